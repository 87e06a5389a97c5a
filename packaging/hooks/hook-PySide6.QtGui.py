# PyInstaller's own QtGui hook, less the Qt plugins studyvisit never loads.
#
# Hooks here take precedence over PyInstaller's; trimming in the hook (not
# afterwards in the spec) keeps the plugins' own dependencies out as well: the
# GTK platform theme alone would bring GTK, Cairo and Pango (about 10 MB).
# Kept: the platforms xcb, wayland, windows, offscreen and minimal (self-test),
# the xdg-desktop-portal theme, Wayland's client plugins, the xcb GL
# integrations, and the image formats a widget application reads (SVG, PNG
# built in, JPEG, GIF, ICO).
from fnmatch import fnmatch
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "platforms/*qvnc*",
    "platforms/*qlinuxfb*",
    "platforms/*qeglfs*",
    "platforms/*qminimalegl*",
    "platforms/*qvkkhrdisplay*",
    "platforms/*qdirect2d*",
    "platformthemes/*qgtk3*",
    "egldeviceintegrations/*",
    "generic/*",
    "platforminputcontexts/*",
    "imageformats/*qpdf*",
    "imageformats/*qwebp*",
    "imageformats/*qtiff*",
    "imageformats/*qtga*",
    "imageformats/*qwbmp*",
    "imageformats/*qicns*",
    "imageformats/*qdds*",
    "wayland-graphics-integration-server/*",
)


def _used(destination_folder: str, source: str) -> bool:
    parts = PurePath(destination_folder).parts
    if "plugins" not in parts:
        return True
    plugin = "/".join([*parts[parts.index("plugins") + 1 :], PurePath(source).name])
    return not any(fnmatch(plugin, pattern) for pattern in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if _used(folder, source)]
