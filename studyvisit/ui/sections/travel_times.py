"""The travel-time table of the Sites section: one row per pair of sites, edited in place.

A time the coordinator entered is shown plainly; where none was entered the
estimate from the sites' coordinates is shown in italics with a tooltip that
says so. Typing minutes (or choosing walk/drive) enters a time; clearing the
minutes returns the pair to its estimate. The edit itself is made by the
section (``edit_requested``), through the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studyvisit.services.sites import TravelPair
from studyvisit.travel import BUFFER_MINUTES, ROAD_FACTOR, URBAN_SPEED_KMH
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.table_model import Column, Index, RecordTableModel
from studyvisit.ui.visit_data import LoadedVisit

CONTEXT = "TravelTimeColumns"
ESTIMATE_COLOUR = QColor("#5f6b7a")
MODES = {
    "drive": QT_TRANSLATE_NOOP("TravelMode", "Drive"),
    "walk": QT_TRANSLATE_NOOP("TravelMode", "Walk"),
}
MAX_MINUTES = 24 * 60


def mode_name(code: str) -> str:
    source = MODES.get(code)
    return QCoreApplication.translate("TravelMode", source) if source else code


@dataclass(frozen=True, slots=True)
class TravelRow:
    pair: TravelPair
    visit: LoadedVisit

    @property
    def id(self) -> None:
        return None

    @property
    def key(self) -> str:
        return f"{self.pair.from_key}>{self.pair.to_key}"

    @property
    def known(self) -> bool:
        return self.pair.minutes is not None


def estimate_note() -> str:
    return fill(
        QCoreApplication.translate(
            "TravelTimes",
            "Estimated from the sites' coordinates: the straight line × %1 at %2 km/h, "
            "plus %3 min. Type the minutes to replace the estimate; clear them to return to it.",
        ),
        ROAD_FACTOR,
        int(URBAN_SPEED_KMH),
        BUFFER_MINUTES,
    )


def _minutes_text(row: TravelRow) -> str:
    if row.pair.minutes is None:
        return "—"
    if row.pair.estimated:
        return f"≈ {row.pair.minutes}"
    return str(row.pair.minutes)


def _minutes_tooltip(row: TravelRow) -> str:
    pair = row.pair
    if pair.minutes is None:
        return QCoreApplication.translate(
            "TravelTimes",
            "No time entered, and a site has no coordinates to estimate it from: type the minutes.",
        )
    if pair.estimated:
        return estimate_note()
    if pair.estimate is not None:
        return fill(
            QCoreApplication.translate(
                "TravelTimes", "Entered by you (the estimate would be %1 min). Clear to use it."
            ),
            pair.estimate,
        )
    return QCoreApplication.translate("TravelTimes", "Entered by you.")


def _estimate_font(row: TravelRow) -> QFont | None:
    if not row.pair.estimated:
        return None
    font = QFont()
    font.setItalic(True)
    return font


def _estimate_colour(row: TravelRow) -> QColor | None:
    return ESTIMATE_COLOUR if row.pair.estimated else None


def _distance(row: TravelRow) -> float | None:
    return None if row.pair.distance_km is None else round(row.pair.distance_km, 1)


COLUMNS = (
    Column(
        "from",
        QT_TRANSLATE_NOOP("TravelTimeColumns", "From"),
        lambda r: r.visit.site_name(r.pair.from_key, current_language()),
        CONTEXT,
        max_width=260,
    ),
    Column(
        "to",
        QT_TRANSLATE_NOOP("TravelTimeColumns", "To"),
        lambda r: r.visit.site_name(r.pair.to_key, current_language()),
        CONTEXT,
        max_width=260,
    ),
    Column(
        "minutes",
        QT_TRANSLATE_NOOP("TravelTimeColumns", "Minutes"),
        lambda r: r.pair.minutes,
        CONTEXT,
        display=None,
        sort=lambda r: r.pair.minutes,
        tooltip=_minutes_tooltip,
        font=_estimate_font,
        foreground=_estimate_colour,
        alignment=Qt.AlignmentFlag.AlignRight,
        header_tooltip=QT_TRANSLATE_NOOP(
            "TravelTimeColumns",
            "Either way between the two sites; estimates in italics. Double-click to edit.",
        ),
    ),
    Column(
        "mode",
        QT_TRANSLATE_NOOP("TravelTimeColumns", "Mode"),
        lambda r: r.pair.mode,
        CONTEXT,
        display=mode_name,
        sort=lambda r: mode_name(r.pair.mode),
        tooltip=lambda r: QCoreApplication.translate(
            "TravelTimes", "A walk needs no transport run; a drive does."
        ),
        font=_estimate_font,
        foreground=_estimate_colour,
    ),
    Column(
        "distance",
        QT_TRANSLATE_NOOP("TravelTimeColumns", "Distance (km)"),
        _distance,
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
        header_tooltip=QT_TRANSLATE_NOOP(
            "TravelTimeColumns", "In a straight line, from the coordinates"
        ),
    ),
)


class TravelTimeModel(RecordTableModel):
    """The pairs of sites; minutes and mode are editable and reported, not stored here."""

    edit_requested = Signal(object, str, object)  # the TravelRow, "minutes" or "mode", the value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent=parent)
        self._editable = {self.column_index("minutes"), self.column_index("mode")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.record(index.row())
        name = self.columns[index.column()].name
        if name == "minutes" and role == Qt.ItemDataRole.DisplayRole:
            return _minutes_text(row)
        if role == Qt.ItemDataRole.EditRole and index.column() in self._editable:
            if name == "minutes":  # an estimate starts the editor empty: type a time
                return (
                    "" if row.pair.estimated or row.pair.minutes is None else str(row.pair.minutes)
                )
            return row.pair.mode
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in self._editable:
            return False
        row = self.record(index.row())
        self.edit_requested.emit(row, self.columns[index.column()].name, value)
        return True  # the section applies it; the reload shows the result


class ModeDelegate(QStyledItemDelegate):
    """Walk or drive, chosen from a list."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("mode-editor")
        for code in MODES:
            combo.addItem(mode_name(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def parse_minutes(text: Any) -> int | None:
    """Typed minutes as a whole number; None for an empty cell. ValueError when not minutes."""
    text = str(text if text is not None else "").strip().removeprefix("≈").strip()
    if not text:
        return None
    minutes = int(text)  # ValueError for "abc", "1.5"
    if not 0 <= minutes <= MAX_MINUTES:
        raise ValueError(text)
    return minutes
