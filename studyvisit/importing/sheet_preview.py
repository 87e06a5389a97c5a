"""The first rows of a file exactly as it shows them, before any column is recognised: what
the import wizard shows when a person chooses the columns by hand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studyvisit.importing.sheet_choice import open_sheet
from studyvisit.importing.values import cell_text


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """``rows``: (sheet row number, cell texts from sheet column ``first_column`` on);
    ``header_row``: the row recognised as the header, or None."""

    path: Path
    file_type: str
    sheet: str | None
    sheet_names: list[str]
    first_column: int
    header_row: int | None
    rows: list[tuple[int, list[str]]]


def read_sheet_preview(path: str | Path, sheet: str | None = None, limit: int = 30) -> SheetPreview:
    """The first ``limit`` non-empty rows of the sheet ``read_delegate_file`` would read.

    Raises :class:`ImportFileError` only for files that cannot be read at all, not for a
    sheet whose headers are not recognised."""
    path = Path(path)
    with open_sheet(path, sheet) as located:
        source = located.sheet
        rows = [
            (source.first_row + offset, [cell_text(value) for value in cells])
            for offset, cells in enumerate(located.buffer)
            if any(cells)
        ][:limit]
        header_row = source.first_row + located.header.index if located.header else None
        return SheetPreview(
            path=path,
            file_type=located.kind.value,
            sheet=source.name,
            sheet_names=located.sheet_names,
            first_column=source.first_column,
            header_row=header_row,
            rows=rows,
        )
