"""Workbooks (.xlsx/.xlsm, .xlsb, .ods, .xls) through python-calamine.

calamine was measured against openpyxl's read-only mode on 100,000 rows x 14 columns
(``benchmarks/bench_import_read.py``) and is several times faster; it also reads .xls and .ods,
which openpyxl does not. It returns the cached values of formula cells and never evaluates
anything."""

from __future__ import annotations

import itertools
import posixpath
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from xml.etree import ElementTree

import python_calamine as calamine

from studyvisit.importing import decompression_limits
from studyvisit.importing.errors import refuse
from studyvisit.importing.file_sniffing import FileKind
from studyvisit.importing.readers.sheet_rows import SheetRows

_DAMAGED_ADVICE = "Ask for the file again, or open it in a spreadsheet program and save it anew."
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _is_fatal(error: BaseException) -> bool:
    return isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError)


class Workbook:
    """An open workbook: its sheet names and each sheet's rows on demand."""

    def __init__(self, path: Path, kind: FileKind) -> None:
        self.path = path
        self.kind = kind
        self._sheet_members: dict[str, str] = {}
        if kind in (FileKind.XLSX, FileKind.XLSB, FileKind.ODS):
            decompression_limits.check_archive(path)
        if kind == FileKind.ODS:
            decompression_limits.check_ods_content(path)
        if kind == FileKind.XLS:
            decompression_limits.check_xls(path, path.read_bytes())
        if kind == FileKind.XLSX:
            self._sheet_members = _xlsx_sheet_members(path)
        try:
            self._book = _open(path, kind)
        except calamine.PasswordError as error:
            raise refuse(
                path,
                "the workbook is protected by a password",
                "Open it with the password, save a copy without one and import that copy.",
            ) from error
        except BaseException as error:  # calamine panics surface as BaseException
            if _is_fatal(error):
                raise
            raise refuse(
                path,
                f"the workbook is damaged and cannot be read ({_short(error)})",
                _DAMAGED_ADVICE,
            ) from error
        metadata = self._book.sheets_metadata
        self.sheet_names: list[str] = [sheet.name for sheet in metadata]
        self.visible_sheets: list[str] = [
            sheet.name
            for sheet in metadata
            if sheet.visible == calamine.SheetVisibleEnum.Visible
            and sheet.typ == calamine.SheetTypeEnum.WorkSheet
        ] or list(self.sheet_names)

    def sheet(self, name: str) -> SheetRows:
        """The rows of the sheet called ``name``."""
        member = self._sheet_members.get(name)
        if member is not None:
            decompression_limits.check_xlsx_sheet(self.path, member, name)
        try:
            sheet = self._book.get_sheet_by_name(name)
            rows, first_row, first_column = _rows_of(sheet)
        except BaseException as error:
            if _is_fatal(error):
                raise
            raise refuse(
                self.path,
                f"the sheet '{name}' is damaged and cannot be read ({_short(error)})",
                _DAMAGED_ADVICE,
            ) from error
        return SheetRows(
            name=name,
            rows=rows,
            first_row=first_row,
            first_column=first_column,
            total_rows=sheet.height,
        )

    def close(self) -> None:
        self._book.close()


_SUFFIXES = {
    FileKind.XLSX: (".xlsx", ".xlsm"),
    FileKind.XLSB: (".xlsb",),
    FileKind.ODS: (".ods",),
    FileKind.XLS: (".xls",),
}


def _open(path: Path, kind: FileKind) -> calamine.CalamineWorkbook:
    """calamine picks its reader by the file's extension when given a path, by content when
    given a stream; a path is a little faster, so use it where the two agree."""
    if path.suffix.lower() in _SUFFIXES.get(kind, ()):
        return calamine.CalamineWorkbook.from_path(str(path))
    with path.open("rb") as stream:
        return calamine.CalamineWorkbook.from_filelike(stream)


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _rows_of(sheet: calamine.CalamineSheet) -> tuple[Iterator[Sequence[object]], int, int]:
    """The sheet's rows from its first non-empty one, that row's number and the first column.

    python-calamine's ``iter_rows`` starts at the first used column, and (depending on the
    version) at row 1 or at the first used row; counting the empty rows before the first
    non-empty one tells which."""
    start = sheet.start
    if start is None:
        return iter(()), 1, 0
    start_row, start_column = start
    rows = sheet.iter_rows()
    for first in rows:
        if any(value != "" for value in first):
            break
    else:
        return iter(()), 1, 0
    first_column = start_column if len(first) <= sheet.width else 0
    return itertools.chain((first,), rows), start_row + 1, first_column


def _xlsx_sheet_members(path: Path) -> dict[str, str]:
    """Sheet name -> worksheet part in the zip, from workbook.xml and its relationships."""
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError) as error:
        raise refuse(
            path, "the workbook is damaged (its list of sheets cannot be read)", _DAMAGED_ADVICE
        ) from error
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in relations.iter()
        if rel.tag in (f"{_NS_PKG_REL}Relationship", "Relationship")
    }
    members: dict[str, str] = {}
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"))
        if not target:
            continue
        member = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join("xl", target))
        )
        members[sheet.get("name", "")] = member
    return members
