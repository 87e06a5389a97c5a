"""Proposing the missing transport runs, and vehicles and runs as services."""

import datetime as dt
import json
from pathlib import Path

import pytest

from studyvisit.errors import ValidationError
from studyvisit.records import SiteRecord
from studyvisit.services import transport, visit_file, visits
from studyvisit.travel import estimate_minutes

SMALL = Path(__file__).parent.parent / "data" / "small-visit.json"
T = dt.datetime


def _document() -> dict:
    return json.loads(SMALL.read_text(encoding="utf-8"))


def _import(database, document) -> int:
    with database.unit_of_work() as uow:
        visit_id = visit_file.import_document(uow, document)
        uow.commit()
    return visit_id


def test_estimate_from_coordinates() -> None:
    campus = SiteRecord(id=1, key="a", name={}, latitude=53.1170, longitude=23.1466)
    marshal = SiteRecord(id=2, key="b", name={}, latitude=53.1325, longitude=23.1688)
    # ~2.2 km straight, x1.3 road at 30 km/h = 6 min, plus 10 min buffer
    assert estimate_minutes(campus, marshal) == 16
    assert estimate_minutes(campus, SiteRecord(id=3, key="c", name={})) is None


def test_proposal_covers_each_change_of_site_once(database) -> None:
    document = _document()
    document["transport"] = []  # nothing planned yet
    document["agenda"].append(
        {"key": "lunch", "start": "2019-07-02T12:30", "end": "2019-07-02T13:30",
         "site": "office", "kind": "meal", "title": {"en": "Lunch"}}
    )
    visit_id = _import(database, document)
    with database.unit_of_work() as uow:
        proposals = transport.propose(uow, visit_id)
    legs = [(p.from_key, p.to_key, p.depart, p.arrive, p.group_keys, p.delegate_keys, p.vehicle_key)
            for p in proposals]
    assert legs == [
        # group a goes from the welcome to its own visit at the hotel...
        ("office", "hotel", T(2019, 7, 2, 10), T(2019, 7, 2, 10, 15), ("a",), (), "bus"),
        # ...and back to lunch; group b stays at the office between welcome and lunch.
        ("hotel", "office", T(2019, 7, 2, 12), T(2019, 7, 2, 12, 15), ("a",), (), "bus"),
    ]


def test_existing_runs_are_not_proposed_again(database) -> None:
    visit_id = _import(database, _document())
    with database.unit_of_work() as uow:
        assert transport.propose(uow, visit_id) == []


def test_walks_need_no_bus(database) -> None:
    document = _document()
    document["transport"] = []
    document["travel_times"][0]["mode"] = "walk"
    visit_id = _import(database, document)
    with database.unit_of_work() as uow:
        assert transport.propose(uow, visit_id) == []


def test_groups_moving_together_share_a_run_when_seats_allow(database) -> None:
    document = _document()
    document["transport"] = []
    document["agenda"][1]["groups"] = []  # everyone goes to the hotel after the welcome
    visit_id = _import(database, document)
    with database.unit_of_work() as uow:
        proposals = transport.propose(uow, visit_id)
    assert len(proposals) == 1
    assert proposals[0].group_keys == ("a", "b") and proposals[0].headcount == 2


def test_no_vehicle_with_free_seats_is_left_for_the_coordinator(database) -> None:
    document = _document()
    document["transport"] = []
    document["vehicles"][0]["seats"] = 0
    visit_id = _import(database, document)
    with database.unit_of_work() as uow:
        proposals = transport.propose(uow, visit_id)
        assert [p.vehicle_key for p in proposals] == [None]
        with pytest.raises(ValidationError, match="has no vehicle"):
            transport.accept(uow, visit_id, proposals)


def test_accepted_proposals_become_runs(database) -> None:
    document = _document()
    document["transport"] = []
    visit_id = _import(database, document)
    with database.unit_of_work() as uow:
        runs = transport.accept(uow, visit_id, transport.propose(uow, visit_id))
        uow.commit()
    assert [(r.key, r.vehicle_key, r.group_keys) for r in runs] == [("office-hotel", "bus", ("a",))]
    with database.unit_of_work() as uow:
        assert transport.propose(uow, visit_id) == []


def test_vehicle_and_run_editing(database) -> None:
    visit_id = _import(database, _document())
    with database.unit_of_work() as uow:
        van = transport.add_vehicle(uow, visit_id, "Van 8", 8, plate="BI 1234", driver_key="driver")
        run = transport.add_run(
            uow, visit_id, van.key, T(2019, 7, 2, 14), T(2019, 7, 2, 14, 20), "hotel", "office",
            delegate_keys=["d1"], staff_keys=["coord"],
        )
        changed = transport.update_run(uow, run.id, arrive=T(2019, 7, 2, 14, 30), group_keys=["b"])
        with pytest.raises(ValidationError, match="arrive after it departs"):
            transport.update_run(uow, run.id, arrive=T(2019, 7, 2, 13))
        assert run.id not in {o.id for o in uow.session.dirty}
        uow.commit()
    assert van.key == "van-8" and van.driver_key == "driver"
    assert changed.group_keys == ("b",) and changed.delegate_keys == ("d1",)
    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    assert [r.key for r in plan.transport][-1] == "hotel-office"
