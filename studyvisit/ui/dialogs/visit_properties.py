"""The visit's own facts (name, dates, project, funder, host, partners, time zone, languages, notes).

``edit_visit_properties`` opens the dialog and saves the changes through the
window's editor: one undoable step ("Edit visit properties" or "Rename
visit" when only the name changed).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyvisit.db import UnitOfWork
from studyvisit.errors import ValidationError
from studyvisit.records import VisitInfo
from studyvisit.services import visits
from studyvisit.ui.context import WindowContext
from studyvisit.ui.formatting import qdate
from studyvisit.ui.i18n import fill
from studyvisit.ui.vocabulary import LANGUAGES, language_name

COMMON_TIMEZONES = (
    "Europe/Warsaw",
    "Europe/Minsk",
    "Europe/Kyiv",
    "Europe/Vilnius",
    "Europe/Berlin",
    "Europe/London",
    "UTC",
)
# The fields the dialog edits, in the order of VisitInfo.
FIELDS = (
    "name",
    "start_date",
    "end_date",
    "project",
    "funder",
    "host",
    "partners",
    "timezone",
    "languages",
    "notes",
)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _clean(text: str) -> str | None:
    return " ".join(text.split()) or None


def visit_values(info: VisitInfo) -> dict[str, Any]:
    """The editable fields of ``info`` as update_visit takes them."""
    return {
        "name": info.name,
        "start_date": info.start_date,
        "end_date": info.end_date,
        "project": info.project,
        "funder": info.funder,
        "host": info.host,
        "partners": list(info.partners),
        "timezone": info.timezone,
        "languages": list(info.languages),
        "notes": info.notes,
    }


def check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            fill(
                QCoreApplication.translate(
                    "VisitProperties",
                    "“%1” is not a time zone; write it as Region/City, e.g. Europe/Warsaw.",
                ),
                name,
            )
        ) from error


class VisitPropertiesDialog(QDialog):
    def __init__(self, info: VisitInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit-properties-dialog")
        self.setWindowTitle(self.tr("Visit properties"))
        self._info = info

        self.name = self._line("name", info.name)
        self.start = self._date_edit("start", info.start_date)
        self.end = self._date_edit("end", info.end_date)
        self.project = self._line("project", info.project)
        self.funder = self._line("funder", info.funder)
        self.host = self._line("host", info.host)
        self.partners = QPlainTextEdit("\n".join(info.partners), self)
        self.partners.setObjectName("partners")
        self.partners.setTabChangesFocus(True)
        self.partners.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.timezone = QComboBox(self)
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(
            [info.timezone, *(zone for zone in COMMON_TIMEZONES if zone != info.timezone)]
        )
        self.language_boxes: dict[str, QCheckBox] = {}
        languages = QHBoxLayout()
        for code in dict.fromkeys([*LANGUAGES, *info.languages]):
            box = QCheckBox(language_name(code), self)
            box.setObjectName(f"language-{code}")
            box.setChecked(code in info.languages)
            languages.addWidget(box)
            self.language_boxes[code] = box
        languages.addStretch(1)
        self.notes = QPlainTextEdit(info.notes or "", self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Starts:"), self.start)
        form.addRow(self.tr("&Ends:"), self.end)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&Funder:"), self.funder)
        form.addRow(self.tr("&Host organisation:"), self.host)
        form.addRow(self.tr("Pa&rtners (one a line):"), self.partners)
        form.addRow(self.tr("&Time zone:"), self.timezone)
        form.addRow(self.tr("Working languages:"), languages)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for signal in (self.name.textChanged, self.start.dateChanged, self.end.dateChanged):
            signal.connect(self._validate)
        self.timezone.currentTextChanged.connect(self._validate)
        self.resize(560, self.sizeHint().height())
        self._validate()

    def _line(self, name: str, value: str | None) -> QLineEdit:
        edit = QLineEdit(value or "", self)
        edit.setObjectName(name)
        edit.setCursorPosition(0)  # a long text shows its beginning
        return edit

    def _date_edit(self, name: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(value), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")  # unambiguous in every language
        return edit

    def problem(self) -> str | None:
        if self.end.date() < self.start.date():
            return self.tr(
                "The visit ends before it starts: choose an end date on or after the start."
            )
        if not _clean(self.name.text()):
            return self.tr("Give the visit a name.")
        try:
            check_timezone(self.timezone.currentText().strip())
        except ValidationError as error:
            return str(error)
        return None

    def _validate(self) -> None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()
        else:
            self._validate()

    def values(self) -> dict[str, Any]:
        """Every field as update_visit takes it."""
        return {
            "name": _clean(self.name.text()) or "",
            "start_date": _date(self.start.date()),
            "end_date": _date(self.end.date()),
            "project": _clean(self.project.text()),
            "funder": _clean(self.funder.text()),
            "host": _clean(self.host.text()),
            "partners": [
                cleaned
                for line in self.partners.toPlainText().splitlines()
                if (cleaned := _clean(line))
            ],
            "timezone": self.timezone.currentText().strip(),
            "languages": [code for code, box in self.language_boxes.items() if box.isChecked()],
            "notes": self.notes.toPlainText().strip() or None,
        }

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the visit as it was."""
        before = visit_values(self._info)
        return {name: value for name, value in self.values().items() if value != before[name]}


def update_properties(uow: UnitOfWork, visit_id: int, changes: dict[str, Any]) -> VisitInfo:
    """Check and save ``changes`` to the visit (refusals are ValidationErrors)."""
    if "name" in changes and not _clean(changes["name"] or ""):
        raise ValidationError(
            QCoreApplication.translate("VisitProperties", "A visit needs a name.")
        )
    if "timezone" in changes:
        check_timezone(changes["timezone"])
    return visits.update_visit(uow, visit_id, **changes)


def edit_visit_properties(
    parent: QWidget, context: WindowContext, info: VisitInfo, *, focus: str = "name"
) -> bool:
    """Ask for the visit's properties and save what changed as one undoable edit."""
    dialog = VisitPropertiesDialog(info, parent)
    widget = getattr(dialog, focus, dialog.name)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    if not dialog.exec():
        return False
    changes = dialog.changes()
    if not changes:
        return False
    return apply_properties(context, info, changes)


def apply_properties(context: WindowContext, info: VisitInfo, changes: dict[str, Any]) -> bool:
    """Save ``changes`` to the visit through the editor; undo puts the old values back."""
    before = visit_values(info)
    old = {name: before[name] for name in changes}
    visit_id = info.id
    if set(changes) == {"name"}:
        text = fill(
            QCoreApplication.translate("VisitProperties", "Rename visit to “%1”"), changes["name"]
        )
    else:
        text = QCoreApplication.translate("VisitProperties", "Edit visit properties")
    result = context.editor.apply(
        text,
        lambda uow: update_properties(uow, visit_id, changes),
        revert=lambda uow: visits.update_visit(uow, visit_id, **old),
    )
    return result is not None
