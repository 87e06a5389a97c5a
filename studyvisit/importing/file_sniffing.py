"""What kind of file this is, by its content, whatever its name says."""

from __future__ import annotations

import zipfile
from enum import StrEnum
from pathlib import Path

from studyvisit.importing import compound_file
from studyvisit.importing.errors import ImportFileError, refuse

_SNIFF_BYTES = 8192
_OPEN_AGAIN = "Open it in a spreadsheet program, save it as .xlsx or .csv and import that file."


class FileKind(StrEnum):
    XLSX = "xlsx"  # also .xlsm: Office Open XML workbooks
    XLSB = "xlsb"
    ODS = "ods"
    XLS = "xls"
    CSV = "csv"  # any delimited text: .csv, .txt, .tsv


# Magic numbers of files people attach by mistake.
_NOT_SPREADSHEETS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"BM", "a bitmap image"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"{\\rtf", "an RTF document"), (b"\x00\x00\x01\x00", "an icon"),
    (b"MZ", "a program"), (b"\x7fELF", "a program"),
)  # fmt: skip


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, OSError, KeyError, ValueError) as error:
        raise refuse(
            path,
            "the workbook is damaged or incomplete (the zip structure cannot be read)",
            "Ask for the file again, or open it in a spreadsheet program and save it anew.",
        ) from error
    if "xl/workbook.xml" in names:
        return FileKind.XLSX
    if "xl/workbook.bin" in names:
        return FileKind.XLSB
    if b"opendocument.spreadsheet" in mimetype or ("content.xml" in names and not mimetype):
        return FileKind.ODS
    if "word/document.xml" in names:
        raise refuse(path, "this is a Word document, not a spreadsheet", _OPEN_AGAIN)
    if "ppt/presentation.xml" in names:
        raise refuse(path, "this is a PowerPoint presentation, not a spreadsheet", _OPEN_AGAIN)
    if b"opendocument" in mimetype:
        raise refuse(path, "this is an OpenDocument file but not a spreadsheet", _OPEN_AGAIN)
    raise refuse(
        path, "this is a zip archive, not a spreadsheet", "Unpack it and import the list inside."
    )


def _compound_kind(path: Path, data: bytes) -> FileKind:
    try:
        names = {name.lower() for name in compound_file.stream_names(data)}
    except compound_file.CompoundFileError as error:
        raise refuse(
            path,
            "the workbook is damaged (its compound-file structure cannot be read)",
            "Ask for the file again, or open it in a spreadsheet program and save it anew.",
        ) from error
    if "encryptioninfo" in names or "encryptedpackage" in names:
        raise refuse(
            path,
            "the workbook is protected by a password (an encrypted Office file)",
            "Open it with the password, save a copy without one and import that copy.",
        )
    if "workbook" in names or "book" in names:
        return FileKind.XLS
    if "worddocument" in names:
        raise refuse(path, "this is a Word document, not a spreadsheet", _OPEN_AGAIN)
    raise refuse(path, "this Office file holds no workbook", _OPEN_AGAIN)


def sniff(path: Path) -> FileKind:
    """The kind of spreadsheet at ``path``, read from its first bytes and, for zip and OLE2
    containers, their member names; raises :class:`ImportFileError` for anything else."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise ImportFileError(f"{path.name}: no such file.", path) from None
    except IsADirectoryError:
        raise ImportFileError(f"{path.name}: this is a folder, not a file.", path) from None
    except OSError as error:
        raise ImportFileError(f"{path.name}: cannot be read ({error.strerror}).", path) from None
    if not head:
        raise refuse(path, "the file is empty (0 bytes)", "Ask for the file again.")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.startswith(compound_file.MAGIC):
        return _compound_kind(path, path.read_bytes())
    for magic, what in _NOT_SPREADSHEETS:
        if head.startswith(magic):
            raise refuse(path, f"this is {what}, not a spreadsheet", _OPEN_AGAIN)
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table")):
        raise refuse(path, "this is a web page (HTML) saved under a spreadsheet name", _OPEN_AGAIN)
    if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        raise refuse(
            path, "this is an Excel 2003 XML spreadsheet, which is not supported", _OPEN_AGAIN
        )
    return FileKind.CSV
