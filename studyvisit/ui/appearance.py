"""The application's look: Fusion with a light, calm palette, the shipped font, a few touches."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from studyvisit.resources import resource

log = logging.getLogger(__name__)
FONT_FAMILY = "DejaVu Sans"  # shipped in resources/fonts: Polish, Cyrillic, ў and і on every machine

ACCENT = "#2f6db5"

STYLE_SHEET = f"""
QListView#section-list {{
    border: none;
    background: palette(window);
    font-size: 10.5pt;
    outline: 0;
}}
QListView#section-list::item {{
    padding: 7px 10px;
    border-radius: 6px;
    margin: 1px 6px;
}}
QListView#section-list::item:selected {{
    background: {ACCENT};
    color: white;
}}
QListView#section-list::item:hover:!selected {{
    background: #e3eaf3;
}}
QLabel#section-summary {{ color: #5b6470; }}
QFrame[tile="true"] {{
    background: palette(base);
    border: 1px solid #d5dbe3;
    border-radius: 8px;
}}
QFrame[tile="true"] QLabel {{ border: none; background: transparent; }}
QLabel#tile-caption {{ color: #5b6470; }}
QFrame[alert="error"] QLabel#tile-number {{ color: #b3261e; }}
QTableView {{
    gridline-color: #e4e8ee;
    selection-background-color: {ACCENT};
}}
QTableView::item {{ padding: 2px 4px; }}
QHeaderView::section {{
    padding: 4px 6px;
    border: none;
    border-right: 1px solid #dde2e8;
    border-bottom: 1px solid #cfd6de;
    background: #f1f4f8;
    font-weight: 600;
}}
QGroupBox {{ font-weight: 600; }}
QStatusBar QLabel {{ padding: 0 6px; }}
"""


def apply_appearance(app: QApplication) -> None:
    """Fusion, a light palette whatever the desktop theme, the shared style sheet."""
    app.setStyle("Fusion")
    use_shipped_font(app)
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f7fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def use_shipped_font(app: QApplication) -> None:
    """Register the fonts in resources/fonts and make DejaVu Sans the interface font.

    Names in Cyrillic, Belarusian ў and і and Polish diacritics then look the
    same on every machine, whatever fonts it has (a bare Linux may have none).
    The size stays the platform's.
    """
    folder = resource("fonts")
    families: set[str] = set()
    for font_file in sorted(folder.iterdir()):
        if font_file.name.lower().endswith(".ttf"):
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            if font_id < 0:
                log.warning("Qt could not load the font %s", font_file)
                continue
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FONT_FAMILY in families:
        font = QFont(app.font())
        font.setFamilies([FONT_FAMILY])
        app.setFont(font)
