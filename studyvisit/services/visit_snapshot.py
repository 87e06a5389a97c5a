"""The rows of one visit, and the difference an edit made to them, to undo and redo it.

The GUI's undo takes a snapshot of the visit's rows before and after an edit
(plain Core selects, about 30 ms for 10,000 delegates) and keeps only their
difference: rows added, removed and changed. Undoing deletes what was added,
inserts what was removed with its old ids, and puts changed rows back, so ids
stay what they were and other references to them stay valid. Whatever
services an edit called, cascades and SET NULLs included, the difference
catches it.

A big visit makes whole snapshots slow (seconds at 100,000 delegates), so an
edit that knows what it touches passes a :class:`Scope`: the rows it names,
rows added to those tables, and every row that refers to a row in scope
(cascades, SET NULLs, link tables), recursively. Undo is only right when the
scope covers everything the edit changes; :func:`scope_misses` compares a
scoped difference with a whole one, which the tests do for every edit.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from studyvisit.db import UnitOfWork
from studyvisit.domain.models import Base
from studyvisit.services import in_lists

Key = tuple[Any, ...]
Row = tuple[Any, ...]  # values in the table's column order


# Ids are looked up in IN lists of in_lists.PER_QUERY; above READ_WHOLE_FROM of
# them the visit's rows are read whole and picked in Python (one scan is faster).
IDS_PER_QUERY = in_lists.PER_QUERY
READ_WHOLE_FROM = 40_000


@dataclass(frozen=True, slots=True)
class Scope:
    """The rows an edit may touch: table name → ids of its rows in scope.

    An empty set means "rows this edit adds" only (a new group); None means all
    the visit's rows of that table. Rows referring to rows in scope come along.
    """

    tables: Mapping[str, Collection[int] | None]
    referrers: bool = True  # False: the edit deletes nothing, so nothing cascades

    @classmethod
    def of(cls, **tables: Iterable[int] | None) -> Scope:
        """These rows and every row referring to them: for edits that delete."""
        return cls(_frozen(tables))

    def named_rows(self) -> int:
        """How many rows the scope names (a bulk action's size)."""
        return sum(len(ids) for ids in self.tables.values() if ids is not None)

    @classmethod
    def only(cls, **tables: Iterable[int] | None) -> Scope:
        """These rows (and rows added to their tables): for edits that change or add."""
        return cls(_frozen(tables), referrers=False)


def _frozen(tables: Mapping[str, Iterable[int] | None]) -> dict[str, frozenset[int] | None]:
    return {name: None if ids is None else frozenset(ids) for name, ids in tables.items()}


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Rows that belong to one visit: table name → primary key → row.

    Whole (``scope`` None): every row of the visit. Scoped: only the tables and
    rows the scope reaches; ``newest_ids`` are the highest ids each scoped
    table had, above which rows count as added.
    """

    visit_id: int
    tables: dict[str, dict[Key, Row]]
    scope: Scope | None = None
    newest_ids: Mapping[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class TableChange:
    added: dict[Key, Row] = field(default_factory=dict)
    removed: dict[Key, Row] = field(default_factory=dict)
    changed: dict[Key, tuple[Row, Row]] = field(default_factory=dict)  # (before, after)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit did to a visit's rows; applied forwards (redo) or backwards (undo)."""

    tables: dict[str, TableChange]

    def __bool__(self) -> bool:
        return any(self.tables.values())

    def size(self) -> int:
        return sum(len(c.added) + len(c.removed) + len(c.changed) for c in self.tables.values())


def _visit_tables() -> list[Table]:
    return [table for table in Base.metadata.sorted_tables if _owner_filter(table, 0) is not None]


def _owner_filter(table: Table, visit_id: int) -> ColumnElement[bool] | None:
    """The condition that picks ``table``'s rows of one visit (None: not a visit's table)."""
    if table.name == "visits":
        return table.c.id == visit_id
    if "visit_id" in table.c:
        return table.c.visit_id == visit_id
    for foreign_key in table.foreign_keys:  # link tables: through a parent that has visit_id
        parent = foreign_key.column.table
        if "visit_id" in parent.c:
            owned = select(parent.c.id).where(parent.c.visit_id == visit_id)
            return foreign_key.parent.in_(owned)
    return None


def _key_positions(table: Table) -> list[int]:
    names = [column.name for column in table.columns]
    return [names.index(column.name) for column in table.primary_key]


def _as_dict(table: Table, row: Row) -> dict[str, Any]:
    return {column.name: value for column, value in zip(table.columns, row, strict=True)}


def take(
    uow: UnitOfWork, visit_id: int, scope: Scope | None = None, *, since: Snapshot | None = None
) -> Snapshot:
    """Read every row of the visit (ids included), or the rows ``scope`` reaches.

    For the snapshot after an edit pass the one before as ``since`` (with no
    ``scope``): the same rows are read again, with those added and those that
    now refer to rows in scope.
    """
    if since is not None and since.scope is not None:
        return _take_scoped(uow, visit_id, since.scope, since)
    if scope is not None:
        return _take_scoped(uow, visit_id, scope, None)
    connection = uow.session.connection()
    tables: dict[str, dict[Key, Row]] = {}
    for table in _visit_tables():
        condition = _owner_filter(table, visit_id)
        rows = connection.execute(select(table).where(condition))
        positions = _key_positions(table)
        if len(positions) == 1:
            (only,) = positions
            tables[table.name] = {(row[only],): tuple(row) for row in rows}
        else:
            tables[table.name] = {
                tuple(row[position] for position in positions): tuple(row) for row in rows
            }
    return Snapshot(visit_id, tables)


def _take_scoped(uow: UnitOfWork, visit_id: int, scope: Scope, since: Snapshot | None) -> Snapshot:
    connection = uow.session.connection()
    newest_ids = dict(since.newest_ids) if since is not None else {}
    tables: dict[str, dict[Key, Row]] = {}
    for table in _visit_tables():  # parents before children
        wanted: list[tuple[Column[Any], Collection[Any]]] = []
        whole = False
        if table.name in scope.tables:
            ids = scope.tables[table.name]
            if ids is None:
                whole = True
            else:
                wanted.append((table.c.id, ids))
                if since is None:
                    newest_ids[table.name] = connection.execute(
                        select(func.coalesce(func.max(table.c.id), 0))
                    ).scalar_one()
        for foreign_key in table.foreign_keys if scope.referrers else ():
            parent = foreign_key.column.table.name  # rows referring to rows in scope
            if parent == "visits" or parent == table.name or parent not in tables:
                continue
            parent_ids = {key[0] for key in tables[parent]}
            if since is not None:  # ... before the edit too: a SET NULL, a cascade
                parent_ids.update(key[0] for key in since.tables.get(parent, {}))
            wanted.append((foreign_key.parent, parent_ids))
        known = since.tables.get(table.name) if since is not None else None
        if known is not None and len(table.primary_key) == 1:  # rows read before, wherever
            wanted.append((next(iter(table.primary_key)), {key[0] for key in known}))
        if not (whole or wanted or known is not None):
            continue
        newer = newest_ids.get(table.name) if table.name in scope.tables else None
        rows = _read_rows(connection, table, visit_id, whole, wanted, newer)
        positions = _key_positions(table)
        tables[table.name] = {tuple(row[p] for p in positions): tuple(row) for row in rows}
    return Snapshot(visit_id, tables, scope, newest_ids)


def _read_rows(
    connection: Any,
    table: Table,
    visit_id: int,
    whole: bool,
    wanted: list[tuple[Column[Any], Collection[Any]]],
    newer_than: int | None,
) -> Iterable[Row]:
    """The visit's rows of ``table`` that are wanted: all, or with a column's value in a set,
    or with an id above ``newer_than``."""
    owner = _owner_filter(table, visit_id)
    if whole or sum(len(values) for _, values in wanted) > READ_WHOLE_FROM:
        rows = connection.execute(select(table).where(owner))
        if whole:
            return list(rows)
        names = [column.name for column in table.columns]
        tests = [(names.index(column.name), values) for column, values in wanted]
        id_position = names.index("id") if newer_than is not None else -1
        return [
            row
            for row in rows
            if any(row[position] in values for position, values in tests)
            or (newer_than is not None and row[id_position] > newer_than)
        ]
    # Ids are unique across visits, so rows picked by id need no owner test.
    statements = [
        select(table).where(column.in_(chunk))
        for column, values in wanted
        for chunk in in_lists.chunked(list(values), IDS_PER_QUERY)
    ]
    if newer_than is not None:
        statements.append(select(table).where(owner, table.c.id > newer_than))
    if len(statements) == 1:
        return list(connection.execute(statements[0]))
    positions = _key_positions(table)
    found: dict[Key, Row] = {}  # a row wanted twice (by id, by a parent) is read twice
    for statement in statements:
        for row in connection.execute(statement):
            found[tuple(row[p] for p in positions)] = row
    return list(found.values())


def scope_misses(whole: Change, scoped: Change) -> list[str]:
    """What a scoped difference left out or got wrong, compared with the whole one."""
    misses = []
    for name in sorted(set(whole.tables) | set(scoped.tables)):
        expected = whole.tables.get(name, TableChange())
        found = scoped.tables.get(name, TableChange())
        for kind in ("added", "removed", "changed"):
            missing = getattr(expected, kind).keys() - getattr(found, kind).keys()
            extra = getattr(found, kind).keys() - getattr(expected, kind).keys()
            if missing or extra:
                misses.append(f"{name} {kind}: missing {sorted(missing)}, extra {sorted(extra)}")
            elif getattr(expected, kind) != getattr(found, kind):
                misses.append(f"{name} {kind}: rows differ")
    return misses


def difference(before: Snapshot, after: Snapshot) -> Change:
    tables: dict[str, TableChange] = {}
    for name in before.tables.keys() | after.tables.keys():
        old_rows = before.tables.get(name, {})
        new_rows = after.tables.get(name, {})
        change = TableChange()
        for key, row in new_rows.items():
            old = old_rows.get(key)
            if old is None:
                change.added[key] = row
            elif old != row:
                change.changed[key] = (old, row)
        for key, row in old_rows.items():
            if key not in new_rows:
                change.removed[key] = row
        tables[name] = change
    return Change(tables)


def apply(uow: UnitOfWork, change: Change, *, backwards: bool) -> None:
    """Redo (``backwards=False``) or undo (``backwards=True``) ``change``. The caller commits."""
    connection = uow.session.connection()
    ordered = [table for table in _visit_tables() if table.name in change.tables]
    for table in reversed(ordered):  # children first: nothing refers to a row when it goes
        part = change.tables[table.name]
        gone = part.added if backwards else part.removed
        if gone:
            connection.execute(delete(table).where(_keys_in(table, gone)))
    for table in ordered:  # parents first: what a row refers to is there when it comes
        part = change.tables[table.name]
        back = part.removed if backwards else part.added
        if back:
            connection.execute(insert(table), [_as_dict(table, row) for row in back.values()])
    for table in ordered:
        changed = change.tables[table.name].changed
        if changed:  # one statement, many parameter sets: 10,000 rows in well under a second
            rows = [_as_dict(table, old if backwards else new) for old, new in changed.values()]
            connection.execute(_update_by_key(table), [_keyed(table, row) for row in rows])
    uow.session.expire_all()  # the ORM must not trust what it cached before


def _update_by_key(table: Table) -> Any:
    """UPDATE table SET every other column WHERE its key is the row's (for executemany)."""
    keys = {column.name for column in table.primary_key}
    return (
        update(table)
        .where(and_(*(column == bindparam(f"key_{column.name}") for column in table.primary_key)))
        .values({c.name: bindparam(c.name) for c in table.columns if c.name not in keys})
    )


def _keyed(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    for column in table.primary_key:
        row[f"key_{column.name}"] = row.pop(column.name)
    return row


def _keys_in(table: Table, rows: dict[Key, Row]) -> ColumnElement[bool]:
    columns = list(table.primary_key)
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in rows])
    return tuple_(*columns).in_(list(rows))
