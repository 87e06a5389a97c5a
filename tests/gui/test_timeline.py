"""The Itinerary timeline driven with real mouse and key events: drag, resize, edit, menus, reveal."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from studyvisit.services import itinerary
from studyvisit.services.itinerary import SNAP_MINUTES, snap
from studyvisit.ui.formatting import qdatetime
from studyvisit.ui.main_window import MainWindow
from studyvisit.ui.sections.itinerary import ItinerarySection
from studyvisit.ui.timeline.view import TimelineView

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def show_itinerary(window: MainWindow) -> ItinerarySection:
    section = window.show_section("itinerary")
    QApplication.processEvents()  # the timeline lays itself out at its real size
    assert isinstance(section, ItinerarySection)
    return section


def stored(window: MainWindow, key: str):
    with window.database.unit_of_work() as uow:
        return itinerary.find_item(uow, window.current_visit_id(), key)


def exists(window: MainWindow, key: str) -> bool:
    return key in {item.key for item in window.visit.plan.agenda}


def grip(view: TimelineView, key: str, *, down: float = 8.0, bottom: bool = False) -> QPoint:
    """A viewport point on the block of ``key``: near its top (or on its bottom edge).

    Just right of the block's left edge: run chips sit further in, never there.
    """
    block = view.timeline.blocks[key]
    view.show_block(block)
    rect = block.scene_rect()
    y = rect.bottom() - 2 if bottom else rect.top() + down
    return view.mapFromScene(QPointF(rect.left() + 5, y))


def drag(view: TimelineView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (start + QPoint(0, 3), middle, end):
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, end)


def problem_codes(window: MainWindow, ref: str) -> set[str]:
    return {p.code for p in window.visit.check.problems if ref in p.refs}


def test_the_demo_visit_is_drawn_with_lanes_runs_and_no_problem_markers(demo_window) -> None:
    section = show_itinerary(demo_window)
    view = section.timeline
    layout = view.timeline.layout
    assert [column.day.day for column in layout.columns] == [2, 3, 4]
    assert layout.columns[1].lanes == ("a", "b")
    blocks = view.timeline.blocks
    assert len(blocks) == len(demo_window.visit.plan.agenda)
    assert len(view.timeline.chips) == len(demo_window.visit.plan.transport)
    assert view.timeline.chips["arrival--welcome-a"].label == "Minibus 2"
    # Parallel group visits side by side; an item for everyone spans the day.
    kom, infotech = blocks["kom-a"].scene_rect(), blocks["infotech-b"].scene_rect()
    assert kom.right() < infotech.left() and kom.top() == infotech.top()
    assert blocks["dinner-2"].scene_rect().width() > 2 * kom.width()
    assert not [b.key for b in blocks.values() if b.severity is not None]  # the demo checks clean
    # The default scale shows the whole day; drawing (headers included) raises nothing.
    assert layout.height <= view.viewport().height()
    assert not section.grab().isNull()


def test_dragging_an_item_moves_it_snapped_and_undo_puts_it_back(demo_window) -> None:
    window = demo_window
    view = show_itinerary(window).timeline
    before = stored(window, "kom-a")
    scale = view.timeline.layout.scale
    start = grip(view, "kom-a")
    drag(view, start, start + QPoint(0, 61))

    moved = stored(window, "kom-a")
    expected = snap(before.start + dt.timedelta(minutes=61 / scale))
    assert moved.start == expected
    assert moved.start.minute % SNAP_MINUTES == 0 and moved.start != before.start
    assert moved.end - moved.start == before.end - before.start
    assert window.visit.plan.agenda  # the window reloaded the plan...
    assert view.timeline.blocks["kom-a"].record.start == expected  # ...and the timeline redrew
    assert "Move" in window.actions.undo.text()

    window.actions.undo.trigger()
    assert stored(window, "kom-a").start == before.start
    window.actions.redo.trigger()
    assert stored(window, "kom-a").start == expected


def test_dragging_an_item_to_another_day_keeps_its_time_of_day(demo_window) -> None:
    window = demo_window
    view = show_itinerary(window).timeline
    layout = view.timeline.layout
    start = grip(view, "kom-a")
    shift = round(layout.columns[2].x - layout.columns[1].x)
    drag(view, start, start + QPoint(shift, 0))
    moved = stored(window, "kom-a")
    assert moved.start == dt.datetime(2019, 7, 4, 14, 30)
    assert moved.group_keys == ("a",)


def test_moving_onto_an_item_of_the_same_group_shows_an_overlap_marker(demo_window) -> None:
    window = demo_window
    view = show_itinerary(window).timeline
    assert "agenda_overlap" not in problem_codes(window, "agenda:kom-a")
    scale = view.timeline.layout.scale
    start = grip(view, "kom-a")
    drag(view, start, start - QPoint(0, round(60 * scale)))  # into lunch (for everyone)

    assert dt.time(13) < stored(window, "kom-a").start.time() < dt.time(14)
    assert "agenda_overlap" in problem_codes(window, "agenda:kom-a")
    assert "agenda_overlap" in problem_codes(window, "agenda:lunch-2")
    block = view.timeline.blocks["kom-a"]
    assert block.severity is not None
    assert "agenda_overlap" in {p.code for p in block.problems}
    assert all(html.escape(p.message) in block.tooltip_text() for p in block.problems)
    assert window.section("problems").model.rowCount() >= 1

    window.actions.undo.trigger()
    assert stored(window, "kom-a").start == dt.datetime(2019, 7, 3, 14, 30)
    assert "agenda_overlap" not in problem_codes(window, "agenda:kom-a")
    assert view.timeline.blocks["kom-a"].severity is None


def test_dragging_the_bottom_edge_resizes_and_snaps(demo_window) -> None:
    window = demo_window
    view = show_itinerary(window).timeline
    before = stored(window, "summary")
    scale = view.timeline.layout.scale
    edge = grip(view, "summary", bottom=True)
    assert view.timeline.blocks["summary"].on_bottom_edge(view.mapToScene(edge))
    drag(view, edge, edge - QPoint(0, round(37 * scale)))

    resized = stored(window, "summary")
    assert resized.start == before.start
    assert resized.end < before.end and resized.end.minute % SNAP_MINUTES == 0
    assert abs((before.end - resized.end).total_seconds() / 60 - 37) <= 5
    window.actions.undo.trigger()
    assert stored(window, "summary").end == before.end


def test_a_click_without_a_drag_only_selects(demo_window) -> None:
    window = demo_window
    section = show_itinerary(window)
    before = stored(window, "lunch-2")
    QTest.mouseClick(section.timeline.viewport(), LEFT, NO_KEYS, grip(section.timeline, "lunch-2"))
    assert stored(window, "lunch-2") == before
    assert not window.editor.undo_stack.canUndo()
    assert section.timeline.selected_keys() == ["lunch-2"]
    assert section.table.selected_keys() == ["lunch-2"]  # the table follows the timeline


def test_double_click_edits_and_refuses_bad_values(demo_window) -> None:
    window = demo_window
    section = show_itinerary(window)
    view = section.timeline
    QTest.mouseDClick(view.viewport(), LEFT, NO_KEYS, grip(view, "welcome"))
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        dialog.titles["en"].text() == "Welcome at the Marshal's Office of the Podlaskie Voivodeship"
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.end.setDateTime(qdatetime(dt.datetime(2019, 7, 2, 9, 30)))  # before the start
    QTest.mouseClick(ok, LEFT)
    assert dialog.isVisible()
    assert "must end after it starts" in dialog.message.text()
    assert stored(window, "welcome").end == dt.datetime(2019, 7, 2, 10, 45)

    dialog.end.setDateTime(qdatetime(dt.datetime(2019, 7, 2, 11, 0)))
    for edit in dialog.titles.values():
        edit.clear()
    QTest.mouseClick(ok, LEFT)
    assert "title in at least one language" in dialog.message.text()

    dialog.titles["en"].setText("Welcome  and   coffee")
    dialog.groups.item(1).setCheckState(Qt.CheckState.Checked)  # group B only
    dialog.hosts.setPlainText("Marshal's Office\n\nPFRR")
    QTest.mouseClick(ok, LEFT)
    assert not dialog.isVisible()
    saved = stored(window, "welcome")
    assert (saved.end, saved.title, saved.group_keys, saved.hosts) == (
        dt.datetime(2019, 7, 2, 11, 0),
        {"en": "Welcome and coffee"},
        ("b",),
        ("Marshal's Office", "PFRR"),
    )
    assert view.timeline.blocks["welcome"].title == "Welcome and coffee"
    window.actions.undo.trigger()
    assert stored(window, "welcome").title["en"].startswith("Welcome at the Marshal")


def open_menu(section: ItinerarySection, point: QPoint):
    viewport = section.timeline.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point), NO_KEYS
    )
    QApplication.sendEvent(viewport, event)
    assert section.menu is not None and section.menu.isVisible()
    return section.menu


def choose(menu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().startswith(text))
    QTest.mouseClick(menu, LEFT, NO_KEYS, menu.actionGeometry(action).center())


def test_duplicate_and_delete_from_the_context_menu(demo_window) -> None:
    window = demo_window
    section = show_itinerary(window)
    view = section.timeline
    choose(open_menu(section, grip(view, "breakfast-2")), "Duplicate")
    copy = stored(window, "breakfast-2-2")
    assert (copy.start, copy.end) == (
        dt.datetime(2019, 7, 3, 8, 30),
        dt.datetime(2019, 7, 3, 9, 30),
    )
    assert section.timeline.selected_keys() == ["breakfast-2-2"]
    assert section.table.selected_keys() == ["breakfast-2-2"]

    choose(open_menu(section, grip(view, "breakfast-2-2")), "Delete")
    assert not exists(window, "breakfast-2-2")
    assert "breakfast-2-2" not in view.timeline.blocks
    window.actions.undo.trigger()
    assert exists(window, "breakfast-2-2")
    window.actions.undo.trigger()
    assert not exists(window, "breakfast-2-2")


def test_add_an_item_here_from_the_context_menu_on_empty_space(demo_window) -> None:
    window = demo_window
    section = show_itinerary(window)
    view = section.timeline
    layout = view.timeline.layout
    thursday = layout.columns[2]
    scene_point = QPointF(
        thursday.x + 20, layout.y_of(dt.datetime(2019, 7, 4, 16, 2), thursday.day)
    )
    view.ensureVisible(scene_point.x(), scene_point.y(), 1, 1)
    menu = open_menu(section, view.mapFromScene(scene_point))
    assert [a.text() for a in menu.actions() if a.text()] == ["Add item here (Thu 4 Jul, 16:00)…"]
    choose(menu, "Add item here")
    dialog = section.dialog
    assert dialog.values().start == dt.datetime(2019, 7, 4, 16, 0)
    dialog.titles["pl"].setText("Wolny czas")
    dialog.kind.setCurrentIndex(dialog.kind.findData("free"))
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    added = next(i for i in window.visit.plan.agenda if i.title == {"pl": "Wolny czas"})
    assert (added.start, added.end, added.kind) == (
        dt.datetime(2019, 7, 4, 16),
        dt.datetime(2019, 7, 4, 17),
        "free",
    )
    assert section.timeline.selected_keys() == [added.key]


def test_keys_delete_and_edit_the_selected_item(demo_window) -> None:
    window = demo_window
    section = show_itinerary(window)
    view = section.timeline
    QTest.mouseClick(view.viewport(), LEFT, NO_KEYS, grip(view, "lunch-3"))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert not exists(window, "lunch-3")
    window.actions.undo.trigger()
    assert exists(window, "lunch-3")

    section.select_keys(["lunch-3"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert section.dialog is not None and section.dialog.isVisible()
    assert section.dialog.item.key == "lunch-3"
    section.dialog.reject()

    section.table.select_keys(["dinner-1"])  # Delete in the table too
    QTest.keyClick(section.table.view, Qt.Key.Key_Delete)
    assert not exists(window, "dinner-1")


def test_reveal_selects_in_both_views_and_scrolls_to_the_item(demo_window) -> None:
    window = demo_window
    section = show_itinerary(window)
    view = section.timeline
    view.zoom(4.0)  # a day is now taller than the view
    view.verticalScrollBar().setValue(0)
    block = view.timeline.blocks["dinner-2"]
    assert not view.viewport().rect().contains(view.mapFromScene(block.scene_rect().center()))

    window.show_section("problems")
    assert window.reveal(("delegate:nobody", "agenda:dinner-2")) is True
    assert window.current_section() is section
    assert view.selected_keys() == ["dinner-2"]
    assert section.table.selected_keys() == ["dinner-2"]
    top = view.mapFromScene(view.timeline.blocks["dinner-2"].scene_rect().topLeft())
    assert view.viewport().rect().contains(top + QPoint(6, 2))


def test_the_table_selection_shows_in_the_timeline(demo_window) -> None:
    section = show_itinerary(demo_window)
    section.table.select_keys(["kom-a", "eko-b"])
    assert section.timeline.selected_keys() == ["kom-a", "eko-b"]
    assert all(section.timeline.timeline.blocks[k].isSelected() for k in ("kom-a", "eko-b"))


@pytest.mark.parametrize(("delta", "grows"), [(120, True), (-120, False)])
def test_ctrl_wheel_zooms_time_and_fit_day_goes_back(demo_window, delta, grows) -> None:
    view = show_itinerary(demo_window).timeline
    fitted = view.timeline.layout.scale
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert (view.timeline.layout.scale > fitted) is grows
    assert (view.timeline.layout.scale < fitted) is not grows
    view.fit_day()
    assert view.timeline.layout.scale == pytest.approx(fitted)


def test_a_refused_drop_puts_the_block_back(demo_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = demo_window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    view = show_itinerary(window).timeline
    original = view.timeline.blocks["kom-a"].scene_rect()

    def refuse(*_args, **_kwargs):
        from studyvisit.errors import ValidationError

        raise ValidationError("Not now.")

    monkeypatch.setattr(itinerary, "move_item", refuse)
    start = grip(view, "kom-a")
    drag(view, start, start + QPoint(0, 40))
    assert shown == ["Not now."]
    assert stored(window, "kom-a").start == dt.datetime(2019, 7, 3, 14, 30)
    assert view.timeline.blocks["kom-a"].scene_rect() == original


def test_an_edit_redraws_in_place_only_what_it_changed(demo_window) -> None:
    window = demo_window
    view = show_itinerary(window).timeline
    scene = view.timeline
    blocks, chips = dict(scene.blocks), dict(scene.chips)
    rects = {key: block.scene_rect() for key, block in blocks.items()}
    assert len(scene.layers) == 3  # the runs are drawn by one item per day, not one each
    start = grip(view, "kom-a")
    drag(view, start, start + QPoint(0, 61))

    assert stored(window, "kom-a").start != dt.datetime(2019, 7, 3, 14, 30)
    assert all(scene.blocks[key] is block for key, block in blocks.items())  # none made anew
    assert all(scene.chips[key] is chip for key, chip in chips.items())
    assert scene.blocks["kom-a"].scene_rect().top() > rects["kom-a"].top()
    moved = {key for key in rects if scene.blocks[key].scene_rect() != rects[key]}
    assert "kom-a" in moved  # and what it now overlaps (cascaded), on its own day only
    assert {scene.blocks[key].record.start.date() for key in moved} == {dt.date(2019, 7, 3)}

    section = window.section("itinerary")
    section.delete_items(["lunch-3"])
    assert "lunch-3" not in scene.blocks
    assert blocks["lunch-3"].scene() is None  # taken off the scene, not left behind
    window.actions.undo.trigger()
    assert scene.blocks["lunch-3"].scene() is scene


def test_after_edits_the_timeline_looks_as_if_drawn_afresh(demo_window) -> None:
    window = demo_window
    section = show_itinerary(window)
    view = section.timeline
    start = grip(view, "kom-a")
    drag(view, start, start - QPoint(0, round(60 * view.timeline.layout.scale)))  # overlap
    section.delete_items(["breakfast-3"])
    window.actions.undo.trigger()  # the whole visit restored: every record reloaded
    view.zoom(1.5)
    view.fit_day()
    view.timeline.clearSelection()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)

    fresh = TimelineView()
    fresh.resize(view.size())
    fresh.show()
    fresh.show_visit(window.visit)
    QApplication.processEvents()
    try:
        assert fresh.viewport().size() == view.viewport().size()
        assert fresh.viewport().grab().toImage() == view.viewport().grab().toImage()
    finally:
        fresh.close()
        fresh.deleteLater()


def test_run_chips_are_found_under_the_mouse_for_tooltips_and_double_clicks(demo_window) -> None:
    window = demo_window
    view = show_itinerary(window).timeline
    chip = view.timeline.chips["arrival--welcome-a"]
    centre = chip.scene_rect().center()
    view.ensureVisible(chip.scene_rect())
    point = view.mapFromScene(centre)
    assert view.thing_at(QPointF(point)) is chip
    assert "Minibus 2" in chip.tooltip_text()
    assert "Double-click" in chip.tooltip_text()
    beside = view.mapFromScene(QPointF(chip.scene_rect().left() - 4, centre.y()))
    assert view.thing_at(QPointF(beside)) is not chip  # the layer answers only on its chips

    QTest.mouseDClick(view.viewport(), LEFT, NO_KEYS, point)
    assert window.current_section().name == "transport"
