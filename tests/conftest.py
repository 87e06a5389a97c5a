"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

import atexit
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Every edit that declares an undo scope is checked against a whole-visit snapshot.
os.environ.setdefault("STUDYVISIT_CHECK_UNDO_SCOPES", "1")

from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from studyvisit.db import Database, open_database  # noqa: E402


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "visits.sqlite3"


# Set to a server URL (postgresql+psycopg://user@/postgres?host=/run/postgresql) to run
# the database tests against PostgreSQL: each test gets a database of its own there.
POSTGRES_ENV = "STUDYVISIT_TEST_POSTGRES"


@pytest.fixture
def database(database_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database (SQLite, or PostgreSQL when asked for)."""
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        opened = open_database(database_path)
        yield opened
        opened.close()
        return
    with _postgres_database(server) as url:
        opened = open_database(url)
        yield opened
        opened.close()


_TEMPLATES: dict[str, str] = {}


def _postgres_template(server: str, admin) -> str:
    """A database migrated once per test run, copied for each test."""
    if server not in _TEMPLATES:
        import uuid

        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = f"studyvisit_template_{uuid.uuid4().hex[:12]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        migrated = open_database(make_url(server).set(database=name).render_as_string(False))
        migrated.close()
        _TEMPLATES[server] = name

        def drop_template() -> None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

        atexit.register(drop_template)
    return _TEMPLATES[server]


@contextmanager
def _postgres_database(server: str) -> Iterator[str]:
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"studyvisit_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    template = _postgres_template(server, admin)
    with admin.connect() as connection:  # a copy of a migrated template: no migrating per test
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def demo_visit_id(database: Database) -> int:
    """The demo visit written into ``database``."""
    from studyvisit.services import demo

    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    return visit_id
