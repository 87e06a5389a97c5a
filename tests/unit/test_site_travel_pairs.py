"""The travel-time table as the Sites section shows it: one row per pair, edited both ways."""

from __future__ import annotations

import pytest

from studyvisit.errors import ValidationError
from studyvisit.services import demo, sites, visits


@pytest.fixture
def visit_id(database) -> int:
    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    return visit_id


def entered(database, visit_id) -> dict[tuple[str, str], tuple[int, str]]:
    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    return {(t.from_key, t.to_key): (t.minutes, t.mode) for t in plan.travel_times}


def pairs(database, visit_id) -> dict[tuple[str, str], sites.TravelPair]:
    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    return {(p.from_key, p.to_key): p for p in sites.travel_pairs(plan)}


def test_one_row_per_pair_entered_either_way_else_estimated(database, visit_id) -> None:
    rows = pairs(database, visit_id)
    assert len(rows) == 10 * 9 // 2
    # Entered as marshal → restaurant, shown as restaurant → marshal (site order).
    back = rows[("restaurant", "marshal")]
    assert (back.minutes, back.mode, back.estimated) == (10, "drive", False)
    walk = rows[("campus", "iit")]
    assert (walk.minutes, walk.mode, walk.estimated) == (7, "walk", False)
    guess = rows[("hotel", "iit")]
    assert guess.estimated and guess.minutes == guess.estimate
    assert guess.distance_km == pytest.approx(1.9, abs=0.1)
    assert guess.minutes == 15  # 1.9 km × 1.3 at 30 km/h = 5 min, plus 10


def test_setting_a_pair_keeps_both_ways_alike(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        sites.set_pair_travel_time(uow, visit_id, "restaurant", "marshal", 18, "walk")
        uow.commit()
    times = entered(database, visit_id)
    # The way entered before (marshal → restaurant) follows; no second, stale time.
    assert times[("restaurant", "marshal")] == (18, "walk")
    assert times[("marshal", "restaurant")] == (18, "walk")
    assert pairs(database, visit_id)[("restaurant", "marshal")].minutes == 18

    with database.unit_of_work() as uow:
        sites.set_pair_travel_time(uow, visit_id, "hotel", "iit", 12)
        uow.commit()
    times = entered(database, visit_id)
    assert times[("hotel", "iit")] == (12, "drive")
    assert ("iit", "hotel") not in times  # nothing entered that way: nothing added


def test_clearing_a_pair_returns_to_the_estimate(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        sites.clear_pair_travel_time(uow, visit_id, "restaurant", "marshal")
        uow.commit()
    times = entered(database, visit_id)
    assert ("marshal", "restaurant") not in times and ("restaurant", "marshal") not in times
    row = pairs(database, visit_id)[("restaurant", "marshal")]
    assert row.estimated and row.minutes == row.estimate is not None


def test_a_pair_without_coordinates_has_no_time(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        sites.add_site(uow, visit_id, {"en": "Somewhere"})
        uow.commit()
    rows = [p for key, p in pairs(database, visit_id).items() if "somewhere" in key]
    assert len(rows) == 10
    assert all(p.minutes is None and p.estimate is None and p.estimated for p in rows)


def test_bad_pairs_are_refused(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        with pytest.raises(ValidationError, match="negative"):
            sites.set_pair_travel_time(uow, visit_id, "hotel", "iit", -5)
        with pytest.raises(ValidationError, match="two different sites"):
            sites.set_pair_travel_time(uow, visit_id, "hotel", "hotel", 5)
        with pytest.raises(ValidationError, match="use drive or walk"):
            sites.set_pair_travel_time(uow, visit_id, "hotel", "iit", 5, "fly")
