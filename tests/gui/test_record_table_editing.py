"""Editable columns of the one table model, its sorting in Python, and accommodation edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QMessageBox

from studyvisit.errors import ValidationError
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.table_model import CellEdit, Column, RecordTableModel, sort_key


@dataclass(frozen=True)
class Row:
    id: int
    key: str
    name: str
    day: dt.date | None


def rename(row: Row, typed) -> CellEdit | None:
    if not str(typed).strip():
        raise ValidationError("name: a row needs a name.")
    if typed == row.name:
        return None
    return CellEdit(f"Rename {row.key}", lambda uow: ("renamed", row.key, typed))


COLUMNS = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("TestColumns", "Name"),
        lambda r: r.name,
        "TestColumns",
        edit=rename,
    ),
    Column("day", QT_TRANSLATE_NOOP("TestColumns", "Day"), lambda r: r.day, "TestColumns"),
)
ROWS = [
    Row(n, f"k{n}", name, day)
    for n, (name, day) in enumerate(
        [
            ("Zofia", dt.date(2020, 1, 2)),
            ("anna", None),
            ("Łukasz", dt.date(2019, 5, 1)),
            ("Ćma", dt.date(2021, 1, 1)),
        ]
    )
]


def test_an_editable_column_hands_the_edit_to_the_handler(qapp, qtmodeltester, monkeypatch):
    model = RecordTableModel(COLUMNS)
    model.set_records(ROWS)
    name, day = model.index(0, 0), model.index(0, 1)
    assert not model.flags(name) & Qt.ItemFlag.ItemIsEditable  # no handler: read-only
    applied: list[CellEdit] = []
    model.set_edit_handler(lambda edit: applied.append(edit) or True)
    assert model.flags(name) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(day) & Qt.ItemFlag.ItemIsEditable
    assert model.data(name, Qt.ItemDataRole.EditRole) == "Zofia"

    assert model.setData(name, "Zosia")
    assert applied[0].text == "Rename k0" and applied[0].change(None) == ("renamed", "k0", "Zosia")
    assert model.setData(name, "Zofia") and len(applied) == 1  # unchanged: nothing to apply
    refused: list[str] = []
    model.edit_refused.connect(refused.append)
    assert model.check_edit(name, " ") == "Name: a row needs a name."  # the field by its label
    assert not model.setData(name, " ")
    assert refused == ["Name: a row needs a name."] and len(applied) == 1
    qtmodeltester.check(model, force_py=True)


def test_the_table_applies_edits_after_the_editor_closes_and_shows_refusals(qtbot, monkeypatch):
    model = RecordTableModel(COLUMNS)
    table = RecordTable(model, name="editing")
    qtbot.addWidget(table)
    table.set_records(ROWS)
    applied: list[str] = []
    table.edit_through(lambda text, change, revert, scope=None: applied.append(text))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert model.setData(model.index(1, 0), "Anne")
    assert applied == []  # not under an open editor
    qtbot.waitUntil(lambda: applied == ["Rename k1"])
    assert not model.setData(model.index(1, 0), "")
    assert shown == ["Name: a row needs a name."]


def test_sorting_is_done_by_the_model_keeps_selection_and_search(qtbot):
    model = RecordTableModel(COLUMNS)
    table = RecordTable(model, name="sorting")
    qtbot.addWidget(table)
    table.set_records(ROWS)
    table.select_keys(["k2"])
    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [table.model.index(r, 0).data() for r in range(table.model.rowCount())]
    assert names == ["anna", "Ćma", "Łukasz", "Zofia"]
    assert table.selected_keys() == ["k2"]  # the selection followed its row
    table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    days = [table.model.index(r, 1).data() for r in range(table.model.rowCount())]
    assert days[-1] == ""  # empty last, in either direction
    table.search.setText("a")
    table.search.setText("ann")  # narrowing: searched among the rows shown
    assert [model.record(r).key for r in range(model.rowCount())] == ["k1"]
    table.search.setText("")
    assert model.rowCount() == 4 and model.record(0).key == "k3"  # still sorted by day, desc
    model.sort(-1)
    assert [model.record(r).key for r in range(4)] == ["k0", "k1", "k2", "k3"]


def test_sort_keys_follow_the_alphabet_of_the_language():
    words = ["Łukasz", "Lz", "Ćma", "Czajka", "group 10", "group 9", "Ёжык", "Жук", "Іван", "Юрый"]
    assert sorted(words, key=lambda w: sort_key(w, "pl")) == [
        "Czajka", "Ćma", "group 9", "group 10", "Lz", "Łukasz", "Ёжык", "Жук", "Іван", "Юрый",
    ]  # fmt: skip
    english = sorted(words, key=lambda w: sort_key(w, "en"))
    assert english.index("Ćma") < english.index("Czajka")  # accents are the base letter
    assert sort_key(None) is None and sort_key("") is None
    assert sort_key(dt.date(2020, 1, 1)) < sort_key(dt.datetime(2020, 1, 1, 9))


def test_accommodation_room_in_place_book_and_cancel(demo_window, monkeypatch, qtbot):
    section = demo_window.show_section("accommodation")
    stays = demo_window.visit.plan.accommodation
    stay = stays[0]
    row = next(
        r for r in range(section.model.rowCount()) if section.model.record(r).stay.id == stay.id
    )
    room = section.model.index(row, section.model.column_index("room"))
    assert section.model.setData(room, "215")
    qtbot.waitUntil(lambda: any(s.room == "215" for s in demo_window.visit.plan.accommodation))

    plan = demo_window.visit.plan
    hotel = next((s.key for s in plan.sites if s.kind == "hotel"), plan.sites[0].key)
    start = plan.visit.start_date
    keys = [d.key for d in plan.delegates[:2]]
    assert section.book(keys, hotel, start, start + dt.timedelta(days=1), "101")
    booked = [s for s in demo_window.visit.plan.accommodation if s.room == "101"]
    assert sorted(s.delegate_key for s in booked) == sorted(keys)

    count = len(demo_window.visit.plan.accommodation)
    section.table.select_keys([keys[0]])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert section.cancel_selected() >= 1
    assert len(demo_window.visit.plan.accommodation) < count
    demo_window.actions.undo.trigger()
    assert len(demo_window.visit.plan.accommodation) == count
