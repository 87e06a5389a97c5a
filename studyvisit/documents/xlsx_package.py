"""A workbook written in two parts: openpyxl's frame and our streamed rows.

openpyxl (write-only) writes everything but the cells: styles, sheet views
with the frozen header, column widths, merged cells, autofilter, print titles,
page set-up and the workbook's defined names. Each sheet's rows go meanwhile to
a temporary file (:mod:`studyvisit.documents.xlsx_cells`), and :meth:`save`
copies the frame into the output, pouring each sheet's rows into its empty
``<sheetData>``. Memory stays flat however many rows there are.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from studyvisit.documents.sheet_model import Column, RichText, Row, RowStyle, Sheet, plain_text
from studyvisit.documents.xlsx_cells import (
    CellStyle,
    StyleBook,
    column_letters,
    line_count,
    row_xml,
    rows_height,
)

HEADER_STYLE = CellStyle(bold=True, fill="D9E1F2", border=True, wrap=True, vertical="center")
TITLE_STYLE = CellStyle(bold=True, size=14, wrap=True, vertical="top")
LABEL_STYLE = CellStyle(wrap=True, vertical="top")
SECTION_STYLE = CellStyle(bold=True, size=12)
NOTE_STYLE = CellStyle(size=9, wrap=True, vertical="top")
# Rows whose one cell spans the table, with their text size.
SPANNING = {RowStyle.TITLE: 14, RowStyle.LABEL: 11, RowStyle.NOTE: 9}
MIN_WIDTH = 4
PADDING = 3  # characters beside the widest content: a right-aligned date beside text
# A header up to this long sets its column's width; a longer one wraps.
HEADER_WIDTH = 14
# Characters Excel forbids in sheet names, and its length limit.
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")


@dataclass
class _SheetParts:
    worksheet: WriteOnlyWorksheet
    head: str  # the preamble and the header row
    body: Path  # the data rows
    foot: str  # the footer


class XlsxPackage:
    """Sheets added one by one, then saved as one workbook; use as a context manager."""

    def __init__(self) -> None:
        self._workbook = Workbook(write_only=True)
        self._workbook.properties.creator = "studyvisit"
        self._folder = Path(tempfile.mkdtemp(prefix="studyvisit-xlsx-"))
        self._parts: list[_SheetParts] = []
        self._names: set[str] = set()
        self._styles: StyleBook | None = None

    def __enter__(self) -> XlsxPackage:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def add_sheet(self, sheet: Sheet, count: Callable[[int], int]) -> int:
        """Stream ``sheet`` to a temporary file; ``count(rows)`` reports progress.

        Returns what ``count`` last returned (rows done over all sheets).
        """
        worksheet = self._workbook.create_sheet(unique_sheet_name(sheet.name, self._names))
        if self._styles is None:
            self._styles = StyleBook(worksheet)
        layout = _Layout(sheet, self._styles)
        body = self._folder / f"rows{len(self._parts) + 1}.xml"
        number = layout.header_row
        done = count(0)
        with open(body, "w", encoding="utf-8") as stream:
            for rows, row in enumerate(sheet.rows, 1):
                number += 1
                stream.write(layout.body_row(number, row))
                done = count(rows)
        layout.last_row = number
        head = layout.head()
        foot = layout.foot()
        layout.configure(worksheet)
        self._parts.append(_SheetParts(worksheet, head, body, foot))
        return done

    def save(self, out: Path) -> None:
        """Write the workbook to ``out``."""
        if not self._parts:
            self._workbook.create_sheet("Sheet")
        frame = self._folder / "frame.xlsx"
        self._workbook.save(frame)
        parts = {part.worksheet.path.lstrip("/"): part for part in self._parts}
        with (
            zipfile.ZipFile(frame) as source,
            # The fastest deflate: four times faster than the default on a big
            # list, for files a tenth larger.
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
        ):
            for info in source.infolist():
                data = source.read(info)
                part = parts.get(info.filename)
                if part is None:
                    target.writestr(info, data)
                else:
                    _write_sheet(target, info.filename, data, part)


def _write_sheet(target: zipfile.ZipFile, name: str, frame: bytes, part: _SheetParts) -> None:
    found = _EMPTY_SHEET_DATA.search(frame)
    if found is None:  # openpyxl changed how it writes an empty sheet
        raise RuntimeError(f"No empty <sheetData> in openpyxl's {name}.")
    large = part.body.stat().st_size > 1 << 30
    with target.open(name, "w", force_zip64=large) as stream:
        stream.write(frame[: found.start()])
        stream.write(b"<sheetData>")
        stream.write(part.head.encode("utf-8"))
        with open(part.body, "rb") as body:
            shutil.copyfileobj(body, stream, 1 << 20)
        stream.write(part.foot.encode("utf-8"))
        stream.write(b"</sheetData>")
        stream.write(frame[found.end() :])


def unique_sheet_name(name: str, taken: set[str]) -> str:
    """A valid Excel sheet name (31 characters, no []:*?/\\) not yet in ``taken``."""
    base = _SHEET_NAME_FORBIDDEN.sub(" ", name).strip().strip("'").strip() or "Sheet"
    base = base[:SHEET_NAME_LIMIT]
    candidate, number = base, 1
    while candidate.casefold() in taken or candidate.casefold() == "history":
        number += 1
        suffix = f" ({number})"
        candidate = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


class _Layout:
    """Where a sheet's parts go and how they look; widths grow as rows stream by."""

    def __init__(self, sheet: Sheet, styles: StyleBook) -> None:
        self.sheet = sheet
        self.styles = styles
        self.columns: Sequence[Column] = sheet.columns or (Column(""),)
        self.header_row = len(sheet.preamble) + 1
        self.last_row = self.header_row
        self.merges: list[str] = []
        self.content_widths: list[float] = [0.0] * len(self.columns)
        # Forms with tall rows centre their cells; lists align them on the first line.
        vertical = "center" if sheet.row_height else "top"
        # Wrapped columns (position, width): their rows grow to fit.
        self.wrapped = [
            (position, column.width or column.max_width)
            for position, column in enumerate(self.columns)
            if column.wrap
        ]
        bases = [
            CellStyle(border=sheet.grid, wrap=column.wrap, vertical=vertical)
            for column in self.columns
        ]
        self.data_styles = [styles.column(base, keep_empty=sheet.grid) for base in bases]
        self.total_styles = [
            styles.column(replace(base, bold=True), keep_empty=sheet.grid) for base in bases
        ]
        self.header_styles = [styles.column(HEADER_STYLE, keep_empty=True)] * len(self.columns)
        self.single = {
            RowStyle.TITLE: [styles.column(TITLE_STYLE)],
            RowStyle.LABEL: [styles.column(LABEL_STYLE)],
            RowStyle.SECTION: [styles.column(SECTION_STYLE)],
            RowStyle.NOTE: [styles.column(NOTE_STYLE)],
        }

    # -- rows

    def body_row(self, number: int, row: Sequence[Any] | Row, measure: bool = True) -> str:
        """A row of the table; data rows widen their columns when ``measure``."""
        if not isinstance(row, Row):
            return self._data_row(number, row, None, measure)
        if not row.values:  # a spacer: no cells, no borders, the default height
            return ""
        if row.style is RowStyle.DATA:
            return self._data_row(number, row.values, row.height, measure)
        if row.style is RowStyle.TOTAL:
            return self._data_row(number, row.values, row.height, measure, bold=True)
        if row.style is RowStyle.HEADER and measure:
            self._measure_titles(row.values)
        return self._styled_row(number, row)

    def _measure_titles(self, titles: Sequence[Any]) -> None:
        for position, title in enumerate(titles[: len(self.columns)]):
            width = _title_width(str(title or ""))
            if width > self.content_widths[position]:
                self.content_widths[position] = width

    def _data_row(
        self,
        number: int,
        values: Sequence[Any],
        height: float | None,
        measure: bool,
        bold: bool = False,
    ) -> str:
        height = height or self.sheet.row_height
        if self.wrapped:
            # LibreOffice does not fit rows to wrapped text when it opens a file
            # (measured: rows overlap in its PDF), so the writer sets the height.
            wrapped = self._wrapped_height(values)
            if wrapped and (height is None or wrapped > height):
                height = wrapped
        widths = self.content_widths if measure else None
        if self.sheet.grid and len(values) < len(self.columns):
            values = [*values, *([None] * (len(self.columns) - len(values)))]  # bordered too
        styles = self.total_styles if bold else self.data_styles
        return row_xml(number, values, styles, height, widths)

    def _wrapped_height(self, values: Sequence[Any]) -> float | None:
        lines = 1
        for position, width in self.wrapped:
            value = values[position] if position < len(values) else None
            if isinstance(value, str) and value:
                lines = max(lines, line_count(value, width))
        return rows_height(lines)

    def _styled_row(self, number: int, row: Row) -> str:
        if row.style is RowStyle.HEADER:
            return row_xml(number, row.values, self.header_styles, row.height)
        values = row.values[:1]
        height = row.height
        if row.style in SPANNING:
            # Across the table, wrapped: a long line would otherwise run past the
            # table and shrink the whole printed page to fit it.
            self.merges.append(f"A{number}:{column_letters(len(self.columns))[-1]}{number}")
            height = height or self._spanning_height(values, SPANNING[row.style])
        return row_xml(number, values, self.single[row.style], height)

    def _spanning_height(self, values: Sequence[Any], size: float) -> float | None:
        text = values[0] if values else ""
        if isinstance(text, RichText):
            text = text.plain
        # Smaller text fits more characters in the width, larger text fewer.
        characters = sum(self.widths()) * 11 / size
        lines = line_count(plain_text(text), characters)
        return rows_height(lines, size) if lines > 1 or size > 11 else None

    def head(self) -> str:
        """The preamble and the column titles (written once widths are known)."""
        rows = [
            self.body_row(number, row, measure=False)
            for number, row in enumerate(self.sheet.preamble, 1)
        ]
        titles = [column.title for column in self.columns]
        lines = max(
            line_count(title, width) for title, width in zip(titles, self.widths(), strict=True)
        )
        rows.append(row_xml(self.header_row, titles, self.header_styles, rows_height(lines)))
        return "".join(rows)

    def foot(self) -> str:
        """The footer rows, after a blank line."""
        first = self.last_row + 2
        return "".join(
            self.body_row(number, row, measure=False)
            for number, row in enumerate(self.sheet.footer, first)
        )

    # -- the frame

    def widths(self) -> list[float]:
        """Column widths in characters: set, or fitted to content and title (so far)."""
        return [
            column.width or _fitted(column, content)
            for column, content in zip(self.columns, self.content_widths, strict=True)
        ]

    def configure(self, worksheet: WriteOnlyWorksheet) -> None:
        """Widths, frozen header, filter, print set-up and merges, for openpyxl to write."""
        letters = column_letters(len(self.columns))
        for letter, width in zip(letters, self.widths(), strict=True):
            worksheet.column_dimensions[letter].width = round(width, 1)
        header = self.header_row
        worksheet.freeze_panes = f"A{header + 1}"
        worksheet.print_title_rows = f"{header}:{header}"
        if self.sheet.autofilter:
            worksheet.auto_filter.ref = f"A{header}:{letters[-1]}{self.last_row}"
        for merge in self.merges:
            worksheet.merged_cells.add(CellRange(merge))
        _page_setup(worksheet, self.sheet.landscape)


def _fitted(column: Column, content: float) -> float:
    return max(MIN_WIDTH, min(max(content, _title_width(column.title)) + PADDING, column.max_width))


def _title_width(title: str) -> float:
    """Characters a column title asks for: all of a short one; a long one may wrap."""
    if len(title) > HEADER_WIDTH:
        return max([HEADER_WIDTH, *(len(word) for word in title.split())])
    return len(title)


def _page_setup(worksheet: WriteOnlyWorksheet, landscape: bool) -> None:
    setup = worksheet.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as it takes
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    margins = worksheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    worksheet.oddFooter.center.text = "&P / &N"
    worksheet.oddHeader.center.text = "&A"
