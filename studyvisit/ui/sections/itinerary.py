"""Itinerary: the agenda by day and time, with sites, kinds, titles, groups and hosts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studyvisit.db import UnitOfWork
from studyvisit.records import AgendaItemRecord, pick_text
from studyvisit.services import itinerary
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui.context import WindowContext
from studyvisit.ui.dialogs.agenda_item import AgendaItemDialog, AgendaItemValues
from studyvisit.ui.formatting import format_day, format_time, join
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.sections.base import TableSection, split_refs
from studyvisit.ui.table_model import Column
from studyvisit.ui.timeline.items import KIND_COLOURS, RUN_FILL
from studyvisit.ui.timeline.view import ZOOM_STEP, TimelineView
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import AGENDA_KINDS, agenda_kind_name, language_name

CONTEXT = "ItineraryColumns"


@dataclass(frozen=True, slots=True)
class AgendaRow:
    item: AgendaItemRecord
    visit: LoadedVisit

    @property
    def id(self) -> int:
        return self.item.id

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def day(self) -> dt.date:
        return self.item.start.date()

    def title(self) -> tuple[str, str | None]:
        """The title in the interface language, else another; and the language used."""
        return pick_text(self.item.title, current_language())

    @property
    def site(self) -> str:
        return self.visit.site_name(self.item.site_key, current_language())

    @property
    def groups(self) -> str:
        if not self.item.group_keys:
            return QCoreApplication.translate("ItinerarySection", "Everyone")
        return self.visit.groups_text(self.item.group_keys)


def _title_tooltip(row: AgendaRow) -> str | None:
    text, language = row.title()
    parts = []
    if language and language != current_language():
        parts.append(
            fill(
                QCoreApplication.translate("ItinerarySection", "No title in %1; shown in %2."),
                language_name(current_language()),
                language_name(language),
            )
        )
    description = pick_text(row.item.description, current_language())[0]
    if description:
        parts.append(description)
    return "\n".join(parts) or (text or None)


def _title_font(row: AgendaRow) -> QFont | None:
    language = row.title()[1]
    if language is None or language == current_language():
        return None
    font = QFont()
    font.setItalic(True)  # a title in another language than the interface's
    return font


COLUMNS = (
    Column(
        "day",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Day"),
        lambda row: row.day,
        CONTEXT,
        display=format_day,
        sort=lambda row: row.item.start,
    ),
    Column(
        "start",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Start"),
        lambda row: row.item.start,
        CONTEXT,
        display=format_time,
    ),
    Column(
        "end",
        QT_TRANSLATE_NOOP("ItineraryColumns", "End"),
        lambda row: row.item.end,
        CONTEXT,
        display=format_time,
    ),
    Column(
        "title",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Title"),
        lambda row: row.title()[0],
        CONTEXT,
        tooltip=_title_tooltip,
        font=_title_font,
    ),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Kind"),
        lambda row: row.item.kind,
        CONTEXT,
        display=agenda_kind_name,
        sort=lambda row: agenda_kind_name(row.item.kind),
    ),
    Column(
        "site",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Site"),
        lambda row: row.site,
        CONTEXT,
        max_width=240,
    ),
    Column(
        "groups", QT_TRANSLATE_NOOP("ItineraryColumns", "Groups"), lambda row: row.groups, CONTEXT
    ),
    Column(
        "hosts",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Hosts"),
        lambda row: join(row.item.hosts),
        CONTEXT,
    ),
)


class ItinerarySection(TableSection):
    """The agenda as a timeline (drag, resize, edit) beside the same items as a sortable table."""

    name = "itinerary"
    title_text = QT_TRANSLATE_NOOP("Sections", "Itinerary")
    columns = COLUMNS
    sort_column = "start"
    ref_prefix = "agenda"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineView(self)
        self.dialog: AgendaItemDialog | None = None  # the open item form, if any
        self.menu: QMenu | None = None  # the last context menu shown
        self._syncing = False

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add-agenda-item")
        self.add_button.clicked.connect(lambda: self.add_item())
        self.zoom_out = self._tool_button(
            "zoom-out", "−", lambda: self.timeline.zoom(1 / ZOOM_STEP)
        )
        self.fit_button = self._tool_button("fit-day", "", self.timeline.fit_day)
        self.zoom_in = self._tool_button("zoom-in", "+", lambda: self.timeline.zoom(ZOOM_STEP))
        self.legend = QLabel(self)
        self.legend.setObjectName("timeline-legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        for button in (self.zoom_out, self.fit_button, self.zoom_in):
            bar.addWidget(button)
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.setSpacing(6)
        panel_layout.addLayout(bar)
        panel_layout.addWidget(self.timeline, 1)
        panel_layout.addWidget(self.legend)

        self.body.removeWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("itinerary-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(panel)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 360])
        self.body.addWidget(self.splitter, 1)

        timeline = self.timeline
        timeline.move_requested.connect(self.move_item)
        timeline.resize_requested.connect(self.resize_item)
        timeline.edit_requested.connect(self.edit_item)
        timeline.delete_requested.connect(self.delete_items)
        timeline.menu_requested.connect(self._timeline_menu)
        timeline.run_activated.connect(
            lambda key: self.reveal_requested.emit((f"transport:{key}",))
        )
        timeline.selection_changed.connect(self._timeline_selection_changed)
        self.table.view.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.table.record_activated.connect(lambda row: self.edit_item(row.key))
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.view.customContextMenuRequested.connect(self._table_menu)
        self.table.view.installEventFilter(self)
        self.retranslate_timeline()

    def _tool_button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def attach(self, context: WindowContext) -> None:
        super().attach(context)
        state = context.preferences.state("itinerary/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: context.preferences.set_state(
                "itinerary/splitter", self.splitter.saveState()
            )
        )

    # ------------------------------------------------------------------ showing

    def rows(self, visit: LoadedVisit) -> list[AgendaRow]:
        return [AgendaRow(item, visit) for item in visit.plan.agenda]

    def refresh(self) -> None:
        self._syncing = True
        try:
            self.timeline.show_visit(self.visit)
            super().refresh()  # the table keeps its selection by key
            self.timeline.select_keys(self.table.selected_keys(), ensure_visible=False)
        finally:
            self._syncing = False

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        plan = self.visit.plan
        days = len(plan.visit.days)
        return (
            QCoreApplication.translate("ItinerarySection", "%Ln item(s)", "", len(plan.agenda))
            + " · "
            + QCoreApplication.translate("ItinerarySection", "%Ln day(s)", "", days)
            + " · "
            + QCoreApplication.translate(
                "ItinerarySection",
                "Drag to move, drag the bottom edge to resize, double-click to edit",
            )
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.retranslate_timeline()
        self.timeline.rebuild()

    def retranslate_timeline(self) -> None:
        self.add_button.setText(self.tr("Add item…"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        self.fit_button.setText(self.tr("Fit day"))
        self.fit_button.setToolTip(self.tr("Show a whole day in the view"))
        swatch = '<span style="color:{colour}; font-size:large;">■</span>&nbsp;{name}'
        entries = [
            swatch.format(colour=KIND_COLOURS[kind][0], name=agenda_kind_name(kind))
            for kind in AGENDA_KINDS
        ]
        entries.append(swatch.format(colour=RUN_FILL, name=self.tr("Transport run")))
        self.legend.setText("&nbsp;&nbsp; ".join(entries))

    # ------------------------------------------------------------------ selection

    def selected_keys(self) -> list[str]:
        return self.timeline.selected_keys() or self.table.selected_keys()

    def select_keys(self, keys: Sequence[str]) -> int:
        """Select these items in the timeline and the table, and bring them into sight."""
        self._syncing = True
        try:
            shown = self.table.select_keys(keys)
            return max(shown, self.timeline.select_keys(list(keys)))
        finally:
            self._syncing = False

    def reveal(self, refs: Sequence[str]) -> bool:
        keys = split_refs(refs, "agenda")
        return bool(keys) and self.select_keys(keys) > 0

    def _timeline_selection_changed(self, keys: list[str]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if keys:
                self.table.select_keys(keys, clear_search=False)
            else:
                self.table.view.clearSelection()
        finally:
            self._syncing = False

    def _table_selection_changed(self, *_args) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.timeline.select_keys(self.table.selected_keys())
        finally:
            self._syncing = False

    def _item(self, key: str) -> AgendaItemRecord | None:
        if self.visit is None:
            return None
        return next((item for item in self.visit.plan.agenda if item.key == key), None)

    def _title(self, key: str) -> str:
        item = self._item(key)
        return (pick_text(item.title, current_language())[0] if item else "") or key

    # ------------------------------------------------------------------ edits

    def _apply(self, text: str, change, revert=None, *, scope: Scope | None = None):
        if self.context is None or self.visit is None:
            return None
        return self.context.editor.apply(text, change, revert, scope=scope)

    def move_item(self, key: str, start: dt.datetime) -> None:
        """Move an item to ``start`` (snapped), keeping its length; undo puts it back."""
        old = self._item(key)
        if old is None or self.visit is None:
            return
        visit_id = self.visit.visit_id

        def move(uow: UnitOfWork) -> AgendaItemRecord:
            return itinerary.move_item(uow, itinerary.find_item(uow, visit_id, key).id, start)

        def put_back(uow: UnitOfWork) -> None:
            item_id = itinerary.find_item(uow, visit_id, key).id
            itinerary.update_item(uow, item_id, start=old.start, end=old.end)

        text = fill(self.tr("Move “%1”"), self._title(key))
        if self._apply(text, move, put_back) is None:
            self.timeline.rebuild()  # refused: the block goes back

    def resize_item(self, key: str, end: dt.datetime) -> None:
        """Let an item end at ``end`` (snapped); undo puts the old end back."""
        old = self._item(key)
        if old is None or self.visit is None:
            return
        visit_id = self.visit.visit_id

        def resize(uow: UnitOfWork) -> AgendaItemRecord:
            return itinerary.resize_item(uow, itinerary.find_item(uow, visit_id, key).id, end)

        def put_back(uow: UnitOfWork) -> None:
            item_id = itinerary.find_item(uow, visit_id, key).id
            itinerary.update_item(uow, item_id, end=old.end)

        text = fill(self.tr("Resize “%1”"), self._title(key))
        if self._apply(text, resize, put_back) is None:
            self.timeline.rebuild()

    def edit_item(self, key: str) -> AgendaItemDialog | None:
        """Open the item's form; OK saves it (one undoable change)."""
        item = self._item(key)
        if item is None or self.visit is None:
            return None
        dialog = self._open_dialog(AgendaItemDialog(self.visit, item, parent=self))
        visit_id = self.visit.visit_id

        def save() -> None:
            changes = dialog.values().changes()
            self._apply(
                fill(self.tr("Edit “%1”"), self._title(key)),
                lambda uow: itinerary.update_item(
                    uow, itinerary.find_item(uow, visit_id, key).id, **changes
                ),
                scope=Scope.of(agenda_items=[item.id]),  # its groups are link rows
            )

        dialog.accepted.connect(save)
        return dialog

    def add_item(self, start: dt.datetime | None = None) -> AgendaItemDialog | None:
        """Open an empty form (starting at ``start``); OK adds the item and selects it."""
        if self.visit is None:
            return None
        if start is None:
            start = self._free_start()
        dialog = self._open_dialog(AgendaItemDialog(self.visit, start=start, parent=self))
        visit_id = self.visit.visit_id

        def save() -> None:
            values: AgendaItemValues = dialog.values()
            added = self._apply(
                self.tr("Add agenda item"),
                lambda uow: itinerary.add_item(uow, visit_id, **values.changes()),
                scope=Scope.of(agenda_items=()),
            )
            if added is not None:
                self.select_keys([added.key])

        dialog.accepted.connect(save)
        return dialog

    def _free_start(self) -> dt.datetime:
        """Where a new item goes by default: after the selected item, else at 9:00 on day one."""
        selected = [self._item(key) for key in self.selected_keys()]
        items = [item for item in selected if item is not None]
        if items:
            return max(item.end for item in items)
        assert self.visit is not None
        return dt.datetime.combine(self.visit.plan.visit.start_date, dt.time(9))

    def _open_dialog(self, dialog: AgendaItemDialog) -> AgendaItemDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def duplicate_items(self, keys: Sequence[str]) -> list[str]:
        """Copy items, each placed right after its original; the copies are selected."""
        if self.visit is None or not keys:
            return []
        visit_id = self.visit.visit_id

        def duplicate(uow: UnitOfWork) -> list[AgendaItemRecord]:
            copies = []
            for key in keys:
                item = itinerary.find_item(uow, visit_id, key)
                copies.append(itinerary.duplicate_item(uow, item.id, item.end - item.start))
            return copies

        text = (
            fill(self.tr("Duplicate “%1”"), self._title(keys[0]))
            if len(keys) == 1
            else self.tr("Duplicate %Ln agenda item(s)", "", len(keys))
        )
        copies = self._apply(text, duplicate, scope=Scope.of(agenda_items=()))
        if not copies:
            return []
        new_keys = [copy.key for copy in copies]
        self.select_keys(new_keys)
        return new_keys

    def delete_items(self, keys: Sequence[str]) -> None:
        """Delete items (one undoable change)."""
        if self.visit is None or not keys:
            return
        visit_id = self.visit.visit_id
        keys = list(keys)

        def delete(uow: UnitOfWork) -> int:
            for key in keys:
                itinerary.delete_item(uow, itinerary.find_item(uow, visit_id, key).id)
            return len(keys)

        text = (
            fill(self.tr("Delete “%1”"), self._title(keys[0]))
            if len(keys) == 1
            else self.tr("Delete %Ln agenda item(s)", "", len(keys))
        )
        items = [self._item(key) for key in keys]
        ids = [item.id for item in items if item is not None]
        self._apply(text, delete, scope=Scope.of(agenda_items=ids))

    # ------------------------------------------------------------------ menus and keys

    def context_menu(self, keys: Sequence[str], moment: dt.datetime | None) -> QMenu:
        """Edit, duplicate, delete the items ``keys``; add an item at ``moment``."""
        menu = QMenu(self)
        menu.setObjectName("itinerary-menu")
        keys = list(keys)
        if keys:
            edit = menu.addAction(self.tr("Edit…"), lambda: self.edit_item(keys[0]))
            edit.setShortcut(QKeySequence(Qt.Key.Key_Return))
            edit.setEnabled(len(keys) == 1)
            menu.addAction(self.tr("Duplicate"), lambda: self.duplicate_items(keys))
            delete = menu.addAction(self.tr("Delete"), lambda: self.delete_items(keys))
            delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            menu.addSeparator()
        if moment is not None:
            menu.addAction(
                fill(
                    self.tr("Add item here (%1, %2)…"),
                    format_day(moment.date()),
                    format_time(moment),
                ),
                lambda: self.add_item(moment),
            )
        else:
            menu.addAction(self.tr("Add item…"), lambda: self.add_item())
        return menu

    def _popup(self, menu: QMenu, position: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(position)

    def _timeline_menu(self, key: str | None, moment: dt.datetime | None, position: QPoint) -> None:
        keys = self.timeline.selected_keys() if key is not None else []
        self._popup(self.context_menu(keys, moment if key is None else None), position)

    def _table_menu(self, position: QPoint) -> None:
        menu = self.context_menu(self.table.selected_keys(), None)
        self._popup(menu, self.table.view.viewport().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table.view
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.table.selected_keys()
        ):
            self.delete_items(self.table.selected_keys())
            return True
        return super().eventFilter(watched, event)
