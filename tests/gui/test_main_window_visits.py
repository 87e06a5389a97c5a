"""The visit switcher's commands and files dropped on the window, as a coordinator uses them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from studyvisit.services import visits
from studyvisit.ui.dialogs.about import about_box
from studyvisit.ui.dialogs.new_visit import NewVisitDialog
from studyvisit.ui.main_window import MainWindow


def _visit_names(window: MainWindow) -> list[str]:
    with window.database.unit_of_work() as uow:
        return sorted(visit.name for visit in visits.list_visits(uow))


def test_duplicate_as_template_through_the_dialog(window: MainWindow, qtbot) -> None:
    template = window.visit.plan
    seen: dict = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewVisitDialog)
        seen["title"] = dialog.windowTitle()
        seen["name"] = dialog.name.text()
        seen["dates"] = (dialog.start.date(), dialog.end.date())
        dialog.start.setDate(QDate(2020, 9, 14))
        seen["end follows"] = dialog.end.date()
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Cluster visit 2020")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, fill_in)
    created = window.duplicate_current_visit()

    assert seen["title"] == "New visit from a template"
    assert seen["name"] == "Cluster visit Białystok"
    assert seen["dates"] == (QDate(2020, 7, 2), QDate(2020, 7, 4))  # a year on, same length
    assert seen["end follows"] == QDate(2020, 9, 16)
    assert created is not None and created.name == "Cluster visit 2020"
    assert window.current_visit_id() == created.id != template.visit.id
    plan = window.visit.plan
    assert (plan.visit.start_date, plan.visit.end_date) == (
        dt.date(2020, 9, 14),
        dt.date(2020, 9, 16),
    )
    assert plan.delegates == () and plan.accommodation == ()
    shift = dt.date(2020, 9, 14) - template.visit.start_date
    assert [item.start for item in plan.agenda] == [item.start + shift for item in template.agenda]
    assert [v.key for v in plan.vehicles] == [v.key for v in template.vehicles]
    assert window.current_section().name == "overview"
    assert window.section("overview").tiles["delegates"].number.text() == "0"
    assert "made from the template" in window.statusBar().currentMessage()
    assert _visit_names(window) == ["Cluster visit 2020", "Cluster visit Białystok"]


def _drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag ``paths`` over the window and drop them; True when the window took them."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    centre = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        centre,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


@pytest.mark.parametrize("name", ["delegates.csv", "Lista UCZESTNIKÓW.xlsx", "list.ods"])
def test_dropping_a_spreadsheet_opens_the_import(
    window: MainWindow, monkeypatch, qtbot, tmp_path: Path, name: str
) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr(window, "import_delegates", lambda path=None: opened.append(path))
    sheet = tmp_path / name
    sheet.write_text("surname;given_names\nNowak;Anna\n", encoding="utf-8")
    assert _drop(window, [tmp_path / "notes.pdf", sheet]) is True  # the first file it can take
    qtbot.waitUntil(lambda: opened == [str(sheet)], timeout=2000)


def test_files_the_window_cannot_take_are_refused(window: MainWindow, tmp_path: Path) -> None:
    assert _drop(window, [tmp_path / "photo.jpg", tmp_path / "agenda.pdf"]) is False
    assert _drop(window, []) is False


def test_dropping_a_visit_file_adds_the_visit(window: MainWindow, qtbot, tmp_path: Path) -> None:
    with window.database.unit_of_work() as uow:
        from studyvisit.services import visit_file

        document = visit_file.export_visit(uow, window.current_visit_id())
    document["visit"]["name"] = "Sent by a colleague"
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    assert _drop(window, [path]) is True
    qtbot.waitUntil(lambda: window.visit.plan.visit.name == "Sent by a colleague", timeout=2000)
    assert len(window.visit.plan.delegates) == 4
    assert "colleague.json" in window.statusBar().currentMessage()


def test_a_broken_visit_file_is_explained_and_adds_nothing(
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "broken.json"
    path.write_text('{"format": "studyvisit.visit", "version": 1, "visit": {"name": "X"}}', "utf-8")
    before = _visit_names(window)
    assert _drop(window, [path]) is True
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown[0].startswith("The visit file broken.json was not imported:")
    assert "start_date" in shown[0]
    assert _visit_names(window) == before
    assert window.visit.plan.visit.name == "Cluster visit Białystok"


def test_a_spreadsheet_needs_a_visit_first(
    make_window, database, monkeypatch, qtbot, tmp_path: Path
) -> None:
    window = make_window(database)  # an empty database: no visit
    opened: list[str | None] = []
    monkeypatch.setattr(window, "import_delegates", lambda path=None: opened.append(path))
    sheet = tmp_path / "delegates.csv"
    sheet.write_text("surname\nNowak\n", encoding="utf-8")
    assert _drop(window, [sheet]) is True
    qtbot.waitUntil(lambda: "Create or choose a visit first" in window.statusBar().currentMessage())
    assert opened == []


def test_frequent_actions_have_shortcuts(window: MainWindow) -> None:
    actions = window.actions
    frequent = {
        "new visit": actions.new_visit,
        "from template": actions.duplicate_visit,
        "rename": actions.rename_visit,
        "properties": actions.visit_properties,
        "import": actions.import_delegates,
        "export": actions.export_visit,
        "back up": actions.backup_database,
        "undo": actions.undo,
        "redo": actions.redo,
        "find": actions.find,
        "reload": actions.reload,
        "about": actions.about,
        **{f"section {name}": action for name, action in actions.sections.items()},
    }
    missing = [name for name, action in frequent.items() if action.shortcut().isEmpty()]
    assert missing == []
    sequences = [
        sequence.toString()
        for action in window.findChildren(type(actions.undo))
        for sequence in action.shortcuts()
    ]
    assert len(sequences) == len(set(sequences)), "two actions share a shortcut"
    assert actions.rename_visit.shortcut() == QKeySequence("F2")
    # The same commands on a right click on the visit.
    assert actions.rename_visit in window.switcher.combo.actions()
    assert actions.duplicate_visit in window.switcher.combo.actions()


def test_about_names_the_fonts_and_their_licence(window: MainWindow) -> None:
    box = about_box(window)
    assert "DejaVu Sans" in box.text()
    assert "Bitstream Vera" in box.text()
    assert "Permission is hereby granted" in box.detailedText()
    assert not box.iconPixmap().isNull()
    assert not window.windowIcon().isNull()
    box.deleteLater()
