"""Sites, staff, accommodation and delegates as a coordinator edits them."""

import datetime as dt
import json
from pathlib import Path

import pytest

from studyvisit.errors import ValidationError
from studyvisit.services import accommodation, delegates, sites, staff, visit_file, visits

SMALL = Path(__file__).parent.parent / "data" / "small-visit.json"
D = dt.date


@pytest.fixture
def visit_id(database) -> int:
    with database.unit_of_work() as uow:
        visit_id = visit_file.import_document(uow, json.loads(SMALL.read_text(encoding="utf-8")))
        uow.commit()
    return visit_id


def plan(database, visit_id):
    with database.unit_of_work() as uow:
        return visits.load_plan(uow, visit_id)


def test_sites_and_travel_matrix(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        campus = sites.add_site(
            uow, visit_id, {"pl": "Politechnika Białostocka", "en": "Białystok University of Technology"},
            city="Białystok", latitude=53.1170, longitude=23.1466,
        )
        sites.set_travel_time(uow, visit_id, campus.key, "office", 12)
        sites.set_travel_time(uow, visit_id, campus.key, "office", 14, "drive")  # change, not add
        with pytest.raises(ValidationError, match="between -90 and 90"):
            sites.add_site(uow, visit_id, {"en": "Nowhere"}, latitude=123)
        with pytest.raises(ValidationError, match="needs a name"):
            sites.add_site(uow, visit_id, {"en": "  "})
        matrix = {(c.from_key, c.to_key): c for c in sites.travel_matrix(uow, visit_id)}
        uow.commit()
    assert campus.key == "bialystok-university-of-technology"
    assert (matrix[(campus.key, "office")].minutes, matrix[(campus.key, "office")].estimated) == (14, False)
    assert matrix[("office", campus.key)].minutes == 14  # the other way round serves too
    assert matrix[(campus.key, "hotel")].estimated is True
    assert matrix[(campus.key, "hotel")].minutes > 10


def test_clearing_a_travel_time_brings_back_the_estimate(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        sites.clear_travel_time(uow, visit_id, "hotel", "office")
        uow.commit()
        cell = next(c for c in sites.travel_matrix(uow, visit_id) if c.from_key == "hotel")
    assert cell.estimated and cell.minutes is not None


def test_staff_editing(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        member = staff.add_staff(uow, visit_id, "  Olga   Tłumacz ", "interpreter", email="O.T@Example.PL")
        with pytest.raises(ValueError):
            staff.update_staff(uow, member.id, role="juggler")
        changed = staff.update_staff(uow, member.id, phone="+48 600 000 002")
        uow.commit()
    assert (member.key, member.name, member.email) == ("olga-tlumacz", "Olga Tłumacz", "o.t@example.pl")
    assert changed.phone == "+48 600 000 002"


def test_booking_gives_up_overlapping_nights(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        other = sites.add_site(uow, visit_id, {"en": "Other hotel"}, kind="hotel")
        accommodation.book(uow, visit_id, ["d1"], "hotel", D(2019, 7, 1), D(2019, 7, 5), "101")
        accommodation.book(uow, visit_id, ["d1"], other.key, D(2019, 7, 2), D(2019, 7, 3))
        uow.commit()
    stays = sorted(
        (s.site_key, s.check_in, s.check_out) for s in plan(database, visit_id).accommodation
        if s.delegate_key == "d1"
    )
    assert stays == [
        ("hotel", D(2019, 7, 1), D(2019, 7, 2)),
        ("hotel", D(2019, 7, 3), D(2019, 7, 5)),
        ("other-hotel", D(2019, 7, 2), D(2019, 7, 3)),
    ]


def test_add_delegate_normalises_and_transliterates(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        added = delegates.add_delegate(
            uow, visit_id,
            {"surname": " Сяргееў ", "given_names": "Юрый", "email": "Y.S@Example.BY",
             "passport_number": "kh 1234567", "country": "by", "category": "local_admin"},
        )
        uow.commit()
    assert (added.surname_latin, added.given_names_latin) == ("Siarheeu", "Iuryi")
    assert added.latin_source == "transliterated"
    assert (added.email, added.passport_number, added.country) == ("y.s@example.by", "KH1234567", "BY")
    assert added.key == "siarheeu"


def test_renaming_follows_a_transliterated_latin_form_but_not_a_given_one(database, visit_id) -> None:
    ids = {d.key: d.id for d in plan(database, visit_id).delegates}
    with database.unit_of_work() as uow:
        olga = delegates.update_delegate(uow, ids["d2"], {"surname": "Сідарава", "given_names": "Вольга"})
        aliaksandr = delegates.update_delegate(uow, ids["d1"], {"surname": "Шчэрбiч"})
        uow.commit()
    assert (olga.surname_latin, olga.given_names_latin, olga.latin_source) == (
        "Sidarava", "Volha", "transliterated",
    )
    assert (aliaksandr.surname_latin, aliaksandr.latin_source) == ("Shcherbich", "source")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "nobody"}, "not an e-mail address"),
        ({"passport_number": "MP 7654321"}, "already the passport of Сидорова"),
        ({"category": "minister"}, "category: 'minister' is not one of"),
        ({"surname": "  "}, "needs a surname"),
        ({"arrival": dt.datetime(2019, 7, 3), "departure": dt.datetime(2019, 7, 2)}, "after arrival"),
        ({"shoe_size": 44}, "no field 'shoe_size'"),
    ],
)
def test_bad_values_are_refused(database, visit_id, changes, message) -> None:
    ids = {d.key: d.id for d in plan(database, visit_id).delegates}
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match=message):
        delegates.update_delegate(uow, ids["d1"], changes)


def test_delete_delegates(database, visit_id) -> None:
    ids = [d.id for d in plan(database, visit_id).delegates]
    with database.unit_of_work() as uow:
        assert delegates.delete_delegates(uow, visit_id, ids) == 2
        uow.commit()
    after = plan(database, visit_id)
    assert after.delegates == () and after.accommodation == ()
    assert all(run.delegate_keys == () for run in after.transport)
