"""The choices for one document: format, language, scope, its own options, the output file.

Only the choices the chosen document reads are shown (see ``document_kinds``);
the file name follows the choices ("Podlasie-2019-agenda-Ivan-Petrov-ru.pdf")
until the coordinator names the file, after which only its extension follows
the format.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyvisit.documents.registry import ExportOptions
from studyvisit.errors import ValidationError
from studyvisit.records import VisitPlan
from studyvisit.ui.document_badge_options import BadgeOptions
from studyvisit.ui.document_files import file_stem, with_file_type
from studyvisit.ui.document_kinds import (
    DELEGATE,
    DOCUMENT_LANGUAGES,
    GROUP,
    VISIT,
    DocumentKind,
    file_type_name,
)

SCOPE_NAMES = {
    VISIT: QT_TRANSLATE_NOOP("DocumentSettings", "The whole visit"),
    GROUP: QT_TRANSLATE_NOOP("DocumentSettings", "One group"),
    DELEGATE: QT_TRANSLATE_NOOP("DocumentSettings", "One delegate"),
}
PER_NAMES = (
    ("day", QT_TRANSLATE_NOOP("DocumentSettings", "One sheet per day")),
    ("item", QT_TRANSLATE_NOOP("DocumentSettings", "One sheet per agenda item")),
)
DELIMITER_NAMES = (
    (",", QT_TRANSLATE_NOOP("DocumentSettings", "Comma ( , )")),
    (";", QT_TRANSLATE_NOOP("DocumentSettings", "Semicolon ( ; ), as Polish Excel expects")),
)
LANGUAGE_NAMES = {
    "pl": QT_TRANSLATE_NOOP("DocumentSettings", "Polish"),
    "en": QT_TRANSLATE_NOOP("DocumentSettings", "English"),
    "ru": QT_TRANSLATE_NOOP("DocumentSettings", "Russian"),
}
# Native names: a coordinator looks for the language a delegate reads in its own name.
NATIVE_NAMES = {"pl": "polski", "en": "English", "ru": "русский"}


class DocumentSettings(QWidget):
    """Everything the coordinator chooses before generating one document."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document-settings")
        self.kind: DocumentKind | None = None
        self.plan: VisitPlan | None = None
        self.folder = Path.home()
        self._named_by_user = False  # True once the coordinator typed or chose a file name
        self._make_widgets()
        self._lay_out()
        self.retranslate()

    # ------------------------------------------------------------------ building

    def _make_widgets(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("document-title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.description = QLabel(self)
        self.description.setObjectName("document-description")
        self.description.setWordWrap(True)
        self.format = self._combo("document-format")
        self.language = self._combo("document-language")
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        self.scope = self._combo("document-scope")
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.target = self._combo("document-scope-target")
        self.per = self._combo("document-per")
        for value, _text in PER_NAMES:
            self.per.addItem("", value)
        self.delimiter = self._combo("document-delimiter")
        for value, _text in DELIMITER_NAMES:
            self.delimiter.addItem("", value)
        self.letterhead = QLineEdit(self)
        self.letterhead.setObjectName("document-letterhead")
        self.letterhead.setClearButtonEnabled(True)
        self.letterhead.textChanged.connect(self.changed)
        self.choose_letterhead = QPushButton(self)
        self.choose_letterhead.setObjectName("document-choose-letterhead")
        self.choose_letterhead.clicked.connect(self._choose_letterhead)
        self.badges = BadgeOptions(self)
        self.badges.changed.connect(self.changed)
        self.output = QLineEdit(self)
        self.output.setObjectName("document-output")
        self.output.textEdited.connect(self._output_edited)
        self.choose_output = QPushButton(self)
        self.choose_output.setObjectName("document-choose-output")
        self.choose_output.clicked.connect(self.choose_output_file)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.badges.set_language(self.language.currentData())  # the preview speaks it too
        for box in (self.target, self.per, self.delimiter):
            box.currentIndexChanged.connect(self._options_changed)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(18)
        return box

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}

        def row(name: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> None:
            label = QLabel(self)
            label.setBuddy(buddy)
            self.labels[name] = label
            self.form.addRow(label, field)

        row("format", self.format, self.format)
        row("language", self.language, self.language)
        scope = QHBoxLayout()
        scope.addWidget(self.scope)
        scope.addWidget(self.target, 1)
        row("scope", scope, self.scope)
        row("per", self.per, self.per)
        row("delimiter", self.delimiter, self.delimiter)
        letterhead = QHBoxLayout()
        letterhead.addWidget(self.letterhead, 1)
        letterhead.addWidget(self.choose_letterhead)
        row("letterhead", letterhead, self.letterhead)

        output = QHBoxLayout()
        output.addWidget(self.output, 1)
        output.addWidget(self.choose_output)
        self.output_form = QFormLayout()
        self.output_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.output_label = QLabel(self)
        self.output_label.setBuddy(self.output)
        self.output_form.addRow(self.output_label, output)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.description)
        column.addLayout(self.form)
        column.addWidget(self.badges)
        column.addLayout(self.output_form)

    def tab_chain(self) -> list[QWidget]:
        """The settings' widgets in the order Tab should visit them."""
        badges = self.badges
        return [
            self.format,
            self.language,
            self.scope,
            self.target,
            self.per,
            self.delimiter,
            self.letterhead,
            self.choose_letterhead,
            badges.layout_box,
            badges.back_side,
            badges.staff,
            badges.blank,
            badges.qr,
            badges.logos,
            badges.add_logo,
            badges.remove_logo,
            self.output,
            self.choose_output,
        ]

    # ------------------------------------------------------------------ what the section sets

    def set_kind(self, kind: DocumentKind) -> None:
        """Show the choices of document ``kind``; a new document gets a new file name."""
        self.kind = kind
        self._named_by_user = False
        chosen_format = self.format.currentData()
        self.format.blockSignals(True)
        self.format.clear()
        for file_type in kind.file_types:
            self.format.addItem(file_type_name(file_type), file_type)
        self.format.setCurrentIndex(max(0, self.format.findData(chosen_format)))
        self.format.blockSignals(False)
        self._fill_scopes()
        self._update_rows()
        self.retranslate()
        self._suggest_output()
        self.changed.emit()

    def set_plan(self, plan: VisitPlan | None) -> None:
        """The visit whose groups and delegates the scope offers."""
        fresh = plan is None or self.plan is None or plan.visit.id != self.plan.visit.id
        self.plan = plan
        if plan is not None and fresh:
            saved = plan.visit.settings.get("badges") if plan.visit.settings else None
            if isinstance(saved, Mapping):
                self.badges.use_visit_settings(saved)
        self._fill_targets()
        if fresh:
            self._named_by_user = False
        self._suggest_output()

    def set_folder(self, folder: Path) -> None:
        """The folder new file names go to (the one used last)."""
        self.folder = folder
        if not self._named_by_user:
            self._suggest_output()

    def choose_language(self, language: str) -> None:
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def choose_delimiter(self, delimiter: str) -> None:
        index = self.delimiter.findData(delimiter)
        if index >= 0:
            self.delimiter.setCurrentIndex(index)

    def choose_scope(self, scope: str, key: str | None = None) -> None:
        """Select the scope (``visit``, ``group``, ``delegate``) and its group or delegate."""
        index = self.scope.findData(scope)
        if index < 0:
            raise ValueError(f"{scope!r} is not a scope of {self.kind and self.kind.identifier}")
        self.scope.setCurrentIndex(index)
        if key is not None:
            found = self.target.findData(key)
            if found < 0:
                raise ValueError(f"no {scope} {key!r} in the visit")
            self.target.setCurrentIndex(found)

    def set_output(self, path: Path | str) -> None:
        """Name the output file as the coordinator would (it keeps its name from now on)."""
        self.output.setText(str(path))
        self._output_edited()

    # ------------------------------------------------------------------ what the section reads

    def file_type(self) -> str:
        return self.format.currentData() or ""

    def output_path(self) -> Path:
        """The file to write: the typed path with the chosen format's extension."""
        text = self.output.text().strip()
        if not text:
            raise ValidationError(
                QCoreApplication.translate("DocumentSettings", "Choose where to save the file.")
            )
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        return with_file_type(path, self.file_type())

    def options(self) -> ExportOptions:
        """The exporter's options; refuses a group or delegate scope with nothing chosen."""
        assert self.kind is not None
        scope, key = self.scope.currentData(), self.target.currentData()
        if scope in (GROUP, DELEGATE) and not key:
            raise ValidationError(
                QCoreApplication.translate(
                    "DocumentSettings", "The visit has no group or delegate to choose."
                )
            )
        extra: dict[str, Any] = {}
        if self.kind.badges:
            extra = self.badges.extra()
            if scope != VISIT:
                extra["staff"] = False
        if self.kind.letterhead and self.letterhead.text().strip():
            extra["letterhead"] = self.letterhead.text().strip()
        return ExportOptions(
            language=self.language.currentData(),
            layout=self.badges.layout_name() if self.kind.badges else None,
            group_key=key if scope == GROUP else None,
            delegate_key=key if scope == DELEGATE else None,
            per=self.per.currentData() if self.kind.per_day_or_item else "day",
            delimiter=self.delimiter.currentData() if self._delimiter_applies() else ",",
            extra=extra,
        )

    def retranslate(self) -> None:
        texts = {
            "format": self.tr("&Format:"),
            "language": self.tr("Lan&guage:"),
            "scope": self.tr("&For:"),
            "per": self.tr("Attendance &sheets:"),
            "delimiter": self.tr("CSV &delimiter:"),
            "letterhead": self.tr("Letter&head image:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.output_label.setText(self.tr("Save &as:"))
        self.choose_output.setText(self.tr("C&hoose…"))
        self.choose_letterhead.setText(self.tr("Choose…"))
        self.letterhead.setPlaceholderText(self.tr("none: the host's name and address on top"))
        for index, code in enumerate(DOCUMENT_LANGUAGES):
            name = QCoreApplication.translate("DocumentSettings", LANGUAGE_NAMES[code])
            native = NATIVE_NAMES[code]
            self.language.setItemText(index, name if name == native else f"{name} ({native})")
        for index in range(self.scope.count()):
            source = SCOPE_NAMES[self.scope.itemData(index)]
            self.scope.setItemText(index, QCoreApplication.translate("DocumentSettings", source))
        for box, names in ((self.per, PER_NAMES), (self.delimiter, DELIMITER_NAMES)):
            for index, (_value, text) in enumerate(names):
                box.setItemText(index, QCoreApplication.translate("DocumentSettings", text))
        for index in range(self.format.count()):
            self.format.setItemText(index, file_type_name(self.format.itemData(index)))
        if self.kind is not None:
            self.title.setText(self.kind.display_name())
            self.description.setText(self.kind.display_description())
        for widget, name in (
            (self.format, self.tr("File format")),
            (self.language, self.tr("Language of the document")),
            (self.scope, self.tr("Whom the document is for")),
            (self.target, self.tr("The group or delegate the document is for")),
            (self.per, self.tr("One attendance sheet per day or per agenda item")),
            (self.delimiter, self.tr("CSV delimiter")),
            (self.letterhead, self.tr("Letterhead image file")),
            (self.choose_letterhead, self.tr("Choose a letterhead image")),
            (self.output, self.tr("File to save the document as")),
            (self.choose_output, self.tr("Choose where to save the document")),
        ):
            widget.setAccessibleName(name)
        self.badges.retranslate()
        self._fill_targets()

    # ------------------------------------------------------------------ rows and lists

    def _fill_scopes(self) -> None:
        assert self.kind is not None
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        for scope in self.kind.scopes:
            self.scope.addItem(
                QCoreApplication.translate("DocumentSettings", SCOPE_NAMES[scope]), scope
            )
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self) -> None:
        """The scope's second box: the visit's groups or delegates (hidden for the whole visit)."""
        scope = self.scope.currentData()
        chosen = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        if self.plan is not None and scope == GROUP:
            for group in sorted(self.plan.groups, key=lambda g: g.name.casefold()):
                self.target.addItem(group.name, group.key)
        elif self.plan is not None and scope == DELEGATE:
            for delegate in sorted(self.plan.delegates, key=_delegate_sort_key):
                self.target.addItem(_delegate_label(delegate), delegate.key)
        if scope in (GROUP, DELEGATE) and self.target.count() == 0:
            self.target.addItem(
                QCoreApplication.translate("DocumentSettings", "(none in this visit)"), None
            )
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        self.target.blockSignals(False)
        self.target.setVisible(scope in (GROUP, DELEGATE))
        self.target.setEnabled(self.target.currentData() is not None)

    def _update_rows(self) -> None:
        kind = self.kind
        assert kind is not None
        self.form.setRowVisible(self.format, len(kind.file_types) > 1)
        self.form.setRowVisible(self.labels["scope"], len(kind.scopes) > 1)
        self.form.setRowVisible(self.per, kind.per_day_or_item)
        self.form.setRowVisible(self.delimiter, self._delimiter_applies())
        self.form.setRowVisible(self.labels["letterhead"], kind.letterhead)
        self.badges.setVisible(kind.badges)
        self.badges.set_whole_visit(self.scope.currentData() == VISIT)

    def _delimiter_applies(self) -> bool:
        return bool(self.kind and self.kind.delimiter and self.file_type() == "csv")

    # ------------------------------------------------------------------ reactions

    def _scope_changed(self) -> None:
        self._fill_targets()
        if self.kind is not None:
            self._update_rows()
        self._options_changed()

    def _format_changed(self) -> None:
        if self.kind is not None:
            self._update_rows()
        self._options_changed()

    def _language_changed(self) -> None:
        self.badges.set_language(self.language.currentData())
        self._options_changed()

    def _options_changed(self) -> None:
        self._suggest_output()
        self.changed.emit()

    def _output_edited(self) -> None:
        self._named_by_user = bool(self.output.text().strip())
        self.changed.emit()

    def _suggest_output(self) -> None:
        """A file name from the choices, or the coordinator's own name with the right extension."""
        if self.kind is None or not self.file_type():
            return
        if self._named_by_user:
            current = self.output.text().strip()
            if current:
                self.output.setText(str(with_file_type(Path(current), self.file_type())))
            return
        name = f"{self._suggested_stem()}.{self.file_type()}"
        self.output.setText(str(self.folder / name))

    def _suggested_stem(self) -> str:
        assert self.kind is not None
        visit = self.plan.visit.name if self.plan else ""
        scope, key = self.scope.currentData(), self.target.currentData()
        who = None
        if self.plan is not None and key and scope == GROUP:
            who = next((g.name for g in self.plan.groups if g.key == key), key)
        elif self.plan is not None and key and scope == DELEGATE:
            found = next((d for d in self.plan.delegates if d.key == key), None)
            who = (found.latin_name or found.surname) if found else key
        return file_stem(visit, self.kind.identifier, who, self.language.currentData())

    def choose_output_file(self) -> None:
        """The Save dialog, starting at the suggested file."""
        file_type = self.file_type()
        suggested = self.output.text().strip() or str(self.folder)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the document as"),
            suggested,
            f"{file_type_name(file_type)} (*.{file_type})",
        )
        if path:
            self.set_output(with_file_type(Path(path), file_type))

    def _choose_letterhead(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a letterhead image"),
            self.letterhead.text() or str(self.folder),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.letterhead.setText(path)


def _delegate_sort_key(delegate) -> tuple[str, str]:
    return ((delegate.surname_latin or delegate.surname).casefold(), delegate.key)


def _delegate_label(delegate) -> str:
    """``Ivan Petrov (Иван Петров)``: the Latin name, and the original when it differs."""
    latin = delegate.latin_name
    original = delegate.full_name
    if latin and original and latin != original:
        return f"{latin} ({original})"
    return latin or original
