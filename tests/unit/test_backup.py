"""Back up and restore an SQLite database: consistent copies, foreign files refused untouched."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from studyvisit.db import open_database
from studyvisit.errors import DatabaseError
from studyvisit.services import backup, visits


def _names(database) -> list[str]:
    with database.unit_of_work() as uow:
        return [visit.name for visit in visits.list_visits(uow)]


def _create(database, name: str) -> int:
    with database.unit_of_work() as uow:
        created = visits.create_visit(uow, name, dt.date(2025, 5, 1), dt.date(2025, 5, 3))
        uow.commit()
    return created.id


@pytest.fixture
def sqlite_database(tmp_path: Path):
    database = open_database(tmp_path / "visits.sqlite3")
    yield database
    database.close()


def test_default_name_carries_the_time() -> None:
    name = backup.default_backup_name(Path("/x/visits.sqlite3"), dt.datetime(2025, 5, 12, 14, 30))
    assert name == "visits-backup-2025-05-12-1430.sqlite3"


def test_back_up_then_restore_brings_the_old_contents_back(sqlite_database, tmp_path) -> None:
    database = sqlite_database
    _create(database, "Kept in the backup")
    target = tmp_path / "copy.sqlite3"
    assert backup.back_up(database, target) == target
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "copy.sqlite3",  # one self-contained file
        "visits.sqlite3",
        "visits.sqlite3-shm",
        "visits.sqlite3-wal",
    ]
    backed_up = open_database(target)
    assert _names(backed_up) == ["Kept in the backup"]
    backed_up.close()

    _create(database, "Made after the backup")
    prepared = backup.prepare_restore(target, database)
    assert prepared.visit_names == ("Kept in the backup",)
    safety = backup.safety_copy_path(database.path, dt.datetime(2025, 5, 12, 15, 0, 1))
    database.close()
    assert backup.restore(prepared, database, safety) == safety
    assert not prepared.copy.exists()

    reopened = open_database(database.path)
    try:
        assert _names(reopened) == ["Kept in the backup"]
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()
    kept = open_database(safety)
    try:
        assert sorted(_names(kept)) == ["Kept in the backup", "Made after the backup"]
    finally:
        kept.close()


def test_a_restore_is_seen_by_a_connection_left_open(sqlite_database, tmp_path) -> None:
    """Another program with the database open sees the restored contents, not a broken file."""
    database = sqlite_database
    _create(database, "Old")
    target = backup.back_up(database, tmp_path / "copy.sqlite3")
    _create(database, "New")
    other = open_database(database.path)
    assert sorted(_names(other)) == ["New", "Old"]
    prepared = backup.prepare_restore(target, database)
    backup.restore(prepared, database, tmp_path / "safety.sqlite3")
    assert _names(other) == ["Old"]
    other.close()


def test_a_backup_is_refused_for_the_database_itself(sqlite_database) -> None:
    with pytest.raises(backup.BackupError, match="the database itself"):
        backup.back_up(sqlite_database, sqlite_database.path)


@pytest.mark.parametrize(
    "kind, message",
    [
        ("text", "not an SQLite file"),
        ("other-sqlite", "another program"),
        ("missing", "does not exist"),
    ],
)
def test_a_foreign_file_is_refused_and_left_untouched(
    sqlite_database, tmp_path, kind, message
) -> None:
    database = sqlite_database
    _create(database, "Current")
    chosen = tmp_path / f"chosen-{kind}.sqlite3"
    if kind == "text":
        chosen.write_text("delegates, not a database", encoding="utf-8")
    elif kind == "other-sqlite":
        connection = sqlite3.connect(chosen)
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.commit()
        connection.close()
    before = chosen.read_bytes() if chosen.exists() else None
    files_before = sorted(path.name for path in tmp_path.iterdir())

    with pytest.raises(DatabaseError, match=message) as raised:
        backup.prepare_restore(chosen, database)

    assert str(chosen) in str(raised.value)
    assert (chosen.read_bytes() if chosen.exists() else None) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == files_before
    assert _names(database) == ["Current"]


def test_a_server_database_is_refused_with_a_note(sqlite_database, monkeypatch) -> None:
    monkeypatch.setattr(type(sqlite_database), "path", property(lambda self: None))
    with pytest.raises(backup.BackupError, match="pg_dump"):
        backup.back_up(sqlite_database, Path("anything.sqlite3"))
