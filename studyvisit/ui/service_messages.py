"""The services' refusals in the interface language.

The services (shared with the command line) say why they refuse a value in
English and name the field by its code: ``passport_expiry: '31.02.2030' is
not a date; write it as 2027-05-31 or 31.05.2027.`` The window shows the
messages a coordinator meets while typing in its language, with the field's
label; a message not known here is shown as the service wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studyvisit.ui.i18n import fill

CONTEXT = "ServiceMessages"

FIELDS = {
    "surname": QT_TRANSLATE_NOOP("ServiceMessages", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("ServiceMessages", "Given names"),
    "patronymic": QT_TRANSLATE_NOOP("ServiceMessages", "Patronymic"),
    "surname_latin": QT_TRANSLATE_NOOP("ServiceMessages", "Surname (Latin)"),
    "given_names_latin": QT_TRANSLATE_NOOP("ServiceMessages", "Given names (Latin)"),
    "organisation": QT_TRANSLATE_NOOP("ServiceMessages", "Organisation"),
    "position": QT_TRANSLATE_NOOP("ServiceMessages", "Position"),
    "country": QT_TRANSLATE_NOOP("ServiceMessages", "Country"),
    "category": QT_TRANSLATE_NOOP("ServiceMessages", "Category"),
    "email": QT_TRANSLATE_NOOP("ServiceMessages", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ServiceMessages", "Phone"),
    "date_of_birth": QT_TRANSLATE_NOOP("ServiceMessages", "Date of birth"),
    "passport_number": QT_TRANSLATE_NOOP("ServiceMessages", "Passport number"),
    "passport_expiry": QT_TRANSLATE_NOOP("ServiceMessages", "Passport expiry"),
    "gender": QT_TRANSLATE_NOOP("ServiceMessages", "Gender"),
    "arrival": QT_TRANSLATE_NOOP("ServiceMessages", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("ServiceMessages", "Departure"),
    "dietary": QT_TRANSLATE_NOOP("ServiceMessages", "Dietary needs"),
    "name": QT_TRANSLATE_NOOP("ServiceMessages", "Name"),
    "role": QT_TRANSLATE_NOOP("ServiceMessages", "Role"),
}

_QUOTED = r"(?:'(?P<q1>[^']*)'|\"(?P<q2>[^\"]*)\")"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(code: str) -> str:
    """A field's label in the interface language (its code when it has none)."""
    return _tr(FIELDS[code]) if code in FIELDS else code


def _value(match: re.Match[str]) -> str:
    return match.group("q1") if match.group("q1") is not None else match.group("q2") or ""


# (pattern, how to say it): the pattern is matched against the whole message.
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(rf"(?P<field>\w+): {_QUOTED} is not a date; write it as .*"),
        lambda m: fill(
            QCoreApplication.translate(
                "ServiceMessages", "%1: “%2” is not a date; write it as 31.05.2027 or 2027-05-31."
            ),
            field_label(m["field"]),
            _value(m),
        ),
    ),
    (
        re.compile(rf"(?P<field>\w+): {_QUOTED} is not an e-mail address\."),
        lambda m: fill(
            QCoreApplication.translate("ServiceMessages", "%1: “%2” is not an e-mail address."),
            field_label(m["field"]),
            _value(m),
        ),
    ),
    (
        re.compile(rf"(?P<field>\w+): {_QUOTED} is not an ISO 3166-1 alpha-2 code.*"),
        lambda m: fill(
            QCoreApplication.translate(
                "ServiceMessages",
                "%1: “%2” is not a country code; use two letters such as BY or PL.",
            ),
            field_label(m["field"]),
            _value(m),
        ),
    ),
    (
        re.compile(r"(?P<field>\w+): (?P<number>.+) is already the passport of (?P<who>.+)\."),
        lambda m: fill(
            QCoreApplication.translate("ServiceMessages", "%1: %2 is already the passport of %3."),
            field_label(m["field"]),
            m["number"],
            m["who"],
        ),
    ),
    (
        re.compile(r"(?P<field>\w+): a delegate needs a surname\."),
        lambda m: fill(
            QCoreApplication.translate("ServiceMessages", "%1: a delegate needs a surname."),
            field_label(m["field"]),
        ),
    ),
    (
        re.compile(r"(?P<field>\w+): must be after (?P<other>\w+)\."),
        lambda m: fill(
            QCoreApplication.translate("ServiceMessages", "%1: must be later than “%2”."),
            field_label(m["field"]),
            field_label(m["other"]),
        ),
    ),
    (
        re.compile(r"A staff member needs a name\."),
        lambda m: QCoreApplication.translate("ServiceMessages", "A staff member needs a name."),
    ),
]


def explain(message: str) -> str:
    """``message`` (a service's refusal) in the interface language, as far as it is known."""
    message = message.strip()
    for pattern, say in _MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return say(match)
    field = re.match(r"(?P<field>[a-z_]+): (?P<rest>.+)", message, re.DOTALL)
    if field and field["field"] in FIELDS:  # at least the field by its label
        return f"{field_label(field['field'])}: {field['rest']}"
    return message
