"""GUI fixtures: a visit imported from our own small document, settings in a temporary
folder, and a main window built fresh for each test (tasks run inline unless a test
asks for real threads)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from visit_documents import second_visit, small_visit

from studyvisit.db import Database
from studyvisit.services import visit_file
from studyvisit.ui.app import build_main_window, shared_translations
from studyvisit.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def isolated_user_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Code that uses the default QSettings (run_gui) writes into a temporary folder."""
    folder = str(tmp_path_factory.mktemp("user-settings"))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, folder)


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends in English, whatever it switched to."""
    yield
    shared_translations(qapp).install("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def import_visit(database: Database, document: dict[str, Any]) -> int:
    with database.unit_of_work() as uow:
        visit_id = visit_file.import_document(uow, document)
        uow.commit()
    return visit_id


@pytest.fixture
def small_visit_id(database: Database) -> int:
    return import_visit(database, small_visit())


@pytest.fixture
def second_visit_id(database: Database, small_visit_id: int) -> int:
    """A second, later visit in the same database (the small one is there too)."""
    return import_visit(database, second_visit())


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> Iterator[Callable[..., MainWindow]]:
    """Build main windows (inline tasks, English); each is closed and destroyed after the test."""
    made: list[MainWindow] = []

    def make(database: Database, visit_id: int | None = None, **options: Any) -> MainWindow:
        options.setdefault("inline_tasks", True)
        options.setdefault("language", "en")
        window = build_main_window(database, visit_id, settings=settings, **options)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        window.close()  # saves the layout, stops its tasks, closes its database
        assert window.tasks.running == 0, "a task outlived its window"
        assert window.tasks.pool.activeThreadCount() == 0, "a worker thread is still running"
        window.deleteLater()
    # Without a running event loop deleteLater waits forever: deliver it now, so
    # widgets of earlier tests do not pile up (and slow every LanguageChange).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(make_window, database: Database, small_visit_id: int) -> MainWindow:
    return make_window(database, small_visit_id)


@pytest.fixture
def demo_visit_id(database: Database) -> int:
    """The 2019 Podlasie demo visit (18 delegates, 2 groups, 30 runs)."""
    from studyvisit.services import demo

    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    return visit_id


@pytest.fixture
def demo_window(make_window, database: Database, demo_visit_id: int) -> MainWindow:
    return make_window(database, demo_visit_id)
