"""The delegate form: every field of one delegate, where the table is too cramped.

Values are checked as they are typed (by the same rules the services apply:
``services.delegates.field_from_text``); the form does not close on a bad
value and names the field. The country is chosen by name (or typed: a name or
a code) and stored as its code; dates show in the interface's short form and
have a calendar button. A Latin name the program transliterated shows in
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
from studyvisit.ui.country_field import CountryField
from studyvisit.ui.date_field import DateField
from studyvisit.ui.i18n import fill
from studyvisit.ui.service_messages import explain
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
DATE_FIELDS = ("date_of_birth", "passport_expiry")
DATETIME_FIELDS = ("arrival", "departure")


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
        self.shown: dict[str, str] = {}  # a date's text as first shown: untouched, it is no change
        for name in TEXT_FIELDS:
            edit = self._text_field(name)
            edit.setObjectName(name)
            value = getattr(record, name) if record is not None else None
            if isinstance(edit, DateField):
                edit.show_value(value)
                self.shown[name] = edit.text()
            else:
                edit.setText(editable_text(value))
                edit.setCursorPosition(0)  # a long organisation shows its beginning
            edit.textEdited.connect(lambda _text, name=name: self._check(name))
            self.edits[name] = edit
        self.country = CountryField(self)
        self.country.setObjectName("country")
        self.country.set_code(record.country if record else None)
        self.country.lineEdit().textEdited.connect(self._country_typed)
        self.country.lineEdit().editingFinished.connect(lambda: self._check("country"))
        self.country.activated.connect(lambda _index: self._check("country"))
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
        self._name_for_accessibility()
        self._set_tab_order()
        self._show_latin_source()
        title = self.tr("New delegate") if record is None else self.tr("Delegate")
        if record is not None:
            title = fill(self.tr("Delegate: %1"), record.latin_name or record.full_name)
        self.setWindowTitle(title)
        self.resize(820, self.sizeHint().height())

    # ------------------------------------------------------------------ building

    def _text_field(self, name: str) -> QLineEdit:
        if name in DATE_FIELDS or name in DATETIME_FIELDS:
            return DateField(
                lambda text, name=name: delegates.field_from_text(name, text),
                with_time=name in DATETIME_FIELDS,
                parent=self,
            )
        return QLineEdit(self)

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
                (self.tr("Cou&ntry:"), self.country),
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

    def _name_for_accessibility(self) -> None:
        """Screen readers name each new control after its label (without the & mnemonic)."""
        for widget in (self.country, *(self.edits[name] for name in DATE_FIELDS + DATETIME_FIELDS)):
            label = self._label_of(widget)
            if label:
                widget.setAccessibleName(label)
        self.country.lineEdit().setAccessibleName(self.country.accessibleName())
        for name in DATE_FIELDS + DATETIME_FIELDS:
            edit = self.edits[name]
            assert isinstance(edit, DateField)
            edit.calendar_action.setText(
                fill(self.tr("Choose %1 in a calendar"), edit.accessibleName().lower())
            )

    def _label_of(self, widget: QWidget) -> str:
        for label in self.findChildren(QLabel):
            if label.buddy() is widget:
                return label.text().replace("&", "").rstrip(":")
        return ""

    def _set_tab_order(self) -> None:
        """Box by box as the grid shows them (the Qt default would follow creation order)."""
        e = self.edits
        chain: list[QWidget] = [
            e["surname"], e["given_names"], e["patronymic"],
            e["surname_latin"], e["given_names_latin"],
            e["organisation"], e["position"], self.category, self.country,
            e["date_of_birth"], self.gender, e["passport_number"], e["passport_expiry"],
            e["arrival"], e["departure"],
            e["email"], e["phone"], e["dietary"], self.notes,
            self.groups, self.buttons,
        ]  # fmt: skip
        self.tab_chain = chain
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

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

    def _widget(self, name: str) -> QWidget:
        return self.country if name == "country" else self.edits[name]

    def _value(self, name: str) -> Any:
        """One field's value; raises ValidationError for a bad one."""
        if name == "country":
            return self.country.code()
        text = self.edits[name].text()
        if self.record is not None and name in self.shown and text == self.shown[name]:
            return getattr(self.record, name)  # shown in another form, but not touched
        return delegates.field_from_text(name, text)

    def _check(self, name: str) -> str | None:
        widget = self._widget(name)
        # The combo's own line edit takes the red: a style sheet on the combo redraws it whole.
        marked = self.country.lineEdit() if name == "country" else widget
        try:
            self._value(name)
        except StudyvisitError as error:
            marked.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(explain(str(error)))
            return explain(str(error))
        marked.setStyleSheet("")
        if name not in LATIN:
            widget.setToolTip(getattr(widget, "hint", ""))
        return None

    def _country_typed(self) -> None:
        """Half a name is not an error yet: clear the mark once the text names a country."""
        if self.country.lineEdit().styleSheet():
            self._check("country")

    def values(self) -> dict[str, Any]:
        """Every field as the services take it (raises ValidationError for a bad one)."""
        result: dict[str, Any] = {name: self._value(name) for name in self.edits}
        result["country"] = self._value("country")
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
        # Named and focused in the order the fields are on screen.
        names = sorted(
            [*self.edits, "country"], key=lambda n: self.tab_chain.index(self._widget(n))
        )
        problems = {name: problem for name in names if (problem := self._check(name))}
        if problems:
            self.message.setText("\n".join(problems.values()))
            self._widget(next(iter(problems))).setFocus()
            return
        self.message.setText("")
        super().accept()
