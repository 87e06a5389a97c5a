"""Where a generated document goes, and opening it afterwards."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QProcess, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from studyvisit.errors import StudyvisitError
from studyvisit.ui.i18n import fill

KNOWN_SUFFIXES = (".pdf", ".xlsx", ".csv", ".ics", ".json")


def file_stem(*parts: str | None) -> str:
    """A file name from words: letters (any script) and digits, joined by dashes."""
    words = []
    for part in parts:
        cleaned = "".join(ch if ch.isalnum() else "-" for ch in (part or "").strip())
        words += [word for word in cleaned.split("-") if word]
    return "-".join(words)[:90].strip("-") or "document"


def default_folder(remembered: str) -> Path:
    """The folder used last, else the user's documents folder, else home."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def with_file_type(path: Path, file_type: str) -> Path:
    """``path`` ending in ``.file_type``: a known other suffix is replaced, anything else kept."""
    wanted = f".{file_type}"
    if path.suffix.lower() == wanted:
        return path
    if path.suffix.lower() in KNOWN_SUFFIXES:
        return path.with_suffix(wanted)
    return path.with_name(path.name + wanted)


def failure_text(error: BaseException, out: Path) -> str:
    """The reason a document was not written, as a coordinator can act on it."""
    if isinstance(error, StudyvisitError):
        return str(error)
    if isinstance(error, PermissionError):
        return fill(
            QCoreApplication.translate(
                "DocumentFiles", "You may not write to %1. Choose another folder."
            ),
            error.filename or out.parent,
        )
    if isinstance(error, OSError):
        return fill(
            QCoreApplication.translate("DocumentFiles", "Cannot write %1: %2"),
            error.filename or out,
            error.strerror or str(error),
        )
    # A bug, not the user's doing: say what it was so that it can be reported.
    return fill(
        QCoreApplication.translate("DocumentFiles", "An unexpected error: %1: %2"),
        type(error).__name__,
        error,
    )


def open_file(path: Path) -> bool:
    """Open ``path`` in the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the file manager on the folder with ``path`` selected where the system allows."""
    native = QDir.toNativeSeparators(str(path))
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{native}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", native])[0]
    # Linux file managers differ in how to select a file; opening the folder works everywhere.
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
