"""The timeline's scene: a grid of days, lanes and hours, with the visit's items and runs on it."""

from __future__ import annotations

import bisect
import datetime as dt
import html
from collections import defaultdict
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QWidget

from studyvisit.records import AgendaItemRecord, TransportRunRecord, pick_text
from studyvisit.ui.formatting import format_day, join
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.timeline.items import (
    AgendaBlock,
    RunChip,
    RunLayer,
    font_metrics,
    short_vehicle_label,
    time_span_text,
)
from studyvisit.ui.timeline.layout import (
    PlacementCache,
    Rect,
    Span,
    TimelineLayout,
    item_spans,
    run_spans,
)
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
BLOCK_MIN_HEIGHT = 6.0  # a very short item stays a visible, grabbable block


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
            QCoreApplication.translate(CONTEXT, "%Ln delegate(s)", "", len(run.delegate_keys))
        )
    if run.staff_keys:
        riders.append(QCoreApplication.translate(CONTEXT, "%Ln staff", "", len(run.staff_keys)))
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
    """One AgendaBlock per item and one RunChip per run (drawn by a RunLayer per day).

    A new plan is shown by changing what differs from what is there (by item and
    run key), so a reload after one edit touches a few items, not thousands.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout: TimelineLayout | None = None
        self.blocks: dict[str, AgendaBlock] = {}
        self.chips: dict[str, RunChip] = {}
        self.layers: dict[dt.date, RunLayer] = {}
        self._block_places = PlacementCache()
        self._chip_places = PlacementCache()
        self._spans: tuple[LoadedVisit | None, list[Span], list[Span]] = (None, [], [])

    def spans(self, visit: LoadedVisit) -> tuple[list[Span], list[Span]]:
        """The visit's agenda items and transport runs as spans (made once per loaded visit)."""
        shown, items, runs = self._spans
        if shown is not visit:
            groups_of = {delegate.key: delegate.group_keys for delegate in visit.plan.delegates}
            items = item_spans(visit.plan.agenda)
            runs = run_spans(visit.plan.transport, groups_of)
            self._spans = (visit, items, runs)
        return items, runs

    def populate(self, visit: LoadedVisit | None, layout: TimelineLayout | None) -> None:
        """Draw ``visit`` at ``layout``'s geometry (None: an empty timeline)."""
        self.layout = layout
        if visit is None or layout is None:
            self.clear()
            self.blocks, self.chips, self.layers = {}, {}, {}
            self._block_places, self._chip_places = PlacementCache(), PlacementCache()
            self._spans = (None, [], [])
            self.setSceneRect(QRectF())
            return
        scene_rect = QRectF(0, 0, layout.width, layout.height)
        if scene_rect != self.sceneRect():
            self.setSceneRect(scene_rect)
        problems = problems_by_ref(visit)
        item_spans_, run_spans_ = self.spans(visit)
        changed_days = self._show_blocks(visit, layout, item_spans_, problems)
        changed_days |= self._show_chips(visit, layout, run_spans_, problems)
        self._keep_text_clear(changed_days)

    def _show_blocks(
        self,
        visit: LoadedVisit,
        layout: TimelineLayout,
        spans: list[Span],
        problems: dict[str, list[ProblemRow]],
    ) -> set[dt.date]:
        """Add, change and remove blocks; the days where blocks moved (or came or went)."""
        language = current_language()
        placements = layout.arrange(spans, min_height=BLOCK_MIN_HEIGHT, cache=self._block_places)
        changed_days = set(self._block_places.changed_days)
        old, self.blocks = self.blocks, {}
        for item in visit.plan.agenda:
            key, placement = item.key, placements[item.key]
            found = problems.get(f"agenda:{key}", ())
            title = pick_text(item.title, language)[0] or item.key
            tooltip = partial(item_tooltip, visit, item, found)
            block = old.pop(key, None)
            if block is None:
                block = AgendaBlock(item, placement.rects, title, found, tooltip, placement.depth)
                self.addItem(block)
                changed_days.add(item.start.date())
            elif block.show_record(item, placement.rects, title, found, tooltip, placement.depth):
                changed_days.add(item.start.date())  # back from a drag's preview
            self.blocks[key] = block
        for block in old.values():
            self.removeItem(block)
        return changed_days

    def _show_chips(
        self,
        visit: LoadedVisit,
        layout: TimelineLayout,
        spans: list[Span],
        problems: dict[str, list[ProblemRow]],
    ) -> set[dt.date]:
        """Give each day's layer its chips; the days whose chips were placed anew."""
        chip_height = font_metrics()[1].height() + 1
        placements = layout.arrange(
            spans, min_height=chip_height, centre=True, cache=self._chip_places
        )
        old, self.chips = self.chips, {}
        by_day: dict[dt.date, list[RunChip]] = defaultdict(list)
        for run in visit.plan.transport:
            key, placement = run.key, placements[run.key]
            found = tuple(problems.get(f"transport:{key}", ()))
            label = short_vehicle_label(run_label(visit, run))
            tooltip = partial(run_tooltip, visit, run, found)
            chip = old.get(key)
            if (
                chip is not None
                and chip.placement is placement  # the day was not placed anew
                and chip.run == run
                and chip.label == label
                and chip.problems == found
            ):
                chip.set_tooltip(tooltip)  # the same chip: its layer need not redraw
            else:
                chip = RunChip(run, self._narrow(placement.rects), label, found, tooltip)
                chip.placement = placement
            self.chips[key] = chip
            by_day[run.depart.date()].append(chip)
        for day in list(self.layers):
            if day not in by_day:
                self.removeItem(self.layers.pop(day))
        for day, chips in by_day.items():
            layer = self.layers.get(day)
            if layer is None:
                layer = self.layers[day] = RunLayer()
                self.addItem(layer)
            layer.set_chips(chips)
        return set(self._chip_places.changed_days)

    def _keep_text_clear(self, days: set[dt.date]) -> None:
        """Tell each block of ``days`` which run chips cover it (found by y: linear in the plan).

        Blocks of other days, and the chips over them, are where they were.
        """
        if not days:
            return
        by_day: dict[dt.date, list[Rect]] = {day: [] for day in days}
        for chip in self.chips.values():
            covers = by_day.get(chip.run.depart.date())
            if covers is not None:
                covers.extend(chip.pieces)
        tallest = max((p.height for pieces in by_day.values() for p in pieces), default=0.0)
        tops: dict[dt.date, list[float]] = {}
        for day, covers in by_day.items():
            covers.sort(key=lambda piece: piece.y)
            tops[day] = [piece.y for piece in covers]
        for block in self.blocks.values():
            piece, day = block.text_piece(), block.record.start.date()
            if day not in days:
                continue
            if piece is None:
                block.keep_text_clear_of(())
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
        # Only the days in sight: a big visit is many screens wide.
        columns = [
            column
            for column in layout.columns
            if column.x <= rect.right() and column.right >= rect.left()
        ]
        for column in columns:
            area = QRectF(column.x, top, column.width, bottom - top)
            painter.fillRect(area, QColor(DAY_FILL if column.in_visit else OUTSIDE_FILL))
            if not column.in_visit:
                painter.fillRect(area, QBrush(QColor("#e2e5e9"), Qt.BrushStyle.BDiagPattern))
        hour_pen, half_hour_pen = QPen(QColor(HOUR_LINE), 1), QPen(QColor(HALF_HOUR_LINE), 1)
        for minute in range(layout.first_minute, layout.last_minute + 1, 30):
            y = layout.y_of_minute(minute)
            if not rect.top() - 1 <= y <= rect.bottom() + 1:
                continue
            painter.setPen(hour_pen if minute % 60 == 0 else half_hour_pen)
            for column in columns:
                painter.drawLine(QLineF(column.x, y, column.right, y))
        painter.setPen(QPen(QColor(LANE_LINE), 1, Qt.PenStyle.DashLine))
        for column in columns:
            for index in range(1, len(column.lanes)):
                x = column.lane_x(index)
                if rect.left() - 1 <= x <= rect.right() + 1:
                    painter.drawLine(QLineF(x, top, x, bottom))
