"""The visit switcher at the top of the main window: which visit the sections show."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from studyvisit.records import VisitInfo
from studyvisit.ui.formatting import format_date_range
from studyvisit.ui.table_model import ID_ROLE, Column, RecordTableModel

CONTEXT = "VisitSwitcher"

COLUMNS = (
    Column(
        "visit",
        QT_TRANSLATE_NOOP("VisitSwitcher", "Visit"),
        lambda v: f"{v.name}  ·  {format_date_range(v.start_date, v.end_date)}",
        CONTEXT,
        sort=lambda v: v.start_date,
        tooltip=lambda v: v.project or v.name,
    ),
)


class VisitSwitcher(QWidget):
    visit_chosen = Signal(object)  # the visit id, or None when there is no visit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit-switcher")
        self.model = RecordTableModel(COLUMNS, key_of=lambda v: str(v.id), parent=self)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("visit-combo")
        self.combo.setModel(self.model)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(36)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._changed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.label)
        self._layout.addWidget(self.combo, 1)
        self._last_emitted: int | None = -1  # nothing emitted yet

    def add_action_button(self, action: QAction) -> QToolButton:
        """A button bound to one of the window's actions (new, delete...)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        self._layout.addWidget(button)
        return button

    def set_visits(self, visits: Sequence[VisitInfo], select_id: int | None = None) -> None:
        """Show ``visits`` and choose ``select_id`` (else the first); emits visit_chosen once."""
        self.combo.blockSignals(True)
        try:
            self.model.set_records(visits)
            row = next((r for r, v in enumerate(visits) if v.id == select_id), 0 if visits else -1)
            self.combo.setCurrentIndex(row)
        finally:
            self.combo.blockSignals(False)
        self._last_emitted = -1
        self._changed(self.combo.currentIndex())

    def update_visit(self, info: VisitInfo) -> None:
        """Show a visit's new name or dates (after an edit) without choosing again."""
        visits = self.visits()
        if any(v.id == info.id for v in visits):
            self.combo.blockSignals(True)
            try:
                self.model.set_records([info if v.id == info.id else v for v in visits])
                self.combo.setCurrentIndex(self.model.row_of_key(str(info.id)) or 0)
            finally:
                self.combo.blockSignals(False)

    def visits(self) -> list[VisitInfo]:
        return self.model.all_records()

    def current_visit_id(self) -> int | None:
        value = self.combo.currentData(ID_ROLE)
        return int(value) if value is not None else None

    def select(self, visit_id: int) -> bool:
        row = self.model.row_of_key(str(visit_id))
        if row is None:
            return False
        self.combo.setCurrentIndex(row)
        return True

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("VisitSwitcher", "&Visit:"))
        self.combo.setToolTip(
            QCoreApplication.translate("VisitSwitcher", "The visit the sections below show")
        )
        self.combo.setAccessibleName(QCoreApplication.translate("VisitSwitcher", "Visit"))
        self.combo.setPlaceholderText(QCoreApplication.translate("VisitSwitcher", "No visits yet"))
        self.model.retranslate()

    def _changed(self, row: int) -> None:
        visit_id = self.current_visit_id() if row >= 0 else None
        if visit_id != self._last_emitted:
            self._last_emitted = visit_id
            self.visit_chosen.emit(visit_id)
