"""The visit's properties edited from the Overview: saved at once, refused when wrong, undoable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from studyvisit.services import visits
from studyvisit.ui.dialogs.visit_properties import VisitPropertiesDialog, apply_properties
from studyvisit.ui.main_window import MainWindow


def _stored(window: MainWindow):
    with window.database.unit_of_work() as uow:
        return visits.get_visit(uow, window.current_visit_id())


def _in_the_dialog(qtbot, action, seen: dict) -> None:
    """Run ``action(dialog)`` on the properties dialog once it is open (it is modal)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VisitPropertiesDialog)
        seen["dialog"] = True
        action(dialog)

    QTimer.singleShot(0, run)


def test_rename_from_the_overview_then_undo_and_redo(window: MainWindow, qtbot) -> None:
    overview = window.show_section("overview")
    seen: dict = {}

    def rename(dialog: VisitPropertiesDialog) -> None:
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Cluster visit Lomza")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    _in_the_dialog(qtbot, rename, seen)
    qtbot.mouseClick(overview.edit_button, Qt.MouseButton.LeftButton)

    assert seen["dialog"]
    assert _stored(window).name == "Cluster visit Lomza"
    assert overview.fact_values["name"].text() == "Cluster visit Lomza"
    assert window.windowTitle() == "Cluster visit Lomza — studyvisit"
    assert window.switcher.combo.currentText().startswith("Cluster visit Lomza")
    assert "Rename visit to “Cluster visit Lomza”" in window.actions.undo.text()

    window.actions.undo.trigger()
    assert _stored(window).name == "Cluster visit Białystok"
    assert overview.fact_values["name"].text() == "Cluster visit Białystok"
    assert window.switcher.combo.currentText().startswith("Cluster visit Białystok")
    window.actions.redo.trigger()
    assert _stored(window).name == "Cluster visit Lomza"


def test_every_property_in_one_undoable_edit(window: MainWindow, qtbot) -> None:
    before = _stored(window)

    def change(dialog: VisitPropertiesDialog) -> None:
        dialog.funder.setText("  Solidarity   Fund ")
        dialog.partners.setPlainText("Partner one\n\n  Lublin   University \n")
        dialog.end.setDate(QDate(2019, 7, 5))
        dialog.language_boxes["ru"].setChecked(False)
        dialog.language_boxes["be"].setChecked(True)
        dialog.timezone.setCurrentText("Europe/Minsk")
        dialog.notes.setPlainText("Bring the banners.")
        dialog.accept()

    _in_the_dialog(qtbot, change, {})
    window.actions.visit_properties.trigger()

    after = _stored(window)
    assert after.funder == "Solidarity Fund"
    assert after.partners == ("Partner one", "Lublin University")
    assert after.end_date == dt.date(2019, 7, 5)
    assert after.languages == ("pl", "en", "be")
    assert after.timezone == "Europe/Minsk"
    assert after.notes == "Bring the banners."
    overview = window.section("overview")
    assert overview.fact_values["funder"].text() == "Solidarity Fund"
    assert overview.tiles["days"].number.text() == "4"
    assert window.actions.undo.text() == "&Undo Edit visit properties"

    window.actions.undo.trigger()
    assert _stored(window) == before
    assert overview.tiles["days"].number.text() == "3"


def test_the_dialog_refuses_bad_dates_and_time_zones(window: MainWindow, qtbot) -> None:
    dialog = VisitPropertiesDialog(window.visit.plan.visit, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.message.text() == ""
    assert dialog.changes() == {}

    dialog.end.setDate(QDate(2019, 7, 1))
    assert not ok.isEnabled()
    assert "ends before it starts" in dialog.message.text()
    dialog.end.setDate(QDate(2019, 7, 4))

    dialog.timezone.setCurrentText("Europe/Atlantis")
    assert not ok.isEnabled()
    assert "“Europe/Atlantis” is not a time zone" in dialog.message.text()
    dialog.accept()
    assert dialog.result() == 0  # refused, the dialog stays

    dialog.timezone.setCurrentText("Europe/Warsaw")
    dialog.name.setText("   ")
    assert "Give the visit a name" in dialog.message.text()


def test_a_refused_change_is_shown_and_changes_nothing(window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    info = window.visit.plan.visit
    assert not apply_properties(window.context, info, {"timezone": "Mars/Olympus"})
    assert not apply_properties(
        window.context, info, {"start_date": dt.date(2019, 8, 1)}
    )  # after the end
    assert "not a time zone" in shown[0]
    assert "ends (2019-07-04) before it starts (2019-08-01)" in shown[1]
    assert _stored(window) == info
    assert not window.actions.undo.isEnabled()


def test_overview_looks_right(demo_window: MainWindow, tmp_path: Path) -> None:
    overview = demo_window.show_section("overview")
    demo_window.resize(1280, 800)
    assert overview.edit_button.isEnabled()
    assert overview.edit_button.text() == "&Edit…"
    image = tmp_path / "overview.png"
    assert demo_window.grab().save(str(image))
    assert image.stat().st_size > 10_000
