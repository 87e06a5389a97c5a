"""Just enough of the Compound File Binary format (OLE2) to list a file's streams and read
one: legacy .xls keeps its sheets in a "Workbook" stream, and Office keeps a
password-protected .xlsx as an "EncryptionInfo" plus "EncryptedPackage" pair in such a file."""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTORS = 1 << 22  # guards against cyclic chains in a damaged file


class CompoundFileError(ValueError):
    """The file starts like a compound file but its structure is damaged."""


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


class CompoundFile:
    """The directory of a compound file held in memory, and its streams on request."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC) or len(data) < 512:
            raise CompoundFileError("not a compound file")
        shift = struct.unpack_from("<H", data, 30)[0]
        if shift not in (9, 12):
            raise CompoundFileError("unknown sector size")
        self._data = data
        self._size = 1 << shift
        self._mini_cutoff = struct.unpack_from("<I", data, 56)[0]
        self._fat = self._read_fat()
        directory = self._chain(struct.unpack_from("<I", data, 48)[0])
        self.entries = [entry for entry in self._entries(directory) if entry.kind]

    def _sector(self, number: int) -> bytes:
        start = (number + 1) * self._size
        if number >= _END_OF_CHAIN - 16 or start + self._size > len(self._data):
            raise CompoundFileError("sector beyond the end of the file")
        return self._data[start : start + self._size]

    def _read_fat(self) -> list[int]:
        data, per_sector = self._data, self._size // 4
        numbers = [
            n for n in struct.unpack_from("<109I", data, 76) if n not in (_FREE, _END_OF_CHAIN)
        ]
        next_difat, seen = struct.unpack_from("<I", data, 68)[0], 0
        while next_difat not in (_FREE, _END_OF_CHAIN):
            seen += 1
            if seen > _MAX_SECTORS:
                raise CompoundFileError("cyclic DIFAT chain")
            entries = struct.unpack(f"<{per_sector}I", self._sector(next_difat))
            numbers.extend(n for n in entries[:-1] if n not in (_FREE, _END_OF_CHAIN))
            next_difat = entries[-1]
        fat: list[int] = []
        for number in numbers:
            fat.extend(struct.unpack(f"<{per_sector}I", self._sector(number)))
        return fat

    def _chain(self, sector: int, table: list[int] | None = None) -> list[int]:
        table = self._fat if table is None else table
        sectors: list[int] = []
        while sector not in (_END_OF_CHAIN, _FREE):
            if len(sectors) > _MAX_SECTORS or sector >= len(table):
                raise CompoundFileError("broken sector chain")
            sectors.append(sector)
            sector = table[sector]
        return sectors

    def _entries(self, directory: list[int]) -> list[_Entry]:
        entries = []
        for sector in directory:
            block = self._sector(sector)
            for offset in range(0, self._size, 128):
                length = struct.unpack_from("<H", block, offset + 64)[0]
                kind = block[offset + 66]
                name = block[offset : offset + max(length - 2, 0)].decode("utf-16-le", "replace")
                start, size = struct.unpack_from("<IQ", block, offset + 116)
                if self._size == 512:
                    size &= 0xFFFFFFFF
                entries.append(_Entry(name, kind if 2 <= length <= 64 else 0, start, size))
        return entries

    def names(self) -> list[str]:
        """The names of all streams and storages."""
        return [entry.name for entry in self.entries]

    def read(self, name: str) -> bytes:
        """The stream called ``name`` (case-insensitive)."""
        entry = next(
            (e for e in self.entries if e.kind == 2 and e.name.lower() == name.lower()), None
        )
        if entry is None:
            raise KeyError(name)
        if entry.size < self._mini_cutoff:
            return self._read_mini(entry)
        data = b"".join(self._sector(n) for n in self._chain(entry.start))
        return data[: entry.size]

    def _read_mini(self, entry: _Entry) -> bytes:
        root = next(e for e in self.entries if e.kind == 5)
        mini_stream = b"".join(self._sector(n) for n in self._chain(root.start))
        first, count = struct.unpack_from("<II", self._data, 60)
        mini_fat: list[int] = []
        for number in self._chain(first)[:count]:
            mini_fat.extend(struct.unpack(f"<{self._size // 4}I", self._sector(number)))
        data = b"".join(
            mini_stream[n * 64 : n * 64 + 64] for n in self._chain(entry.start, mini_fat)
        )
        return data[: entry.size]


def stream_names(data: bytes) -> list[str]:
    """The names of the directory entries (streams and storages) of a compound file."""
    return CompoundFile(data).names()
