"""What a sheet is, as plain data: columns, rows with a look, lines around the table.

Documents build :class:`Sheet` objects; :mod:`studyvisit.documents.sheet_writer`
writes them as xlsx or CSV.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class RichText:
    """Text in runs, each bold or not: a cell such as "**Project:** Cluster system"."""

    runs: tuple[tuple[str, bool], ...]

    @property
    def plain(self) -> str:
        return "".join(text for text, _bold in self.runs)


class RowStyle(StrEnum):
    """How a row looks: data, a table header, or a line around the table."""

    DATA = "data"
    TOTAL = "total"  # a data row in bold
    HEADER = "header"  # bold on a shaded band, like the column titles
    TITLE = "title"  # large bold text in the first cell
    LABEL = "label"  # "Label: value", the label bold, in the first cell
    SECTION = "section"  # bold text in the first cell: "Foreign participants"
    NOTE = "note"  # small wrapped text across the whole table width


@dataclass(frozen=True, slots=True)
class Row:
    """A row with a look; plain sequences in :attr:`Sheet.rows` are data rows."""

    values: Sequence[Any]
    style: RowStyle = RowStyle.DATA
    height: float | None = None  # points; None: the application decides


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float | None = None  # characters; None: fit the content
    max_width: float = 50
    wrap: bool = False  # wrapped text: set ``width``, rows grow to fit


@dataclass(frozen=True)
class Sheet:
    """One worksheet: lines above, the column titles, the rows, lines below."""

    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any] | Row]
    preamble: Sequence[Row] = ()
    footer: Sequence[Row] = ()
    autofilter: bool = True
    grid: bool = False  # borders around every cell of the table (a form to fill in)
    row_height: float | None = None  # points for every data row (room to sign)
    row_count: int | None = None  # expected rows, for progress
    landscape: bool = True

    @property
    def titles(self) -> list[str]:
        return [column.title for column in self.columns]


def label_row(label: str, value: Any) -> Row:
    """A "Label: value" line for above or below a table."""
    return Row((RichText(((f"{label}: ", True), (plain_text(value), False))),), RowStyle.LABEL)


def data_rows(sheet: Sheet) -> Iterator[Sequence[Any]]:
    """The sheet's data rows (what a CSV holds): no sections, notes or titles."""
    for row in sheet.rows:
        if isinstance(row, Row):
            if row.style in (RowStyle.DATA, RowStyle.TOTAL) and row.values:
                yield row.values
        else:
            yield row


def plain_text(value: Any) -> str:
    """A value as text: dates and date-times as CONTRACT.md writes them, "true"/"false"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    if isinstance(value, RichText):
        return value.plain
    return str(value)
