"""The commands of CONTRACT.md, run as a user runs them."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studyvisit.cli import main

DATA = Path(__file__).parent.parent / "data"
SMALL_VISIT = DATA / "small-visit.json"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def test_visits_create_and_list(capsys, db) -> None:
    code, out, err = run(
        capsys, "--db", db, "visits", "create", "--name", "Wizyta", "--start", "2026-05-04",
        "--end", "2026-05-06", "--json",
    )
    assert (code, err) == (0, "")
    created = json.loads(out)
    code, out, _ = run(capsys, "--db", db, "visits", "list", "--json")
    listed = json.loads(out)
    assert listed == [
        {"id": created["id"], "name": "Wizyta", "start_date": "2026-05-04",
         "end_date": "2026-05-06", "project": None, "host": None, "delegates": 0}
    ]


def test_visits_list_without_json_is_readable(capsys, db) -> None:
    run(capsys, "--db", db, "visits", "import", str(SMALL_VISIT))
    code, out, _ = run(capsys, "--db", db, "visits", "list")
    assert code == 0
    assert "Small test visit" in out and "2 delegates" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--start", "2026-05-06", "--end", "2026-05-04"], "ends (2026-05-04) before it starts"),
        (["--start", "4.5.2026", "--end", "2026-05-06"], "--start '4.5.2026' is not a date"),
    ],
)
def test_visits_create_refuses_bad_dates(capsys, db, argv, message) -> None:
    code, out, err = run(capsys, "--db", db, "visits", "create", "--name", "X", *argv)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_export_import_export_is_stable(capsys, db, tmp_path) -> None:
    code, out, _ = run(capsys, "--db", db, "visits", "import", str(SMALL_VISIT), "--json")
    first_id = json.loads(out)["id"]
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run(capsys, "--db", db, "visits", "export", str(first_id), "-o", str(first))[0] == 0
    code, out, _ = run(capsys, "--db", db, "visits", "import", str(first), "--json")
    second_id = json.loads(out)["id"]
    assert second_id != first_id
    assert run(capsys, "--db", db, "visits", "export", str(second_id), "-o", str(second))[0] == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert "Шчэрбіч" in first.read_text(encoding="utf-8")  # not \u-escaped


def test_delegates_list_json_follows_the_contract(capsys, db) -> None:
    _, out, _ = run(capsys, "--db", db, "visits", "import", str(SMALL_VISIT), "--json")
    visit_id = json.loads(out)["id"]
    code, out, err = run(capsys, "--db", db, "delegates", "list", "--visit", str(visit_id), "--json")
    assert code == 0
    delegates = json.loads(out)
    assert len(delegates) == 2
    first = delegates[0]
    assert isinstance(first["id"], int)
    assert first["surname"] == "Шчэрбіч" and first["given_names"] == "Аляксандр"
    assert first["patronymic"] == "Іванавіч"
    assert (first["surname_latin"], first["given_names_latin"]) == ("Shcherbich", "Aliaksandr")
    assert first["latin_source"] == "source"
    assert first["date_of_birth"] == "1975-07-02"
    assert first["arrival"] == "2019-07-02T08:00"
    assert first["gender"] == "male" and first["country"] == "BY"
    for key in ("organisation", "position", "category", "email", "phone", "passport_number",
                "passport_expiry", "dietary", "departure"):
        assert key in first
    assert delegates[1]["latin_source"] == "transliterated"


def test_unknown_visit_is_refused(capsys, db) -> None:
    code, out, err = run(capsys, "--db", db, "delegates", "list", "--visit", "42", "--json")
    assert (code, out) == (1, "")
    assert "no visit with id 42" in err


def test_invalid_visit_file_is_refused_and_nothing_changes(capsys, db, tmp_path) -> None:
    run(capsys, "--db", db, "visits", "import", str(SMALL_VISIT))
    before = digest(Path(db))
    document = json.loads(SMALL_VISIT.read_text(encoding="utf-8"))
    document["transport"][1]["vehicle"] = "tram"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "visits", "import", str(broken), "--json")
    assert (code, out) == (1, "")
    assert err.startswith(f"error: {broken}: transport[1] (run-2).vehicle")
    assert "Traceback" not in err
    _, out, _ = run(capsys, "--db", db, "visits", "list", "--json")
    assert len(json.loads(out)) == 1
    assert digest(Path(db)) == before


def test_malformed_json_is_refused(capsys, db, tmp_path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "studyvisit.visit", ', encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "visits", "import", str(broken))
    assert code == 1 and "is not valid JSON" in err


def test_a_non_database_file_is_refused_untouched(capsys, tmp_path) -> None:
    spreadsheet = tmp_path / "delegates.csv"
    spreadsheet.write_text("surname;name\nA;B\n", encoding="utf-8")
    before = digest(spreadsheet)
    code, out, err = run(capsys, "--db", str(spreadsheet), "visits", "list", "--json")
    assert (code, out) == (1, "")
    assert "not a studyvisit database" in err
    assert digest(spreadsheet) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delegates.csv"]


def test_export_to_a_missing_folder_is_refused(capsys, db, tmp_path) -> None:
    _, out, _ = run(capsys, "--db", db, "visits", "import", str(SMALL_VISIT), "--json")
    target = tmp_path / "nowhere" / "visit.json"
    code, _, err = run(capsys, "--db", db, "visits", "export", str(json.loads(out)["id"]), "-o", str(target))
    assert code == 1 and "does not exist" in err


def test_wrong_usage_exits_2(capsys, db) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "visits", "frobnicate"])
    assert exit_info.value.code == 2


def test_the_installed_command_runs_in_a_subprocess(tmp_path) -> None:
    """`python -m studyvisit` as a separate process: JSON only on stdout, status codes."""
    env = {**os.environ, "STUDYVISIT_DB": str(tmp_path / "env.sqlite3")}
    created = subprocess.run(
        [sys.executable, "-m", "studyvisit", "visits", "import", str(SMALL_VISIT), "--json"],
        capture_output=True, text=True, encoding="utf-8", env=env, check=False,
    )
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["id"] == 1
    assert (tmp_path / "env.sqlite3").exists()
    refused = subprocess.run(
        [sys.executable, "-m", "studyvisit", "delegates", "list", "--visit", "9", "--json"],
        capture_output=True, text=True, encoding="utf-8", env=env, check=False,
    )
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("error: ") and "Traceback" not in refused.stderr


def test_check_reports_planted_problems_and_strict_exits_3(capsys, db, tmp_path) -> None:
    document = json.loads(SMALL_VISIT.read_text(encoding="utf-8"))
    document["vehicles"][0]["seats"] = 1  # run-1 carries both delegates and a coordinator
    planted = tmp_path / "planted.json"
    planted.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _, out, _ = run(capsys, "--db", db, "visits", "import", str(planted), "--json")
    visit_id = str(json.loads(out)["id"])

    code, out, _ = run(capsys, "--db", db, "check", "--visit", visit_id, "--json", "--lang", "en")
    assert code == 0
    problems = json.loads(out)
    assert [(p["code"], p["severity"], p["refs"]) for p in problems] == [
        ("vehicle_over_capacity", "error", ["transport:run-1", "vehicle:bus"]),
        ("vehicle_over_capacity", "error", ["transport:run-2", "vehicle:bus"]),
    ]
    assert all(p["message"].endswith(".") for p in problems)

    code, out, _ = run(capsys, "--db", db, "check", "--visit", visit_id, "--strict", "--lang", "pl")
    assert code == 3
    assert "vehicle_over_capacity" in out


def test_check_of_a_clean_plan_is_empty(capsys, db) -> None:
    _, out, _ = run(capsys, "--db", db, "visits", "import", str(SMALL_VISIT), "--json")
    code, out, _ = run(capsys, "--db", db, "check", "--visit", str(json.loads(out)["id"]), "--json", "--strict")
    assert (code, json.loads(out)) == (0, [])


def test_a_visit_file_opened_from_the_file_manager_becomes_a_visit(monkeypatch, db) -> None:
    """`studyvisit FILE.json` (a file association) imports the file and opens the window on it."""
    import studyvisit.ui.app as app

    opened = {}
    monkeypatch.setattr(app, "run_gui", lambda location, visit_id=None: opened.update(
        location=location, visit_id=visit_id) or 0)
    assert main(["--db", db, str(SMALL_VISIT)]) == 0
    assert opened == {"location": db, "visit_id": 1}


def test_an_invalid_visit_file_opened_from_the_file_manager_is_refused(capsys, db, tmp_path) -> None:
    broken = tmp_path / "broken.studyvisit.json"
    broken.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, str(broken))
    assert code == 1 and "is not valid JSON" in err
