"""The New visit dialog: a name and the dates, checked as they are typed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studyvisit.ui.formatting import qdate


@dataclass(frozen=True)
class NewVisit:
    name: str
    start_date: dt.date
    end_date: dt.date
    details: dict[str, str] = field(default_factory=dict)  # project, host


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class NewVisitDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-visit-dialog")
        self.setWindowTitle(self.tr("New visit"))
        today = today or dt.date.today()

        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Study visit on clusters, Podlasie 2025"))
        self.start = self._date_edit("start", today)
        self.end = self._date_edit("end", today + dt.timedelta(days=2))
        self.project = QLineEdit(self)
        self.project.setObjectName("project")
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Starts:"), self.start)
        form.addRow(self.tr("&Ends:"), self.end)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&Host organisation:"), self.host)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for signal in (self.name.textChanged, self.start.dateChanged, self.end.dateChanged):
            signal.connect(self._validate)
        self.resize(480, self.sizeHint().height())
        self._validate()

    def _date_edit(self, name: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(value), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")  # unambiguous in every language
        return edit

    def problem(self) -> str | None:
        """Why the values cannot be accepted (the dates first), or None."""
        if self.end.date() < self.start.date():
            return self.tr(
                "The visit ends before it starts: choose an end date on or after the start."
            )
        if not " ".join(self.name.text().split()):
            return self.tr("Give the visit a name.")
        return None

    def _validate(self) -> None:
        problem = self.problem()
        # A name not typed yet is obvious: say so only once one was typed and cleared.
        unnamed_yet = not self.name.isModified() and not self.name.text()
        dates_wrong = self.end.date() < self.start.date()
        self.message.setText(problem if problem and (dates_wrong or not unnamed_yet) else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def show_error(self, text: str) -> None:
        """A refusal from the service (shown, the dialog stays open)."""
        self.message.setText(text)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()
        else:
            self._validate()

    def result_visit(self) -> NewVisit:
        details = {
            name: " ".join(edit.text().split())
            for name, edit in (("project", self.project), ("host", self.host))
            if edit.text().strip()
        }
        return NewVisit(
            " ".join(self.name.text().split()),
            _date(self.start.date()),
            _date(self.end.date()),
            details,
        )
