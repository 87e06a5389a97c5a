"""Edits through the window's editor: committed at once, undone and redone, refusals shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from studyvisit.errors import ValidationError
from studyvisit.services import delegates, visits


def _delegate_count(window) -> int:
    with window.database.unit_of_work() as uow:
        return len(delegates.list_delegates(uow, window.current_visit_id()))


def test_delete_undo_redo_through_the_edit_menu(demo_window, qtbot):
    window = demo_window
    editor = window.editor
    victim = window.visit.plan.delegates[0]
    visit_id = window.current_visit_id()

    editor.apply(
        "Delete delegate", lambda uow: delegates.delete_delegates(uow, visit_id, [victim.id])
    )

    assert _delegate_count(window) == 17
    assert len(window.visit.plan.delegates) == 17  # the window reloaded
    assert window.actions.undo.isEnabled()
    assert "Delete delegate" in window.actions.undo.text()

    window.actions.undo.trigger()
    assert _delegate_count(window) == 18
    assert victim.key in {d.key for d in window.visit.plan.delegates}
    assert window.actions.redo.isEnabled()

    window.actions.redo.trigger()
    assert _delegate_count(window) == 17
    assert window.current_visit_id() == visit_id


def test_an_edit_with_its_own_revert(demo_window):
    window = demo_window
    visit_id = window.current_visit_id()
    old_name = window.visit.plan.visit.name

    window.editor.apply(
        "Rename visit",
        lambda uow: visits.update_visit(uow, visit_id, name="Renamed"),
        revert=lambda uow: visits.update_visit(uow, visit_id, name=old_name),
    )
    assert window.visit.plan.visit.name == "Renamed"
    assert "Renamed" in window.windowTitle()
    window.editor.undo_stack.undo()
    assert window.visit.plan.visit.name == old_name


def test_a_refused_edit_changes_nothing_and_says_why(demo_window, monkeypatch):
    window = demo_window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def refuse(uow):
        delegates.delete_delegates(
            uow, window.current_visit_id(), [window.visit.plan.delegates[0].id]
        )
        raise ValidationError("Not today.")

    assert window.editor.apply("Refused", refuse) is None
    assert shown == ["Not today."]
    assert _delegate_count(window) == 18
    assert not window.editor.undo_stack.canUndo()
