"""The Delegates section as a coordinator uses it: add, edit in place, refuse, bulk, delete, drop."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from studyvisit.services import delegates
from studyvisit.ui.date_field import display_text
from studyvisit.ui.dialogs.delegate_form import DelegateForm


def stored(window, key: str):
    with window.database.unit_of_work() as uow:
        found = delegates.list_delegates(uow, window.current_visit_id())
    return next((d for d in found if d.key == key), None)


def stored_keys(window) -> set[str]:
    with window.database.unit_of_work() as uow:
        return {d.key for d in delegates.list_delegates(uow, window.current_visit_id())}


def cell(section, key: str, column: str):
    row = section.model.row_of_key(key)
    assert row is not None, key
    return section.model.index(row, section.model.column_index(column))


@pytest.fixture
def section(demo_window):
    return demo_window.show_section("delegates")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *args: shown.append(text)
    )
    return shown


def test_add_a_delegate_through_the_form(demo_window, section, monkeypatch, qtbot):
    before = stored_keys(demo_window)

    def fill_in(form: DelegateForm) -> int:
        form.edits["surname"].setText("Лукашэвіч")
        form.edits["given_names"].setText("Алена")
        form.country.setCurrentText("Belarus")  # typed into the country list
        form.edits["email"].setText("Alena@Example.BY")
        form.edits["passport_expiry"].setText("31.05.2030")
        form.accept()
        return QDialog.DialogCode.Accepted if form.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(DelegateForm, "exec", fill_in)
    key = section.add_delegate()

    assert key is not None and key not in before
    added = stored(demo_window, key)
    assert (added.surname_latin, added.given_names_latin) == ("Lukashevich", "Alena")
    assert added.latin_source == "transliterated"
    assert added.country == "BY" and added.email == "alena@example.by"
    assert added.passport_expiry == dt.date(2030, 5, 31)
    assert section.table.selected_keys() == [key]
    demo_window.actions.undo.trigger()
    assert stored(demo_window, key) is None


def test_edit_a_cell_in_place_saves_it_and_undo_puts_it_back(demo_window, section, qtbot):
    key = section.model.record(0).key
    old = stored(demo_window, key).organisation
    index = cell(section, key, "organisation")
    assert section.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert section.model.data(index, Qt.ItemDataRole.EditRole) == (old or "")

    # As a coordinator does it: open the cell's editor, type, press Enter.
    view = section.table.view
    view.setCurrentIndex(index)
    view.edit(view.currentIndex())
    editor = view.findChild(QLineEdit, "cell-editor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Grodno Technopark")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(demo_window, key).organisation == "Grodno Technopark")
    assert section.model.index(section.model.row_of_key(key), index.column()).data() == (
        "Grodno Technopark"
    )
    assert "Organisation" in demo_window.actions.undo.text()

    demo_window.actions.undo.trigger()
    assert stored(demo_window, key).organisation == old
    demo_window.actions.redo.trigger()
    assert stored(demo_window, key).organisation == "Grodno Technopark"


def test_a_bad_email_or_date_is_refused_and_nothing_is_saved(demo_window, section, warnings, qtbot):
    key = section.model.record(0).key
    before = stored(demo_window, key)
    email = cell(section, key, "email")
    expiry = cell(section, key, "passport_expiry")

    assert "not an e-mail" in section.model.check_edit(email, "nobody-at-example")
    assert not section.model.setData(email, "nobody-at-example")
    assert not section.model.setData(expiry, "31.02.2030")
    assert not section.model.setData(cell(section, key, "original_name"), "  ")
    assert len(warnings) == 3
    assert "e-mail" in warnings[0] and "not a date" in warnings[1] and "surname" in warnings[2]
    qtbot.wait(10)
    assert stored(demo_window, key) == before
    assert not demo_window.editor.undo_stack.canUndo()


def test_the_cell_editor_turns_red_and_enter_does_not_commit_a_bad_value(
    demo_window, section, warnings, qtbot
):
    key = section.model.record(0).key
    before = stored(demo_window, key)
    view = section.table.view
    view.setCurrentIndex(cell(section, key, "email"))
    view.edit(view.currentIndex())
    editor = view.findChild(QLineEdit, "cell-editor")
    editor.selectAll()
    qtbot.keyClicks(editor, "no address")
    assert "not an e-mail" in editor.toolTip()
    assert "#b3261e" in editor.styleSheet()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.state() == view.State.EditingState  # still editing: the value was not taken
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(10)
    assert stored(demo_window, key) == before
    assert warnings == []


def test_editing_the_latin_name_by_hand_makes_it_the_source(window, qtbot):
    demo_window, section = window, window.show_section("delegates")  # d2 is transliterated
    record = next(d for d in demo_window.visit.plan.delegates if d.latin_source == "transliterated")
    index = cell(section, record.key, "latin_name")
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert section.model.setData(index, "Ivanou, Aliaksandr")
    qtbot.waitUntil(lambda: stored(demo_window, record.key).surname_latin == "Ivanou")
    changed = stored(demo_window, record.key)
    assert (changed.given_names_latin, changed.latin_source) == ("Aliaksandr", "source")
    assert cell(section, record.key, "latin_name").data(Qt.ItemDataRole.FontRole) is None
    demo_window.actions.undo.trigger()
    assert stored(demo_window, record.key) == record


def test_category_is_chosen_from_a_list(demo_window, section, qtbot):
    key = section.model.record(0).key
    index = cell(section, key, "category")
    column = section.model.columns[index.column()]
    assert ("expert", "Expert") in column.choices()
    assert section.model.setData(index, "academia")
    qtbot.waitUntil(lambda: stored(demo_window, key).category == "academia")


def select(section, keys) -> None:
    assert section.table.select_keys(keys, scroll=False) == len(keys)


def test_bulk_assign_a_group_to_three_delegates_then_undo_and_redo(demo_window, section):
    plan = demo_window.visit.plan
    group = plan.groups[0]
    outside = [d.key for d in plan.delegates if group.key not in d.group_keys]
    chosen = (outside or [d.key for d in plan.delegates])[:3]
    if len(chosen) < 3:
        chosen = [d.key for d in plan.delegates][:3]
    before = {key: stored(demo_window, key).group_keys for key in chosen}
    select(section, chosen)
    assert section.groups_button.isEnabled()

    assert section.apply_groups(section._selected(), "add", [group.key])
    assert all(group.key in stored(demo_window, key).group_keys for key in chosen)
    assert sorted(section.table.selected_keys()) == sorted(chosen)  # kept through the reload
    assert "3 delegate" in demo_window.actions.undo.text()  # "(s)" until the .qm is rebuilt

    demo_window.actions.undo.trigger()
    assert {key: stored(demo_window, key).group_keys for key in chosen} == before
    demo_window.actions.redo.trigger()
    assert all(group.key in stored(demo_window, key).group_keys for key in chosen)

    assert section.apply_groups(section._selected(), "remove", [group.key])
    assert all(group.key not in stored(demo_window, key).group_keys for key in chosen)


def test_bulk_groups_dialog_and_category(demo_window, section, monkeypatch):
    from studyvisit.ui.dialogs.bulk_groups import BulkGroupsDialog

    plan = demo_window.visit.plan
    keys = [d.key for d in plan.delegates[:3]]
    select(section, keys)
    target = plan.groups[-1].key

    def choose(dialog: BulkGroupsDialog) -> int:
        dialog.set_ticked([target])
        dialog.radios["replace"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BulkGroupsDialog, "exec", choose)
    assert section.set_groups_of_selected()
    assert all(stored(demo_window, key).group_keys == (target,) for key in keys)

    assert section.set_category_of_selected("business")
    assert all(stored(demo_window, key).category == "business" for key in keys)
    demo_window.actions.undo.trigger()
    assert not any(stored(demo_window, key).category == "business" for key in keys) or all(
        d.category == "business" for d in plan.delegates[:3]
    )


def test_delete_asks_first_and_the_delete_key_works(demo_window, section, monkeypatch, qtbot):
    keys = [section.model.record(row).key for row in range(2)]
    select(section, keys)
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    section.table.view.setFocus()
    qtbot.keyClick(section.table.view, Qt.Key.Key_Delete)
    assert "2 selected delegate" in asked[-1]
    assert set(keys) <= stored_keys(demo_window)  # cancelled: nothing deleted

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(section.table.view, Qt.Key.Key_Delete)
    assert not set(keys) & stored_keys(demo_window)
    assert section.model.total_count() == 16
    demo_window.actions.undo.trigger()
    assert set(keys) <= stored_keys(demo_window)


def test_form_edit_of_a_passport_expiry(demo_window, section, monkeypatch):
    record = demo_window.visit.plan.delegates[0]

    def change_expiry(form: DelegateForm) -> int:
        assert form.edits["passport_expiry"].text() == display_text(record.passport_expiry)
        form.edits["passport_expiry"].setText("not a date")
        form.accept()  # refused: the form stays open and says why
        assert "not a date" in form.message.text()
        form.edits["passport_expiry"].setText("15.08.2031")
        form.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DelegateForm, "exec", change_expiry)
    assert section.edit_delegate(record)
    assert stored(demo_window, record.key).passport_expiry == dt.date(2031, 8, 15)
    assert stored(demo_window, record.key).surname == record.surname
    demo_window.actions.undo.trigger()
    assert stored(demo_window, record.key).passport_expiry == record.passport_expiry


def test_the_form_marks_a_transliterated_latin_name_until_it_is_typed(window):
    demo_window = window
    record = next(d for d in demo_window.visit.plan.delegates if d.latin_source == "transliterated")
    form = DelegateForm(record, demo_window.visit.plan.groups)
    latin = form.edits["surname_latin"]
    assert latin.font().italic() and "passport" in latin.toolTip()
    assert form.changes() == {}
    latin.setText("Typed")
    latin.textEdited.emit("Typed")
    assert not latin.font().italic()
    assert form.changes()["surname_latin"] == "Typed"
    assert "given_names_latin" in form.changes()
    form.deleteLater()


def test_enter_opens_the_form(demo_window, section, monkeypatch, qtbot):
    opened: list[str] = []
    monkeypatch.setattr(
        type(section), "edit_delegate", lambda self, record: opened.append(record.key)
    )
    key = section.model.record(0).key
    select(section, [key])
    section.table.view.setFocus()
    qtbot.keyClick(section.table.view, Qt.Key.Key_Return)
    assert opened == [key]


def test_dropping_a_spreadsheet_calls_import_delegates(section, tmp_path):
    imported: list[str | None] = []
    section.context = dataclasses.replace(section.context, import_delegates=imported.append)
    path = tmp_path / "delegates.xlsx"
    path.write_bytes(b"")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    target = section.table.view.viewport()
    position = target.rect().center()
    enter = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(section, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(QPoint(position)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(section, drop)
    assert imported == [str(path)]

    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    refused = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(section, refused)
    assert not refused.isAccepted()

    section.import_button.click()
    assert imported[-1] is None  # the button lets the wizard ask for a file
