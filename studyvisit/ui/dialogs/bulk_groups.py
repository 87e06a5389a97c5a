"""Bulk action: put the selected delegates in groups, set their groups, or take them out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studyvisit.records import DelegateRecord, GroupRecord

MODES = ("add", "replace", "remove")


class BulkGroupsDialog(QDialog):
    """Tick groups and say what to do with them; read mode() and group_keys()."""

    def __init__(
        self,
        groups: Sequence[GroupRecord],
        selected: Sequence[DelegateRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulk-groups-dialog")
        self.setWindowTitle(self.tr("Groups of the selected delegates"))
        intro = QLabel(
            self.tr("%Ln delegate(s) selected. Tick the groups:", "", len(selected)), self
        )
        self.list = QListWidget(self)
        self.list.setObjectName("groups")
        # A group every selected delegate is in starts ticked.
        shared = set.intersection(*(set(d.group_keys) for d in selected)) if selected else set()
        for group in groups:
            item = QListWidgetItem(group.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, group.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if group.key in shared else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.modes = QButtonGroup(self)
        texts = {
            "add": self.tr("&Add them to the ticked groups (they stay in their other groups)"),
            "replace": self.tr("&Set their groups to exactly the ticked ones"),
            "remove": self.tr("&Take them out of the ticked groups"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        self.radios: dict[str, QRadioButton] = {}
        for position, mode in enumerate(MODES):
            radio = QRadioButton(texts[mode], self)
            radio.setObjectName(f"mode-{mode}")
            self.modes.addButton(radio, position)
            self.radios[mode] = radio
            layout.addWidget(radio)
        self.radios["add"].setChecked(True)
        if not groups:
            layout.addWidget(
                QLabel(self.tr("This visit has no groups yet: add them in Groups."), self)
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(440, 360)

    def mode(self) -> str:
        return MODES[max(self.modes.checkedId(), 0)]

    def group_keys(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, keys: Sequence[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
