"""The visit file: a faithful round trip, and refusals that name the place."""

import copy
import json
from pathlib import Path

import pytest

from studyvisit.errors import ValidationError
from studyvisit.services import visit_file

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def small_document() -> dict:
    return json.loads((DATA / "small-visit.json").read_text(encoding="utf-8"))


def _import(database, document) -> int:
    with database.unit_of_work() as uow:
        visit_id = visit_file.import_document(uow, document)
        uow.commit()
    return visit_id


def _export(database, visit_id) -> dict:
    with database.unit_of_work() as uow:
        return visit_file.export_visit(uow, visit_id)


def test_round_trip_gives_the_same_document(database, small_document) -> None:
    first = _export(database, _import(database, small_document))
    second = _export(database, _import(database, first))
    assert first == second
    # Everything written in the source survives, down to Cyrillic and links.
    delegate = first["delegates"][0]
    assert delegate["surname"] == "Шчэрбіч"
    assert delegate["groups"] == ["a"]
    assert delegate["date_of_birth"] == "1975-07-02"
    assert delegate["arrival"] == "2019-07-02T08:00"
    assert first["transport"][1]["delegates"] == ["d2"]
    assert first["transport"][0]["staff"] == ["coord"]
    assert first["vehicles"][0]["driver"] == "driver"
    assert first["agenda"][0]["title"]["ru"] == "Приветствие"
    assert first["accommodation"][1] == {
        "delegate": "d2",
        "site": "hotel",
        "check_in": "2019-07-02",
        "check_out": "2019-07-03",
        "room": "102",
    }


def test_missing_latin_forms_are_transliterated_and_marked(database, small_document) -> None:
    document = _export(database, _import(database, small_document))
    olga = document["delegates"][1]
    assert (olga["surname_latin"], olga["given_names_latin"]) == ("Sidorova", "Olga")
    assert olga["latin_source"] == "transliterated"
    assert document["delegates"][0]["latin_source"] == "source"


def test_values_are_normalised(database, small_document) -> None:
    small_document["delegates"][0].update(
        {"email": " A.Shcherbich@Example.BY ", "passport_number": "mp 123 4567", "country": "by",
         "surname": "  Шчэрбіч  ", "given_names": "Аляксандр   Іван"}
    )
    delegate = _export(database, _import(database, small_document))["delegates"][0]
    assert delegate["email"] == "a.shcherbich@example.by"
    assert delegate["passport_number"] == "MP1234567"
    assert delegate["country"] == "BY"
    assert delegate["surname"] == "Шчэрбіч"
    assert delegate["given_names"] == "Аляксандр Іван"


BROKEN = [
    (lambda d: d.update(format="something.else"), "not a studyvisit visit file"),
    (lambda d: d.update(version=7), "version 7"),
    (lambda d: d["visit"].pop("name"), r"visit\.name: is required"),
    (lambda d: d["visit"].update(end_date="2019-07-01"), r"visit\.end_date"),
    (lambda d: d["visit"].update(start_date="02.07.2019"), r"visit\.start_date: '02\.07\.2019' is not a valid date"),
    (lambda d: d["visit"].update(timezone="Mars/Olympus"), "not a known time zone"),
    (lambda d: d["delegates"][1].update(groups=["zzz"]), r"delegates\[1\] \(d2\)\.groups: refers to group 'zzz'"),
    (lambda d: d["delegates"][1].update(key="d1"), r"delegates\[1\] \(d1\): the key 'd1' is used twice"),
    (lambda d: d["delegates"][1].update(passport_number="mp1234567"), "also the passport"),
    (lambda d: d["delegates"][0].update(email="not-an-email"), r"delegates\[0\] \(d1\)\.email"),
    (lambda d: d["delegates"][0].update(category="minister"), r"category: 'minister' is not one of"),
    (lambda d: d["delegates"][0].pop("surname"), r"delegates\[0\] \(d1\)\.surname: is required"),
    (lambda d: d["agenda"][0].update(end="2019-07-02T08:00"), r"agenda\[0\] \(welcome\)\.end: must be after start"),
    (lambda d: d["agenda"][0].update(kind="party"), r"agenda\[0\] \(welcome\)\.kind"),
    (lambda d: d["agenda"][0].update(site="castle"), "refers to site 'castle'"),
    (lambda d: d["vehicles"][0].update(seats=-2), r"vehicles\[0\] \(bus\)\.seats: must be at least 0"),
    (lambda d: d["vehicles"][0].update(seats="many"), "must be a whole number"),
    (lambda d: d["transport"][0].update(vehicle="plane"), "refers to vehicle 'plane'"),
    (lambda d: d["transport"][0].update(arrive="2019-07-02T08:00"), r"transport\[0\] \(run-1\)\.arrive"),
    (lambda d: d["travel_times"][0].update(minutes=-5), r"travel_times\[0\]\.minutes"),
    (lambda d: d["accommodation"][0].update(delegate="nobody"), "refers to delegate 'nobody'"),
    (lambda d: d["accommodation"][0].update(check_out="2019-07-01"), "check_out: must be after check_in"),
    (lambda d: d.update(delegates={"d1": {}}), "delegates must be a list"),
    (lambda d: d["sites"].append("hotel"), r"sites\[2\] is not an object"),
]


@pytest.mark.parametrize(("breakage", "message"), BROKEN)
def test_an_invalid_document_is_refused_with_its_place_and_nothing_is_written(
    database, small_document, breakage, message
) -> None:
    broken = copy.deepcopy(small_document)
    breakage(broken)
    with pytest.raises(ValidationError, match=message), database.unit_of_work() as uow:
        visit_file.import_document(uow, broken)
        uow.commit()
    from studyvisit.services import visits

    with database.unit_of_work() as uow:
        assert visits.list_visits(uow) == []


def test_unknown_fields_are_ignored(database, small_document) -> None:
    small_document["delegates"][0]["shoe_size"] = 44
    small_document["extra_list"] = [1, 2, 3]
    document = _export(database, _import(database, small_document))
    assert "shoe_size" not in document["delegates"][0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "is not valid JSON"),
        (b"[1, 2]", "top level is not a JSON object"),
        (b"\xff\xfe\x00garbage", "not a UTF-8 text file"),
    ],
)
def test_unreadable_files_are_refused(tmp_path, content, message) -> None:
    path = tmp_path / "visit.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        visit_file.read_document(path)
