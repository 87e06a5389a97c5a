"""Itinerary: the agenda by day and time, with sites, kinds, titles, groups and hosts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont

from studyvisit.records import AgendaItemRecord, pick_text
from studyvisit.ui.formatting import format_day, format_time, join
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import agenda_kind_name, language_name

CONTEXT = "ItineraryColumns"


@dataclass(frozen=True, slots=True)
class AgendaRow:
    item: AgendaItemRecord
    visit: LoadedVisit

    @property
    def id(self) -> int:
        return self.item.id

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def day(self) -> dt.date:
        return self.item.start.date()

    def title(self) -> tuple[str, str | None]:
        """The title in the interface language, else another; and the language used."""
        return pick_text(self.item.title, current_language())

    @property
    def site(self) -> str:
        return self.visit.site_name(self.item.site_key, current_language())

    @property
    def groups(self) -> str:
        if not self.item.group_keys:
            return QCoreApplication.translate("ItinerarySection", "Everyone")
        return self.visit.groups_text(self.item.group_keys)


def _title_tooltip(row: AgendaRow) -> str | None:
    text, language = row.title()
    parts = []
    if language and language != current_language():
        parts.append(
            fill(
                QCoreApplication.translate("ItinerarySection", "No title in %1; shown in %2."),
                language_name(current_language()),
                language_name(language),
            )
        )
    description = pick_text(row.item.description, current_language())[0]
    if description:
        parts.append(description)
    return "\n".join(parts) or (text or None)


def _title_font(row: AgendaRow) -> QFont | None:
    language = row.title()[1]
    if language is None or language == current_language():
        return None
    font = QFont()
    font.setItalic(True)  # a title in another language than the interface's
    return font


COLUMNS = (
    Column(
        "day",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Day"),
        lambda row: row.day,
        CONTEXT,
        display=format_day,
        sort=lambda row: row.item.start,
    ),
    Column(
        "start",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Start"),
        lambda row: row.item.start,
        CONTEXT,
        display=format_time,
    ),
    Column(
        "end",
        QT_TRANSLATE_NOOP("ItineraryColumns", "End"),
        lambda row: row.item.end,
        CONTEXT,
        display=format_time,
    ),
    Column(
        "title",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Title"),
        lambda row: row.title()[0],
        CONTEXT,
        tooltip=_title_tooltip,
        font=_title_font,
    ),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Kind"),
        lambda row: row.item.kind,
        CONTEXT,
        display=agenda_kind_name,
        sort=lambda row: agenda_kind_name(row.item.kind),
    ),
    Column(
        "site",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Site"),
        lambda row: row.site,
        CONTEXT,
        max_width=240,
    ),
    Column(
        "groups", QT_TRANSLATE_NOOP("ItineraryColumns", "Groups"), lambda row: row.groups, CONTEXT
    ),
    Column(
        "hosts",
        QT_TRANSLATE_NOOP("ItineraryColumns", "Hosts"),
        lambda row: join(row.item.hosts),
        CONTEXT,
    ),
)


class ItinerarySection(TableSection):
    name = "itinerary"
    title_text = QT_TRANSLATE_NOOP("Sections", "Itinerary")
    columns = COLUMNS
    sort_column = "start"
    ref_prefix = "agenda"

    def rows(self, visit: LoadedVisit) -> list[AgendaRow]:
        return [AgendaRow(item, visit) for item in visit.plan.agenda]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        plan = self.visit.plan
        days = len(plan.visit.days)
        return (
            QCoreApplication.translate("ItinerarySection", "%n item(s)", "", len(plan.agenda))
            + " · "
            + QCoreApplication.translate("ItinerarySection", "%n day(s)", "", days)
        )
