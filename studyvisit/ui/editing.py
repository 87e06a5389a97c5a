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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studyvisit.errors import StudyvisitError

if TYPE_CHECKING:  # SQLAlchemy is imported after the window's first paint
    from studyvisit.db import Database, UnitOfWork
    from studyvisit.services import visit_snapshot

log = logging.getLogger(__name__)

T = TypeVar("T")
Change = Callable[["UnitOfWork"], Any]
CHECK_SCOPES_ENV = "STUDYVISIT_CHECK_UNDO_SCOPES"


class ScopeTooNarrow(AssertionError):
    """An edit changed rows outside the scope it declared: its undo would miss them."""


class _Edit(QUndoCommand):
    """One done change; QUndoStack.push calls redo() at once, which is skipped: it is done."""

    def __init__(self, editor: VisitEditor, text: str, redo: Change, undo: Change) -> None:
        super().__init__(text)
        self._editor = editor
        self._redo = redo
        self._undo = undo
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._editor._replay(self._redo, self.text())

    def undo(self) -> None:
        self._editor._replay(self._undo, self.text())


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
        visit_id = self.visit_id
        try:
            with self.database.unit_of_work() as uow:
                snapshots = revert is None and visit_id is not None
                before = self._before(uow, visit_id, scope) if snapshots else None
                result = change(uow)
                uow.session.flush()
                difference = self._difference(uow, before) if before is not None else None
                uow.commit()
        except ScopeTooNarrow:
            raise
        except StudyvisitError as error:
            self._refuse(str(error))
            return None
        except Exception as error:  # a constraint the services did not foresee: say it, keep going
            log.exception("Change %r failed", text)
            self._refuse(_technical(error))
            return None
        if difference is not None:
            if difference:
                self.undo_stack.push(_Edit(self, text, *_replayers(difference)))
        elif revert is not None:
            self.undo_stack.push(_Edit(self, text, change, revert))
        self.changed.emit()
        return result

    def _before(
        self, uow: UnitOfWork, visit_id: int, scope: visit_snapshot.Scope | None
    ) -> tuple[visit_snapshot.Snapshot, visit_snapshot.Snapshot | None]:
        """The snapshot for undo, and with check_scopes a whole one to check it against."""
        from studyvisit.services import visit_snapshot

        snapshot = visit_snapshot.take(uow, visit_id, scope)
        whole = visit_snapshot.take(uow, visit_id) if scope and self.check_scopes else None
        return snapshot, whole

    def _difference(
        self,
        uow: UnitOfWork,
        before: tuple[visit_snapshot.Snapshot, visit_snapshot.Snapshot | None],
    ) -> visit_snapshot.Change:
        from studyvisit.services import visit_snapshot

        snapshot, whole = before
        after = visit_snapshot.take(uow, snapshot.visit_id, since=snapshot)
        found = visit_snapshot.difference(snapshot, after)
        if whole is not None:
            expected = visit_snapshot.difference(whole, visit_snapshot.take(uow, whole.visit_id))
            misses = visit_snapshot.scope_misses(expected, found)
            if misses:
                raise ScopeTooNarrow("; ".join(misses))
        return found

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
                self.undo_stack.push(_Edit(self, text, *_replayers(difference)))
        self.changed.emit()

    def _replay(self, change: Change, text: str) -> None:
        try:
            with self.database.unit_of_work() as uow:
                change(uow)
                uow.commit()
        except Exception as error:  # e.g. another user changed the same rows meanwhile
            log.exception("Undo/redo of %r failed", text)
            self.failed.emit(
                str(error) if isinstance(error, StudyvisitError) else _technical(error)
            )
            # The history no longer matches the data: keep the data, drop the history
            # (after this call returns: the stack is running one of its commands now).
            QTimer.singleShot(0, self.undo_stack.clear)
        self.changed.emit()


def _technical(error: Exception) -> str:
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
