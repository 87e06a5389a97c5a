"""The main window on a real database, walked through as a coordinator would."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from studyvisit.db import Database
from studyvisit.services import visits
from studyvisit.ui.dialogs.new_visit import NewVisitDialog
from studyvisit.ui.main_window import MainWindow
from studyvisit.ui.table_model import KEY_ROLE, SORT_ROLE, RecordTableModel


def texts(model: RecordTableModel, column: str) -> list[str]:
    position = model.column_index(column)
    return [model.index(row, position).data() for row in range(model.rowCount())]


def view_texts(window: MainWindow, section: str, column: str, table: int = 0) -> list[str]:
    """A column as the view shows it (sorted and searched by the model)."""
    model = window.section(section).tables()[table].model
    position = model.column_index(column)
    return [model.index(row, position).data() for row in range(model.rowCount())]


def test_opens_on_the_visit_with_its_name_database_and_problems(
    window: MainWindow, database
) -> None:
    assert window.current_visit_id() is not None
    assert window.windowTitle() == "Cluster visit Białystok — studyvisit"
    assert str(database.path) in window.database_status.text()
    assert "error" in window.problem_status.text()  # the over-full minibus at least
    assert window.current_section().name == "overview"


def test_every_section_shows_the_visits_data(window: MainWindow) -> None:
    overview = window.show_section("overview")
    assert overview.fact_values["project"].text() == "Wdrażanie systemu klastrowego na Białorusi"
    assert overview.fact_values["dates"].text() == "2 Jul 2019 – 4 Jul 2019 (3 days)"
    assert overview.fact_values["languages"].text() == "Polish, English, Russian"
    assert overview.tiles["delegates"].number.text() == "4"
    assert overview.tiles["days"].number.text() == "3"
    assert overview.tiles["vehicles"].number.text() == "2"
    assert dict(
        zip(
            texts(overview.country_model, "label"),
            texts(overview.country_model, "count"),
            strict=True,
        )
    ) == {
        "Belarus": "3",
        "Poland": "1",
    }
    assert "Expert" in texts(overview.category_model, "label")

    delegates = window.show_section("delegates")
    assert "Шчэрбіч Аляксандр Іванавіч" in texts(delegates.model, "original_name")
    assert "Shcherbich Aliaksandr" in texts(delegates.model, "latin_name")
    assert "Group A" in texts(delegates.model, "groups")
    assert "Belarus" in texts(delegates.model, "country")
    assert "National administration" in texts(delegates.model, "category")
    assert "31 Jan 2025" in texts(delegates.model, "passport_expiry")
    assert "4 delegates" in delegates.summary.text()

    assert texts(window.show_section("groups").model, "name") == ["Group A", "Group B"]
    assert "Interpreter" in texts(window.show_section("staff").model, "role")
    assert "Кластер" in texts(window.show_section("sites").model, "name")

    itinerary = window.show_section("itinerary")
    assert view_texts(window, "itinerary", "title")[:2] == ["Arrival", "Welcome"]
    assert "Marshal's Office" in texts(itinerary.model, "site")
    assert "Everyone" in texts(itinerary.model, "groups")
    assert "Marshal's Office" in texts(itinerary.model, "hosts")
    assert "Site visit" in texts(itinerary.model, "kind")

    transport = window.show_section("transport")
    assert texts(transport.vehicle_model, "label") == ["Minibus", "Car"]
    assert texts(transport.vehicle_model, "driver") == ["Jan Kowalski", ""]
    # Group A (2) + Group B (2) + the coordinator; the minibus's own driver takes no seat.
    assert view_texts(window, "transport", "headcount") == ["5 / 2", "2 / 4"]
    assert view_texts(window, "transport", "from") == ["Test Hotel", "Marshal's Office"]

    accommodation = window.show_section("accommodation")
    assert texts(accommodation.model, "room") == ["101", "102"]
    assert "Delegates with a room: 2 of 4" in accommodation.summary.text()

    documents = window.show_section("documents")
    assert "Agenda" in texts(documents.model, "name")
    assert "Badges" in " ".join(texts(documents.model, "name"))

    problems = window.show_section("problems")
    assert "vehicle_over_capacity" in texts(problems.model, "code")


def test_transliterated_latin_names_are_marked(window: MainWindow) -> None:
    delegates = window.show_section("delegates")
    model = delegates.model
    rows = {model.record(row).key: row for row in range(model.rowCount())}
    column = model.column_index("latin_name")
    marked = model.index(rows["d2"], column)
    assert marked.data() == "Siarheeu Siarhei"
    assert marked.data(Qt.ItemDataRole.FontRole).italic()
    assert "check against the passport" in marked.data(Qt.ItemDataRole.ToolTipRole)
    assert not marked.data(Qt.ItemDataRole.DecorationRole).isNull()
    from_source = model.index(rows["d1"], column)
    assert from_source.data(Qt.ItemDataRole.FontRole) is None
    assert from_source.data(Qt.ItemDataRole.ToolTipRole) is None
    assert "1 Latin name to check" in delegates.summary.text()


def test_itinerary_title_falls_back_to_another_language_and_says_so(window: MainWindow) -> None:
    itinerary = window.show_section("itinerary")
    model = itinerary.model
    row = next(r for r in range(model.rowCount()) if model.record(r).key == "cluster-a")
    title = model.index(row, model.column_index("title"))
    assert title.data() == "Визит в кластер"
    assert title.data(Qt.ItemDataRole.FontRole).italic()
    assert "shown in Russian" in title.data(Qt.ItemDataRole.ToolTipRole)


def test_search_filters_the_delegates_as_typed(window: MainWindow, qtbot) -> None:
    delegates = window.show_section("delegates")
    delegates.table.search.setText("сидор")  # QTest types ASCII only; Cyrillic is pasted
    assert texts(delegates.model, "latin_name") == ["Sidorova Olga"]
    assert delegates.table.count_label.text() == "1 of 4 shown"
    delegates.table.search.clear()
    qtbot.keyClicks(delegates.table.search, "belarus group")
    assert sorted(texts(delegates.model, "latin_name")) == [
        "Shcherbich Aliaksandr",
        "Siarheeu Siarhei",
        "Sidorova Olga",
    ]
    delegates.table.search.clear()
    assert delegates.model.rowCount() == 4


def test_ctrl_f_puts_the_cursor_in_the_sections_search(window: MainWindow, qtbot) -> None:
    window.show_section("itinerary")
    window.actions.find.trigger()
    assert QApplication.focusWidget() is window.section("itinerary").tables()[0].search


def test_sorting_by_date_orders_days_not_texts(window: MainWindow, qtbot) -> None:
    window.show_section("delegates")
    table = window.section("delegates").tables()[0]
    expiry = table.model.column_index("passport_expiry")
    # A click on the header sorts, as a coordinator does it.
    header = table.view.horizontalHeader()
    table.view.sortByColumn(expiry, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == expiry
    shown = [
        table.model.index(row, expiry).data(SORT_ROLE) for row in range(table.model.rowCount())
    ]
    assert shown == [dt.date(2021, 5, 1), dt.date(2024, 5, 1), dt.date(2025, 1, 31), None]

    runs = window.section("transport").tables()[0]
    depart = runs.model.column_index("depart")
    runs.view.sortByColumn(depart, Qt.SortOrder.DescendingOrder)
    assert [runs.model.index(r, 0).data(KEY_ROLE) for r in range(runs.model.rowCount())] == [
        "run-2",
        "run-1",
    ]


def test_clicking_a_problem_about_agenda_items_selects_them_in_the_itinerary(
    window: MainWindow, qtbot
) -> None:
    problems = window.show_section("problems")
    table = problems.tables()[0]
    row = next(
        r
        for r in range(table.model.rowCount())
        if table.model.index(r, table.model.column_index("code")).data() == "transport_missing"
    )
    index = table.model.index(row, table.model.column_index("message"))
    refs = set(table.model.record_at(index).refs)
    table.view.scrollTo(index)
    qtbot.mouseClick(
        table.view.viewport(), Qt.MouseButton.LeftButton, pos=table.view.visualRect(index).center()
    )
    assert window.current_section().name == "itinerary"
    selected = {f"agenda:{key}" for key in window.section("itinerary").tables()[0].selected_keys()}
    assert selected == {ref for ref in refs if ref.startswith("agenda:")}
    assert selected


def test_clicking_an_over_capacity_problem_selects_the_run(window: MainWindow) -> None:
    problems = window.section("problems")
    item = next(
        r for r in problems.model.all_records() if r.problem.code == "vehicle_over_capacity"
    )
    problems.tables()[0].record_clicked.emit(item)
    assert window.current_section().name == "transport"
    assert window.section("transport").runs.selected_keys() == ["run-1"]


def test_problem_count_link_in_the_status_bar_opens_problems(window: MainWindow) -> None:
    window.show_section("delegates")
    window.problem_status.linkActivated.emit("problems")
    assert window.current_section().name == "problems"


def test_switching_visits_shows_the_other_visits_data(
    make_window, database: Database, small_visit_id: int, second_visit_id: int
) -> None:
    window = make_window(database, small_visit_id)
    combo = window.switcher.combo
    assert combo.count() == 2
    assert combo.itemText(0).startswith("Second visit Lublin")  # the most recent first
    window.show_section("delegates")
    combo.setCurrentIndex(0)
    assert window.current_visit_id() == second_visit_id
    assert texts(window.section("delegates").model, "original_name") == ["Коваленко Олена"]
    assert window.current_section().name == "delegates"  # the section stays
    assert window.windowTitle().startswith("Second visit Lublin")
    assert window.section("transport").run_model.rowCount() == 0
    combo.setCurrentIndex(1)
    assert window.current_visit_id() == small_visit_id
    assert window.section("delegates").model.rowCount() == 4


def test_new_visit_dialog_refuses_an_end_before_the_start(qtbot) -> None:
    dialog = NewVisitDialog(today=dt.date(2025, 5, 12))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name, "Study visit Lublin")
    assert ok.isEnabled()
    dialog.end.setDate(QDate(2025, 5, 10))
    assert not ok.isEnabled()
    assert "ends before it starts" in dialog.message.text()
    dialog.accept()  # refused
    assert dialog.result() == 0
    dialog.end.setDate(QDate(2025, 5, 14))
    assert ok.isEnabled() and dialog.message.text() == ""


def test_creating_a_visit_through_the_dialog(window: MainWindow, qtbot, database: Database) -> None:
    seen: dict[str, object] = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewVisitDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.name, "Study visit Lublin")
        dialog.start.setDate(QDate(2025, 9, 10))
        dialog.end.setDate(QDate(2025, 9, 8))  # a bad value first: refused
        seen["refused"] = not ok.isEnabled()
        seen["message"] = dialog.message.text()
        dialog.end.setDate(QDate(2025, 9, 12))
        qtbot.keyClicks(dialog.project, "Clusters II")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    created = window.new_visit()
    assert seen["refused"] is True
    assert "ends before it starts" in str(seen["message"])
    assert created is not None and created.name == "Study visit Lublin"
    assert window.current_visit_id() == created.id
    assert window.windowTitle() == "Study visit Lublin — studyvisit"
    overview = window.section("overview")
    assert overview.fact_values["project"].text() == "Clusters II"
    assert overview.fact_values["dates"].text() == "10 Sept 2025 – 12 Sept 2025 (3 days)" or (
        overview.fact_values["dates"].text().startswith("10 Sep")
    )
    with database.unit_of_work() as uow:
        assert {v.name for v in visits.list_visits(uow)} == {
            "Study visit Lublin",
            "Cluster visit Białystok",
        }


def test_deleting_a_visit_asks_first(window: MainWindow, monkeypatch, database: Database) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.delete_current_visit() is False  # cancelled: nothing happens
    assert window.current_visit_id() is not None
    assert window.delete_current_visit() is True
    assert "Cluster visit Białystok" in asked[0] and "4 delegates," in asked[0]
    with database.unit_of_work() as uow:
        assert visits.list_visits(uow) == []
    assert window.current_visit_id() is None
    assert window.windowTitle() == "studyvisit"
    assert window.section("delegates").model.rowCount() == 0
    assert not window.actions.delete_visit.isEnabled()
    assert not window.actions.export_visit.isEnabled()
    assert "No visit is open" in window.section("overview").summary.text()


def test_export_visit_file_writes_the_whole_visit(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    target = tmp_path / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.json"))
    window.show_section("documents")
    window.section("documents").export_button.click()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "studyvisit.visit"
    assert document["visit"]["name"] == "Cluster visit Białystok"
    assert sorted(d["surname"] for d in document["delegates"]) == [
        "Zielińska",
        "Сидорова",
        "Сяргееў",
        "Шчэрбіч",
    ]
    assert "exported.json" in window.statusBar().currentMessage()


def test_export_on_a_real_worker_thread(
    make_window, database: Database, small_visit_id: int, qtbot, tmp_path: Path
) -> None:
    window = make_window(database, small_visit_id, inline_tasks=False)
    target = tmp_path / "threaded"
    with qtbot.waitSignal(window.exported, timeout=10_000) as blocker:
        window.export_visit_file_to(target)
    assert blocker.args == [str(tmp_path / "threaded.json")]
    assert (
        json.loads((tmp_path / "threaded.json").read_text(encoding="utf-8"))["visit"]["host"]
        == "PFRR"
    )
    assert window.tasks.running == 0


def test_a_failed_export_is_shown_not_raised(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window.export_visit_file_to(tmp_path / "no-such-folder" / "visit.json")
    assert shown and shown[0].startswith("The visit file was not saved")


def test_opening_another_database_and_refusing_a_non_database(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    import studyvisit.ui.main_window as main_window

    refused: list[str] = []
    monkeypatch.setattr(
        main_window, "show_database_error", lambda parent, error: refused.append(str(error))
    )
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("not a database", encoding="utf-8")
    before = window.database
    assert window.open_database_at(str(not_a_database)) is False
    assert refused and "not a studyvisit database" in refused[0]
    assert window.database is before and window.current_visit_id() is not None
    assert not_a_database.read_text(encoding="utf-8") == "not a database"

    fresh = tmp_path / "fresh.sqlite3"
    assert window.open_database_at(str(fresh)) is True
    assert str(fresh) in window.database_status.text()
    assert window.current_visit_id() is None
    assert window.switcher.combo.count() == 0


def test_the_window_remembers_its_visit_section_and_layout(
    make_window, database: Database, small_visit_id: int, second_visit_id: int, qtbot
) -> None:
    window = make_window(database, second_visit_id)
    window.resize(781, 577)  # within the offscreen screen (800 × 800)
    left_at = (window.size().width(), window.size().height())
    assert left_at != (1280, 800)
    window.show_section("itinerary")
    table = window.section("itinerary").tables()[0]
    table.view.horizontalHeader().resizeSection(0, 222)
    window.close()

    again = make_window(database)  # no visit asked for: the last one used
    assert again.current_visit_id() == second_visit_id
    assert again.current_section().name == "itinerary"
    assert (again.size().width(), again.size().height()) == left_at
    assert again.section("itinerary").tables()[0].view.horizontalHeader().sectionSize(0) == 222


def test_an_unavailable_plan_checker_is_explained(
    make_window, database, small_visit_id, monkeypatch
) -> None:
    monkeypatch.setitem(sys.modules, "studyvisit.services.plan_checker", None)  # import fails
    window = make_window(database, small_visit_id)
    problems = window.section("problems")
    assert problems.model.rowCount() == 1
    assert "could not be checked" in texts(problems.model, "message")[0]
    assert "Plan not checked" in window.problem_status.text()
    assert window.section("overview").tiles["problems"].number.text() == "–"


def test_about_names_the_version(window: MainWindow) -> None:
    from studyvisit import __version__
    from studyvisit.ui.dialogs.about import about_text

    assert f"studyvisit {__version__}" in about_text()


@pytest.mark.parametrize("name", ["delegates", "itinerary", "problems"])
def test_section_shortcuts_switch_sections(window: MainWindow, name: str) -> None:
    window.actions.sections[name].trigger()
    assert window.current_section().name == name


def test_a_problem_about_a_delegate_and_an_item_shows_the_item(window: MainWindow) -> None:
    assert window.reveal(("delegate:d1", "agenda:welcome")) is True
    assert window.current_section().name == "itinerary"
    assert window.section("itinerary").tables()[0].selected_keys() == ["welcome"]
    assert window.reveal(("delegate:d3",)) is True
    assert window.current_section().name == "delegates"
    assert window.section("delegates").tables()[0].selected_keys() == ["d3"]
    assert window.reveal(("unknown:x",)) is False


def test_long_cells_carry_their_text_as_a_tooltip(window: MainWindow) -> None:
    delegates = window.section("delegates").model
    row = delegates.row_of_key("d1")
    organisation = delegates.index(row, delegates.column_index("organisation"))
    assert organisation.data(Qt.ItemDataRole.ToolTipRole) == "Міністэрства эканомікі"
    short = delegates.index(row, delegates.column_index("country"))
    assert short.data(Qt.ItemDataRole.ToolTipRole) == "BY"  # its own tooltip: the code
