"""Vehicles and transport runs: add, change, delete; propose and accept missing runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from studyvisit.db import UnitOfWork
from studyvisit.domain import Delegate, Group, Site, Staff, TransportRun, Vehicle
from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.records import TransportRunRecord, VehicleRecord
from studyvisit.services import visits
from studyvisit.services.itinerary import _by_keys
from studyvisit.services.keys import new_key, slug
from studyvisit.transport_proposal import ProposedRun, propose_runs


def vehicle_record(vehicle: Vehicle) -> VehicleRecord:
    return VehicleRecord(
        id=vehicle.id,
        key=vehicle.key,
        label=vehicle.label,
        seats=vehicle.seats,
        plate=vehicle.plate,
        operator=vehicle.operator,
        phone=vehicle.phone,
        driver_key=vehicle.driver.key if vehicle.driver else None,
    )


def run_record(run: TransportRun) -> TransportRunRecord:
    return TransportRunRecord(
        id=run.id,
        key=run.key,
        vehicle_key=run.vehicle.key,
        depart=run.depart_at,
        arrive=run.arrive_at,
        from_key=run.from_site.key if run.from_site else None,
        to_key=run.to_site.key if run.to_site else None,
        group_keys=tuple(g.key for g in run.groups),
        delegate_keys=tuple(d.key for d in run.delegates),
        staff_keys=tuple(s.key for s in run.staff),
        notes=run.notes,
    )


def _get(uow: UnitOfWork, model: type, record_id: int, what: str):
    found = uow.session.get(model, record_id)
    if found is None:
        raise NotFoundError(f"There is no {what} with id {record_id}.")
    return found


def add_vehicle(
    uow: UnitOfWork,
    visit_id: int,
    label: str,
    seats: int,
    *,
    plate: str | None = None,
    operator: str | None = None,
    phone: str | None = None,
    driver_key: str | None = None,
) -> VehicleRecord:
    label = " ".join(label.split())
    if not label:
        raise ValidationError("A vehicle needs a label, e.g. 'Minibus 20'.")
    if seats < 0:
        raise ValidationError("Seats cannot be negative.")
    vehicle = Vehicle(
        visit_id=visit_id,
        key=new_key(uow, Vehicle, visit_id, slug(label, "vehicle")),
        label=label,
        seats=seats,
        plate=plate,
        operator=operator,
        phone=phone,
    )
    if driver_key:
        vehicle.driver = _by_keys(uow, Staff, visit_id, [driver_key], "staff member")[0]
    uow.session.add(vehicle)
    uow.session.flush()
    return vehicle_record(vehicle)


def update_vehicle(uow: UnitOfWork, vehicle_id: int, **changes: Any) -> VehicleRecord:
    vehicle = _get(uow, Vehicle, vehicle_id, "vehicle")
    for name, value in changes.items():
        if name == "driver_key":
            vehicle.driver = (
                _by_keys(uow, Staff, vehicle.visit_id, [value], "staff member")[0] if value else None
            )
        elif name == "seats":
            if value is None or int(value) < 0:
                raise ValidationError("Seats must be a whole number, 0 or more.")
            vehicle.seats = int(value)
        elif name in ("label", "plate", "operator", "phone"):
            setattr(vehicle, name, value)
        else:
            raise ValidationError(f"A vehicle has no field {name!r}.")
    uow.session.flush()
    return vehicle_record(vehicle)


def delete_vehicle(uow: UnitOfWork, vehicle_id: int) -> None:
    uow.session.delete(_get(uow, Vehicle, vehicle_id, "vehicle"))
    uow.session.flush()


def add_run(
    uow: UnitOfWork,
    visit_id: int,
    vehicle_key: str,
    depart: dt.datetime,
    arrive: dt.datetime,
    from_key: str | None,
    to_key: str | None,
    *,
    group_keys: Iterable[str] = (),
    delegate_keys: Iterable[str] = (),
    staff_keys: Iterable[str] = (),
    notes: str | None = None,
) -> TransportRunRecord:
    if arrive <= depart:
        raise ValidationError(
            f"A run must arrive after it departs ({arrive:%H:%M} is not after {depart:%H:%M})."
        )
    run = TransportRun(
        visit_id=visit_id,
        key=new_key(uow, TransportRun, visit_id, f"{from_key or 'run'}-{to_key or ''}".strip("-")),
        vehicle=_by_keys(uow, Vehicle, visit_id, [vehicle_key], "vehicle")[0],
        depart_at=depart,
        arrive_at=arrive,
        notes=notes,
    )
    sites = _by_keys(uow, Site, visit_id, [k for k in (from_key, to_key) if k], "site")
    by_key = {site.key: site for site in sites}
    run.from_site = by_key.get(from_key) if from_key else None
    run.to_site = by_key.get(to_key) if to_key else None
    run.groups = _by_keys(uow, Group, visit_id, group_keys, "group")
    run.delegates = _by_keys(uow, Delegate, visit_id, delegate_keys, "delegate")
    run.staff = _by_keys(uow, Staff, visit_id, staff_keys, "staff member")
    uow.session.add(run)
    uow.session.flush()
    return run_record(run)


def update_run(uow: UnitOfWork, run_id: int, **changes: Any) -> TransportRunRecord:
    run = _get(uow, TransportRun, run_id, "transport run")
    visit_id = run.visit_id
    # Check before touching the run: a refused change must leave nothing dirty.
    if changes.get("arrive", run.arrive_at) <= changes.get("depart", run.depart_at):
        raise ValidationError("A run must arrive after it departs.")
    for name, value in changes.items():
        if name == "depart":
            run.depart_at = value
        elif name == "arrive":
            run.arrive_at = value
        elif name == "vehicle_key":
            run.vehicle = _by_keys(uow, Vehicle, visit_id, [value], "vehicle")[0]
        elif name in ("from_key", "to_key"):
            site = _by_keys(uow, Site, visit_id, [value], "site")[0] if value else None
            setattr(run, "from_site" if name == "from_key" else "to_site", site)
        elif name == "group_keys":
            run.groups = _by_keys(uow, Group, visit_id, value, "group")
        elif name == "delegate_keys":
            run.delegates = _by_keys(uow, Delegate, visit_id, value, "delegate")
        elif name == "staff_keys":
            run.staff = _by_keys(uow, Staff, visit_id, value, "staff member")
        elif name == "notes":
            run.notes = value
        else:
            raise ValidationError(f"A transport run has no field {name!r}.")
    uow.session.flush()
    return run_record(run)


def delete_run(uow: UnitOfWork, run_id: int) -> None:
    uow.session.delete(_get(uow, TransportRun, run_id, "transport run"))
    uow.session.flush()


def list_runs(uow: UnitOfWork, visit_id: int) -> list[TransportRunRecord]:
    return list(visits.load_plan(uow, visit_id).transport)


def propose(uow: UnitOfWork, visit_id: int) -> list[ProposedRun]:
    """The runs the itinerary lacks, for the coordinator to accept, change or discard."""
    return propose_runs(visits.load_plan(uow, visit_id))


def accept(uow: UnitOfWork, visit_id: int, proposals: Iterable[ProposedRun]) -> list[TransportRunRecord]:
    """Turn accepted proposals into runs (a proposal without a vehicle is refused)."""
    accepted = []
    for proposal in proposals:
        if proposal.vehicle_key is None:
            raise ValidationError(
                f"The run from {proposal.from_key} to {proposal.to_key} at "
                f"{proposal.depart:%d.%m %H:%M} has no vehicle; choose one before accepting it."
            )
        accepted.append(
            add_run(
                uow,
                visit_id,
                proposal.vehicle_key,
                proposal.depart,
                proposal.arrive,
                proposal.from_key,
                proposal.to_key,
                group_keys=proposal.group_keys,
                delegate_keys=proposal.delegate_keys,
            )
        )
    return accepted


def vehicles_of(uow: UnitOfWork, visit_id: int) -> list[VehicleRecord]:
    rows = uow.session.scalars(select(Vehicle).where(Vehicle.visit_id == visit_id).order_by(Vehicle.id))
    return [vehicle_record(vehicle) for vehicle in rows]
