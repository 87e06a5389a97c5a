"""A database made by any earlier release opens in this one, its data intact, backed up first.

For every Alembic revision: build a database at that revision, write rows with
raw SQL (only the columns that exist at that revision), open it with
``open_database`` as the application does, and check that the rows are still
there (raw, and through the services the application uses) and that the old
file was copied aside as ``NAME.bak-<revision>`` before the upgrade.

A new migration is covered without touching this file, unless it adds a
NOT NULL column with no default (extend ``SAMPLE_ROWS``) or transforms data on
purpose (then say here what the old rows become).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from studyvisit.db import alembic_config, head_revision, make_engine, open_database, upgrade
from studyvisit.services import visits


def _revisions_oldest_first() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


REVISIONS = _revisions_oldest_first()

# Rows in dependency order, written as a release of that time would have stored
# them (SQLAlchemy's SQLite formats: dates as text, JSON as text, enums by value).
SAMPLE_ROWS: list[tuple[str, dict[str, Any]]] = [
    (
        "visits",
        {
            "id": 1,
            "name": "Wizyta studyjna Podlasie",
            "project": "Klastry",
            "funder": "Fundusz",
            "host": "PFRR",
            "partners": '["Partner"]',
            "start_date": "2019-07-02",
            "end_date": "2019-07-04",
            "timezone": "Europe/Warsaw",
            "languages": '["pl", "en", "ru"]',
            "notes": "z poprzedniej wersji",
            "settings": "{}",
        },
    ),
    ("groups", {"id": 1, "visit_id": 1, "key": "a", "name": "Grupa A"}),
    (
        "sites",
        {
            "id": 1,
            "visit_id": 1,
            "key": "office",
            "name": '{"pl": "Urząd", "en": "Office"}',
            "kind": "office",
            "address": "ul. Kardynała Wyszyńskiego 1",
            "city": "Białystok",
            "latitude": 53.13,
            "longitude": 23.16,
        },
    ),
    (
        "delegates",
        {
            "id": 1,
            "visit_id": 1,
            "key": "d1",
            "surname": "Шчэрбіч",
            "given_names": "Аляксандр",
            "surname_latin": "Shcherbich",
            "given_names_latin": "Aliaksandr",
            "latin_source": "source",
            "country": "BY",
            "category": "national_admin",
            "gender": "male",
            "passport_number": "MP1234567",
            "passport_expiry": "2025-01-31",
            "arrival": "2019-07-02 08:00:00.000000",
        },
    ),
    ("delegate_groups", {"delegate_id": 1, "group_id": 1}),
    ("staff", {"id": 1, "visit_id": 1, "key": "s1", "name": "Jan Kowalski", "role": "driver"}),
    (
        "agenda_items",
        {
            "id": 1,
            "visit_id": 1,
            "key": "welcome",
            "start_at": "2019-07-02 09:00:00.000000",
            "end_at": "2019-07-02 10:00:00.000000",
            "site_id": 1,
            "kind": "meeting",
            "title": '{"pl": "Powitanie", "en": "Welcome"}',
            "description": "{}",
            "hosts": "[]",
        },
    ),
    ("agenda_item_groups", {"agenda_item_id": 1, "group_id": 1}),
    (
        "vehicles",
        {
            "id": 1,
            "visit_id": 1,
            "key": "bus",
            "label": "Minibus",
            "seats": 19,
            "driver_id": 1,
        },
    ),
]


def _columns(inspector, table: str) -> dict[str, dict[str, Any]]:
    return {column["name"]: column for column in inspector.get_columns(table)}


def _write_sample_rows(path: Path) -> dict[str, dict[str, Any]]:
    """Insert SAMPLE_ROWS with the columns the schema has now; returns what was written."""
    engine = make_engine(f"sqlite:///{path}")
    written: dict[str, dict[str, Any]] = {}
    try:
        inspector = inspect(engine)
        tables = set(inspector.get_table_names())
        with engine.begin() as connection:
            for table, row in SAMPLE_ROWS:
                if table not in tables:
                    continue
                columns = _columns(inspector, table)
                values = {name: value for name, value in row.items() if name in columns}
                required = {  # NOT NULL, no server default, not the generated id
                    name
                    for name, column in columns.items()
                    if not column["nullable"] and column["default"] is None and name != "id"
                }
                missing = required - values.keys()
                assert not missing, f"{table}: SAMPLE_ROWS needs values for {sorted(missing)}"
                names = ", ".join(values)
                marks = ", ".join(f":{name}" for name in values)
                connection.exec_driver_sql(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})", values
                )
                written[table] = values
    finally:
        engine.dispose()
    return written


def _read_row(path: Path, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        keys = ["id"] if "id" in row else [name for name in row if name.endswith("_id")]
        where = " AND ".join(f"{key} = ?" for key in keys)
        found = connection.execute(
            f"SELECT * FROM {table} WHERE {where}", [row[key] for key in keys]
        ).fetchone()
        return dict(found) if found is not None else None
    finally:
        connection.close()


def _revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_the_revisions_run_from_the_first_to_the_head() -> None:
    assert REVISIONS, "no Alembic revisions found"
    assert REVISIONS[-1] == head_revision()


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_database_at_this_revision_opens_with_its_data(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "studyvisit.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    assert _revision_of(path) == revision
    written = _write_sample_rows(path)
    assert {"visits", "delegates", "agenda_items"} <= written.keys()

    database = open_database(path)
    try:
        with database.unit_of_work() as uow:
            plan = visits.load_plan(uow, 1)
    finally:
        database.close()

    assert _revision_of(path) == head_revision()
    for table, values in written.items():
        found = _read_row(path, table, values)
        assert found is not None, f"the {table} row written at revision {revision} is gone"
        for name, value in values.items():
            if name in found:
                assert found[name] == value, (
                    f"{table}.{name} changed in the upgrade from {revision}"
                )
    # What the application reads through its services, too.
    assert plan.visit.name == "Wizyta studyjna Podlasie"
    assert [delegate.surname for delegate in plan.delegates] == ["Шчэрбіч"]
    assert plan.delegates[0].group_keys == ("a",)
    assert [item.key for item in plan.agenda] == ["welcome"]

    backup = path.with_name(f"{path.name}.bak-{revision}")
    if revision == head_revision():
        assert not list(tmp_path.glob("*.bak-*")), "an up-to-date database needs no backup"
    else:
        assert backup.is_file(), f"no backup {backup.name} before the upgrade"
        assert _revision_of(backup) == revision
        assert _read_row(backup, "delegates", written["delegates"]) is not None
