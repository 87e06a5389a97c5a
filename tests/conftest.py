"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from studyvisit.db import Database, open_database  # noqa: E402


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "visits.sqlite3"


@pytest.fixture
def database(database_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database."""
    opened = open_database(database_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_visit_id(database: Database) -> int:
    """The demo visit written into ``database``."""
    from studyvisit.services import demo

    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    return visit_id
