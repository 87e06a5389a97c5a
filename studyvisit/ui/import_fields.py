"""What the import wizard calls the fields a source column can be mapped to.

The field names stay as :mod:`studyvisit.importing` spells them (``ASSIGNABLE``);
only their labels are translated, in the explicit context ``ImportField``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studyvisit.importing import ASSIGNABLE

IGNORED = "ignored"  # importing.fields.IGNORED: the column is read by nobody
KEEP_IN_NOTES = None  # no field: the column goes to the notes as "Header: value"

_LABELS = {
    "surname": QT_TRANSLATE_NOOP("ImportField", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("ImportField", "Given names"),
    "patronymic": QT_TRANSLATE_NOOP("ImportField", "Patronymic"),
    "surname_latin": QT_TRANSLATE_NOOP("ImportField", "Surname (Latin, as in passport)"),
    "given_names_latin": QT_TRANSLATE_NOOP("ImportField", "Given names (Latin, as in passport)"),
    "organisation": QT_TRANSLATE_NOOP("ImportField", "Organisation"),
    "position": QT_TRANSLATE_NOOP("ImportField", "Position"),
    "country": QT_TRANSLATE_NOOP("ImportField", "Country"),
    "category": QT_TRANSLATE_NOOP("ImportField", "Category"),
    "email": QT_TRANSLATE_NOOP("ImportField", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportField", "Date of birth"),
    "passport_number": QT_TRANSLATE_NOOP("ImportField", "Passport number"),
    "passport_expiry": QT_TRANSLATE_NOOP("ImportField", "Passport expiry"),
    "gender": QT_TRANSLATE_NOOP("ImportField", "Gender"),
    "dietary": QT_TRANSLATE_NOOP("ImportField", "Dietary needs"),
    "arrival": QT_TRANSLATE_NOOP("ImportField", "Arrival (date and time)"),
    "departure": QT_TRANSLATE_NOOP("ImportField", "Departure (date and time)"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "Notes"),
    "full_name": QT_TRANSLATE_NOOP("ImportField", "Full name (surname, given names…)"),
    "full_name_latin": QT_TRANSLATE_NOOP("ImportField", "Full name (Latin, as in passport)"),
    "given_and_patronymic": QT_TRANSLATE_NOOP("ImportField", "Given names and patronymic"),
    "arrival_date": QT_TRANSLATE_NOOP("ImportField", "Arrival date"),
    "arrival_time": QT_TRANSLATE_NOOP("ImportField", "Arrival time"),
    "departure_date": QT_TRANSLATE_NOOP("ImportField", "Departure date"),
    "departure_time": QT_TRANSLATE_NOOP("ImportField", "Departure time"),
    "salutation": QT_TRANSLATE_NOOP("ImportField", "Title (Mr, Ms…)"),
    IGNORED: QT_TRANSLATE_NOOP("ImportField", "Ignore this column"),
}
_KEEP_IN_NOTES_LABEL = QT_TRANSLATE_NOOP("ImportField", "Keep in notes")


def field_label(field: str | None) -> str:
    """The translated name of ``field`` (None: the column is kept in the notes)."""
    if field is KEEP_IN_NOTES:
        return QCoreApplication.translate("ImportField", _KEEP_IN_NOTES_LABEL)
    source = _LABELS.get(field)
    # A field the importer learnt after this table was written still gets a readable name.
    return QCoreApplication.translate("ImportField", source) if source else field.replace("_", " ")


def field_choices() -> list[str | None]:
    """The drop-down's order: keep in notes, ignore, then every field the importer knows."""
    return [KEEP_IN_NOTES, IGNORED, *(field for field in ASSIGNABLE if field != IGNORED)]


def column_letters(index: int) -> str:
    """The spreadsheet letters of a 0-based column index (0: A, 26: AA)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
