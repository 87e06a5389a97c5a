"""Reading spreadsheets back in tests: openpyxl, the csv module and LibreOffice.

LibreOffice (``soffice``) is optional: tests that need it use the
``libreoffice`` fixture of this module, skipped with a reason where it is not
installed (``apt-get install libreoffice-calc-nogui``).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from studyvisit.records import VisitPlan

# Texts a hostile or careless source file might hold, and what must come back.
FORMULA_LIKE = [
    "=1+2",
    "=HYPERLINK(\"http://example.com\",\"click\")",
    "+48 600 000 001",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTabbed",
    "＝1+2",
]
# Texts openpyxl itself would write as error cells.
ERROR_LIKE = ["#N/A", "#DIV/0!", "#REF!"]
# CSV export options for LibreOffice: comma, double quote, UTF-8, first line,
# (no column formats), system language, unquoted as text, detect numbers,
# save as shown, no formulas, keep spaces, every sheet (-1).
LIBREOFFICE_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def sheet_values(path: Path, title: str | None = None) -> list[tuple]:
    """Every row's values of one sheet (the first when ``title`` is None)."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[title] if title else workbook.worksheets[0]
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def all_text(path: Path) -> str:
    """All cell values of all sheets as one text (for 'is this name in it')."""
    workbook = openpyxl.load_workbook(path)
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    """The rows of a CSV file written with a BOM."""
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=delimiter))


def with_formula_like_names(plan: VisitPlan) -> VisitPlan:
    """The plan with delegates whose names and organisations look like formulas."""
    delegates = list(plan.delegates)
    for position, text in enumerate(FORMULA_LIKE):
        delegates[position] = replace(
            delegates[position],
            surname_latin=text,
            organisation=text,
            dietary="vegetarian" if position % 2 else None,
        )
    return replace(plan, delegates=tuple(delegates))


class LibreOffice:
    """Headless conversions with a private profile (so runs do not collide)."""

    def __init__(self, executable: str, profile: Path) -> None:
        self.executable = executable
        self.profile = profile

    def convert(self, source: Path, target: str, folder: Path) -> subprocess.CompletedProcess:
        """Convert ``source`` (``target``: "pdf", or a filter such as :data:`LIBREOFFICE_CSV`)."""
        folder.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [
                self.executable,
                f"-env:UserInstallation={self.profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(folder),
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, result.stderr
        assert complaints(result.stderr) == [], result.stderr
        return result

    def sheets_as_csv(self, source: Path, folder: Path) -> dict[str, list[list[str]]]:
        """Every sheet of a workbook as LibreOffice shows it, by sheet name."""
        self.convert(source, LIBREOFFICE_CSV, folder)
        found = {}
        for path in sorted(folder.glob(f"{source.stem}*.csv")):
            name = path.stem[len(source.stem) + 1 :] or path.stem
            found[name] = read_csv(path)
        assert found, f"LibreOffice wrote no CSV for {source.name}"
        return found


def complaints(stderr: str) -> list[str]:
    """Lines of LibreOffice's standard error that are more than its Java notice."""
    return [line for line in stderr.splitlines() if line.strip() and "javaldx" not in line]


@pytest.fixture(scope="session", name="libreoffice")
def libreoffice_fixture(tmp_path_factory: pytest.TempPathFactory) -> LibreOffice:
    """LibreOffice for conversions (import this fixture into a test module to use it)."""
    executable = shutil.which("soffice") or shutil.which("libreoffice")
    if executable is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    return LibreOffice(executable, tmp_path_factory.mktemp("libreoffice-profile"))
