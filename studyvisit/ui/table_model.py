"""One table model for every list in the application.

``RecordTableModel`` shows a list of plain records (frozen dataclasses, or
small row objects built from them) through a tuple of :class:`Column` specs.
Searching and sorting both happen here, in Python (STYLE.md item 6): a
search tests a lower-case key precomputed per row, a sort orders precomputed
sort keys. A QSortFilterProxyModel doing either calls ``data()`` or
``lessThan()`` in Python for every cell it tests: seconds per keystroke or
click on 100,000 rows, where this costs milliseconds. Views show the model
itself, with no proxy in between: a view's header click calls ``sort``.

A column may be editable: ``Column(edit=...)`` turns the typed value into a
:class:`CellEdit` (a change and its revert for the window's editor), or
refuses it with a reason; the model passes the edit to the handler its table
set (``set_edit_handler``), which applies it through ``context.editor``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, contains, itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon

from studyvisit.errors import StudyvisitError
from studyvisit.gc_pause import garbage_collection_paused
from studyvisit.ui.formatting import format_value
from studyvisit.ui.i18n import current_language
from studyvisit.ui.service_messages import explain

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the native value: dates sort as dates
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record's database id (survives proxies)
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the record's key, as in the visit file

Index = QModelIndex | QPersistentModelIndex
LONG_TEXT = 20  # characters: cells this long get their text as a tooltip too
# Combined once: Qt asks for every visible (and every selected) cell's flags.
CELL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
EDITABLE_CELL = CELL | Qt.ItemFlag.ItemIsEditable
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
        ID_ROLE,
        KEY_ROLE,
    )
)


@dataclass(frozen=True)
class CellEdit:
    """One typed change, ready for ``context.editor.apply(text, change, revert)``.

    ``change`` and ``revert`` take a unit of work and call services; they
    should find the record by key (ids may change when a snapshot is restored).
    """

    text: str  # what Edit → Undo calls it
    change: Callable[[Any], Any]
    revert: Callable[[Any], Any] | None = None
    scope: Any = None  # without revert: the rows it touches (services.visit_snapshot.Scope)


@dataclass(frozen=True)
class Column:
    """How one column shows a record, and (optionally) how a typed value changes it.

    ``header`` is the English source text, translated in ``context`` when shown
    (mark it with ``QT_TRANSLATE_NOOP(context, ...)`` so lupdate finds it).
    ``value`` gives the native value (used for sorting); ``display`` turns it
    into the cell's text (default: dates and date-times in the UI's locale).

    Editing: ``edit(record, value)`` returns the :class:`CellEdit` for a typed
    text (or a code chosen from ``choices``), None when nothing changes, or
    raises a StudyvisitError (ValidationError) whose message says why the
    value is refused; it must not touch the database (it is also called while
    the user types, to mark a bad value at once). ``edit_text(record)`` is the
    text the editor starts with (default: the value, dates as YYYY-MM-DD).
    ``choices()`` gives (code, label) pairs: the cell is edited with a list.
    """

    name: str
    header: str
    value: Callable[[Any], Any]
    context: str = "Columns"
    display: Callable[[Any], str] | None = None
    sort: Callable[[Any], Any] | None = None  # when the order is not the value's own
    # The keys that order these rows in a language (None for an empty cell), compared as
    # they are; or None to work them out with ``sort_key``. Rows built off the GUI thread
    # bring them ready, where ``sort_key`` costs microseconds a row.
    ready_keys: Callable[[Sequence[Any], str], list[Any] | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    decoration: Callable[[Any], QIcon | None] | None = None
    font: Callable[[Any], QFont | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    alignment: Qt.AlignmentFlag | None = None
    header_tooltip: str | None = None  # a source text in ``context`` too
    max_width: int | None = None  # px when columns are fitted to contents (long place names)
    edit: Callable[[Any, Any], CellEdit | None] | None = None
    edit_text: Callable[[Any], Any] | None = None
    choices: Callable[[], Sequence[tuple[Any, str]]] | None = None

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)

    def text(self, record: Any) -> str:
        value = self.value(record)
        return self.display(value) if self.display else format_value(value)

    def sort_value(self, record: Any) -> Any:
        return self.sort(record) if self.sort else self.value(record)

    def editor_value(self, record: Any) -> Any:
        if self.edit_text is not None:
            return self.edit_text(record)
        if self.choices is not None:
            return self.value(record)
        return editable_text(self.value(record))


def attribute(name: str) -> Callable[[Any], Any]:
    """A value getter reading one attribute of the record."""
    return lambda record: getattr(record, name)


def editable_text(value: Any) -> str:
    """A value as the user types it: dates as YYYY-MM-DD, date-times with HH:MM."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_KEY = attrgetter("key")
# A search over more rows than this tests SEARCH_SLICE of them at once (about 5 ms for
# 10,000 delegates) and the rest in slices of SEARCH_STEP between events: each slice
# appended repaints the view, so the later ones are bigger.
SEARCH_AT_ONCE = 20_000
SEARCH_SLICE = 10_000
SEARCH_STEP = 30_000


def _key_attribute(record: Any) -> str | None:
    return getattr(record, "key", None)


class RecordTableModel(QAbstractTableModel):
    """A table over a list of records, with an id and a key per row.

    Rows are kept as positions in the full list: ``_order`` is the current
    sort (or the services' order), ``_shown`` the part of it the search keeps.
    """

    edit_refused = Signal(str)  # a typed value was refused before any change: the reason
    search_finished = Signal()  # a long search tested its last rows

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        id_of: Callable[[Any], int | None] = lambda record: getattr(record, "id", None),
        key_of: Callable[[Any], str | None] = _key_attribute,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._id_of = id_of
        self._key_of = key_of
        self._all: list[Any] = []
        self._order: list[int] = []  # positions in _all, sorted
        self._shown: list[int] = []  # positions in _all: the sorted order, searched
        # A long search shows the matches of its first slice of rows at once and tests
        # the rest a slice per pass of the event loop, appending what matches: these
        # positions (after all of _shown in the sorted order) are not tested yet.
        self._untested: list[int] = []
        self._search_steps = QTimer(self)
        self._search_steps.setInterval(0)
        self._search_steps.timeout.connect(self._search_step)
        self._search = ""
        self._search_keys: list[str] | None = None  # built on first search, per language
        self._partial_keys: list[str] | None = None  # built so far, in idle time
        self._partial_of: list[Any] | None = None  # ... for this list of records
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sort_keys: dict[int, list[Any]] = {}  # column → key per position
        # Formatted texts and sort keys by value, kept through reloads (an edit
        # reloads every record; most values are the same as before).
        self._text_cache: dict[int, dict[Any, str]] = {}
        self._key_cache: dict[tuple[int, str], dict[Any, Any]] = {}
        self._row_of_key: dict[str, int] | None = None
        self._edit_handler: Callable[[CellEdit], bool] | None = None

    # ------------------------------------------------------------------ content

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def column_index(self, name: str) -> int:
        for position, column in enumerate(self._columns):
            if column.name == name:
                return position
        raise KeyError(name)

    def set_records(self, records: Iterable[Any]) -> None:
        """Replace every record (one reset; the sort, the search and the layout stay)."""
        self.beginResetModel()
        self._stop_search_steps()
        # Sort keys and positions for every row, all kept: the collector would walk them
        # (and every record) many times over while they are made.
        with garbage_collection_paused():
            self._all = list(records)
            self._search_keys = self._partial_keys = None
            self._sort_keys = {}
            self._order = self._sorted_positions()
            self._shown = self._matching(self._search)
            self._row_of_key = None
        self.endResetModel()

    def all_records(self) -> list[Any]:
        return list(self._all)

    def total_count(self) -> int:
        return len(self._all)

    def record(self, row: int) -> Any:
        return self._all[self._shown[row]]

    def record_at(self, index: Index) -> Any | None:
        if not index.isValid() or index.model() is not self or index.row() >= len(self._shown):
            return None
        return self.record(index.row())

    def row_of_key(self, key: str) -> int | None:
        if self._row_of_key is None:
            shown = list(map(self._all.__getitem__, self._shown))
            try:  # without a Python call per row when the records have keys
                keys = list(map(_KEY, shown)) if self._key_of is _key_attribute else None
            except AttributeError:
                keys = None
            if keys is None:
                keys = list(map(self._key_of, shown))
            # Built backwards so that a key shown twice maps to its first row.
            self._row_of_key = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
        return self._row_of_key.get(key)

    def id_of(self, record: Any) -> int | None:
        return self._id_of(record)

    def key_of(self, record: Any) -> str | None:
        return self._key_of(record)

    # ------------------------------------------------------------------ search

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only the records whose cells contain every word of ``text``.

        Over more than SEARCH_AT_ONCE rows the first SEARCH_SLICE are tested now and
        the rest in slices while the event loop runs (``searching``), each slice's
        matches appended: the keystroke shows its first rows at once (the issue's
        100 ms a keystroke, which a scan of 100,000 rows and a repaint overran).
        """
        text = " ".join(text.casefold().split())
        if text == self._search:
            return
        # Typing on narrows what is shown: test only the rows shown (or still untested).
        narrowing = bool(self._search) and text.startswith(self._search)
        candidates = self._shown + self._untested if narrowing else self._order
        self.beginResetModel()
        self._stop_search_steps()
        self._search = text
        if text and len(candidates) > SEARCH_AT_ONCE:
            self._shown = self._matching(text, candidates[:SEARCH_SLICE])
            self._untested = candidates[SEARCH_SLICE:]
            self._search_steps.start()
        else:
            self._shown = self._matching(text, candidates)
        self._row_of_key = None
        self.endResetModel()

    @property
    def searching(self) -> bool:
        """Rows are still being tested against the search (their matches will be appended)."""
        return bool(self._untested)

    def finish_search(self) -> None:
        """Test every row left now (before reading what the search shows as final)."""
        while self._untested:
            self._search_step()

    def _search_step(self) -> None:
        slice_, self._untested = self._untested[:SEARCH_STEP], self._untested[SEARCH_STEP:]
        if not self._untested:
            self._search_steps.stop()
        found = self._matching(self._search, slice_) if slice_ else []
        if found:
            first = len(self._shown)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._shown.extend(found)
            self._row_of_key = None
            self.endInsertRows()
        if not self._untested:
            self.search_finished.emit()

    def _stop_search_steps(self) -> None:
        self._search_steps.stop()
        self._untested = []

    def prepare_search(self) -> None:
        """Build the search keys now (the first keystroke then costs no more than the next)."""
        while not self.prepare_search_step(len(self._all) + 1):
            pass

    def prepare_search_step(self, rows: int = 5000) -> bool:
        """Build the search keys of the next ``rows`` records; True when all are built.

        Tables of many rows call this in idle time after showing them, a few
        milliseconds at a time, so the first keystroke finds the keys ready.
        """
        if self._search_keys is not None:
            return True
        if self._partial_keys is None or self._partial_of is not self._all:
            self._partial_keys, self._partial_of = [], self._all
            self._trim_caches()
        done = len(self._partial_keys)
        with garbage_collection_paused():
            self._partial_keys.extend(self._build_search_keys(self._all[done : done + rows]))
        if len(self._partial_keys) < len(self._all):
            return False
        self._search_keys, self._partial_keys = self._partial_keys, None
        return True

    def _matching(self, text: str, positions: list[int] | None = None) -> list[int]:
        positions = self._order if positions is None else positions
        if not text:
            return list(positions)
        self.prepare_search()
        keys = self._search_keys
        assert keys is not None
        # The keys are read in the order they were made, which is their order in memory:
        # read in the sorted order they are scattered, and 100,000 of them take 2-3x as
        # long. The tests run in C (map, compress); each word tests what the last one kept.
        everything = len(positions) == len(keys)
        found: Sequence[int] = range(len(keys)) if everything else sorted(positions)
        for number, word in enumerate(text.split()):
            tested = keys if number == 0 and everything else map(keys.__getitem__, found)
            found = list(compress(found, map(contains, tested, repeat(word))))
        if len(found) == len(positions):
            return list(positions)
        if self._sort is None:
            return found  # unsorted, the rows are in the keys' order: nothing to reorder
        hit = bytearray(len(keys))
        deque(map(hit.__setitem__, found, repeat(1)), maxlen=0)  # the loop in C
        return list(compress(positions, map(hit.__getitem__, positions)))

    def _build_search_keys(self, records: list[Any]) -> list[str]:
        # Column by column, each distinct value displayed once: dates and country
        # names repeat over thousands of rows and formatting them is the slow part.
        texts = [
            _column_texts(column, records, self._text_cache.setdefault(position, {}))
            for position, column in enumerate(self._columns)
        ]
        return ["\x1f".join(cells).casefold() for cells in zip(*texts, strict=True)]

    # ------------------------------------------------------------------ sort

    @property
    def sort_column(self) -> int:
        return self._sort[0] if self._sort else -1

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort[1] if self._sort else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (-1: the services' order); selections follow their rows."""
        self.finish_search()
        wanted = (column, order) if 0 <= column < len(self._columns) else None
        if wanted == self._sort and self._order:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        positions = [self._shown[index.row()] for index in persistent]
        self._sort = wanted
        with garbage_collection_paused():  # a key per row, kept
            self._order = self._sorted_positions()
        shown = set(self._shown) if self._search else None
        self._shown = self._order if shown is None else [p for p in self._order if p in shown]
        self._shown = list(self._shown)
        self._row_of_key = None
        if persistent:
            row_of = {position: row for row, position in enumerate(self._shown)}
            moved = [
                self.index(row_of[position], index.column())
                for index, position in zip(persistent, positions, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted_positions(self) -> list[int]:
        positions = range(len(self._all))
        if self._sort is None:
            return list(positions)
        column, order = self._sort
        keys = self._sort_keys.get(column)
        if keys is None:
            self._trim_caches()
            language = current_language()
            cache = self._key_cache.setdefault((column, language), {})
            keys = self._sort_keys[column] = _sort_keys(
                self._columns[column], self._all, cache, language
            )
        # Empty cells come last in either direction.
        descending = order == Qt.SortOrder.DescendingOrder
        if None not in keys:
            return sorted(positions, key=keys.__getitem__, reverse=descending)
        filled = [p for p in positions if keys[p] is not None]
        empty = [p for p in positions if keys[p] is None]
        filled.sort(key=keys.__getitem__, reverse=descending)
        return filled + empty

    def _trim_caches(self) -> None:
        limit = 2 * len(self._all) + 1000  # values of records long gone
        for caches in (self._text_cache, self._key_cache):
            for name, cache in list(caches.items()):
                if len(cache) > limit:
                    del caches[name]

    def retranslate(self) -> None:
        """The language changed: headers and translated cells are redrawn, searched again."""
        self.finish_search()
        self._search_keys = self._partial_keys = None
        self._sort_keys = {}
        self._text_cache = {}
        order = self._sorted_positions()  # names sort in the new language's alphabet
        matching = self._matching(self._search, order)
        if order != self._order or matching != self._shown:
            self.beginResetModel()  # tables keep their selections by key through a reset
            self._order, self._shown = order, matching
            self._row_of_key = None
            self.endResetModel()
        elif self._shown:
            last = self.index(len(self._shown) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    # ------------------------------------------------------------------ editing

    def set_edit_handler(self, handler: Callable[[CellEdit], bool] | None) -> None:
        """Who applies a typed change (True: done); without one no cell is editable."""
        self._edit_handler = handler

    def is_editable(self, index: Index) -> bool:
        return (
            self._edit_handler is not None
            and index.isValid()
            and self._columns[index.column()].edit is not None
        )

    def check_edit(self, index: Index, value: Any) -> str | None:
        """Why ``value`` would be refused in this cell, or None when it is fine."""
        if not self.is_editable(index) or index.row() >= len(self._shown):
            return None
        try:
            self._columns[index.column()].edit(self.record(index.row()), value)  # type: ignore[misc]
        except StudyvisitError as error:
            return explain(str(error))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index):
            return False
        if index.row() >= len(self._shown):
            return False
        column = self._columns[index.column()]
        assert column.edit is not None and self._edit_handler is not None
        try:
            edit = column.edit(self.record(index.row()), value)
        except StudyvisitError as error:
            self.edit_refused.emit(explain(str(error)))
            return False
        if edit is None:
            return True  # the same value again: nothing to do
        # The handler commits and the window reloads the records (a reset).
        return self._edit_handler(edit)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks every visible cell for some eight roles: the ones never answered
        # here (check state, background, size hint...) go back at once.
        if role not in _ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._shown):
            return None
        record = self._all[self._shown[index.row()]]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_value(record)
        if role == ID_ROLE:
            return self._id_of(record)
        if role == KEY_ROLE:
            return self._key_of(record)
        if role == Qt.ItemDataRole.EditRole and column.edit is not None:
            return column.editor_value(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip:
                return column.tooltip(record)
            text = column.text(record)  # a long text may be elided in its cell
            return text if len(text) > LONG_TEXT else None
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(record)
        if role == Qt.ItemDataRole.FontRole and column.font:
            return column.font(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
            return QCoreApplication.translate(column.context, column.header_tooltip)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE_CELL if self.is_editable(index) else CELL


# --------------------------------------------------------------------------- keys


def _column_texts(column: Column, records: list[Any], cache: dict[Any, str]) -> list[str]:
    """The cells' texts of one column; ``cache`` keeps formatted values between reloads."""
    values = list(map(column.value, records))
    plain = column.display is None
    shown = column.display or format_value
    result = []
    append = result.append
    for value in values:
        if plain and type(value) is str:
            append(value)
            continue
        try:
            text = cache.get(value)
            if text is None:
                text = cache[value] = shown(value)
        except TypeError:  # an unhashable value
            text = shown(value)
        append(text)
    return result


def _sort_keys(
    column: Column, records: list[Any], cache: dict[Any, Any], language: str
) -> list[Any]:
    """One key per record (None for an empty cell); ``cache`` keeps keys between reloads."""
    if column.ready_keys is not None:
        ready = column.ready_keys(records, language)
        if ready is not None:
            return ready
    result = []
    append = result.append
    for value in map(column.sort_value, records):
        try:
            key = cache.get(value, _MISSING)
            if key is _MISSING:
                key = cache[value] = sort_key(value, language)
        except TypeError:
            key = sort_key(value, language)
        append(key)
    kinds = set(map(_kind, filter(None, result)))  # keys are tuples: only None is false
    if len(kinds) == 1:  # one kind of value: compare the keys themselves (one level, faster)
        if None not in result:
            return list(map(_key_proper, result))
        return [None if key is None else key[1] for key in result]
    return result


_kind, _key_proper = itemgetter(0), itemgetter(1)


_MISSING = object()
_DIGITS = re.compile(r"(\d+)")
_AFTER = "\U0010ffff"  # a letter spelt "l" + _AFTER sorts after every "l..." and before "m"
_LAST = _AFTER * 2  # an empty part of a name: after every filled one


def sort_key(value: Any, language: str = "en") -> Any:
    """A key that orders values as a reader expects; None for an empty value.

    Texts by the alphabet of ``language`` (Polish ą, ł, ś... as letters of their
    own, accents elsewhere as their base letter), case-insensitively, with
    numbers inside texts in numeric order ("group 9" before "group 10");
    dates with date-times by their day; tuples element by element.
    """
    if _empty(value):
        return None
    if isinstance(value, str):
        return (0, _text_key(value, language))
    if isinstance(value, bool | int | float):
        return (1, value)
    if isinstance(value, dt.date):
        return (2, _as_datetime(value))
    if isinstance(value, tuple):
        if all(v is None or type(v) is str for v in value):
            return (3, _texts_key(value, language))
        return (4, tuple([_element_key(v, language) for v in value]))
    return (5, _text_key(str(value), language))


def _element_key(value: Any, language: str) -> tuple[Any, ...]:
    return (9,) if _empty(value) else (0, sort_key(value, language))


def _texts_key(texts: tuple[str | None, ...], language: str) -> str:
    """A tuple of texts (a name in parts) as one string: every part's letters, then the texts."""
    primaries = [_primary(text, language) if text else _LAST for text in texts]
    return "\x00".join(primaries) + "\x00\x00" + "\x00".join(t.casefold() for t in texts if t)


def _text_key(text: str, language: str) -> str:
    """One string (compared in C): the letters' places, then the text itself to break ties."""
    return _primary(text, language) + "\x00" + text.casefold()


def _primary(text: str, language: str) -> str:
    """The letters' places in the alphabet; a run of digits is written after a character
    giving its length, so that "group 9" sorts before "group 10"."""
    primary = text.casefold()
    if not primary.isascii() and _special(language).search(primary):
        primary = primary.translate(_letters(language))
    if _DIGITS.search(primary):
        primary = _DIGITS.sub(_number_key, primary)
    return primary


def _number_key(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    return chr(1 + min(len(digits), 30)) + digits


@lru_cache(maxsize=4)
def _special(language: str) -> re.Pattern[str]:
    """Finds a letter that _letters moves (most texts have none: no translate needed)."""
    return re.compile("[" + re.escape("".join(map(chr, _letters(language)))) + "]")


@lru_cache(maxsize=4)
def _letters(language: str) -> dict[int, str]:
    """A str.translate table from lower-case letters to their place in the alphabet."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        base = unicodedata.normalize("NFKD", letter)[0]
        if base != letter and base.isascii():
            table[code] = base.lower()
    table.update({ord("ł"): "l", ord("ø"): "o", ord("đ"): "d", ord("æ"): "ae", ord("œ"): "oe"})
    # Cyrillic letters that code points put after я: after their neighbours instead.
    cyrillic = {"ё": "е" + _AFTER, "є": "е" + _AFTER * 2, "і": "и" + _AFTER,
                "ї": "и" + _AFTER * 2, "ў": "у" + _AFTER, "ґ": "г" + _AFTER}  # fmt: skip
    table.update({ord(letter): spelt for letter, spelt in cyrillic.items()})
    if language == "pl":
        polish = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s",
                  "ź": "z", "ż": "z" + _AFTER}  # fmt: skip
        table.update({ord(letter): base + _AFTER for letter, base in polish.items()})
    return table


def _as_datetime(value: dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return dt.datetime.combine(value, dt.time.min)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == ()
