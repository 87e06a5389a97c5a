"""Transport: the vehicles, and the runs with who rides against the seats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from studyvisit.programme import PlanIndex
from studyvisit.records import TransportRunRecord, VehicleRecord
from studyvisit.services.plan_summary import Passengers, run_passengers
from studyvisit.ui import icons
from studyvisit.ui.formatting import format_datetime, format_time, join
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.sections.base import Section, split_refs
from studyvisit.ui.table_model import Column, RecordTableModel
from studyvisit.ui.visit_data import LoadedVisit

VEHICLE_CONTEXT = "VehicleColumns"
RUN_CONTEXT = "RunColumns"
OVER_CAPACITY = QColor("#b3261e")


@dataclass(frozen=True, slots=True)
class VehicleRow:
    vehicle: VehicleRecord
    visit: LoadedVisit
    runs: int

    @property
    def id(self) -> int:
        return self.vehicle.id

    @property
    def key(self) -> str:
        return self.vehicle.key

    @property
    def driver(self) -> str:
        member = self.visit.staff.get(self.vehicle.driver_key or "")
        return member.name if member else ""

    @property
    def phone(self) -> str:
        member = self.visit.staff.get(self.vehicle.driver_key or "")
        return (member.phone if member else None) or self.vehicle.phone or ""


@dataclass(frozen=True, slots=True)
class RunRow:
    run: TransportRunRecord
    visit: LoadedVisit
    passengers: Passengers

    @property
    def id(self) -> int:
        return self.run.id

    @property
    def key(self) -> str:
        return self.run.key

    @property
    def vehicle(self) -> VehicleRecord | None:
        return self.visit.vehicles.get(self.run.vehicle_key)

    @property
    def seats(self) -> int | None:
        return self.vehicle.seats if self.vehicle else None

    @property
    def over_capacity(self) -> bool:
        return self.seats is not None and self.passengers.headcount > self.seats

    def riders(self) -> str:
        """Groups by name, then delegates named on their own, then staff."""
        named = [d for d in self.run.delegate_keys if d in self.visit.delegates]
        return join(
            [
                self.visit.groups_text(self.run.group_keys),
                join(_person(self.visit, key) for key in named),
                join(
                    self.visit.staff[key].name
                    for key in self.passengers.staff_keys
                    if key in self.visit.staff
                ),
            ]
        )

    def riders_tooltip(self) -> str:
        names = [_person(self.visit, key) for key in self.passengers.delegate_keys]
        names += [
            self.visit.staff[key].name
            for key in self.passengers.staff_keys
            if key in self.visit.staff
        ]
        return "\n".join(names)


def _person(visit: LoadedVisit, delegate_key: str) -> str:
    delegate = visit.delegates.get(delegate_key)
    if delegate is None:
        return delegate_key
    return delegate.latin_name or delegate.full_name


def _headcount_text(row: RunRow) -> str:
    if row.seats is None:
        return str(row.passengers.headcount)
    return f"{row.passengers.headcount} / {row.seats}"


def _headcount_tooltip(row: RunRow) -> str:
    text = fill(
        QCoreApplication.translate("TransportSection", "People: %1 · passenger seats: %2"),
        row.passengers.headcount,
        row.seats if row.seats is not None else "?",
    )
    if row.over_capacity:
        text += "\n" + QCoreApplication.translate(
            "TransportSection", "More people than seats: split the run or take a bigger vehicle."
        )
    return text


def _over_icon(row: RunRow) -> QIcon | None:
    return icons.icon(icons.WARNING) if row.over_capacity else None


def _over_colour(row: RunRow) -> QColor | None:
    return OVER_CAPACITY if row.over_capacity else None


VEHICLE_COLUMNS = (
    Column(
        "label",
        QT_TRANSLATE_NOOP("VehicleColumns", "Vehicle"),
        lambda r: r.vehicle.label,
        VEHICLE_CONTEXT,
    ),
    Column(
        "plate",
        QT_TRANSLATE_NOOP("VehicleColumns", "Plate"),
        lambda r: r.vehicle.plate,
        VEHICLE_CONTEXT,
    ),
    Column(
        "seats",
        QT_TRANSLATE_NOOP("VehicleColumns", "Seats"),
        lambda r: r.vehicle.seats,
        VEHICLE_CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
        header_tooltip=QT_TRANSLATE_NOOP(
            "VehicleColumns", "Passenger seats, the driver's excluded"
        ),
    ),
    Column(
        "runs",
        QT_TRANSLATE_NOOP("VehicleColumns", "Runs"),
        lambda r: r.runs,
        VEHICLE_CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        "driver", QT_TRANSLATE_NOOP("VehicleColumns", "Driver"), lambda r: r.driver, VEHICLE_CONTEXT
    ),
    Column(
        "phone", QT_TRANSLATE_NOOP("VehicleColumns", "Phone"), lambda r: r.phone, VEHICLE_CONTEXT
    ),
    Column(
        "operator",
        QT_TRANSLATE_NOOP("VehicleColumns", "Operator"),
        lambda r: r.vehicle.operator,
        VEHICLE_CONTEXT,
    ),
)

PLACE_WIDTH = 220  # px: site names can be long; the tooltip has them whole

RUN_COLUMNS = (
    Column(
        "depart",
        QT_TRANSLATE_NOOP("RunColumns", "Departs"),
        lambda r: r.run.depart,
        RUN_CONTEXT,
        display=format_datetime,
    ),
    Column(
        "arrive",
        QT_TRANSLATE_NOOP("RunColumns", "Arrives"),
        lambda r: r.run.arrive,
        RUN_CONTEXT,
        display=format_time,
    ),
    Column(
        "vehicle",
        QT_TRANSLATE_NOOP("RunColumns", "Vehicle"),
        lambda r: r.vehicle.label if r.vehicle else r.run.vehicle_key,
        RUN_CONTEXT,
    ),
    Column(
        "headcount",
        QT_TRANSLATE_NOOP("RunColumns", "People / seats"),
        _headcount_text,
        RUN_CONTEXT,
        sort=lambda r: r.passengers.headcount,
        tooltip=_headcount_tooltip,
        decoration=_over_icon,
        foreground=_over_colour,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        "from",
        QT_TRANSLATE_NOOP("RunColumns", "From"),
        lambda r: r.visit.site_name(r.run.from_key, current_language()),
        RUN_CONTEXT,
        max_width=PLACE_WIDTH,
    ),
    Column(
        "to",
        QT_TRANSLATE_NOOP("RunColumns", "To"),
        lambda r: r.visit.site_name(r.run.to_key, current_language()),
        RUN_CONTEXT,
        max_width=PLACE_WIDTH,
    ),
    Column(
        "riders",
        QT_TRANSLATE_NOOP("RunColumns", "Who rides"),
        lambda r: r.riders(),
        RUN_CONTEXT,
        tooltip=lambda r: r.riders_tooltip(),
    ),
)


class TransportSection(Section):
    name = "transport"
    title_text = QT_TRANSLATE_NOOP("Sections", "Transport")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vehicle_model = RecordTableModel(VEHICLE_COLUMNS, parent=self)
        self.run_model = RecordTableModel(RUN_COLUMNS, parent=self)
        self.vehicles = RecordTable(
            self.vehicle_model, name="vehicles", searchable=False, parent=self
        )
        self.runs = RecordTable(self.run_model, name="runs", sort_column="depart", parent=self)
        self.vehicles_label = QLabel(self)
        self.runs_label = QLabel(self)
        for label in (self.vehicles_label, self.runs_label):
            label.setObjectName("subheading")
            font = label.font()
            font.setBold(True)
            label.setFont(font)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("transport-splitter")
        splitter.setChildrenCollapsible(False)
        for label, table, stretch in (
            (self.vehicles_label, self.vehicles, 1),
            (self.runs_label, self.runs, 3),
        ):
            pane = QWidget(splitter)
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 4, 0, 0)
            layout.addWidget(label)
            layout.addWidget(table)
            splitter.addWidget(pane)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        self.body.addWidget(splitter, 1)

    def refresh(self) -> None:
        visit = self.visit
        if visit is None:
            self.vehicles.set_records([])
            self.runs.set_records([])
            return
        plan = visit.plan
        runs_per_vehicle = {v.key: 0 for v in plan.vehicles}
        for run in plan.transport:
            runs_per_vehicle[run.vehicle_key] = runs_per_vehicle.get(run.vehicle_key, 0) + 1
        self.vehicles.set_records(
            VehicleRow(v, visit, runs_per_vehicle[v.key]) for v in plan.vehicles
        )
        index = PlanIndex(plan)
        self.runs.set_records(
            RunRow(run, visit, run_passengers(plan, run, index)) for run in plan.transport
        )

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        plan = self.visit.plan
        return (
            QCoreApplication.translate("TransportSection", "%n vehicle(s)", "", len(plan.vehicles))
            + " · "
            + QCoreApplication.translate("TransportSection", "%n run(s)", "", len(plan.transport))
        )

    def retranslate(self) -> None:
        self.vehicles_label.setText(QCoreApplication.translate("TransportSection", "Vehicles"))
        self.runs_label.setText(QCoreApplication.translate("TransportSection", "Runs"))
        self.vehicles.retranslate()
        self.runs.retranslate()
        super().retranslate()

    def reveal(self, refs: Sequence[str]) -> bool:
        found = 0
        if keys := split_refs(refs, "transport"):
            found += self.runs.select_keys(keys)
        if keys := split_refs(refs, "vehicle"):
            found += self.vehicles.select_keys(keys)
        return found > 0

    def tables(self) -> list[RecordTable]:
        return [self.runs, self.vehicles]
