# Run-time hook, in place of PyInstaller's pyi_rth_pyside6 (removed in the spec).
#
# PyInstaller's hook imports PySide6.QtCore at start-up to register a qt.conf;
# the PySide6 wheels register their own when QtCore is first imported, so that
# import only made every command (`studyvisit --version`, `check`, `export`)
# load Qt and ICU for nothing: about a third of a second. The paths it sets are
# set here, and Qt is loaded when the window is opened.
import os
import sys


def _qt_paths() -> None:
    if sys.platform.startswith("win"):
        qt_folder = os.path.join(sys._MEIPASS, "PySide6")
        # Qt plugins find their Qt DLLs on PATH.
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
    else:
        qt_folder = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_folder, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_folder, "qml")


_qt_paths()
del _qt_paths
