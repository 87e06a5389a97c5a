"""The window keeps running while a job works on a real thread (issue #6, point 4).

Functional checks only; the timings are measured by benchmarks/bench_gui_responsiveness.py.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from studyvisit.db import Database
from studyvisit.services import visits
from studyvisit.ui import tasks
from studyvisit.ui.tasks import TaskContext, TaskRunner


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(), "a worker thread did not stop"


def _busy_python(seconds_of_work: int) -> int:
    """Pure-Python work that holds the GIL as a row-by-row import does."""
    total = 0
    for number in range(seconds_of_work):
        total += sum(i * i for i in range(1_000)) + number
    return total


def test_a_heartbeat_keeps_firing_while_a_worker_computes(
    make_window, database: Database, small_visit_id: int, qtbot
) -> None:
    window = make_window(database, small_visit_id, inline_tasks=False)
    beats_while_running: list[int] = []
    running = threading.Event()
    stop = threading.Event()
    heartbeat = QTimer(window)
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: running.is_set() and beats_while_running.append(1))
    heartbeat.start()
    outcome: list[object] = []

    def compute(context: TaskContext) -> int:
        running.set()
        try:
            with database.unit_of_work() as uow:  # the op's own unit of work, as imports do
                count = visits.count_delegates(uow, small_visit_id)
            while not stop.is_set():  # until the GUI thread has shown it kept running
                _busy_python(20)
                context.progress(1, 2, "computing")
            return count
        finally:
            running.clear()

    task = window.tasks.run(compute, outcome.append, outcome.append, parent=window)
    assert not task.done  # a real thread, not inline
    qtbot.waitUntil(lambda: len(beats_while_running) >= 5, timeout=20_000)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        stop.set()
    heartbeat.stop()
    assert outcome == [4]
    assert window.tasks.running == 0


def test_the_heap_is_frozen_and_threads_switch_sooner_only_while_a_job_runs(
    runner: TaskRunner, qtbot
) -> None:
    switch_before = sys.getswitchinterval()
    seen: dict[str, float] = {}

    def look(context: TaskContext) -> None:
        seen["frozen"] = gc.get_freeze_count()
        seen["switch"] = sys.getswitchinterval()

    task = runner.run(look, lambda result: None, lambda error: pytest.fail(str(error)))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert seen["frozen"] > 0  # the long-lived objects were not walked by collections
    assert seen["switch"] == min(tasks.JOB_SWITCH_INTERVAL_S, switch_before)
    assert gc.get_freeze_count() == 0  # unfrozen again: their garbage is collected later
    assert sys.getswitchinterval() == switch_before
    assert not tasks.while_jobs_run.held


def test_a_failing_job_also_gives_the_settings_back(runner: TaskRunner, qtbot) -> None:
    switch_before = sys.getswitchinterval()
    errors: list[BaseException] = []

    def broken(context: TaskContext) -> None:
        raise OSError("the disk is full")

    task = runner.run(broken, lambda result: None, errors.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert [str(error) for error in errors] == ["the disk is full"]
    assert gc.get_freeze_count() == 0
    assert sys.getswitchinterval() == switch_before


def test_progress_reported_every_row_reaches_the_gui_thread_thinned_out() -> None:
    received: list[tuple[int, int, str]] = []
    context = TaskContext(lambda done, total, label: received.append((done, total, label)))
    for row in range(1, 5_001):
        context.progress(row, 10_000, "reading")
    for row in range(5_001, 10_001):
        context.progress(row, 10_000, "writing")
    assert received[0] == (1, 10_000, "reading")  # the first report
    assert (5_001, 10_000, "writing") in received  # a new phase is shown at once
    assert received[-1] == (10_000, 10_000, "writing")  # and so is the last step
    assert len(received) < 1_000  # not one event per row for the GUI thread


def test_the_job_may_end_while_the_progress_dialog_handles_a_report(
    runner: TaskRunner, qtbot
) -> None:
    """A modal QProgressDialog processes events in setValue: the outcome can arrive there."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog_shown = threading.Event()
    outcome: list[str] = []

    def report_and_finish(context: TaskContext) -> str:
        assert dialog_shown.wait(10)
        context.progress(1, 3, "first")
        context.progress(2, 3, "second")  # a new label: not thinned out
        return "written"

    task = runner.run(
        report_and_finish,
        outcome.append,
        lambda error: outcome.append(f"failure {error!r}"),
        label="Writing",
        parent=parent,
    )
    dialog = task.dialog
    assert dialog is not None
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    # Shown after its minimum duration: from then on its setValue processes events.
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        dialog_shown.set()
        time.sleep(0.3)  # the reports and the outcome are all queued before the first is handled
    assert outcome == ["written"]
    assert task.dialog is None
