"""Opening the window (``studyvisit``, ``studyvisit --demo``, ``studyvisit FILE.json``).

The window is painted first and the database opened right after: importing
SQLAlchemy and the services takes most of a second, and a coordinator should
see the program answer at once. So this module, and the path from the entry
point to the first paint, import neither SQLAlchemy nor the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Launch:
    database: str | None = None  # --db, else $STUDYVISIT_DB or the user's data folder
    demo: bool = False  # a fresh copy of the demo visit in a temporary folder
    open_file: str | None = None  # a visit file to import and show


def plain_launch(argv: list[str]) -> Launch | None:
    """The launch ``argv`` asks for, or None when it holds a command (or anything else)."""
    database, demo, open_file = None, False, None
    position = 0
    while position < len(argv):
        argument = argv[position]
        if argument == "--demo":
            demo = True
        elif argument == "--db" and position + 1 < len(argv):
            position += 1
            database = argv[position]
        elif argument.startswith("--db="):
            database = argument.removeprefix("--db=")
        elif (
            position == len(argv) - 1
            and argument.lower().endswith(".json")
            and Path(argument).is_file()
        ):
            open_file = argument
        else:
            return None  # a command, --help, --version...: the command line's business
        position += 1
    if demo and (open_file or database):
        return None  # let the command line say what goes with what
    return Launch(database, demo, open_file)


def run(launch: Launch) -> int:
    import sys

    from studyvisit.errors import StudyvisitError
    from studyvisit.ui.app import run_gui  # Qt, but not yet SQLAlchemy

    if launch.open_file:
        # A broken visit file is said on the command line, before any window.
        try:
            location, visit_id = prepare(launch)
        except StudyvisitError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        return run_gui(location, visit_id)
    return run_gui(prepare=lambda: prepare(launch))


def prepare(launch: Launch) -> tuple[str, int | None]:
    """The database location and visit to show; runs after the window's first paint."""
    import tempfile

    from studyvisit.db import default_database_location, open_database
    from studyvisit.services import demo, visit_file

    if launch.demo:
        folder = Path(tempfile.mkdtemp(prefix="studyvisit-demo-"))
        location = str(folder / "demo.sqlite3")
        database = open_database(location)
        try:
            with database.unit_of_work() as uow:
                visit_id = demo.create_demo_visit(uow)
                uow.commit()
        finally:
            database.close()
        return location, visit_id
    location = launch.database or default_database_location()
    if launch.open_file:
        # Opened from the file manager: the visit file becomes a new visit, shown at once.
        document = visit_file.read_document(Path(launch.open_file))
        database = open_database(location)
        try:
            with database.unit_of_work() as uow:
                visit_id = visit_file.import_document(uow, document)
                uow.commit()
        finally:
            database.close()
        return location, visit_id
    return location, None
