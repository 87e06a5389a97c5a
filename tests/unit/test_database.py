"""Storage: opening, migrating, backing up, and refusing files that are not ours."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from studyvisit.db import head_revision, make_engine, open_database, upgrade
from studyvisit.domain import (
    Accommodation,
    AgendaItem,
    Delegate,
    Group,
    Site,
    Staff,
    TransportRun,
    Vehicle,
    Visit,
)
from studyvisit.errors import DatabaseError


def _visit(**overrides) -> Visit:
    values = {"name": "Test", "start_date": dt.date(2019, 7, 2), "end_date": dt.date(2019, 7, 4)}
    values.update(overrides)
    return Visit(**values)


def test_new_database_is_at_head(database_path: Path) -> None:
    open_database(database_path).close()
    connection = sqlite3.connect(database_path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        head_revision(),
    )
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_foreign_keys_are_enforced(database) -> None:
    with database.unit_of_work() as uow, pytest.raises(IntegrityError):
        uow.session.execute(text("INSERT INTO groups (visit_id, key, name) VALUES (999, 'a', 'A')"))
        uow.session.flush()


def test_visit_end_before_start_is_refused_by_the_schema(database) -> None:
    with database.unit_of_work() as uow, pytest.raises(IntegrityError):
        uow.session.add(_visit(end_date=dt.date(2019, 7, 1)))
        uow.session.flush()


def test_agenda_item_must_end_after_start(database) -> None:
    with database.unit_of_work() as uow, pytest.raises(IntegrityError):
        visit = _visit()
        moment = dt.datetime(2019, 7, 2, 10, 0)
        visit.agenda = [AgendaItem(key="x", start_at=moment, end_at=moment, kind="meeting")]
        uow.session.add(visit)
        uow.session.flush()


def test_passport_is_unique_within_a_visit_but_not_across_visits(database) -> None:
    with database.unit_of_work() as uow:
        first, second = _visit(), _visit(name="Other")
        first.delegates = [Delegate(key="a", surname="A", passport_number="MP1234567")]
        second.delegates = [Delegate(key="a", surname="A", passport_number="MP1234567")]
        uow.session.add_all([first, second])
        uow.session.flush()  # same passport in two visits is fine
        first.delegates.append(Delegate(key="b", surname="B", passport_number="MP1234567"))
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_keys_are_unique_per_visit(database) -> None:
    with database.unit_of_work() as uow, pytest.raises(IntegrityError):
        visit = _visit()
        visit.sites = [Site(key="hotel", name={"en": "A"}), Site(key="hotel", name={"en": "B"})]
        uow.session.add(visit)
        uow.session.flush()


def test_vehicle_seats_cannot_be_negative(database) -> None:
    with database.unit_of_work() as uow, pytest.raises(IntegrityError):
        visit = _visit()
        visit.vehicles = [Vehicle(key="bus", label="Bus", seats=-1)]
        uow.session.add(visit)
        uow.session.flush()


def test_unknown_category_is_refused_by_the_model() -> None:
    with pytest.raises(ValueError):
        Delegate(key="a", surname="A", category="minister")


def test_deleting_a_visit_removes_everything_in_it(database) -> None:
    with database.unit_of_work() as uow:
        visit = _visit()
        group = Group(key="a", name="A")
        delegate = Delegate(key="d", surname="D", groups=[group])
        hotel = Site(key="hotel", name={"en": "Hotel"})
        driver = Staff(key="driver", name="Driver", role="driver")
        bus = Vehicle(key="bus", label="Bus", seats=20, driver=driver)
        visit.groups, visit.delegates, visit.sites = [group], [delegate], [hotel]
        visit.staff, visit.vehicles = [driver], [bus]
        visit.transport_runs = [
            TransportRun(
                key="r1",
                vehicle=bus,
                from_site=hotel,
                to_site=hotel,
                depart_at=dt.datetime(2019, 7, 2, 9),
                arrive_at=dt.datetime(2019, 7, 2, 10),
                delegates=[delegate],
                groups=[group],
            )
        ]
        visit.accommodation = [
            Accommodation(
                delegate=delegate,
                site=hotel,
                check_in=dt.date(2019, 7, 2),
                check_out=dt.date(2019, 7, 4),
            )
        ]
        uow.session.add(visit)
        uow.commit()
        visit_id = visit.id
    from studyvisit.services import visits

    with database.unit_of_work() as uow:
        visits.delete_visit(uow, visit_id)
        uow.commit()
    with database.engine.connect() as connection:  # SQLite or PostgreSQL alike
        counts = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in (
                "visits",
                "groups",
                "delegates",
                "delegate_groups",
                "sites",
                "staff",
                "vehicles",
                "transport_runs",
                "transport_run_delegates",
                "transport_run_groups",
                "accommodation",
            )
        }
    assert set(counts.values()) == {0}, counts


def test_upgrade_from_first_revision_keeps_data_and_backs_up(database_path: Path) -> None:
    engine = make_engine(f"sqlite:///{database_path}")
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO visits (name, partners, start_date, end_date, timezone, languages) "
                "VALUES ('Old visit', '[]', '2019-07-02', '2019-07-04', 'Europe/Warsaw', '[]')"
            )
        )
        connection.execute(
            text("INSERT INTO delegates (visit_id, key, surname) VALUES (1, 'd1', 'Шчэрбіч')")
        )
    engine.dispose()

    database = open_database(database_path)
    with database.unit_of_work() as uow:
        visit = uow.session.get(Visit, 1)
        assert visit.name == "Old visit"
        assert visit.settings == {}
        assert [d.surname for d in visit.delegates] == ["Шчэрбіч"]
    database.close()

    backup = database_path.with_name(database_path.name + ".bak-0001")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT name FROM visits").fetchone() == ("Old visit",)


def test_opening_an_up_to_date_database_makes_no_backup(database_path: Path) -> None:
    open_database(database_path).close()
    open_database(database_path).close()
    assert not list(database_path.parent.glob("*.bak-*"))


@pytest.mark.parametrize(
    "content",
    [b"name;surname\nA;B\n", b"PK\x03\x04 not really a workbook", b"\x00" * 100],
    ids=["text", "zip", "zeros"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "delegates.xlsx"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="not a studyvisit database"):
        open_database(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delegates.xlsx"]


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_studyvisit_is_refused(database_path: Path) -> None:
    open_database(database_path).close()
    connection = sqlite3.connect(database_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="newer studyvisit"):
        open_database(database_path)


def test_the_recorded_head_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from studyvisit.db import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == head_revision()
