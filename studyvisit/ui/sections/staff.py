"""Staff: coordinators, interpreters, drivers and hosts (they take seats too)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QMessageBox, QPushButton, QWidget

from studyvisit.records import StaffRecord
from studyvisit.services import staff
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui.i18n import fill
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import CellEdit, Column
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import STAFF_ROLES, staff_role_name

CONTEXT = "StaffColumns"


@dataclass(frozen=True, slots=True)
class StaffRow:
    member: StaffRecord
    drives: str  # vehicle labels

    @property
    def id(self) -> int:
        return self.member.id

    @property
    def key(self) -> str:
        return self.member.key


def _edit(field: str, header: str) -> Callable[[StaffRow, Any], CellEdit | None]:
    """A typed value for one field of a staff member (a few rows: undo takes a snapshot)."""

    def edit(row: StaffRow, typed: Any) -> CellEdit | None:
        value = staff.field_from_text(field, None if typed is None else str(typed))
        if getattr(row.member, field) == value:
            return None
        member_id = row.member.id
        text = fill(
            QCoreApplication.translate("StaffSection", "Edit %1 of %2"),
            QCoreApplication.translate(CONTEXT, header),
            row.member.name,
        )
        return CellEdit(
            text,
            lambda uow: staff.update_staff(uow, member_id, **{field: value}),
            scope=Scope.only(staff=[member_id]),
        )

    return edit


def _column(name: str, header: str, **options: Any) -> Column:
    return Column(
        name,
        header,
        lambda r: getattr(r.member, name),
        CONTEXT,
        edit=_edit(name, header),
        **options,
    )


COLUMNS = (
    _column("name", QT_TRANSLATE_NOOP("StaffColumns", "Name")),
    _column(
        "role",
        QT_TRANSLATE_NOOP("StaffColumns", "Role"),
        display=staff_role_name,
        sort=lambda r: staff_role_name(r.member.role),
        choices=lambda: [(code, staff_role_name(code)) for code in STAFF_ROLES],
    ),
    _column("organisation", QT_TRANSLATE_NOOP("StaffColumns", "Organisation")),
    _column("phone", QT_TRANSLATE_NOOP("StaffColumns", "Phone")),
    _column("email", QT_TRANSLATE_NOOP("StaffColumns", "E-mail")),
    Column("drives", QT_TRANSLATE_NOOP("StaffColumns", "Drives"), lambda r: r.drives, CONTEXT),
)


class StaffSection(TableSection):
    name = "staff"
    title_text = QT_TRANSLATE_NOOP("Sections", "Staff")
    columns = COLUMNS
    editable = True
    ref_prefix = "staff"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add-staff")
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit-staff")
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete-staff")
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.body.insertLayout(self.body.indexOf(self.table), bar)
        self.table.record_activated.connect(lambda row: self.edit_member(row.member))
        self.table.enable_keys(add=True, delete=True)
        self.table.add_requested.connect(self.add_member)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.table.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(self.tr("&Add person…"))
        self.add_button.setToolTip(self.tr("Add a coordinator, interpreter, driver… (Ctrl+N)"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("&Delete"))

    def _update(self) -> None:
        selected = self.table.selected_count()
        self.add_button.setEnabled(self.visit is not None)
        self.edit_button.setEnabled(selected == 1)
        self.delete_button.setEnabled(selected > 0)

    def add_member(self) -> bool:
        if self.visit is None:
            return False
        from studyvisit.ui.dialogs.staff_form import StaffForm

        form = StaffForm(None, self)
        visit_id = self.visit.visit_id
        while form.exec():
            values = form.values()
            name = values.pop("name")
            text = fill(self.tr("Add %1"), name)
            if self.apply_change(
                text,
                lambda uow, n=name, v=values: staff.add_staff(uow, visit_id, n, **v),
                scope=Scope.only(staff=()),
            ):
                return True
        return False

    def _edit_current(self) -> None:
        rows = self.table.selected_records()
        if len(rows) == 1:
            self.edit_member(rows[0].member)

    def edit_member(self, member: StaffRecord) -> bool:
        from studyvisit.ui.dialogs.staff_form import StaffForm

        form = StaffForm(member, self)
        while form.exec():
            changes = {k: v for k, v in form.values().items() if getattr(member, k) != v}
            if not changes:
                return False
            text = fill(self.tr("Edit %1"), member.name)
            if self.apply_change(
                text,
                lambda uow, c=changes: staff.update_staff(uow, member.id, **c),
                scope=Scope.only(staff=[member.id]),
            ):
                return True
        return False

    def delete_selected(self, *, confirm: bool = True) -> int:
        rows = self.table.selected_records()
        if not rows or self.visit is None:
            return 0
        names = ", ".join(row.member.name for row in rows[:5]) + ("…" if len(rows) > 5 else "")
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete staff"),
                fill(self.tr("Delete %1? Edit → Undo brings them back."), names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        visit_id, keys = self.visit.visit_id, [row.member.key for row in rows]
        text = fill(self.tr("Delete %1"), names)
        done = self.apply_change(
            text,
            lambda uow: staff.delete_staff_members(uow, visit_id, keys),
            scope=Scope.of(staff=[row.member.id for row in rows]),
        )
        return len(keys) if done else 0

    def rows(self, visit: LoadedVisit) -> list[StaffRow]:
        vehicles = visit.plan.vehicles
        return [
            StaffRow(member, ", ".join(v.label for v in vehicles if v.driver_key == member.key))
            for member in visit.plan.staff
        ]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        return QCoreApplication.translate(
            "StaffSection", "%Ln person(s)", "", len(self.visit.plan.staff)
        )
