"""Delegates: names in both scripts, organisation, passport and travel data.

Cells are edited in place (checked as typed, refused with the reason); the
form edits one delegate whole; bulk actions work on the selected rows. Every
change goes through the window's editor: one undoable step each.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from studyvisit.records import DelegateRecord
from studyvisit.services import delegates, itinerary
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui import icons
from studyvisit.ui.formatting import format_date, format_datetime
from studyvisit.ui.i18n import fill
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import CellEdit, Column, attribute
from studyvisit.ui.visit_data import DelegateRow, LoadedVisit, name_places
from studyvisit.ui.vocabulary import CATEGORIES, category_name, country_name, not_set

CONTEXT = "DelegateColumns"
SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt"}
LATIN_FIELDS = ("surname_latin", "given_names_latin", "latin_source")


def transliterated_note() -> str:
    return QCoreApplication.translate(
        "DelegatesSection", "Transliterated by the program — check against the passport"
    )


# --------------------------------------------------------------------------- edits


def restoring(record: DelegateRecord, fields: tuple[str, ...]) -> dict[str, Any]:
    """The old values to put back on undo: the fields, and the Latin forms a rename redoes."""
    return {name: getattr(record, name) for name in (*fields, *LATIN_FIELDS)}


def delegate_edit(row: DelegateRow, changes: dict[str, Any], what: str) -> CellEdit | None:
    """A change of some fields of one delegate, found by key, undone by putting them back."""
    record = row.record
    if all(getattr(record, name) == value for name, value in changes.items()):
        return None
    visit_id, key = row.visit_id, record.key
    old = restoring(record, tuple(changes))
    name = row.latin_name or record.full_name
    return CellEdit(
        fill(QCoreApplication.translate("DelegatesSection", "Edit %1 of %2"), what, name),
        lambda uow: delegates.update_delegate_by_key(uow, visit_id, key, changes),
        lambda uow: delegates.update_delegate_by_key(uow, visit_id, key, old),
    )


def _field_edit(field: str, header: str) -> Callable[[DelegateRow, Any], CellEdit | None]:
    def edit(row: DelegateRow, typed: Any) -> CellEdit | None:
        value = delegates.field_from_text(field, typed if typed is None else str(typed))
        return delegate_edit(row, {field: value}, QCoreApplication.translate(CONTEXT, header))

    return edit


def split_name(typed: str, parts: int) -> list[str | None]:
    """ "Surname, Given names[, Patronymic]" (without commas: the first word is the surname)."""
    text = " ".join(str(typed).split())
    if "," in text:
        pieces = [piece.strip() or None for piece in text.split(",", parts - 1)]
    else:
        surname, _, rest = text.partition(" ")
        pieces = [surname or None, rest or None]
    return (pieces + [None] * parts)[:parts]


def _name_edit(fields: tuple[str, ...], header: str):
    def edit(row: DelegateRow, typed: Any) -> CellEdit | None:
        values = split_name(typed or "", len(fields))
        changes = {field: value for field, value in zip(fields, values, strict=True)}
        if "," not in str(typed or "") and len(fields) == 3:
            changes.pop("patronymic")  # "Surname Given" leaves the patronymic as it was
        if not changes[fields[0]]:
            delegates.field_from_text("surname", None)  # refuses: a delegate needs a surname
        return delegate_edit(row, changes, QCoreApplication.translate(CONTEXT, header))

    return edit


def _name_text(fields: tuple[str, ...]) -> Callable[[DelegateRow], str]:
    def text(row: DelegateRow) -> str:
        values = [getattr(row.record, field) or "" for field in fields]
        while len(values) > 2 and not values[-1]:
            values.pop()
        return ", ".join(values)

    return text


def _category_choices() -> list[tuple[str, str]]:
    return [("", not_set()), *((code, category_name(code)) for code in CATEGORIES)]


def _category_edit(row: DelegateRow, code: Any) -> CellEdit | None:
    value = delegates.field_from_text("category", code or None)
    return delegate_edit(row, {"category": value}, QCoreApplication.translate(CONTEXT, "Category"))


def form_edit(
    visit_id: int, record: DelegateRecord, changes: dict[str, Any], group_keys: list[str]
):
    """The change the delegate form asks for (fields and groups), and its undoing."""
    key, old_groups = record.key, list(record.group_keys)
    groups_changed = tuple(group_keys) != record.group_keys
    old = restoring(record, tuple(changes)) if changes else {}

    def put(uow, values: dict[str, Any], groups: list[str]) -> None:
        if values:
            delegates.update_delegate_by_key(uow, visit_id, key, values)
        if groups_changed:
            ids = [delegates.delegate_id(uow, visit_id, key)]
            itinerary.set_delegate_groups(uow, visit_id, ids, groups)

    return (lambda uow: put(uow, changes, group_keys)), (lambda uow: put(uow, old, old_groups))


# --------------------------------------------------------------------------- columns


def _latin_font(row: DelegateRow) -> QFont | None:
    if not row.transliterated:
        return None
    font = QFont()
    font.setItalic(True)
    return font


def _latin_icon(row: DelegateRow) -> QIcon | None:
    return icons.icon(icons.TRANSLITERATED) if row.transliterated else None


def _latin_tooltip(row: DelegateRow) -> str | None:
    return transliterated_note() if row.transliterated else None


def _field(name: str) -> Callable[[DelegateRow], Any]:
    return attrgetter(f"record.{name}")  # in C: called for every row when searching


def _text_column(name: str, header: str, field: str | None = None, **options: Any) -> Column:
    field = field or name
    return Column(name, header, _field(field), CONTEXT, edit=_field_edit(field, header), **options)


LATIN = ("surname_latin", "given_names_latin")
ORIGINAL = ("surname", "given_names", "patronymic")

COLUMNS = (
    Column(
        "latin_name",
        QT_TRANSLATE_NOOP("DelegateColumns", "Latin name"),
        attribute("latin_name"),
        CONTEXT,
        sort=attribute("latin_order"),
        ready_keys=name_places,
        decoration=_latin_icon,
        font=_latin_font,
        tooltip=_latin_tooltip,
        header_tooltip=QT_TRANSLATE_NOOP(
            "DelegateColumns",
            "The name as in the passport (Latin letters); edit it as “Surname, Given names”",
        ),
        edit=_name_edit(LATIN, QT_TRANSLATE_NOOP("DelegateColumns", "Latin name")),
        edit_text=_name_text(LATIN),
    ),
    Column(
        "original_name",
        QT_TRANSLATE_NOOP("DelegateColumns", "Original name"),
        lambda row: row.record.full_name,
        CONTEXT,
        header_tooltip=QT_TRANSLATE_NOOP(
            "DelegateColumns",
            "As written in the source, e.g. in Cyrillic; "
            "edit it as “Surname, Given names, Patronymic”",
        ),
        edit=_name_edit(ORIGINAL, QT_TRANSLATE_NOOP("DelegateColumns", "Original name")),
        edit_text=_name_text(ORIGINAL),
    ),
    _text_column("organisation", QT_TRANSLATE_NOOP("DelegateColumns", "Organisation")),
    _text_column("position", QT_TRANSLATE_NOOP("DelegateColumns", "Position")),
    _text_column(
        "country",
        QT_TRANSLATE_NOOP("DelegateColumns", "Country"),
        display=country_name,
        sort=lambda row: country_name(row.record.country),
        tooltip=_field("country"),
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("DelegateColumns", "Category"),
        _field("category"),
        CONTEXT,
        display=category_name,
        sort=lambda row: category_name(row.record.category),
        edit=_category_edit,
        edit_text=lambda row: row.record.category or "",
        choices=_category_choices,
    ),
    Column("groups", QT_TRANSLATE_NOOP("DelegateColumns", "Groups"), attribute("groups"), CONTEXT),
    _text_column("email", QT_TRANSLATE_NOOP("DelegateColumns", "E-mail")),
    _text_column("phone", QT_TRANSLATE_NOOP("DelegateColumns", "Phone")),
    _text_column("passport", QT_TRANSLATE_NOOP("DelegateColumns", "Passport"), "passport_number"),
    _text_column(
        "passport_expiry",
        QT_TRANSLATE_NOOP("DelegateColumns", "Passport expiry"),
        display=format_date,
    ),
    _text_column("dietary", QT_TRANSLATE_NOOP("DelegateColumns", "Dietary needs")),
    _text_column(
        "arrival", QT_TRANSLATE_NOOP("DelegateColumns", "Arrival"), display=format_datetime
    ),
    _text_column(
        "departure", QT_TRANSLATE_NOOP("DelegateColumns", "Departure"), display=format_datetime
    ),
)


# --------------------------------------------------------------------------- the section


class DelegatesSection(TableSection):
    name = "delegates"
    title_text = QT_TRANSLATE_NOOP("Sections", "Delegates")
    columns = COLUMNS
    editable = True
    sort_column = "latin_name"
    ref_prefix = "delegate"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_buttons()
        # A legend for the transliteration mark, under the table.
        legend = QHBoxLayout()
        self.legend_icon = QLabel(self)
        self.legend_icon.setPixmap(icons.icon(icons.TRANSLITERATED).pixmap(16, 16))
        self.legend_text = QLabel(self)
        self.legend_text.setObjectName("transliteration-legend")
        legend.addWidget(self.legend_icon)
        legend.addWidget(self.legend_text, 1)
        self.body.addLayout(legend)
        self.legend_text.setTextFormat(Qt.TextFormat.PlainText)

        view = self.table.view
        # Double-click and Enter open the form; typing or F2 edits the cell.
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.record_activated.connect(lambda row: self.edit_delegate(row.record))
        self.table.enable_keys(add=True, delete=True)
        self.table.add_requested.connect(self.add_delegate)
        self.table.delete_requested.connect(self.delete_selected)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.model.modelReset.connect(self._update_buttons)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._row_menu)
        self.setAcceptDrops(True)
        self.retranslate()
        self._update_buttons()

    def _build_buttons(self) -> None:
        bar = QHBoxLayout()

        def button(name: str, slot: Callable[[], Any]) -> QPushButton:
            made = QPushButton(self)
            made.setObjectName(name)
            made.clicked.connect(slot)
            bar.addWidget(made)
            return made

        self.add_button = button("add-delegate", self.add_delegate)
        self.edit_button = button("edit-delegate", self._edit_current)
        self.delete_button = button("delete-delegates", self.delete_selected)
        self.groups_button = button("set-groups", self.set_groups_of_selected)
        self.category_button = QPushButton(self)
        self.category_button.setObjectName("set-category")
        self.category_menu = QMenu(self.category_button)
        self.category_menu.aboutToShow.connect(self._fill_category_menu)
        self.category_button.setMenu(self.category_menu)
        bar.addWidget(self.category_button)
        bar.addStretch(1)
        self.import_button = button("import-delegates", lambda: self._import(None))
        # Above the table, under the heading and summary.
        self.body.insertLayout(self.body.indexOf(self.table), bar)

    # ------------------------------------------------------------------ content

    def refresh(self) -> None:
        super().refresh()
        # The legend explains a mark: show it only when some name carries the mark.
        marked = self.visit is not None and self.visit.delegate_rows.transliterated > 0
        self.legend_icon.setVisible(marked)
        self.legend_text.setVisible(marked)
        self._update_buttons()

    def rows(self, visit: LoadedVisit) -> tuple[DelegateRow, ...]:
        return visit.delegate_rows.rows  # built with the visit, off the GUI thread when big

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        delegates_ = self.visit.plan.delegates
        transliterated = self.visit.delegate_rows.transliterated
        text = QCoreApplication.translate(
            "DelegatesSection", "%Ln delegate(s)", "", len(delegates_)
        )
        if transliterated:
            text += " · " + QCoreApplication.translate(
                "DelegatesSection",
                "%Ln Latin name(s) to check against the passport",
                "",
                transliterated,
            )
        return text

    def retranslate(self) -> None:
        super().retranslate()
        self.legend_text.setText(transliterated_note())
        self.add_button.setText(self.tr("&Add delegate…"))
        self.add_button.setToolTip(self.tr("Add a delegate (Ctrl+N in the table)"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.edit_button.setToolTip(
            self.tr("All the fields of the delegate (Enter or double-click)")
        )
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected delegates (Delete)"))
        self.groups_button.setText(self.tr("Set &groups…"))
        self.groups_button.setToolTip(
            self.tr("Put the selected delegates in groups, or take them out")
        )
        self.category_button.setText(self.tr("Set &category"))
        self.category_button.setToolTip(self.tr("Give the selected delegates one category"))
        self.import_button.setText(self.tr("I&mport…"))
        self.import_button.setToolTip(
            self.tr("Import delegates from a spreadsheet (or drop the file on this view)")
        )

    def _update_buttons(self) -> None:
        has_visit = self.visit is not None and self.context is not None
        selected = self.table.selected_count() if has_visit else 0
        self.add_button.setEnabled(has_visit)
        self.import_button.setEnabled(has_visit)
        self.edit_button.setEnabled(selected == 1)
        for button in (self.delete_button, self.groups_button, self.category_button):
            button.setEnabled(selected > 0)

    def _row_menu(self, position) -> None:
        menu = QMenu(self)
        for button in (self.edit_button, self.delete_button, self.groups_button):
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        categories = menu.addMenu(self.category_button.text().replace("&", ""))
        categories.setEnabled(self.category_button.isEnabled())
        self._fill_category_menu(categories)
        menu.addSeparator()
        menu.addAction(self.add_button.text().replace("&", ""), self.add_delegate)
        menu.exec(self.table.view.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ actions

    def _selected(self) -> list[DelegateRecord]:
        return [row.record for row in self.table.selected_records()]

    def _edit_current(self) -> None:
        selected = self._selected()
        if len(selected) == 1:
            self.edit_delegate(selected[0])

    def add_delegate(self) -> str | None:
        """The form for a new delegate; returns the new delegate's key."""
        if self.visit is None or self.context is None:
            return None
        from studyvisit.ui.dialogs.delegate_form import DelegateForm

        form = DelegateForm(None, self.visit.plan.groups, self)
        visit_id = self.visit.visit_id
        added: dict[str, str] = {}
        while form.exec():
            values, group_keys = form.values(), form.group_keys()

            def change(uow, values=values, group_keys=group_keys) -> None:
                record = delegates.add_delegate(uow, visit_id, values)
                added["key"] = record.key
                if group_keys:
                    itinerary.set_delegate_groups(uow, visit_id, [record.id], group_keys)

            def revert(uow) -> None:
                delegates.delete_delegates_by_key(uow, visit_id, [added["key"]])

            text = fill(self.tr("Add delegate %1"), values.get("surname") or "")
            if self.apply_change(text, change, revert):
                self.table.select_keys([added["key"]])
                return added["key"]
        return None

    def edit_delegate(self, record: DelegateRecord) -> bool:
        """The form with every field of one delegate; True when a change was saved."""
        if self.visit is None or self.context is None:
            return False
        from studyvisit.ui.dialogs.delegate_form import DelegateForm

        form = DelegateForm(record, self.visit.plan.groups, self)
        visit_id = self.visit.visit_id
        while form.exec():
            changes, group_keys = form.changes(), form.group_keys()
            if not changes and tuple(group_keys) == record.group_keys:
                return False
            change, revert = form_edit(visit_id, record, changes, group_keys)
            name = record.latin_name or record.full_name
            if self.apply_change(fill(self.tr("Edit delegate %1"), name), change, revert):
                return True
        return False

    def delete_selected(self, *, confirm: bool = True) -> int:
        selected = self._selected()
        if not selected or self.visit is None:
            return 0
        if confirm:
            first = selected[0].latin_name or selected[0].full_name
            question = (
                fill(self.tr("Delete the delegate %1?"), first)
                if len(selected) == 1
                else self.tr("Delete %Ln selected delegate(s)?", "", len(selected))
            )
            answer = QMessageBox.question(
                self,
                self.tr("Delete delegates"),
                question + "\n" + self.tr("Edit → Undo brings them back."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        visit_id, keys = self.visit.visit_id, [record.key for record in selected]
        text = self.tr("Delete %Ln delegate(s)", "", len(keys))
        done = self.apply_change(
            text,
            lambda uow: delegates.delete_delegates_by_key(uow, visit_id, keys),
            scope=Scope.of(delegates=[record.id for record in selected]),
        )
        return len(keys) if done else 0

    def set_groups_of_selected(self) -> bool:
        selected = self._selected()
        if not selected or self.visit is None:
            return False
        from studyvisit.ui.dialogs.bulk_groups import BulkGroupsDialog

        dialog = BulkGroupsDialog(self.visit.plan.groups, selected, self)
        if not dialog.exec():
            return False
        return self.apply_groups(selected, dialog.mode(), dialog.group_keys())

    def apply_groups(
        self, selected: list[DelegateRecord], mode: str, group_keys: list[str]
    ) -> bool:
        """Bulk: ``mode`` "add" (to the groups), "replace" (their groups) or "remove"."""
        if self.visit is None:
            return False
        visit_id = self.visit.visit_id
        keys, ids = [record.key for record in selected], [record.id for record in selected]

        def change(uow) -> None:  # runs once: undo and redo replay the rows it changed
            if mode == "remove":
                delegates.remove_from_groups(uow, visit_id, keys, group_keys)
                return
            itinerary.set_delegate_groups(uow, visit_id, ids, group_keys, replace=mode == "replace")

        if mode == "add":
            text = self.tr("Add %Ln delegate(s) to groups", "", len(keys))
        elif mode == "replace":
            text = self.tr("Set the groups of %Ln delegate(s)", "", len(keys))
        else:
            text = self.tr("Take %Ln delegate(s) out of groups", "", len(keys))
        scope = Scope.of(delegates=ids)  # memberships refer to them
        return self.apply_change(text, change, scope=scope)

    def set_category_of_selected(self, category: str | None) -> bool:
        selected = self._selected()
        if not selected or self.visit is None:
            return False
        visit_id, keys = self.visit.visit_id, [record.key for record in selected]
        text = self.tr("Set the category of %Ln delegate(s)", "", len(keys))
        return self.apply_change(
            text,
            lambda uow: delegates.update_delegates(uow, visit_id, keys, {"category": category}),
            scope=Scope.only(delegates=[record.id for record in selected]),
        )

    def _fill_category_menu(self, menu: QMenu | None = None) -> None:
        menu = menu if isinstance(menu, QMenu) else self.category_menu
        menu.clear()
        for code, label in _category_choices():
            menu.addAction(label, lambda code=code: self.set_category_of_selected(code or None))

    # ------------------------------------------------------------------ import by drop

    def _import(self, path: str | None) -> None:
        if self.context is not None and self.visit is not None:
            self.context.import_delegates(path)

    @staticmethod
    def _spreadsheet(event: QDragEnterEvent | QDropEvent) -> str | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in SPREADSHEETS:
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.visit is not None and self._spreadsheet(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction() if self._spreadsheet(event) else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._spreadsheet(event)
        if path is None or self.visit is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._import(path)
