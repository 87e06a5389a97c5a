"""run_gui as `studyvisit` and `studyvisit --demo` call it (event loop stubbed)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

import studyvisit.ui.app as app_module
from studyvisit.ui.main_window import MainWindow


@pytest.fixture
def stubbed_loop(monkeypatch, qapp):
    """app.exec() returns at once; the windows it would have shown are kept for the test."""
    shown: list[MainWindow] = []

    def exec_stub(self=None) -> int:
        # The window paints first and opens the database in the next turn of the loop.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            QApplication.processEvents()
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            if all(w.database is not None or not w.isVisible() for w in windows):
                break
            time.sleep(0.01)
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_stub)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    yield shown
    for window in shown:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_opens_the_given_visit(
    stubbed_loop, database_path: Path, database, small_visit_id: int
) -> None:
    assert app_module.run_gui(str(database_path), visit_id=small_visit_id) == 0
    [window] = stubbed_loop
    assert window.current_visit_id() == small_visit_id
    assert window.windowTitle() == "Cluster visit Białystok — studyvisit"
    assert QApplication.palette().highlight().color().name() == "#2f6db5"  # our look is applied
    assert "section-list" in QApplication.instance().styleSheet()
    assert QCoreApplication.applicationName() == "studyvisit"


def test_a_file_that_is_not_a_database_is_shown_not_raised(
    stubbed_loop, monkeypatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        app_module, "show_database_error", lambda parent, error: shown.append(str(error))
    )
    spreadsheet = tmp_path / "delegates.xlsx"
    spreadsheet.write_bytes(b"PK\x03\x04 not a database")
    assert app_module.run_gui(str(spreadsheet)) == 1
    assert shown and "not a studyvisit database" in shown[0]
    assert stubbed_loop == []
    assert spreadsheet.read_bytes() == b"PK\x03\x04 not a database"


def test_the_start_up_benchmark_hook_reports_the_first_paint(
    stubbed_loop, monkeypatch, capsys, qtbot, database_path: Path, database, small_visit_id: int
) -> None:
    """STUDYVISIT_EXIT_AFTER_PAINT=1 (benchmarks/bench_startup.py): print the time, then quit."""
    import time

    quits: list[bool] = []
    monkeypatch.setenv(app_module.EXIT_AFTER_PAINT_ENV, "1")
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    started = time.time()
    assert app_module.run_gui(str(database_path), visit_id=small_visit_id) == 0
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("first-")]
    assert started <= float(line.split()[1]) <= time.time()
