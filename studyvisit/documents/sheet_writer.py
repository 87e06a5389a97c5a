"""One writer for every list and workbook: rows in, xlsx or CSV out (STYLE.md items 10-11).

A document describes its sheets as plain data (:class:`Sheet`: columns, rows,
optional lines above and below the table); :func:`write_xlsx` and
:func:`write_csv` do the rest, and :class:`SheetExporter` is the registered
exporter base whose subclasses only build sheets.

What every workbook gets: a bold, shaded, frozen header row repeated on each
printed page, column widths that fit the content, an autofilter, landscape A4
fitted to the page width, real date and time cells. What every cell gets:
:mod:`studyvisit.documents.cell_safety` (no XML-illegal characters, formula-like
text kept as text). CSV is UTF-8 with a BOM (so Excel shows Cyrillic), with a
``,`` or ``;`` delimiter.
"""

from __future__ import annotations

import csv
from abc import abstractmethod
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from studyvisit.documents.cell_safety import csv_text
from studyvisit.documents.registry import Exporter, ExportOptions
from studyvisit.documents.sheet_model import (
    Column,
    RichText,
    Row,
    RowStyle,
    Sheet,
    data_rows,
    label_row,
    plain_text,
)
from studyvisit.documents.xlsx_package import XlsxPackage
from studyvisit.errors import ValidationError
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.records import VisitPlan

CSV_DELIMITERS = (",", ";")
# Rows between progress reports and cancel checks.
PROGRESS_EVERY = 500

__all__ = [
    "Column",
    "RichText",
    "Row",
    "RowStyle",
    "Sheet",
    "SheetExporter",
    "data_rows",
    "label_row",
    "write_csv",
    "write_xlsx",
]


def write_xlsx(
    sheets: Iterable[Sheet],
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write ``sheets`` as one workbook (streamed: memory stays flat in the rows)."""
    sheets = list(sheets)
    with XlsxPackage() as package:
        done = 0
        total = sum(sheet.row_count or 0 for sheet in sheets)
        for sheet in sheets:
            done = package.add_sheet(sheet, _counted(done, total, sheet.name, progress, cancel))
        package.save(Path(out))
    progress(done, max(total, done), "")


def write_csv(
    sheet: Sheet,
    out: Path,
    delimiter: str = ",",
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write the sheet's column titles and data rows as CSV (UTF-8 with BOM)."""
    if delimiter not in CSV_DELIMITERS:
        raise ValidationError(
            f"The CSV delimiter must be a comma or a semicolon, not {delimiter!r}."
        )
    total = sheet.row_count or 0
    count = _counted(0, total, sheet.name, progress, cancel)
    with open(out, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([csv_text(title) for title in sheet.titles])
        done = 0
        for done, values in enumerate(data_rows(sheet), 1):
            writer.writerow([csv_value(value) for value in values])
            count(done)
    progress(done, max(total, done), "")


def csv_value(value: Any) -> str:
    """A value as CSV text: ISO dates, 24-hour times, neutralised formula-like text."""
    if type(value) is str:  # most cells: checked first
        return csv_text(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # a number, even a negative one, is not a formula
    return csv_text(plain_text(value))


class _Counter:
    """Reports progress and checks for cancel every few hundred rows."""

    def __init__(self, start: int, total: int, label: str, progress: Progress, cancel: Cancel):
        self.start, self.total, self.label = start, total, label
        self.progress, self.cancel = progress, cancel

    def __call__(self, rows: int) -> int:
        if rows % PROGRESS_EVERY == 0:
            check_cancel(self.cancel)
            done = self.start + rows
            self.progress(done, max(self.total, done), self.label)
        return self.start + rows


def _counted(start: int, total: int, label: str, progress: Progress, cancel: Cancel) -> _Counter:
    check_cancel(cancel)
    return _Counter(start, total, label, progress, cancel)


class SheetExporter(Exporter):
    """An exporter whose document is sheets of rows: xlsx holds them all, CSV the first."""

    file_types: ClassVar[tuple[str, ...]] = ("xlsx", "csv")

    @abstractmethod
    def sheets(self, plan: VisitPlan, options: ExportOptions) -> list[Sheet]:
        """The document's sheets; rows may be generators (they are read once)."""

    def render(
        self,
        plan: VisitPlan,
        options: ExportOptions,
        out: Path,
        file_type: str,
        progress: Progress = no_progress,
        cancel: Cancel = never_cancel,
    ) -> None:
        sheets = self.sheets(plan, options)
        if file_type == "csv":
            write_csv(sheets[0], out, options.delimiter, progress, cancel)
        else:
            write_xlsx(sheets, out, progress, cancel)
