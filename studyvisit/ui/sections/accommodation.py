"""Accommodation: who sleeps where, from when to when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from studyvisit.records import AccommodationRecord
from studyvisit.services import accommodation
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui.formatting import format_date
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import CellEdit, Column
from studyvisit.ui.visit_data import LoadedVisit

CONTEXT = "AccommodationColumns"


@dataclass(frozen=True, slots=True)
class StayRow:
    stay: AccommodationRecord
    visit: LoadedVisit

    @property
    def id(self) -> int:
        return self.stay.id

    @property
    def key(self) -> str:
        return self.stay.delegate_key  # one stay per delegate and hotel: refs use the delegate

    @property
    def delegate(self) -> str:
        delegate = self.visit.delegates.get(self.stay.delegate_key)
        if delegate is None:
            return self.stay.delegate_key
        return delegate.latin_name or delegate.full_name


def _room_edit(row: StayRow, typed: Any) -> CellEdit | None:
    room = " ".join(str(typed or "").split()) or None
    if room == row.stay.room:
        return None
    stay_id = row.stay.id
    text = fill(QCoreApplication.translate("AccommodationSection", "Room of %1"), row.delegate)
    return CellEdit(
        text,
        lambda uow: accommodation.set_room(uow, stay_id, room),
        scope=Scope.only(accommodation=[stay_id]),
    )


COLUMNS = (
    Column(
        "delegate",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Delegate"),
        lambda r: r.delegate,
        CONTEXT,
    ),
    Column(
        "hotel",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Hotel"),
        lambda r: r.visit.site_name(r.stay.site_key, current_language()),
        CONTEXT,
    ),
    Column(
        "check_in",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Check-in"),
        lambda r: r.stay.check_in,
        CONTEXT,
        display=format_date,
    ),
    Column(
        "check_out",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Check-out"),
        lambda r: r.stay.check_out,
        CONTEXT,
        display=format_date,
    ),
    Column(
        "nights",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Nights"),
        lambda r: (r.stay.check_out - r.stay.check_in).days,
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        "room",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Room"),
        lambda r: r.stay.room,
        CONTEXT,
        edit=_room_edit,
    ),
)


class AccommodationSection(TableSection):
    name = "accommodation"
    title_text = QT_TRANSLATE_NOOP("Sections", "Accommodation")
    columns = COLUMNS
    editable = True
    ref_prefix = "delegate"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout()
        self.book_button = QPushButton(self)
        self.book_button.setObjectName("book-rooms")
        self.book_button.clicked.connect(self.book_rooms)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel-stays")
        self.cancel_button.clicked.connect(self.cancel_selected)
        bar.addWidget(self.book_button)
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        self.body.insertLayout(self.body.indexOf(self.table), bar)
        self.table.record_activated.connect(lambda row: self.book_rooms([row.stay.delegate_key]))
        self.table.enable_keys(add=True, delete=True)
        self.table.add_requested.connect(self.book_rooms)
        self.table.delete_requested.connect(self.cancel_selected)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        super().retranslate()
        self.book_button.setText(self.tr("&Book rooms…"))
        self.book_button.setToolTip(
            self.tr("Book delegates into a hotel; nights they had elsewhere are given up (Ctrl+N)")
        )
        self.cancel_button.setText(self.tr("&Cancel stays"))
        self.cancel_button.setToolTip(self.tr("Cancel the selected stays (Delete)"))

    def _update(self) -> None:
        self.book_button.setEnabled(self.visit is not None)
        self.cancel_button.setEnabled(self.table.view.selectionModel().hasSelection())

    def book_rooms(self, chosen: list[str] | None = None) -> bool:
        """The booking dialog (``chosen``: delegates selected at first); True when booked."""
        if self.visit is None:
            return False
        from studyvisit.ui.dialogs.bulk_booking import BookingDialog

        plan = self.visit.plan
        hotels = [site for site in plan.sites if site.kind == "hotel"] or list(plan.sites)
        last = max(plan.visit.end_date, plan.visit.start_date + dt.timedelta(days=1))
        dialog = BookingDialog(
            plan.delegates, hotels, plan.visit.start_date, last, chosen or (), self
        )
        if not dialog.exec():
            return False
        return self.book(*dialog.booking())

    def book(
        self, keys: list[str], hotel: str, check_in: dt.date, check_out: dt.date, room: str | None
    ) -> bool:
        if self.visit is None:
            return False
        visit_id = self.visit.visit_id
        text = self.tr("Book %Ln delegate(s)", "", len(keys))
        return self.apply_change(
            text,
            lambda uow: accommodation.book(uow, visit_id, keys, hotel, check_in, check_out, room),
            # Their stays in the span are cut or removed; new ones refer to them.
            scope=Scope.of(delegates=[self.visit.delegates[key].id for key in keys]),
        )

    def cancel_selected(self, *, confirm: bool = True) -> int:
        rows = self.table.selected_records()
        if not rows:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Cancel stays"),
                self.tr("Cancel %Ln stay(s)? Edit → Undo brings them back.", "", len(rows)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        ids = [row.stay.id for row in rows]

        def change(uow) -> None:
            for stay_id in ids:
                accommodation.cancel(uow, stay_id)

        text = self.tr("Cancel %Ln stay(s)", "", len(ids))
        done = self.apply_change(text, change, scope=Scope.of(accommodation=ids))
        return len(ids) if done else 0

    def rows(self, visit: LoadedVisit) -> list[StayRow]:
        return [StayRow(stay, visit) for stay in visit.plan.accommodation]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        plan = self.visit.plan
        housed = len({stay.delegate_key for stay in plan.accommodation})
        text = QCoreApplication.translate("AccommodationSection", "Delegates with a room: %1 of %2")
        return fill(text, housed, len(plan.delegates))
