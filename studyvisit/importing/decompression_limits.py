"""Refuse decompression bombs before any parser sees them.

A workbook is a zip archive; a few kilobytes can unpack to gigabytes, and a sheet with one
cell at A1 and another at XFD1048576 makes the reader allocate a grid of 17 billion cells.
These checks read the zip directory (declared sizes and ratios) and scan the sheets' XML for
how far their cells reach, in bounded memory, before the workbook is opened."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from studyvisit.importing.biff_extent import EncryptedWorkbook, biff_extent
from studyvisit.importing.compound_file import CompoundFile, CompoundFileError
from studyvisit.importing.errors import refuse
from studyvisit.importing.ods_extent import ods_extent

MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200
RATIO_CHECK_FROM = 8 * 1024 * 1024  # small members may compress very well, harmlessly
MAX_MEMBERS = 10_000
# The readers build a grid as large as the farthest cells reach: 10 million cells is some
# 300 MB and 380,000 rows even at 26 columns, far beyond any delegate list.
MAX_CELLS = 10_000_000
MAX_REPEATED_ROWS = 10_000  # a filled row repeated this often (columns: 1,000) is no list
FULL_SCAN_UP_TO = 16 * 1024 * 1024  # uncompressed sheet XML scanned cell by cell
_CHUNK = 1 << 20

_DAMAGED = "Ask for the file again, or open it in a spreadsheet program and save it anew."
_BOMB_ADVICE = "It is refused as a possible decompression bomb; ask the sender for the list itself."
_ROW_TAG = re.compile(rb"row\b[^>]*? r=\"(\d+)\"")
# Cell references (r="AB12", in any attribute position); row tags have digits only.
_CELL_REF = re.compile(rb" r=\"([A-Z]{1,3})(\d+)\"")
_WIDE_CELL = re.compile(rb" r=\"[A-Z]{2}")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]+\d+:)?\$?([A-Z]{1,3})\$?(\d+)\"")
_REPEATED = re.compile(rb"number-(rows|columns)-repeated=\"(\d{4,})\"")
_ODS_CONTENT = re.compile(rb"office:value-type|<text:p|<text:span")


@dataclass(frozen=True, slots=True)
class SheetExtent:
    """How far a sheet's cells reach: the highest row and column numbers (1-based)."""

    rows: int
    columns: int

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


def check_archive(path: Path) -> None:
    """Refuse a zip whose declared contents are too big or compress suspiciously well."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise refuse(
            path,
            "the workbook is damaged or incomplete (the zip structure cannot be read)",
            "Ask for the file again, or open it in a spreadsheet program and save it anew.",
        ) from error
    if len(members) > MAX_MEMBERS:
        raise refuse(path, f"the workbook holds {len(members)} parts", _BOMB_ADVICE)
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECK_FROM and ratio > MAX_RATIO:
            raise refuse(
                path,
                f"its part {member.filename} would unpack {ratio:.0f} times its size "
                f"({member.file_size // (1024 * 1024)} MB)",
                _BOMB_ADVICE,
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise refuse(
            path,
            f"it would unpack to {total // (1024 * 1024)} MB, more than the "
            f"{MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB a delegate list can need",
            _BOMB_ADVICE,
        )


# Every capital letter as "A": a cell reference with two or more letters (column AA or
# beyond) then reads ' r="AA', which bytes.find spots far faster than a regular expression
# tries each of a sheet's million cell references.
_CAPITALS_AS_A = bytes.maketrans(bytes(range(65, 91)), b"A" * 26)


def _has_wide_cell(buffer: bytes) -> bool:
    """Whether ``buffer`` holds a cell reference past column Z (as ``_WIDE_CELL`` matches)."""
    return b' r="AA' in buffer.translate(_CAPITALS_AS_A)


def xlsx_sheet_extent(archive: zipfile.ZipFile, member: str) -> SheetExtent:
    """The extent of an Office Open XML worksheet, scanned in chunks without parsing it."""
    max_row = 0
    max_column = 1
    tail = b""
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            buffer = tail + chunk
            # Rows come in order; the last row tag of a chunk is its highest.
            last = buffer.rfind(b"<row ")
            if last < 0:
                last = max(buffer.rfind(b":row "), 0)
            for match in _ROW_TAG.finditer(buffer, last):
                max_row = max(max_row, int(match.group(1)))
            if _has_wide_cell(buffer):
                for match in _CELL_REF.finditer(buffer):
                    letters, row = match.groups()
                    max_column = max(max_column, _column_number(letters))
                    max_row = max(max_row, int(row))
            elif max_column < 26:
                for match in _CELL_REF.finditer(buffer, max(len(buffer) - 4096, 0)):
                    max_column = max(max_column, _column_number(match.group(1)))
            tail = buffer[-256:]
    if max_column <= 26:
        max_column = 26  # single letters: at most Z, without reading every cell
    return SheetExtent(max_row, max_column)


def declared_extent(archive: zipfile.ZipFile, member: str) -> SheetExtent | None:
    """The extent a worksheet declares in its ``<dimension ref="A1:N100001"/>``, if any."""
    with archive.open(member) as stream:
        head = stream.read(4096)
    match = _DIMENSION.search(head)
    if match is None:
        return None
    return SheetExtent(int(match.group(2)), _column_number(match.group(1)))


def check_xlsx_sheet(path: Path, member: str, sheet_name: str) -> None:
    """Refuse a worksheet whose cells reach so far that reading it would exhaust memory.

    Small sheets (where a bomb of a few kilobytes would hide) are scanned cell by cell. A big
    sheet is judged by the extent it declares, as Excel and LibreOffice write it: scanning
    100,000 rows would cost a sixth of the reading itself, and such a sheet cannot be the
    few-kilobyte file that unpacks to a 17-billion-cell grid."""
    try:
        with zipfile.ZipFile(path) as archive:
            size = archive.getinfo(member).file_size
            extent = declared_extent(archive, member) if size > FULL_SCAN_UP_TO else None
            if extent is None:
                extent = xlsx_sheet_extent(archive, member)
    except KeyError:
        return  # a sheet part the workbook names but lacks: the reader reports it
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise refuse(
            path, f"the sheet '{sheet_name}' is damaged and cannot be unpacked", _DAMAGED
        ) from error
    _refuse_extent(path, f"the sheet '{sheet_name}'", extent.rows, extent.columns)


def _refuse_extent(path: Path, where: str, rows: int, columns: int) -> None:
    if rows * columns > MAX_CELLS:
        raise refuse(
            path,
            f"{where} reaches row {rows:,} and column {columns:,}, far beyond any delegate list",
            "Delete the rows and columns after the list (or copy the list to a new sheet), "
            "save, and import again.",
        )


def check_xls(path: Path, data: bytes) -> None:
    """Refuse a legacy workbook that is encrypted or whose cells reach too far."""
    try:
        stream = CompoundFile(data).read("Workbook")
    except KeyError:
        try:
            stream = CompoundFile(data).read("Book")
        except (KeyError, CompoundFileError) as error:
            raise refuse(path, "the workbook has no sheets to read", _DAMAGED) from error
    except CompoundFileError as error:
        raise refuse(
            path, "the workbook is damaged (its structure cannot be read)", _DAMAGED
        ) from error
    try:
        rows, columns = biff_extent(stream)
    except EncryptedWorkbook as error:
        raise refuse(
            path,
            "the workbook is protected by a password",
            "Open it with the password, save a copy without one and import that copy.",
        ) from error
    except struct.error as error:
        raise refuse(path, "the workbook is damaged (a record is cut short)", _DAMAGED) from error
    _refuse_extent(path, "a sheet", rows, columns)


def check_ods_content(path: Path) -> None:
    """Refuse an OpenDocument spreadsheet whose filled cells reach too far, or (for a big
    one, where reading every element would cost too much) that repeats filled rows or cells
    thousands of times."""
    try:
        with zipfile.ZipFile(path) as archive:
            small = archive.getinfo("content.xml").file_size <= FULL_SCAN_UP_TO
            if small:
                with archive.open("content.xml") as stream:
                    rows, columns = ods_extent(stream)
        if small:
            _refuse_extent(path, "a sheet", rows, columns)
            return
        _scan_ods_content(path)
    except KeyError as error:
        raise refuse(
            path, "the spreadsheet has no content part", "Ask for the file again."
        ) from error
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        expat.ExpatError,
        ValueError,
    ) as error:
        raise refuse(
            path,
            "the spreadsheet is damaged and cannot be unpacked",
            "Ask for the file again, or open it in a spreadsheet program and save it anew.",
        ) from error


def _scan_ods_content(path: Path) -> None:
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        tail = b""
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return
            buffer = tail + chunk
            for match in _REPEATED.finditer(buffer):
                if _repeats_content(buffer, match):
                    raise refuse(
                        path,
                        f"a sheet repeats a filled {match.group(1)[:-1].decode()} "
                        f"{int(match.group(2)):,} times",
                        _BOMB_ADVICE,
                    )
            tail = buffer[-65536:]


def _repeats_content(buffer: bytes, match: re.Match[bytes]) -> bool:
    """True when the repeated row or cell of ``match`` holds a value (not just a style)."""
    rows = match.group(1) == b"rows"
    if rows and int(match.group(2)) < MAX_REPEATED_ROWS:
        return False
    tag_start = buffer.rfind(b"<", 0, match.start())
    tag_end = buffer.find(b">", match.end())
    if tag_start < 0 or tag_end < 0:
        return False
    if b"office:value-type" in buffer[tag_start:tag_end]:
        return True
    if buffer[tag_end - 1 : tag_end] == b"/":
        return False  # an empty self-closing cell or row
    closing = b"</table:table-row>" if rows else b"</table:table-cell>"
    end = buffer.find(closing, tag_end)
    window = buffer[tag_end : end if end >= 0 else tag_end + 65536]
    return bool(_ODS_CONTENT.search(window))
