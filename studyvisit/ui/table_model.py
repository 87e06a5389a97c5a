"""One table model for every list in the application, and the proxy that sorts it.

``RecordTableModel`` shows a list of plain records (frozen dataclasses, or
small row objects built from them) through a tuple of :class:`Column` specs.
Sorting goes through :class:`RecordSortProxy`; searching happens here, in
Python, over a lower-case key precomputed per row (STYLE.md item 6: a proxy's
filter calls ``data()`` for every cell and costs seconds per keystroke on
100,000 rows, this costs milliseconds).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from studyvisit.ui.formatting import format_value
from studyvisit.ui.i18n import ui_locale

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the native value: dates sort as dates
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record's database id (survives proxies)
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the record's key, as in the visit file

Index = QModelIndex | QPersistentModelIndex
LONG_TEXT = 20  # characters: cells this long get their text as a tooltip too


@dataclass(frozen=True)
class Column:
    """How one column shows a record.

    ``header`` is the English source text, translated in ``context`` when shown
    (mark it with ``QT_TRANSLATE_NOOP(context, ...)`` so lupdate finds it).
    ``value`` gives the native value (used for sorting); ``display`` turns it
    into the cell's text (default: dates and date-times in the UI's locale).
    """

    name: str
    header: str
    value: Callable[[Any], Any]
    context: str = "Columns"
    display: Callable[[Any], str] | None = None
    sort: Callable[[Any], Any] | None = None  # when the order is not the value's own
    tooltip: Callable[[Any], str | None] | None = None
    decoration: Callable[[Any], QIcon | None] | None = None
    font: Callable[[Any], QFont | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    alignment: Qt.AlignmentFlag | None = None
    header_tooltip: str | None = None  # a source text in ``context`` too
    max_width: int | None = None  # px when columns are fitted to contents (long place names)

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)

    def text(self, record: Any) -> str:
        value = self.value(record)
        return self.display(value) if self.display else format_value(value)

    def sort_value(self, record: Any) -> Any:
        return self.sort(record) if self.sort else self.value(record)


def attribute(name: str) -> Callable[[Any], Any]:
    """A value getter reading one attribute of the record."""
    return lambda record: getattr(record, name)


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of records, with an id and a key per row."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        id_of: Callable[[Any], int | None] = lambda record: getattr(record, "id", None),
        key_of: Callable[[Any], str | None] = lambda record: getattr(record, "key", None),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._id_of = id_of
        self._key_of = key_of
        self._all: list[Any] = []
        self._rows: list[Any] = []  # the records shown: all, or the search's matches
        self._search = ""
        self._search_keys: list[str] | None = None  # built on first search, per language

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
        """Replace every record (one reset; views keep their sort and column layout)."""
        self.beginResetModel()
        self._all = list(records)
        self._search_keys = None
        self._rows = self._matching(self._search)
        self.endResetModel()

    def all_records(self) -> list[Any]:
        return list(self._all)

    def total_count(self) -> int:
        return len(self._all)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def record_at(self, index: Index) -> Any | None:
        return self._rows[index.row()] if index.isValid() and index.model() is self else None

    def row_of_key(self, key: str) -> int | None:
        return next(
            (row for row, record in enumerate(self._rows) if self._key_of(record) == key), None
        )

    def id_of(self, record: Any) -> int | None:
        return self._id_of(record)

    def key_of(self, record: Any) -> str | None:
        return self._key_of(record)

    # ------------------------------------------------------------------ search

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only the records whose cells contain every word of ``text``."""
        text = " ".join(text.casefold().split())
        if text == self._search:
            return
        self.beginResetModel()
        self._search = text
        self._rows = self._matching(text)
        self.endResetModel()

    def _matching(self, text: str) -> list[Any]:
        if not text:
            return list(self._all)
        if self._search_keys is None:
            self._search_keys = [self._search_key(record) for record in self._all]
        words = text.split()
        return [
            record
            for record, key in zip(self._all, self._search_keys, strict=True)
            if all(word in key for word in words)
        ]

    def _search_key(self, record: Any) -> str:
        return "\x1f".join(column.text(record) for column in self._columns).casefold()

    def retranslate(self) -> None:
        """The language changed: headers and translated cells are redrawn, searched again."""
        self._search_keys = None
        matching = self._matching(self._search) if self._search else self._rows
        if len(matching) != len(self._rows) or any(
            a is not b for a, b in zip(matching, self._rows, strict=True)
        ):
            self.beginResetModel()  # the search matches other rows in the new language
            self._rows = matching
            self.endResetModel()
        elif self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_value(record)
        if role == ID_ROLE:
            return self._id_of(record)
        if role == KEY_ROLE:
            return self._key_of(record)
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
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class RecordSortProxy(QSortFilterProxyModel):
    """Sorts a RecordTableModel by its columns' native values.

    A QVariant holding a Python ``date`` does not compare, so the proxy compares
    the values in Python: empty cells last, texts with the locale's collation
    (numbers inside texts in numeric order), everything else natively.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._collator = QCollator()
        self.refresh_collation()

    def refresh_collation(self) -> None:
        """Use the interface language's alphabet (Ł after L in Polish)."""
        self._collator = QCollator(ui_locale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.invalidate()

    def lessThan(self, left: Index, right: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel):
            return super().lessThan(left, right)
        column = source.columns[left.column()]
        a = column.sort_value(source.record(left.row()))
        b = column.sort_value(source.record(right.row()))
        return _less(a, b, self._collator)


def _less(a: Any, b: Any, collator: QCollator) -> bool:
    if _empty(a) or _empty(b):
        return not _empty(a) and _empty(b)  # empty cells after filled ones
    if isinstance(a, str) and isinstance(b, str):
        return collator.compare(a, b) < 0
    if isinstance(a, tuple) and isinstance(b, tuple):
        for x, y in zip(a, b, strict=False):
            if _less(x, y, collator):
                return True
            if _less(y, x, collator):
                return False
        return len(a) < len(b)
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        # A bare date against a date-time: compare the days, the bare date first.
        return _as_datetime(a) < _as_datetime(b)
    try:
        return bool(a < b)
    except TypeError:
        return collator.compare(str(a), str(b)) < 0


def _as_datetime(value: dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return dt.datetime.combine(value, dt.time.min)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == ()
