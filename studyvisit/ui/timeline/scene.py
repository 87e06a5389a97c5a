"""The timeline's scene: a grid of days, lanes and hours, with the visit's items and runs on it."""

from __future__ import annotations

import bisect
import datetime as dt
import html
from collections import defaultdict
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QWidget

from studyvisit.records import AgendaItemRecord, TransportRunRecord, pick_text
from studyvisit.ui.formatting import format_day, join
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.timeline.items import (
    AgendaBlock,
    RunChip,
    fonts,
    short_vehicle_label,
    time_span_text,
)
from studyvisit.ui.timeline.layout import Rect, TimelineLayout, item_spans, run_spans
from studyvisit.ui.visit_data import LoadedVisit, ProblemRow
from studyvisit.ui.vocabulary import agenda_kind_name, severity_name

CONTEXT = "Timeline"
BACKGROUND = "#f6f7f9"
DAY_FILL = "#ffffff"
OUTSIDE_FILL = "#f1f2f4"
HOUR_LINE = "#e1e6ec"
HALF_HOUR_LINE = "#f0f2f5"
LANE_LINE = "#d8dee6"
RUN_INSET = 10.0


def problems_by_ref(visit: LoadedVisit) -> dict[str, list[ProblemRow]]:
    """The checker's problems per ref ("agenda:welcome" → the problems naming it)."""
    found: dict[str, list[ProblemRow]] = defaultdict(list)
    for problem in visit.check.problems:
        for ref in dict.fromkeys(problem.refs):
            found[ref].append(problem)
    return found


def everyone_text() -> str:
    return QCoreApplication.translate(CONTEXT, "Everyone")


def lane_title(visit: LoadedVisit, lane: str | None) -> str:
    return everyone_text() if lane is None else visit.group_names.get(lane, lane)


def _problem_lines(problems: Sequence[ProblemRow]) -> list[str]:
    return [
        f"<b>{html.escape(severity_name(problem.severity))}:</b> {html.escape(problem.message)}"
        for problem in problems
    ]


def item_tooltip(visit: LoadedVisit, item: AgendaItemRecord, problems: Sequence[ProblemRow]) -> str:
    language = current_language()
    title = pick_text(item.title, language)[0] or item.key
    groups = visit.groups_text(item.group_keys) if item.group_keys else everyone_text()
    lines = [
        f"<b>{html.escape(title)}</b>",
        html.escape(
            f"{format_day(item.start.date())}, {time_span_text(item.start, item.end)}"
            f" · {agenda_kind_name(item.kind)}"
        ),
    ]
    if item.site_key:
        lines.append(html.escape(visit.site_name(item.site_key, language)))
    lines.append(html.escape(fill(QCoreApplication.translate(CONTEXT, "Groups: %1"), groups)))
    if item.hosts:
        lines.append(
            html.escape(fill(QCoreApplication.translate(CONTEXT, "Hosts: %1"), join(item.hosts)))
        )
    description = pick_text(item.description, language)[0]
    if description:
        lines.append(f"<i>{html.escape(description)}</i>")
    return "<br>".join(lines + _problem_lines(problems))


def run_label(visit: LoadedVisit, run: TransportRunRecord) -> str:
    vehicle = visit.vehicles.get(run.vehicle_key)
    return vehicle.label if vehicle else run.vehicle_key


def run_tooltip(visit: LoadedVisit, run: TransportRunRecord, problems: Sequence[ProblemRow]) -> str:
    language = current_language()
    vehicle = visit.vehicles.get(run.vehicle_key)
    heading = run_label(visit, run)
    if vehicle and vehicle.plate:
        heading += f" · {vehicle.plate}"
    route = fill(
        QCoreApplication.translate(CONTEXT, "%1 → %2"),
        visit.site_name(run.from_key, language) or "?",
        visit.site_name(run.to_key, language) or "?",
    )
    riders = []
    if run.group_keys:
        riders.append(visit.groups_text(run.group_keys))
    if run.delegate_keys:
        riders.append(
            QCoreApplication.translate(CONTEXT, "%n delegate(s)", "", len(run.delegate_keys))
        )
    if run.staff_keys:
        riders.append(QCoreApplication.translate(CONTEXT, "%n staff", "", len(run.staff_keys)))
    lines = [
        f"<b>{html.escape(heading)}</b>",
        html.escape(f"{time_span_text(run.depart, run.arrive)} · {route}"),
    ]
    if riders:
        lines.append(html.escape(" · ".join(riders)))
    lines.append(
        f"<i>{html.escape(QCoreApplication.translate(CONTEXT, 'Double-click to open it in Transport.'))}</i>"
    )
    return "<br>".join(lines + _problem_lines(problems))


class TimelineScene(QGraphicsScene):
    """Holds one AgendaBlock per item and one RunChip per run, laid out by a TimelineLayout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout: TimelineLayout | None = None
        self.blocks: dict[str, AgendaBlock] = {}
        self.chips: dict[str, RunChip] = {}

    def populate(self, visit: LoadedVisit | None, layout: TimelineLayout | None) -> None:
        """Draw ``visit`` at ``layout``'s geometry (None: an empty timeline)."""
        self.clear()
        self.blocks, self.chips = {}, {}
        self.layout = layout
        if visit is None or layout is None:
            self.setSceneRect(QRectF())
            return
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))
        problems = problems_by_ref(visit)
        language = current_language()
        agenda = {item.key: item for item in visit.plan.agenda}
        spans = item_spans(agenda.values())
        depths = layout.cascade_depths(spans)
        _title_font, small_font = fonts()
        min_height = 6.0
        for key, pieces in layout.place(spans, min_height=min_height).items():
            item = agenda[key]
            found = problems.get(f"agenda:{key}", [])
            block = AgendaBlock(
                item,
                pieces,
                pick_text(item.title, language)[0] or item.key,
                found,
                partial(item_tooltip, visit, item, found),
                depths.get(key, 0),
            )
            self.addItem(block)
            self.blocks[key] = block
        groups_of = {d.key: d.group_keys for d in visit.plan.delegates}
        runs = {run.key: run for run in visit.plan.transport}
        chip_height = QFontMetricsF(small_font).height() + 1
        for key, pieces in layout.place(
            run_spans(runs.values(), groups_of), min_height=chip_height, centre=True
        ).items():
            run = runs[key]
            found = problems.get(f"transport:{key}", [])
            chip = RunChip(
                run,
                self._narrow(pieces),
                short_vehicle_label(run_label(visit, run)),
                found,
                partial(run_tooltip, visit, run, found),
            )
            self.addItem(chip)
            self.chips[key] = chip
        self._keep_text_clear()

    def _keep_text_clear(self) -> None:
        """Tell each block which run chips cover it (found per day by y: linear in the plan)."""
        by_day: dict[dt.date, list[Rect]] = defaultdict(list)
        for chip in self.chips.values():
            by_day[chip.run.depart.date()].extend(chip.pieces)
        tallest = max((p.height for pieces in by_day.values() for p in pieces), default=0.0)
        tops: dict[dt.date, list[float]] = {}
        for day, covers in by_day.items():
            covers.sort(key=lambda piece: piece.y)
            tops[day] = [piece.y for piece in covers]
        for block in self.blocks.values():
            piece, day = block.text_piece(), block.record.start.date()
            if piece is None or day not in by_day:
                continue
            first = bisect.bisect_left(tops[day], piece.y - tallest)
            last = bisect.bisect_right(tops[day], piece.bottom)
            block.keep_text_clear_of(by_day[day][first:last])

    @staticmethod
    def _narrow(pieces: Sequence[Rect]) -> list[Rect]:
        """Runs sit inside their lanes, narrower than items: they connect, they are not events."""
        return [
            Rect(p.x + RUN_INSET, p.y, p.width - 2 * RUN_INSET, p.height)
            if p.width > 4 * RUN_INSET
            else p
            for p in pieces
        ]

    # ------------------------------------------------------------------ the grid

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor(BACKGROUND))
        layout = self.layout
        if layout is None:
            return
        top, bottom = (
            layout.y_of_minute(layout.first_minute),
            layout.y_of_minute(layout.last_minute),
        )
        for column in layout.columns:
            area = QRectF(column.x, top, column.width, bottom - top)
            if not area.intersects(rect):
                continue
            painter.fillRect(area, QColor(DAY_FILL if column.in_visit else OUTSIDE_FILL))
            if not column.in_visit:
                painter.fillRect(area, QBrush(QColor("#e2e5e9"), Qt.BrushStyle.BDiagPattern))
        for minute in range(layout.first_minute, layout.last_minute + 1, 30):
            y = layout.y_of_minute(minute)
            whole = minute % 60 == 0
            painter.setPen(QPen(QColor(HOUR_LINE if whole else HALF_HOUR_LINE), 1))
            for column in layout.columns:
                painter.drawLine(QLineF(column.x, y, column.right, y))
        painter.setPen(QPen(QColor(LANE_LINE), 1, Qt.PenStyle.DashLine))
        for column in layout.columns:
            for index in range(1, len(column.lanes)):
                x = column.lane_x(index)
                painter.drawLine(QLineF(x, top, x, bottom))
