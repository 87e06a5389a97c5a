# PyInstaller's own QtCore hook, keeping only the Qt translations of the
# interface's languages (studyvisit loads qtbase_pl; English is Qt's own).
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEPT_TRANSLATIONS = {"qtbase_pl.qm", "qtbase_en.qm", "qt_pl.qm", "qt_en.qm"}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [
    (source, folder)
    for source, folder in datas
    if "translations" not in PurePath(folder).parts or PurePath(source).name in KEPT_TRANSLATIONS
]
