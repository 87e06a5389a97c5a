"""A table of records with a search box, sorting and a column chooser.

Every list in the application is one of these over a RecordTableModel; the
column layout (order, widths, hidden columns, sort) is remembered per table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studyvisit.ui.i18n import fill
from studyvisit.ui.preferences import Preferences
from studyvisit.ui.table_model import CellEdit, RecordTableModel
from studyvisit.ui.views import TableView

MAX_AUTO_WIDTH = 280  # px: longer titles and organisations are elided (the tooltip has them)
IDLE_KEYS_FROM = 5000  # rows: a table this long builds its search keys in idle time
IDLE_KEYS_STEP = 4000  # rows per idle step (about 20-30 ms)
WRAP_ROWS_UP_TO = (
    300  # rows: a longer table keeps one line per row (measuring each row takes seconds)
)
FIT_ROWS = 100  # rows measured when fitting columns (Qt's default, 1000, asks data() 100,000 times)
INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"
COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CellEditorDelegate(QStyledItemDelegate):
    """Edits a cell of a RecordTableModel: a line checked as typed, or a list of choices.

    A value the column refuses turns the line red with the reason as a tooltip;
    Enter does not commit it. Leaving the cell with it anyway asks the model,
    which refuses it with the reason (shown by the table) and saves nothing.
    """

    def __init__(self, model: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _source(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        proxy = index.model()
        while hasattr(proxy, "mapToSource") and proxy is not self._model:
            index = proxy.mapToSource(index)
            proxy = index.model()
        return QModelIndex(index)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        source = self._source(index)
        column = self._model.columns[source.column()]
        if column.choices is not None:
            combo = QComboBox(parent)
            combo.setObjectName("cell-choices")
            for code, label in column.choices():
                combo.addItem(label, code)
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("cell-editor")
        cell = QPersistentModelIndex(source)
        editor.textEdited.connect(lambda text: self._check(editor, cell, text))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value if value is not None else "")
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in COMMIT_KEYS
            and editor.property("refusal")
        ):
            # A refused value stays in the editor, with the reason, until it is fixed or dropped.
            QToolTip.showText(
                editor.mapToGlobal(editor.rect().bottomLeft()), editor.property("refusal"), editor
            )
            return True
        return super().eventFilter(editor, event)

    def _check(self, editor: QLineEdit, cell: QPersistentModelIndex, text: str) -> None:
        reason = self._model.check_edit(QModelIndex(cell), text) if cell.isValid() else None
        editor.setProperty("refusal", reason or "")
        editor.setStyleSheet(INVALID_STYLE if reason else "")
        editor.setToolTip(reason or "")
        if reason:
            QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), reason, editor)
        else:
            QToolTip.hideText()


class RecordTable(QWidget):
    """A searchable, sortable view of one RecordTableModel."""

    record_clicked = Signal(object)
    record_activated = Signal(object)
    add_requested = Signal()  # Ctrl+N in the table (only when a section handles it)
    delete_requested = Signal()  # the Delete key on selected rows (ditto)

    def __init__(
        self,
        model: RecordTableModel,
        *,
        name: str,
        searchable: bool = True,
        sort_column: str | None = None,
        stretch_column: str | None = None,
        wrap: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"table-{name}")
        self.name = name
        self.model = model
        self._layout_restored = False
        self._sized = False

        self.search = QLineEdit(self)
        self.search.setObjectName(f"search-{name}")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)  # focus in: build the search keys before typing
        # A long table builds its search keys a slice at a time while nothing else happens.
        self._idle_keys = QTimer(self)
        self._idle_keys.setInterval(0)
        self._idle_keys.timeout.connect(self._build_keys_step)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"count-{name}")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = TableView(self)
        self.view.setObjectName(f"view-{name}")
        # The view reads the model itself: it sorts and searches its own rows over
        # precomputed keys, and a proxy in between doubled the calls into Python
        # that painting makes (6,800 against 3,200 for one screen of delegates).
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(wrap)
        self._wrap = wrap
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        self._stretch = model.column_index(stretch_column) if stretch_column else None
        # The stretching column takes the spare width; by default the last one.
        header.setStretchLastSection(self._stretch is None)
        if self._stretch is not None:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        if wrap:
            # Dragging a column edge resizes it many times: fit the rows once, after.
            self._fit_rows_later = QTimer(self)
            self._fit_rows_later.setSingleShot(True)
            self._fit_rows_later.setInterval(0)
            self._fit_rows_later.timeout.connect(self._fit_rows)
            header.sectionResized.connect(lambda *_: self._fit_rows_later.start())
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        # Even unhighlighted, a header asks the selection model isColumnSelected for each
        # section it paints, and Qt answers by asking flags() of every selected row: a
        # second with 10,000 rows selected, each time the header is repainted (a dialog
        # appears, the window loses focus, the mouse passes over it). Rows are selected
        # whole here, so the header gets a selection model of its own that stays empty.
        header.setSelectionModel(QItemSelectionModel(model, header))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        if sort_column is not None:
            self.view.sortByColumn(model.column_index(sort_column), Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            model.sort(-1)  # the services' order until the user clicks a header
        self.view.setItemDelegate(CellEditorDelegate(model, self.view))
        model.edit_refused.connect(self._show_refusal)
        self._keys_enabled = {"add": False, "delete": False}
        self.view.installEventFilter(self)
        self.view.clicked.connect(lambda index: self._emit_record(self.record_clicked, index))
        self.view.activated.connect(lambda index: self._emit_record(self.record_activated, index))
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)  # a long search appending its matches
        # A reset (search, reload, language) keeps the rows that were selected; those a
        # long search has not reached yet are selected when it appends them.
        self._kept_selection: list[str] = []
        self._awaited_keys: set[str] = set()
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)
        model.rowsInserted.connect(self._select_awaited)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if searchable:
            bar = QHBoxLayout()
            bar.addWidget(self.search, 1)
            bar.addWidget(self.count_label)
            layout.addLayout(bar)
        else:
            self.search.hide()
            self.count_label.hide()
        layout.addWidget(self.view)
        self.retranslate()

    # ------------------------------------------------------------------ content

    def set_records(self, records: Iterable[Any]) -> None:
        self.model.set_records(records)
        if self.model.total_count() >= IDLE_KEYS_FROM:
            self._idle_keys.start()
        if not self._sized and not self._layout_restored and self.model.rowCount():
            self.fit_columns()
            self._sized = True
        if self._wrap:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Wrapped text gets its rows' height, in tables short enough to measure.

        Measuring asks every row for its text laid out: 10,000 problems took
        over 20 s. A longer table shows one line per row; tooltips hold the rest.
        """
        long_table = self.model.rowCount() > WRAP_ROWS_UP_TO
        self.view.setWordWrap(not long_table)
        if not long_table:
            self.view.resizeRowsToContents()

    def fit_columns(self) -> None:
        """Size columns to their contents, none wider than MAX_AUTO_WIDTH."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for section, column in enumerate(self.model.columns):
            if section == self._stretch:
                continue
            limit = column.max_width or MAX_AUTO_WIDTH
            if header.sectionSize(section) > limit:
                header.resizeSection(section, limit)

    def selected_rows(self) -> list[int]:
        """The view's selected rows, read from the selection's blocks.

        QItemSelectionModel.selectedRows() asks the model for the flags of every
        selected cell: 2.5 s for 10,000 rows of 14 columns, on every selection change.
        """
        rows: set[int] = set()
        for block in self.view.selectionModel().selection():
            rows.update(range(block.top(), block.bottom() + 1))
        return sorted(rows)

    def selected_count(self) -> int:
        return len(self.selected_rows())

    def selected_records(self) -> list[Any]:
        return list(map(self.model.record, self.selected_rows()))

    def select_keys(
        self,
        keys: Iterable[str],
        *,
        clear_search: bool = True,
        scroll: bool = True,
        finish_search: bool = True,
    ) -> int:
        """Select (and scroll to) the records with these keys; returns how many were found.

        A search that hides one of them is cleared first (unless ``clear_search`` is False).
        """
        if finish_search:
            self.model.finish_search()  # a key may be in rows not searched yet
        keys = list(dict.fromkeys(keys))
        found = list(map(self.model.row_of_key, keys))
        if clear_search and self.model.search_text and None in found:
            self.search.clear()  # shows them all: where are they now?
            found = list(map(self.model.row_of_key, keys))
        rows = {row for row in found if row is not None}
        # One range per run of neighbouring rows: 10,000 one-row ranges took seconds to select.
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for top, bottom in _runs(sorted(rows)):
            selection.select(self.model.index(top, 0), self.model.index(bottom, last_column))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)
        if rows:
            first = self.model.index(min(rows), 0)
            # A new current row scrolls the view to it (autoScroll): without ``scroll``
            # (a selection kept through a reload or a search) the view stays where it is.
            self.view.setAutoScroll(False)
            self.view.setCurrentIndex(first)
            self.view.setAutoScroll(True)
            self.view.selectionModel().select(selection, flags)  # setCurrentIndex narrowed it
            if scroll:
                self.view.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        return len(rows)

    def selected_keys(self) -> list[str]:
        model = self.model
        return [model.key_of(model.record(row)) for row in self.selected_rows()]

    # ------------------------------------------------------------------ editing

    def edit_through(self, apply: Callable[..., Any]) -> None:
        """Make the editable columns editable; typed changes go to ``apply`` (editor.apply).

        The change is applied once the cell's editor has closed (the window reloads
        the records after it, which must not happen under an open editor).
        """

        def handle(edit: CellEdit) -> bool:
            def run() -> None:
                apply(edit.text, edit.change, edit.revert, scope=edit.scope)

            QTimer.singleShot(0, self, run)
            return True

        self.model.set_edit_handler(handle)

    def enable_keys(self, *, add: bool = False, delete: bool = False) -> None:
        """Ctrl+N (add_requested) and Delete (delete_requested) while the table has focus."""
        self._keys_enabled = {"add": add, "delete": delete}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self.model.prepare_search()
        if watched is self.view and isinstance(event, QKeyEvent):
            wanted = self._wanted_key(event)
            if wanted is not None and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # ours here, not the window's (Ctrl+N is New visit elsewhere)
                return True
            if wanted is not None and event.type() == QEvent.Type.KeyPress:
                if wanted == "add":
                    self.add_requested.emit()
                elif self.view.selectionModel().hasSelection():
                    self.delete_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def _wanted_key(self, event: QKeyEvent) -> str | None:
        if self.view.state() == QAbstractItemView.State.EditingState:
            return None
        if self._keys_enabled["add"] and event.matches(QKeySequence.StandardKey.New):
            return "add"
        if self._keys_enabled["delete"] and event.key() == Qt.Key.Key_Delete:
            return "delete"
        return None

    def _build_keys_step(self) -> None:
        if self.model.prepare_search_step(IDLE_KEYS_STEP):
            self._idle_keys.stop()

    def _show_refusal(self, reason: str) -> None:
        QMessageBox.warning(
            self, QCoreApplication.translate("RecordTable", "Value not accepted"), reason
        )

    # ------------------------------------------------------------------ language and layout

    def retranslate(self) -> None:
        self.search.setPlaceholderText(QCoreApplication.translate("RecordTable", "Search…"))
        self.search.setToolTip(
            QCoreApplication.translate(
                "RecordTable", "Shows the rows that contain every word typed here"
            )
        )
        self.search.setAccessibleName(QCoreApplication.translate("RecordTable", "Search"))
        self.model.retranslate()
        self._update_count()

    def save_layout(self, preferences: Preferences) -> None:
        preferences.set_state(f"table/{self.name}", self.view.horizontalHeader().saveState())

    def restore_layout(self, preferences: Preferences) -> None:
        state = preferences.state(f"table/{self.name}")
        if state is not None and self.view.horizontalHeader().restoreState(state):
            self._layout_restored = True

    def _column_menu(self, position: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for section, column in enumerate(self.model.columns):
            action = QAction(column.title(), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(lambda shown, s=section: self._show_column(s, shown))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("RecordTable", "Fit columns to contents"), self.fit_columns
        )
        menu.exec(header.mapToGlobal(position))

    def _show_column(self, section: int, shown: bool) -> None:
        header = self.view.horizontalHeader()
        visible = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        if not shown and visible == [section]:
            return  # keep at least one column
        header.setSectionHidden(section, not shown)
        if shown and header.sectionSize(section) == 0:
            header.resizeSection(section, header.defaultSectionSize())

    # ------------------------------------------------------------------ private

    def _keep_selection(self) -> None:
        kept = [key for key in self.selected_keys() if key is not None]
        self._kept_selection = kept + sorted(self._awaited_keys)

    def _restore_selection(self) -> None:
        keys, self._kept_selection = self._kept_selection, []
        self._awaited_keys = set()
        if keys:
            self.select_keys(keys, clear_search=False, scroll=False, finish_search=False)
            if self.model.searching:
                row_of_key = self.model.row_of_key
                self._awaited_keys = {key for key in keys if row_of_key(key) is None}

    def _select_awaited(self, _parent: QModelIndex, first: int, last: int) -> None:
        model, awaited = self.model, self._awaited_keys
        if awaited:
            rows = [
                row for row in range(first, last + 1) if model.key_of(model.record(row)) in awaited
            ]
            selection = QItemSelection()
            for top, bottom in _runs(rows):
                selection.select(model.index(top, 0), model.index(bottom, model.columnCount() - 1))
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().select(selection, flags)
        if not model.searching:
            self._awaited_keys = set()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if self.model.search_text:
            self.count_label.setText(
                fill(
                    QCoreApplication.translate("RecordTable", "%1 of %2 shown"),
                    QLocale().toString(shown),
                    QLocale().toString(total),
                )
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("RecordTable", "%Ln row(s)", "", total)
            )

    def _emit_record(self, signal: Signal, index) -> None:
        record = self.model.record_at(index)
        if record is not None:
            signal.emit(record)


def _runs(rows: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in sorted ``rows``."""
    start = previous = None
    for row in rows:
        if previous is not None and row == previous + 1:
            previous = row
            continue
        if start is not None:
            yield start, previous
        start = previous = row
    if start is not None:
        yield start, previous
