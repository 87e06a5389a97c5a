"""A visit used as the template of the next one: the same plan on new dates, without people.

Next year's visit usually goes to the same places with the same staff and
buses; only the delegates change. ``duplicate_as_template`` copies the
sites, travel times, groups, staff, vehicles, agenda and transport runs
(moved by whole days to the new start), and leaves out the delegates and
their rooms. It goes through the visit file, so the copy is exactly what an
export and import would give.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from studyvisit.db import UnitOfWork
from studyvisit.errors import ValidationError
from studyvisit.services import visit_file

# Lists of the visit file that belong to the people of one visit, not to its plan.
PEOPLE_LISTS = ("delegates", "accommodation")


def template_document(document: dict[str, Any], name: str, start_date: dt.date) -> dict[str, Any]:
    """A copy of the visit file ``document`` named ``name``, moved to ``start_date``, no delegates."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("The new visit needs a name.")
    head = dict(document["visit"])
    old_start = dt.date.fromisoformat(head["start_date"])
    old_end = dt.date.fromisoformat(head["end_date"])
    shift = start_date - old_start
    head.update(
        name=name,
        start_date=start_date.isoformat(),
        end_date=(old_end + shift).isoformat(),
    )
    copied = {key: value for key, value in document.items() if key not in PEOPLE_LISTS}
    copied.update({"visit": head, **{list_name: [] for list_name in PEOPLE_LISTS}})
    copied["agenda"] = [
        {**item, "start": _moved(item["start"], shift), "end": _moved(item["end"], shift)}
        for item in document.get("agenda", [])
    ]
    copied["transport"] = [
        {
            **run,
            "depart": _moved(run["depart"], shift),
            "arrive": _moved(run["arrive"], shift),
            "delegates": [],  # riders by name go with the delegates; groups and staff stay
        }
        for run in document.get("transport", [])
    ]
    return copied


def duplicate_as_template(uow: UnitOfWork, visit_id: int, name: str, start_date: dt.date) -> int:
    """Add a new visit made from ``visit_id`` as a template; returns its id (the caller commits)."""
    document = visit_file.export_visit(uow, visit_id)
    return visit_file.import_document(uow, template_document(document, name, start_date))


def _moved(value: str | None, shift: dt.timedelta) -> str | None:
    if value is None:
        return None
    moved = dt.datetime.strptime(value, visit_file.DATETIME_FORMAT) + shift
    return moved.strftime(visit_file.DATETIME_FORMAT)
