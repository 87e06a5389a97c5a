"""File → Back up database and File → Restore from backup, as a coordinator uses them."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studyvisit.db import Database
from studyvisit.services import visits
from studyvisit.ui.dialogs.visit_properties import apply_properties
from studyvisit.ui.main_window import MainWindow


def _rename(window: MainWindow, name: str) -> None:
    assert apply_properties(window.context, window.visit.plan.visit, {"name": name})


def _stored_names(database: Database) -> list[str]:
    with database.unit_of_work() as uow:
        return [visit.name for visit in visits.list_visits(uow)]


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """QMessageBox.question says Yes and records its text; warnings are recorded."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text: asked.append("warning: " + text)
    )
    return asked


def test_back_up_then_restore_shows_the_restored_data(
    window: MainWindow, monkeypatch, tmp_path: Path, answers: list[str]
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    suggested: list[str] = []

    def save_name(_parent, _title, proposed, _filter):
        suggested.append(proposed)
        return str(backups / Path(proposed).name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.actions.backup_database.trigger()
    assert re.fullmatch(r"visits-backup-\d{4}-\d\d-\d\d-\d{4}\.sqlite3", Path(suggested[0]).name)
    [made] = list(backups.iterdir())
    assert "backed up to" in window.statusBar().currentMessage()

    _rename(window, "Renamed after the backup")
    window.show_section("transport")
    assert window.editor.undo_stack.canUndo()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    window.actions.restore_backup.trigger()

    assert "Cluster visit Białystok" in answers[0] and made.name in answers[0]
    assert window.visit.plan.visit.name == "Cluster visit Białystok"
    assert window.section("overview").fact_values["name"].text() == "Cluster visit Białystok"
    assert window.current_section().name == "transport"
    assert not window.editor.undo_stack.canUndo()  # the history belonged to the replaced data
    assert "Restored from" in window.statusBar().currentMessage()
    [safety] = [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    with closing(sqlite3.connect(safety)) as connection:  # the data as it was before
        assert connection.execute("SELECT name FROM visits").fetchall() == [
            ("Renamed after the backup",)
        ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers

    _rename(window, "Edited after the restore")  # the window works on the restored database
    assert _stored_names(window.database) == ["Edited after the restore"]


@pytest.mark.parametrize("kind", ["text", "other-program"])
def test_a_foreign_file_is_refused_and_nothing_changes(
    window: MainWindow, tmp_path: Path, answers: list[str], kind: str
) -> None:
    chosen = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        chosen.write_text("surname;given_names\n", encoding="utf-8")
    else:
        with closing(sqlite3.connect(chosen)) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
            connection.commit()
    before_bytes = chosen.read_bytes()
    _rename(window, "Current work")
    files_before = sorted(p.name for p in tmp_path.iterdir())

    assert window.backups.restore_from(chosen) is False

    assert len(answers) == 1 and answers[0].startswith("warning: Nothing was restored:")
    assert "not a studyvisit database" in answers[0] and str(chosen) in answers[0]
    assert chosen.read_bytes() == before_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before
    assert window.visit.plan.visit.name == "Current work"
    assert window.editor.undo_stack.canUndo()  # nothing happened: the history stays
    assert _stored_names(window.database) == ["Current work"]


def test_cancelling_the_restore_changes_nothing(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite3"
    window.backups.back_up_to(target)
    _rename(window, "Current work")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    assert window.backups.restore_from(target) is False
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before
    assert window.visit.plan.visit.name == "Current work"


def test_a_server_database_says_backups_are_the_servers_job(
    window: MainWindow, monkeypatch
) -> None:
    assert window.actions.backup_database.isEnabled()
    monkeypatch.setattr(Database, "path", property(lambda self: None))
    window.retranslate_ui()
    for action in (window.actions.backup_database, window.actions.restore_backup):
        assert not action.isEnabled()
        assert "pg_dump" in action.toolTip()
