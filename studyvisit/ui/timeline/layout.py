"""Where things go on the timeline: plain geometry, no Qt (unit-tested on its own).

Days stand side by side after an hour ruler; a day is split into one lane per
group that has a programme (or a transport run) of its own that day, else it is
one lane for everyone. Time runs down at ``scale`` pixels per minute, the same
hours for every day. Something for everyone spans all lanes of its day; things
that overlap in time and lanes are cascaded (the later one indented) so both
stay visible.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyvisit.services.itinerary import snap

EVERYONE = None  # the lane of a day whose groups do not split

RULER_WIDTH = 54.0
HEADER_HEIGHT = 48.0  # the day's name and, on split days, its lanes' names
BOTTOM_PAD = 12.0
DAY_GAP = 8.0
LANE_PAD = 2.0
MIN_LANE_WIDTH = 80.0
MIN_SCALE = 0.3  # pixels per minute
MAX_SCALE = 8.0
DEFAULT_SCALE = 1.0
DEFAULT_RANGE = (8 * 60, 18 * 60)  # the hours shown when there is nothing to show
CASCADE_STEP = 0.4  # of the width, per level of overlap
CASCADE_LIMIT = 0.6
DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Span:
    """Something placed on the timeline: an agenda item or a transport run."""

    key: str
    start: dt.datetime
    end: dt.datetime
    group_keys: tuple[str, ...] = ()  # empty: everyone

    @property
    def day(self) -> dt.date:
        return self.start.date()


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a span goes: its rects, and how far it is cascaded (drawn above the ones before)."""

    rects: list[Rect]
    depth: int


class PlacementCache:
    """The placements of the last arrangement, per day.

    A day whose column, hours, scale and spans are what they were is not placed
    again: after one edit only its day is (a big visit has thousands of spans).
    """

    def __init__(self) -> None:
        self.days: dict[dt.date, tuple[tuple, dict[str, Placement]]] = {}
        self.changed_days: set[dt.date] = set()  # placed anew (or gone) by the last arrangement


@dataclass(frozen=True, slots=True)
class DayColumn:
    day: dt.date
    x: float
    width: float
    lanes: tuple[str | None, ...]  # group keys; (EVERYONE,) when the day does not split
    in_visit: bool = True

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def split(self) -> bool:
        return self.lanes != (EVERYONE,)

    @property
    def lane_width(self) -> float:
        return self.width / len(self.lanes)

    def lane_x(self, index: int) -> float:
        return self.x + index * self.lane_width

    def lane_indices(self, group_keys: Iterable[str]) -> list[int]:
        """The lanes of these groups; all lanes for everyone (or groups without a lane here)."""
        wanted = set(group_keys)
        found = [index for index, lane in enumerate(self.lanes) if lane in wanted]
        return found or list(range(len(self.lanes)))


def _minutes(time_of_day: dt.time | dt.datetime) -> float:
    """Minutes from midnight of a time of day."""
    seconds = time_of_day.second + time_of_day.microsecond / 1_000_000
    return time_of_day.hour * 60 + time_of_day.minute + seconds / 60


def day_lanes(spans: Iterable[Span], group_order: Sequence[str] = ()) -> tuple[str | None, ...]:
    """The lanes of a day: each group named by its spans, in the visit's group order."""
    used = {key for span in spans for key in span.group_keys}
    ordered = [key for key in group_order if key in used]
    ordered += sorted(used - set(ordered))
    return tuple(ordered) or (EVERYONE,)


def time_range(spans: Iterable[Span]) -> tuple[int, int]:
    """The minutes of the day the ruler shows: the whole hours around every span."""
    spans = list(spans)
    if not spans:
        return DEFAULT_RANGE
    # Times of day, compared as such: the timeline runs this on thousands of spans per redraw.
    first = _minutes(min(span.start.time() for span in spans))
    if any(span.end.date() > span.start.date() for span in spans):
        last = DAY_MINUTES  # something goes on past midnight
    else:
        last = _minutes(max(span.end.time() for span in spans))
    first_hour = math.floor(first / 60) * 60
    last_hour = min(math.ceil(last / 60) * 60, DAY_MINUTES)
    return first_hour, max(last_hour, first_hour + 60)


def clamp_scale(scale: float) -> float:
    return min(max(scale, MIN_SCALE), MAX_SCALE)


def fit_scale(height: float, minutes: float) -> float:
    """The scale that shows ``minutes`` of a day in a view ``height`` pixels high."""
    usable = height - HEADER_HEIGHT - BOTTOM_PAD - 2  # slack: no scroll bar for rounding
    return clamp_scale(usable / max(minutes, 1.0))


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _runs_of(indices: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of lane indices as (first, count)."""
    runs: list[tuple[int, int]] = []
    for index in sorted(indices):
        if runs and runs[-1][0] + runs[-1][1] == index:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((index, 1))
    return runs


class TimelineLayout:
    """The geometry of one visit's timeline at one width and scale."""

    def __init__(
        self,
        visit_days: Iterable[dt.date],
        spans: Iterable[Span],
        group_order: Sequence[str] = (),
        *,
        width: float = 0.0,
        scale: float = DEFAULT_SCALE,
    ) -> None:
        spans = list(spans)
        visit_days = set(visit_days)
        self.scale = clamp_scale(scale)
        self.first_minute, self.last_minute = time_range(spans)
        by_day: dict[dt.date, list[Span]] = defaultdict(list)
        for span in spans:
            by_day[span.day].append(span)
        days = sorted(visit_days | set(by_day))
        lanes = {day: day_lanes(by_day.get(day, ()), group_order) for day in days}
        count = max(len(days), 1)
        fair = math.floor((width - RULER_WIDTH - DAY_GAP * (count + 1)) / count)
        x = RULER_WIDTH + DAY_GAP
        self.columns: list[DayColumn] = []
        for day in days:
            column_width = max(fair, len(lanes[day]) * MIN_LANE_WIDTH)
            self.columns.append(DayColumn(day, x, column_width, lanes[day], day in visit_days))
            x += column_width + DAY_GAP
        self.width = x
        self.height = self.y_of_minute(self.last_minute) + BOTTOM_PAD
        self._by_day = {column.day: column for column in self.columns}
        # Thousands of spans share a few groups: their lanes are worked out once per day.
        self._lane_sets: dict[tuple[dt.date, tuple[str, ...]], frozenset[int]] = {}
        self._lane_runs: dict[tuple[dt.date, tuple[str, ...]], list[tuple[int, int]]] = {}
        self._lane_index: dict[dt.date, dict[str | None, int]] = {}
        self._midnights: dict[dt.date, dt.datetime] = {}

    # ------------------------------------------------------------------ time ↔ y

    def y_of_minute(self, minute: float) -> float:
        return HEADER_HEIGHT + (minute - self.first_minute) * self.scale

    def minute_at(self, y: float) -> float:
        return self.first_minute + (y - HEADER_HEIGHT) / self.scale

    def y_of(self, moment: dt.datetime, day: dt.date) -> float:
        """The y of ``moment`` in ``day``'s column, kept within the hours shown."""
        # The day's midnight is made once per layout: this runs twice for every span.
        midnight = self._midnights.get(day)
        if midnight is None:
            midnight = self._midnights[day] = dt.datetime.combine(day, dt.time())
        minute = (moment - midnight).total_seconds() / 60
        minute = min(max(minute, self.first_minute), self.last_minute)
        return HEADER_HEIGHT + (minute - self.first_minute) * self.scale

    def moment_at(self, day: dt.date, y: float) -> dt.datetime:
        """The time at ``y`` in ``day``'s column, snapped to the 5-minute grid."""
        minute = min(max(self.minute_at(y), self.first_minute), self.last_minute)
        return snap(dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute))

    def hours(self) -> list[int]:
        """The whole hours on the ruler, in minutes of the day."""
        return list(range(self.first_minute, self.last_minute + 1, 60))

    # ------------------------------------------------------------------ days and lanes

    def column(self, day: dt.date) -> DayColumn | None:
        return self._by_day.get(day)

    def column_at(self, x: float) -> DayColumn | None:
        """The day under ``x``, or the nearest one (a drag past the last day stays on it)."""
        if not self.columns:
            return None
        return min(
            self.columns,
            key=lambda column: (
                0.0
                if column.x <= x <= column.right
                else min(abs(x - column.x), abs(x - column.right))
            ),
        )

    def lane_at(self, x: float) -> tuple[DayColumn, str | None] | None:
        column = self.column_at(x)
        if column is None:
            return None
        index = int((x - column.x) // column.lane_width)
        return column, column.lanes[min(max(index, 0), len(column.lanes) - 1)]

    # ------------------------------------------------------------------ placing

    def span_rects(
        self,
        day: dt.date,
        group_keys: Iterable[str],
        start: dt.datetime,
        end: dt.datetime,
        *,
        depth: int = 0,
        min_height: float = 0.0,
        centre: bool = False,
    ) -> list[Rect]:
        """Where a span of these groups goes on ``day``: one rect per run of adjacent lanes.

        ``depth`` indents it (cascaded overlap); a span shorter than ``min_height``
        is drawn that high, from its start or around its middle (``centre``).
        """
        column = self._by_day.get(day)
        if column is None:
            return []
        top, bottom = self.y_of(start, day), self.y_of(end, day)
        if bottom - top < min_height:
            middle = (top + bottom) / 2
            top = middle - min_height / 2 if centre else top
            bottom = top + min_height
        rects = []
        for first, count in self._runs(column, tuple(group_keys)):
            width = count * column.lane_width - 2 * LANE_PAD
            indent = width * min(CASCADE_STEP * depth, CASCADE_LIMIT)
            x = column.lane_x(first) + LANE_PAD + indent
            rects.append(Rect(x, top, width - indent, bottom - top))
        return rects

    def cascade_depths(self, spans: Iterable[Span]) -> dict[str, int]:
        """How far each span is indented: one step more than the overlapping spans before it."""
        depths: dict[str, int] = {}
        by_day: dict[dt.date, list[Span]] = defaultdict(list)
        for span in spans:
            by_day[span.day].append(span)
        for day, day_spans in by_day.items():
            column = self.column(day)
            if column is None:
                continue
            # A sweep in start order, per lane: only spans still running in one of its
            # lanes can overlap the next one (a big day has dozens of lanes side by side).
            running: dict[int, list[tuple[Span, int]]] = defaultdict(list)
            for span in sorted(day_spans, key=lambda s: (s.start, s.start - s.end, s.key)):
                depth = 0
                lanes = self._lane_set(column, span.group_keys)
                for lane in lanes:
                    still = [entry for entry in running[lane] if entry[0].end > span.start]
                    for other, other_depth in still:
                        if other_depth >= depth and _overlap(span, other):
                            depth = other_depth + 1
                    still.append((span, depth))
                    running[lane] = still
                for lane in lanes:  # its depth is known only after all its lanes were seen
                    running[lane][-1] = (span, depth)
                depths[span.key] = depth
        return depths

    def _lane_indices(self, column: DayColumn, group_keys: tuple[str, ...]) -> list[int]:
        """``column.lane_indices`` by a look-up per group, not a walk over the day's lanes."""
        index_of = self._lane_index.get(column.day)
        if index_of is None:
            index_of = self._lane_index[column.day] = {
                lane: index for index, lane in enumerate(column.lanes)
            }
        found = sorted({index_of[key] for key in group_keys if key in index_of})
        return found or list(range(len(column.lanes)))

    def _lane_set(self, column: DayColumn, group_keys: tuple[str, ...]) -> frozenset[int]:
        found = self._lane_sets.get((column.day, group_keys))
        if found is None:
            found = frozenset(self._lane_indices(column, group_keys))
            self._lane_sets[column.day, group_keys] = found
        return found

    def _runs(self, column: DayColumn, group_keys: tuple[str, ...]) -> list[tuple[int, int]]:
        found = self._lane_runs.get((column.day, group_keys))
        if found is None:
            found = _runs_of(self._lane_indices(column, group_keys))
            self._lane_runs[column.day, group_keys] = found
        return found

    def place(
        self, spans: Iterable[Span], *, min_height: float = 0.0, centre: bool = False
    ) -> dict[str, list[Rect]]:
        """The rects of every span, overlaps cascaded (keys must be unique)."""
        arranged = self.arrange(spans, min_height=min_height, centre=centre)
        return {key: placement.rects for key, placement in arranged.items()}

    def arrange(
        self,
        spans: Iterable[Span],
        *,
        min_height: float = 0.0,
        centre: bool = False,
        cache: PlacementCache | None = None,
    ) -> dict[str, Placement]:
        """Every span's rects and cascade depth, in the order of ``spans`` (keys must be unique).

        With a ``cache``, the days that did not change since its last use are taken
        from it, and it is left holding this arrangement.
        """
        spans = list(spans)
        by_day: dict[dt.date, list[Span]] = defaultdict(list)
        for span in spans:
            by_day[span.day].append(span)
        found: dict[str, Placement] = {}
        kept: dict[dt.date, tuple[tuple, dict[str, Placement]]] = {}
        changed: set[dt.date] = set()
        for day, day_spans in by_day.items():
            signature = (
                self._by_day.get(day),
                self.first_minute,
                self.last_minute,
                self.scale,
                min_height,
                centre,
                tuple(day_spans),
            )
            earlier = cache.days.get(day) if cache is not None else None
            if earlier is not None and earlier[0] == signature:
                placed = earlier[1]
            else:
                changed.add(day)
                depths = self.cascade_depths(day_spans)
                placed = {
                    span.key: Placement(
                        self.span_rects(
                            day,
                            span.group_keys,
                            span.start,
                            span.end,
                            depth=depths.get(span.key, 0),
                            min_height=min_height,
                            centre=centre,
                        ),
                        depths.get(span.key, 0),
                    )
                    for span in day_spans
                }
            kept[day] = (signature, placed)
            found.update(placed)
        if cache is not None:
            cache.changed_days = changed | (cache.days.keys() - kept.keys())
            cache.days = kept
        return {span.key: found[span.key] for span in spans}


# ---------------------------------------------------------------------- the plan as spans


def item_spans(agenda: Iterable) -> list[Span]:
    """One span per agenda item (``AgendaItemRecord``), in its groups' lanes."""
    return [Span(item.key, item.start, item.end, tuple(item.group_keys)) for item in agenda]


def run_spans(transport: Iterable, delegate_groups: dict[str, tuple[str, ...]]) -> list[Span]:
    """One span per transport run, in the lanes of the groups it carries.

    A run lists groups, or delegates (whose groups count), or neither (then it
    spans its day, like an item for everyone).
    """
    spans = []
    for run in transport:
        groups = tuple(run.group_keys)
        if run.delegate_keys:
            riders = [key for d in run.delegate_keys for key in delegate_groups.get(d, ())]
            groups = tuple(dict.fromkeys(groups + tuple(riders)))
        elif len(groups) > 1:
            groups = tuple(dict.fromkeys(groups))
        spans.append(Span(run.key, run.depart, run.arrive, groups))
    return spans
