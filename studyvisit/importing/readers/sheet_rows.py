"""The shape every reader hands on: one sheet's rows as plain Python values."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field


@dataclass(slots=True)
class SheetRows:
    """A sheet being read. ``rows`` yields each row's cells from column ``first_column``
    (0-based, A = 0); the first row yielded is sheet row ``first_row`` (1-based) and each
    next one the row below it. Empty cells are ``""``."""

    name: str | None
    rows: Iterator[Sequence[object]]
    first_row: int = 1
    first_column: int = 0
    total_rows: int = 0
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)
