"""The Sites section: sites edited in a form, travel times edited in their table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QMessageBox

from studyvisit.services import sites
from studyvisit.ui.dialogs.site import SiteDialog

ESTIMATED = ("hotel", "iit")  # demo: no time entered, both sites have coordinates


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def travel_index(section, pair: tuple[str, str], column: str):
    table = section.travel
    row = table.model.row_of_key(f"{pair[0]}>{pair[1]}")
    assert row is not None, pair
    return table.model.index(row, table.model.column_index(column))


def stored_times(window) -> dict[tuple[str, str], tuple[int, str]]:
    with window.database.unit_of_work() as uow:
        from studyvisit.services import visits

        plan = visits.load_plan(uow, window.current_visit_id())
    return {(t.from_key, t.to_key): (t.minutes, t.mode) for t in plan.travel_times}


def edit_cell(section, qtbot, index, text: str) -> None:
    """Double-click the cell, type, press Enter: as a coordinator edits it."""
    view = section.travel.view
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text) if text else editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_add_a_site_in_its_form(demo_window, qtbot):
    window = demo_window
    section = window.show_section("sites")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, SiteDialog)
    assert dialog.message.text() == ""  # an empty new form is not an error yet
    dialog.names["en"].setText("Science Park")
    dialog.names["pl"].setText("Park Naukowy")
    dialog.kind.setCurrentIndex(dialog.kind.findData("venue"))
    dialog.city.setText("Białystok")
    dialog.latitude.setText("53,1201")  # a decimal comma, as typed in Polish
    dialog.longitude.setText("23.1012")
    ok(dialog)
    added = next(s for s in window.visit.plan.sites if s.name.get("en") == "Science Park")
    assert (added.kind, added.latitude, added.longitude) == ("venue", 53.1201, 23.1012)
    assert added.name["pl"] == "Park Naukowy"
    assert section.model.row_of_key(added.key) is not None
    pairs = [r.pair for r in section.travel_model.all_records() if added.key in r.key]
    assert len(pairs) == 10 and all(p.estimated and p.minutes for p in pairs)
    window.actions.undo.trigger()
    assert len(window.visit.plan.sites) == 10


def test_the_site_form_refuses_bad_coordinates_and_a_missing_name(demo_window):
    section = demo_window.show_section("sites")
    section.table.select_keys(["hotel"])
    dialog = section.edit_site()
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.latitude.setText("95")
    assert not button.isEnabled()
    assert dialog.message.text() == "Latitude must be between -90 and 90 degrees."
    dialog.latitude.setText("north")
    assert "Latitude must be a number" in dialog.message.text() and "north" in dialog.message.text()
    dialog.latitude.setText("")
    assert "both the latitude and the longitude" in dialog.message.text()
    dialog.latitude.setText("53.1335")
    for edit in dialog.names.values():
        edit.clear()
    assert "name in at least one language" in dialog.message.text()
    dialog.names["ru"].setText("Гостиница")
    assert button.isEnabled()
    ok(dialog)
    assert demo_window.visit.sites["hotel"].name == {"ru": "Гостиница"}


def test_delete_a_site_asks_and_undo_brings_it_back(demo_window, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    window = demo_window
    section = window.show_section("sites")
    section.table.select_keys(["restaurant"])
    section.delete_button.click()
    assert "Restaurant Demo" in asked[0] and "lose this place" in asked[0]
    assert "restaurant" not in window.visit.sites
    window.actions.undo.trigger()
    assert "restaurant" in window.visit.sites


def test_edit_a_travel_time_in_the_table_and_clear_it_back_to_the_estimate(demo_window, qtbot):
    window = demo_window
    section = window.show_section("sites")
    index = travel_index(section, ESTIMATED, "minutes")
    assert index.data().startswith("≈ ")
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Estimated from the sites' coordinates" in index.data(Qt.ItemDataRole.ToolTipRole)
    estimate = section.travel_model.record(section.travel_model.row_of_key("hotel>iit"))
    estimate = estimate.pair.minutes

    edit_cell(section, qtbot, index, "25")
    qtbot.waitUntil(lambda: ESTIMATED in stored_times(window))
    assert stored_times(window)[ESTIMATED] == (25, "drive")
    index = travel_index(section, ESTIMATED, "minutes")
    assert index.data() == "25"
    assert index.data(Qt.ItemDataRole.FontRole) is None
    assert f"the estimate would be {estimate} min" in index.data(Qt.ItemDataRole.ToolTipRole)

    edit_cell(section, qtbot, index, "")
    qtbot.waitUntil(lambda: ESTIMATED not in stored_times(window))
    assert travel_index(section, ESTIMATED, "minutes").data() == f"≈ {estimate}"
    assert window.editor.undo_stack.count() == 2
    window.actions.undo.trigger()
    assert stored_times(window)[ESTIMATED] == (25, "drive")


def test_walk_is_chosen_from_a_list(demo_window, qtbot):
    window = demo_window
    section = window.show_section("sites")
    pair = ("hotel", "restaurant")  # entered: 10 minutes by car
    assert stored_times(window)[pair] == (10, "drive")
    index = travel_index(section, pair, "mode")
    view = section.travel.view
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox, "mode-editor")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("walk"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits and closes the editor
    qtbot.waitUntil(lambda: stored_times(window)[pair] == (10, "walk"))
    assert travel_index(section, pair, "mode").data() == "Walk"


def test_a_bad_travel_time_is_refused_with_the_route_named(demo_window, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window = demo_window
    section = window.show_section("sites")
    before = stored_times(window)
    edit_cell(section, qtbot, travel_index(section, ESTIMATED, "minutes"), "half an hour")
    qtbot.waitUntil(lambda: bool(shown))
    assert "Hotel Demo Białystok" in shown[0] and "half an hour" in shown[0]
    assert "whole number" in shown[0]
    assert stored_times(window) == before
    assert window.editor.undo_stack.count() == 0


def test_an_entered_time_serves_both_ways(demo_window):
    window = demo_window
    section = window.show_section("sites")
    reverse = ("iit", "hotel")
    visit_id = window.current_visit_id()
    window.editor.apply(
        "one way", lambda uow: sites.set_travel_time(uow, visit_id, *reverse, 40, "drive")
    )
    index = travel_index(section, ESTIMATED, "minutes")  # shown as hotel → iit
    assert index.data() == "40"
    assert section.set_travel(section.travel_model.record(index.row()), "minutes", "35") is None
    assert stored_times(window)[reverse] == (35, "drive")  # the old way back does not linger
    assert stored_times(window)[ESTIMATED] == (35, "drive")


def test_travel_model_passes_the_model_tester(demo_window, qtmodeltester):
    section = demo_window.show_section("sites")
    assert section.travel_model.rowCount() == 45
    qtmodeltester.check(section.travel_model, force_py=True)
