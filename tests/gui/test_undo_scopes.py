"""Edits that snapshot only the rows they touch still undo and redo everything.

Each edit below declares an undo scope at its call site; the test session
runs with ``VisitEditor.check_scopes`` on (tests/conftest.py), so an edit
whose scope misses a row it changed raises ScopeTooNarrow. On top of that,
each case compares the whole visit after undo and redo with before and after.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from studyvisit.services import visit_file
from studyvisit.ui.editing import VisitEditor


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def _document(window) -> dict:
    with window.database.unit_of_work() as uow:
        return visit_file.export_visit(uow, window.current_visit_id())


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def delete_the_hotel(window, qtbot, monkeypatch) -> None:
    section = window.show_section("sites")
    section.table.select_keys(["hotel"])  # stays, runs and agenda items refer to it
    section.delete_sites()


def move_the_hotel(window, qtbot, monkeypatch) -> None:
    section = window.show_section("sites")
    section.table.select_keys(["hotel"])
    dialog = section.edit_site()
    dialog.latitude.setText("53.1400")
    _ok(dialog)


def edit_a_vehicle(window, qtbot, monkeypatch) -> None:
    section = window.show_section("transport")
    section.vehicles.select_keys(["minibus"])
    dialog = section.edit_vehicle()
    dialog.seats.setValue(dialog.seats.value() + 2)
    _ok(dialog)


def delete_a_vehicle_with_its_runs(window, qtbot, monkeypatch) -> None:
    section = window.show_section("transport")
    section.vehicles.select_keys(["bus-2"])
    section.delete_vehicles()


def edit_a_driver(window, qtbot, monkeypatch) -> None:
    from studyvisit.ui.dialogs.staff_form import StaffForm

    def typed(form: StaffForm) -> bool:
        form.edits["phone"].setText("+48 600 000 111")
        return True

    monkeypatch.setattr(StaffForm, "exec", typed)
    section = window.show_section("staff")
    driver_key = window.visit.plan.vehicles[0].driver_key
    member = next(m for m in window.visit.plan.staff if m.key == driver_key)
    assert section.edit_member(member)


def delete_a_driver(window, qtbot, monkeypatch) -> None:
    section = window.show_section("staff")
    section.table.select_keys([window.visit.plan.vehicles[0].driver_key])
    assert section.delete_selected(confirm=False) == 1


def delete_two_delegates(window, qtbot, monkeypatch) -> None:
    section = window.show_section("delegates")
    section.table.select_keys([d.key for d in window.visit.plan.delegates[:2]])
    assert section.delete_selected(confirm=False) == 2


def add_a_group_with_members(window, qtbot, monkeypatch) -> None:
    section = window.show_section("groups")
    assert section.add_group("Excursion")
    group = next(g for g in window.visit.plan.groups if g.name == "Excursion")
    members = [d.key for d in window.visit.plan.delegates[:3]]
    assert window.show_section("groups").set_members(group, members)


def delete_a_group(window, qtbot, monkeypatch) -> None:
    section = window.show_section("groups")
    section.table.select_keys([window.visit.plan.groups[0].key])
    assert section.delete_selected(confirm=False) == 1


def duplicate_and_delete_agenda_items(window, qtbot, monkeypatch) -> None:
    section = window.show_section("itinerary")
    copies = section.duplicate_items(["lunch-3"])
    assert copies
    section.delete_items(["breakfast-3"])


def cancel_stays(window, qtbot, monkeypatch) -> None:
    section = window.show_section("accommodation")
    section.table.view.selectRow(0)
    assert section.cancel_selected(confirm=False) == 1


EDITS: list[Callable] = [
    delete_the_hotel,
    move_the_hotel,
    edit_a_vehicle,
    delete_a_vehicle_with_its_runs,
    edit_a_driver,
    delete_a_driver,
    delete_two_delegates,
    add_a_group_with_members,
    delete_a_group,
    duplicate_and_delete_agenda_items,
    cancel_stays,
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__)
def test_a_scoped_edit_undoes_and_redoes_the_whole_visit(demo_window, qtbot, monkeypatch, edit):
    assert VisitEditor.check_scopes  # set by tests/conftest.py: scopes are checked
    window = demo_window
    stack = window.editor.undo_stack
    original = _document(window)

    edit(window, qtbot, monkeypatch)

    changed = _document(window)
    assert changed != original
    steps = stack.index()
    assert steps >= 1
    for _ in range(steps):
        stack.undo()
    assert _document(window) == original
    for _ in range(steps):
        stack.redo()
    assert _document(window) == changed


def test_an_edit_outside_its_scope_is_caught_and_rolled_back(demo_window):
    from studyvisit.services import sites
    from studyvisit.services.visit_snapshot import Scope
    from studyvisit.ui.editing import ScopeTooNarrow

    window = demo_window
    original = _document(window)
    hotel = window.visit.sites["hotel"]
    with pytest.raises(ScopeTooNarrow, match="accommodation removed"):
        window.editor.apply(
            "Delete the hotel",
            lambda uow: sites.delete_site(uow, hotel.id),
            scope=Scope.only(sites=[hotel.id]),  # wrong: stays and items refer to it
        )
    assert _document(window) == original
    assert not window.editor.undo_stack.canUndo()


def test_a_bulk_change_of_many_rows_runs_as_a_job_and_undoes(demo_window, monkeypatch):
    from studyvisit.ui.sections import base

    monkeypatch.setattr(base, "BACKGROUND_EDIT_FROM", 3)  # the demo visit has 18 delegates
    window = demo_window
    jobs: list[str] = []
    run = window.tasks.run
    monkeypatch.setattr(
        window.tasks, "run", lambda op, *a, **k: jobs.append(k["label"]) or run(op, *a, **k)
    )
    section = window.show_section("delegates")
    chosen = [d.key for d in window.visit.plan.delegates[:4]]
    section.table.select_keys(chosen)
    original = _document(window)

    assert section.set_category_of_selected("business")

    assert jobs == ["Set the category of 4 delegates"]
    assert {d.category for d in window.visit.plan.delegates if d.key in chosen} == {"business"}
    window.editor.undo_stack.undo()
    assert _document(window) == original


def test_cancel_takes_a_bulk_change_back(demo_window):
    from studyvisit.services import delegates
    from studyvisit.services.visit_snapshot import Scope
    from studyvisit.ui.editing import _commit
    from studyvisit.ui.tasks import Cancelled, TaskContext

    window = demo_window
    original = _document(window)
    visit_id = window.current_visit_id()
    chosen = window.visit.plan.delegates[:4]
    context = TaskContext()
    context.cancel()  # pressed while the change was being made
    with pytest.raises(Cancelled):
        _commit(
            window.database,
            visit_id,
            lambda uow: delegates.delete_delegates(uow, visit_id, [d.id for d in chosen]),
            Scope.of(delegates=[d.id for d in chosen]),
            check=True,
            context=context,
        )
    assert _document(window) == original


def test_undo_and_redo_of_a_big_change_are_written_on_a_worker_in_order(
    make_window, database, demo_visit_id, qtbot, monkeypatch
):
    from studyvisit.ui import editing
    from studyvisit.ui.sections import base

    monkeypatch.setattr(base, "BACKGROUND_EDIT_FROM", 3)  # the demo visit has 18 delegates
    monkeypatch.setattr(editing, "BACKGROUND_REPLAY_FROM", 3)
    window = make_window(database, demo_visit_id, inline_tasks=False)  # real worker threads
    editor = window.editor
    section = window.show_section("delegates")
    chosen = [d.key for d in window.visit.plan.delegates[:5]]
    section.table.select_keys(chosen)
    original = _document(window)
    section.set_category_of_selected("business")
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 1 and window.tasks.running == 0)
    changed = _document(window)
    assert {d["category"] for d in changed["delegates"] if d["key"] in chosen} == {"business"}

    jobs: list[str] = []
    run = window.tasks.run
    monkeypatch.setattr(
        window.tasks, "run", lambda op, *a, **k: jobs.append(k["label"]) or run(op, *a, **k)
    )
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: refusals.append(text))
    editor.undo_stack.undo()
    editor.undo_stack.redo()  # pressed again before the undo was written: it waits its turn
    editor.undo_stack.undo()
    assert editor.replaying
    # A new edit meanwhile would be made on rows the worker is still writing: refused.
    assert editor.apply("Rename", lambda uow: None) is None
    assert refusals == ["An undo or redo is still being written; try again in a moment."]
    qtbot.waitUntil(lambda: not editor.replaying and window.tasks.running == 0)

    assert jobs == ["Set the category of 5 delegates"] * 3
    assert _document(window) == original
    qtbot.waitUntil(
        lambda: {d.category for d in window.visit.plan.delegates if d.key in chosen} != {"business"}
    )
    assert editor.undo_stack.canRedo() and not editor.undo_stack.canUndo()
    editor.undo_stack.redo()
    qtbot.waitUntil(lambda: not editor.replaying and window.tasks.running == 0)
    assert _document(window) == changed
    assert refusals == refusals[:1]  # nothing failed
