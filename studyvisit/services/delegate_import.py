"""Import a delegate list into a visit: read (pure), match, transliterate, write once.

The reading half lives in :mod:`studyvisit.importing`. Here each readable row is
normalised by the same rules as every other way a delegate comes in, matched
against the visit's delegates (passport, else e-mail, else name and date of
birth), and either added, used to update the person found, or skipped. All
writes happen in the caller's unit of work, in bulk statements; a dry run or a
refusal leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from studyvisit.db import UnitOfWork
from studyvisit.domain import Category, Delegate, Gender, Visit
from studyvisit.errors import ValidationError
from studyvisit.importing import (
    DelegateFileResult,
    ImportedRow,
    find_duplicate_rows,
    person_keys,
    read_delegate_file,
    same_person,
)
from studyvisit.importing.gc_pause import garbage_collection_paused
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.services import delegate_fields, visits
from studyvisit.services.keys import slug

FIELDS = delegate_fields.CONTRACT_FIELDS
LATIN_FIELDS = ("surname_latin", "given_names_latin", "latin_source")
_FIELD_NAMES = frozenset(FIELDS)
# Every new delegate's row has all these keys, so that one executemany takes them all.
_ROW_COLUMNS = ("visit_id", "key", *FIELDS)
_EMPTY_ROW: dict[str, Any] = dict.fromkeys(_ROW_COLUMNS)
_ALLOWED = (
    ("category", frozenset(member.value for member in Category)),
    ("gender", frozenset(member.value for member in Gender)),
)
# New delegates are inserted this many at a time: few statements, and the rows waiting
# to be written stay a small part of the sheet.
INSERT_BATCH = 5000


class OnDuplicate(StrEnum):
    UPDATE = "update"  # the row corrects the delegate already in the visit
    SKIP = "skip"  # the delegate in the visit is kept as it is


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int | None
    column: str | None
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True, slots=True)
class DelegateChange:
    """A delegate the import updated: which row, whom, which fields."""

    row: int
    delegate_key: str
    fields: tuple[str, ...]


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    dry_run: bool = False
    sheet: str | None = None
    header_row: int | None = None
    columns: list[tuple[str | None, str | None]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    changes: list[DelegateChange] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "dry_run": self.dry_run,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": [{"header": header, "field": name} for header, name in self.columns],
            "changes": [
                {"row": c.row, "delegate": c.delegate_key, "fields": list(c.fields)}
                for c in self.changes
            ],
            "problems": [problem.to_json() for problem in self.problems],
        }


class _Existing:
    """The visit's delegates, indexed by what identifies a person."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.by_passport: dict[str, dict[str, Any]] = {}
        self.by_email: dict[str, dict[str, Any]] = {}
        self.by_name: dict[tuple, dict[str, Any]] = {}
        self.keys = {row["key"] for row in rows}
        for row in rows:
            self.add(row)

    def add(self, row: dict[str, Any]) -> None:
        keys = person_keys(row)
        if keys.passport:
            self.by_passport.setdefault(keys.passport, row)
        if keys.email:
            self.by_email.setdefault(keys.email, row)
        if keys.name_and_birth:
            self.by_name.setdefault(keys.name_and_birth, row)

    def match(self, fields: dict[str, Any]) -> dict[str, Any] | None:
        if not self.rows:
            return None  # a first import into an empty visit
        keys = person_keys(fields)
        for candidate in (
            self.by_passport.get(keys.passport) if keys.passport else None,
            self.by_email.get(keys.email) if keys.email else None,
            self.by_name.get(keys.name_and_birth) if keys.name_and_birth else None,
        ):
            if candidate is not None and same_person(keys, person_keys(candidate)):
                return candidate
        return None


class _KeyMaker:
    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)
        self.next_number: Counter[str] = Counter()

    def make(self, fields: dict[str, Any]) -> str:
        base = slug(fields.get("surname_latin") or fields.get("surname") or "", "delegate")
        key = base
        while key in self.taken:
            self.next_number[base] = max(self.next_number[base], 1) + 1
            key = f"{base}-{self.next_number[base]}"
        self.taken.add(key)
        return key


def _normalised(
    row_number: int,
    fields: dict[str, Any],
    column_of: dict[str, str | None],
    problems: list[RowProblem],
) -> dict[str, Any] | None:
    """The row's fields under the contract's rules, as a new dict holding every column of a
    delegate's row; a value that breaks the rules is reported and dropped."""
    values = _EMPTY_ROW.copy()
    if fields.keys() <= _FIELD_NAMES:
        values.update(fields)
    else:
        values.update((name, value) for name, value in fields.items() if name in _FIELD_NAMES)
    if not values["surname"] and values["surname_latin"]:
        values["surname"] = values["surname_latin"]
    for name, allowed in _ALLOWED:
        if values[name] is not None and values[name] not in allowed:
            problems.append(
                RowProblem(
                    row_number, column_of.get(name), f"{values[name]!r} is not a known {name}"
                )
            )
            values[name] = None
    for _attempt in range(3):
        try:
            return delegate_fields.normalise_in_place(values)
        except ValidationError as error:
            name = str(error).split(":", 1)[0]
            if name not in _FIELD_NAMES:
                raise
            problems.append(
                RowProblem(row_number, column_of.get(name), str(error).split(": ", 1)[-1])
            )
            values[name] = None
    return None


def _changed_fields(existing: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """What the row would change: only values it gives, and a program-made Latin form never
    overwrites one taken from a source."""
    changes = {}
    keep_latin = (
        existing.get("latin_source") == "source"
        and incoming.get("latin_source") == "transliterated"
    )
    for name, value in incoming.items():
        if value is None or (keep_latin and name in LATIN_FIELDS):
            continue
        if existing.get(name) != value:
            changes[name] = value
    return changes


class _RowInserter:
    """New delegates' rows into the table, one executemany per batch.

    SQLAlchemy's executemany builds and type-processes a parameter dict for every row, which
    cost more than the database's own insert (1.5-2 s of 100,000 rows). Here the statement is
    compiled once for the connection's dialect, the parameters go to the driver as they are,
    and each column's bind processor (SQLite's dates as text) runs once per distinct value.
    Dialects that turn an executemany into multi-row INSERTs themselves (psycopg2, SQL
    Server), or whose parameter names are not the column names, keep SQLAlchemy's path."""

    _CACHE_LIMIT = 50_000  # distinct values remembered per column

    def __init__(self, connection: Connection, columns: tuple[str, ...]) -> None:
        self.connection = connection
        self.columns = columns
        table = Delegate.__table__
        self.statement = insert(table)
        dialect = connection.dialect
        compiled = self.statement.compile(dialect=dialect, column_keys=list(columns))
        if dialect.positional:
            usable = list(compiled.positiontup or ()) == list(columns)
        else:
            usable = set(compiled.binds) == set(columns)
        self.direct = usable and not dialect.use_insertmanyvalues_wo_returning
        self.sql = compiled.string
        self.positional = dialect.positional
        self.row_tuple = operator.itemgetter(*columns)
        # (column, its bind processor, the processed form of each distinct value)
        self.processors: list[tuple[str, Callable[[Any], Any], dict[Any, Any]]] = []
        for name in columns:
            column_type = table.c[name].type
            process = column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self.processors.append((name, process, {}))

    def insert(self, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows``, each with every column of ``columns``. The rows are consumed:
        their values may be replaced by the database's form of them."""
        if not rows:
            return
        if not self.direct:
            self.connection.execute(self.statement, rows)
            return
        for name, process, cache in self.processors:
            self._process_column(rows, name, process, cache)
        if self.positional:
            # One C call per row makes its tuple (a loop per column and a zip cost twice that).
            self.connection.exec_driver_sql(self.sql, list(map(self.row_tuple, rows)))
        else:
            self.connection.exec_driver_sql(self.sql, rows)

    def _process_column(
        self,
        rows: list[dict[str, Any]],
        name: str,
        process: Callable[[Any], Any],
        cache: dict[Any, Any],
    ) -> None:
        get = cache.get
        for row in rows:
            value = row[name]
            if value is None:
                continue
            found = get(value, _NOT_CACHED)
            if found is _NOT_CACHED:
                found = process(value)
                # Dates and times only: of other types, equal values may differ (1, True).
                if value.__class__ in _CACHEABLE and len(cache) < self._CACHE_LIMIT:
                    cache[value] = found
            row[name] = found


_NOT_CACHED = object()
_CACHEABLE = frozenset({dt.date, dt.datetime, dt.time})


def apply_file(
    uow: UnitOfWork,
    visit_id: int,
    result: DelegateFileResult,
    *,
    on_duplicate: OnDuplicate = OnDuplicate.UPDATE,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> ImportReport:
    """Add or update the visit's delegates from a file already read. The caller commits."""
    _check_visit(uow, visit_id)
    report = ImportReport(
        sheet=result.sheet,
        header_row=result.header_row,
        columns=[(column.header, column.field) for column in result.columns],
    )
    report.problems.extend(RowProblem(p.row, p.column, p.message) for p in result.problems)
    total = len(result.rows)
    with garbage_collection_paused():
        applying = _Applying(uow, visit_id, result, report, on_duplicate)
        for number, imported in enumerate(result.rows, start=1):
            if number % 1000 == 0:
                check_cancel(cancel)
                progress(number, total, "")
            applying.apply(imported)
        progress(total, total, "")
        check_cancel(cancel)
        applying.finish()
    report.problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return report


# Core queries on the tables, not on the mapped classes: an import needs no ORM object, and
# the ORM's first query configures every mapper (about 0.1 s of a short command line import).
_DELEGATES = Delegate.__table__
_VISITS = Visit.__table__


def _check_visit(uow: UnitOfWork, visit_id: int) -> None:
    """Refuse an unknown visit, with the error :func:`visits.get_visit` gives."""
    query = select(_VISITS.c.id).where(_VISITS.c.id == visit_id)
    if uow.session.execute(query).first() is None:
        visits.get_visit(uow, visit_id)  # raises NotFoundError


def _existing_delegates(uow: UnitOfWork, visit_id: int) -> list[dict[str, Any]]:
    columns = _DELEGATES.c
    query = select(columns.id, columns.key, *(columns[f] for f in FIELDS)).where(
        columns.visit_id == visit_id
    )
    return [
        {"id": delegate_id, "key": key, **dict(zip(FIELDS, values, strict=True))}
        for delegate_id, key, *values in uow.session.execute(query)
    ]


class _Applying:
    """One file's rows applied to a visit: new delegates inserted in batches as they come,
    changes to delegates already there written at the end."""

    def __init__(
        self,
        uow: UnitOfWork,
        visit_id: int,
        result: DelegateFileResult,
        report: ImportReport,
        on_duplicate: OnDuplicate,
    ) -> None:
        self.uow = uow
        self.visit_id = visit_id
        self.report = report
        self.on_duplicate = on_duplicate
        self.column_of = {c.field: c.header for c in result.columns if c.field}
        self.existing = _Existing(_existing_delegates(uow, visit_id))
        self.duplicates = {d.row: d for d in find_duplicate_rows(result.rows)}
        self.keys = _KeyMaker(self.existing.keys)
        self.passports = {
            row["passport_number"]: row["id"]
            for row in self.existing.rows
            if row["passport_number"]
        }
        self.new_count = 0
        self.inserter = _RowInserter(uow.session.connection(), _ROW_COLUMNS)
        self.pending: list[dict[str, Any]] = []
        self.updates: list[tuple[int, dict[str, Any]]] = []

    def _skip(self, row: int, column: str | None, message: str | None) -> None:
        if message is not None:
            self.report.problems.append(RowProblem(row, column, message))
        self.report.skipped += 1

    def apply(self, imported: ImportedRow) -> None:
        report = self.report
        if imported.problems:
            report.problems.extend(
                RowProblem(p.row, p.column, p.message) for p in imported.problems
            )
            if imported.blocking:
                self._skip(imported.row, None, None)
                return
        duplicate = self.duplicates.get(imported.row)
        if duplicate is not None:
            self._skip(imported.row, None, duplicate.problem().message + "; skipped")
            return
        values = _normalised(imported.row, imported.fields, self.column_of, report.problems)
        if values is None or not values.get("surname"):
            self._skip(imported.row, self.column_of.get("surname"), "no surname; row skipped")
            return
        found = self.existing.match(values)
        if found is None:
            self._add(imported.row, values)
        elif self.on_duplicate == OnDuplicate.SKIP:
            self._skip(imported.row, None, None)
        else:
            self._update(imported.row, found, values)

    def _passport_taken(self, row: int) -> None:
        self._skip(
            row,
            self.column_of.get("passport_number"),
            "this passport number belongs to another delegate of the visit; row skipped",
        )

    def _add(self, row: int, values: dict[str, Any]) -> None:
        passport = values["passport_number"]
        if passport is not None and passport in self.passports:
            self._passport_taken(row)
            return
        values["key"] = self.keys.make(values)
        values["visit_id"] = self.visit_id
        self.new_count += 1
        if passport:
            self.passports[passport] = -self.new_count
        self.pending.append(values)
        if len(self.pending) >= INSERT_BATCH:
            self._insert_pending()
        self.report.imported += 1

    def _update(self, row: int, found: dict[str, Any], values: dict[str, Any]) -> None:
        changes = _changed_fields(found, values)
        number_now = changes.get("passport_number")
        if number_now and self.passports.get(number_now, found["id"]) != found["id"]:
            self._passport_taken(row)
            return
        if not changes:
            self.report.unchanged += 1
            return
        found.update(changes)
        self.updates.append((found["id"], changes))
        self.report.changes.append(DelegateChange(row, found["key"], tuple(sorted(changes))))
        self.report.updated += 1

    def _insert_pending(self) -> None:
        """One executemany for the waiting new delegates (every row has every column)."""
        if self.pending:
            self.inserter.insert(self.pending)
            self.pending = []

    def finish(self) -> None:
        """Write what is still waiting: the last new delegates, then the changes, one
        executemany per set of changed fields."""
        self._insert_pending()
        by_fields: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for delegate_id, changes in self.updates:
            by_fields.setdefault(tuple(sorted(changes)), []).append({"id": delegate_id, **changes})
        for rows in by_fields.values():
            self.uow.session.execute(update(Delegate), rows)


def import_file(
    uow: UnitOfWork,
    visit_id: int,
    path: Path,
    *,
    sheet: str | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.UPDATE,
    mapping: dict[int, str | None] | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> ImportReport:
    """Read ``path`` and apply it to the visit (the caller commits, or not for a dry run)."""
    _check_visit(uow, visit_id)  # refuse an unknown visit before reading a big file
    result = read_delegate_file(
        path, sheet=sheet, progress=progress, cancel=cancel, mapping=mapping
    )
    return apply_file(
        uow, visit_id, result, on_duplicate=on_duplicate, progress=progress, cancel=cancel
    )
