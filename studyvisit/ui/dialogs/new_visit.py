"""The New visit dialog: a name and the dates, checked as they are typed.

The same dialog asks for the name and dates of a visit made from a template
(``template=`` the visit copied): its dates then move together, keeping the
template's length, and a note says what is copied.
"""

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

from studyvisit.records import VisitInfo
from studyvisit.ui.formatting import qdate
from studyvisit.ui.i18n import fill


@dataclass(frozen=True)
class NewVisit:
    name: str
    start_date: dt.date
    end_date: dt.date
    details: dict[str, str] = field(default_factory=dict)  # project, host


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def next_year(day: dt.date) -> dt.date:
    """The same date a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


class NewVisitDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        template: VisitInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new-visit-dialog")
        self.template = template
        today = today or dt.date.today()
        if template is None:
            self.setWindowTitle(self.tr("New visit"))
            start, end = today, today + dt.timedelta(days=2)
        else:
            self.setWindowTitle(self.tr("New visit from a template"))
            start = next_year(template.start_date)
            end = start + (template.end_date - template.start_date)

        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Study visit on clusters, Podlasie 2025"))
        self.start = self._date_edit("start", start)
        self.end = self._date_edit("end", end)
        self._start_before = self.start.date()
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
        if template is None:
            form.addRow(self.tr("&Project:"), self.project)
            form.addRow(self.tr("&Host organisation:"), self.host)
        else:  # the template's own facts are copied; they are edited afterwards if need be
            self.project.hide()
            self.host.hide()
            self.name.setText(template.name)
            self.name.selectAll()
            self.start.dateChanged.connect(self._move_end_with_start)
            self.end.setEnabled(False)  # the template's length is kept: the end follows the start
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if template is not None:
            note = QLabel(
                fill(
                    self.tr(
                        "A new visit is made from “%1”: its sites, travel times, groups, staff, "
                        "vehicles, agenda and transport runs, moved to the new dates. "
                        "Delegates and rooms are not copied."
                    ),
                    template.name,
                ),
                self,
            )
            note.setObjectName("template-note")
            note.setWordWrap(True)
            layout.addWidget(note)
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

    def _move_end_with_start(self, start: QDate) -> None:
        """A template keeps its length: moving the start moves the end as much."""
        self.end.setDate(self.end.date().addDays(self._start_before.daysTo(start)))
        self._start_before = start

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
        unnamed_yet = not self.name.isModified() and not self.name.text().strip()
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
