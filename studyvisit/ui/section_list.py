"""The list of sections on the left of the main window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from studyvisit.ui import icons
from studyvisit.ui.sections import Section

NAME_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class SectionListModel(QAbstractListModel):
    """One row per section: its translated title, its name, its icon (or a mark instead)."""

    def __init__(self, sections: Sequence[type[Section]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections = tuple(sections)
        self._icons: dict[str, QIcon] = {}

    def names(self) -> list[str]:
        return [section.name for section in self._sections]

    def row_of(self, name: str) -> int:
        return self.names().index(name)

    def set_icon(self, name: str, icon: QIcon | None) -> None:
        """Mark a section (e.g. Problems when the plan has errors)."""
        if icon is None or icon.isNull():
            self._icons.pop(name, None)
        else:
            self._icons[name] = icon
        index = self.index(self.row_of(name), 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def retranslate(self) -> None:
        if self._sections:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sections) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section.title()
        if role == NAME_ROLE:
            return section.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(section.name) or icons.section_icon(section.name)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
