"""A database changed from outside (another window, a script, a colleague) is shown, not overwritten."""

from __future__ import annotations

import datetime as dt

from studyvisit.db import Database, open_database
from studyvisit.services import delegates, visits
from studyvisit.ui.database_watch import DatabaseWatch
from studyvisit.ui.dialogs.new_visit import NewVisit
from studyvisit.ui.dialogs.visit_properties import apply_properties
from studyvisit.ui.main_window import MainWindow


def _elsewhere(database: Database) -> Database:
    """A second connection to the same database, as another studyvisit would have."""
    return open_database(database.url)


def test_a_change_made_elsewhere_is_reloaded_keeping_section_and_selection(
    window: MainWindow, database: Database, qtbot
) -> None:
    visit_id = window.current_visit_id()
    delegates_section = window.show_section("delegates")
    delegates_section.table.select_keys(["d3"])
    apply_properties(window.context, window.visit.plan.visit, {"funder": "Our own edit"})
    assert window.editor.undo_stack.canUndo()

    other = _elsewhere(database)
    try:
        with other.unit_of_work() as uow:
            visits.update_visit(uow, visit_id, name="Renamed by a colleague")
            victim = next(d for d in visits.load_plan(uow, visit_id).delegates if d.key == "d1")
            delegates.delete_delegates(uow, visit_id, [victim.id])
            uow.commit()
    finally:
        other.close()

    # The real timer (every 1.5 s) notices it.
    qtbot.waitUntil(lambda: window.visit.plan.visit.name == "Renamed by a colleague", timeout=5000)
    assert window.windowTitle() == "Renamed by a colleague — studyvisit"
    assert window.switcher.combo.currentText().startswith("Renamed by a colleague")
    assert "d1" not in {d.key for d in window.visit.plan.delegates}
    assert delegates_section.model.rowCount() == 3
    assert window.current_section() is delegates_section
    assert delegates_section.table.selected_keys() == ["d3"]
    assert window.visit.plan.visit.funder == "Our own edit"  # ours is kept too
    assert not window.editor.undo_stack.canUndo()  # undoing would overwrite their change
    assert "changed elsewhere" in window.statusBar().currentMessage()


def test_our_own_edits_are_not_taken_for_outside_changes(window: MainWindow) -> None:
    window.watch.timer.stop()  # polled by hand below
    apply_properties(window.context, window.visit.plan.visit, {"host": "Ours"})
    window.actions.undo.trigger()
    window.actions.redo.trigger()
    assert window.watch.poll() is False
    assert window.editor.undo_stack.canUndo()
    window.create_visit(NewVisit("Another", dt.date(2025, 1, 1), dt.date(2025, 1, 2)))
    assert window.watch.poll() is False
    assert window.delete_current_visit(confirm=False)
    assert window.watch.poll() is False


def test_a_visit_deleted_elsewhere_gives_way_to_another(
    make_window, database: Database, small_visit_id: int, second_visit_id: int, qtbot
) -> None:
    window = make_window(database, second_visit_id)
    window.watch.timer.stop()
    other = _elsewhere(database)
    try:
        with other.unit_of_work() as uow:
            visits.delete_visit(uow, second_visit_id)
            uow.commit()
    finally:
        other.close()
    assert window.watch.poll() is True
    assert window.current_visit_id() == small_visit_id
    assert window.switcher.combo.count() == 1


def test_nothing_is_compared_while_our_own_job_runs(database: Database, qtbot) -> None:
    busy = [True]
    watch = DatabaseWatch(is_busy=lambda: busy[0])
    watch.watch(database)
    try:
        with database.unit_of_work() as uow:  # as our import worker would commit
            visits.create_visit(uow, "Imported", dt.date(2025, 1, 1), dt.date(2025, 1, 2))
            uow.commit()
        assert watch.poll() is False
        busy[0] = False
        assert watch.poll() is False  # a fresh baseline after the job, not a reload
        other = _elsewhere(database)
        with other.unit_of_work() as uow:
            visits.create_visit(uow, "Theirs", dt.date(2025, 1, 1), dt.date(2025, 1, 2))
            uow.commit()
        other.close()
        with qtbot.waitSignal(watch.changed_elsewhere, timeout=1000):
            assert watch.poll() is True
    finally:
        watch.stop()


def test_the_fingerprint_watch_for_server_databases(database: Database, qtbot) -> None:
    watch = DatabaseWatch(fingerprint=True, interval_ms=50)
    watch.watch(database)
    try:
        assert watch.active
        other = _elsewhere(database)
        with other.unit_of_work() as uow:
            visits.create_visit(uow, "Theirs", dt.date(2025, 1, 1), dt.date(2025, 1, 2))
            uow.commit()
        other.close()
        with qtbot.waitSignal(watch.changed_elsewhere, timeout=2000):
            pass  # the timer polls by itself
    finally:
        watch.stop()
    assert not watch.active
