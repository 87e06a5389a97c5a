"""Staff: coordinators, interpreters, drivers, hosts. They take seats too."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from studyvisit.db import UnitOfWork
from studyvisit.domain import Staff, StaffRole
from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.records import StaffRecord
from studyvisit.services import delegate_fields, visits
from studyvisit.services.keys import new_key, slug

STAFF_FIELDS = ("name", "role", "organisation", "phone", "email", "notes")


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(STAFF_FIELDS)
    if unknown:
        raise ValidationError(f"A staff member has no field {sorted(unknown)[0]!r}.")
    cleaned = dict(changes)
    if "name" in cleaned:
        cleaned["name"] = delegate_fields.collapse_spaces(cleaned["name"])
        if not cleaned["name"]:
            raise ValidationError("A staff member needs a name.")
    if "role" in cleaned:
        cleaned["role"] = StaffRole(cleaned["role"] or "other").value
    if "email" in cleaned:
        cleaned["email"] = delegate_fields.normalise_email(cleaned["email"])
    return cleaned


def add_staff(
    uow: UnitOfWork, visit_id: int, name: str, role: str = "other", **fields: Any
) -> StaffRecord:
    values = _clean({"name": name, "role": role, **fields})
    member = Staff(
        visit_id=visit_id,
        key=new_key(uow, Staff, visit_id, slug(values["name"], "staff")),
        **values,
    )
    uow.session.add(member)
    uow.session.flush()
    return visits.staff_record(member)


def update_staff(uow: UnitOfWork, staff_id: int, **changes: Any) -> StaffRecord:
    member = uow.session.get(Staff, staff_id)
    if member is None:
        raise NotFoundError(f"There is no staff member with id {staff_id}.")
    for name, value in _clean(changes).items():
        setattr(member, name, value)
    uow.session.flush()
    return visits.staff_record(member)


def delete_staff(uow: UnitOfWork, staff_id: int) -> None:
    member = uow.session.get(Staff, staff_id)
    if member is None:
        raise NotFoundError(f"There is no staff member with id {staff_id}.")
    uow.session.delete(member)
    uow.session.flush()


def list_staff(uow: UnitOfWork, visit_id: int) -> list[StaffRecord]:
    rows = uow.session.scalars(select(Staff).where(Staff.visit_id == visit_id).order_by(Staff.id))
    return [visits.staff_record(member) for member in rows]


def field_from_text(name: str, text: str | None) -> Any:
    """A staff field's value from what a person typed; ValidationError says why not."""
    value = delegate_fields.collapse_spaces(text)
    if value is None and name != "name":
        return None
    try:
        return _clean({name: value})[name]
    except ValueError as error:  # an unknown role
        if isinstance(error, ValidationError):
            raise
        raise ValidationError(f"{name}: {value!r} is not one of the roles.") from None


def delete_staff_members(uow: UnitOfWork, visit_id: int, keys: list[str]) -> int:
    """Delete the visit's staff members with these keys; returns how many."""
    rows = list(
        uow.session.scalars(select(Staff).where(Staff.visit_id == visit_id, Staff.key.in_(keys)))
    )
    for member in rows:
        uow.session.delete(member)
    uow.session.flush()
    return len(rows)
