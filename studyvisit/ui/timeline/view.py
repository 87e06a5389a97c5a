"""The timeline view: draws the visit, turns mouse and keys into requests, keeps headers in sight.

The view changes nothing itself: a drag ends in ``move_requested`` or
``resize_requested`` (snapped to the 5-minute grid), a double-click in
``edit_requested``..., and the Itinerary section commits them through the
window's editor. The day headers and the hour ruler are drawn over the scene
in viewport coordinates, so they stay in sight while scrolling.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QToolTip, QWidget

from studyvisit.services.itinerary import SNAP_MINUTES
from studyvisit.ui.formatting import format_day
from studyvisit.ui.timeline.items import AgendaBlock, RunChip, RunLayer, font_metrics, fonts
from studyvisit.ui.timeline.layout import (
    DEFAULT_SCALE,
    HEADER_HEIGHT,
    RULER_WIDTH,
    Rect,
    TimelineLayout,
    clamp_scale,
    fit_scale,
    time_range,
)
from studyvisit.ui.timeline.scene import BACKGROUND, TimelineScene, lane_title
from studyvisit.ui.visit_data import LoadedVisit

ZOOM_STEP = 1.2
HEADER_FILL = "#eef2f7"
MIN_BLOCK_HEIGHT = 6.0


@dataclass
class _Drag:
    """A press on a block that may become a move or a resize."""

    block: AgendaBlock
    resize: bool
    pressed_at: QPointF
    grab_offset: float  # from the block's top to the pointer, in scene pixels
    original: list[Rect] = field(default_factory=list)
    active: bool = False
    start: dt.datetime | None = None
    end: dt.datetime | None = None


class TimelineView(QGraphicsView):
    """Days side by side, time running down; drag, resize, double-click, right-click."""

    move_requested = Signal(str, object)  # item key, new start (datetime)
    resize_requested = Signal(str, object)  # item key, new end (datetime)
    edit_requested = Signal(str)
    delete_requested = Signal(list)  # item keys
    menu_requested = Signal(object, object, QPoint)  # item key or None, datetime or None, global
    run_activated = Signal(str)  # a transport run's key
    selection_changed = Signal(list)  # item keys

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-view")
        self.timeline = TimelineScene(self)
        self.setScene(self.timeline)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # The headers are drawn over the scene at fixed viewport places: repaint all on scroll.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.visit: LoadedVisit | None = None
        self.scale_ = DEFAULT_SCALE  # pixels per minute
        self.fitted = True  # follow the view's height until the user zooms
        self._drag: _Drag | None = None
        self._quiet = False
        self._built_size = (0, 0)
        self.timeline.selectionChanged.connect(self._selection_changed)
        self._rebuild_later = QTimer(self)
        self._rebuild_later.setSingleShot(True)
        self._rebuild_later.timeout.connect(self.rebuild)

    # ------------------------------------------------------------------ content

    def show_visit(self, visit: LoadedVisit | None) -> None:
        self.visit = visit
        self.rebuild()

    @property
    def geometry_(self) -> TimelineLayout | None:
        return self.timeline.layout

    def rebuild(self) -> None:
        """Lay the visit out again (new data, width or scale); the selection is kept."""
        if self._drag is not None and self._drag.active:
            self._rebuild_later.start(50)
            return
        keys = self.selected_keys()
        self._quiet = True
        try:
            self.timeline.populate(self.visit, self._make_layout())
            for key in keys:
                if key in self.timeline.blocks:
                    self.timeline.blocks[key].setSelected(True)
        finally:
            self._quiet = False
        self._built_size = (self.viewport().width(), self.viewport().height())
        self.viewport().update()
        if keys != self.selected_keys():
            self.selection_changed.emit(self.selected_keys())

    def _make_layout(self) -> TimelineLayout | None:
        if self.visit is None:
            return None
        plan = self.visit.plan
        items, runs = self.timeline.spans(self.visit)
        spans = items + runs
        if self.fitted:
            first, last = time_range(spans)
            self.scale_ = fit_scale(self.viewport().height(), last - first)
        return TimelineLayout(
            plan.visit.days,
            spans,
            [group.key for group in plan.groups],
            width=self.viewport().width(),
            scale=self.scale_,
        )

    # ------------------------------------------------------------------ selection

    def selected_keys(self) -> list[str]:
        blocks = [item for item in self.timeline.selectedItems() if isinstance(item, AgendaBlock)]
        return [block.key for block in sorted(blocks, key=lambda b: (b.record.start, b.key))]

    def select_keys(self, keys: list[str], *, ensure_visible: bool = True) -> int:
        """Select the blocks of these items (and scroll to the first); how many were found."""
        blocks = [self.timeline.blocks[key] for key in keys if key in self.timeline.blocks]
        self._quiet = True
        try:
            self.timeline.clearSelection()
            for block in blocks:
                block.setSelected(True)
        finally:
            self._quiet = False
        if ensure_visible and blocks:
            self.show_block(min(blocks, key=lambda b: (b.record.start, b.key)))
        return len(blocks)

    def show_block(self, block: AgendaBlock) -> None:
        """Scroll so that the block is in sight, below the headers and right of the ruler."""
        rect = block.scene_rect()
        self.ensureVisible(rect.adjusted(-RULER_WIDTH, -HEADER_HEIGHT, 0, 0), 12, 12)

    def _selection_changed(self) -> None:
        if not self._quiet:
            self.selection_changed.emit(self.selected_keys())

    # ------------------------------------------------------------------ zoom

    def zoom(self, factor: float, anchor_y: float | None = None) -> None:
        """Scale time by ``factor`` around the viewport's ``anchor_y`` (default: its middle)."""
        layout = self.timeline.layout
        if layout is None:
            return
        anchor_y = self.viewport().height() / 2 if anchor_y is None else anchor_y
        minute = layout.minute_at(self.mapToScene(QPoint(0, int(anchor_y))).y())
        self.scale_ = clamp_scale(layout.scale * factor)
        self.fitted = False
        self.rebuild()
        if self.timeline.layout is not None:
            new_y = self.timeline.layout.y_of_minute(minute)
            self.verticalScrollBar().setValue(round(new_y - anchor_y))

    def fit_day(self) -> None:
        """Back to the scale that shows a whole day in the view."""
        self.fitted = True
        self.rebuild()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP**steps, event.position().y())
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = (self.viewport().width(), self.viewport().height())
        if size != self._built_size:
            self.rebuild()

    # ------------------------------------------------------------------ mouse

    def _on_headers(self, position: QPointF) -> bool:
        return position.y() < HEADER_HEIGHT or position.x() < RULER_WIDTH

    def block_at(self, position: QPointF) -> AgendaBlock | None:
        item = self.itemAt(position.toPoint())
        return item if isinstance(item, AgendaBlock) else None

    def thing_at(self, position: QPointF) -> AgendaBlock | RunChip | None:
        """The block or run chip on top under a viewport position."""
        item = self.itemAt(position.toPoint())
        if isinstance(item, RunLayer):
            return item.chip_at(self.mapToScene(position.toPoint()))
        return item if isinstance(item, AgendaBlock) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._on_headers(position):
            event.accept()
            return
        block = self.block_at(position)
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            point = self.mapToScene(position.toPoint())
            top = block.scene_rect().top()
            self._drag = _Drag(
                block,
                resize=block.on_bottom_edge(point),
                pressed_at=position,
                grab_offset=point.y() - top,
                original=list(block.pieces),
            )
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not drag.active:
                moved = (event.position() - drag.pressed_at).manhattanLength()
                if moved < QApplication.startDragDistance():
                    event.accept()
                    return
                drag.active = True
                self.viewport().setCursor(
                    Qt.CursorShape.SizeVerCursor if drag.resize else Qt.CursorShape.ClosedHandCursor
                )
            self._preview(drag, self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        self._update_cursor(event.position())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        super().mouseReleaseEvent(event)
        if drag is None or not drag.active or event.button() != Qt.MouseButton.LeftButton:
            return
        self.viewport().unsetCursor()
        record = drag.block.record
        # The request reloads the visit (and this block) through the editor: emit last.
        if not drag.resize and drag.start is not None and drag.start != record.start:
            self.move_requested.emit(record.key, drag.start)
        elif drag.resize and drag.end is not None and drag.end != record.end:
            self.resize_requested.emit(record.key, drag.end)
        else:
            self.rebuild()  # dropped where it was

    def _preview(self, drag: _Drag, point: QPointF) -> None:
        layout = self.timeline.layout
        if layout is None:
            return
        record = drag.block.record
        if drag.resize:
            day = record.start.date()
            shortest = record.start + dt.timedelta(minutes=SNAP_MINUTES)
            end = max(layout.moment_at(day, point.y()), shortest)
            bottom = layout.y_of(end, day)
            pieces = [
                Rect(p.x, p.y, p.width, max(bottom - p.y, MIN_BLOCK_HEIGHT)) for p in drag.original
            ]
            drag.start, drag.end = record.start, end
        else:
            column = layout.column_at(point.x())
            if column is None:
                return
            start = layout.moment_at(column.day, point.y() - drag.grab_offset)
            end = start + (record.end - record.start)
            pieces = layout.span_rects(
                column.day, record.group_keys, start, end, min_height=MIN_BLOCK_HEIGHT
            )
            drag.start, drag.end = start, end
        drag.block.show_preview(pieces, drag.start, drag.end)
        self.viewport().update()

    def _update_cursor(self, position: QPointF) -> None:
        block = self.block_at(position)
        if block is None:
            self.viewport().unsetCursor()
        elif block.on_bottom_edge(self.mapToScene(position.toPoint())):
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.thing_at(event.position())
        if isinstance(item, AgendaBlock):
            self.edit_requested.emit(item.key)
        elif isinstance(item, RunChip):
            self.run_activated.emit(item.key)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = QPointF(event.pos())
        if self._on_headers(position):
            return
        key = None
        block = self.block_at(position)
        if block is not None:
            if not block.isSelected():
                self.timeline.clearSelection()
                block.setSelected(True)
            key = block.key
        self.menu_requested.emit(key, self.moment_at(position), event.globalPos())
        event.accept()

    def moment_at(self, position: QPointF) -> dt.datetime | None:
        """The day and time (snapped) under a viewport position."""
        layout = self.timeline.layout
        if layout is None:
            return None
        point = self.mapToScene(position.toPoint())
        column = layout.column_at(point.x())
        return layout.moment_at(column.day, point.y()) if column is not None else None

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item = self.thing_at(QPointF(event.pos()))
            text = item.tooltip_text() if item is not None else ""
            if text and not self._on_headers(QPointF(event.pos())):
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None and self._drag.active:
            self._drag = None
            self.rebuild()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_keys():
            self.delete_requested.emit(self.selected_keys())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_keys():
            self.edit_requested.emit(self.selected_keys()[0])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ------------------------------------------------------------------ headers

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        layout, visit = self.timeline.layout, self.visit
        if layout is None or visit is None:
            return
        painter.save()
        painter.resetTransform()
        origin = self.mapFromScene(QPointF(0, 0))
        self._draw_ruler(painter, layout, origin.y())
        self._draw_day_headers(painter, layout, visit, origin.x())
        painter.restore()

    def _draw_ruler(self, painter: QPainter, layout: TimelineLayout, dy: float) -> None:
        height = self.viewport().height()
        painter.fillRect(QRectF(0, 0, RULER_WIDTH, height), QColor(BACKGROUND))
        painter.setPen(QPen(QColor("#d5dbe3"), 1))
        painter.drawLine(QPointF(RULER_WIDTH - 0.5, 0), QPointF(RULER_WIDTH - 0.5, height))
        _title, small = fonts()
        painter.setFont(small)
        line = font_metrics()[1].height()
        painter.setPen(QColor("#5b6470"))
        for minute in layout.hours():
            y = layout.y_of_minute(minute) + dy
            if y - line / 2 < HEADER_HEIGHT or y > height:
                continue
            painter.drawText(
                QRectF(0, y - line / 2, RULER_WIDTH - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{minute // 60 % 24:02d}:00",
            )

    def _draw_day_headers(
        self, painter: QPainter, layout: TimelineLayout, visit: LoadedVisit, dx: float
    ) -> None:
        width = self.viewport().width()
        painter.fillRect(QRectF(0, 0, width, HEADER_HEIGHT), QColor(HEADER_FILL))
        painter.setPen(QPen(QColor("#cfd6de"), 1))
        painter.drawLine(QPointF(0, HEADER_HEIGHT - 0.5), QPointF(width, HEADER_HEIGHT - 0.5))
        title_font, small = fonts()
        title_metrics, small_metrics = font_metrics()
        visit_days = visit.plan.visit.days
        for column in layout.columns:
            x = column.x + dx
            if x > width or x + column.width < RULER_WIDTH:
                continue
            painter.setFont(title_font)
            painter.setPen(QColor("#1f2933" if column.in_visit else "#8a9099"))
            painter.drawText(
                QRectF(x, 4, column.width, 20),
                Qt.AlignmentFlag.AlignCenter,
                title_metrics.elidedText(
                    format_day(column.day), Qt.TextElideMode.ElideRight, column.width - 8
                ),
            )
            painter.setFont(small)
            painter.setPen(QColor("#5b6470"))
            if column.split:
                for index, lane in enumerate(column.lanes):
                    lane_rect = QRectF(column.lane_x(index) + dx + 3, 25, column.lane_width - 6, 18)
                    painter.drawText(
                        lane_rect,
                        Qt.AlignmentFlag.AlignCenter,
                        small_metrics.elidedText(
                            lane_title(visit, lane), Qt.TextElideMode.ElideRight, lane_rect.width()
                        ),
                    )
            else:
                note = (
                    self.tr("Day %1").replace("%1", str(visit_days.index(column.day) + 1))
                    if column.in_visit
                    else self.tr("Outside the visit")
                )
                painter.drawText(
                    QRectF(x, 25, column.width, 18), Qt.AlignmentFlag.AlignCenter, note
                )
        painter.fillRect(QRectF(0, 0, RULER_WIDTH, HEADER_HEIGHT), QColor(HEADER_FILL))
