"""The sections of the main window, in the order of the section list."""

from studyvisit.ui.sections.accommodation import AccommodationSection
from studyvisit.ui.sections.base import Section, TableSection
from studyvisit.ui.sections.delegates import DelegatesSection
from studyvisit.ui.sections.documents import DocumentsSection
from studyvisit.ui.sections.groups import GroupsSection
from studyvisit.ui.sections.itinerary import ItinerarySection
from studyvisit.ui.sections.overview import OverviewSection
from studyvisit.ui.sections.problems import ProblemsSection
from studyvisit.ui.sections.sites import SitesSection
from studyvisit.ui.sections.staff import StaffSection
from studyvisit.ui.sections.transport import TransportSection

SECTION_CLASSES: tuple[type[Section], ...] = (
    OverviewSection,
    DelegatesSection,
    GroupsSection,
    StaffSection,
    SitesSection,
    ItinerarySection,
    TransportSection,
    AccommodationSection,
    DocumentsSection,
    ProblemsSection,
)

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

__all__ = ["SECTION_CLASSES", "SECTION_FOR_REF", "Section", "TableSection"]
