"""Use cases on visits: create, list, rename, duplicate, delete, and load a whole plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields

from sqlalchemy import Row, Select, delete, func, select
from sqlalchemy.orm import Session, selectinload

from studyvisit.db import UnitOfWork
from studyvisit.domain import (
    Accommodation,
    AgendaItem,
    Delegate,
    Group,
    Site,
    Staff,
    TransportRun,
    TravelTime,
    Vehicle,
    Visit,
)
from studyvisit.domain.models import delegate_groups, transport_run_delegates
from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.gc_pause import garbage_collection_paused
from studyvisit.records import (
    AccommodationRecord,
    AgendaItemRecord,
    DelegateRecord,
    GroupRecord,
    SiteRecord,
    StaffRecord,
    TransportRunRecord,
    TravelTimeRecord,
    VehicleRecord,
    VisitInfo,
    VisitPlan,
)


def visit_info(visit: Visit) -> VisitInfo:
    return VisitInfo(
        id=visit.id,
        name=visit.name,
        start_date=visit.start_date,
        end_date=visit.end_date,
        project=visit.project,
        funder=visit.funder,
        host=visit.host,
        partners=tuple(visit.partners or ()),
        timezone=visit.timezone,
        languages=tuple(visit.languages or ()),
        notes=visit.notes,
        settings=dict(visit.settings or {}),
    )


def _check_dates(start_date: dt.date, end_date: dt.date) -> None:
    if end_date < start_date:
        raise ValidationError(
            f"The visit ends ({end_date:%Y-%m-%d}) before it starts ({start_date:%Y-%m-%d}); "
            "give an end date on or after the start date."
        )


def create_visit(
    uow: UnitOfWork,
    name: str,
    start_date: dt.date,
    end_date: dt.date,
    **details: object,
) -> VisitInfo:
    """Add an empty visit; ``details`` are other Visit fields (project, funder, host...)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A visit needs a name.")
    _check_dates(start_date, end_date)
    visit = Visit(name=name, start_date=start_date, end_date=end_date)
    for field_name, value in details.items():
        setattr(visit, field_name, value)
    uow.session.add(visit)
    uow.session.flush()
    return visit_info(visit)


def list_visits(uow: UnitOfWork) -> list[VisitInfo]:
    """All visits, the most recent first."""
    visits = uow.session.scalars(select(Visit).order_by(Visit.start_date.desc(), Visit.id.desc()))
    return [visit_info(visit) for visit in visits]


def get_visit(uow: UnitOfWork, visit_id: int) -> VisitInfo:
    return visit_info(_visit(uow, visit_id))


def _visit(uow: UnitOfWork, visit_id: int) -> Visit:
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(
            f"There is no visit with id {visit_id}; `studyvisit visits list` shows them."
        )
    return visit


def update_visit(uow: UnitOfWork, visit_id: int, **changes: object) -> VisitInfo:
    """Change a visit's own fields (name, dates, project...)."""
    visit = _visit(uow, visit_id)
    for field_name, value in changes.items():
        if not hasattr(Visit, field_name) or field_name == "id":
            raise ValidationError(f"A visit has no field {field_name!r}.")
        setattr(visit, field_name, value)
    _check_dates(visit.start_date, visit.end_date)
    uow.session.flush()
    return visit_info(visit)


def delete_visit(uow: UnitOfWork, visit_id: int) -> None:
    """Delete a visit and everything in it."""
    _visit(uow, visit_id)
    # Core delete relies on ON DELETE CASCADE: one statement, whatever the visit's size.
    uow.session.execute(delete(Visit).where(Visit.id == visit_id))


def count_delegates(uow: UnitOfWork, visit_id: int) -> int:
    return (
        uow.session.scalar(
            select(func.count()).select_from(Delegate).where(Delegate.visit_id == visit_id)
        )
        or 0
    )


def load_plan(uow: UnitOfWork, visit_id: int) -> VisitPlan:
    """Everything about one visit as plain records, in creation order."""
    # A big visit builds hundreds of thousands of lasting objects: collector passes over
    # them all would cost more than the reading itself.
    with garbage_collection_paused():
        return _load_plan(uow, visit_id)


def _load_plan(uow: UnitOfWork, visit_id: int) -> VisitPlan:
    session = uow.session
    visit = _visit(uow, visit_id)

    def rows(model, *options):
        return session.scalars(
            select(model).where(model.visit_id == visit_id).options(*options).order_by(model.id)
        ).all()

    sites = rows(Site)
    site_keys = {site.id: site.key for site in sites}
    groups = rows(Group)
    group_keys = {group.id: group.key for group in groups}
    staff = rows(Staff)
    staff_keys = {member.id: member.key for member in staff}
    delegates = delegate_records(session, visit_id)
    delegate_keys = {delegate.id: delegate.key for delegate in delegates}
    vehicles = rows(Vehicle)
    vehicle_keys = {vehicle.id: vehicle.key for vehicle in vehicles}
    run_delegates = _run_delegate_keys(session, visit_id)

    return VisitPlan(
        visit=visit_info(visit),
        sites=tuple(site_record(site) for site in sites),
        travel_times=tuple(
            TravelTimeRecord(
                id=travel.id,
                from_key=site_keys[travel.from_site_id],
                to_key=site_keys[travel.to_site_id],
                minutes=travel.minutes,
                mode=travel.mode,
            )
            for travel in rows(TravelTime)
        ),
        groups=tuple(GroupRecord(id=g.id, key=g.key, name=g.name) for g in groups),
        delegates=delegates,
        staff=tuple(staff_record(member) for member in staff),
        agenda=tuple(
            AgendaItemRecord(
                id=item.id,
                key=item.key,
                start=item.start_at,
                end=item.end_at,
                kind=item.kind,
                title=dict(item.title or {}),
                site_key=site_keys.get(item.site_id) if item.site_id else None,
                description=dict(item.description or {}),
                hosts=tuple(item.hosts or ()),
                group_keys=tuple(group_keys[g.id] for g in item.groups),
            )
            for item in rows(AgendaItem, selectinload(AgendaItem.groups))
        ),
        vehicles=tuple(
            VehicleRecord(
                id=vehicle.id,
                key=vehicle.key,
                label=vehicle.label,
                seats=vehicle.seats,
                plate=vehicle.plate,
                operator=vehicle.operator,
                phone=vehicle.phone,
                driver_key=staff_keys.get(vehicle.driver_id) if vehicle.driver_id else None,
            )
            for vehicle in vehicles
        ),
        transport=tuple(
            TransportRunRecord(
                id=run.id,
                key=run.key,
                vehicle_key=vehicle_keys[run.vehicle_id],
                depart=run.depart_at,
                arrive=run.arrive_at,
                from_key=site_keys.get(run.from_site_id) if run.from_site_id else None,
                to_key=site_keys.get(run.to_site_id) if run.to_site_id else None,
                group_keys=tuple(group_keys[g.id] for g in run.groups),
                delegate_keys=run_delegates.get(run.id, ()),
                staff_keys=tuple(staff_keys[s.id] for s in run.staff),
                notes=run.notes,
            )
            for run in rows(
                TransportRun,
                selectinload(TransportRun.groups),
                selectinload(TransportRun.staff),
            )
        ),
        accommodation=tuple(
            AccommodationRecord(
                id=stay.id,
                delegate_key=delegate_keys[stay.delegate_id],
                site_key=site_keys[stay.site_id],
                check_in=stay.check_in,
                check_out=stay.check_out,
                room=stay.room,
            )
            for stay in rows(Accommodation)
        ),
    )


def _plain_rows(session: Session, statement: Select) -> Sequence[Row]:
    """Rows of a Core select, read past the ORM's per-row result machinery.

    Flushes first, as an ORM query would (autoflush), so pending changes are seen.
    """
    session.flush()
    return session.connection().execute(statement).all()


def _keys_by_owner(rows: Sequence[Row]) -> dict[int, tuple[str, ...]]:
    """(owner id, key) rows, already in the wanted order, as key tuples per owner."""
    keys_by_owner: dict[int, tuple[str, ...]] = {}
    # Most delegates share a few group sets: one tuple per set keeps memory down.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    for owner, key in rows:
        keys = keys_by_owner.get(owner, ()) + (key,)
        keys_by_owner[owner] = shared.setdefault(keys, keys)
    return keys_by_owner


def _run_delegate_keys(session: Session, visit_id: int) -> dict[int, tuple[str, ...]]:
    """The delegates each transport run lists, by run id, ordered as ``TransportRun.delegates``."""
    link = transport_run_delegates.c
    statement = (
        select(link.transport_run_id, Delegate.key)
        .join(Delegate, Delegate.id == link.delegate_id)
        .join(TransportRun, TransportRun.id == link.transport_run_id)
        .where(TransportRun.visit_id == visit_id)
        .order_by(Delegate.id)
    )
    return _keys_by_owner(_plain_rows(session, statement))


# DelegateRecord's fields that are Delegate columns, in the record's order: one list for
# both the ORM path (``delegate_record``) and the row path (``delegate_records``).
DELEGATE_COLUMN_FIELDS = tuple(f.name for f in fields(DelegateRecord) if f.name != "group_keys")
_DELEGATE_COLUMNS = tuple(getattr(Delegate, name) for name in DELEGATE_COLUMN_FIELDS)


def delegate_records(session: Session, visit_id: int) -> tuple[DelegateRecord, ...]:
    """The visit's delegates with their groups, in creation order, read as plain rows.

    The same records as ``delegate_record`` on each ORM object, about ten times faster
    for a big visit: no ORM objects, no relationship collections.
    """
    link = delegate_groups.c
    memberships = (
        select(link.delegate_id, Group.key)
        .join(Group, Group.id == link.group_id)
        .join(Delegate, Delegate.id == link.delegate_id)
        .where(Delegate.visit_id == visit_id)
        .order_by(Group.id)  # as Delegate.groups is ordered
    )
    group_keys = _keys_by_owner(_plain_rows(session, memberships))
    statement = select(*_DELEGATE_COLUMNS).where(Delegate.visit_id == visit_id)
    no_groups: tuple[str, ...] = ()
    return tuple(
        delegate_record_from_row(row, group_keys.get(row[0], no_groups))
        for row in _plain_rows(session, statement.order_by(Delegate.id))
    )


def delegate_record_from_row(row: Sequence[object], group_keys: tuple[str, ...]) -> DelegateRecord:
    """A record from a row of ``_DELEGATE_COLUMNS`` (the record's own field order)."""
    return DelegateRecord(*row, group_keys=group_keys)


def site_record(site: Site) -> SiteRecord:
    return SiteRecord(
        id=site.id,
        key=site.key,
        name=dict(site.name or {}),
        kind=site.kind,
        address=site.address,
        city=site.city,
        latitude=site.latitude,
        longitude=site.longitude,
        contact=site.contact,
        phone=site.phone,
        notes=site.notes,
    )


def staff_record(member: Staff) -> StaffRecord:
    return StaffRecord(
        id=member.id,
        key=member.key,
        name=member.name,
        role=member.role,
        organisation=member.organisation,
        phone=member.phone,
        email=member.email,
        notes=member.notes,
    )


def delegate_record(delegate: Delegate) -> DelegateRecord:
    """The record of one ORM delegate (its groups are loaded if they are not yet)."""
    return delegate_record_from_row(
        [getattr(delegate, name) for name in DELEGATE_COLUMN_FIELDS],
        tuple(group.key for group in delegate.groups),
    )
