"""The application's look: Fusion with a light, calm palette and a few touches."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f7fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
