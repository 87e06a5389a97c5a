"""What the timeline draws: agenda items as blocks coloured by kind, transport runs as chips."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from studyvisit.records import AgendaItemRecord, TransportRunRecord
from studyvisit.ui import icons
from studyvisit.ui.appearance import ACCENT
from studyvisit.ui.formatting import format_time
from studyvisit.ui.timeline.layout import Rect
from studyvisit.ui.visit_data import ProblemRow

# (stripe, fill) per agenda kind: calm fills, a strong stripe to tell kinds apart at a glance.
KIND_COLOURS = {
    "arrival": ("#2e7d6b", "#ddf0ea"),
    "departure": ("#7a5c99", "#ece5f4"),
    "meeting": ("#2f6db5", "#dde8f7"),
    "site_visit": ("#c27612", "#fbead0"),
    "meal": ("#4f8a3a", "#e2efdb"),
    "travel": ("#5a6b7d", "#e3e8ee"),
    "free": ("#8a9099", "#eff0f2"),
    "other": ("#9c6b4e", "#f3e6dd"),
}
RUN_FILL = "#3f5263"
PROBLEM_COLOURS = {"error": "#c62828", "warning": "#d98a00"}
RADIUS = 4.0
STRIPE = 4.0
PADDING = 4.0
MARKER = 14.0  # the problem icon's size
RESIZE_GRIP = 6.0  # pixels above a block's bottom edge that resize it
BLOCK_Z = 10.0
RUN_Z = 50.0
DRAGGED_Z = 100.0


@cache
def fonts() -> tuple[QFont, QFont]:
    """The title font and the small font (times, runs), from the application's font."""
    base = QApplication.font()
    title = QFont(base)
    title.setPointSizeF(base.pointSizeF() * 0.95)
    title.setWeight(QFont.Weight.DemiBold)
    small = QFont(base)
    small.setPointSizeF(base.pointSizeF() * 0.82)
    return title, small


@cache
def font_metrics() -> tuple[QFontMetricsF, QFontMetricsF]:
    """The metrics of ``fonts()``: made once, not in every paint of every block."""
    title, small = fonts()
    return QFontMetricsF(title), QFontMetricsF(small)


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines; the last one elided."""
    if max_lines <= 0 or width <= 0:
        return []
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if len(lines) == max_lines - 1 and words:
            line = f"{line} {' '.join(words)}"  # the rest, elided below
            words = []
        elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        lines.append(elided)
        if elided != line:
            break  # a word too long for the width: nothing follows an ellipsis
    return lines


def worst_severity(problems: Sequence[ProblemRow]) -> str | None:
    if not problems:
        return None  # nearly always: answered fast for thousands of items
    severities = {problem.severity for problem in problems}
    for severity in ("error", "warning"):
        if severity in severities:
            return severity
    return None


def time_span_text(start: dt.datetime, end: dt.datetime) -> str:
    text = f"{format_time(start)}–{format_time(end)}"
    days = (end.date() - start.date()).days
    return f"{text} (+{days})" if days > 0 else text


@cache  # a few vehicles, thousands of runs
def short_vehicle_label(label: str) -> str:
    """A vehicle's label without a closing remark in brackets ("Minibus 2 (19 seats)" → "Minibus 2")."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", label) or label


def _rectf(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _bounds(pieces: Sequence[Rect], margin: float) -> QRectF:
    result = QRectF()
    for piece in pieces:
        result = result.united(_rectf(piece))
    return result.adjusted(-margin, -margin, margin, margin)


class AgendaBlock(QGraphicsItem):
    """One agenda item: a rounded block per run of its lanes, its time and title inside."""

    def __init__(
        self,
        record: AgendaItemRecord,
        pieces: Sequence[Rect],
        title: str,
        problems: Sequence[ProblemRow] = (),
        tooltip: Callable[[], str] | None = None,
        depth: int = 0,
    ) -> None:
        super().__init__()
        self.record = record
        self.pieces = list(pieces)
        self.title = title
        self.problems = tuple(problems)
        self.severity = worst_severity(self.problems)
        self.shown_times = (record.start, record.end)  # differs while dragged
        self.text_margins = (0.0, 0.0)  # top and bottom, kept free for run chips drawn over it
        self.previewed = False  # shown where a drag would put it
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(BLOCK_Z + depth)
        self._tooltip = tooltip

    @property
    def key(self) -> str:
        return self.record.key

    def show_record(
        self,
        record: AgendaItemRecord,
        pieces: Sequence[Rect],
        title: str,
        problems: Sequence[ProblemRow],
        tooltip: Callable[[], str] | None,
        depth: int,
    ) -> bool:
        """Show the item as (re)loaded, where it goes now; True when it moved (or was dragged).

        Only a block that looks different is redrawn: a reload after one edit
        leaves the other blocks alone.
        """
        self._tooltip = tooltip
        problems = tuple(problems)
        pieces = list(pieces)
        looks_different = (
            record != self.record
            or title != self.title
            or problems != self.problems
            or self.shown_times != (record.start, record.end)
        )
        moved = pieces != self.pieces or self.previewed
        self.previewed = False
        if pieces != self.pieces:
            self.prepareGeometryChange()
            self.pieces = pieces
        looks_different = looks_different or moved
        self.record, self.title, self.problems = record, title, problems
        self.severity = worst_severity(problems)
        self.shown_times = (record.start, record.end)
        if self.zValue() != BLOCK_Z + depth:
            self.setZValue(BLOCK_Z + depth)
        if looks_different:
            self.update()
        return moved

    def tooltip_text(self) -> str:
        """Written when asked for: a big visit has thousands of blocks, few are hovered."""
        return self._tooltip() if self._tooltip else ""

    def show_preview(self, pieces: Sequence[Rect], start: dt.datetime, end: dt.datetime) -> None:
        """Where the block would go (while dragged)."""
        self.prepareGeometryChange()
        self.pieces = list(pieces)
        self.shown_times = (start, end)
        self.text_margins = (0.0, 0.0)
        self.previewed = True
        self.setZValue(DRAGGED_Z)
        self.update()

    def on_bottom_edge(self, point: QPointF) -> bool:
        """True when ``point`` (scene) is on the grip that changes when the item ends."""
        return any(
            piece.x <= point.x() <= piece.right
            and piece.bottom - RESIZE_GRIP <= point.y() <= piece.bottom + 1
            for piece in self.pieces
        )

    def scene_rect(self) -> QRectF:
        return _bounds(self.pieces, 0)

    def text_piece(self) -> Rect | None:
        """The piece that carries the time and title (the widest)."""
        return max(self.pieces, key=lambda piece: piece.width) if self.pieces else None

    def keep_text_clear_of(self, covers: Sequence[Rect]) -> None:
        """Keep the text out of the parts of the block that run chips cover."""
        piece = self.text_piece()
        top = bottom = 0.0
        for cover in covers if piece else ():
            if cover.right <= piece.x or cover.x >= piece.right:
                continue
            if cover.bottom <= piece.y or cover.y >= piece.bottom:
                continue
            if cover.y + cover.height / 2 < piece.y + piece.height / 2:
                top = max(top, cover.bottom - piece.y)
            else:
                bottom = max(bottom, piece.bottom - cover.y)
        if (top, bottom) != self.text_margins:
            self.text_margins = (top, bottom)
            self.update()

    # ------------------------------------------------------------------ painting

    def boundingRect(self) -> QRectF:
        return _bounds(self.pieces, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        for piece in self.pieces:
            path.addRoundedRect(_rectf(piece), RADIUS, RADIUS)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stripe, fill = (
            QColor(c) for c in KIND_COLOURS.get(self.record.kind, KIND_COLOURS["other"])
        )
        selected = self.isSelected()
        if selected:
            fill = fill.darker(112)
        for piece in self.pieces:
            rect = _rectf(piece)
            path = QPainterPath()
            path.addRoundedRect(rect, RADIUS, RADIUS)
            painter.fillPath(path, fill)
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()), stripe)
            painter.restore()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self._border_pen(stripe, selected))
            inset = painter.pen().widthF() / 2
            painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS)
            if selected:  # a ring outside the border: seen even around a problem's red border
                painter.setPen(QPen(QColor(ACCENT), 2.0))
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), RADIUS + 2, RADIUS + 2)
        piece = self.text_piece()
        if piece is not None:
            top, bottom = self.text_margins
            self._paint_text(painter, _rectf(piece).adjusted(0, top, 0, -bottom))

    def _border_pen(self, stripe: QColor, selected: bool) -> QPen:
        if self.severity is not None:
            return QPen(QColor(PROBLEM_COLOURS[self.severity]), 2.0)
        if selected:
            return QPen(QColor(ACCENT), 2.0)
        edge = QColor(stripe)
        edge.setAlphaF(0.45)
        return QPen(edge, 1.0)

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        title_font, small_font = fonts()
        title_metrics, small_metrics = font_metrics()
        inner = rect.adjusted(STRIPE + PADDING, 2, -PADDING, -1)
        if self.severity is not None and inner.height() >= MARKER and inner.width() > 2 * MARKER:
            marker = QRectF(inner.right() - MARKER, inner.top() + 1, MARKER, MARKER)
            icons.severity_icon(self.severity).paint(painter, marker.toRect())
            inner.setRight(marker.left() - 2)
        if inner.width() < 12:
            return
        times = time_span_text(*self.shown_times)
        small_height, title_height = small_metrics.height(), title_metrics.height()
        painter.setPen(QColor("#1f2933"))
        if inner.height() >= small_height + title_height:
            painter.setFont(small_font)
            painter.setPen(QColor("#4d5866"))
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), small_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(times, Qt.TextElideMode.ElideRight, inner.width()),
            )
            count = int((inner.height() - small_height) // title_height)
            painter.setFont(title_font)
            painter.setPen(QColor("#1f2933"))
            for number, line in enumerate(
                wrap_lines(self.title, title_metrics, inner.width(), count)
            ):
                top = inner.top() + small_height + number * title_height
                painter.drawText(
                    QRectF(inner.left(), top, inner.width(), title_height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    line,
                )
        elif inner.height() >= small_height - 2:
            # One line: the start time, then as much of the title as fits.
            start = format_time(self.shown_times[0]) + "  "
            painter.setFont(small_font)
            painter.setPen(QColor("#4d5866"))
            line = QRectF(inner.left(), inner.top(), inner.width(), inner.height())
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, start
            )
            used = small_metrics.horizontalAdvance(start)
            painter.setFont(title_font)
            painter.setPen(QColor("#1f2933"))
            painter.drawText(
                line.adjusted(used, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                title_metrics.elidedText(
                    self.title, Qt.TextElideMode.ElideRight, line.width() - used
                ),
            )


class RunChip:
    """One transport run: a dark chip in the lanes of the groups it carries, named by its vehicle.

    Not a graphics item of its own: the chips of a day are drawn by one ``RunLayer``
    (a big visit has thousands of runs; an item each made every redraw slow).
    """

    __slots__ = ("run", "pieces", "label", "problems", "severity", "placement", "_tooltip")

    def __init__(
        self,
        run: TransportRunRecord,
        pieces: Sequence[Rect],
        label: str,
        problems: Sequence[ProblemRow] = (),
        tooltip: Callable[[], str] | None = None,
    ) -> None:
        self.run = run
        self.pieces = list(pieces)
        self.label = label
        self.problems = tuple(problems)
        self.severity = worst_severity(self.problems)
        self.placement: object = None  # what the scene placed it from, to know it again
        self._tooltip = tooltip

    def tooltip_text(self) -> str:
        return self._tooltip() if self._tooltip else ""

    @property
    def tooltip(self) -> Callable[[], str] | None:
        return self._tooltip

    def set_tooltip(self, tooltip: Callable[[], str] | None) -> None:
        self._tooltip = tooltip

    @property
    def key(self) -> str:
        return self.run.key

    def looks_like(self, other: RunChip) -> bool:
        """True when both draw the same (their tooltips may still differ)."""
        return (
            self.pieces == other.pieces
            and self.run == other.run
            and self.label == other.label
            and self.problems == other.problems
        )

    def scene_rect(self) -> QRectF:
        return _bounds(self.pieces, 0)

    def contains(self, x: float, y: float) -> bool:
        return any(piece.contains(x, y) for piece in self.pieces)

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        _title_metrics, metrics = font_metrics()
        border = (
            QPen(QColor(PROBLEM_COLOURS[self.severity]), 2.0)
            if self.severity
            else QPen(QColor("#ffffff"), 1.0)
        )
        for piece in self.pieces:
            rect = _rectf(piece)
            if not rect.intersects(exposed):
                continue
            painter.setPen(border)
            painter.setBrush(QColor(RUN_FILL))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            text_rect = rect.adjusted(6, 0, -4, 0)
            if text_rect.height() < metrics.height() - 3 or text_rect.width() < 16:
                continue
            painter.setPen(QColor("#ffffff"))
            text = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, text_rect.width())
            times = time_span_text(self.run.depart, self.run.arrive)
            if (
                text_rect.height() >= 2 * metrics.height()
                and metrics.horizontalAdvance(times) <= text_rect.width()
            ):
                text = f"{text}\n{times}"
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )


class RunLayer(QGraphicsItem):
    """The run chips of one day, drawn over its agenda blocks in one item."""

    def __init__(self) -> None:
        super().__init__()
        self.chips: list[RunChip] = []
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setZValue(RUN_Z)
        # Paint only the chips in the exposed part: a day of a big visit is wider than the view.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_chips(self, chips: Sequence[RunChip]) -> None:
        """Show these chips; redrawn only when they look different from the ones shown."""
        same = len(chips) == len(self.chips) and all(
            new is old or new.looks_like(old) for new, old in zip(chips, self.chips, strict=True)
        )
        self.chips = list(chips)
        if same:
            return
        bounds = _bounds([piece for chip in self.chips for piece in chip.pieces], 2)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._shape = None
        self.update()

    def chip_at(self, point: QPointF) -> RunChip | None:
        """The chip under ``point`` (scene), the one drawn last when chips overlap."""
        x, y = point.x(), point.y()
        for chip in reversed(self.chips):
            if chip.contains(x, y):
                return chip
        return None

    def contains(self, point: QPointF) -> bool:
        # The scene asks this to find what is under the mouse: only the chips, not the gaps.
        return self.chip_at(point) is not None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            self._shape = QPainterPath()
            for chip in self.chips:
                for piece in chip.pieces:
                    self._shape.addRoundedRect(_rectf(piece), 3, 3)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(fonts()[1])
        exposed = option.exposedRect
        for chip in self.chips:
            chip.paint(painter, exposed)
