"""Overview: the visit's facts and its numbers at a glance, and the button to edit the facts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyvisit.services.plan_summary import PlanCounts, plan_counts
from studyvisit.ui.formatting import format_date_range, join
from studyvisit.ui.i18n import fill
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.sections.base import Section
from studyvisit.ui.sections.problems import problems_summary
from studyvisit.ui.table_model import Column, RecordTableModel
from studyvisit.ui.vocabulary import category_name, country_name, language_name, not_set

CONTEXT = "OverviewColumns"

# (name, source text in the OverviewSection context): the facts, in the order shown.
FACTS = (
    ("name", QT_TRANSLATE_NOOP("OverviewSection", "Visit")),
    ("project", QT_TRANSLATE_NOOP("OverviewSection", "Project")),
    ("funder", QT_TRANSLATE_NOOP("OverviewSection", "Funder")),
    ("host", QT_TRANSLATE_NOOP("OverviewSection", "Host")),
    ("partners", QT_TRANSLATE_NOOP("OverviewSection", "Partners")),
    ("dates", QT_TRANSLATE_NOOP("OverviewSection", "Dates")),
    ("timezone", QT_TRANSLATE_NOOP("OverviewSection", "Time zone")),
    ("languages", QT_TRANSLATE_NOOP("OverviewSection", "Working languages")),
)


def _tile_caption(name: str, n: int) -> str:
    # Literal calls, one per tile, so lupdate sees each as a plural (numerus) text.
    translate = QCoreApplication.translate
    captions = {
        "delegates": lambda: translate("OverviewSection", "delegate(s)", "", n),
        "days": lambda: translate("OverviewSection", "day(s)", "", n),
        "agenda_items": lambda: translate("OverviewSection", "agenda item(s)", "", n),
        "sites": lambda: translate("OverviewSection", "site(s)", "", n),
        "vehicles": lambda: translate("OverviewSection", "vehicle(s)", "", n),
        "problems": lambda: translate("OverviewSection", "problem(s)", "", n),
    }
    return captions[name]()


TILES = ("delegates", "days", "agenda_items", "sites", "vehicles", "problems")


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewSection", text)


@dataclass(frozen=True, slots=True)
class CountRow:
    code: str | None
    count: int

    @property
    def key(self) -> str:
        return self.code or ""


def _count_columns(header: str, name_of) -> tuple[Column, ...]:
    return (
        Column(
            "label",
            header,
            lambda r: r.code,
            CONTEXT,
            display=lambda code: name_of(code) if code else not_set(),
            sort=lambda r: name_of(r.code) if r.code else "\uffff",
        ),
        Column(
            "count",
            QT_TRANSLATE_NOOP("OverviewColumns", "Delegates"),
            lambda r: r.count,
            CONTEXT,
            alignment=Qt.AlignmentFlag.AlignRight,
        ),
    )


CATEGORY_COLUMNS = _count_columns(QT_TRANSLATE_NOOP("OverviewColumns", "Category"), category_name)
COUNTRY_COLUMNS = _count_columns(QT_TRANSLATE_NOOP("OverviewColumns", "Country"), country_name)


class Tile(QFrame):
    """A big number with a word under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile-{name}")
        self.setProperty("tile", True)
        self.number = QLabel("–", self)
        self.number.setObjectName("tile-number")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setWeight(QFont.Weight.DemiBold)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName("tile-caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class OverviewSection(Section):
    name = "overview"
    title_text = QT_TRANSLATE_NOOP("Sections", "Overview")

    edit_requested = Signal()  # the coordinator asks to edit the visit's properties

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts_box = QGroupBox(self)
        facts_layout = QHBoxLayout(self.facts_box)
        form = QFormLayout()
        facts_layout.addLayout(form, 1)
        self.edit_button = QPushButton(self.facts_box)
        self.edit_button.setObjectName("edit-visit")
        self.edit_button.clicked.connect(self.edit_requested)
        facts_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for name, _ in FACTS:
            label, value = QLabel(self.facts_box), QLabel(self.facts_box)
            value.setObjectName(f"fact-{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fact_labels[name], self.fact_values[name] = label, value

        tiles = QGridLayout()
        tiles.setSpacing(10)
        self.tiles: dict[str, Tile] = {}
        for position, name in enumerate(TILES):
            tile = Tile(name, self)
            tiles.addWidget(tile, 0, position)
            self.tiles[name] = tile

        self.category_model = RecordTableModel(CATEGORY_COLUMNS, id_of=lambda r: None, parent=self)
        self.country_model = RecordTableModel(COUNTRY_COLUMNS, id_of=lambda r: None, parent=self)
        self.by_category = RecordTable(
            self.category_model,
            name="by-category",
            searchable=False,
            stretch_column="label",
            parent=self,
        )
        self.by_country = RecordTable(
            self.country_model,
            name="by-country",
            searchable=False,
            stretch_column="label",
            parent=self,
        )
        self.category_box = QGroupBox(self)
        self.country_box = QGroupBox(self)
        for box, table in (
            (self.category_box, self.by_category),
            (self.country_box, self.by_country),
        ):
            QVBoxLayout(box).addWidget(table)
        counts = QHBoxLayout()
        counts.addWidget(self.category_box, 3)
        counts.addWidget(self.country_box, 2)

        self._numbers: dict[str, int | None] = {}
        self.body.addWidget(self.facts_box)
        self.body.addLayout(tiles)
        self.body.addLayout(counts, 1)

    def refresh(self) -> None:
        visit = self.visit
        counts: PlanCounts | None = plan_counts(visit.plan) if visit else None
        self.by_category.set_records(
            [CountRow(code, n) for code, n in counts.by_category] if counts else []
        )
        self.by_country.set_records(
            [CountRow(code, n) for code, n in counts.by_country] if counts else []
        )
        self._fill_facts()
        self.edit_button.setEnabled(visit is not None)
        numbers = {
            "delegates": counts.delegates if counts else None,
            "days": counts.days if counts else None,
            "agenda_items": counts.agenda_items if counts else None,
            "sites": counts.sites if counts else None,
            "vehicles": counts.vehicles if counts else None,
            "problems": len(visit.check.problems) if visit and visit.check.checked else None,
        }
        self._numbers = numbers
        for name, tile in self.tiles.items():
            number = numbers[name]
            tile.number.setText("–" if number is None else QLocale().toString(number))
            tile.caption.setText(_tile_caption(name, numbers[name] or 0))
        errors = visit.check.errors if visit else 0
        tile = self.tiles["problems"]
        tile.setProperty("alert", "error" if errors else "")
        for widget in (tile, tile.number):  # a dynamic property needs a fresh polish
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        tile.setToolTip(problems_summary(visit) if visit else "")

    def _fill_facts(self) -> None:
        info = self.visit.plan.visit if self.visit else None
        if info is None:
            values = dict.fromkeys((name for name, _ in FACTS), "")
        else:
            days = len(info.days)
            values = {
                "name": info.name,
                "project": info.project or "",
                "funder": info.funder or "",
                "host": info.host or "",
                "partners": "\n".join(info.partners),
                "dates": format_date_range(info.start_date, info.end_date)
                + " ("
                + QCoreApplication.translate("OverviewSection", "%Ln day(s)", "", days)
                + ")",
                "timezone": info.timezone,
                "languages": join(language_name(code) for code in info.languages),
            }
        for name, value in values.items():
            self.fact_values[name].setText(value or "—")

    def summary_text(self) -> str:
        if self.visit is None:
            return QCoreApplication.translate(
                "OverviewSection", "No visit is open. Create one with File → New visit…"
            )
        info = self.visit.plan.visit
        return fill(
            QCoreApplication.translate("OverviewSection", "%1, %2"),
            info.name,
            format_date_range(info.start_date, info.end_date),
        )

    def retranslate(self) -> None:
        self.facts_box.setTitle(QCoreApplication.translate("OverviewSection", "The visit"))
        self.edit_button.setText(QCoreApplication.translate("OverviewSection", "&Edit…"))
        self.edit_button.setToolTip(
            QCoreApplication.translate(
                "OverviewSection",
                "Change the visit's name, dates, project, funder, host, partners, time zone "
                "and languages (Alt+Enter)",
            )
        )
        self.edit_button.setAccessibleName(
            QCoreApplication.translate("OverviewSection", "Edit the visit's properties")
        )
        self.category_box.setTitle(
            QCoreApplication.translate("OverviewSection", "Delegates by category")
        )
        self.country_box.setTitle(
            QCoreApplication.translate("OverviewSection", "Delegates by country")
        )
        for name, text in FACTS:
            self.fact_labels[name].setText(_tr(text) + ":")
        for name, tile in self.tiles.items():
            tile.caption.setText(_tile_caption(name, self._numbers.get(name) or 0))
        self.by_category.retranslate()
        self.by_country.retranslate()
        if self.visit is not None:
            self._fill_facts()
        super().retranslate()

    def tables(self) -> list[RecordTable]:
        return [self.by_category, self.by_country]
