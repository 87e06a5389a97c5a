"""A dialog of fields that checks them as they are typed and saves through a callback.

The section that opens it passes ``save(dialog) -> str | None`` (which calls
the editor through :func:`apply_edit`); when the editor refuses the change the
dialog stays open with everything the coordinator typed, and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studyvisit.db import UnitOfWork
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui.editing import VisitEditor

ERROR_COLOUR = "#b3261e"


def apply_edit(
    editor: VisitEditor,
    text: str,
    change: Callable[[UnitOfWork], Any],
    scope: Scope | None = None,
) -> str | None:
    """Make ``change`` through the editor: None when done, else the reason it was refused
    (for the dialog's own message line: the window does not show it a second time).
    ``scope``: the rows it touches, as VisitEditor.apply takes it."""
    return editor.apply_or_reason(text, change, scope=scope)


def clean(text: str) -> str | None:
    """Spaces collapsed; None for an empty field (the database stores NULL, not "")."""
    return " ".join(text.split()) or None


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the entry whose data is ``value`` (the first entry when none is)."""
    position = combo.findData(value)
    combo.setCurrentIndex(max(position, 0))


class FormDialog(QDialog):
    """Fields in a form, a line for what is wrong, OK and Cancel."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.save: Callable[[FormDialog], str | None] | None = None
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def line_edit(self, name: str, text: str | None = None, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text or "", self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.validate)
        return edit

    def problem(self) -> str | None:
        """Why the fields cannot be saved as they are, or None."""
        return None

    def start(self, *, quietly: bool) -> None:
        """Check the fields once built; ``quietly``: an empty new form is not an error yet."""
        self.validate()
        if quietly:
            self.message.setText("")

    def validate(self, *_changed: object) -> None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem() is not None:
            self.validate()
            return
        refused = self.save(self) if self.save is not None else None
        if refused is not None:
            self.message.setText(refused)  # keep what was typed, say why
            return
        super().accept()
