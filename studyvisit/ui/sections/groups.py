"""Groups: how the delegation splits for a parallel programme."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from studyvisit.errors import ValidationError
from studyvisit.records import GroupRecord
from studyvisit.services import delegates, itinerary
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui.i18n import fill
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import CellEdit, Column
from studyvisit.ui.visit_data import LoadedVisit

CONTEXT = "GroupColumns"


@dataclass(frozen=True, slots=True)
class GroupRow:
    group: GroupRecord
    members: tuple[str, ...]  # names
    agenda_items: int

    @property
    def id(self) -> int:
        return self.group.id

    @property
    def key(self) -> str:
        return self.group.key


def _rename(row: GroupRow, typed: Any) -> CellEdit | None:
    name = " ".join(str(typed or "").split())
    if not name:
        raise ValidationError("A group needs a name.")
    if name == row.group.name:
        return None
    group_id = row.group.id
    text = fill(QCoreApplication.translate("GroupsSection", "Rename group %1"), row.group.name)
    return CellEdit(
        text,
        lambda uow: itinerary.rename_group(uow, group_id, name),
        scope=Scope.only(groups=[group_id]),
    )


COLUMNS = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("GroupColumns", "Group"),
        lambda r: r.group.name,
        CONTEXT,
        edit=_rename,
    ),
    Column(
        "size",
        QT_TRANSLATE_NOOP("GroupColumns", "Delegates"),
        lambda r: len(r.members),
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        "agenda_items",
        QT_TRANSLATE_NOOP("GroupColumns", "Own agenda items"),
        lambda r: r.agenda_items,
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
        header_tooltip=QT_TRANSLATE_NOOP("GroupColumns", "Items of the agenda for this group only"),
    ),
    Column(
        "members",
        QT_TRANSLATE_NOOP("GroupColumns", "Members"),
        lambda r: ", ".join(r.members),
        CONTEXT,
        tooltip=lambda r: "\n".join(r.members),
    ),
)


class GroupsSection(TableSection):
    name = "groups"
    title_text = QT_TRANSLATE_NOOP("Sections", "Groups")
    columns = COLUMNS
    editable = True
    ref_prefix = "group"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, slot in (
            ("add", self.add_group),
            ("rename", self._rename_current),
            ("members", self.edit_members),
            ("delete", self.delete_selected),
        ):
            button = QPushButton(self)
            button.setObjectName(f"{name}-group")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        self.body.insertLayout(self.body.indexOf(self.table), bar)
        self.table.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.record_activated.connect(lambda _row: self.edit_members())
        self.table.enable_keys(add=True, delete=True)
        self.table.add_requested.connect(self.add_group)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        super().retranslate()
        self.buttons["add"].setText(self.tr("&Add group…"))
        self.buttons["add"].setToolTip(self.tr("A new group (Ctrl+N in the table)"))
        self.buttons["rename"].setText(self.tr("Re&name"))
        self.buttons["members"].setText(self.tr("&Members…"))
        self.buttons["members"].setToolTip(self.tr("Choose the group's delegates (Enter)"))
        self.buttons["delete"].setText(self.tr("&Delete"))

    def _update(self) -> None:
        selected = self.table.selected_count()
        self.buttons["add"].setEnabled(self.visit is not None)
        self.buttons["rename"].setEnabled(selected == 1)
        self.buttons["members"].setEnabled(selected == 1)
        self.buttons["delete"].setEnabled(selected > 0)

    def add_group(self, name: str | None = None) -> bool:
        if self.visit is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("New group"), self.tr("Name of the group:")
            )
            if not ok:
                return False
        visit_id, added = self.visit.visit_id, {}

        def change(uow) -> None:
            added["key"] = itinerary.add_group(uow, visit_id, name).key

        if self.apply_change(
            fill(self.tr("Add group %1"), name), change, scope=Scope.only(groups=())
        ):
            self.table.select_keys([added["key"]])
            return True
        return False

    def _rename_current(self) -> None:
        view = self.table.view
        index = view.currentIndex()
        if index.isValid():
            view.edit(index.siblingAtColumn(self.model.column_index("name")))

    def delete_selected(self, *, confirm: bool = True) -> int:
        rows = self.table.selected_records()
        if not rows or self.visit is None:
            return 0
        names = ", ".join(row.group.name for row in rows)
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete groups"),
                fill(
                    self.tr(
                        "Delete %1? The delegates stay; agenda items and runs for these groups "
                        "lose them. Edit → Undo brings them back."
                    ),
                    names,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        ids = [row.group.id for row in rows]

        def change(uow) -> None:
            for group_id in ids:
                itinerary.delete_group(uow, group_id)

        done = self.apply_change(
            fill(self.tr("Delete %1"), names), change, scope=Scope.of(groups=ids)
        )
        return len(ids) if done else 0

    def edit_members(self) -> bool:
        rows = self.table.selected_records()
        if len(rows) != 1 or self.visit is None:
            return False
        from studyvisit.ui.dialogs.bulk_members import GroupMembersDialog

        group = rows[0].group
        members = list(self.visit.members.get(group.key, ()))
        dialog = GroupMembersDialog(group.name, self.visit.plan.delegates, members, self)
        if not dialog.exec():
            return False
        return self.set_members(group, dialog.member_keys())

    def set_members(self, group: GroupRecord, keys: list[str]) -> bool:
        """Make ``keys`` the group's members (one undoable step)."""
        if self.visit is None:
            return False
        visit_id = self.visit.visit_id
        before = set(self.visit.members.get(group.key, ()))
        joining, leaving = sorted(set(keys) - before), sorted(before - set(keys))
        if not joining and not leaving:
            return False

        def change(uow) -> None:
            if joining:
                ids = [delegates.delegate_id(uow, visit_id, key) for key in joining]
                itinerary.set_delegate_groups(uow, visit_id, ids, [group.key], replace=False)
            if leaving:
                delegates.remove_from_groups(uow, visit_id, leaving, [group.key])

        return self.apply_change(
            fill(self.tr("Members of %1"), group.name), change, scope=Scope.of(groups=[group.id])
        )

    def rows(self, visit: LoadedVisit) -> list[GroupRow]:
        def name(key: str) -> str:
            delegate = visit.delegates[key]
            return delegate.latin_name or delegate.full_name

        agenda = visit.plan.agenda
        return [
            GroupRow(
                group,
                tuple(name(key) for key in visit.members.get(group.key, ())),
                sum(1 for item in agenda if group.key in item.group_keys),
            )
            for group in visit.plan.groups
        ]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        return QCoreApplication.translate(
            "GroupsSection", "%Ln group(s)", "", len(self.visit.plan.groups)
        )
