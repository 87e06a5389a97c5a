"""Help → About: the version, the licence, the libraries underneath."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from studyvisit import __version__
from studyvisit.ui import icons
from studyvisit.ui.i18n import fill


def about_text() -> str:
    translate = QCoreApplication.translate
    lines = [
        f"<h3>studyvisit {html.escape(__version__)}</h3>",
        "<p>"
        + html.escape(
            translate(
                "About",
                "Plans study visits: delegates, itinerary, transport and the documents a visit needs.",
            )
        )
        + "</p>",
        "<p>" + html.escape(translate("About", "Free software under the MIT licence.")) + "</p>",
        "<p><small>"
        + html.escape(
            fill(
                translate("About", "Python %1 · Qt %2 · PySide6 %3"),
                platform.python_version(),
                qVersion(),
                PySide6.__version__,
            )
        )
        + "</small></p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About studyvisit"))
    box.setIconPixmap(icons.icon(icons.APP).pixmap(64, 64))
    box.setText(about_text())
    box.exec()
