"""How far the filled cells of an OpenDocument spreadsheet reach, counting repeated rows and
cells, read with expat before the workbook reader builds its grid."""

from __future__ import annotations

from typing import IO
from xml.parsers import expat

_CELL_TAGS = ("table:table-cell", "table:covered-table-cell")
_CONTENT_TAGS = ("text:p", "text:span", "text:a", "text:s")


class _Counter:
    """Expat handlers keeping the current row and column, and the farthest filled cell."""

    def __init__(self) -> None:
        self.rows = self.columns = 0
        self._row = self._column = 0
        self._row_repeat = self._cell_repeat = 1
        self._row_filled = self._cell_filled = False
        self._in_cell = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "table:table":
            self._row = 0
        elif name == "table:table-row":
            self._row_repeat = int(attributes.get("table:number-rows-repeated", "1") or 1)
            self._column, self._row_filled = 0, False
        elif name in _CELL_TAGS:
            self._cell_repeat = int(attributes.get("table:number-columns-repeated", "1") or 1)
            self._cell_filled = "office:value-type" in attributes
            self._in_cell = True
        elif self._in_cell and name in _CONTENT_TAGS:
            self._cell_filled = True

    def end(self, name: str) -> None:
        if name in _CELL_TAGS:
            if self._cell_filled:
                self.columns = max(self.columns, self._column + self._cell_repeat)
                self._row_filled = True
            self._column += self._cell_repeat
            self._in_cell = False
        elif name == "table:table-row":
            if self._row_filled:
                self.rows = max(self.rows, self._row + self._row_repeat)
            self._row += self._row_repeat


def ods_extent(stream: IO[bytes]) -> tuple[int, int]:
    """(rows, columns) reached by filled cells in any table of a content.xml stream."""
    counter = _Counter()
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = counter.start
    parser.EndElementHandler = counter.end
    parser.ParseFile(stream)
    return counter.rows, counter.columns
