"""Delimited text files (.csv, .txt, .tsv): encoding, delimiter, rows."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

from studyvisit.importing.errors import refuse
from studyvisit.importing.readers.sheet_rows import SheetRows
from studyvisit.importing.readers.text_encoding import UnknownEncoding, decode_text

DELIMITERS = (";", ",", "\t", "|")
_SAMPLE_LINES = 60
_SEP_LINE = re.compile(r"^\s*\"?sep=(.)\"?\s*$", re.IGNORECASE)
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
MAX_CSV_BYTES = 256 * 1024 * 1024

csv.field_size_limit(16 * 1024 * 1024)


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the sample lines into the same number (>1) of fields most often."""
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        counts = Counter(
            len(row)
            for row in csv.reader(lines, delimiter=delimiter)
            if any(c.strip() for c in row)
        )
        if not counts:
            continue
        width, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = frequency if width > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path) -> SheetRows:
    """Read a delimited text file as one sheet."""
    data = path.read_bytes()
    if len(data) > MAX_CSV_BYTES:
        raise refuse(
            path, f"the file is {len(data) // (1024 * 1024)} MB, too big for a delegate list"
        )
    try:
        decoded = decode_text(data)
    except UnknownEncoding as error:
        if path.suffix.lower() in _WORKBOOK_SUFFIXES:
            raise refuse(
                path,
                "this is not a spreadsheet: its content is neither a workbook nor text",
                "Ask for the file again, saved from a spreadsheet program.",
            ) from error
        raise refuse(
            path,
            "the text is in no encoding we recognise (tried UTF-8, UTF-16, Windows-1250 and "
            "Windows-1251)",
            "Open it in a spreadsheet program and save it as .xlsx or as CSV UTF-8.",
        ) from error
    del data
    text, encoding = decoded.text, decoded.encoding
    lines = text[:65536].splitlines()[:_SAMPLE_LINES]
    delimiter = None
    skip_first = False
    if lines and (hint := _SEP_LINE.match(lines[0])):
        delimiter, skip_first = hint.group(1), True
    if delimiter is None:
        delimiter = detect_delimiter(lines)
    stream = io.StringIO(text, newline="")
    total = text.count("\n") + 1
    del text, decoded  # the stream holds the one copy now
    if skip_first:
        stream.readline()
    rows = csv.reader(stream, delimiter=delimiter)
    return SheetRows(
        name=None,
        rows=rows,
        total_rows=total,
        encoding=encoding,
        delimiter=delimiter,
    )
