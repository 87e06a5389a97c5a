"""Delegates: names in both scripts, organisation, passport and travel data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from studyvisit.records import DelegateRecord
from studyvisit.ui import icons
from studyvisit.ui.formatting import format_date, format_datetime
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column, attribute
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import category_name, country_name

CONTEXT = "DelegateColumns"


def transliterated_note() -> str:
    return QCoreApplication.translate(
        "DelegatesSection", "Transliterated by the program — check against the passport"
    )


@dataclass(frozen=True, slots=True)
class DelegateRow:
    record: DelegateRecord
    groups: str

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def key(self) -> str:
        return self.record.key

    @property
    def transliterated(self) -> bool:
        return self.record.latin_source == "transliterated"

    @property
    def latin_name(self) -> str:
        # Surname first, as the original name is written, so both columns sort alike.
        record = self.record
        return " ".join(part for part in (record.surname_latin, record.given_names_latin) if part)


def _latin_font(row: DelegateRow) -> QFont | None:
    if not row.transliterated:
        return None
    font = QFont()
    font.setItalic(True)
    return font


def _latin_icon(row: DelegateRow) -> QIcon | None:
    return icons.icon(icons.TRANSLITERATED) if row.transliterated else None


def _latin_tooltip(row: DelegateRow) -> str | None:
    return transliterated_note() if row.transliterated else None


def _field(name: str):
    return lambda row: getattr(row.record, name)


COLUMNS = (
    Column(
        "latin_name",
        QT_TRANSLATE_NOOP("DelegateColumns", "Latin name"),
        attribute("latin_name"),
        CONTEXT,
        sort=lambda row: (row.record.surname_latin or "", row.record.given_names_latin or ""),
        decoration=_latin_icon,
        font=_latin_font,
        tooltip=_latin_tooltip,
        header_tooltip=QT_TRANSLATE_NOOP(
            "DelegateColumns", "The name as in the passport (Latin letters)"
        ),
    ),
    Column(
        "original_name",
        QT_TRANSLATE_NOOP("DelegateColumns", "Original name"),
        lambda row: row.record.full_name,
        CONTEXT,
        header_tooltip=QT_TRANSLATE_NOOP(
            "DelegateColumns", "As written in the source, e.g. in Cyrillic"
        ),
    ),
    Column(
        "organisation",
        QT_TRANSLATE_NOOP("DelegateColumns", "Organisation"),
        _field("organisation"),
        CONTEXT,
    ),
    Column(
        "position", QT_TRANSLATE_NOOP("DelegateColumns", "Position"), _field("position"), CONTEXT
    ),
    Column(
        "country",
        QT_TRANSLATE_NOOP("DelegateColumns", "Country"),
        _field("country"),
        CONTEXT,
        display=country_name,
        sort=lambda row: country_name(row.record.country),
        tooltip=_field("country"),
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("DelegateColumns", "Category"),
        _field("category"),
        CONTEXT,
        display=category_name,
        sort=lambda row: category_name(row.record.category),
    ),
    Column("groups", QT_TRANSLATE_NOOP("DelegateColumns", "Groups"), attribute("groups"), CONTEXT),
    Column("email", QT_TRANSLATE_NOOP("DelegateColumns", "E-mail"), _field("email"), CONTEXT),
    Column("phone", QT_TRANSLATE_NOOP("DelegateColumns", "Phone"), _field("phone"), CONTEXT),
    Column(
        "passport",
        QT_TRANSLATE_NOOP("DelegateColumns", "Passport"),
        _field("passport_number"),
        CONTEXT,
    ),
    Column(
        "passport_expiry",
        QT_TRANSLATE_NOOP("DelegateColumns", "Passport expiry"),
        _field("passport_expiry"),
        CONTEXT,
        display=format_date,
    ),
    Column(
        "dietary", QT_TRANSLATE_NOOP("DelegateColumns", "Dietary needs"), _field("dietary"), CONTEXT
    ),
    Column(
        "arrival",
        QT_TRANSLATE_NOOP("DelegateColumns", "Arrival"),
        _field("arrival"),
        CONTEXT,
        display=format_datetime,
    ),
    Column(
        "departure",
        QT_TRANSLATE_NOOP("DelegateColumns", "Departure"),
        _field("departure"),
        CONTEXT,
        display=format_datetime,
    ),
)


class DelegatesSection(TableSection):
    name = "delegates"
    title_text = QT_TRANSLATE_NOOP("Sections", "Delegates")
    columns = COLUMNS
    sort_column = "latin_name"
    ref_prefix = "delegate"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A legend for the transliteration mark, under the table.
        legend = QHBoxLayout()
        self.legend_icon = QLabel(self)
        self.legend_icon.setPixmap(icons.icon(icons.TRANSLITERATED).pixmap(16, 16))
        self.legend_text = QLabel(self)
        self.legend_text.setObjectName("transliteration-legend")
        legend.addWidget(self.legend_icon)
        legend.addWidget(self.legend_text, 1)
        self.body.addLayout(legend)
        self.legend_text.setTextFormat(Qt.TextFormat.PlainText)

    def refresh(self) -> None:
        super().refresh()
        # The legend explains a mark: show it only when some name carries the mark.
        marked = self.visit is not None and any(
            d.latin_source == "transliterated" for d in self.visit.plan.delegates
        )
        self.legend_icon.setVisible(marked)
        self.legend_text.setVisible(marked)

    def rows(self, visit: LoadedVisit) -> list[DelegateRow]:
        return [DelegateRow(d, visit.groups_text(d.group_keys)) for d in visit.plan.delegates]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        delegates = self.visit.plan.delegates
        transliterated = sum(1 for d in delegates if d.latin_source == "transliterated")
        text = QCoreApplication.translate("DelegatesSection", "%n delegate(s)", "", len(delegates))
        if transliterated:
            text += " · " + QCoreApplication.translate(
                "DelegatesSection",
                "%n Latin name(s) to check against the passport",
                "",
                transliterated,
            )
        return text

    def retranslate(self) -> None:
        super().retranslate()
        self.legend_text.setText(transliterated_note())
