"""Icons shipped in ``resources/icons`` (SVG, so they stay sharp at any scale)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap

from studyvisit.resources import resource_path

APP = "studyvisit"
TRANSLITERATED = "transliterated"
ERROR = "error"
WARNING = "warning"
INFO = "info"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if it is missing)."""
    # Shipped resources are a real folder in every install we make, so the path
    # stays valid after as_file() returns; QIcon reads the file lazily.
    with resource_path("icons", f"{name}.svg") as path:
        return QIcon(str(path)) if path.is_file() else QIcon()


def severity_icon(severity: str) -> QIcon:
    return icon({"error": ERROR, "warning": WARNING}.get(severity, INFO))


SECTION_STROKE = "#4a5a6e"


@cache
def section_icon(name: str) -> QIcon:
    """A section's line icon, drawn white when its row is selected."""
    result = QIcon()
    with resource_path("icons", "sections", f"{name}.svg") as path:
        if not path.is_file():
            return result
        svg = path.read_text(encoding="utf-8")
    for mode, colour in ((QIcon.Mode.Normal, SECTION_STROKE), (QIcon.Mode.Selected, "#ffffff")):
        pixmap = QPixmap()
        # Drawn large once; Qt scales it down sharply at any device pixel ratio.
        sized = svg.replace('width="24" height="24"', 'width="64" height="64"')
        pixmap.loadFromData(sized.replace(SECTION_STROKE, colour).encode("utf-8"), "SVG")
        result.addPixmap(pixmap, mode)
    return result
