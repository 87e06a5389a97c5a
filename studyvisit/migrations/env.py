"""Alembic environment: run on the connection studyvisit.db hands over."""

from alembic import context
from sqlalchemy import create_engine

from studyvisit.domain import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Used by developers running ``alembic revision --autogenerate`` by hand.
        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine(url)
        with engine.begin() as own_connection:
            _run(own_connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
