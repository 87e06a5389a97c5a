"""Every change the coordinator makes: committed at once, undoable, redoable.

    editor.apply(text, change)                    # undo restores a snapshot
    editor.apply(text, change, scope=Scope.of(delegates=ids))  # ... of these rows
    editor.apply(text, change, revert=put_back)   # undo runs ``put_back``

``change(uow)`` and ``revert(uow)`` call services in one unit of work which
the editor commits; a refused change (StudyvisitError) rolls back, is shown
through ``failed`` and leaves nothing on the undo stack. Without ``revert`` the
editor takes a snapshot of the whole visit before and after the change
(milliseconds for a visit of demo size) and undo/redo restore them, which is
right for deletes, imports and structural edits whatever services they call.
That costs seconds in a visit of 100,000 delegates, so edits say what they
touch with a ``scope`` (``services.visit_snapshot.Scope``): the snapshots then
hold those rows, rows added to their tables and rows referring to them. With
``check_scopes`` on (the tests turn it on) the editor also takes whole
snapshots and raises ScopeTooNarrow when the scope missed a row. Give
``revert`` for frequent one-field edits, and make both functions refer to
records by key, not id.

After every change, undo or redo, ``changed`` is emitted; the window reloads
the visit from the database and re-runs the plan checker.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studyvisit.errors import StudyvisitError
from studyvisit.ui.service_messages import explain

if TYPE_CHECKING:  # SQLAlchemy is imported after the window's first paint
    from PySide6.QtWidgets import QWidget

    from studyvisit.db import Database, UnitOfWork
    from studyvisit.services import visit_snapshot
    from studyvisit.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
Change = Callable[["UnitOfWork"], Any]
CHECK_SCOPES_ENV = "STUDYVISIT_CHECK_UNDO_SCOPES"
# Undo or redo of a change of this many rows or more is written on a worker (a second
# for 10,000 rows): the window keeps painting, and Edit waits until it is written.
BACKGROUND_REPLAY_FROM = 1000


class ScopeTooNarrow(AssertionError):
    """An edit changed rows outside the scope it declared: its undo would miss them."""


class _Edit(QUndoCommand):
    """One done change; QUndoStack.push calls redo() at once, which is skipped: it is done."""

    def __init__(
        self, editor: VisitEditor, text: str, redo: Change, undo: Change, rows: int = 0
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self._redo = redo
        self._undo = undo
        self._rows = rows  # how many rows a replay writes
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._editor._replay(self._redo, self.text(), self._rows)

    def undo(self) -> None:
        self._editor._replay(self._undo, self.text(), self._rows)


class VisitEditor(QObject):
    """Applies changes to the chosen visit and keeps their undo history."""

    changed = Signal()  # the visit's data changed (an edit, an undo, a redo)
    failed = Signal(str)  # a change was refused or could not be undone: the reason
    # Compare every scoped difference with a whole one (slow: for tests).
    check_scopes = os.environ.get(CHECK_SCOPES_ENV) == "1"

    def __init__(self, database: Callable[[], Database], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.visit_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        # A dialog that says why in its own message line takes refusals here
        # instead of ``failed`` (the window's message box): said once, where typed.
        self._refusal_taker: Callable[[str], None] | None = None
        # Where big undos and redos are written, and whose window shows their progress
        # (the main window sets both; without them every replay runs here and now).
        self.tasks: TaskRunner | None = None
        self.progress_parent: QWidget | None = None
        self._replays: deque[tuple[Change, str]] = deque()  # waiting, in order
        self._replaying = False  # one is being written on the worker

    @property
    def replaying(self) -> bool:
        """An undo or redo is being written on a worker (new edits wait for it)."""
        return self._replaying

    @property
    def database(self) -> Database:
        return self._database()

    def set_visit(self, visit_id: int | None) -> None:
        """Edits are per visit: switching visits starts a new history."""
        if visit_id != self.visit_id:
            self.visit_id = visit_id
            self.undo_stack.clear()

    def forget_history(self) -> None:
        """After a change made elsewhere, old snapshots would overwrite it."""
        self.undo_stack.clear()

    # ------------------------------------------------------------------ changes

    def apply(
        self,
        text: str,
        change: Callable[[UnitOfWork], T],
        revert: Change | None = None,
        *,
        scope: visit_snapshot.Scope | None = None,
    ) -> T | None:
        """Make ``change`` now, in its own transaction; None (and ``failed``) when refused.

        ``scope``: the rows ``change`` may touch, for undo (see the module's text).
        """
        if self._replaying:
            self._refuse_while_replaying()
            return None
        try:
            result, difference = _commit(
                self.database,
                self.visit_id if revert is None else None,
                change,
                scope,
                check=self.check_scopes,
            )
        except ScopeTooNarrow:
            raise
        except Exception as error:
            self._refuse(_reason(error, text))
            return None
        if difference is not None:
            if difference:
                self.undo_stack.push(_Edit(self, text, *_replayers(difference), difference.size()))
        elif revert is not None:
            self.undo_stack.push(_Edit(self, text, change, revert))
        self.changed.emit()
        return result

    def apply_in_background(
        self,
        text: str,
        change: Callable[[UnitOfWork], Any],
        *,
        scope: visit_snapshot.Scope,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        """apply() for a bulk change of thousands of rows: the transaction and its
        snapshots run on a worker (a progress dialog with Cancel after half a second;
        Cancel rolls it all back); the undo step is recorded when it is done."""
        if self._replaying:
            self._refuse_while_replaying()
            return
        database, visit_id, check = self.database, self.visit_id, self.check_scopes

        def op(context: TaskContext) -> visit_snapshot.Change | None:
            context.progress(0, 0, text)
            _, difference = _commit(database, visit_id, change, scope, check=check, context=context)
            return difference

        def done(difference: visit_snapshot.Change | None) -> None:
            if difference and self.visit_id == visit_id:
                self.undo_stack.push(_Edit(self, text, *_replayers(difference), difference.size()))
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, ScopeTooNarrow):
                raise error
            self._refuse(_reason(error, text))

        tasks.run(op, done, failed, label=text, parent=parent)

    def apply_or_reason(
        self,
        text: str,
        change: Callable[[UnitOfWork], Any],
        *,
        scope: visit_snapshot.Scope | None = None,
    ) -> str | None:
        """Like apply(), for a dialog: None when done, else the reason, not shown elsewhere."""
        reasons: list[str] = []
        previous, self._refusal_taker = self._refusal_taker, reasons.append
        try:
            self.apply(text, change, scope=scope)
        finally:
            self._refusal_taker = previous
        return reasons[0] if reasons else None

    def _refuse_while_replaying(self) -> None:
        self._refuse(
            QCoreApplication.translate(
                "VisitEditor", "An undo or redo is still being written; try again in a moment."
            )
        )

    def _refuse(self, reason: str) -> None:
        if self._refusal_taker is not None:
            self._refusal_taker(reason)
        else:
            self.failed.emit(reason)

    def snapshot(self) -> visit_snapshot.Snapshot | None:
        """The visit now, for a change made elsewhere (a worker) to be recorded after it."""
        from studyvisit.services import visit_snapshot

        if self.visit_id is None:
            return None
        with self.database.unit_of_work() as uow:
            return visit_snapshot.take(uow, self.visit_id)

    def record(
        self,
        text: str,
        before: visit_snapshot.Snapshot | None,
        after: visit_snapshot.Snapshot | None = None,
    ) -> None:
        """Put a change that a worker committed on the undo stack.

        ``before`` from snapshot() or taken by the worker before it wrote; ``after``
        taken by the worker once it committed (else read here, on the GUI thread:
        about 140 ms for a visit of 10,000 delegates).
        """
        from studyvisit.services import visit_snapshot

        if after is None:
            after = self.snapshot()
        if before is not None and after is not None and before.visit_id == after.visit_id:
            difference = visit_snapshot.difference(before, after)
            if difference:
                self.undo_stack.push(_Edit(self, text, *_replayers(difference), difference.size()))
        self.changed.emit()

    def _replay(self, change: Change, text: str, rows: int = 0) -> None:
        """Write an undo or redo: big ones (and any queued behind them) on the worker,
        one after another in the order asked; the undo stack has moved on already."""
        if self._replaying or (self.tasks is not None and rows >= BACKGROUND_REPLAY_FROM):
            self._replays.append((change, text))
            if not self._replaying:
                self._replay_next()
            return
        try:
            _write(self.database, change)
        except Exception as error:  # e.g. another user changed the same rows meanwhile
            self._replay_failed(error, text)
        self.changed.emit()

    def _replay_next(self) -> None:
        if not self._replays:
            self._replaying = False
            return
        assert self.tasks is not None
        self._replaying = True
        change, text = self._replays.popleft()
        database = self.database

        def op(context: TaskContext) -> None:
            context.progress(0, 0, text)
            _write(database, change)  # not cancellable: the history has moved already

        def done(_result: object) -> None:
            self.changed.emit()
            self._replay_next()

        def failed(error: BaseException) -> None:
            self._replays.clear()
            self._replaying = False
            self._replay_failed(error, text)
            self.changed.emit()

        self.tasks.run(op, done, failed, label=text, parent=self.progress_parent, cancellable=False)

    def _replay_failed(self, error: BaseException, text: str) -> None:
        log.error("Undo/redo of %r failed", text, exc_info=error)
        self.failed.emit(
            explain(str(error)) if isinstance(error, StudyvisitError) else _technical(error)
        )
        # The history no longer matches the data: keep the data, drop the history
        # (after this call returns: the stack is running one of its commands now).
        QTimer.singleShot(0, self.undo_stack.clear)


def _write(database: Database, change: Change) -> None:
    with database.unit_of_work() as uow:
        change(uow)
        uow.commit()


def _commit(
    database: Database,
    visit_id: int | None,
    change: Callable[[UnitOfWork], T],
    scope: visit_snapshot.Scope | None,
    *,
    check: bool,
    context: TaskContext | None = None,
) -> tuple[T, visit_snapshot.Change | None]:
    """Run ``change`` in one transaction and commit it; with a ``visit_id`` also the
    difference it made to the visit's rows (those in ``scope``). Any thread."""
    from studyvisit.services import visit_snapshot

    with database.unit_of_work() as uow:
        before = whole = None
        if visit_id is not None:
            before = visit_snapshot.take(uow, visit_id, scope)
            if scope is not None and check:
                whole = visit_snapshot.take(uow, visit_id)
        result = change(uow)
        uow.session.flush()
        difference = None
        if before is not None:
            after = visit_snapshot.take(uow, before.visit_id, since=before)
            difference = visit_snapshot.difference(before, after)
            if whole is not None:
                expected = visit_snapshot.difference(
                    whole, visit_snapshot.take(uow, whole.visit_id)
                )
                misses = visit_snapshot.scope_misses(expected, difference)
                if misses:
                    raise ScopeTooNarrow("; ".join(misses))
        if context is not None:
            context.raise_if_cancelled()  # the last moment Cancel can take it all back
        uow.commit()
    return result, difference


def _reason(error: BaseException, text: str) -> str:
    """What the coordinator is told when a change was refused or failed."""
    if isinstance(error, StudyvisitError):
        return explain(str(error))
    log.error("Change %r failed", text, exc_info=error)  # unforeseen: say it, keep going
    return _technical(error)


def _technical(error: BaseException) -> str:
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return QCoreApplication.translate(
        "VisitEditor", "The database refused the change (%1). Nothing was changed."
    ).replace("%1", first_line or type(error).__name__)


def _replayers(difference: visit_snapshot.Change) -> tuple[Change, Change]:
    from studyvisit.services import visit_snapshot

    def redo(uow: UnitOfWork) -> None:
        visit_snapshot.apply(uow, difference, backwards=False)

    def undo(uow: UnitOfWork) -> None:
        visit_snapshot.apply(uow, difference, backwards=True)

    return redo, undo
