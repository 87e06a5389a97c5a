"""Use cases on a visit's delegates."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from studyvisit.db import UnitOfWork
from studyvisit.domain import Delegate
from studyvisit.records import DelegateRecord
from studyvisit.services import delegate_fields, visits


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
