"""One small API for everything slow (STYLE.md items 8 and 9).

    runner.run(op, on_success, on_failure, label=..., parent=window)

``op(context)`` runs on a QThreadPool thread: it opens its own unit of work,
never touches a widget, reports ``context.progress(done, total, label)`` and
checks ``context.cancelled`` (or calls ``context.raise_if_cancelled()``)
between rows or pages. The callbacks run on the GUI thread. Every exception
reaches ``on_failure``; a cancelled job calls ``on_cancelled`` instead, it is
not an error. A progress dialog with Cancel appears only when a job lasts more
than half a second and a parent widget was given.

Keeping the window responsive while a job runs (benchmarks/bench_gui_responsiveness.py):

- Progress reaches the GUI thread at most ``PROGRESS_PER_SECOND`` times a second (the first
  report, a new label and the last step always do): an op may report every row.
- While any job runs, the objects that existed when it started are frozen out of the cyclic
  garbage collector (``gc.freeze``). A full collection walks every live object while holding
  the GIL; with the window, a loaded visit and SQLAlchemy alive that is some 160,000 objects
  and 120-170 ms here, triggered by the worker's allocations and freezing the GUI thread for
  as long. Frozen, a collection walks only what was made since. They are unfrozen when the
  last job ends, so cycles that died meanwhile are still collected later.
- While any job runs, the interpreter switches threads every millisecond instead of every
  five: a repaint of a view calls the Python model for each cell and waits for the GIL each
  time the worker holds it, so scrolling a table during a badge run paused the window up to
  130 ms; with 1 ms at most about 60 ms, at no measurable cost to the worker.

Tests may build the runner with ``inline=True``: the op then runs at once on
the calling thread, with the same callbacks.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from studyvisit.gc_pause import unfreeze_unless_pinned

PROGRESS_DELAY_MS = 500
PROGRESS_PER_SECOND = 20  # more is not seen, and each report costs the GUI thread a turn
FREEZE_HEAP_WHILE_RUNNING = True
JOB_SWITCH_INTERVAL_S = 0.001  # CPython's default is 0.005


class Cancelled(Exception):  # noqa: N818 - it is a state, not an error
    """Raised inside an op to stop it because the user cancelled."""


class TaskContext:
    """What an op gets: progress reporting and the cancel flag (thread-safe)."""

    def __init__(
        self,
        report: Callable[[int, int, str], None] | None = None,
        *,
        per_second: float | None = None,
    ) -> None:
        self._cancel = threading.Event()
        self._report = report
        per_second = PROGRESS_PER_SECOND if per_second is None else per_second
        self._min_interval = 1.0 / per_second if per_second > 0 else 0.0
        self._last_sent = float("-inf")
        self._last_label: str | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int = 0, label: str = "") -> None:
        """Report ``done`` of ``total`` steps (total 0: unknown) and what is being done.

        Called from the op's thread; reports closer together than the throttle allows are
        dropped, except a new label and the last step."""
        if self._report is None:
            return
        now = time.monotonic()
        finished = total > 0 and done >= total
        if (
            not finished
            and label == self._last_label
            and now - self._last_sent < self._min_interval
        ):
            return
        self._last_sent, self._last_label = now, label
        self._report(done, total, label)


Op = Callable[[TaskContext], Any]


class _WhileJobsRun:
    """The interpreter's settings for a GUI thread sharing the GIL with workers (see above).

    Held when a job is started (GUI thread), released when its op returns (worker thread):
    the release happens even if the window and its runner are gone by then."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._switch_interval = sys.getswitchinterval()

    def hold(self) -> None:
        with self._lock:
            if self._holders == 0:
                if FREEZE_HEAP_WHILE_RUNNING:
                    gc.freeze()
                self._switch_interval = sys.getswitchinterval()
                if JOB_SWITCH_INTERVAL_S:
                    sys.setswitchinterval(min(JOB_SWITCH_INTERVAL_S, self._switch_interval))
            self._holders += 1

    def release(self) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0:
                sys.setswitchinterval(self._switch_interval)
                unfreeze_unless_pinned()  # harmless when nothing was frozen

    @property
    def held(self) -> bool:
        return self._holders > 0


while_jobs_run = _WhileJobsRun()  # one per process, as the GIL and the collector are


class _Signals(QObject):
    # Emitted from the worker thread; queued to the GUI thread where this object lives.
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, op: Op, context: TaskContext, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task keeps it until the callbacks ran
        self._op = op
        self._context = context
        self._signals = signals
        self.holds_settings = False  # set by the runner: release while_jobs_run when done

    def run(self) -> None:
        try:
            result = self._run_op()
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - every failure must reach on_failure
            self._signals.failed.emit(error)
        else:
            if self._context.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)

    def _run_op(self) -> Any:
        try:
            return self._op(self._context)
        finally:
            if self.holds_settings:
                self.holds_settings = False
                while_jobs_run.release()


class Task(QObject):
    """A job started by :meth:`TaskRunner.run`; ``finished`` fires after its callback."""

    finished = Signal()
    progressed = Signal(int, int, str)  # done, total (0: unknown), what is being done

    def __init__(
        self,
        op: Op,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self.context = TaskContext(self._signals.progressed.emit)
        self._job = _Job(op, self.context, self._signals)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self.done = False
        self.dialog: QProgressDialog | None = None
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the op to stop; it does at its next check."""
        self.context.cancel()

    def show_progress(self, parent: QWidget, label: str, *, cancellable: bool = True) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent
        )
        if not cancellable:
            self.dialog.setCancelButton(None)  # no button that would not stop anything
        self.dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Working…"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.setValue(0)  # starts the minimum-duration timer

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish(lambda: self._on_success(result))

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._finish(lambda: self._on_failure(error))

    @Slot()
    def _cancelled(self) -> None:
        self._finish(self._on_cancelled or (lambda: None))

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, label: str) -> None:
        if self.done:
            return
        self.progressed.emit(done, total, label)
        dialog = self.dialog
        if dialog is None:
            return
        if label:
            dialog.setLabelText(label)
        dialog.setMaximum(max(total, 0))
        # Last: a modal QProgressDialog processes events in setValue, where the job's
        # outcome may arrive and close the dialog.
        dialog.setValue(min(done, total) if total else 0)

    def _finish(self, callback: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.done = True
        try:
            callback()
        finally:
            self.finished.emit()

    def _run_inline(self) -> None:
        self._job.run()  # signals are queued even here: deliver them now
        QCoreApplication.sendPostedEvents(self)


class TaskRunner(QObject):
    """Runs ops off the GUI thread on its own pool; one per main window."""

    def __init__(
        self, parent: QObject | None = None, *, inline: bool = False, max_threads: int = 2
    ) -> None:
        super().__init__(parent)
        self.inline = inline
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def run(
        self,
        op: Op,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        on_cancelled: Callable[[], None] | None = None,
        label: str = "",
        parent: QWidget | None = None,
        cancellable: bool = True,
    ) -> Task:
        """Start ``op``; exactly one of the callbacks runs later, on the GUI thread.

        ``parent``: a widget over which a progress dialog appears if the job takes
        long; with a Cancel button unless ``cancellable`` is False (an op that never
        checks ``context.cancelled``)."""
        task = Task(op, on_success, on_failure, on_cancelled, self)
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        if self.inline:
            task._run_inline()
            return task
        if parent is not None:
            task.show_progress(parent, label, cancellable=cancellable)
        while_jobs_run.hold()
        task._job.holds_settings = True
        self.pool.start(task._job)
        return task

    @property
    def running(self) -> int:
        return sum(1 for task in self._tasks if not task.done)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every job and wait for the threads; True when all stopped in time."""
        self.cancel_all()
        stopped = self.pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents()  # deliver the last callbacks
        return stopped

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        QTimer.singleShot(0, task.deleteLater)
