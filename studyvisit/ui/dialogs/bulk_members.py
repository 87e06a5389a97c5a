"""Bulk action: choose the members of a group among all delegates (a searchable table)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from studyvisit.records import DelegateRecord
from studyvisit.ui.i18n import fill
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.table_model import Column, RecordTableModel
from studyvisit.ui.vocabulary import country_name

CONTEXT = "MemberColumns"
COLUMNS = (
    Column(
        "latin_name",
        QT_TRANSLATE_NOOP("MemberColumns", "Latin name"),
        lambda d: " ".join(p for p in (d.surname_latin, d.given_names_latin) if p),
        CONTEXT,
    ),
    Column(
        "original_name",
        QT_TRANSLATE_NOOP("MemberColumns", "Original name"),
        lambda d: d.full_name,
        CONTEXT,
    ),
    Column(
        "organisation",
        QT_TRANSLATE_NOOP("MemberColumns", "Organisation"),
        lambda d: d.organisation,
        CONTEXT,
    ),
    Column(
        "country",
        QT_TRANSLATE_NOOP("MemberColumns", "Country"),
        lambda d: d.country,
        CONTEXT,
        display=country_name,
    ),
)


class DelegatePicker(RecordTable):
    """A searchable table of delegates; the selected rows are the choice."""

    def __init__(self, delegates: Sequence[DelegateRecord], parent: QWidget | None = None) -> None:
        super().__init__(
            RecordTableModel(COLUMNS),
            name="delegate-picker",
            sort_column="latin_name",
            parent=parent,
        )
        self.set_records(delegates)


class GroupMembersDialog(QDialog):
    """Select the group's members (Ctrl+click, Shift+click, Ctrl+A); read member_keys()."""

    def __init__(
        self,
        group_name: str,
        delegates: Sequence[DelegateRecord],
        members: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("group-members-dialog")
        self.setWindowTitle(fill(self.tr("Members of %1"), group_name))
        self.picker = DelegatePicker(delegates, self)
        self.picker.select_keys(members, scroll=True)
        hint = QLabel(
            self.tr(
                "Selected rows are the members: Ctrl+click adds or removes one, Shift+click a range."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def member_keys(self) -> list[str]:
        return self.picker.selected_keys()
