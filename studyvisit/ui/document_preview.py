"""A picture of a badge layout: the real renderer's PDF of one sample badge, rasterised.

The badge is drawn by ``studyvisit.documents.badges.write_preview`` (the code
that prints the badges, so the preview cannot drift from the print) into a
temporary PDF, which is turned into an image by PDFium (pypdfium2, a
dependency: the same on Windows, macOS and Linux, and in the bundle), else by
QtPdf when this PySide6 has it (PySide6-Addons), else by Poppler's
``pdftoppm`` when installed. Without any there is no preview, and the section
says so. Everything here may run
on a worker thread: it makes QImages, never pixmaps or widgets.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from studyvisit.documents.badges import write_preview

PREVIEW_DPI = 110  # a 105 mm badge becomes 455 px: sharp when scaled down on a HiDPI screen
_PDFTOPPM_TIMEOUT = 20  # seconds


def _qtpdf_available() -> bool:
    try:
        from PySide6 import QtPdf  # noqa: F401 - only in PySide6-Addons
    except ImportError:
        return False
    return True


def _pdfium_available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def preview_method() -> str | None:
    """``pdfium``, ``qtpdf``, ``pdftoppm`` or None when nothing can turn a PDF into a picture."""
    if _pdfium_available():
        return "pdfium"
    if _qtpdf_available():
        return "qtpdf"
    if shutil.which("pdftoppm"):
        return "pdftoppm"
    return None


def badge_preview(layout: str | None, language: str, back: bool = False) -> QImage:
    """One sample badge of ``layout`` (its back when ``back``), as an image."""
    method = preview_method()
    if method is None:
        raise RuntimeError("Neither QtPdf nor pdftoppm is available to draw a preview.")
    with tempfile.TemporaryDirectory(prefix="studyvisit-preview-") as folder:
        pdf = Path(folder) / "badge.pdf"
        write_preview(pdf, layout, language, back=back)
        if method == "pdfium":
            return _render_with_pdfium(pdf)
        if method == "qtpdf":
            return _render_with_qtpdf(pdf)
        return _render_with_pdftoppm(pdf)


def _render_with_pdfium(pdf: Path) -> QImage:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        bitmap = document[0].render(scale=PREVIEW_DPI / 72)
        if bitmap.mode != "BGR":
            raise RuntimeError(f"PDFium drew the preview as {bitmap.mode}, not BGR.")
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_BGR888,
        )
        return image.copy()  # own the pixels: the buffer goes with the bitmap
    finally:
        document.close()


def _render_with_pdftoppm(pdf: Path) -> QImage:
    stem = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(PREVIEW_DPI), "-singlefile", str(pdf), str(stem)],
        check=True,
        capture_output=True,
        timeout=_PDFTOPPM_TIMEOUT,
    )
    image = QImage(str(stem.with_suffix(".png")))
    if image.isNull():
        raise RuntimeError(f"pdftoppm wrote no readable image for {pdf.name}.")
    return image


def _render_with_qtpdf(pdf: Path) -> QImage:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    size = QSize(
        round(points.width() * PREVIEW_DPI / 72), round(points.height() * PREVIEW_DPI / 72)
    )
    image = document.render(0, size)
    document.close()
    if image.isNull():
        raise RuntimeError(f"QtPdf could not draw {pdf.name}.")
    return image
