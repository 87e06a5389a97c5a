"""The staff form: a coordinator, interpreter, driver or host, with role and contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyvisit.errors import StudyvisitError
from studyvisit.records import StaffRecord
from studyvisit.services import staff
from studyvisit.ui.service_messages import explain
from studyvisit.ui.vocabulary import STAFF_ROLES, staff_role_name

INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"
TEXT_FIELDS = ("name", "organisation", "phone", "email")


class StaffForm(QDialog):
    """Add (member None) or edit one staff member; read the result with values()."""

    def __init__(self, member: StaffRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff-form")
        self.member = member
        self.setWindowTitle(self.tr("New staff member") if member is None else member.name)
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setText((getattr(member, name) or "") if member else "")
            edit.textEdited.connect(lambda _text, name=name: self._check(name))
            self.edits[name] = edit
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for code in STAFF_ROLES:
            self.role.addItem(staff_role_name(code), code)
        self.role.setCurrentIndex(max(self.role.findData(member.role if member else "other"), 0))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Languages spoken, car, hours…"))
        self.notes.setPlainText((member.notes or "") if member else "")
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.edits["name"])
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Organisation:"), self.edits["organisation"])
        form.addRow(self.tr("&Phone:"), self.edits["phone"])
        form.addRow(self.tr("&E-mail:"), self.edits["email"])
        form.addRow(self.tr("No&tes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _check(self, name: str) -> str | None:
        edit = self.edits[name]
        try:
            staff.field_from_text(name, edit.text())
        except StudyvisitError as error:
            edit.setStyleSheet(INVALID_STYLE)
            edit.setToolTip(explain(str(error)))
            return explain(str(error))
        edit.setStyleSheet("")
        edit.setToolTip("")
        return None

    def values(self) -> dict[str, Any]:
        """Every field as services.staff takes it."""
        result = {
            name: staff.field_from_text(name, edit.text()) for name, edit in self.edits.items()
        }
        result["role"] = self.role.currentData()
        result["notes"] = self.notes.toPlainText().strip() or None
        return result

    def accept(self) -> None:
        problems = [problem for name in self.edits if (problem := self._check(name))]
        if problems:
            self.message.setText("\n".join(problems))
            return
        super().accept()
