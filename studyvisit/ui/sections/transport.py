"""Transport: the vehicles, the runs per vehicle and day, and the proposal of missing runs.

Every change goes through the window's editor (one undoable edit each); the
dialogs stay open when the editor refuses a change and say why.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyvisit.db import UnitOfWork
from studyvisit.programme import PlanIndex
from studyvisit.services import transport
from studyvisit.services.plan_summary import run_passengers
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui.dialogs.form_dialog import FormDialog, apply_edit
from studyvisit.ui.dialogs.run_proposal import RunProposalDialog
from studyvisit.ui.dialogs.transport_run import TransportRunDialog
from studyvisit.ui.dialogs.vehicle import VehicleDialog
from studyvisit.ui.formatting import format_day
from studyvisit.ui.i18n import fill
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.sections.base import Section, split_refs
from studyvisit.ui.sections.transport_columns import (
    RUN_COLUMNS,
    VEHICLE_COLUMNS,
    RunRow,
    VehicleRow,
)
from studyvisit.ui.table_model import RecordTableModel

__all__ = ["RunRow", "TransportSection", "VehicleRow"]


def _bold_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("subheading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _button(name: str, parent: QWidget, clicked: Callable[[], Any]) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: clicked())
    return button


class TransportSection(Section):
    name = "transport"
    title_text = QT_TRANSLATE_NOOP("Sections", "Transport")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it here)
        self.vehicle_model = RecordTableModel(VEHICLE_COLUMNS, parent=self)
        self.run_model = RecordTableModel(RUN_COLUMNS, parent=self)
        self.vehicles = RecordTable(
            self.vehicle_model, name="vehicles", searchable=False, parent=self
        )
        self.runs = RecordTable(self.run_model, name="runs", sort_column="depart", parent=self)
        self.vehicles_label = _bold_label(self)
        self.runs_label = _bold_label(self)

        self.add_vehicle_button = _button("add-vehicle", self, self.add_vehicle)
        self.edit_vehicle_button = _button("edit-vehicle", self, self.edit_vehicle)
        self.delete_vehicle_button = _button("delete-vehicle", self, self.delete_vehicles)
        self.add_run_button = _button("add-run", self, self.add_run)
        self.edit_run_button = _button("edit-run", self, self.edit_run)
        self.delete_run_button = _button("delete-run", self, self.delete_runs)
        self.propose_button = _button("propose-runs", self, self.propose_runs)

        self.vehicle_filter = QComboBox(self)
        self.vehicle_filter.setObjectName("vehicle-filter")
        self.day_filter = QComboBox(self)
        self.day_filter.setObjectName("day-filter")
        self.vehicle_filter_label = QLabel(self)
        self.day_filter_label = QLabel(self)
        for combo in (self.vehicle_filter, self.day_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter_changed)

        vehicle_bar = QHBoxLayout()
        vehicle_bar.addWidget(self.vehicles_label)
        vehicle_bar.addStretch(1)
        for button in (
            self.add_vehicle_button,
            self.edit_vehicle_button,
            self.delete_vehicle_button,
        ):
            vehicle_bar.addWidget(button)
        run_bar = QHBoxLayout()
        run_bar.addWidget(self.runs_label)
        run_bar.addSpacing(12)
        run_bar.addWidget(self.vehicle_filter_label)
        run_bar.addWidget(self.vehicle_filter)
        run_bar.addWidget(self.day_filter_label)
        run_bar.addWidget(self.day_filter)
        run_bar.addStretch(1)
        for button in (
            self.add_run_button,
            self.edit_run_button,
            self.delete_run_button,
            self.propose_button,
        ):
            run_bar.addWidget(button)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("transport-splitter")
        splitter.setChildrenCollapsible(False)
        for bar, table, stretch in ((vehicle_bar, self.vehicles, 1), (run_bar, self.runs, 3)):
            pane = QWidget(splitter)
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 4, 0, 0)
            layout.addLayout(bar)
            layout.addWidget(table)
            splitter.addWidget(pane)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        self.body.addWidget(splitter, 1)

        self.vehicles.record_activated.connect(lambda _row: self.edit_vehicle())
        self.runs.record_activated.connect(lambda _row: self.edit_run())
        for table in (self.vehicles, self.runs):
            table.view.selectionModel().selectionChanged.connect(self._update_buttons)
            table.model.modelReset.connect(self._update_buttons)
        self._all_runs: list[RunRow] = []
        self._update_buttons()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        visit = self.visit
        if visit is None:
            self._all_runs = []
            self.vehicles.set_records([])
            self.runs.set_records([])
            self._fill_filters()
            self._update_buttons()
            return
        plan = visit.plan
        runs_per_vehicle = {v.key: 0 for v in plan.vehicles}
        for run in plan.transport:
            runs_per_vehicle[run.vehicle_key] = runs_per_vehicle.get(run.vehicle_key, 0) + 1
        self.vehicles.set_records(
            VehicleRow(v, visit, runs_per_vehicle[v.key]) for v in plan.vehicles
        )
        problems: dict[str, list[str]] = defaultdict(list)
        for problem in visit.check.problems:
            for key in split_refs(problem.refs, "transport"):
                problems[key].append(problem.message)
        index = PlanIndex(plan)
        self._all_runs = [
            RunRow(run, visit, run_passengers(plan, run, index), tuple(problems.get(run.key, ())))
            for run in plan.transport
        ]
        self._fill_filters()
        self._show_runs()

    def _fill_filters(self) -> None:
        """The vehicles and days to filter by; the current choices stay when they still exist."""
        vehicle, day = self.vehicle_filter.currentData(), self.day_filter.currentData()
        for combo in (self.vehicle_filter, self.day_filter):
            combo.blockSignals(True)
            combo.clear()
        self.vehicle_filter.addItem(self.tr("All vehicles"), None)
        self.day_filter.addItem(self.tr("All days"), None)
        if self.visit is not None:
            plan = self.visit.plan
            for record in plan.vehicles:
                self.vehicle_filter.addItem(record.label, record.key)
            days = sorted(set(plan.visit.days) | {run.depart.date() for run in plan.transport})
            for each in days:
                self.day_filter.addItem(format_day(each), each.isoformat())
        for combo, value in ((self.vehicle_filter, vehicle), (self.day_filter, day)):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            combo.blockSignals(False)

    def chosen_vehicle(self) -> str | None:
        return self.vehicle_filter.currentData()

    def chosen_day(self) -> dt.date | None:
        value = self.day_filter.currentData()
        return dt.date.fromisoformat(value) if value else None

    def set_filter(self, vehicle_key: str | None = None, day: dt.date | None = None) -> None:
        """Show the runs of one vehicle and/or one day (None: all)."""
        for combo, value in (
            (self.vehicle_filter, vehicle_key),
            (self.day_filter, day.isoformat() if day else None),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            combo.blockSignals(False)
        self._show_runs()

    def _filter_changed(self, _position: int) -> None:
        self._show_runs()

    def _show_runs(self) -> None:
        vehicle, day = self.chosen_vehicle(), self.chosen_day()
        self.runs.set_records(
            row
            for row in self._all_runs
            if (vehicle is None or row.run.vehicle_key == vehicle)
            and (day is None or row.run.depart.date() == day)
        )
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        plan = self.visit.plan
        text = (
            QCoreApplication.translate("TransportSection", "%Ln vehicle(s)", "", len(plan.vehicles))
            + " · "
            + QCoreApplication.translate("TransportSection", "%Ln run(s)", "", len(plan.transport))
        )
        over = sum(1 for row in self._all_runs if row.over_capacity)
        if over:
            text += " · " + QCoreApplication.translate(
                "TransportSection", "%Ln run(s) with more people than seats", "", over
            )
        return text

    def _update_buttons(self, *_args: object) -> None:
        editable = self.visit is not None and self.context is not None
        vehicles, runs = self.vehicles.selected_records(), self.runs.selected_records()
        has_vehicles = bool(self.visit and self.visit.plan.vehicles)
        self.add_vehicle_button.setEnabled(editable)
        self.edit_vehicle_button.setEnabled(editable and len(vehicles) == 1)
        self.delete_vehicle_button.setEnabled(editable and bool(vehicles))
        self.add_run_button.setEnabled(editable and has_vehicles)
        self.add_run_button.setToolTip("" if has_vehicles else self.tr("Add a vehicle first"))
        self.edit_run_button.setEnabled(editable and len(runs) == 1)
        self.delete_run_button.setEnabled(editable and bool(runs))
        self.propose_button.setEnabled(editable)

    def retranslate(self) -> None:
        self.vehicles_label.setText(self.tr("Vehicles"))
        self.runs_label.setText(self.tr("Runs"))
        self.vehicle_filter_label.setText(self.tr("Vehicle:"))
        self.day_filter_label.setText(self.tr("Day:"))
        self.add_vehicle_button.setText(self.tr("Add vehicle…"))
        self.edit_vehicle_button.setText(self.tr("Edit…"))
        self.delete_vehicle_button.setText(self.tr("Delete"))
        self.add_run_button.setText(self.tr("Add run…"))
        self.edit_run_button.setText(self.tr("Edit…"))
        self.delete_run_button.setText(self.tr("Delete"))
        self.propose_button.setText(self.tr("Propose missing runs…"))
        self.propose_button.setToolTip(
            self.tr(
                "Runs for every change of site in the itinerary that no run covers yet, "
                "for you to check and accept"
            )
        )
        if self.visit is not None:
            self._fill_filters()  # "All vehicles", day names
        self.vehicles.retranslate()
        self.runs.retranslate()
        super().retranslate()

    def reveal(self, refs: Sequence[str]) -> bool:
        found = 0
        if keys := split_refs(refs, "transport"):
            shown = {row.key for row in self.runs.model.all_records()}
            if not shown.issuperset(k for k in keys if k in {r.key for r in self._all_runs}):
                self.set_filter(None, None)  # a filter hides a run asked for: show all
            found += self.runs.select_keys(keys)
        if keys := split_refs(refs, "vehicle"):
            found += self.vehicles.select_keys(keys)
        return found > 0

    def tables(self) -> list[RecordTable]:
        return [self.runs, self.vehicles]

    # ------------------------------------------------------------------ editing

    def _open(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal without blocking (tests drive it through self.dialog)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _apply(self, text: str, change: Callable[[UnitOfWork], Any], scope: Scope) -> str | None:
        assert self.context is not None
        return apply_edit(self.context.editor, text, change, scope)

    def add_vehicle(self) -> QDialog | None:
        if self.visit is None or self.context is None:
            return None
        dialog = VehicleDialog(self.visit.plan.staff, parent=self)
        visit_id = self.visit.visit_id

        def save(form: FormDialog) -> str | None:
            values = dialog.values()
            return self._apply(
                self.tr("Add vehicle"),
                lambda uow: transport.add_vehicle(
                    uow, visit_id, values.label, values.seats, **values.changes()
                ),
                Scope.only(vehicles=()),
            )

        dialog.save = save
        return self._open(dialog)

    def edit_vehicle(self) -> QDialog | None:
        chosen = self.vehicles.selected_records()
        if self.visit is None or self.context is None or len(chosen) != 1:
            return None
        key = chosen[0].key
        dialog = VehicleDialog(self.visit.plan.staff, chosen[0].vehicle, parent=self)

        def save(form: FormDialog) -> str | None:
            values = dialog.values()
            vehicle_id = self.visit.vehicles[key].id  # ids change when an undo restores
            return self._apply(
                self.tr("Edit vehicle"),
                lambda uow: transport.update_vehicle(
                    uow, vehicle_id, label=values.label, seats=values.seats, **values.changes()
                ),
                Scope.only(vehicles=[vehicle_id]),
            )

        dialog.save = save
        return self._open(dialog)

    def delete_vehicles(self) -> None:
        chosen = self.vehicles.selected_records()
        if self.visit is None or self.context is None or not chosen:
            return
        runs = sum(row.runs for row in chosen)
        names = ", ".join(row.vehicle.label for row in chosen)
        question = (
            fill(self.tr("Delete %1 and its runs (%2)?"), names, runs)
            if runs
            else fill(self.tr("Delete %1?"), names)
        )
        if not self._confirm(self.tr("Delete vehicles"), question):
            return
        ids = [row.id for row in chosen]

        def delete(uow: UnitOfWork) -> None:
            for vehicle_id in ids:
                transport.delete_vehicle(uow, vehicle_id)

        self._apply(self.tr("Delete vehicles"), delete, Scope.of(vehicles=ids))  # their runs go

    def add_run(self) -> QDialog | None:
        if self.visit is None or self.context is None or not self.visit.plan.vehicles:
            return None
        dialog = TransportRunDialog(
            self.visit.plan,
            vehicle_key=self.chosen_vehicle(),
            day=self.chosen_day(),
            parent=self,
        )
        visit_id = self.visit.visit_id

        def save(form: FormDialog) -> str | None:
            values = dialog.values()
            return self._apply(
                self.tr("Add run"),
                lambda uow: transport.add_run(
                    uow,
                    visit_id,
                    values.vehicle_key,
                    values.depart,
                    values.arrive,
                    values.from_key,
                    values.to_key,
                    group_keys=values.group_keys,
                    delegate_keys=values.delegate_keys,
                    staff_keys=values.staff_keys,
                    notes=values.notes,
                ),
                Scope.of(transport_runs=()),  # and the new run's passengers
            )

        dialog.save = save
        return self._open(dialog)

    def edit_run(self) -> QDialog | None:
        chosen = self.runs.selected_records()
        if self.visit is None or self.context is None or len(chosen) != 1:
            return None
        key = chosen[0].key
        dialog = TransportRunDialog(self.visit.plan, chosen[0].run, parent=self)

        def save(form: FormDialog) -> str | None:
            values = dialog.values()
            run_id = self._run_id(key)
            return self._apply(
                self.tr("Edit run"),
                lambda uow: transport.update_run(uow, run_id, **values.changes()),
                Scope.of(transport_runs=[run_id]),  # its passengers are link rows
            )

        dialog.save = save
        return self._open(dialog)

    def _run_id(self, key: str) -> int:
        assert self.visit is not None
        return next(run.id for run in self.visit.plan.transport if run.key == key)

    def delete_runs(self) -> None:
        chosen = self.runs.selected_records()
        if self.visit is None or self.context is None or not chosen:
            return
        question = QCoreApplication.translate(
            "TransportSection", "Delete %Ln run(s)?", "", len(chosen)
        )
        if not self._confirm(self.tr("Delete runs"), question):
            return
        ids = [row.id for row in chosen]

        def delete(uow: UnitOfWork) -> None:
            for run_id in ids:
                transport.delete_run(uow, run_id)

        self._apply(self.tr("Delete runs"), delete, Scope.of(transport_runs=ids))

    def propose_runs(self) -> QDialog | None:
        """Ask the services which runs are missing and show them for acceptance."""
        if self.visit is None or self.context is None:
            return None
        visit_id = self.visit.visit_id
        with self.context.database().unit_of_work() as uow:
            proposals = transport.propose(uow, visit_id)
        if not proposals:
            QMessageBox.information(
                self,
                self.tr("Proposed transport runs"),
                self.tr("Nothing to propose: every change of site has its run (or is a walk)."),
            )
            return None
        dialog = RunProposalDialog(self.visit, proposals, parent=self)

        def save(form: FormDialog) -> str | None:
            accepted = dialog.checked_proposals()
            return self._apply(
                QCoreApplication.translate(
                    "TransportSection", "Accept %Ln proposed run(s)", "", len(accepted)
                ),
                lambda uow: transport.accept(uow, visit_id, accepted),
                Scope.of(transport_runs=()),
            )

        dialog.save = save
        return self._open(dialog)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
