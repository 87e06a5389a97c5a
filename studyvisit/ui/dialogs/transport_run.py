"""Add or edit a transport run: vehicle, times, from and to, who rides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from studyvisit.programme import PlanIndex
from studyvisit.records import TransportRunRecord, VisitPlan
from studyvisit.travel import TravelTable
from studyvisit.ui.dialogs.form_dialog import ERROR_COLOUR, FormDialog, clean, select_data
from studyvisit.ui.formatting import qdatetime
from studyvisit.ui.i18n import current_language, fill

KEY_ROLE = Qt.ItemDataRole.UserRole
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"  # unambiguous in every language
DEFAULT_MINUTES = 30


@dataclass(frozen=True, slots=True)
class RunValues:
    vehicle_key: str
    depart: dt.datetime
    arrive: dt.datetime
    from_key: str | None
    to_key: str | None
    group_keys: tuple[str, ...]
    delegate_keys: tuple[str, ...]
    staff_keys: tuple[str, ...]
    notes: str | None

    def changes(self) -> dict[str, Any]:
        """As keyword arguments of services.transport.update_run."""
        return {
            "vehicle_key": self.vehicle_key,
            "depart": self.depart,
            "arrive": self.arrive,
            "from_key": self.from_key,
            "to_key": self.to_key,
            "group_keys": self.group_keys,
            "delegate_keys": self.delegate_keys,
            "staff_keys": self.staff_keys,
            "notes": self.notes,
        }


def _python(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class TransportRunDialog(FormDialog):
    def __init__(
        self,
        plan: VisitPlan,
        run: TransportRunRecord | None = None,
        *,
        vehicle_key: str | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("transport-run-dialog", parent)
        self.plan = plan
        self.index = PlanIndex(plan)
        self.travel = TravelTable(plan.sites, plan.travel_times)
        self.setWindowTitle(self.tr("Edit run") if run else self.tr("New run"))
        language = current_language()

        self.vehicle = QComboBox(self)
        self.vehicle.setObjectName("vehicle")
        for vehicle in plan.vehicles:
            text = fill(self.tr("%1 · %2 seats"), vehicle.label, vehicle.seats)
            self.vehicle.addItem(text, vehicle.key)
        select_data(self.vehicle, run.vehicle_key if run else vehicle_key)

        depart = run.depart if run else self._default_depart(day)
        arrive = run.arrive if run else depart + dt.timedelta(minutes=DEFAULT_MINUTES)
        self.depart = self._datetime_edit("depart", depart)
        self.arrive = self._datetime_edit("arrive", arrive)
        self._last_depart = depart
        self.depart.dateTimeChanged.connect(self._keep_duration)

        self.from_site = self._site_combo("from", run.from_key if run else None, language)
        self.to_site = self._site_combo("to", run.to_key if run else None, language)
        self.travel_hint = QLabel(self)
        self.travel_hint.setObjectName("travel-hint")
        self.use_travel = QPushButton(self.tr("Arrive after the travel time"), self)
        self.use_travel.setObjectName("use-travel-time")
        self.use_travel.clicked.connect(self._arrive_after_travel)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.travel_hint, 1)
        hint_row.addWidget(self.use_travel)

        self.notes = self.line_edit("notes", run.notes if run else None)

        self.form.addRow(self.tr("&Vehicle:"), self.vehicle)
        self.form.addRow(self.tr("&Departs:"), self.depart)
        self.form.addRow(self.tr("&Arrives:"), self.arrive)
        self.form.addRow(self.tr("&From:"), self.from_site)
        self.form.addRow(self.tr("&To:"), self.to_site)
        self.form.addRow("", hint_row)
        self.form.addRow(self.tr("&Notes:"), self.notes)

        members = self.index.members
        self.groups = self._checklist(
            "groups",
            (
                (g.key, fill(self.tr("%1 (%2 people)"), g.name, len(members.get(g.key, ()))))
                for g in plan.groups
            ),
            run.group_keys if run else (),
        )
        self.delegates = self._checklist(
            "delegates",
            ((d.key, d.latin_name or d.full_name) for d in plan.delegates),
            run.delegate_keys if run else (),
        )
        self.staff = self._checklist(
            "staff", ((s.key, s.name) for s in plan.staff), run.staff_keys if run else ()
        )
        self.delegate_search = QLineEdit(self)
        self.delegate_search.setObjectName("delegate-search")
        self.delegate_search.setPlaceholderText(self.tr("Find a delegate…"))
        self.delegate_search.setClearButtonEnabled(True)
        self.delegate_search.textChanged.connect(self._filter_delegates)
        self.headcount = QLabel(self)
        self.headcount.setObjectName("headcount")

        riders = QGridLayout()
        riders.addWidget(QLabel(self.tr("Groups:"), self), 0, 0)
        riders.addWidget(QLabel(self.tr("Delegates on their own:"), self), 0, 1)
        riders.addWidget(QLabel(self.tr("Staff:"), self), 0, 2)
        riders.addWidget(self.delegate_search, 1, 1)
        riders.addWidget(self.groups, 2, 0)
        riders.addWidget(self.delegates, 2, 1)
        riders.addWidget(self.staff, 2, 2)
        self.layout_.insertLayout(1, riders, 1)
        self.layout_.insertWidget(2, self.headcount)

        for signal in (
            self.vehicle.currentIndexChanged,
            self.from_site.currentIndexChanged,
            self.to_site.currentIndexChanged,
            self.depart.dateTimeChanged,
            self.arrive.dateTimeChanged,
        ):
            signal.connect(self.validate)
        for checklist in (self.groups, self.delegates, self.staff):
            checklist.itemChanged.connect(self.validate)
        self.resize(780, 620)
        self.start(quietly=run is None)

    # ------------------------------------------------------------------ building

    def _default_depart(self, day: dt.date | None) -> dt.datetime:
        day = day or self.plan.visit.start_date
        return dt.datetime.combine(day, dt.time(9, 0))

    def _datetime_edit(self, name: str, value: dt.datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(qdatetime(value), self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATETIME_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _site_combo(self, name: str, key: str | None, language: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("(no site)"), None)
        for site in self.plan.sites:
            combo.addItem(site.display_name(language), site.key)
        select_data(combo, key)
        return combo

    def _checklist(
        self, name: str, entries: Iterable[tuple[str, str]], checked: Iterable[str]
    ) -> QListWidget:
        chosen = set(checked)
        checklist = QListWidget(self)
        checklist.setObjectName(name)
        for key, text in entries:
            item = QListWidgetItem(text, checklist)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        return checklist

    # ------------------------------------------------------------------ behaviour

    def _keep_duration(self, value: QDateTime) -> None:
        """Moving the departure moves the arrival with it (the drive takes as long)."""
        new_depart = _python(value)
        duration = _python(self.arrive.dateTime()) - self._last_depart
        self._last_depart = new_depart
        if duration > dt.timedelta(0):
            self.arrive.setDateTime(qdatetime(new_depart + duration))

    def _travel_minutes(self) -> tuple[int, bool] | None:
        origin, destination = self.from_site.currentData(), self.to_site.currentData()
        if not origin or not destination:
            return None
        time = self.travel.get(origin, destination)
        return (time.minutes, time.estimated) if time else None

    def _arrive_after_travel(self) -> None:
        travel = self._travel_minutes()
        if travel is not None:
            depart = _python(self.depart.dateTime())
            self.arrive.setDateTime(qdatetime(depart + dt.timedelta(minutes=travel[0])))

    def _filter_delegates(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.delegates.count()):
            item = self.delegates.item(row)
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def validate(self, *_changed: object) -> None:
        super().validate()
        travel = self._travel_minutes()
        self.use_travel.setEnabled(travel is not None)
        if travel is None:
            self.travel_hint.setText("")
        elif travel[1]:
            self.travel_hint.setText(
                fill(self.tr("Travel time: about %1 min (estimated from the map)"), travel[0])
            )
        else:
            self.travel_hint.setText(fill(self.tr("Travel time: %1 min"), travel[0]))
        self._show_headcount()

    def _show_headcount(self) -> None:
        vehicle = self.index.vehicles.get(self.vehicle.currentData() or "")
        values = self.values()
        probe = TransportRunRecord(
            id=0,
            key="",
            vehicle_key=values.vehicle_key,
            depart=values.depart,
            arrive=values.arrive,
            group_keys=values.group_keys,
            delegate_keys=values.delegate_keys,
            staff_keys=values.staff_keys,
        )
        delegates, staff = self.index.riders(probe)
        people = len(delegates) + len(staff)
        if vehicle is None:
            self.headcount.setText(fill(self.tr("People on board: %1"), people))
            return
        text = fill(self.tr("People on board: %1 · passenger seats: %2"), people, vehicle.seats)
        over = people > vehicle.seats
        if over:
            text += " · " + self.tr("too many for this vehicle")
        if not values.group_keys and not values.delegate_keys:
            text += " · " + self.tr("no group or delegate chosen: the run is for everyone")
        self.headcount.setText(text)
        self.headcount.setStyleSheet(f"color: {ERROR_COLOUR};" if over else "")

    def problem(self) -> str | None:
        if self.vehicle.currentData() is None:
            return self.tr("Choose a vehicle (add one to the vehicles first).")
        if self.arrive.dateTime() <= self.depart.dateTime():
            return self.tr("The run must arrive after it departs.")
        return None

    def values(self) -> RunValues:
        return RunValues(
            vehicle_key=self.vehicle.currentData() or "",
            depart=_python(self.depart.dateTime()),
            arrive=_python(self.arrive.dateTime()),
            from_key=self.from_site.currentData(),
            to_key=self.to_site.currentData(),
            group_keys=_checked(self.groups),
            delegate_keys=_checked(self.delegates),
            staff_keys=_checked(self.staff),
            notes=clean(self.notes.text()),
        )

    def set_checked(self, checklist: QListWidget, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for row in range(checklist.count()):
            item = checklist.item(row)
            state = item.data(KEY_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


def _checked(checklist: QListWidget) -> tuple[str, ...]:
    return tuple(
        checklist.item(row).data(KEY_ROLE)
        for row in range(checklist.count())
        if checklist.item(row).checkState() == Qt.CheckState.Checked
    )
