"""Storage: engines, sessions, units of work, and opening (and upgrading) a database.

A plain path means an SQLite file; anything with ``://`` is an SQLAlchemy URL
(``postgresql+psycopg://...`` for a team sharing one database). Opening a
database applies the shipped Alembic migrations; an SQLite file is copied
aside first (``NAME.bak-<old revision>``). A file that is not a studyvisit
database is refused and left untouched.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from studyvisit.errors import DatabaseError
from studyvisit.migrations import HEAD

SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_ENV = "STUDYVISIT_DB"


def default_database_location() -> str:
    """The database used when none is named: ``$STUDYVISIT_DB``, else the user's data dir."""
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return from_env
    data_dir = Path(platformdirs.user_data_dir("studyvisit", appauthor=False))
    return str(data_dir / "studyvisit.sqlite3")


def database_url(location: str | os.PathLike[str]) -> str:
    """Turn a path or URL into an SQLAlchemy URL."""
    text = os.fspath(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys and WAL on every connection."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class UnitOfWork:
    """One user action or one job: a session that commits only when told to.

    Leaving the ``with`` block without :meth:`commit` rolls everything back.
    """

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()


@dataclass
class Database:
    """An open, up-to-date studyvisit database."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    @property
    def path(self) -> Path | None:
        """The SQLite file behind the database, or None for a server database."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(url.database)
        return None

    def close(self) -> None:
        self.engine.dispose()


def alembic_config():
    from alembic.config import Config  # Alembic is loaded only to migrate

    config = Config()
    config.set_main_option("script_location", "studyvisit:migrations")
    return config


def head_revision() -> str:
    return HEAD


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _check_sqlite_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a studyvisit database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a studyvisit database file.")
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not a studyvisit database (it is not an SQLite file); "
            "choose another file or a new file name."
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} cannot be read as a database: {error}.") from error
    user_tables = {name for name in tables if not name.startswith("sqlite_")}
    if user_tables and "alembic_version" not in user_tables:
        raise DatabaseError(
            f"{path} is an SQLite database of another program, not a studyvisit database; "
            "choose another file or a new file name."
        )


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if tables and "alembic_version" not in tables:
            raise DatabaseError(
                f"{engine.url.render_as_string(hide_password=True)} holds tables of another "
                "program, not a studyvisit database."
            )
        if "alembic_version" not in tables:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _backup_sqlite(engine: Engine, path: Path, revision: str) -> Path:
    """Copy the database aside with SQLite's online backup (consistent even in WAL mode)."""
    backup_path = path.with_name(f"{path.name}.bak-{revision}")
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return backup_path


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` on ``engine``'s database."""
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Batch migrations rebuild tables (copy, drop, rename); with foreign
            # keys on, dropping the old table would cascade-delete its children.
            # The pragma only takes effect outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            f"The upgrade would break {len(broken)} references between records; "
                            "nothing was changed."
                        )
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def open_database(location: str | os.PathLike[str], *, migrate: bool = True) -> Database:
    """Open (creating or upgrading as needed) the studyvisit database at ``location``."""
    url = database_url(location)
    sqlite_path: Path | None = None
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        sqlite_path = Path(parsed.database)
        _check_sqlite_file(sqlite_path)
        if not sqlite_path.parent.exists():
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        current = _current_revision(engine)
        if current is not None and current != HEAD and current not in known_revisions():
            raise DatabaseError(
                f"The database {location} was made by a newer studyvisit "
                f"(schema revision {current}); update studyvisit to open it."
            )
        if migrate and current != head_revision():
            if current is not None and sqlite_path is not None:
                _backup_sqlite(engine, sqlite_path, current)
            upgrade(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        reason = getattr(error, "orig", None) or error
        raise DatabaseError(f"Cannot open the database {location}: {reason}") from error
    except DatabaseError:
        engine.dispose()
        raise
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


@contextmanager
def opened(location: str | os.PathLike[str]) -> Iterator[Database]:
    database = open_database(location)
    try:
        yield database
    finally:
        database.close()
