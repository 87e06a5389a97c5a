"""The change probe: another connection's commit changes the token, reading alone does not."""

import datetime as dt

import pytest

from studyvisit.db import open_database
from studyvisit.services import database_changes, visits


def _create(database, name: str) -> int:
    with database.unit_of_work() as uow:
        visit_id = visits.create_visit(uow, name, dt.date(2025, 5, 1), dt.date(2025, 5, 2)).id
        uow.commit()
    return visit_id


@pytest.mark.parametrize("fingerprint", [False, True], ids=["native", "fingerprint"])
def test_a_commit_elsewhere_changes_the_token(database, fingerprint) -> None:
    if not fingerprint and database.path is None:
        pytest.skip("data_version is SQLite's")
    visit_id = _create(database, "First")
    probe = database_changes.change_probe(database, fingerprint=fingerprint)
    other = open_database(database.url)
    try:
        baseline = probe.read()
        with database.unit_of_work() as uow:  # reading changes nothing
            visits.list_visits(uow)
        assert probe.read() == baseline

        with other.unit_of_work() as uow:  # an edit that adds no row is seen too
            visits.update_visit(uow, visit_id, name="Renamed elsewhere")
            uow.commit()
        if fingerprint and database.engine.dialect.name != "postgresql":
            # The portable fingerprint counts rows and ids only: an insert is needed.
            assert probe.read() == baseline
            _create(other, "Second")
        changed = probe.read()
        assert changed != baseline
        assert probe.read() == changed  # stable until the next commit
    finally:
        other.close()
        probe.close()


def test_the_server_database_gets_the_fingerprint(database) -> None:
    probe = database_changes.change_probe(database)
    try:
        expected = (
            database_changes.TableFingerprint
            if database.path is None
            else database_changes.SqliteDataVersion
        )
        assert isinstance(probe, expected)
        assert probe.read() == probe.read()
    finally:
        probe.close()
