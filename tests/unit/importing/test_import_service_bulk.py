"""The delegate import service on lists longer than one insert batch: every row written once,
keys and passports unique across batches, re-imports update, a dry run writes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from studyvisit.db import Database
from studyvisit.domain import Delegate
from studyvisit.services import delegate_import, delegates, visits
from studyvisit.services.delegate_import import OnDuplicate, import_file

HEADER = "Surname;Name;E-mail;Passport No.;Date of birth;Country;Organisation;Arrival"


def write_list(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def person(n: int, surname: str = "Kowalski", passport: str | None = None) -> str:
    passport = passport if passport is not None else f"ZS{n:07d}"
    return (
        f"{surname};Jan{n};jan{n}@example.pl;{passport};0{1 + n % 9}.07.1975;PL;"
        f"Ministry of Economy;2026-05-04 10:{n % 60:02d}"
    )


@pytest.fixture
def visit(database: Database) -> int:
    with database.unit_of_work() as uow:
        visit_id = visits.create_visit(uow, "V", dt.date(2026, 5, 4), dt.date(2026, 5, 6)).id
        uow.commit()
    return visit_id


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delegate_import, "INSERT_BATCH", 3)


def run_import(database: Database, visit: int, path: Path, **options) -> dict:
    with database.unit_of_work() as uow:
        report = import_file(uow, visit, path, **options)
        uow.commit()
    return report.to_json()


def listed(database: Database, visit: int) -> list[dict]:
    with database.unit_of_work() as uow:
        return [delegates.to_contract_json(d) for d in delegates.list_delegates(uow, visit)]


def test_rows_across_batches_are_all_written_once(database, visit, small_batches, tmp_path):
    # Ten people with one surname: keys must stay unique across the insert batches.
    path = write_list(tmp_path / "list.csv", [person(n) for n in range(10)])
    report = run_import(database, visit, path)
    assert (report["imported"], report["skipped"], report["problems"]) == (10, 0, [])
    found = listed(database, visit)
    assert [d["given_names"] for d in found] == [f"Jan{n}" for n in range(10)]
    assert len({d["key"] for d in found}) == 10
    assert found[0]["key"] == "kowalski" and found[9]["key"] == "kowalski-10"
    assert found[3]["arrival"] == "2026-05-04T10:03"
    assert found[3]["date_of_birth"] == "1975-07-04"
    assert found[0]["category"] == "national_admin"
    assert found[0]["latin_source"] == "source"


def test_a_person_repeated_batches_later_is_skipped(database, visit, small_batches, tmp_path):
    lines = [person(n) for n in range(5)]
    # Row 2's passport again, with another name and e-mail, two batches later.
    lines.append("Nowak;Anna;anna@example.pl;ZS0000000;02.02.1980;PL;;")
    report = run_import(database, visit, write_list(tmp_path / "list.csv", lines))
    assert report["imported"] == 5 and report["skipped"] == 1
    assert [(p["row"], p["column"]) for p in report["problems"]] == [(7, None)]
    assert "same person as row 2" in report["problems"][0]["message"]
    assert len(listed(database, visit)) == 5


def test_the_passport_number_decides_who_is_updated(database, visit, small_batches, tmp_path):
    first = [person(n) for n in range(4)] + [person(9, "Nowak", passport="")]
    run_import(database, visit, write_list(tmp_path / "first.csv", first))
    # Nowak's e-mail, but Kowalski Jan1's passport: the passport says who this is.
    second = [person(9, "Nowak", passport="ZS0000001")]
    report = run_import(database, visit, write_list(tmp_path / "second.csv", second))
    assert (report["imported"], report["updated"]) == (0, 1)
    assert report["changes"][0]["delegate"] == "kowalski-2"
    found = listed(database, visit)
    assert found[1]["surname"] == "Nowak" and found[4]["passport_number"] is None


def test_reimport_of_a_long_list_updates_and_adds_nobody(database, visit, small_batches, tmp_path):
    first = write_list(tmp_path / "first.csv", [person(n) for n in range(8)])
    run_import(database, visit, first)
    corrected = [person(n) for n in range(8)]
    corrected[4] = corrected[4].replace("Ministry of Economy", "Brest Oblast Executive Committee")
    report = run_import(database, visit, write_list(tmp_path / "second.csv", corrected))
    assert (report["imported"], report["updated"], report["unchanged"]) == (0, 1, 7)
    assert report["changes"] == [
        {"row": 6, "delegate": "kowalski-5", "fields": ["category", "organisation"]}
    ]
    found = listed(database, visit)
    assert len(found) == 8
    assert found[4]["organisation"] == "Brest Oblast Executive Committee"
    assert found[4]["category"] == "regional_admin"


def test_skip_keeps_the_delegates_as_they_are(database, visit, small_batches, tmp_path):
    run_import(database, visit, write_list(tmp_path / "a.csv", [person(n) for n in range(4)]))
    before = listed(database, visit)
    changed = [person(n).replace("PL;", "BY;") for n in range(4)]
    report = run_import(
        database, visit, write_list(tmp_path / "b.csv", changed), on_duplicate=OnDuplicate.SKIP
    )
    assert (report["imported"], report["updated"], report["skipped"]) == (0, 0, 4)
    assert listed(database, visit) == before


def test_cyrillic_names_are_transliterated_once_per_spelling(database, visit, tmp_path):
    lines = [
        f"Шчэрбіч{'ая'[n % 2]};Аляксандр;a{n}@x.by;MP{n:07d};02.07.1975;BY;;" for n in range(6)
    ]
    lines.append("Сергеев;Сергей;s@x.ru;RU1;02.07.1975;RU;;")
    run_import(database, visit, write_list(tmp_path / "by.csv", lines))
    found = listed(database, visit)
    assert {d["given_names_latin"] for d in found[:6]} == {"Aliaksandr"}
    assert found[0]["surname_latin"] == "Shcherbicha"
    assert found[1]["surname_latin"] == "Shcherbichia"
    assert (found[6]["surname_latin"], found[6]["given_names_latin"]) == ("Sergeev", "Sergei")
    assert all(d["latin_source"] == "transliterated" for d in found)


def test_a_cancelled_import_writes_nothing(database, visit, small_batches, tmp_path):
    from studyvisit.progress import Cancelled

    path = write_list(tmp_path / "list.csv", [person(n) for n in range(2500)])
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after the reading, during the writing

    with pytest.raises(Cancelled), database.unit_of_work() as uow:
        import_file(uow, visit, path, cancel=cancel)
        uow.commit()
    with database.unit_of_work() as uow:
        count = uow.session.scalar(select(func.count()).select_from(Delegate))
    assert count == 0


def test_report_is_json_ready(database, visit, tmp_path):
    report = run_import(database, visit, write_list(tmp_path / "l.csv", [person(1)]))
    assert json.loads(json.dumps(report))["imported"] == 1
