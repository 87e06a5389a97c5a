"""The sections of the main window, in the order of the section list.

A section's module is imported when the section is first built: some pull in
heavy libraries (Documents: reportlab; Itinerary: the timeline), and the
start-up pays only for the section on screen. The section list, the menus and
the window need each section's name and title, which are kept here
(tests/gui/test_section_registry.py checks them against the classes).
``SECTION_CLASSES`` still works and imports every section.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from studyvisit.ui.sections.base import Section, TableSection


@dataclass(frozen=True, slots=True)
class SectionEntry:
    """A section by name and title, its class imported on demand."""

    name: str
    title_text: str  # source text in the "Sections" context, as the class's own
    class_path: str  # "module:ClassName"

    def title(self) -> str:
        return QCoreApplication.translate("Sections", self.title_text)

    def load(self) -> type[Section]:
        module, _, class_name = self.class_path.partition(":")
        return getattr(importlib.import_module(module), class_name)


def _entry(name: str, title_text: str, class_name: str) -> SectionEntry:
    return SectionEntry(name, title_text, f"studyvisit.ui.sections.{name}:{class_name}")


SECTIONS: tuple[SectionEntry, ...] = (
    _entry("overview", QT_TRANSLATE_NOOP("Sections", "Overview"), "OverviewSection"),
    _entry("delegates", QT_TRANSLATE_NOOP("Sections", "Delegates"), "DelegatesSection"),
    _entry("groups", QT_TRANSLATE_NOOP("Sections", "Groups"), "GroupsSection"),
    _entry("staff", QT_TRANSLATE_NOOP("Sections", "Staff"), "StaffSection"),
    _entry("sites", QT_TRANSLATE_NOOP("Sections", "Sites"), "SitesSection"),
    _entry("itinerary", QT_TRANSLATE_NOOP("Sections", "Itinerary"), "ItinerarySection"),
    _entry("transport", QT_TRANSLATE_NOOP("Sections", "Transport"), "TransportSection"),
    _entry("accommodation", QT_TRANSLATE_NOOP("Sections", "Accommodation"), "AccommodationSection"),
    _entry("documents", QT_TRANSLATE_NOOP("Sections", "Documents"), "DocumentsSection"),
    _entry("problems", QT_TRANSLATE_NOOP("Sections", "Problems"), "ProblemsSection"),
)
SECTION_BY_NAME = {entry.name: entry for entry in SECTIONS}

# Which section shows the records a problem refers to ("agenda:welcome" → itinerary),
# in order of preference when a problem refers to several kinds.
SECTION_FOR_REF = {
    "agenda": "itinerary",
    "transport": "transport",
    "vehicle": "transport",
    "delegate": "delegates",
    "site": "sites",
    "staff": "staff",
    "group": "groups",
}


def __getattr__(name: str) -> Any:
    """The names this package exported before sections were loaded lazily."""
    if name == "SECTION_CLASSES":
        return tuple(entry.load() for entry in SECTIONS)
    if name in ("Section", "TableSection"):
        from studyvisit.ui.sections import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SECTIONS",
    "SECTION_BY_NAME",
    "SECTION_CLASSES",
    "SECTION_FOR_REF",
    "Section",
    "SectionEntry",
    "TableSection",
]
