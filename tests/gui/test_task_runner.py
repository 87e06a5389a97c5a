"""The task API for slow work: real worker threads, callbacks on the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread

from studyvisit.db import Database
from studyvisit.services import visits
from studyvisit.ui.tasks import Cancelled, TaskContext, TaskRunner


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(), "a worker thread did not stop"
    assert runner.pool.activeThreadCount() == 0


def test_success_runs_off_the_gui_thread_and_calls_back_on_it(
    runner: TaskRunner, qtbot, database: Database, small_visit_id: int
) -> None:
    seen: dict[str, object] = {}

    def count_delegates(context: TaskContext) -> int:
        seen["op_thread"] = threading.get_ident()
        with database.unit_of_work() as uow:  # the op's own unit of work
            return visits.count_delegates(uow, small_visit_id)

    def succeeded(result: int) -> None:
        seen["result"] = result
        seen["callback_in_gui_thread"] = QThread.currentThread() is qtbot_app_thread()

    task = runner.run(count_delegates, succeeded, lambda error: seen.setdefault("error", error))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert seen["result"] == 4
    assert seen["op_thread"] != threading.get_ident()
    assert seen["callback_in_gui_thread"] is True
    assert "error" not in seen
    assert runner.running == 0


def qtbot_app_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_an_exception_reaches_on_failure(runner: TaskRunner, qtbot) -> None:
    errors: list[BaseException] = []

    def broken(context: TaskContext) -> None:
        raise ValueError("the spreadsheet has no header row")

    task = runner.run(broken, lambda result: pytest.fail("no success expected"), errors.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert "no header row" in str(errors[0])


def test_cancel_stops_the_op_and_is_not_a_failure(runner: TaskRunner, qtbot) -> None:
    outcome: list[str] = []
    progress: list[tuple[int, int, str]] = []
    started = threading.Event()

    def slow(context: TaskContext) -> int:
        for row in range(10_000):
            started.set()
            context.raise_if_cancelled()
            context.progress(row, 10_000, "rows")
            time.sleep(0.001)
        return 10_000

    task = runner.run(
        slow,
        lambda result: outcome.append("success"),
        lambda error: outcome.append(f"failure {error!r}"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    task.progressed.connect(lambda done, total, label: progress.append((done, total, label)))
    assert started.wait(10)
    qtbot.waitUntil(lambda: bool(progress), timeout=10_000)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.cancel()
    assert outcome == ["cancelled"]
    assert progress[0][1:] == (10_000, "rows")


def test_inline_runner_runs_at_once_with_the_same_callbacks(qapp) -> None:
    runner = TaskRunner(inline=True)
    results: list[object] = []
    runner.run(lambda context: 6 * 7, results.append, results.append)
    runner.run(lambda context: 1 / 0, results.append, results.append)
    assert results[0] == 42 and isinstance(results[1], ZeroDivisionError)


def test_raising_cancelled_inside_an_op_reports_a_cancel(runner: TaskRunner, qtbot) -> None:
    outcome: list[str] = []

    def gives_up(context: TaskContext) -> None:
        raise Cancelled()

    task = runner.run(
        gives_up,
        lambda r: outcome.append("success"),
        lambda e: outcome.append("failure"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert outcome == ["cancelled"]


def test_a_progress_dialog_with_cancel_for_a_long_job(runner: TaskRunner, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[str] = []

    def long_job(context: TaskContext) -> None:
        while not context.cancelled:
            context.progress(1, 3, "working")
            time.sleep(0.01)

    task = runner.run(
        long_job,
        lambda r: outcome.append("ended"),
        lambda e: outcome.append("failure"),
        on_cancelled=lambda: outcome.append("cancelled"),
        label="Exporting",
        parent=parent,
    )
    assert task.dialog is not None
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5_000)
    assert task.dialog.labelText() == "working"
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    with qtbot.waitSignal(task.finished, timeout=10_000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]  # the op saw the flag, returned: still a cancel
    assert task.dialog is None


def test_a_job_that_cannot_stop_shows_no_cancel_button(runner: TaskRunner, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    outcome: list[str] = []
    task = runner.run(
        lambda context: release.wait(10),  # an undo being written: the history moved already
        lambda r: outcome.append("ended"),
        lambda e: outcome.append("failure"),
        label="Undo",
        parent=parent,
        cancellable=False,
    )
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5_000)
    assert task.dialog.findChild(QPushButton) is None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        release.set()
    assert outcome == ["ended"]
