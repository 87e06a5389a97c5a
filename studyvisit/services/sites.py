"""Sites (venues, hotels, restaurants) and the travel times between them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from studyvisit.db import UnitOfWork
from studyvisit.domain import Site, TravelMode, TravelTime
from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.records import SiteRecord, VisitPlan
from studyvisit.services import visits
from studyvisit.services.itinerary import _by_keys
from studyvisit.services.keys import new_key, slug
from studyvisit.travel import TravelTable, distance_km, estimate_minutes

SITE_FIELDS = ("kind", "address", "city", "latitude", "longitude", "contact", "phone", "notes")


@dataclass(frozen=True, slots=True)
class TravelCell:
    from_key: str
    to_key: str
    minutes: int | None
    mode: str
    estimated: bool


def _check_coordinates(latitude: Any, longitude: Any) -> None:
    if latitude is not None and not -90 <= float(latitude) <= 90:
        raise ValidationError(f"Latitude {latitude} is not between -90 and 90.")
    if longitude is not None and not -180 <= float(longitude) <= 180:
        raise ValidationError(f"Longitude {longitude} is not between -180 and 180.")


def add_site(uow: UnitOfWork, visit_id: int, name: Mapping[str, str], **fields: Any) -> SiteRecord:
    names = {lang: " ".join(text.split()) for lang, text in name.items() if text and text.strip()}
    if not names:
        raise ValidationError("A site needs a name in at least one language.")
    unknown = set(fields) - set(SITE_FIELDS)
    if unknown:
        raise ValidationError(f"A site has no field {sorted(unknown)[0]!r}.")
    _check_coordinates(fields.get("latitude"), fields.get("longitude"))
    base = slug(names.get("en") or next(iter(names.values())), "site")
    site = Site(visit_id=visit_id, key=new_key(uow, Site, visit_id, base), name=names, **fields)
    uow.session.add(site)
    uow.session.flush()
    return visits.site_record(site)


def update_site(uow: UnitOfWork, site_id: int, **changes: Any) -> SiteRecord:
    site = uow.session.get(Site, site_id)
    if site is None:
        raise NotFoundError(f"There is no site with id {site_id}.")
    _check_coordinates(changes.get("latitude"), changes.get("longitude"))
    for name, value in changes.items():
        if name == "name":
            if not any(text for text in value.values()):
                raise ValidationError("A site needs a name in at least one language.")
            site.name = {lang: text for lang, text in value.items() if text}
        elif name in SITE_FIELDS:
            setattr(site, name, value)
        else:
            raise ValidationError(f"A site has no field {name!r}.")
    uow.session.flush()
    return visits.site_record(site)


def delete_site(uow: UnitOfWork, site_id: int) -> None:
    """Delete a site; agenda items and runs there keep their times but lose the place."""
    site = uow.session.get(Site, site_id)
    if site is None:
        raise NotFoundError(f"There is no site with id {site_id}.")
    uow.session.delete(site)
    uow.session.flush()


def _travel_mode(mode: str) -> str:
    try:
        return TravelMode(mode).value
    except ValueError:
        raise ValidationError(f"Travel mode {mode!r} is not known: use drive or walk.") from None


def set_travel_time(
    uow: UnitOfWork, visit_id: int, from_key: str, to_key: str, minutes: int, mode: str = "drive"
) -> None:
    """Enter (or change) the time from one site to another."""
    if from_key == to_key:
        raise ValidationError("A travel time joins two different sites.")
    if minutes < 0:
        raise ValidationError("A travel time cannot be negative.")
    mode = _travel_mode(mode)
    origin, destination = _by_keys(uow, Site, visit_id, [from_key, to_key], "site")
    existing = uow.session.scalar(
        select(TravelTime).where(
            TravelTime.from_site_id == origin.id, TravelTime.to_site_id == destination.id
        )
    )
    if existing is None:
        existing = TravelTime(visit_id=visit_id, from_site=origin, to_site=destination)
        uow.session.add(existing)
    existing.minutes, existing.mode = minutes, mode
    uow.session.flush()


def clear_travel_time(uow: UnitOfWork, visit_id: int, from_key: str, to_key: str) -> None:
    """Forget an entered time (an estimate takes its place)."""
    origin, destination = _by_keys(uow, Site, visit_id, [from_key, to_key], "site")
    existing = uow.session.scalar(
        select(TravelTime).where(
            TravelTime.from_site_id == origin.id, TravelTime.to_site_id == destination.id
        )
    )
    if existing is not None:
        uow.session.delete(existing)
        uow.session.flush()


def travel_matrix(uow: UnitOfWork, visit_id: int) -> list[TravelCell]:
    """Every ordered pair of sites with its time: entered, estimated, or unknown."""
    plan = visits.load_plan(uow, visit_id)
    table = TravelTable(plan.sites, plan.travel_times)
    cells = []
    for origin in plan.sites:
        for destination in plan.sites:
            if origin.key == destination.key:
                continue
            time = table.get(origin.key, destination.key)
            cells.append(
                TravelCell(
                    origin.key,
                    destination.key,
                    time.minutes if time else None,
                    time.mode if time else "drive",
                    time.estimated if time else True,
                )
            )
    return cells


def list_sites(uow: UnitOfWork, visit_id: int) -> list[SiteRecord]:
    rows = uow.session.scalars(select(Site).where(Site.visit_id == visit_id).order_by(Site.id))
    return [visits.site_record(site) for site in rows]


@dataclass(frozen=True, slots=True)
class TravelPair:
    """Two sites as the travel-time table shows them: one row whichever way the time was entered."""

    from_key: str
    to_key: str
    minutes: int | None  # entered, else estimated, else None (no coordinates)
    mode: str
    estimated: bool
    estimate: int | None  # what the coordinates give (the value a cleared cell falls back to)
    distance_km: float | None


def travel_pairs(plan: VisitPlan) -> list[TravelPair]:
    """Every unordered pair of the plan's sites, in site order, with its time.

    A time entered for A→B serves B→A too (TravelTable), so one row per pair
    is enough; the row is read from the first site to the second.
    """
    table = TravelTable(plan.sites, plan.travel_times)
    pairs = []
    for position, origin in enumerate(plan.sites):
        for destination in plan.sites[position + 1 :]:
            time = table.get(origin.key, destination.key)
            pairs.append(
                TravelPair(
                    origin.key,
                    destination.key,
                    time.minutes if time else None,
                    time.mode if time else TravelMode.DRIVE.value,
                    time.estimated if time else True,
                    estimate_minutes(origin, destination),
                    distance_km(origin, destination),
                )
            )
    return pairs


def _entered(uow: UnitOfWork, origin: Site, destination: Site) -> TravelTime | None:
    return uow.session.scalar(
        select(TravelTime).where(
            TravelTime.from_site_id == origin.id, TravelTime.to_site_id == destination.id
        )
    )


def set_pair_travel_time(
    uow: UnitOfWork, visit_id: int, from_key: str, to_key: str, minutes: int, mode: str = "drive"
) -> None:
    """Enter the time of a pair: A→B, and B→A too where a time was entered that way."""
    set_travel_time(uow, visit_id, from_key, to_key, minutes, mode)
    origin, destination = _by_keys(uow, Site, visit_id, [from_key, to_key], "site")
    reverse = _entered(uow, destination, origin)
    if reverse is not None:  # otherwise the old B→A time would still count for the way back
        reverse.minutes, reverse.mode = minutes, _travel_mode(mode)
        uow.session.flush()


def clear_pair_travel_time(uow: UnitOfWork, visit_id: int, from_key: str, to_key: str) -> None:
    """Forget the times entered for a pair, both ways: the estimate takes their place."""
    clear_travel_time(uow, visit_id, from_key, to_key)
    clear_travel_time(uow, visit_id, to_key, from_key)
