"""Accommodation: who sleeps where, night by night (a rooming list)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from studyvisit.db import UnitOfWork
from studyvisit.domain import Accommodation, Delegate, Site
from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.records import AccommodationRecord
from studyvisit.services.itinerary import _by_keys


def _record(stay: Accommodation) -> AccommodationRecord:
    return AccommodationRecord(
        id=stay.id,
        delegate_key=stay.delegate.key,
        site_key=stay.site.key,
        check_in=stay.check_in,
        check_out=stay.check_out,
        room=stay.room,
    )


def book(
    uow: UnitOfWork,
    visit_id: int,
    delegate_keys: Iterable[str],
    site_key: str,
    check_in: dt.date,
    check_out: dt.date,
    room: str | None = None,
) -> list[AccommodationRecord]:
    """Book delegates into a hotel for the nights check_in .. check_out-1.

    Nights they already had elsewhere in that span are given up (the stays are
    cut or removed), so a delegate never has two beds on one night.
    """
    if check_out <= check_in:
        raise ValidationError("Check-out must be after check-in (at least one night).")
    hotel = _by_keys(uow, Site, visit_id, [site_key], "site")[0]
    delegates = _by_keys(uow, Delegate, visit_id, delegate_keys, "delegate")
    booked = []
    for delegate in delegates:
        _free_nights(uow, delegate, check_in, check_out)
        stay = Accommodation(
            visit_id=visit_id,
            delegate=delegate,
            site=hotel,
            check_in=check_in,
            check_out=check_out,
            room=room,
        )
        uow.session.add(stay)
        booked.append(stay)
    uow.session.flush()
    return [_record(stay) for stay in booked]


def _free_nights(uow: UnitOfWork, delegate: Delegate, check_in: dt.date, check_out: dt.date) -> None:
    stays = uow.session.scalars(
        select(Accommodation).where(
            Accommodation.delegate_id == delegate.id,
            Accommodation.check_in < check_out,
            Accommodation.check_out > check_in,
        )
    )
    for stay in stays:
        if stay.check_in < check_in and stay.check_out > check_out:
            # The new stay sits inside the old one: keep the nights after it as a second stay.
            uow.session.add(
                Accommodation(
                    visit_id=stay.visit_id,
                    delegate=delegate,
                    site=stay.site,
                    check_in=check_out,
                    check_out=stay.check_out,
                    room=stay.room,
                )
            )
            stay.check_out = check_in
        elif stay.check_in < check_in:
            stay.check_out = check_in
        elif stay.check_out > check_out:
            stay.check_in = check_out
        else:
            uow.session.delete(stay)
    uow.session.flush()


def set_room(uow: UnitOfWork, stay_id: int, room: str | None) -> AccommodationRecord:
    stay = uow.session.get(Accommodation, stay_id)
    if stay is None:
        raise NotFoundError(f"There is no accommodation with id {stay_id}.")
    stay.room = room or None
    uow.session.flush()
    return _record(stay)


def cancel(uow: UnitOfWork, stay_id: int) -> None:
    stay = uow.session.get(Accommodation, stay_id)
    if stay is None:
        raise NotFoundError(f"There is no accommodation with id {stay_id}.")
    uow.session.delete(stay)
    uow.session.flush()
