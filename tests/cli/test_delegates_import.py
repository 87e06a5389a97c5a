"""`delegates import` as a coordinator runs it: real files, re-imports, refusals."""

import hashlib
import json
from pathlib import Path

import pytest

from studyvisit.cli import main

IMPORT = Path(__file__).parent.parent / "data" / "import"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    location = str(tmp_path / "import.sqlite3")
    run(capsys, "--db", location, "visits", "create", "--name", "V", "--start", "2026-05-04",
        "--end", "2026-05-06")
    return location


def listed(capsys, db) -> list[dict]:
    return json.loads(run(capsys, "--db", db, "delegates", "list", "--visit", "1", "--json")[1])


def test_import_then_reimport_adds_nobody_twice(capsys, db) -> None:
    code, out, err = run(capsys, "--db", db, "delegates", "import", str(IMPORT / "ru_title_merged.xlsx"),
                         "--visit", "1", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 3 and report["updated"] == 0
    assert {"imported", "updated", "skipped", "problems"} <= set(report)
    first = listed(capsys, db)
    assert len(first) == 3
    assert all(d["latin_source"] == "transliterated" for d in first)
    code, out, _ = run(capsys, "--db", db, "delegates", "import", str(IMPORT / "ru_title_merged.xlsx"),
                       "--visit", "1", "--json")
    again = json.loads(out)
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 3)
    assert listed(capsys, db) == first


def test_dry_run_changes_nothing(capsys, db) -> None:
    before = digest(Path(db))
    code, out, _ = run(capsys, "--db", db, "delegates", "import", str(IMPORT / "pl_delegates.xlsx"),
                       "--visit", "1", "--dry-run", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["dry_run"] is True and report["imported"] > 0
    assert listed(capsys, db) == []
    assert digest(Path(db)) == before


def test_problems_name_row_and_column(capsys, db) -> None:
    code, out, _ = run(capsys, "--db", db, "delegates", "import", str(IMPORT / "by_full_name.ods"),
                       "--visit", "1", "--json")
    report = json.loads(out)
    assert code == 0
    for problem in report["problems"]:
        assert set(problem) == {"row", "column", "message"}
        assert problem["row"] is None or problem["row"] >= 1
    assert report["skipped"] >= 1  # a row without a surname is counted, never silently dropped


@pytest.mark.parametrize(
    "name",
    ["corrupt.xlsx", "truncated.xlsx", "image.xlsx", "password.xlsx", "empty_workbook.xlsx",
     "headers_only.xlsx", "random_bytes.csv", "no_name_column.xlsx", "zip_bomb.xlsx", "empty.csv"],
)
def test_bad_files_are_refused_and_the_database_is_untouched(capsys, db, name) -> None:
    before = digest(Path(db))
    code, out, err = run(capsys, "--db", db, "delegates", "import", str(IMPORT / name), "--visit", "1", "--json")
    assert (code, out) == (1, "")
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert digest(Path(db)) == before


def test_password_protected_workbook_says_so(capsys, db) -> None:
    _, _, err = run(capsys, "--db", db, "delegates", "import", str(IMPORT / "password.xlsx"), "--visit", "1")
    assert "password" in err.lower()


def test_unknown_visit_is_refused(capsys, db) -> None:
    code, _, err = run(capsys, "--db", db, "delegates", "import", str(IMPORT / "pl_delegates.xlsx"), "--visit", "7")
    assert code == 1 and "no visit with id 7" in err
