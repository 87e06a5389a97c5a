"""The Transport section: vehicles and runs edited in dialogs, filters, the proposal of runs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from studyvisit.services import transport
from studyvisit.ui.dialogs.run_proposal import ProposalModel, RunProposalDialog
from studyvisit.ui.dialogs.transport_run import TransportRunDialog
from studyvisit.ui.dialogs.vehicle import VehicleDialog
from studyvisit.ui.table_model import KEY_ROLE

RUN = "arrival--welcome-a"  # demo: group A by Minibus 2, hotel → Marshal's Office, 2 Jul 9:45


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def problems_with(window, code: str):
    return [p for p in window.visit.check.problems if p.code == code]


def add_small_car(window, qtbot, seats: int = 3) -> None:
    section = window.show_section("transport")
    qtbot.mouseClick(section.add_vehicle_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, VehicleDialog)
    dialog.label.setText("  Car   of the host ")
    dialog.seats.setValue(seats)
    dialog.plate.setText("BI 12345")
    dialog.driver.setCurrentIndex(dialog.driver.findText("Paweł Zalewski"))
    ok(dialog)
    assert section.dialog is None  # saved and closed


@pytest.fixture
def answer_yes(monkeypatch):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_add_a_vehicle_in_its_dialog_and_undo(demo_window, qtbot):
    window = demo_window
    add_small_car(window, qtbot)
    car = next(v for v in window.visit.plan.vehicles if v.label == "Car of the host")
    assert (car.seats, car.plate) == (3, "BI 12345")
    assert window.visit.staff[car.driver_key].name == "Paweł Zalewski"
    section = window.section("transport")
    assert "Car of the host" in [r.vehicle.label for r in section.vehicle_model.all_records()]
    assert section.vehicle_filter.findData(car.key) > 0  # the filter offers it
    window.actions.undo.trigger()
    assert len(window.visit.plan.vehicles) == 2


def test_vehicle_dialog_needs_a_label(demo_window, qtbot):
    section = demo_window.show_section("transport")
    dialog = section.add_vehicle()
    dialog.label.setText("x")
    dialog.label.setText("   ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "label" in dialog.message.text()
    dialog.reject()


def test_a_run_moved_to_a_too_small_vehicle_is_over_capacity_until_undone(demo_window, qtbot):
    window = demo_window
    add_small_car(window, qtbot, seats=3)
    section = window.section("transport")
    assert section.runs.select_keys([RUN]) == 1
    qtbot.mouseClick(section.edit_run_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, TransportRunDialog)
    dialog.vehicle.setCurrentIndex(
        dialog.vehicle.findText("Car of the host", Qt.MatchFlag.MatchStartsWith)
    )
    assert "too many" in dialog.headcount.text()  # said before saving
    ok(dialog)

    problems = problems_with(window, "vehicle_over_capacity")
    assert len(problems) == 1 and f"transport:{RUN}" in problems[0].refs
    listed = [r.problem.code for r in window.section("problems").model.all_records()]
    assert "vehicle_over_capacity" in listed
    assert "error" in window.problem_status.text()
    row = next(r for r in section.run_model.all_records() if r.key == RUN)
    assert row.over_capacity and row.problems  # red, with the checker's reason as tooltip
    position = section.run_model.row_of_key(RUN)
    for column in ("depart", "vehicle", "headcount"):
        index = section.run_model.index(position, section.run_model.column_index(column))
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    depart = section.run_model.index(position, section.run_model.column_index("depart"))
    assert "passenger seats" in depart.data(Qt.ItemDataRole.ToolTipRole)
    assert (
        "Over" not in section.summary.text() and "more people than seats" in section.summary.text()
    )

    window.actions.undo.trigger()
    assert not problems_with(window, "vehicle_over_capacity")
    assert "vehicle_over_capacity" not in [
        r.problem.code for r in window.section("problems").model.all_records()
    ]


def test_the_run_dialog_refuses_an_arrival_before_the_departure(demo_window):
    section = demo_window.show_section("transport")
    section.runs.select_keys([RUN])
    dialog = section.edit_run()
    dialog.arrive.setDateTime(dialog.depart.dateTime().addSecs(-60))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.message.text() == "The run must arrive after it departs."
    dialog.reject()


def test_add_a_run_with_groups_and_staff(demo_window, qtbot):
    window = demo_window
    section = window.show_section("transport")
    section.set_filter("minibus", dt.date(2019, 7, 4))
    before = section.run_model.rowCount()
    dialog = section.add_run()
    assert dialog.vehicle.currentData() == "minibus"  # from the filter
    assert dialog.values().depart.date() == dt.date(2019, 7, 4)
    dialog.from_site.setCurrentIndex(dialog.from_site.findData("hotel"))
    dialog.to_site.setCurrentIndex(dialog.to_site.findData("restaurant"))
    dialog.use_travel.click()  # arrive after the entered 10 minutes
    assert dialog.values().arrive - dialog.values().depart == dt.timedelta(minutes=10)
    dialog.set_checked(dialog.groups, ["b"])
    dialog.set_checked(dialog.staff, ["interpreter"])
    assert "10 · passenger seats: 20" in dialog.headcount.text()  # 9 of group B + interpreter
    ok(dialog)
    added = [r for r in window.visit.plan.transport if r.depart == dt.datetime(2019, 7, 4, 9, 0)]
    assert [(r.group_keys, r.staff_keys, r.from_key) for r in added] == [
        (("b",), ("interpreter",), "hotel")
    ]
    assert section.run_model.rowCount() == before + 1  # the filter stays


def test_filters_show_the_runs_of_one_vehicle_on_one_day(demo_window):
    section = demo_window.show_section("transport")
    total = section.run_model.rowCount()
    section.vehicle_filter.setCurrentIndex(section.vehicle_filter.findData("bus-2"))
    by_vehicle = [r.run for r in section.run_model.all_records()]
    assert by_vehicle and {r.vehicle_key for r in by_vehicle} == {"bus-2"}
    section.day_filter.setCurrentIndex(section.day_filter.findData("2019-07-03"))
    both = [r.run for r in section.run_model.all_records()]
    assert both and all(r.depart.date() == dt.date(2019, 7, 3) for r in both)
    assert len(both) < len(by_vehicle) < total
    # A reveal of a run the filter hides shows every run again.
    other = next(r for r in demo_window.visit.plan.transport if r.vehicle_key == "minibus")
    assert section.reveal([f"transport:{other.key}"])
    assert section.run_model.rowCount() == total
    assert section.runs.selected_keys() == [other.key]


def test_delete_runs_and_vehicles_ask_first(demo_window, answer_yes):
    window = demo_window
    section = window.show_section("transport")
    section.runs.select_keys([RUN])
    section.delete_run_button.click()
    assert answer_yes[0].startswith("Delete 1 run")  # "run(s)" until the catalogue has it
    assert RUN not in {r.key for r in window.visit.plan.transport}
    section.vehicles.select_keys(["bus-2"])
    section.delete_vehicle_button.click()
    assert "Minibus 2 (19 seats)" in answer_yes[-1] and "14" in answer_yes[-1]
    assert [v.key for v in window.visit.plan.vehicles] == ["minibus"]
    assert all(r.vehicle_key == "minibus" for r in window.visit.plan.transport)
    window.actions.undo.trigger()
    window.actions.undo.trigger()
    assert len(window.visit.plan.transport) == 30


def test_propose_the_missing_run_and_accept_it(demo_window, qtbot, answer_yes):
    window = demo_window
    section = window.show_section("transport")
    section.runs.select_keys([RUN])
    section.delete_run_button.click()
    missing = problems_with(window, "transport_missing")
    assert missing

    qtbot.mouseClick(section.propose_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, RunProposalDialog)
    proposals = dialog.proposals()
    assert [(p.from_key, p.to_key, p.depart) for p in proposals] == [
        ("hotel", "marshal", dt.datetime(2019, 7, 2, 9, 45))
    ]
    assert "a" in proposals[0].group_keys
    assert dialog.checked_proposals() == proposals  # acceptable ones start checked
    ok(dialog)

    assert section.dialog is None
    accepted = [
        r for r in window.visit.plan.transport if r.depart == dt.datetime(2019, 7, 2, 9, 45)
    ]
    assert len(accepted) == 2  # group B's run and the accepted one
    assert not problems_with(window, "transport_missing")
    assert window.editor.undo_stack.undoText().startswith("Accept 1 proposed run")
    window.actions.undo.trigger()  # one edit: the accepted runs go together
    assert problems_with(window, "transport_missing")


def test_discarding_the_proposal_changes_nothing(demo_window, answer_yes):
    window = demo_window
    section = window.show_section("transport")
    section.runs.select_keys([RUN])
    section.delete_run_button.click()
    dialog = section.propose_runs()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(window.visit.plan.transport) == 29
    assert window.editor.undo_stack.count() == 1  # only the delete


def test_a_proposal_without_a_vehicle_must_get_one(demo_window, qtbot, answer_yes):
    window = demo_window
    section = window.show_section("transport")
    section.runs.select_keys([RUN])
    section.delete_run_button.click()
    with window.database.unit_of_work() as uow:
        proposal = transport.propose(uow, window.current_visit_id())[0]
    stranded = [proposal.__class__(**{**_fields(proposal), "vehicle_key": None})]
    dialog = RunProposalDialog(window.visit, stranded, parent=section)
    qtbot.addWidget(dialog)
    assert dialog.checked_proposals() == []  # not acceptable as it is: unchecked
    row = dialog.model.all_records()[0]
    assert "No vehicle has enough free seats" in row.note()
    index = dialog.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    dialog.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "has no vehicle" in dialog.message.text()
    dialog.table.select_keys(["0"])
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData("bus-2"))
    dialog.set_vehicle.click()
    assert dialog.problem() is None
    assert dialog.checked_proposals()[0].vehicle_key == "bus-2"


def _fields(record) -> dict:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def test_proposal_model_passes_the_model_tester(demo_window, qtmodeltester, answer_yes):
    window = demo_window
    section = window.show_section("transport")
    section.runs.select_keys([RUN, "talk-mistakes--lunch-1-a"])
    section.delete_run_button.click()
    dialog = section.propose_runs()
    model = dialog.model
    assert isinstance(model, ProposalModel) and model.rowCount() >= 2
    qtmodeltester.check(model, force_py=True)
    model.set_all_checked(False)
    assert dialog.checked_proposals() == []
    dialog.reject()


def test_nothing_to_propose_says_so(demo_window, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    section = demo_window.show_section("transport")
    assert section.propose_runs() is None
    assert said and "Nothing to propose" in said[0]


def test_a_refused_edit_keeps_the_dialog_open_and_says_why(demo_window, monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args[2]))
    window = demo_window
    section = window.show_section("transport")
    section.runs.select_keys([RUN])
    dialog = section.edit_run()
    # The vehicle disappears behind the dialog's back (another window, say).
    window.editor.apply(
        "gone", lambda uow: transport.delete_vehicle(uow, window.visit.vehicles["minibus"].id)
    )
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData("minibus"))
    ok(dialog)
    assert section.dialog is dialog and dialog.isVisible()
    assert "minibus" in dialog.message.text().casefold()
    assert boxes == []  # said once, in the dialog, not again in a message box
    dialog.reject()


def test_reveal_selects_a_vehicle(demo_window):
    section = demo_window.show_section("transport")
    assert section.reveal(["vehicle:bus-2"])
    assert section.vehicles.selected_keys() == ["bus-2"]
    assert [
        section.vehicles.model.index(r, 0).data(KEY_ROLE)
        for r in range(section.vehicles.model.rowCount())
    ] == ["minibus", "bus-2"]
