"""The documents the Documents section offers, and which choices each one takes.

The registry (``studyvisit.documents.registry``) knows each exporter's
identifier and file types; which options an exporter reads (a scope, one
attendance sheet per day or per item, a CSV delimiter, the badge settings, a
letterhead) is written down here, next to the translatable names the
interface shows. An exporter the table below does not know yet still appears,
with its English name and the choices every document takes (format, language).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studyvisit.documents.registry import load_exporters

CONTEXT = "Exporters"  # the registry's names are translated in this context

VISIT, GROUP, DELEGATE = "visit", "group", "delegate"
ALL_SCOPES = (VISIT, GROUP, DELEGATE)
DOCUMENT_LANGUAGES = ("pl", "en", "ru")


@dataclass(frozen=True, slots=True)
class DocumentKind:
    """One document: what it is called, what it is written as, what it lets you choose."""

    identifier: str  # the exporter's, as in ``studyvisit export NAME``
    name: str  # English source text, context "Exporters"
    description: str  # English source text, context "Exporters"
    file_types: tuple[str, ...]
    scopes: tuple[str, ...] = (VISIT,)
    per_day_or_item: bool = False  # attendance: one sheet per day or per agenda item
    delimiter: bool = False  # CSV: comma or semicolon
    badges: bool = False  # layout, back side, blank badges, logos, QR code, staff
    letterhead: bool = False  # invitation letters: a letterhead image

    @property
    def key(self) -> str:
        return self.identifier

    @property
    def id(self) -> None:  # the table model asks every record for a database id
        return None

    def display_name(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.name)

    def display_description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.description)

    def formats_text(self) -> str:
        return ", ".join(file_type.upper() for file_type in self.file_types)


# What each known exporter reads from ExportOptions (see each module's render()).
_KNOWN = (
    DocumentKind(
        "agenda",
        QT_TRANSLATE_NOOP("Exporters", "Agenda"),
        QT_TRANSLATE_NOOP(
            "Exporters", "The programme day by day, for the visit, a group or one delegate"
        ),
        (),
        scopes=ALL_SCOPES,
    ),
    DocumentKind(
        "badges",
        QT_TRANSLATE_NOOP("Exporters", "Badges"),
        QT_TRANSLATE_NOOP(
            "Exporters", "Name badges for delegates and staff, on cards, inserts or label sheets"
        ),
        (),
        scopes=ALL_SCOPES,
        badges=True,
    ),
    DocumentKind(
        "attendance",
        QT_TRANSLATE_NOOP("Exporters", "Attendance sheets"),
        QT_TRANSLATE_NOOP(
            "Exporters", "Presence lists to sign, one per day or one per agenda item"
        ),
        (),
        scopes=(VISIT, GROUP),
        per_day_or_item=True,
    ),
    DocumentKind(
        "participants",
        QT_TRANSLATE_NOOP("Exporters", "Participant summary"),
        QT_TRANSLATE_NOOP(
            "Exporters", "Delegates counted by category, country and gender, for the funder"
        ),
        (),
        scopes=(VISIT, GROUP),
    ),
    DocumentKind(
        "transport",
        QT_TRANSLATE_NOOP("Exporters", "Transport list"),
        QT_TRANSLATE_NOOP("Exporters", "Per vehicle per day: runs, addresses, passengers, driver"),
        (),
        scopes=ALL_SCOPES,
    ),
    DocumentKind(
        "delegates",
        QT_TRANSLATE_NOOP("Exporters", "Delegate list"),
        QT_TRANSLATE_NOOP("Exporters", "Every field of every delegate, for Excel"),
        (),
        scopes=(VISIT, GROUP),
        delimiter=True,
    ),
    DocumentKind(
        "schedule",
        QT_TRANSLATE_NOOP("Exporters", "Excel schedule"),
        QT_TRANSLATE_NOOP(
            "Exporters", "Programme, delegates, groups, transport, rooms and meals in one workbook"
        ),
        (),
        scopes=ALL_SCOPES,
    ),
    DocumentKind(
        "ics",
        QT_TRANSLATE_NOOP("Exporters", "Calendar"),
        QT_TRANSLATE_NOOP("Exporters", "The programme as events for a phone's or mail calendar"),
        (),
        scopes=ALL_SCOPES,
    ),
    DocumentKind(
        "letters",
        QT_TRANSLATE_NOOP("Exporters", "Invitation letters"),
        QT_TRANSLATE_NOOP(
            "Exporters", "Visa invitation letters for the delegates from abroad, signed"
        ),
        (),
        scopes=ALL_SCOPES,
        letterhead=True,
    ),
)

FILE_TYPE_NAMES = {
    "pdf": QT_TRANSLATE_NOOP("Exporters", "PDF document"),
    "xlsx": QT_TRANSLATE_NOOP("Exporters", "Excel workbook"),
    "csv": QT_TRANSLATE_NOOP("Exporters", "CSV text (UTF-8)"),
    "ics": QT_TRANSLATE_NOOP("Exporters", "Calendar file"),
}


def file_type_name(file_type: str) -> str:
    """``PDF document (.pdf)``: what the format box shows."""
    name = FILE_TYPE_NAMES.get(file_type)
    label = QCoreApplication.translate(CONTEXT, name) if name else file_type.upper()
    return f"{label} (.{file_type})"


def document_kinds() -> list[DocumentKind]:
    """Every registered document, the known ones first in the order a coordinator needs them."""
    exporters = load_exporters()
    kinds = [
        replace(kind, file_types=tuple(exporters[kind.identifier].file_types))
        for kind in _KNOWN
        if kind.identifier in exporters
    ]
    known = {kind.identifier for kind in _KNOWN}
    for identifier, exporter in sorted(exporters.items()):
        if identifier not in known:
            kinds.append(
                DocumentKind(identifier, exporter.name, exporter.description, exporter.file_types)
            )
    return kinds
