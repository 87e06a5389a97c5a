"""The agenda as data: days of items and transport legs, contacts, accommodation.

Pure functions of a :class:`VisitPlan`, shared by the PDF and the spreadsheet
writers. Texts are already in the asked language (with a flag where a text fell
back to another language); times stay real ``datetime`` values.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from studyvisit.documents.document_labels import kind_label, role_label
from studyvisit.documents.localisation import long_date, text_in
from studyvisit.documents.people import latin_name, native_name
from studyvisit.documents.places import Place, place_of
from studyvisit.programme import PlanIndex
from studyvisit.records import AgendaItemRecord, TransportRunRecord, VisitPlan

ScopeKind = Literal["visit", "group", "delegate"]
CONTACT_ROLES = ("coordinator", "interpreter", "driver")


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One agenda item, its texts in the document's language."""

    key: str
    start: dt.datetime
    end: dt.datetime
    kind: str
    kind_label: str
    title: str
    title_fell_back: bool
    description: str
    description_fell_back: bool
    place: Place | None
    hosts: tuple[str, ...]
    groups: tuple[str, ...]  # group names; empty: everyone


@dataclass(frozen=True, slots=True)
class TransportLeg:
    """Runs leaving together between two sites (merged when several vehicles go)."""

    run_keys: tuple[str, ...]
    start: dt.datetime  # departure
    end: dt.datetime  # arrival
    origin: Place | None
    destination: Place | None
    vehicles: tuple[str, ...]  # "Minibus (BI 00000)"
    groups: tuple[str, ...]


AgendaRow = AgendaEntry | TransportLeg


@dataclass(frozen=True, slots=True)
class AgendaDay:
    day: dt.date
    heading: str  # the long date: "wtorek, 2 lipca 2019"
    rows: tuple[AgendaRow, ...]  # items and legs in time order

    @property
    def entries(self) -> tuple[AgendaEntry, ...]:
        return tuple(row for row in self.rows if isinstance(row, AgendaEntry))

    @property
    def legs(self) -> tuple[TransportLeg, ...]:
        return tuple(row for row in self.rows if isinstance(row, TransportLeg))


@dataclass(frozen=True, slots=True)
class Contact:
    role: str
    role_label: str
    name: str
    phone: str
    detail: str = ""  # a driver's vehicle, a coordinator's organisation


@dataclass(frozen=True, slots=True)
class Stay:
    place: Place | None
    check_in: dt.date
    check_out: dt.date
    room: str


@dataclass(frozen=True, slots=True)
class AgendaScope:
    kind: ScopeKind
    key: str | None = None
    name: str = ""  # the group's name, or the delegate's Latin name
    native_name: str | None = None  # the delegate's name in Cyrillic


@dataclass(frozen=True, slots=True)
class Agenda:
    language: str
    scope: AgendaScope
    days: tuple[AgendaDay, ...]
    contacts: tuple[Contact, ...]
    stays: tuple[Stay, ...] = ()  # the delegate's accommodation (delegate scope only)

    @property
    def has_fallback(self) -> bool:
        return any(
            entry.title_fell_back or entry.description_fell_back
            for day in self.days
            for entry in day.entries
        )


def build_agenda(
    plan: VisitPlan,
    language: str,
    group_key: str | None = None,
    delegate_key: str | None = None,
) -> Agenda:
    """The agenda of the visit, of one group, or of one delegate (their own programme)."""
    index = PlanIndex(plan)
    scope = _scope(index, group_key, delegate_key)
    items, runs = _items_and_runs(index, scope)
    rows: list[AgendaRow] = [entry(index, item, language) for item in items]
    rows += legs(index, runs, language)
    by_day: dict[dt.date, list[AgendaRow]] = defaultdict(list)
    for row in rows:
        by_day[row.start.date()].append(row)
    days = tuple(
        AgendaDay(
            day=day,
            heading=long_date(day, language),
            rows=tuple(sorted(by_day[day], key=_row_order)),
        )
        for day in sorted(by_day)
    )
    vehicle_keys = {run.vehicle_key for run in runs}
    stays = _stays(index, delegate_key, language) if delegate_key else ()
    return Agenda(
        language=language,
        scope=scope,
        days=days,
        contacts=tuple(contacts(plan, language, None if scope.kind == "visit" else vehicle_keys)),
        stays=stays,
    )


def entry(index: PlanIndex, item: AgendaItemRecord, language: str) -> AgendaEntry:
    """One agenda item in ``language``."""
    title, title_fell_back = text_in(item.title, language)
    description, description_fell_back = text_in(item.description, language)
    return AgendaEntry(
        key=item.key,
        start=item.start,
        end=item.end,
        kind=item.kind,
        kind_label=kind_label(item.kind, language),
        title=title or kind_label(item.kind, language),
        title_fell_back=title_fell_back,
        description=description,
        description_fell_back=description_fell_back,
        place=place_of(index.sites.get(item.site_key or ""), language),
        hosts=item.hosts,
        groups=_group_names(index, item.group_keys),
    )


def legs(index: PlanIndex, runs: list[TransportRunRecord], language: str) -> list[TransportLeg]:
    """The runs as legs: runs with the same times and sites become one leg."""
    together: dict[tuple, list[TransportRunRecord]] = defaultdict(list)
    for run in runs:
        together[(run.depart, run.arrive, run.from_key, run.to_key)].append(run)
    found = []
    for (depart, arrive, from_key, to_key), group in together.items():
        found.append(
            TransportLeg(
                run_keys=tuple(run.key for run in group),
                start=depart,
                end=arrive,
                origin=place_of(index.sites.get(from_key or ""), language),
                destination=place_of(index.sites.get(to_key or ""), language),
                vehicles=tuple(
                    dict.fromkeys(_vehicle_name(index, run.vehicle_key) for run in group)
                ),
                groups=_group_names(index, tuple(k for run in group for k in run.group_keys)),
            )
        )
    return found


def contacts(plan: VisitPlan, language: str, vehicle_keys: set[str] | None = None) -> list[Contact]:
    """Coordinators, interpreters, then drivers (of ``vehicle_keys`` when given) with phones."""
    index = PlanIndex(plan)
    vehicles_of: dict[str, list[str]] = defaultdict(list)
    phone_of_vehicle: dict[str, str] = {}
    for vehicle in plan.vehicles:
        if vehicle.driver_key and (vehicle_keys is None or vehicle.key in vehicle_keys):
            vehicles_of[vehicle.driver_key].append(_vehicle_name(index, vehicle.key))
            phone_of_vehicle.setdefault(vehicle.driver_key, vehicle.phone or "")
    found = []
    for role in CONTACT_ROLES:
        for member in plan.staff:
            if member.role != role or (role == "driver" and member.key not in vehicles_of):
                continue
            detail = ", ".join(vehicles_of[member.key]) if role == "driver" else ""
            found.append(
                Contact(
                    role=role,
                    role_label=role_label(role, language),
                    name=member.name,
                    phone=member.phone or phone_of_vehicle.get(member.key, ""),
                    detail=detail or (member.organisation or ""),
                )
            )
    return found


def _scope(index: PlanIndex, group_key: str | None, delegate_key: str | None) -> AgendaScope:
    if delegate_key:
        delegate = index.delegates[delegate_key]
        return AgendaScope("delegate", delegate_key, latin_name(delegate), native_name(delegate))
    if group_key:
        group = index.groups.get(group_key)
        return AgendaScope("group", group_key, group.name if group else group_key)
    return AgendaScope("visit")


def _items_and_runs(
    index: PlanIndex, scope: AgendaScope
) -> tuple[list[AgendaItemRecord], list[TransportRunRecord]]:
    plan = index.plan
    if scope.kind == "delegate" and scope.key:
        return index.programme(scope.key), index.runs_for_delegate(scope.key)
    if scope.kind == "group" and scope.key:
        members = set(index.members.get(scope.key, ()))
        runs = [
            run
            for run in plan.transport
            if scope.key in run.group_keys or members.intersection(index.riders(run)[0])
        ]
        return index.group_programme(scope.key), runs
    return sorted(plan.agenda, key=lambda i: (i.start, i.end)), list(plan.transport)


def _stays(index: PlanIndex, delegate_key: str, language: str) -> tuple[Stay, ...]:
    stays = [
        Stay(
            place=place_of(index.sites.get(stay.site_key), language),
            check_in=stay.check_in,
            check_out=stay.check_out,
            room=stay.room or "",
        )
        for stay in index.plan.accommodation
        if stay.delegate_key == delegate_key
    ]
    return tuple(sorted(stays, key=lambda stay: stay.check_in))


def _row_order(row: AgendaRow) -> tuple[dt.datetime, int, dt.datetime]:
    # A leg that leaves as an item starts comes after it only if it ends later;
    # legs sort before items starting at the same minute (people travel, then meet).
    return (row.start, 0 if isinstance(row, TransportLeg) else 1, row.end)


def _group_names(index: PlanIndex, group_keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        index.groups[key].name if key in index.groups else key for key in dict.fromkeys(group_keys)
    )


def _vehicle_name(index: PlanIndex, vehicle_key: str) -> str:
    vehicle = index.vehicles.get(vehicle_key)
    if vehicle is None:
        return vehicle_key
    return f"{vehicle.label} ({vehicle.plate})" if vehicle.plate else vehicle.label
