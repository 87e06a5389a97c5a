"""Make text safe to put in a spreadsheet cell (STYLE.md item 11).

Delegate names and organisations come from other people's files, so every cell
we write is cleaned here first:

* characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
  are dropped, since one of them makes the whole workbook unreadable;
* text a spreadsheet would read as a formula (it begins with ``= + - @``, a tab
  or a carriage return, or their full-width forms) is *formula-like*: the xlsx
  writer keeps it a string cell, and the CSV writer prefixes an apostrophe as
  OWASP's "CSV injection" page recommends.
"""

from __future__ import annotations

import re

# XML 1.0 allows TAB, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and U+10000 upwards.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) are read as operators by some
# spreadsheet locales, so they count as well.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
CSV_NEUTRALISER = "'"
# Excel refuses longer texts in one cell.
XLSX_MAX_TEXT = 32_767


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    if text.isprintable():  # the usual case, checked in C; no control character in it
        return text
    return _XML_ILLEGAL.sub("", text)


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would take ``text`` typed into a cell for a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_text(text: str) -> str:
    """``text`` cleaned for a CSV cell, with an apostrophe before formula-like text."""
    if not text.isprintable():
        text = _XML_ILLEGAL.sub("", text)
    return CSV_NEUTRALISER + text if text.startswith(FORMULA_TRIGGERS) else text


def xlsx_text(text: str) -> str:
    """``text`` cleaned for an xlsx string cell: line ends as LF, at most 32,767 characters.

    XML parsers turn CR and CRLF into LF anyway; doing it here keeps what we
    write equal to what a reader gets back.
    """
    if not text.isprintable():
        text = _XML_ILLEGAL.sub("", text)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if len(text) <= XLSX_MAX_TEXT else text[:XLSX_MAX_TEXT]
