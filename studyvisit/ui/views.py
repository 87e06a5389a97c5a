"""Item views over Python models that keep painting while a worker runs Python code.

Painting a view over a Python model calls into Python for every visible cell
(``data()`` for some eight roles, ``flags()``, ``rowCount()``...). Painted from
the event loop, each of those calls takes the interpreter lock anew, and while a
worker runs Python code (a badge run, an import) each take waits for the
worker to hand the lock over: a repaint of 10 ms took 220-250 ms (measured,
`benchmarks/bench_paint_while_busy.py`), long enough to see the window stall.
A ``paintEvent`` written in Python is entered with the lock held, and the
calls into the model made while it runs find it held: the same repaint takes
about 30 ms. These classes do only that; use them for every view whose model
is written in Python.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHeaderView, QListView, QTableView


class TableView(QTableView):
    """A QTableView that paints its cells and its headers holding the interpreter lock."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Set up as QTableView sets up its own, before anything else is set on them.
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            header = HeaderView(orientation, self)
            header.setSectionsClickable(True)
            header.setHighlightSections(True)
            if orientation == Qt.Orientation.Horizontal:
                self.setHorizontalHeader(header)
            else:
                self.setVerticalHeader(header)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)


class HeaderView(QHeaderView):
    """A QHeaderView that asks the model for its titles holding the interpreter lock."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)


class ListView(QListView):
    """A QListView that paints its items holding the interpreter lock."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
