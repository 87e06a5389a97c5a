"""How far the cells of a legacy .xls workbook reach, from its BIFF records, read before the
workbook reader builds its grid (which it sizes from the farthest cell)."""

from __future__ import annotations

import struct

# Cell records whose data starts with row and column (u16 each).
_CELLS = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x0006, 0x0201, 0x0205, 0x00D6, 0x0207})
_MULTIPLE = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: last column in the final u16
_FILEPASS = 0x002F  # the workbook is encrypted from here on


class EncryptedWorkbook(ValueError):
    """The Workbook stream announces encryption (a password-protected .xls)."""


def biff_extent(stream: bytes) -> tuple[int, int]:
    """(rows, columns) reached by any cell of any sheet in a BIFF5/8 Workbook stream."""
    max_row = max_column = -1
    offset, end = 0, len(stream) - 4
    unpack = struct.unpack_from
    while offset <= end:
        kind, length = unpack("<HH", stream, offset)
        body = offset + 4
        if kind == _FILEPASS:
            raise EncryptedWorkbook("FILEPASS record")
        if kind in _CELLS and length >= 4:
            row, column = unpack("<HH", stream, body)
            max_row, max_column = max(max_row, row), max(max_column, column)
        elif kind in _MULTIPLE and length >= 6:
            row = unpack("<H", stream, body)[0]
            last = unpack("<H", stream, body + length - 2)[0]
            max_row, max_column = max(max_row, row), max(max_column, last)
        offset = body + length
    return max_row + 1, max_column + 1
