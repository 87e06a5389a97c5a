"""Long IN lists cut into pieces every database takes.

SQLite refuses more than 32,766 bound parameters in a statement (999 before
3.32) and PostgreSQL's protocol 65,535; a bulk action on a big visit can name
100,000 ids, so it asks in chunks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

PER_QUERY = 5000  # values per IN list: far under every limit, few round trips


def chunked(values: Iterable[T], size: int = PER_QUERY) -> Iterator[Sequence[T]]:
    """``values`` in lists of at most ``size``."""
    values = values if isinstance(values, Sequence) else list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]
