"""The runs the itinerary still lacks, proposed for the coordinator to check and accept.

The proposal comes from services.transport.propose; each proposed run can get
another vehicle here; the checked ones are accepted together (one undoable
edit, through the ``save`` callback), the rest are discarded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from studyvisit.records import VehicleRecord
from studyvisit.transport_proposal import ProposedRun
from studyvisit.ui.dialogs.form_dialog import ERROR_COLOUR, FormDialog
from studyvisit.ui.formatting import format_datetime, format_time, join
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.table_model import Column, Index, RecordTableModel
from studyvisit.ui.visit_data import LoadedVisit

CONTEXT = "ProposalColumns"
PROBLEM = QColor(ERROR_COLOUR)


@dataclass(frozen=True, slots=True)
class ProposalRow:
    position: int  # in the proposal, which is the row's identity
    proposal: ProposedRun
    visit: LoadedVisit

    @property
    def id(self) -> None:
        return None

    @property
    def key(self) -> str:
        return str(self.position)

    @property
    def vehicle(self) -> VehicleRecord | None:
        key = self.proposal.vehicle_key
        return self.visit.vehicles.get(key) if key else None

    @property
    def problem(self) -> str | None:
        """Why this run cannot be accepted as it is, or None."""
        vehicle = self.vehicle
        if vehicle is None:
            return QCoreApplication.translate(
                "RunProposal", "No vehicle has enough free seats: choose one or split the group."
            )
        if self.proposal.headcount > vehicle.seats:
            return fill(
                QCoreApplication.translate(
                    "RunProposal", "%1 people, but %2 has only %3 passenger seats."
                ),
                self.proposal.headcount,
                vehicle.label,
                vehicle.seats,
            )
        return None

    def note(self) -> str:
        notes = [self.problem or ""]
        if self.proposal.travel_estimated:
            notes.append(
                QCoreApplication.translate(
                    "RunProposal", "travel time estimated from the sites' coordinates"
                )
            )
        return join(notes)

    def riders(self) -> str:
        loose = [self.visit.delegates.get(key) for key in self.proposal.delegate_keys]
        names = [d.latin_name or d.full_name for d in loose if d is not None]
        return join([self.visit.groups_text(self.proposal.group_keys), join(names)])


def _route(row: ProposalRow) -> str:
    language = current_language()
    return (
        f"{row.visit.site_name(row.proposal.from_key, language)} → "
        f"{row.visit.site_name(row.proposal.to_key, language)}"
    )


def _passengers(row: ProposalRow) -> str:
    vehicle = row.vehicle
    if vehicle is None:
        return str(row.proposal.headcount)
    return f"{row.proposal.headcount} / {vehicle.seats}"


def _problem_colour(row: ProposalRow) -> QColor | None:
    return PROBLEM if row.problem else None


COLUMNS = (
    Column(
        "depart",
        QT_TRANSLATE_NOOP("ProposalColumns", "Departs"),
        lambda r: r.proposal.depart,
        CONTEXT,
        display=format_datetime,
        foreground=_problem_colour,
    ),
    Column(
        "arrive",
        QT_TRANSLATE_NOOP("ProposalColumns", "Arrives"),
        lambda r: r.proposal.arrive,
        CONTEXT,
        display=format_time,
        foreground=_problem_colour,
    ),
    Column(
        "route",
        QT_TRANSLATE_NOOP("ProposalColumns", "From → to"),
        _route,
        CONTEXT,
        foreground=_problem_colour,
        max_width=320,
    ),
    Column(
        "riders",
        QT_TRANSLATE_NOOP("ProposalColumns", "Who rides"),
        lambda r: r.riders(),
        CONTEXT,
        foreground=_problem_colour,
    ),
    Column(
        "headcount",
        QT_TRANSLATE_NOOP("ProposalColumns", "People / seats"),
        _passengers,
        CONTEXT,
        sort=lambda r: r.proposal.headcount,
        alignment=Qt.AlignmentFlag.AlignRight,
        foreground=_problem_colour,
        tooltip=lambda r: r.problem,
        header_tooltip=QT_TRANSLATE_NOOP(
            "ProposalColumns", "Delegates who ride; staff you add to the run take seats too"
        ),
    ),
    Column(
        "vehicle",
        QT_TRANSLATE_NOOP("ProposalColumns", "Vehicle"),
        lambda r: r.vehicle.label if r.vehicle else "",
        CONTEXT,
        foreground=_problem_colour,
        tooltip=lambda r: r.problem,
    ),
    Column(
        "note",
        QT_TRANSLATE_NOOP("ProposalColumns", "Note"),
        lambda r: r.note(),
        CONTEXT,
        foreground=_problem_colour,
    ),
)


def _checked_value(value: Any) -> bool:
    return int(getattr(value, "value", value)) == Qt.CheckState.Checked.value


class ProposalModel(RecordTableModel):
    """The proposed runs, with a check box in the first column."""

    checks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, parent=parent)
        self.checked: set[int] = set()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != 0 or index.row() >= self.rowCount():
                return None
            checked = self.record(index.row()).position in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        position = self.record(index.row()).position
        if _checked_value(value):
            self.checked.add(position)
        else:
            self.checked.discard(position)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def set_all_checked(self, checked: bool) -> None:
        rows = self.all_records()
        self.checked = {row.position for row in rows} if checked else set()
        if rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checks_changed.emit()


class RunProposalDialog(FormDialog):
    def __init__(
        self, visit: LoadedVisit, proposals: Sequence[ProposedRun], parent: QWidget | None = None
    ) -> None:
        super().__init__("run-proposal-dialog", parent)
        self.visit = visit
        self.setWindowTitle(self.tr("Proposed transport runs"))
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr(
                "Runs the itinerary needs and the plan does not have yet: one for each change "
                "of site that is not a walk. Check the ones to add, change a vehicle where "
                "needed, and accept them; unchecked ones are discarded."
            )
        )
        self.model = ProposalModel(self)
        self.table = RecordTable(
            self.model, name="proposal", searchable=False, sort_column="depart", parent=self
        )
        self.vehicle = QComboBox(self)
        self.vehicle.setObjectName("proposal-vehicle")
        for vehicle in visit.plan.vehicles:
            self.vehicle.addItem(
                fill(self.tr("%1 · %2 seats"), vehicle.label, vehicle.seats), vehicle.key
            )
        self.set_vehicle = QPushButton(self.tr("Use for the selected runs"), self)
        self.set_vehicle.setObjectName("set-vehicle")
        self.set_vehicle.clicked.connect(self._use_vehicle)
        self.check_all = QPushButton(self.tr("Check all"), self)
        self.check_all.clicked.connect(lambda: self.model.set_all_checked(True))
        self.check_none = QPushButton(self.tr("Check none"), self)
        self.check_none.clicked.connect(lambda: self.model.set_all_checked(False))
        tools = QHBoxLayout()
        tools.addWidget(self.check_all)
        tools.addWidget(self.check_none)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Vehicle:"), self))
        tools.addWidget(self.vehicle)
        tools.addWidget(self.set_vehicle)

        self.layout_.insertWidget(0, self.explanation)
        self.layout_.insertWidget(1, self.table, 1)
        self.layout_.insertLayout(2, tools)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Accept checked runs"))
        ok.setObjectName("accept-checked")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Discard"))

        self.set_proposals(proposals)
        # Proposals that can be accepted as they are start checked.
        self.model.checked = {row.position for row in self.model.all_records() if not row.problem}
        self.model.checks_changed.connect(self.validate)
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(1160, 520)
        self.start(quietly=False)
        self._selection_changed()

    def set_proposals(self, proposals: Sequence[ProposedRun]) -> None:
        self.model.set_records(
            ProposalRow(position, proposal, self.visit)
            for position, proposal in enumerate(proposals)
        )
        self.table.fit_columns()

    def proposals(self) -> list[ProposedRun]:
        return [row.proposal for row in self.model.all_records()]

    def checked_proposals(self) -> list[ProposedRun]:
        return [
            row.proposal for row in self.model.all_records() if row.position in self.model.checked
        ]

    def _selection_changed(self, *_args: object) -> None:
        self.set_vehicle.setEnabled(
            bool(self.table.selected_records()) and self.vehicle.count() > 0
        )

    def _use_vehicle(self) -> None:
        key = self.vehicle.currentData()
        chosen = {row.position for row in self.table.selected_records()}
        if key is None or not chosen:
            return
        self.set_proposals(
            [
                dataclasses.replace(row.proposal, vehicle_key=key)
                if row.position in chosen
                else row.proposal
                for row in self.model.all_records()
            ]
        )
        self.validate()

    def problem(self) -> str | None:
        if not self.model.all_records():
            return self.tr("Nothing to propose: every change of site has its run.")
        checked = [row for row in self.model.all_records() if row.position in self.model.checked]
        if not checked:
            return self.tr("Check the runs to accept, or discard the proposal.")
        for row in checked:
            if row.vehicle is None:
                return fill(
                    self.tr("The run %1 at %2 has no vehicle: choose one for it, or uncheck it."),
                    _route(row),
                    format_datetime(row.proposal.depart),
                )
        return None
