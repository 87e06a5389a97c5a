"""Back up an SQLite database to a file, and restore it from one.

Both go through SQLite's online backup API, page by page inside a
transaction: a backup is consistent even while the database is in use (WAL
included), and a restore writes into the live database file the way any
other commit does, so other programs with it open see one change, never a
half-copied file. A restore first checks the chosen file, read-only, is a
studyvisit database (another program's file is refused and left untouched),
then copies it aside and brings it up to the current schema, and keeps a
safety copy of the database it replaces.

Server databases (PostgreSQL) are backed up with the server's own tools
(pg_dump); these functions refuse them with a message saying so.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from studyvisit.db import SQLITE_HEADER, Database, open_database
from studyvisit.errors import DatabaseError, StudyvisitError
from studyvisit.services import visits

BACKUP_SUFFIX = ".sqlite3"
SERVER_BACKUP_NOTE = (
    "A server database is backed up with the server's own tools (for PostgreSQL: pg_dump), "
    "not from studyvisit."
)


class BackupError(StudyvisitError):
    """A backup or restore that cannot be made: the message says why."""


@dataclass(frozen=True, slots=True)
class PreparedRestore:
    """A checked backup, copied aside and brought up to date, ready to replace a database."""

    source: Path  # the file the coordinator chose
    copy: Path  # its up-to-date copy next to the database
    visit_names: tuple[str, ...]

    def discard(self) -> None:
        _remove_with_companions(self.copy)


def sqlite_path(database: Database) -> Path:
    """The database's file; a server database is refused with SERVER_BACKUP_NOTE."""
    path = database.path
    if path is None:
        raise BackupError(SERVER_BACKUP_NOTE)
    return path


def default_backup_name(database_path: Path, now: dt.datetime | None = None) -> str:
    """``visits-backup-2025-05-12-1430.sqlite3`` for ``visits.sqlite3``."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M")
    return f"{database_path.stem}-backup-{stamp}{BACKUP_SUFFIX}"


def back_up(database: Database, target: Path) -> Path:
    """Copy the whole database into ``target`` (replaced if it exists); returns ``target``."""
    source_path = sqlite_path(database)
    if target.resolve() == source_path.resolve():
        raise BackupError(f"{target} is the database itself; choose another file for the backup.")
    _copy_sqlite(source_path, target, read_only_source=False)
    return target


def prepare_restore(backup: Path, database: Database) -> PreparedRestore:
    """Check ``backup`` and make an up-to-date copy of it next to ``database``'s file.

    Nothing is changed in ``database`` or in ``backup``; a file that is not a
    studyvisit database raises DatabaseError naming it.
    """
    database_path = sqlite_path(database)
    check_is_studyvisit_database(backup)
    if backup.resolve() == database_path.resolve():
        raise BackupError(f"{backup} is the database in use; choose a backup file.")
    copy = database_path.with_name(f".{database_path.name}.restoring")
    _remove_with_companions(copy)
    try:
        _copy_sqlite(backup, copy, read_only_source=True)
        opened = open_database(copy)  # applies newer migrations; refuses a newer schema
        try:
            with opened.unit_of_work() as uow:
                names = tuple(visit.name for visit in visits.list_visits(uow))
        finally:
            opened.close()
    except StudyvisitError as error:
        _remove_with_companions(copy)
        raise DatabaseError(str(error).replace(str(copy), str(backup))) from error
    except BaseException:
        _remove_with_companions(copy)
        raise
    return PreparedRestore(backup, copy, names)


def restore(prepared: PreparedRestore, database: Database, safety_copy: Path) -> Path:
    """Replace ``database``'s contents by the prepared backup; returns the safety copy's path.

    The current contents are first backed up to ``safety_copy``. The caller
    should close its own connections first (``database.close()``) and open the
    database again afterwards.
    """
    database_path = sqlite_path(database)
    _copy_sqlite(database_path, safety_copy, read_only_source=False)
    try:
        _copy_sqlite(prepared.copy, database_path, read_only_source=True, replace_file=False)
    finally:
        prepared.discard()
    return safety_copy


def safety_copy_path(database_path: Path, now: dt.datetime | None = None) -> Path:
    """Where the database is kept before a restore: beside it, with the time in the name."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return database_path.with_name(f"{database_path.stem}-before-restore-{stamp}{BACKUP_SUFFIX}")


def check_is_studyvisit_database(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a studyvisit database."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist or is not a file.")
    with path.open("rb") as stream:
        if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseError(
                f"{path} is not a studyvisit database (it is not an SQLite file); "
                "choose a backup made with File → Back up database."
            )
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} cannot be read as a database: {error}.") from error
    if not {"alembic_version", "visits"} <= tables:
        raise DatabaseError(
            f"{path} is an SQLite database of another program, not a studyvisit database; "
            "choose a backup made with File → Back up database."
        )


def _copy_sqlite(
    source: Path, target: Path, *, read_only_source: bool, replace_file: bool = True
) -> None:
    """SQLite's backup API from ``source`` into ``target``.

    ``replace_file``: write a temporary file and move it into place, so a
    failed copy never leaves a half-written ``target``; otherwise write into
    ``target`` itself (a live database: the copy is one transaction there).
    """
    destination = target.with_name(f".{target.name}.partial") if replace_file else target
    if replace_file:
        _remove_with_companions(destination)
    uri = source.resolve().as_uri() + ("?mode=ro" if read_only_source else "")
    try:
        reader = sqlite3.connect(uri, uri=True)
        try:
            writer = sqlite3.connect(destination)
            try:
                reader.backup(writer)
                if replace_file:  # a backup is one self-contained file, not WAL's three
                    writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        if replace_file:
            os.replace(destination, target)
    except (sqlite3.Error, OSError) as error:
        if replace_file:
            _remove_with_companions(destination)
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise BackupError(f"Cannot copy {source} to {target}: {detail}.") from error


def _remove_with_companions(path: Path) -> None:
    """Delete an SQLite file with its journal files (and the .bak a migration left)."""
    for candidate in [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]:
        candidate.unlink(missing_ok=True)
    for leftover in path.parent.glob(f"{path.name}.bak-*"):
        leftover.unlink(missing_ok=True)
