"""Cell values to delegate field values. Each converter takes a non-empty cell (str, int,
float, bool, date, datetime, time...) and returns the field's value, or raises
:class:`ValueProblem` with a message for the coordinator. Text is never evaluated: a cell that
reads "=1+2" or "+375..." is that text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from studyvisit.importing import dates
from studyvisit.importing.categories import category_value
from studyvisit.importing.countries import country_code
from studyvisit.importing.text_folding import fold

# The same rule as the delegate service applies: one @, a dot in the domain, no spaces.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PLAIN_EMAIL = re.compile(r"^[^@\s;,<>()\[\]\"':]+@[^@\s;,<>()\[\]\"':]+\.[^@\s;,<>()\[\]\"':]+$")
_EMAIL_SEPARATORS = re.compile(r"[;,\s]+")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+]?\d+$")
# Cyrillic letters that look like Latin ones, as typed in passport series (МР for MP).
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХІУ", "ABEKMHOPCTXIY")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

Converter = Callable[[object], object]


class ValueProblem(ValueError):
    """A cell that cannot become its field's value. ``keep`` is a value to use anyway (or
    None); ``to_notes`` asks for the cell to be kept in the notes so nothing is lost."""

    def __init__(self, message: str, keep: object = None, to_notes: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.keep = keep
        self.to_notes = to_notes


def number_text(value: float | int) -> str:
    """A number as a person reads it in the cell: 375291234567.0 -> '375291234567'."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def cell_text(value: object) -> str:
    """Any cell as text, the way a spreadsheet shows it (dates as ISO, whole numbers whole)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        if value.second:
            return value.strftime("%Y-%m-%d %H:%M:%S")
        return value.strftime("%Y-%m-%d %H:%M" if value.time() else "%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def is_blank(value: object) -> bool:
    """True for an empty cell, whitespace, or a lone dash standing for 'nothing'."""
    if value is None:
        return True
    if isinstance(value, str):
        stripped = value.strip()
        return not stripped or stripped in ("-", "--", "—", "–", "---", "n/a", "N/A")
    return False


def text(value: object) -> str | None:
    """Single-line text: trimmed, inner whitespace collapsed."""
    if value.__class__ is str or isinstance(value, str):
        return " ".join(value.split()) or None
    return cell_text(value)


def multiline_text(value: object) -> str | None:
    """Text whose line breaks matter (notes): each line trimmed, empty lines dropped."""
    if not isinstance(value, str):
        return cell_text(value)
    lines = [" ".join(line.split()) for line in value.splitlines()]
    return "\n".join(line for line in lines if line) or None


def email(value: object) -> str | None:
    """A lower-cased e-mail address; the first of several; ValueProblem when it is not one."""
    if value.__class__ is str:
        quick = value.strip().lower()  # type: ignore[attr-defined]
        if _PLAIN_EMAIL.match(quick):
            return quick
    raw = cell_text(value).strip()
    if is_blank(raw):
        return None
    if raw.lower().startswith("mailto:"):
        raw = raw[7:]
    candidates = [part for part in _EMAIL_SEPARATORS.split(raw.lower()) if part]
    valid = [part.strip("<>()[]\"'") for part in candidates]
    valid = [part for part in valid if EMAIL_PATTERN.match(part)]
    if not valid:
        raise ValueProblem(f"'{raw}' is not an e-mail address")
    if len(valid) > 1:
        raise ValueProblem(
            f"several e-mail addresses; kept {valid[0]}, the others are in the notes",
            keep=valid[0],
        )
    return valid[0]


def phone(value: object) -> str | None:
    """A phone number as text, never in scientific notation; a leading + kept."""
    if value.__class__ is float and value.is_integer():  # type: ignore[attr-defined]
        return str(int(value))  # type: ignore[call-overload]
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number_text(value)
    raw = " ".join(cell_text(value).split())
    if is_blank(raw):
        return None
    if _SCIENTIFIC.match(raw):
        raise ValueProblem(
            f"the phone number was saved as {raw} and its last digits are lost; "
            "type it in again as text"
        )
    return raw or None


def passport_number(value: object) -> str | None:
    """Upper case without spaces; Cyrillic look-alikes in a series become Latin (МР -> MP)."""
    if value.__class__ is str:
        quick = "".join(value.split()).upper()  # type: ignore[attr-defined]
        if quick.isalnum() and quick.isascii() and not quick.startswith(("NR", "NO")):
            return quick
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number_text(value)
    compact = "".join(cell_text(value).split()).upper()
    if is_blank(compact):
        return None
    if compact.startswith(("№", "NO.", "NR")) and len(compact) > 4:
        compact = compact.lstrip("№").removeprefix("NO.").removeprefix("NR").lstrip(".:")
    if _CYRILLIC.search(compact):
        latin = compact.translate(_LOOKALIKES)
        if not _CYRILLIC.search(latin):
            compact = latin
    return compact or None


def _date(value: object, *, prefer_past: bool, what: str) -> dt.date:
    try:
        return dates.cell_date(value, prefer_past=prefer_past)
    except ValueError as error:
        if str(error) == "only a year":
            raise ValueProblem(
                f"{what}: only a year ({cell_text(value)}), not a full date"
            ) from None
        raise ValueProblem(f"{what}: cannot read '{cell_text(value)}' as a date") from None


_EARLIEST_BIRTH = dt.date(1900, 1, 1)
_SURELY_PAST = dt.date.today() - dt.timedelta(days=1)


def date_of_birth(value: object) -> dt.date:
    """A plausible date of birth (after 1900, not in the future)."""
    born = _date(value, prefer_past=True, what="date of birth")
    if born < _EARLIEST_BIRTH or (born > _SURELY_PAST and born > dt.date.today()):
        raise ValueProblem(f"date of birth {born.isoformat()} is not possible")
    return born


def passport_expiry(value: object) -> dt.date:
    """The passport's expiry date."""
    return _date(value, prefer_past=False, what="passport expiry")


def date_time(value: object) -> dt.datetime:
    """A date-time (arrival, departure); a date alone means midnight."""
    try:
        return dates.cell_datetime(value)
    except ValueError:
        raise ValueProblem(f"cannot read '{cell_text(value)}' as a date and time") from None


def time_of_day(value: object) -> dt.time:
    """A time of day (a separate arrival or departure time column)."""
    try:
        return dates.cell_time(value)
    except ValueError:
        raise ValueProblem(f"cannot read '{cell_text(value)}' as a time") from None


_GENDERS: dict[str, str] = {}
for _word in (
    "m", "male", "man", "men", "mr", "mezczyzna", "meski", "pan", "м", "муж", "мужской",
    "мужчина", "мужчына", "мужчынскi", "мужч", "ч", "чол", "чоловiча", "чоловiк", "чоловiчий",
    "г н", "господин", "спадар",
):  # fmt: skip
    _GENDERS[fold(_word)] = "male"
for _word in (
    "f", "female", "woman", "women", "k", "kobieta", "zenski", "ms", "mrs", "miss", "pani",
    "ж", "жен", "женский", "женщина", "жанчына", "жаночы", "жiн", "жiноча", "жiнка",
    "жiночий", "г жа", "госпожа", "спадарыня", "w",
):  # fmt: skip
    _GENDERS[fold(_word)] = "female"


@lru_cache(maxsize=256)
def _gender_of(raw: str) -> str | None:
    key = fold(raw)
    return _GENDERS.get(key) or _GENDERS.get(key.split(" ", 1)[0]) if key else None


def gender(value: object) -> str | None:
    """'female' or 'male' from м/ж, M/F, K/M (Polish: K kobieta, M mężczyzna), words..."""
    raw = cell_text(value)
    found = _gender_of(raw)
    if found is None:
        raise ValueProblem(f"cannot tell a gender from '{raw}'")
    return found


def salutation_gender(value: object) -> str | None:
    """The gender a salutation tells (Mr, Mrs, Ms, Pan, Pani), or None (Dr, Prof)."""
    key = fold(cell_text(value))
    if key in ("mr", "mrs", "ms", "miss", "pan", "pani", "г н", "г жа"):
        return _GENDERS[key]
    return None


@lru_cache(maxsize=1024)
def _country_of(raw: str) -> str | None:
    return country_code(raw)


def country(value: object) -> str:
    """An ISO alpha-2 code from a country name or code in any of our languages."""
    raw = " ".join(cell_text(value).split())
    found = _country_of(raw)
    if found is None and "/" in raw:  # "Belarus / Беларусь"
        codes = {_country_of(part) for part in raw.split("/")} - {None}
        found = codes.pop() if len(codes) == 1 else None
    if found is None:
        raise ValueProblem(f"unknown country '{raw}'; write its name or ISO code (BY, PL)")
    return found


def category(value: object) -> str:
    """One of the contract's categories from a category column's cell."""
    raw = " ".join(cell_text(value).split())
    found = category_value(raw)
    if found is None:
        raise ValueProblem(f"unknown category '{raw}'")
    return found
