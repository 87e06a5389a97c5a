"""Rows of an xlsx worksheet as SpreadsheetML text, written fast.

openpyxl's write-only mode builds and serialises one cell object per value:
about 0.5 ms a row for a 23-column delegate list, so 100,000 delegates took
about a minute. The sheet writer therefore lets openpyxl write the workbook
(styles, views, column widths, print set-up, defined names) and fills each
sheet's ``<sheetData>`` with the rows serialised here, about ten times faster.

Every text becomes an inline string cell (``t="inlineStr"``), so no text is
ever read as a formula, whatever it begins with; formula-like text also gets a
style with ``quotePrefix`` so that it stays text when edited in Excel. Dates and
times become serial numbers with a date or time number format, as Excel keeps
them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from studyvisit.documents.cell_safety import (
    FORMULA_TRIGGERS,
    XLSX_MAX_TEXT,
    clean_text,
    is_formula_like,
    xlsx_text,
)
from studyvisit.documents.sheet_model import RichText

FONT_NAME = "Calibri"  # openpyxl's default font, and Excel's
# A bold run of rich text, in the default font (without it LibreOffice picks a serif).
_BOLD_RUN = (
    f'<rPr><b/><sz val="11"/><rFont val="{FONT_NAME}"/><family val="2"/><scheme val="minor"/></rPr>'
)
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
# Excel's own escape for characters in strings: "_x0041_" is read as "A", so a
# literal "_x0041_" must be written "_x005F_x0041_".
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_EPOCH_ORDINAL = dt.date(1899, 12, 30).toordinal()
# "" too: an empty string is an empty cell. A leading space needs xml:space.
_NOT_PLAIN_START = frozenset({"", " ", *FORMULA_TRIGGERS})
_FIRST_PLAIN_SERIAL = dt.date(1900, 3, 1).toordinal() - _EPOCH_ORDINAL


@dataclass(frozen=True, slots=True)
class CellStyle:
    """The few looks our sheets use; each distinct one becomes one workbook style."""

    bold: bool = False
    size: float | None = None
    fill: str | None = None  # RGB, "D9E1F2"
    border: bool = False
    wrap: bool = False
    vertical: str | None = None  # "top", "center"
    number_format: str | None = None
    quote_prefix: bool = False


class StyleBook:
    """Style ids of a workbook, made on first use through openpyxl (so styles.xml is its)."""

    def __init__(self, worksheet: WriteOnlyWorksheet) -> None:
        self._worksheet = worksheet
        self._ids: dict[CellStyle, int] = {CellStyle(): 0}
        self._columns: dict[tuple[CellStyle, bool], ColumnStyles] = {}

    def column(self, base: CellStyle, keep_empty: bool = False) -> ColumnStyles:
        """The styles of a column whose cells look like ``base`` (made once per workbook)."""
        key = (base, keep_empty)
        if key not in self._columns:
            self._columns[key] = ColumnStyles.make(self, base, keep_empty)
        return self._columns[key]

    def id(self, style: CellStyle) -> int:
        if style not in self._ids:
            self._ids[style] = self._register(style)
        return self._ids[style]

    def _register(self, style: CellStyle) -> int:
        cell = WriteOnlyCell(self._worksheet)
        if style.bold or style.size:
            # Named like the workbook's default font, or LibreOffice falls back to a serif.
            cell.font = Font(
                name=FONT_NAME, family=2, scheme="minor", bold=style.bold, size=style.size or 11
            )
        if style.fill:
            cell.fill = PatternFill("solid", start_color=style.fill, end_color=style.fill)
        if style.border:
            thin = Side(style="thin", color="808080")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if style.wrap or style.vertical:
            cell.alignment = Alignment(wrap_text=style.wrap or None, vertical=style.vertical)
        if style.number_format:
            cell.number_format = style.number_format
        if style.quote_prefix:
            cell.quotePrefix = True
        return cell.style_id


@dataclass(frozen=True, slots=True)
class ColumnStyles:
    """Style ids of one column's cells, by the kind of value."""

    text: int
    quoted: int  # formula-like text
    number: int
    date: int
    datetime: int
    time: int
    empty: int | None  # written for empty cells too (a bordered form), else None

    @property
    def text_attribute(self) -> str:
        return f' s="{self.text}"' if self.text else ""

    @classmethod
    def make(cls, book: StyleBook, base: CellStyle, keep_empty: bool = False) -> ColumnStyles:
        def with_(**changes: Any) -> int:
            return book.id(CellStyle(**{**_fields(base), **changes}))

        return cls(
            text=book.id(base),
            quoted=with_(quote_prefix=True),
            number=book.id(base),
            date=with_(number_format=DATE_FORMAT),
            datetime=with_(number_format=DATETIME_FORMAT),
            time=with_(number_format=TIME_FORMAT),
            empty=book.id(base) if keep_empty else None,
        )


def _fields(style: CellStyle) -> dict[str, Any]:
    return {name: getattr(style, name) for name in CellStyle.__slots__}


@cache
def column_letters(count: int) -> tuple[str, ...]:
    """'A', 'B', ... for ``count`` columns (cached: every row asks)."""
    return tuple(get_column_letter(number) for number in range(1, count + 1))


def row_xml(
    number: int,
    values: Sequence[Any],
    styles: Sequence[ColumnStyles],
    height: float | None = None,
    widths: list[float] | None = None,
) -> str:
    """One ``<row>`` of cells; ``widths`` (characters per column) grows to fit them."""
    letters = column_letters(len(styles))
    attributes = f' ht="{height:g}" customHeight="1"' if height else ""
    parts = [f'<row r="{number}"{attributes}>']
    for column, (letter, value, style) in enumerate(zip(letters, values, styles, strict=False)):
        if type(value) is str and _is_plain(value):
            # The usual cell, inlined: a delegate list has millions of them.
            parts.append(
                f'<c r="{letter}{number}"{style.text_attribute} t="inlineStr">'
                f"<is><t>{value}</t></is></c>"
            )
            width: float = len(value)
        else:
            cell, width = cell_xml(f"{letter}{number}", value, style)
            if not cell:
                continue
            parts.append(cell)
        if widths is not None and width > widths[column]:
            widths[column] = width
    parts.append("</row>")
    return "".join(parts)


def _is_plain(text: str) -> bool:
    """Text to write as it is: no escaping, no cleaning, nothing formula-like."""
    return (
        text.isprintable()  # no control characters, no line breaks, no other spaces
        and text[:1] not in _NOT_PLAIN_START
        and text[-1:] != " "
        and len(text) <= XLSX_MAX_TEXT
        and "&" not in text
        and "<" not in text
        and ">" not in text
        and "_x" not in text
    )


def cell_xml(ref: str, value: Any, style: ColumnStyles) -> tuple[str, float]:
    """A cell's XML and the characters it needs; ``("", 0)`` for nothing to write."""
    if type(value) is str:  # most cells: checked first
        return _text_cell(ref, value, style)
    if value is None or value == "":
        return (_empty(ref, style.empty), 0)
    if isinstance(value, str):
        return _text_cell(ref, str(value), style)
    if isinstance(value, bool):
        return (f'<c r="{ref}"{_s(style.text)} t="b"><v>{int(value)}</v></c>', 5)
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return (_empty(ref, style.empty), 0)
        shown = repr(value)
        return (f'<c r="{ref}"{_s(style.number)}><v>{shown}</v></c>', len(shown))
    if isinstance(value, dt.datetime):
        return (_serial(ref, value.replace(tzinfo=None), style.datetime), 16)
    if isinstance(value, dt.date):
        return (_serial(ref, value, style.date), 10)
    if isinstance(value, dt.time):
        return (_serial(ref, value.replace(tzinfo=None), style.time), 5)
    if isinstance(value, RichText):
        return (_rich(ref, value, style.text), _text_width(value.plain))
    return _text_cell(ref, str(value), style)


def _text_cell(ref: str, value: str, style: ColumnStyles) -> tuple[str, float]:
    text = xlsx_text(value)
    if not text:
        return (_empty(ref, style.empty), 0)
    style_id = style.quoted if is_formula_like(clean_text(value)) else style.text
    attributes = f' s="{style_id}"' if style_id else ""
    return (
        f'<c r="{ref}"{attributes} t="inlineStr"><is>{_t(text)}</is></c>',
        _text_width(text),
    )


def _s(style_id: int | None) -> str:
    return f' s="{style_id}"' if style_id else ""


def _empty(ref: str, style_id: int | None) -> str:
    return f'<c r="{ref}"{_s(style_id)}/>' if style_id is not None else ""


def _serial(ref: str, value: dt.date | dt.time, style_id: int) -> str:
    return f'<c r="{ref}"{_s(style_id)}><v>{excel_serial(value)!r}</v></c>'


def excel_serial(value: dt.date | dt.time) -> float | int:
    """Days since Excel's epoch (1899-12-30 for dates after February 1900), time as a fraction."""
    if isinstance(value, dt.time):
        return to_excel(value)
    days = value.toordinal() - _EPOCH_ORDINAL
    if days < _FIRST_PLAIN_SERIAL:  # Excel's phantom 29 February 1900: openpyxl knows it
        return to_excel(value)
    if isinstance(value, dt.datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        if seconds or value.microsecond:
            return days + (seconds + value.microsecond / 1e6) / 86400
    return days


def _rich(ref: str, value: RichText, style_id: int) -> str:
    runs = "".join(
        f"<r>{_BOLD_RUN if bold else ''}{_t(xlsx_text(text))}</r>"
        for text, bold in value.runs
        if text
    )
    return f'<c r="{ref}"{_s(style_id)} t="inlineStr"><is>{runs}</is></c>'


def _t(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F_\1", text)
    if text[0].isspace() or text[-1].isspace():
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


def _text_width(text: str) -> float:
    if "\n" in text:
        return max(len(line) for line in text.split("\n"))
    return len(text)


def line_count(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped cell ``width`` characters wide (an estimate).

    Words fill lines greedily, as spreadsheets wrap. A column width counts the
    digit "0"; Latin and Cyrillic text average a little narrower (measured in
    LibreOffice: a 42-wide cell holds 48 mixed characters).
    """
    capacity = max(width * 1.1 - 1, 1)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used: float = 0
        for word in paragraph.split(" "):
            needed = len(word) if used == 0 else used + 1 + len(word)
            if needed <= capacity:
                used = needed
            else:  # a new line; a word longer than a line breaks across lines
                extra = max(1, math.ceil(len(word) / capacity))
                lines += extra if used else extra - 1
                used = len(word) - (extra - 1) * capacity
    return lines


def rows_height(lines: int, size: float = 11) -> float | None:
    """Points for ``lines`` lines of ``size``-point text; None for one line (the default)."""
    if lines <= 1:
        return None
    # Excel gives a line of 11-point Calibri about 14.5 points, LibreOffice 13.
    return round(lines * size * 14 / 11 + 3, 1)


def merged_ranges(refs: Iterable[tuple[int, int, int]]) -> list[str]:
    """'A12:F12' for each (row, first column, last column), 1-based."""
    return [
        f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}"
        for row, first, last in refs
    ]
