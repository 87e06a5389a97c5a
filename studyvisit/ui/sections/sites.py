"""Sites: where the programme takes place, with addresses and contacts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from studyvisit.records import SiteRecord
from studyvisit.ui.i18n import current_language
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import site_kind_name

CONTEXT = "SiteColumns"


@dataclass(frozen=True, slots=True)
class SiteRow:
    site: SiteRecord
    agenda_items: int

    @property
    def id(self) -> int:
        return self.site.id

    @property
    def key(self) -> str:
        return self.site.key


COLUMNS = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("SiteColumns", "Site"),
        lambda r: r.site.display_name(current_language()),
        CONTEXT,
    ),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("SiteColumns", "Kind"),
        lambda r: r.site.kind,
        CONTEXT,
        display=site_kind_name,
        sort=lambda r: site_kind_name(r.site.kind),
    ),
    Column(
        "agenda_items",
        QT_TRANSLATE_NOOP("SiteColumns", "Agenda items"),
        lambda r: r.agenda_items,
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column("city", QT_TRANSLATE_NOOP("SiteColumns", "City"), lambda r: r.site.city, CONTEXT),
    Column(
        "address", QT_TRANSLATE_NOOP("SiteColumns", "Address"), lambda r: r.site.address, CONTEXT
    ),
    Column(
        "contact", QT_TRANSLATE_NOOP("SiteColumns", "Contact"), lambda r: r.site.contact, CONTEXT
    ),
    Column("phone", QT_TRANSLATE_NOOP("SiteColumns", "Phone"), lambda r: r.site.phone, CONTEXT),
)


class SitesSection(TableSection):
    name = "sites"
    title_text = QT_TRANSLATE_NOOP("Sections", "Sites")
    columns = COLUMNS
    ref_prefix = "site"

    def rows(self, visit: LoadedVisit) -> list[SiteRow]:
        agenda = visit.plan.agenda
        return [
            SiteRow(site, sum(1 for item in agenda if item.site_key == site.key))
            for site in visit.plan.sites
        ]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        return QCoreApplication.translate(
            "SitesSection", "%n site(s)", "", len(self.visit.plan.sites)
        )
