"""Edits through the window's editor: committed at once, undone and redone, refusals shown."""

from __future__ import annotations

import datetime as dt

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


def test_a_big_visit_is_read_again_on_a_worker_and_only_the_last_reload_counts(
    make_window, database, demo_visit_id, qtbot, monkeypatch
):
    from studyvisit.ui import main_window

    monkeypatch.setattr(main_window, "BACKGROUND_RELOAD_FROM", 1)  # the demo counts as big
    window = make_window(database, demo_visit_id, inline_tasks=False)
    qtbot.waitUntil(lambda: window.current_visit_id() == demo_visit_id, timeout=10_000)
    visit_id = window.current_visit_id()
    first, second = window.visit.plan.delegates[:2]
    shown: list[int] = []
    window.visit_loaded.connect(lambda loaded: shown.append(len(loaded.plan.delegates)))

    window.editor.apply(
        "Delete delegate", lambda uow: delegates.delete_delegates(uow, visit_id, [first.id])
    )
    window.editor.apply(
        "Delete delegate", lambda uow: delegates.delete_delegates(uow, visit_id, [second.id])
    )
    assert window.statusBar().currentMessage() == "Reading the visit…"
    assert len(window.visit.plan.delegates) == 18  # the window did not wait for the worker

    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert shown == [16]  # the first reload's result was older than the second edit: dropped
    assert len(window.visit.plan.delegates) == 16
    assert window.section("delegates").table.model.total_count() == 16
    assert window.statusBar().currentMessage() == ""


def test_sections_off_screen_catch_up_when_shown(demo_window, monkeypatch):
    window = demo_window
    delegates_section = window.show_section("delegates")
    window.show_section("itinerary")
    refreshed: list[int] = []
    original = type(delegates_section).show_visit
    monkeypatch.setattr(
        delegates_section,
        "show_visit",
        lambda loaded: (
            refreshed.append(len(loaded.plan.delegates)),
            original(delegates_section, loaded),
        ),
    )
    visit_id = window.current_visit_id()
    victim = window.visit.plan.delegates[0]

    window.editor.apply(
        "Delete delegate", lambda uow: delegates.delete_delegates(uow, visit_id, [victim.id])
    )
    assert refreshed == []  # not on screen: not refilled after the edit
    assert window.section("itinerary").visit is window.visit  # the one on screen is

    window.section_list.setCurrentIndex(window.section_model.index(1, 0))  # a click on Delegates
    assert window.current_section() is delegates_section
    assert refreshed == [17]
    assert delegates_section.table.model.total_count() == 17


def test_a_big_visit_opens_on_a_worker_and_a_switch_meanwhile_wins(
    make_window, database, demo_visit_id, qtbot, monkeypatch
):
    from studyvisit.ui import main_window

    with database.unit_of_work() as uow:
        other_id = visits.create_visit(
            uow, "Second visit", dt.date(2020, 5, 4), dt.date(2020, 5, 6)
        ).id
        uow.commit()
    monkeypatch.setattr(main_window, "BACKGROUND_RELOAD_FROM", 1)  # the demo counts as big
    window = make_window(database, demo_visit_id, inline_tasks=False)
    # The window is up before the visit is read; the status bar says what is going on.
    assert window.statusBar().currentMessage() == "Reading the visit…"
    qtbot.waitUntil(lambda: window.current_visit_id() == demo_visit_id, timeout=10_000)
    assert window.section("delegates").table.model.total_count() == 18

    window.select_visit(other_id)  # empty: read at once, no worker
    assert window.current_visit_id() == other_id
    window.select_visit(demo_visit_id)  # big again: on a worker...
    window.select_visit(other_id)  # ...overtaken by a choice made before it is read
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)
    qtbot.wait(50)
    assert window.current_visit_id() == other_id
    assert window.section("delegates").table.model.total_count() == 0
