"""Reading delegate lists from the spreadsheets partners send: pure, no database, no Qt.

``read_delegate_file(path)`` returns a :class:`DelegateFileResult` with one
:class:`ImportedRow` of contract fields per data row, its problems, and how each column was
recognised; a file that cannot be a delegate list raises :class:`ImportFileError`.
``read_sheet_preview(path)`` shows a sheet's first rows as they are, for choosing columns by
hand (then ``read_delegate_file(path, mapping={column index: field})``). The
transliteration of names and the comparison with delegates already in a visit belong to the
delegate service; :func:`find_duplicate_rows`, :func:`person_keys` and :func:`same_person`
give it the rule for recognising the same person."""

from studyvisit.importing.delegate_file import read_delegate_file
from studyvisit.importing.duplicates import (
    DuplicateRow,
    PersonKeys,
    find_duplicate_rows,
    person_keys,
    same_person,
)
from studyvisit.importing.errors import ImportFileError
from studyvisit.importing.fields import ASSIGNABLE, DELEGATE_FIELDS
from studyvisit.importing.result import ColumnMapping, DelegateFileResult, ImportedRow, Problem
from studyvisit.importing.sheet_preview import SheetPreview, read_sheet_preview

__all__ = [
    "ASSIGNABLE",
    "DELEGATE_FIELDS",
    "ColumnMapping",
    "DelegateFileResult",
    "DuplicateRow",
    "ImportFileError",
    "ImportedRow",
    "PersonKeys",
    "Problem",
    "SheetPreview",
    "find_duplicate_rows",
    "person_keys",
    "read_delegate_file",
    "read_sheet_preview",
    "same_person",
]
