"""A visit duplicated as the template of the next one: the plan moved to new dates, no people."""

import datetime as dt

import pytest

from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.services import visit_template, visits


def _plan(database, visit_id):
    with database.unit_of_work() as uow:
        return visits.load_plan(uow, visit_id)


def _duplicate(database, visit_id, name, start):
    with database.unit_of_work() as uow:
        new_id = visit_template.duplicate_as_template(uow, visit_id, name, start)
        uow.commit()
    return new_id


def test_the_plan_moves_to_the_new_dates_without_delegates(database, demo_visit_id) -> None:
    old = _plan(database, demo_visit_id)
    shift = dt.date(2026, 6, 1) - old.visit.start_date
    new_id = _duplicate(database, demo_visit_id, "  Podlasie   2026 ", dt.date(2026, 6, 1))
    new = _plan(database, new_id)

    assert new_id != demo_visit_id
    assert new.visit.name == "Podlasie 2026"
    assert new.visit.start_date == dt.date(2026, 6, 1)
    assert new.visit.end_date == old.visit.end_date + shift
    assert (new.visit.project, new.visit.host, new.visit.languages) == (
        old.visit.project,
        old.visit.host,
        old.visit.languages,
    )
    assert new.delegates == () and new.accommodation == ()
    assert [s.key for s in new.sites] == [s.key for s in old.sites]
    assert [g.key for g in new.groups] == [g.key for g in old.groups]
    assert [m.name for m in new.staff] == [m.name for m in old.staff]
    assert [(v.key, v.seats, v.driver_key) for v in new.vehicles] == [
        (v.key, v.seats, v.driver_key) for v in old.vehicles
    ]
    assert len(new.travel_times) == len(old.travel_times) > 0
    assert [(i.key, i.start, i.end, i.group_keys) for i in new.agenda] == [
        (i.key, i.start + shift, i.end + shift, i.group_keys) for i in old.agenda
    ]
    assert len(new.transport) == len(old.transport) > 0
    for before, after in zip(old.transport, new.transport, strict=True):
        assert (after.depart, after.arrive) == (before.depart + shift, before.arrive + shift)
        assert after.group_keys == before.group_keys and after.staff_keys == before.staff_keys
        assert after.delegate_keys == ()


def test_the_original_visit_is_left_as_it_was(database, demo_visit_id) -> None:
    before = _plan(database, demo_visit_id)
    _duplicate(database, demo_visit_id, "Next year", dt.date(2020, 7, 1))
    assert _plan(database, demo_visit_id) == before


def test_an_empty_name_is_refused_and_nothing_is_written(database, demo_visit_id) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        _duplicate(database, demo_visit_id, "   ", dt.date(2026, 6, 1))
    with database.unit_of_work() as uow:
        assert len(visits.list_visits(uow)) == 1


def test_an_unknown_visit_is_refused(database) -> None:
    with pytest.raises(NotFoundError):
        _duplicate(database, 999, "Copy", dt.date(2026, 6, 1))
