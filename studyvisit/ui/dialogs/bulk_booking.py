"""Bulk action: book delegates into a hotel for some nights (services.accommodation.book)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studyvisit.records import DelegateRecord, SiteRecord
from studyvisit.ui.dialogs.bulk_members import DelegatePicker
from studyvisit.ui.formatting import qdate
from studyvisit.ui.i18n import current_language


def _date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class BookingDialog(QDialog):
    """Delegates (selected rows), a hotel, check-in and check-out, a room."""

    def __init__(
        self,
        delegates: Sequence[DelegateRecord],
        hotels: Sequence[SiteRecord],
        first_night: dt.date,
        last_morning: dt.date,
        chosen: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("booking-dialog")
        self.setWindowTitle(self.tr("Book rooms"))
        self.picker = DelegatePicker(delegates, self)
        if chosen:
            self.picker.select_keys(chosen)
        self.hotel = QComboBox(self)
        self.hotel.setObjectName("hotel")
        for site in hotels:
            self.hotel.addItem(site.display_name(current_language()), site.key)
        self.check_in = QDateEdit(qdate(first_night), self)
        self.check_in.setObjectName("check-in")
        self.check_out = QDateEdit(qdate(last_morning), self)
        self.check_out.setObjectName("check-out")
        for edit in (self.check_in, self.check_out):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._validate)
        self.room = QLineEdit(self)
        self.room.setObjectName("room")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("&Hotel:"), self.hotel)
        form.addRow(self.tr("Check-&in:"), self.check_in)
        form.addRow(self.tr("Check-&out:"), self.check_out)
        form.addRow(self.tr("&Room:"), self.room)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Delegates (select one or more rows):"), self))
        layout.addWidget(self.picker, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.picker.view.selectionModel().selectionChanged.connect(lambda *_: self._validate())
        self.resize(760, 600)
        self._validate()

    def _validate(self) -> None:
        problem = ""
        if self.hotel.count() == 0:
            problem = self.tr("The visit has no sites yet: add the hotel in Sites.")
        elif _date(self.check_out) <= _date(self.check_in):
            problem = self.tr("Check-out must be after check-in (at least one night).")
        elif not self.picker.selected_keys():
            problem = self.tr("Select the delegates to book.")
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def booking(self) -> tuple[list[str], str, dt.date, dt.date, str | None]:
        """Delegate keys, hotel key, check-in, check-out, room."""
        return (
            self.picker.selected_keys(),
            self.hotel.currentData(),
            _date(self.check_in),
            _date(self.check_out),
            self.room.text().strip() or None,
        )
