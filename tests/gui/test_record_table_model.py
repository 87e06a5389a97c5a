"""The one table model, sorting and searching its own rows, on plain records (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog

from studyvisit.ui.formatting import format_date
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.table_model import (
    ID_ROLE,
    KEY_ROLE,
    SORT_ROLE,
    Column,
    RecordTableModel,
)


@dataclass(frozen=True)
class Row:
    id: int
    key: str
    name: str
    day: dt.date | None
    seats: int


ROWS = [
    Row(1, "b", "Łukasz", dt.date(2019, 7, 10), 19),
    Row(2, "a", "Anna", dt.date(2019, 7, 2), 4),
    Row(3, "c", "Zofia", None, 50),
    Row(4, "d", "group 10", dt.date(2018, 12, 31), 2),
    Row(5, "e", "group 9", dt.date(2019, 1, 1), 2),
]

COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("TestColumns", "Name"), lambda r: r.name, "TestColumns"),
    Column(
        "day",
        QT_TRANSLATE_NOOP("TestColumns", "Day"),
        lambda r: r.day,
        "TestColumns",
        display=format_date,
        font=lambda r: QFont() if r.day is None else None,
    ),
    Column(
        "seats",
        QT_TRANSLATE_NOOP("TestColumns", "Seats"),
        lambda r: r.seats,
        "TestColumns",
        alignment=Qt.AlignmentFlag.AlignRight,
        tooltip=lambda r: f"{r.seats} seats",
    ),
)


@pytest.fixture
def model(qapp) -> RecordTableModel:
    model = RecordTableModel(COLUMNS)
    model.set_records(ROWS)
    return model


def column(model: RecordTableModel, name: str) -> list[str]:
    position = model.column_index(name)
    return [model.index(row, position).data() for row in range(model.rowCount())]


def test_model_passes_the_model_tester_full_empty_and_searched(qtmodeltester, model) -> None:
    qtmodeltester.check(model, force_py=True)
    model.set_search("group")
    model.set_search("")
    model.set_records([])
    model.set_records(ROWS)
    model.retranslate()


def test_model_passes_the_model_tester_while_sorting(qtmodeltester, model) -> None:
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_search("2019")
    model.sort(-1)


def test_roles_give_display_text_native_sort_value_id_and_key(model) -> None:
    index = model.index(1, model.column_index("day"))
    assert index.data() == "2 Jul 2019"
    assert index.data(SORT_ROLE) == dt.date(2019, 7, 2)
    assert index.data(ID_ROLE) == 2
    assert index.data(KEY_ROLE) == "a"
    seats = model.index(0, model.column_index("seats"))
    assert seats.data(Qt.ItemDataRole.ToolTipRole) == "19 seats"
    assert int(seats.data(Qt.ItemDataRole.TextAlignmentRole)) & Qt.AlignmentFlag.AlignRight
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_dates_sort_as_dates_and_empty_cells_last(model) -> None:
    model.sort(model.column_index("day"), Qt.SortOrder.AscendingOrder)
    # As text "10 Jul" would come before "2 Jul"; as dates it comes after.
    assert column(model, "day") == ["31 Dec 2018", "1 Jan 2019", "2 Jul 2019", "10 Jul 2019", ""]
    model.sort(model.column_index("seats"), Qt.SortOrder.DescendingOrder)
    assert column(model, "seats") == ["50", "19", "4", "2", "2"]


def test_texts_sort_by_the_alphabet_with_numbers_in_numeric_order(model) -> None:
    model.sort(model.column_index("name"), Qt.SortOrder.AscendingOrder)
    assert column(model, "name") == ["Anna", "group 9", "group 10", "Łukasz", "Zofia"]


def test_search_keeps_rows_containing_every_word_in_any_column(model) -> None:
    model.set_search("GROUP")
    assert [model.record(row).key for row in range(model.rowCount())] == ["d", "e"]
    model.set_search("group  jan")  # "1 Jan 2019" is in group 9's day column
    assert [model.record(row).key for row in range(model.rowCount())] == ["e"]
    model.set_search("nobody")
    assert model.rowCount() == 0
    assert model.total_count() == len(ROWS)
    model.set_search("")
    assert model.rowCount() == len(ROWS)


def test_record_table_counts_selects_by_key_and_clears_a_hiding_search(qtbot, model) -> None:
    table = RecordTable(model, name="test", sort_column="day")
    qtbot.addWidget(table)
    table.search.setText("anna")
    assert table.count_label.text() == "1 of 5 shown"
    assert table.select_keys(["b", "c"]) == 2  # hidden by the search: it is cleared
    assert table.search.text() == ""
    assert sorted(record.key for record in table.selected_records()) == ["b", "c"]
    assert sorted(table.selected_keys()) == ["b", "c"]


def test_hidden_columns_and_widths_are_remembered(qtbot, model, settings) -> None:
    from studyvisit.ui.preferences import Preferences

    preferences = Preferences(settings)
    table = RecordTable(model, name="remembered")
    qtbot.addWidget(table)
    table.set_records(ROWS)
    table._show_column(model.column_index("seats"), False)
    table.save_layout(preferences)

    again = RecordTable(RecordTableModel(COLUMNS), name="remembered")
    qtbot.addWidget(again)
    again.restore_layout(preferences)
    assert again.view.horizontalHeader().isSectionHidden(model.column_index("seats"))


def _shown_table(qtbot, model: RecordTableModel, rows: list[Row], *, width: int, height: int):
    model.set_records(rows)
    table = RecordTable(model, name="shown")
    qtbot.addWidget(table)
    table.resize(width, height)
    table.show()
    qtbot.waitExposed(table)
    return table


class CountingModel(RecordTableModel):
    """Counts the calls Qt makes into Python for cell flags."""

    flag_calls = 0

    def flags(self, index):
        self.flag_calls += 1
        return super().flags(index)


def test_painting_the_header_does_not_ask_every_selected_row(qtbot) -> None:
    # Qt's header asks isColumnSelected of the view's selection model for each section
    # it paints, which asks flags() of every selected row: with 10,000 rows selected a
    # second whenever the header was repainted (a dialog appearing, the window leaving).
    model = CountingModel(COLUMNS)
    rows = [Row(n, f"k{n}", f"Name {n}", dt.date(2019, 7, 2), n % 50) for n in range(3000)]
    table = _shown_table(qtbot, model, rows, width=600, height=400)
    assert table.select_keys([row.key for row in rows[:2500]], scroll=False) == 2500

    qtbot.wait(20)  # painted with the selection
    model.flag_calls = 0
    dialog = QDialog(table)  # the table's window leaves the front: everything repaints
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    assert model.flag_calls < 1000  # the visible cells' (7,600 when the header asked)
    assert len(table.selected_keys()) == 2500
    table.view.sortByColumn(model.column_index("seats"), Qt.SortOrder.DescendingOrder)
    keys = table.selected_keys()  # in the rows' order on screen
    assert sorted(keys) == sorted(row.key for row in rows[:2500])
    shown = [table.model.index(r, 0).data(KEY_ROLE) for r in range(table.model.rowCount())]
    assert keys == [key for key in shown if key in set(keys)]


def _many(count: int) -> list[Row]:
    words = ["alpha", "beta", "gamma", "delta", "omega"]
    return [
        Row(n, f"k{n}", f"{words[n % 5]} {words[(n // 5) % 5]} {n}", None, n % 97)
        for n in range(count)
    ]


def test_a_long_search_shows_its_first_rows_at_once_and_appends_the_rest(qtbot) -> None:
    from studyvisit.ui import table_model

    rows = _many(table_model.SEARCH_AT_ONCE + 25_000)
    model = RecordTableModel(COLUMNS)
    model.set_records(rows)
    model.sort(model.column_index("seats"), Qt.SortOrder.DescendingOrder)
    in_order = [model.record(r).key for r in range(model.rowCount())]

    model.set_search("gamma")
    assert model.searching
    assert 0 < model.rowCount() <= table_model.SEARCH_SLICE
    with qtbot.waitSignal(model.search_finished, timeout=5000):
        pass  # the event loop tests the rest, a slice at a time
    assert not model.searching
    wanted = {row.key for row in rows if "gamma" in row.name}
    shown = [model.record(r).key for r in range(model.rowCount())]
    assert shown == [key for key in in_order if key in wanted]  # still in the sorted order

    # Typing on while rows are untested narrows among the shown and the untested ones.
    model.set_search("")
    model.set_search("gamma")
    model.set_search("gamma alpha")
    model.finish_search()
    both = {row.key for row in rows if "gamma" in row.name and "alpha" in row.name}
    assert {model.record(r).key for r in range(model.rowCount())} == both
    model.set_search("gamma")
    model.sort(-1)  # sorting first tests every row left
    assert not model.searching and model.rowCount() == len(wanted)


def test_a_long_search_keeps_the_selection_and_counts_as_rows_arrive(qtbot) -> None:
    from studyvisit.ui import table_model

    rows = _many(table_model.SEARCH_AT_ONCE + 25_000)
    model = RecordTableModel(COLUMNS)
    model.set_records(rows)
    table = RecordTable(model, name="long")
    qtbot.addWidget(table)
    late = [rows[-3].key, rows[-8].key]  # beyond the first slice: "delta" and "gamma"...
    assert table.select_keys([rows[2].key, *late], scroll=False) == 3
    table.search.setText("a")  # every row: long, tested a slice at a time
    assert model.searching
    qtbot.waitUntil(lambda: not model.searching)
    assert sorted(table.selected_keys()) == sorted([rows[2].key, *late])
    assert table.count_label.text() == f"{len(rows):,} of {len(rows):,} shown"
    assert table.select_keys([rows[-1].key]) == 1  # selecting finishes a search first


def test_a_kept_selection_does_not_scroll_the_view(qtbot) -> None:
    rows = _many(400)
    table = _shown_table(qtbot, RecordTableModel(COLUMNS), rows, width=500, height=300)
    bar = table.view.verticalScrollBar()
    assert table.select_keys([rows[300].key], scroll=False) == 1
    assert bar.value() == 0  # a reload or a search keeps it: the user may be looking elsewhere
    table.set_records(rows)  # a reload keeps the selection, and the place
    assert table.selected_keys() == [rows[300].key] and bar.value() == 0
    assert table.select_keys([rows[300].key]) == 1  # chosen (a problem, a key): shown
    assert bar.value() > 0
