"""Help → About: the version, the licence, the libraries underneath, the shipped fonts' licence."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from studyvisit import __version__
from studyvisit.resources import resource
from studyvisit.ui import icons
from studyvisit.ui.i18n import fill

# The fonts in resources/fonts, used in every PDF, and their licence file there.
SHIPPED_FONTS = (("DejaVu Sans", "LICENSE-DejaVu.txt"),)


def font_licence_text(file_name: str) -> str:
    """The licence shipped with a font (empty if the file is missing)."""
    node = resource("fonts", file_name)
    return node.read_text(encoding="utf-8") if node.is_file() else ""


def about_text() -> str:
    translate = QCoreApplication.translate
    paragraphs = [
        translate(
            "About",
            "Plans study visits: delegates, itinerary, transport and the documents a visit needs.",
        ),
        translate("About", "Free software under the MIT licence."),
        fill(
            translate(
                "About",
                "Documents are set in %1 (Bitstream Vera licence, DejaVu changes in the public "
                "domain: free to use, copy and share, also inside the PDFs). "
                "The licence text is under Show Details.",
            ),
            ", ".join(name for name, _ in SHIPPED_FONTS),
        ),
    ]
    versions = fill(
        translate("About", "Python %1 · Qt %2 · PySide6 %3"),
        platform.python_version(),
        qVersion(),
        PySide6.__version__,
    )
    return (
        f"<h3>studyvisit {html.escape(__version__)}</h3>"
        + "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
        + f"<p><small>{html.escape(versions)}</small></p>"
    )


def licences_text() -> str:
    """Every shipped font's licence, one after the other."""
    return "\n\n".join(
        f"{name}\n{'=' * len(name)}\n{font_licence_text(file_name)}"
        for name, file_name in SHIPPED_FONTS
    )


def about_box(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("about-box")
    box.setWindowTitle(QCoreApplication.translate("About", "About studyvisit"))
    box.setIconPixmap(icons.icon(icons.APP).pixmap(64, 64))
    box.setText(about_text())
    box.setDetailedText(licences_text())
    return box


def show_about(parent: QWidget) -> None:
    about_box(parent).exec()
