"""Use cases on a visit's delegates."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from studyvisit.db import UnitOfWork
from studyvisit.domain import Category, Delegate, Gender, LatinSource
from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.records import DelegateRecord
from studyvisit.services import delegate_fields, visits
from studyvisit.services.keys import new_key, slug


def list_delegates(uow: UnitOfWork, visit_id: int) -> list[DelegateRecord]:
    """The visit's delegates, in the order they were added."""
    visits.get_visit(uow, visit_id)  # refuses an unknown visit
    rows = uow.session.scalars(
        select(Delegate)
        .where(Delegate.visit_id == visit_id)
        .options(selectinload(Delegate.groups))
        .order_by(Delegate.id)
    )
    return [visits.delegate_record(delegate) for delegate in rows]


def to_contract_json(delegate: DelegateRecord) -> dict[str, Any]:
    """A delegate as ``delegates list --json`` prints it."""
    return {
        "id": delegate.id,
        "key": delegate.key,
        **delegate_fields.to_json(delegate),
        "groups": list(delegate.group_keys),
    }


EDITABLE_FIELDS = frozenset(delegate_fields.CONTRACT_FIELDS)


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"A delegate has no field {sorted(unknown)[0]!r}.")
    for name, allowed in (("category", Category), ("gender", Gender), ("latin_source", LatinSource)):
        value = values.get(name)
        if value is not None and value not in {member.value for member in allowed}:
            choices = ", ".join(member.value for member in allowed)
            raise ValidationError(f"{name}: {value!r} is not one of {choices}.")
    arrival, departure = values.get("arrival"), values.get("departure")
    if arrival and departure and departure <= arrival:
        raise ValidationError("departure: must be after arrival.")
    return values


def _check_passport_free(uow: UnitOfWork, visit_id: int, number: str | None, delegate_id: int | None) -> None:
    if number is None:
        return
    holder = uow.session.scalar(
        select(Delegate).where(Delegate.visit_id == visit_id, Delegate.passport_number == number)
    )
    if holder is not None and holder.id != delegate_id:
        raise ValidationError(
            f"passport_number: {number} is already the passport of {holder.surname} "
            f"{holder.given_names or ''}".rstrip() + "."
        )


def add_delegate(uow: UnitOfWork, visit_id: int, values: dict[str, Any]) -> DelegateRecord:
    """Add one delegate; values use the contract's field names."""
    visits.get_visit(uow, visit_id)
    cleaned = delegate_fields.normalise(_validated(dict(values)))
    if not cleaned.get("surname"):
        raise ValidationError("surname: a delegate needs a surname.")
    _check_passport_free(uow, visit_id, cleaned.get("passport_number"), None)
    base = slug(cleaned.get("surname_latin") or cleaned["surname"], "delegate")
    delegate = Delegate(visit_id=visit_id, key=new_key(uow, Delegate, visit_id, base), **cleaned)
    uow.session.add(delegate)
    uow.session.flush()
    return visits.delegate_record(delegate)


def update_delegate(uow: UnitOfWork, delegate_id: int, changes: dict[str, Any]) -> DelegateRecord:
    """Change some fields; a transliterated Latin form follows a corrected Cyrillic name."""
    delegate = uow.session.get(Delegate, delegate_id)
    if delegate is None:
        raise NotFoundError(f"There is no delegate with id {delegate_id}.")
    current = {name: getattr(delegate, name) for name in delegate_fields.CONTRACT_FIELDS}
    merged = {**current, **_validated(dict(changes))}
    renamed = any(name in changes for name in ("surname", "given_names", "patronymic"))
    latin_given = any(name in changes for name in ("surname_latin", "given_names_latin"))
    if latin_given:
        merged["latin_source"] = changes.get("latin_source") or "source"
    elif renamed and current["latin_source"] == "transliterated":
        merged["surname_latin"] = merged["given_names_latin"] = None
        merged["latin_source"] = None
    cleaned = delegate_fields.normalise(merged)
    if not cleaned.get("surname"):
        raise ValidationError("surname: a delegate needs a surname.")
    _check_passport_free(uow, delegate.visit_id, cleaned.get("passport_number"), delegate.id)
    for name, value in cleaned.items():
        if getattr(delegate, name) != value:
            setattr(delegate, name, value)
    uow.session.flush()
    return visits.delegate_record(delegate)


def delete_delegates(uow: UnitOfWork, visit_id: int, delegate_ids: list[int]) -> int:
    rows = list(
        uow.session.scalars(
            select(Delegate).where(Delegate.visit_id == visit_id, Delegate.id.in_(delegate_ids))
        )
    )
    for delegate in rows:
        uow.session.delete(delegate)
    uow.session.flush()
    return len(rows)
