"""Documents: what the visit will produce. Today the visit file; the rest is listed as coming."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from studyvisit.ui import icons
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column

CONTEXT = "DocumentColumns"
LATER = QColor("#6b7280")


@dataclass(frozen=True, slots=True)
class DocumentRow:
    key: str
    name: str  # source texts in the "Documents" context
    description: str
    formats: str
    available: bool

    @property
    def id(self) -> None:
        return None


def _doc(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


DOCUMENTS = (
    DocumentRow(
        "visit-file",
        QT_TRANSLATE_NOOP("Documents", "Visit file"),
        QT_TRANSLATE_NOOP(
            "Documents", "The whole visit in one file: a backup, or to start the next visit from"
        ),
        "JSON",
        True,
    ),
    DocumentRow(
        "agenda",
        QT_TRANSLATE_NOOP("Documents", "Agenda"),
        QT_TRANSLATE_NOOP(
            "Documents", "The programme for delegates, in Polish, English or Russian"
        ),
        "PDF, XLSX",
        False,
    ),
    DocumentRow(
        "badges",
        QT_TRANSLATE_NOOP("Documents", "Badges"),
        QT_TRANSLATE_NOOP("Documents", "Name badges with the Latin and the original name"),
        "PDF",
        False,
    ),
    DocumentRow(
        "attendance",
        QT_TRANSLATE_NOOP("Documents", "Attendance sheets"),
        QT_TRANSLATE_NOOP("Documents", "Lists to sign at each event, as funders require"),
        "PDF, XLSX",
        False,
    ),
    DocumentRow(
        "delegates",
        QT_TRANSLATE_NOOP("Documents", "Delegate list"),
        QT_TRANSLATE_NOOP("Documents", "Everyone's contact, passport and travel data"),
        "XLSX, CSV",
        False,
    ),
    DocumentRow(
        "transport",
        QT_TRANSLATE_NOOP("Documents", "Transport list"),
        QT_TRANSLATE_NOOP("Documents", "Who rides which vehicle, run by run, for the drivers"),
        "PDF, XLSX",
        False,
    ),
    DocumentRow(
        "calendar",
        QT_TRANSLATE_NOOP("Documents", "Calendar"),
        QT_TRANSLATE_NOOP("Documents", "The agenda for a phone's or mail program's calendar"),
        "ICS",
        False,
    ),
)


def _status(row: DocumentRow) -> str:
    if row.available:
        return QCoreApplication.translate("Documents", "Available")
    return QCoreApplication.translate("Documents", "Coming in a later version")


COLUMNS = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("DocumentColumns", "Document"),
        lambda r: _doc(r.name),
        CONTEXT,
        decoration=lambda r: icons.icon(icons.INFO) if r.available else QIcon(),
    ),
    Column(
        "formats", QT_TRANSLATE_NOOP("DocumentColumns", "Formats"), lambda r: r.formats, CONTEXT
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("DocumentColumns", "Status"),
        _status,
        CONTEXT,
        foreground=lambda r: None if r.available else LATER,
    ),
    Column(
        "description",
        QT_TRANSLATE_NOOP("DocumentColumns", "What it is"),
        lambda r: _doc(r.description),
        CONTEXT,
        foreground=lambda r: None if r.available else LATER,
    ),
)


class DocumentsSection(TableSection):
    name = "documents"
    title_text = QT_TRANSLATE_NOOP("Sections", "Documents")
    columns = COLUMNS

    export_requested = Signal()  # the main window owns the file dialog and the task

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table.search.hide()
        self.table.count_label.hide()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export-visit-file")
        self.export_button.clicked.connect(self.export_requested)
        self.table.record_activated.connect(self._activated)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.body.insertLayout(2, buttons)

    def rows(self, visit) -> list[DocumentRow]:
        return list(DOCUMENTS)

    def refresh(self) -> None:
        self.table.set_records(DOCUMENTS)
        self.export_button.setEnabled(self.visit is not None)

    def summary_text(self) -> str:
        return QCoreApplication.translate(
            "DocumentsSection",
            "The visit file can be exported now; the printed documents come in a later version.",
        )

    def retranslate(self) -> None:
        self.export_button.setText(
            QCoreApplication.translate("DocumentsSection", "Export visit file (JSON)…")
        )
        super().retranslate()

    def _activated(self, row: DocumentRow) -> None:
        if row.available and self.visit is not None:
            self.export_requested.emit()
