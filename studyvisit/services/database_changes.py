"""Noticing that a database was changed: a cheap token to read again and compare.

The GUI reads the token every second or so and reloads when it differs
(another studyvisit, a script, a colleague on the shared database). Its own
commits change the token too: it reads a fresh baseline after them.

- SQLite: ``PRAGMA data_version`` on a connection of its own, which changes
  whenever another connection commits (microseconds, no table read).
- Other databases: a fingerprint of every table, its row count and its
  highest id (one statement); on PostgreSQL also the newest row version
  (``xmin``), so an edit that adds or removes no row is seen as well.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Hashable

from sqlalchemy import BigInteger, Integer, cast, func, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from studyvisit.db import Database
from studyvisit.domain.models import Base


class ChangeProbe:
    """Reads a token that changes when the database's contents change."""

    def read(self) -> Hashable:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the probe holds (a connection)."""


class SqliteDataVersion(ChangeProbe):
    def __init__(self, database: Database) -> None:
        path = database.path
        assert path is not None
        # Autocommit: an open read transaction would freeze what data_version sees.
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False
        )

    def read(self) -> Hashable:
        if self._connection is None:
            raise RuntimeError("the probe is closed")
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class TableFingerprint(ChangeProbe):
    def __init__(self, database: Database) -> None:
        self._engine = database.engine
        postgres = self._engine.dialect.name == "postgresql"
        parts: list[ColumnElement] = []
        for table in Base.metadata.sorted_tables:
            parts.append(select(func.count()).select_from(table).scalar_subquery())
            keys = list(table.primary_key)
            if len(keys) == 1 and isinstance(keys[0].type, Integer):
                parts.append(select(func.max(keys[0])).scalar_subquery())
            if postgres:
                newest = cast(literal_column(f"{table.name}.xmin::text"), BigInteger)
                parts.append(select(func.max(newest)).select_from(table).scalar_subquery())
        self._statement = select(*parts)

    def read(self) -> Hashable:
        with self._engine.connect() as connection:
            return tuple(connection.execute(self._statement).one())


def change_probe(database: Database, *, fingerprint: bool | None = None) -> ChangeProbe:
    """The probe that suits ``database`` (``fingerprint=True`` forces the portable one)."""
    if fingerprint is None:
        fingerprint = database.path is None
    return TableFingerprint(database) if fingerprint else SqliteDataVersion(database)
