"""The delegate form: every field of one delegate, where the table is too cramped.

Values are checked as they are typed (by the same rules the services apply:
``services.delegates.field_from_text``); the form does not close on a bad
value and names the field. A Latin name the program transliterated shows in
italics with a note; typing a Latin name by hand makes it the passport form
(``latin_source`` becomes "source").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyvisit.errors import StudyvisitError
from studyvisit.records import DelegateRecord, GroupRecord
from studyvisit.services import delegates
from studyvisit.ui.i18n import fill
from studyvisit.ui.table_model import editable_text
from studyvisit.ui.vocabulary import CATEGORIES, GENDERS, category_name, gender_name, not_set

INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"
TEXT_FIELDS = (
    "surname",
    "given_names",
    "patronymic",
    "surname_latin",
    "given_names_latin",
    "organisation",
    "position",
    "country",
    "email",
    "phone",
    "date_of_birth",
    "passport_number",
    "passport_expiry",
    "arrival",
    "departure",
    "dietary",
)
LATIN = ("surname_latin", "given_names_latin")
DATE_HINT = "2027-05-31 / 31.05.2027"


class DelegateForm(QDialog):
    """Add (record None) or edit one delegate; read the result with changes() or values()."""

    def __init__(
        self,
        record: DelegateRecord | None,
        groups: Sequence[GroupRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delegate-form")
        self.record = record
        self.latin_by_hand = False
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            value = getattr(record, name) if record is not None else None
            edit.setText(editable_text(value))
            edit.setCursorPosition(0)  # a long organisation shows its beginning
            edit.textEdited.connect(lambda _text, name=name: self._check(name))
            self.edits[name] = edit
        for name in ("date_of_birth", "passport_expiry"):
            self.edits[name].setPlaceholderText(DATE_HINT)
        for name in ("arrival", "departure"):
            self.edits[name].setPlaceholderText("2027-05-31 14:30")
        self.edits["country"].setPlaceholderText(self.tr("BY, PL… or the country's name"))
        for name in LATIN:
            self.edits[name].textEdited.connect(self._latin_typed)

        self.category = self._combo("category", CATEGORIES, category_name)
        self.gender = self._combo("gender", GENDERS, gender_name)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setPlainText(record.notes or "" if record else "")
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.groups = QListWidget(self)
        self.groups.setObjectName("groups")
        members = set(record.group_keys) if record else set()
        for group in groups:
            item = QListWidgetItem(group.name, self.groups)
            item.setData(Qt.ItemDataRole.UserRole, group.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.key in members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.latin_note = QLabel(self)
        self.latin_note.setObjectName("latin-note")
        self.latin_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self._layout(groups)
        self._show_latin_source()
        title = self.tr("New delegate") if record is None else self.tr("Delegate")
        if record is not None:
            title = fill(self.tr("Delegate: %1"), record.latin_name or record.full_name)
        self.setWindowTitle(title)
        self.resize(820, self.sizeHint().height())

    # ------------------------------------------------------------------ building

    def _combo(self, name: str, names: dict[str, str], label) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(not_set(), None)
        for code in names:
            combo.addItem(label(code), code)
        current = getattr(self.record, name) if self.record else None
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        return combo

    def _layout(self, groups: Sequence[GroupRecord]) -> None:
        e = self.edits

        def box(title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
            group = QGroupBox(title, self)
            form = QFormLayout(group)
            for label, widget in rows:
                form.addRow(label, widget)
            return group

        name = box(
            self.tr("Name as in the source (any script)"),
            [
                (self.tr("&Surname:"), e["surname"]),
                (self.tr("&Given names:"), e["given_names"]),
                (self.tr("&Patronymic:"), e["patronymic"]),
            ],
        )
        latin = box(
            self.tr("Name in Latin letters (passport)"),
            [
                (self.tr("S&urname:"), e["surname_latin"]),
                (self.tr("Gi&ven names:"), e["given_names_latin"]),
                ("", self.latin_note),
            ],
        )
        work = box(
            self.tr("Work"),
            [
                (self.tr("&Organisation:"), e["organisation"]),
                (self.tr("Posi&tion:"), e["position"]),
                (self.tr("&Category:"), self.category),
                (self.tr("Cou&ntry:"), e["country"]),
            ],
        )
        contact = box(
            self.tr("Contact"),
            [
                (self.tr("&E-mail:"), e["email"]),
                (self.tr("P&hone:"), e["phone"]),
                (self.tr("&Dietary needs:"), e["dietary"]),
                (self.tr("Notes:"), self.notes),
            ],
        )
        passport = box(
            self.tr("Passport and travel"),
            [
                (self.tr("Date of &birth:"), e["date_of_birth"]),
                (self.tr("Gen&der:"), self.gender),
                (self.tr("Passport &number:"), e["passport_number"]),
                (self.tr("Passport e&xpiry:"), e["passport_expiry"]),
                (self.tr("&Arrival:"), e["arrival"]),
                (self.tr("Depa&rture:"), e["departure"]),
            ],
        )
        grid = QGridLayout()
        grid.addWidget(name, 0, 0)
        grid.addWidget(latin, 0, 1)
        grid.addWidget(work, 1, 0)
        grid.addWidget(passport, 1, 1, 2, 1)
        grid.addWidget(contact, 2, 0)
        if groups:
            group_box = QGroupBox(self.tr("Groups"), self)
            QVBoxLayout(group_box).addWidget(self.groups)
            self.groups.setMaximumHeight(self.fontMetrics().height() * 6)
            grid.addWidget(group_box, 3, 0, 1, 2)
        else:
            self.groups.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ Latin names

    def _latin_typed(self) -> None:
        self.latin_by_hand = True
        self._show_latin_source()

    def _show_latin_source(self) -> None:
        transliterated = (
            self.record is not None
            and self.record.latin_source == "transliterated"
            and not self.latin_by_hand
        )
        for name in LATIN:
            font = self.edits[name].font()
            font.setItalic(transliterated)
            self.edits[name].setFont(font)
            self.edits[name].setToolTip(
                QCoreApplication.translate(
                    "DelegatesSection", "Transliterated by the program — check against the passport"
                )
                if transliterated
                else ""
            )
        if transliterated:
            self.latin_note.setText(
                self.tr("Transliterated by the program: check it against the passport.")
            )
        elif self.latin_by_hand:
            self.latin_note.setText(self.tr("Typed by hand: kept as the passport form."))
        elif self.record is None:
            self.latin_note.setText(
                self.tr("Leave empty to transliterate a Cyrillic name (ICAO rules).")
            )
        else:
            self.latin_note.setText("")

    # ------------------------------------------------------------------ values

    def _check(self, name: str) -> str | None:
        edit = self.edits[name]
        try:
            delegates.field_from_text(name, edit.text())
        except StudyvisitError as error:
            edit.setStyleSheet(INVALID_STYLE)
            edit.setToolTip(str(error))
            return str(error)
        edit.setStyleSheet("")
        if name not in LATIN:
            edit.setToolTip("")
        return None

    def values(self) -> dict[str, Any]:
        """Every field as the services take it (raises ValidationError for a bad one)."""
        result: dict[str, Any] = {
            name: delegates.field_from_text(name, edit.text()) for name, edit in self.edits.items()
        }
        result["category"] = self.category.currentData()
        result["gender"] = self.gender.currentData()
        result["notes"] = self.notes.toPlainText().strip() or None
        if self.record is None and not self.latin_by_hand:
            for name in LATIN:  # empty: the service transliterates
                if not result[name]:
                    result.pop(name)
        return result

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the delegate's (for an edit)."""
        values = self.values()
        if self.record is None:
            return {name: value for name, value in values.items() if value is not None}
        changed = {
            name: value for name, value in values.items() if getattr(self.record, name) != value
        }
        if self.latin_by_hand and any(name in changed for name in LATIN):
            changed.update({name: values[name] for name in LATIN})  # both: the passport form
        elif not self.latin_by_hand:
            for name in LATIN:  # untouched: a renamed transliteration is made again
                changed.pop(name, None)
        return changed

    def group_keys(self) -> list[str]:
        return [
            self.groups.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.groups.count())
            if self.groups.item(row).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        problems = [problem for name in self.edits if (problem := self._check(name))]
        if problems:
            self.message.setText("\n".join(problems))
            first = next(e for e in self.edits.values() if e.styleSheet())
            first.setFocus()
            return
        self.message.setText("")
        super().accept()
