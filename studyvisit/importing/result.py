"""What reading a delegate file produces: plain data, no database, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """A doubtful cell or row. ``row`` is 1-based in the source sheet (None: the whole file);
    ``column`` is the header as written (None: the whole row). A blocking problem means the
    row cannot become a delegate and the service skips it."""

    row: int | None
    column: str | None
    message: str
    blocking: bool = False


@dataclass(slots=True)
class ImportedRow:
    """One data row turned into delegate fields (contract names, Python values)."""

    row: int
    fields: dict[str, object]
    problems: list[Problem] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        """True when the row has a blocking problem and must be skipped."""
        return any(problem.blocking for problem in self.problems)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """A source column: its header as written, 0-based sheet column index (A = 0) and the
    field it was recognised as (None: unknown, kept in notes as 'Header: value')."""

    index: int
    header: str | None
    field: str | None


@dataclass(slots=True)
class DelegateFileResult:
    """Everything read from one delegate file."""

    path: Path
    file_type: str
    sheet: str | None
    sheet_names: list[str]
    header_row: int
    columns: list[ColumnMapping]
    rows: list[ImportedRow]
    problems: list[Problem] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    #: The first data rows as the file shows them: (row number, one text per ``columns`` entry).
    preview: list[tuple[int, list[str]]] = field(default_factory=list)

    @property
    def all_problems(self) -> list[Problem]:
        """File-level problems first, then every row's problems in row order."""
        found = list(self.problems)
        for row in self.rows:
            found.extend(row.problems)
        return found

    @property
    def importable_rows(self) -> list[ImportedRow]:
        """Rows without a blocking problem."""
        return [row for row in self.rows if not row.blocking]
