"""The import wizard's preview: the sheet's first data rows as they are, a drop-down above each
source column naming what it holds, problem cells highlighted with the reason as a tooltip."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QWidget

from studyvisit.ui.import_fields import IGNORED, column_letters, field_choices, field_label
from studyvisit.ui.import_problems import SKIPPED_CELL, SKIPPED_ROW, WARNING_CELL, ProblemIndex
from studyvisit.ui.views import TableView

IGNORED_TEXT = QColor("#9aa1ab")
MIN_COLUMN_WIDTH = 150
MAX_COLUMN_WIDTH = 280


@dataclass(frozen=True, slots=True)
class PreviewColumn:
    """A source column: 0-based sheet column index, header as written, the field it feeds."""

    index: int
    header: str | None
    field: str | None


class PreviewModel(QAbstractTableModel):
    """Data rows of the sheet: (sheet row number, one cell text per column)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[PreviewColumn] = []
        self._rows: list[tuple[int, list[str]]] = []
        self._problems = ProblemIndex()
        self._read_rows: set[int] | None = None

    def set_content(
        self,
        columns: list[PreviewColumn],
        rows: list[tuple[int, list[str]]],
        problems: ProblemIndex | None,
        read_rows: set[int] | None = None,
    ) -> None:
        """``read_rows``: the sheet rows the importer took as delegates (None: not known yet);
        the others (column numbering, a totals line) are shown greyed."""
        self.beginResetModel()
        self._read_rows = read_rows
        self.columns = list(columns)
        self._rows = list(rows)
        self._problems = problems or ProblemIndex()
        self.endResetModel()

    def sheet_row(self, row: int) -> int:
        return self._rows[row][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section][0]) if role == Qt.ItemDataRole.DisplayRole else None
        column = self.columns[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header
        return f"{column_letters(column.index)}   {column.header or ''}".rstrip()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        number, cells = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()] if index.column() < len(cells) else ""
        not_read = self._read_rows is not None and number not in self._read_rows
        if role == Qt.ItemDataRole.ToolTipRole:
            messages = self._problems.messages(number, column.header)
            if not_read:
                messages.append(
                    QCoreApplication.translate(
                        "ImportPreview", "Not a delegate's row (e.g. column numbers or a total)"
                    )
                )
            return "\n".join(messages) if messages else None
        if role == Qt.ItemDataRole.BackgroundRole:
            skipped = number in self._problems.skipped_rows
            if self._problems.messages(number, column.header):
                return SKIPPED_CELL if skipped else WARNING_CELL
            return SKIPPED_ROW if skipped else None
        if role == Qt.ItemDataRole.ForegroundRole and (not_read or column.field == IGNORED):
            return IGNORED_TEXT
        return None


class MappingHeader(QHeaderView):
    """A horizontal header with a field drop-down above each column's own header text."""

    field_chosen = Signal(int, object)  # sheet column index, field (None: keep in notes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        self.combos: list[QComboBox] = []
        self._indexes: list[int] = []
        self.sectionResized.connect(self.place_combos)
        self.geometriesChanged.connect(self.place_combos)

    def set_columns(self, columns: list[PreviewColumn]) -> None:
        """One drop-down per column, showing the field the importer will use."""
        while len(self.combos) > len(columns):
            self.combos.pop().deleteLater()
        while len(self.combos) < len(columns):
            combo = QComboBox(self.viewport())
            combo.setObjectName(f"mapping-{len(self.combos)}")
            self._fill(combo)
            position = len(self.combos)
            combo.activated.connect(lambda _row, p=position: self._chosen(p))
            combo.show()
            self.combos.append(combo)
        self._indexes = [column.index for column in columns]
        for combo, column in zip(self.combos, columns, strict=True):
            combo.blockSignals(True)
            found = combo.findData(column.field) if column.field is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.setToolTip(field_label(column.field))
            combo.blockSignals(False)
        self.place_combos()

    def combo_for(self, sheet_column: int) -> QComboBox:
        return self.combos[self._indexes.index(sheet_column)]

    def retranslate(self) -> None:
        for combo in self.combos:
            for row in range(combo.count()):
                combo.setItemText(row, field_label(combo.itemData(row)))

    def _fill(self, combo: QComboBox) -> None:
        for number, field in enumerate(field_choices()):
            combo.addItem(field_label(field), field)
            if number == 1:
                combo.insertSeparator(combo.count())

    def _chosen(self, position: int) -> None:
        self.field_chosen.emit(self._indexes[position], self.combos[position].currentData())

    def _combo_height(self) -> int:
        return self.combos[0].sizeHint().height() + 4 if self.combos else 0

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        return QSize(size.width(), size.height() + self._combo_height())

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        # The header text goes below the drop-down.
        super().paintSection(painter, rect.adjusted(0, self._combo_height(), 0, 0), logical_index)

    def place_combos(self, *_args: object) -> None:
        height = self._combo_height()
        for logical, combo in enumerate(self.combos):
            if logical >= self.count():
                combo.hide()
                continue
            combo.setGeometry(
                self.sectionViewportPosition(logical) + 2,
                2,
                self.sectionSize(logical) - 4,
                height - 4,
            )
            combo.show()


class PreviewTable(TableView):
    """The preview table with its mapping header; columns fit their text within limits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview_model = PreviewModel(self)
        self.mapping_header = MappingHeader(self)
        self.setHorizontalHeader(self.mapping_header)
        self.setModel(self.preview_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalScrollBar().valueChanged.connect(self.mapping_header.place_combos)

    def show_preview(
        self,
        columns: list[PreviewColumn],
        rows: list[tuple[int, list[str]]],
        problems: ProblemIndex | None,
        read_rows: set[int] | None = None,
    ) -> None:
        self.preview_model.set_content(columns, rows, problems, read_rows)
        self.mapping_header.set_columns(columns)
        self.resizeColumnsToContents()
        for section in range(len(columns)):
            width = self.columnWidth(section)
            self.setColumnWidth(section, max(MIN_COLUMN_WIDTH, min(width + 12, MAX_COLUMN_WIDTH)))
        self.mapping_header.place_combos()
        self.mapping_header.updateGeometry()
        self.updateGeometries()
