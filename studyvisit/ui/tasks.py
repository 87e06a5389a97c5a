"""One small API for everything slow (STYLE.md items 8 and 9).

    runner.run(op, on_success, on_failure, label=..., parent=window)

``op(context)`` runs on a QThreadPool thread: it opens its own unit of work,
never touches a widget, reports ``context.progress(done, total, label)`` and
checks ``context.cancelled`` (or calls ``context.raise_if_cancelled()``)
between rows or pages. The callbacks run on the GUI thread. Every exception
reaches ``on_failure``; a cancelled job calls ``on_cancelled`` instead, it is
not an error. A progress dialog with Cancel appears only when a job lasts more
than half a second and a parent widget was given.

Tests may build the runner with ``inline=True``: the op then runs at once on
the calling thread, with the same callbacks.
"""

from __future__ import annotations

import threading
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

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):  # noqa: N818 - it is a state, not an error
    """Raised inside an op to stop it because the user cancelled."""


class TaskContext:
    """What an op gets: progress reporting and the cancel flag (thread-safe)."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int = 0, label: str = "") -> None:
        """Report ``done`` of ``total`` steps (total 0: unknown) and what is being done."""
        if self._report is not None:
            self._report(done, total, label)


Op = Callable[[TaskContext], Any]


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

    def run(self) -> None:
        try:
            result = self._op(self._context)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - every failure must reach on_failure
            self._signals.failed.emit(error)
        else:
            if self._context.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)


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

    def show_progress(self, parent: QWidget, label: str) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent
        )
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
        self.progressed.emit(done, total, label)
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if label:
            self.dialog.setLabelText(label)

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
    ) -> Task:
        """Start ``op``; exactly one of the callbacks runs later, on the GUI thread."""
        task = Task(op, on_success, on_failure, on_cancelled, self)
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        if self.inline:
            task._run_inline()
            return task
        if parent is not None:
            task.show_progress(parent, label)
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
