"""The rows and columns of the Transport section: vehicles, and runs with who rides."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon

from studyvisit.records import TransportRunRecord, VehicleRecord
from studyvisit.services.plan_summary import Passengers
from studyvisit.ui import icons
from studyvisit.ui.formatting import format_datetime, format_time, join
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.table_model import Column
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
    problems: tuple[str, ...] = ()  # the plan checker's messages that name this run

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
    """The whole row of an over-full run is red."""
    return OVER_CAPACITY if row.over_capacity else None


def _problem_icon(row: RunRow) -> QIcon | None:
    return icons.icon(icons.ERROR) if row.problems else None


def _problem_tooltip(row: RunRow) -> str | None:
    """What the plan checker says about this run, else nothing (the cell is short)."""
    return "\n".join(row.problems) or None


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
        decoration=_problem_icon,
        tooltip=_problem_tooltip,
        foreground=_over_colour,
    ),
    Column(
        "arrive",
        QT_TRANSLATE_NOOP("RunColumns", "Arrives"),
        lambda r: r.run.arrive,
        RUN_CONTEXT,
        display=format_time,
        foreground=_over_colour,
    ),
    Column(
        "vehicle",
        QT_TRANSLATE_NOOP("RunColumns", "Vehicle"),
        lambda r: r.vehicle.label if r.vehicle else r.run.vehicle_key,
        RUN_CONTEXT,
        tooltip=_headcount_tooltip,
        foreground=_over_colour,
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
        foreground=_over_colour,
    ),
    Column(
        "to",
        QT_TRANSLATE_NOOP("RunColumns", "To"),
        lambda r: r.visit.site_name(r.run.to_key, current_language()),
        RUN_CONTEXT,
        max_width=PLACE_WIDTH,
        foreground=_over_colour,
    ),
    Column(
        "riders",
        QT_TRANSLATE_NOOP("RunColumns", "Who rides"),
        lambda r: r.riders(),
        RUN_CONTEXT,
        tooltip=lambda r: r.riders_tooltip(),
        foreground=_over_colour,
    ),
)
