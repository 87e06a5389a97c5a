"""The delegate list (xlsx or CSV): every field of every delegate, one row each.

Column titles are the field names of CONTRACT.md (``surname``, ``given_names``,
...), plus ``id``, ``key`` and ``groups`` (group keys, comma separated), so the
file reads back through ``delegates import`` and into other programs. Dates
and date-times are real cells in xlsx; in CSV they are written as CONTRACT.md
writes them (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from studyvisit.documents.registry import ExportOptions, register
from studyvisit.documents.sheet_labels import sheet_word
from studyvisit.documents.sheet_writer import Column, Sheet, SheetExporter
from studyvisit.records import DELEGATE_FIELDS, DelegateRecord, VisitPlan

COLUMN_NAMES = ("id", "key", *DELEGATE_FIELDS, "groups")
_NARROW = {"id": 8, "key": 12, "country": 9, "gender": 9, "latin_source": 16}


def delegate_columns() -> list[Column]:
    return [
        Column(name, width=_NARROW.get(name), max_width=45 if name != "notes" else 60)
        for name in COLUMN_NAMES
    ]


def delegate_values(delegate: DelegateRecord) -> list[Any]:
    """One delegate's row: id, key, the contract fields, group keys."""
    values: list[Any] = [delegate.id, delegate.key]
    values += [getattr(delegate, name) for name in DELEGATE_FIELDS]
    values.append(", ".join(delegate.group_keys))
    return values


def delegate_rows(delegates: Sequence[DelegateRecord]) -> Iterator[list[Any]]:
    return (delegate_values(delegate) for delegate in delegates)


def delegate_sheet(plan: VisitPlan, language: str, group_key: str | None = None) -> Sheet:
    """The list of the visit's delegates (or of one group's)."""
    delegates = plan.delegates
    if group_key:
        delegates = tuple(d for d in delegates if group_key in d.group_keys)
    return Sheet(
        name=sheet_word("sheet.delegates", language),
        columns=delegate_columns(),
        rows=delegate_rows(delegates),
        row_count=len(delegates),
    )


@register
class DelegateListExporter(SheetExporter):
    identifier = "delegates"
    name = "Delegate list"
    description = "Every field of every delegate, for Excel or another program."
    file_types = ("xlsx", "csv")

    def sheets(self, plan: VisitPlan, options: ExportOptions) -> list[Sheet]:
        return [delegate_sheet(plan, options.language, options.group_key)]
