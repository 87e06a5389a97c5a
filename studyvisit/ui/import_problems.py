"""Where an import's problems are: per cell for the preview's highlights and tooltips, and as
a list of row outcomes (skipped, warning, updated) for the wizard's problem list and summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from studyvisit.importing import DelegateFileResult
from studyvisit.services.delegate_import import ImportReport
from studyvisit.ui.import_fields import field_label

SKIPPED = "skipped"
WARNING = "warning"
UPDATED = "updated"

SKIPPED_ROW = QColor("#fbe4e2")
SKIPPED_CELL = QColor("#f2b8b3")
WARNING_CELL = QColor("#ffe7a3")
UPDATED_ROW = QColor("#e3edf9")

_KIND_NAMES = {
    SKIPPED: QT_TRANSLATE_NOOP("ImportOutcome", "Skipped"),
    WARNING: QT_TRANSLATE_NOOP("ImportOutcome", "Check"),
    UPDATED: QT_TRANSLATE_NOOP("ImportOutcome", "Updated"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("ImportOutcome", "Row"),
    QT_TRANSLATE_NOOP("ImportOutcome", "Result"),
    QT_TRANSLATE_NOOP("ImportOutcome", "Column"),
    QT_TRANSLATE_NOOP("ImportOutcome", "Details"),
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One line of the problem list: a row (None: the whole file), what became of it, why."""

    row: int | None
    kind: str
    column: str | None
    message: str


@dataclass(slots=True)
class ProblemIndex:
    """The problems of one dry run or import, found by sheet row and column header."""

    skipped_rows: set[int] = field(default_factory=set)
    cell_messages: dict[tuple[int, str | None], list[str]] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)

    def messages(self, row: int, header: str | None) -> list[str]:
        """What is wrong with one cell, then what is wrong with its whole row."""
        found = list(self.cell_messages.get((row, header), ()))
        if header is not None:
            found.extend(self.cell_messages.get((row, None), ()))
        return found

    @property
    def skipped_with_reason(self) -> int:
        return len(self.skipped_rows)


def index_problems(result: DelegateFileResult, report: ImportReport) -> ProblemIndex:
    """Sort the report's problems by cell; a row is skipped when the reader found it unusable
    or the service said it skipped it (its messages end in "skipped", e.g. a duplicate)."""
    index = ProblemIndex()
    index.skipped_rows = {row.row for row in result.rows if row.blocking}
    for problem in report.problems:
        if problem.row is not None and "skipped" in problem.message:
            index.skipped_rows.add(problem.row)
    for problem in report.problems:
        if problem.row is not None:
            index.cell_messages.setdefault((problem.row, problem.column), []).append(
                problem.message
            )
        kind = SKIPPED if problem.row in index.skipped_rows else WARNING
        index.outcomes.append(Outcome(problem.row, kind, problem.column, problem.message))
    return index


def summary_outcomes(index: ProblemIndex, report: ImportReport) -> list[Outcome]:
    """The problem list plus one line per updated delegate, in row order."""
    updated = [
        Outcome(
            change.row,
            UPDATED,
            None,
            ", ".join(field_label(name) for name in change.fields),
        )
        for change in report.changes
    ]
    return sorted(index.outcomes + updated, key=lambda outcome: outcome.row or 0)


class OutcomeModel(QAbstractTableModel):
    """The rows skipped, to check or updated, with the reason (a plain list: no editing)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcomes: list[Outcome] = []

    def set_outcomes(self, outcomes: list[Outcome]) -> None:
        self.beginResetModel()
        self._outcomes = list(outcomes)
        self.endResetModel()

    def outcome(self, row: int) -> Outcome:
        return self._outcomes[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportOutcome", _HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        outcome = self._outcomes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(outcome, index.column(), role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return {SKIPPED: SKIPPED_ROW, WARNING: WARNING_CELL, UPDATED: UPDATED_ROW}.get(
                outcome.kind
            )
        return None

    @staticmethod
    def _text(outcome: Outcome, column: int, role: int) -> str | None:
        if column == 0:
            if outcome.row is None:
                return QCoreApplication.translate("ImportOutcome", "file")
            return str(outcome.row)
        if column == 1:
            return QCoreApplication.translate("ImportOutcome", _KIND_NAMES[outcome.kind])
        if column == 2:
            return outcome.column or ""
        if role == Qt.ItemDataRole.DisplayRole or len(outcome.message) > 40:
            return outcome.message
        return None
