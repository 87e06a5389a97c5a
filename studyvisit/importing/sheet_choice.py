"""Open a file's sheet: by name, or the one that looks most like a delegate list."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from studyvisit.importing.errors import refuse
from studyvisit.importing.file_sniffing import FileKind, sniff
from studyvisit.importing.header_detection import HEADER_SEARCH_ROWS, HeaderRow, find_header_row
from studyvisit.importing.readers.csv_reader import read_csv
from studyvisit.importing.readers.sheet_rows import SheetRows
from studyvisit.importing.readers.workbook_reader import Workbook

BUFFER_ROWS = 100  # read ahead: header search plus samples of the data under it
_WRONG_FILE = "Check that you chose the right file."


@dataclass(slots=True)
class LocatedSheet:
    """A sheet with its header found: the rows read ahead and the rest still to come."""

    kind: FileKind
    sheet: SheetRows
    buffer: list[Sequence[object]]
    header: HeaderRow | None
    sheet_names: list[str]


def _locate(kind: FileKind, sheet: SheetRows, sheet_names: list[str]) -> LocatedSheet:
    buffer = list(itertools.islice(sheet.rows, BUFFER_ROWS))
    header = find_header_row(buffer[:HEADER_SEARCH_ROWS])
    return LocatedSheet(kind, sheet, buffer, header, sheet_names)


def _pick_sheet(workbook: Workbook, wanted: str | None) -> LocatedSheet:
    names = list(workbook.sheet_names)
    if wanted is not None:
        folded = {name.casefold(): name for name in names}
        name = wanted if wanted in names else folded.get(wanted.casefold())
        if name is None:
            listed = ", ".join(f"'{n}'" for n in names)
            raise refuse(
                workbook.path, f"there is no sheet '{wanted}'", f"Its sheets are {listed}."
            )
        return _locate(workbook.kind, workbook.sheet(name), names)
    best: LocatedSheet | None = None
    best_score = -1.0
    for name in workbook.visible_sheets:
        located = _locate(workbook.kind, workbook.sheet(name), names)
        score = located.header.score if located.header else 0.0
        if not located.buffer:
            score = -0.5
        if best is None or score > best_score:
            best, best_score = located, score
    if best is None or not best.buffer:
        raise refuse(
            workbook.path, "the workbook is empty: no sheet has anything in it", _WRONG_FILE
        )
    return best


@contextmanager
def open_sheet(path: Path, sheet: str | None = None) -> Iterator[LocatedSheet]:
    """The sheet to read, its first rows read ahead; the workbook is closed afterwards."""
    kind = sniff(path)
    if kind == FileKind.CSV:
        located = _locate(kind, read_csv(path), [])
        if not located.buffer:
            raise refuse(path, "the file is empty: it has no rows", _WRONG_FILE)
        yield located
        return
    workbook = Workbook(path, kind)
    try:
        yield _pick_sheet(workbook, sheet)
    finally:
        workbook.close()
