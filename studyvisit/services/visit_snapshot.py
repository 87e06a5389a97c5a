"""A whole visit as a document, and putting a visit back to such a document.

The GUI's undo for structural edits (deletes, imports, accepted proposals)
takes a snapshot before and after the edit and restores one or the other.
The visit keeps its id, so the window, its preferences and other references
to the visit stay valid.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete

from studyvisit.db import UnitOfWork
from studyvisit.domain.models import Visit
from studyvisit.services import visit_file, visits


def take(uow: UnitOfWork, visit_id: int) -> dict[str, Any]:
    """The visit as a visit-file document (everything the visit holds)."""
    return visit_file.export_visit(uow, visit_id)


def restore(uow: UnitOfWork, visit_id: int, document: Mapping[str, Any]) -> None:
    """Replace the visit's contents by ``document``, keeping its id.

    The document is validated whole first: a bad one raises and changes
    nothing. The caller commits.
    """
    rebuilt = visit_file.build_visit(document)  # raises before anything is deleted
    visits.get_visit(uow, visit_id)  # a clear NotFoundError if it went meanwhile
    # ON DELETE CASCADE removes the children in one statement.
    uow.session.execute(delete(Visit).where(Visit.id == visit_id))
    uow.session.expunge_all()
    rebuilt.id = visit_id
    uow.session.add(rebuilt)
    uow.session.flush()
