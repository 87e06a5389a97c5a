"""The transport list as data: per vehicle per day, each run with its passengers.

Pure functions of a :class:`VisitPlan`, shared by the PDF and the spreadsheet
writers. The headcount is delegates plus staff riding; the driver is not a
passenger and ``seats`` counts passenger seats (CONTRACT.md).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from studyvisit.documents.document_labels import role_label
from studyvisit.documents.people import latin_name, native_name, sort_key
from studyvisit.documents.places import Place, place_of
from studyvisit.programme import PlanIndex
from studyvisit.records import TransportRunRecord, VisitPlan


@dataclass(frozen=True, slots=True)
class Passenger:
    key: str
    kind: Literal["delegate", "staff"]
    name: str  # Latin name of a delegate, name of a staff member
    native_name: str | None  # a delegate's name as written (Cyrillic)
    role_label: str  # staff only: "Coordinator"


@dataclass(frozen=True, slots=True)
class RunRow:
    key: str
    depart: dt.datetime
    arrive: dt.datetime
    origin: Place | None
    destination: Place | None
    passengers: tuple[Passenger, ...]  # delegates (alphabetically), then staff
    seats: int
    groups: tuple[str, ...]  # group names
    notes: str

    @property
    def headcount(self) -> int:
        return len(self.passengers)

    @property
    def over_capacity(self) -> bool:
        return self.headcount > self.seats


@dataclass(frozen=True, slots=True)
class VehicleDay:
    """One vehicle's runs on one day: the sheet a driver is handed."""

    day: dt.date
    vehicle_key: str
    label: str
    plate: str
    operator: str
    seats: int
    driver_name: str
    driver_phone: str
    vehicle_phone: str
    runs: tuple[RunRow, ...]

    @property
    def passengers_carried(self) -> int:
        return sum(run.headcount for run in self.runs)


def transport_sheets(
    plan: VisitPlan,
    language: str,
    group_key: str | None = None,
    delegate_key: str | None = None,
) -> list[VehicleDay]:
    """Every vehicle's runs, day by day (only runs carrying the group or delegate, if given)."""
    index = PlanIndex(plan)
    by_sheet: dict[tuple[dt.date, str], list[RunRow]] = defaultdict(list)
    for run in sorted(plan.transport, key=lambda r: (r.depart, r.arrive)):
        delegates, staff = index.riders(run)
        if not _in_scope(index, run, delegates, group_key, delegate_key):
            continue
        by_sheet[(run.depart.date(), run.vehicle_key)].append(
            run_row(index, run, language, delegates, staff)
        )
    order = {vehicle.key: position for position, vehicle in enumerate(plan.vehicles)}
    sheets = []
    for (day, vehicle_key), runs in sorted(
        by_sheet.items(), key=lambda entry: (entry[0][0], order.get(entry[0][1], len(order)))
    ):
        sheets.append(_vehicle_day(index, day, vehicle_key, runs))
    return sheets


def run_row(
    index: PlanIndex,
    run: TransportRunRecord,
    language: str,
    delegate_keys: list[str],
    staff_keys: list[str],
) -> RunRow:
    """One run with its passengers named."""
    delegates = sorted((index.delegates[key] for key in delegate_keys), key=sort_key)
    passengers = [
        Passenger(d.key, "delegate", latin_name(d), native_name(d), "") for d in delegates
    ]
    passengers += [
        Passenger(key, "staff", member.name, None, role_label(member.role, language))
        for key in staff_keys
        if (member := index.staff.get(key)) is not None
    ]
    vehicle = index.vehicles.get(run.vehicle_key)
    return RunRow(
        key=run.key,
        depart=run.depart,
        arrive=run.arrive,
        origin=place_of(index.sites.get(run.from_key or ""), language),
        destination=place_of(index.sites.get(run.to_key or ""), language),
        passengers=tuple(passengers),
        seats=vehicle.seats if vehicle else 0,
        groups=tuple(index.groups[k].name if k in index.groups else k for k in run.group_keys),
        notes=run.notes or "",
    )


def _in_scope(
    index: PlanIndex,
    run: TransportRunRecord,
    delegates: list[str],
    group_key: str | None,
    delegate_key: str | None,
) -> bool:
    if delegate_key:
        return delegate_key in delegates
    if group_key:
        members = set(index.members.get(group_key, ()))
        return group_key in run.group_keys or bool(members.intersection(delegates))
    return True


def _vehicle_day(
    index: PlanIndex, day: dt.date, vehicle_key: str, runs: list[RunRow]
) -> VehicleDay:
    vehicle = index.vehicles.get(vehicle_key)
    driver = index.staff.get(vehicle.driver_key or "") if vehicle else None
    return VehicleDay(
        day=day,
        vehicle_key=vehicle_key,
        label=vehicle.label if vehicle else vehicle_key,
        plate=(vehicle.plate or "") if vehicle else "",
        operator=(vehicle.operator or "") if vehicle else "",
        seats=vehicle.seats if vehicle else 0,
        driver_name=driver.name if driver else "",
        driver_phone=(driver.phone or "") if driver else "",
        vehicle_phone=(vehicle.phone or "") if vehicle else "",
        runs=tuple(runs),
    )
