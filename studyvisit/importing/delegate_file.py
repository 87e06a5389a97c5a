"""Read a delegate list from a spreadsheet or CSV file: the entry point of this package."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from studyvisit.importing.column_mapping import has_name_column, map_columns
from studyvisit.importing.errors import refuse
from studyvisit.importing.gc_pause import garbage_collection_paused
from studyvisit.importing.header_detection import HeaderRow, header_text, match_header
from studyvisit.importing.result import ColumnMapping, DelegateFileResult, ImportedRow, Problem
from studyvisit.importing.row_conversion import RowConverter, column_letters
from studyvisit.importing.sheet_choice import LocatedSheet, open_sheet
from studyvisit.importing.values import cell_text
from studyvisit.progress import Cancel, Progress, check_cancel

_PREVIEW_ROWS = 20
_CHUNK_ROWS = 2000  # rows converted together; progress and cancel between chunks
_NAME_HINT = "such as 'Surname', 'Фамилия', 'Nazwisko', 'Прозвішча' or 'Full name'"


def _is_column_numbering(cells: Sequence[object]) -> bool:
    """True for the row of 1, 2, 3... official forms put under their headers."""
    numbers = []
    for value in cells:
        if value == "" or value is None:
            continue
        text = cell_text(value).strip().rstrip(".")
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _duplicate_column_problems(columns: Sequence[ColumnMapping]) -> list[Problem]:
    claimed: dict[str, ColumnMapping] = {}
    problems: list[Problem] = []
    for column in columns:
        if column.field is not None:
            claimed.setdefault(column.field, column)
    for column in columns:
        match = match_header(column.header) if column.header else None
        if column.field is None and match is not None and match.field in claimed:
            first = claimed[match.field]
            problems.append(
                Problem(
                    None,
                    column.header,
                    f"column {column_letters(column.index)} also looks like "
                    f"{match.field.replace('_', ' ')}; column {column_letters(first.index)} "
                    "is used and this one is kept in the notes",
                )
            )
    return problems


def read_delegate_file(
    path: str | Path,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    mapping: Mapping[int, str | None] | None = None,
) -> DelegateFileResult:
    """Read the delegate list in ``path`` (xlsx/xlsm, xlsb, ods, xls, csv/txt, chosen by the
    file's content). ``sheet`` names the sheet to read (default: the one that looks most like
    a delegate list); ``mapping`` overrides recognised columns ({sheet column index: field or
    None}). Raises :class:`ImportFileError` for a file that cannot be a delegate list, and
    :class:`studyvisit.progress.Cancelled` when ``cancel()`` turns true."""
    path = Path(path)
    with open_sheet(path, sheet) as located:
        return _read_located(path, located, mapping, progress, cancel)


def _read_located(
    path: Path,
    located: LocatedSheet,
    mapping: Mapping[int, str | None] | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> DelegateFileResult:
    source, header = located.sheet, located.header
    where = f"the sheet '{source.name}'" if source.name else "the file"
    if header is None and mapping:
        # Columns chosen by a person in a sheet whose headers we do not know: the first
        # filled row is the header.
        first = next((i for i, row in enumerate(located.buffer) if any(row)), 0)
        labels = [header_text(value) for value in located.buffer[first]] if located.buffer else []
        header = HeaderRow(first, labels, 0.0)
    if header is None:
        raise refuse(
            path,
            f"{where} has no column that could hold a name ({_NAME_HINT})",
            "Add a header row naming the columns, or choose another sheet.",
        )
    header_index, labels = header.index, header.labels
    data_start = header_index + 1
    if data_start < len(located.buffer) and _is_column_numbering(located.buffer[data_start]):
        data_start += 1
    samples = located.buffer[data_start : data_start + 50]
    columns = map_columns(labels, source.first_column, samples, mapping)
    if not has_name_column(columns):
        raise refuse(
            path,
            f"{where} has no column that could hold a name ({_NAME_HINT})",
            "Add or rename the column with the delegates' names, then import again.",
        )
    converter = RowConverter(columns, source.first_column)
    data = itertools.chain(located.buffer[data_start:], source.rows)
    rows = _convert_rows(
        data, source.first_row + data_start, converter, source.total_rows, progress, cancel
    )
    if not rows:
        raise refuse(
            path,
            f"{where} has column headers but no rows of delegates under them",
            "Fill in the list, or choose another sheet.",
        )
    return DelegateFileResult(
        path=path,
        file_type=located.kind.value,
        sheet=source.name,
        sheet_names=located.sheet_names,
        header_row=source.first_row + header_index,
        columns=columns,
        rows=rows,
        problems=_duplicate_column_problems(columns),
        encoding=source.encoding,
        delimiter=source.delimiter,
        preview=_preview(samples, source.first_row + data_start, columns, source.first_column),
    )


def _convert_rows(
    data: Iterator[Sequence[object]],
    first_row: int,
    converter: RowConverter,
    total: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> list[ImportedRow]:
    rows: list[ImportedRow] = []
    number = first_row
    with garbage_collection_paused():
        while True:
            chunk = list(itertools.islice(data, _CHUNK_ROWS))
            if not chunk:
                break
            check_cancel(cancel)
            rows.extend(converter.convert_rows(range(number, number + len(chunk)), chunk))
            number += len(chunk)
            if progress is not None:
                progress(number - first_row, max(total, number - first_row), "Reading rows")
    if progress is not None:
        progress(number - first_row, number - first_row, "Reading rows")
    return rows


def _preview(
    samples: Sequence[Sequence[object]],
    first_row: int,
    columns: Sequence[ColumnMapping],
    first_column: int,
) -> list[tuple[int, list[str]]]:
    """The first non-empty data rows as (row number, cell texts in ``columns`` order)."""
    preview: list[tuple[int, list[str]]] = []
    for offset, cells in enumerate(samples):
        if len(preview) == _PREVIEW_ROWS:
            break
        if not any(cells):
            continue
        texts = []
        for column in columns:
            position = column.index - first_column
            texts.append(cell_text(cells[position]) if 0 <= position < len(cells) else "")
        preview.append((first_row + offset, texts))
    return preview
