"""Building the itinerary: items, days, groups; each change one transaction."""

import datetime as dt
import json
from pathlib import Path

import pytest

from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.services import itinerary, visit_file, visits

SMALL = Path(__file__).parent.parent / "data" / "small-visit.json"
T = dt.datetime


@pytest.fixture
def visit_id(database) -> int:
    with database.unit_of_work() as uow:
        visit_id = visit_file.import_document(uow, json.loads(SMALL.read_text(encoding="utf-8")))
        uow.commit()
    return visit_id


def agenda(database, visit_id):
    with database.unit_of_work() as uow:
        return {item.key: item for item in visits.load_plan(uow, visit_id).agenda}


@pytest.mark.parametrize(
    ("moment", "snapped"),
    [
        (T(2019, 7, 2, 9, 2), T(2019, 7, 2, 9, 0)),
        (T(2019, 7, 2, 9, 3), T(2019, 7, 2, 9, 5)),
        (T(2019, 7, 2, 9, 2, 30), T(2019, 7, 2, 9, 5)),
        (T(2019, 7, 2, 23, 58), T(2019, 7, 3, 0, 0)),
    ],
)
def test_snap_to_five_minutes(moment, snapped) -> None:
    assert itinerary.snap(moment) == snapped


def test_add_item_with_groups_and_site(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        item = itinerary.add_item(
            uow,
            visit_id,
            T(2019, 7, 3, 9),
            T(2019, 7, 3, 10),
            "meeting",
            {"pl": "Spotkanie w klastrze", "en": "Cluster meeting"},
            site_key="office",
            group_keys=["b"],
        )
        uow.commit()
    assert item.key == "spotkanie-w-klastrze"
    stored = agenda(database, visit_id)[item.key]
    assert stored.site_key == "office" and stored.group_keys == ("b",)


def test_add_item_refuses_end_before_start_and_unknown_group(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        with pytest.raises(ValidationError, match="must end after it starts"):
            itinerary.add_item(uow, visit_id, T(2019, 7, 3, 10), T(2019, 7, 3, 9))
        with pytest.raises(ValidationError, match="no group 'zzz'"):
            itinerary.add_item(
                uow, visit_id, T(2019, 7, 3, 9), T(2019, 7, 3, 10), group_keys=["zzz"]
            )


def test_move_keeps_length_and_snaps(database, visit_id) -> None:
    item_id = agenda(database, visit_id)["welcome"].id
    with database.unit_of_work() as uow:
        moved = itinerary.move_item(uow, item_id, T(2019, 7, 2, 9, 32))
        uow.commit()
    assert (moved.start, moved.end) == (T(2019, 7, 2, 9, 30), T(2019, 7, 2, 10, 30))


def test_find_item_by_key(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        found = itinerary.find_item(uow, visit_id, "welcome")
        assert (found.key, found.start) == ("welcome", T(2019, 7, 2, 9))
        with pytest.raises(NotFoundError, match="no agenda item 'nope'"):
            itinerary.find_item(uow, visit_id, "nope")


def test_resize_never_below_one_step(database, visit_id) -> None:
    item_id = agenda(database, visit_id)["welcome"].id
    with database.unit_of_work() as uow:
        assert itinerary.resize_item(uow, item_id, T(2019, 7, 2, 10, 41)).end == T(
            2019, 7, 2, 10, 40
        )
        assert itinerary.resize_item(uow, item_id, T(2019, 7, 2, 8, 0)).end == T(2019, 7, 2, 9, 5)


def test_duplicate_and_delete(database, visit_id) -> None:
    item_id = agenda(database, visit_id)["welcome"].id
    with database.unit_of_work() as uow:
        copy = itinerary.duplicate_item(uow, item_id, dt.timedelta(days=1))
        uow.commit()
    assert copy.key == "welcome-2" and copy.start == T(2019, 7, 3, 9)
    assert copy.title == {"pl": "Powitanie", "en": "Welcome", "ru": "Приветствие"}
    with database.unit_of_work() as uow:
        itinerary.delete_item(uow, copy.id)
        uow.commit()
    assert "welcome-2" not in agenda(database, visit_id)


def test_shift_and_duplicate_a_day(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        assert (
            itinerary.shift_day(uow, visit_id, dt.date(2019, 7, 2), dt.timedelta(minutes=30)) == 2
        )
        copies = itinerary.duplicate_day(uow, visit_id, dt.date(2019, 7, 2), dt.date(2019, 7, 3))
        uow.commit()
    items = agenda(database, visit_id)
    assert items["welcome"].start == T(2019, 7, 2, 9, 30)
    assert sorted(c.start for c in copies) == [T(2019, 7, 3, 9, 30), T(2019, 7, 3, 11, 30)]


def test_a_change_not_committed_is_not_kept(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        itinerary.shift_day(uow, visit_id, dt.date(2019, 7, 2), dt.timedelta(hours=2))
    assert agenda(database, visit_id)["welcome"].start == T(2019, 7, 2, 9)


def test_groups_and_bulk_membership(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        group = itinerary.add_group(uow, visit_id, "Grupa C")
        ids = [d.id for d in visits.load_plan(uow, visit_id).delegates]
        assert itinerary.set_delegate_groups(uow, visit_id, ids, [group.key], replace=False) == 2
        uow.commit()
    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    assert [d.group_keys for d in plan.delegates] == [("a", "grupa-c"), ("b", "grupa-c")]
    with database.unit_of_work() as uow:
        itinerary.delete_group(uow, group.id)
        uow.commit()
        plan = visits.load_plan(uow, visit_id)
    assert [d.group_keys for d in plan.delegates] == [("a",), ("b",)]
