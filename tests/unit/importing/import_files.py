"""Where the importing tests find their files (tests/data/import, made by make_files.py)."""

from __future__ import annotations

from pathlib import Path

from studyvisit.importing import DelegateFileResult, read_delegate_file

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def read(name: str, **options: object) -> DelegateFileResult:
    return read_delegate_file(DATA / name, **options)  # type: ignore[arg-type]


def fields_by_row(result: DelegateFileResult) -> dict[int, dict[str, object]]:
    return {row.row: row.fields for row in result.rows}


def messages_by_row(result: DelegateFileResult) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for row in result.rows:
        for problem in row.problems:
            found.setdefault(row.row, []).append(problem.message)
    return found
