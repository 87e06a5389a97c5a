"""The timeline's geometry: days, lanes, hours, placing and cascading (no Qt needed)."""

import datetime as dt
import random
import subprocess
import sys

import pytest

from studyvisit.records import TransportRunRecord
from studyvisit.ui.timeline.layout import (
    DAY_GAP,
    EVERYONE,
    HEADER_HEIGHT,
    LANE_PAD,
    MIN_LANE_WIDTH,
    MIN_SCALE,
    RULER_WIDTH,
    PlacementCache,
    Span,
    TimelineLayout,
    day_lanes,
    fit_scale,
    run_spans,
    time_range,
)

T = dt.datetime
DAY1, DAY2 = dt.date(2019, 7, 2), dt.date(2019, 7, 3)


def span(key, start, end, *groups):
    return Span(key, start, end, tuple(groups))


SPANS = [
    span("welcome", T(2019, 7, 2, 9), T(2019, 7, 2, 10)),
    span("kom-a", T(2019, 7, 3, 14, 30), T(2019, 7, 3, 15, 45), "a"),
    span("infotech-b", T(2019, 7, 3, 14, 30), T(2019, 7, 3, 15, 45), "b"),
    span("dinner", T(2019, 7, 3, 18), T(2019, 7, 3, 20, 10)),
]


def test_the_layout_module_needs_no_qt() -> None:
    script = (
        "import sys\n"
        "import studyvisit.ui.timeline.layout\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_day_splits_into_the_lanes_of_its_groups_in_the_visits_order() -> None:
    assert day_lanes(SPANS[1:3], ["a", "b"]) == ("a", "b")
    assert day_lanes(SPANS[1:3], ["b", "a"]) == ("b", "a")
    assert day_lanes([SPANS[0]], ["a", "b"]) == (EVERYONE,)
    assert day_lanes([span("x", T(2019, 7, 2, 9), T(2019, 7, 2, 10), "zz")], ["a"]) == ("zz",)


def test_the_ruler_covers_whole_hours_around_every_span() -> None:
    assert time_range(SPANS) == (9 * 60, 21 * 60)
    assert time_range([]) == (8 * 60, 18 * 60)
    late = span("late", T(2019, 7, 2, 22), T(2019, 7, 3, 1))  # past midnight: cut at 24:00
    assert time_range([late]) == (22 * 60, 24 * 60)


def test_the_fitting_scale_shows_the_whole_range_in_the_height() -> None:
    scale = fit_scale(600, 12 * 60)
    layout = TimelineLayout([DAY1, DAY2], SPANS, ["a", "b"], width=800, scale=scale)
    assert layout.height <= 600
    assert fit_scale(50, 24 * 60) == MIN_SCALE


def test_days_side_by_side_fill_the_width_and_keep_a_minimum_lane_width() -> None:
    layout = TimelineLayout([DAY1, DAY2], SPANS, ["a", "b"], width=900, scale=1)
    first, second = layout.columns
    assert (first.day, first.lanes, second.day, second.lanes) == (
        DAY1,
        (EVERYONE,),
        DAY2,
        ("a", "b"),
    )
    assert first.x == RULER_WIDTH + DAY_GAP
    assert second.x == pytest.approx(first.right + DAY_GAP)
    assert layout.width <= 900
    narrow = TimelineLayout([DAY1, DAY2], SPANS, ["a", "b"], width=200, scale=1)
    assert narrow.columns[1].lane_width == MIN_LANE_WIDTH  # scrolls instead of squeezing
    assert narrow.width > 200


def test_an_item_outside_the_visit_gets_its_own_day() -> None:
    early = span("early", T(2019, 7, 1, 9), T(2019, 7, 1, 10))
    layout = TimelineLayout([DAY1], [early], width=600)
    assert [(c.day, c.in_visit) for c in layout.columns] == [
        (dt.date(2019, 7, 1), False),
        (DAY1, True),
    ]


def test_time_and_y_map_both_ways_snapped_to_five_minutes() -> None:
    layout = TimelineLayout([DAY1, DAY2], SPANS, ["a", "b"], width=900, scale=2)
    assert layout.y_of(T(2019, 7, 2, 9), DAY1) == HEADER_HEIGHT
    assert layout.y_of(T(2019, 7, 2, 10, 30), DAY1) == HEADER_HEIGHT + 90 * 2
    assert layout.moment_at(DAY2, HEADER_HEIGHT + 90 * 2 + 5) == T(2019, 7, 3, 10, 35)
    assert layout.moment_at(DAY2, HEADER_HEIGHT + 90 * 2 + 4) == T(2019, 7, 3, 10, 30)
    assert layout.moment_at(DAY1, -500) == T(2019, 7, 2, 9)  # kept within the hours shown
    assert layout.hours() == list(range(9 * 60, 21 * 60 + 1, 60))


def test_the_day_under_a_point_is_the_nearest_one() -> None:
    layout = TimelineLayout([DAY1, DAY2], SPANS, ["a", "b"], width=900, scale=1)
    first, second = layout.columns
    assert layout.column_at(first.x + 5).day == DAY1
    assert layout.column_at(second.right + 500).day == DAY2  # dragged past the last day
    assert layout.column_at(0).day == DAY1
    assert layout.lane_at(second.x + second.lane_width * 1.5)[1] == "b"


def test_an_item_for_everyone_spans_its_day_and_a_group_item_its_lane() -> None:
    layout = TimelineLayout([DAY1, DAY2], SPANS, ["a", "b"], width=900, scale=1)
    placed = layout.place(SPANS)
    day2 = layout.columns[1]
    (dinner,) = placed["dinner"]
    assert dinner.x == day2.x + LANE_PAD and dinner.right == pytest.approx(day2.right - LANE_PAD)
    (kom,) = placed["kom-a"]
    (infotech,) = placed["infotech-b"]
    assert kom.right <= day2.lane_x(1) <= infotech.x
    assert kom.height == pytest.approx(75)
    assert infotech.y == kom.y == layout.y_of(T(2019, 7, 3, 14, 30), DAY2)


def test_groups_that_are_not_side_by_side_get_one_rect_per_run_of_lanes() -> None:
    spans = [span(key, T(2019, 7, 2, 9), T(2019, 7, 2, 10), key) for key in ("a", "b", "c")] + [
        span("ac", T(2019, 7, 2, 11), T(2019, 7, 2, 12), "a", "c")
    ]
    layout = TimelineLayout([DAY1], spans, ["a", "b", "c"], width=900, scale=1)
    assert len(layout.place(spans)["ac"]) == 2


def test_overlapping_items_of_one_lane_are_cascaded_and_others_are_not() -> None:
    spans = [
        *SPANS,
        span("clash", T(2019, 7, 3, 15), T(2019, 7, 3, 16), "a"),
        span("clash-2", T(2019, 7, 3, 15, 30), T(2019, 7, 3, 16, 30), "a"),
        span("later", T(2019, 7, 3, 16, 30), T(2019, 7, 3, 17), "a"),
    ]
    layout = TimelineLayout([DAY1, DAY2], spans, ["a", "b"], width=900, scale=1)
    depths = layout.cascade_depths(spans)
    assert depths["kom-a"] == depths["infotech-b"] == 0  # parallel groups are fine
    assert (depths["clash"], depths["clash-2"], depths["later"]) == (1, 2, 0)
    placed = layout.place(spans)
    assert placed["clash"][0].x > placed["kom-a"][0].x
    assert placed["clash"][0].right == pytest.approx(placed["kom-a"][0].right)


def test_short_spans_get_a_minimum_height_from_their_start_or_around_their_middle() -> None:
    run = span("run", T(2019, 7, 2, 9, 45), T(2019, 7, 2, 9, 55))
    layout = TimelineLayout([DAY1], [run], width=600, scale=0.5)
    (top,) = layout.place([run], min_height=12)["run"]
    (middle,) = layout.place([run], min_height=12, centre=True)["run"]
    assert top.height == middle.height == 12
    assert top.y == layout.y_of(run.start, DAY1)
    assert middle.y + 6 == pytest.approx(layout.y_of(T(2019, 7, 2, 9, 50), DAY1))


def test_a_run_goes_in_the_lanes_of_its_groups_and_of_its_delegates_groups() -> None:
    def run(key, groups=(), delegates=()):
        return TransportRunRecord(
            0, key, "bus", T(2019, 7, 2, 9), T(2019, 7, 2, 9, 20),
            group_keys=groups, delegate_keys=delegates,
        )  # fmt: skip

    spans = run_spans(
        [run("g", ("a",)), run("d", delegates=("d1", "d2")), run("none")],
        {"d1": ("b",), "d2": ("b", "c")},
    )
    assert [s.group_keys for s in spans] == [("a",), ("b", "c"), ()]


def test_arranging_again_places_only_the_days_that_changed() -> None:
    cache = PlacementCache()
    first = TimelineLayout([DAY1, DAY2], SPANS, ["a", "b"], width=900, scale=1)
    before = first.arrange(SPANS, cache=cache)
    assert cache.changed_days == {DAY1, DAY2}
    moved = [*SPANS[:3], span("dinner", T(2019, 7, 3, 18, 30), T(2019, 7, 3, 20, 40))]
    second = TimelineLayout([DAY1, DAY2], moved, ["a", "b"], width=900, scale=1)
    after = second.arrange(moved, cache=cache)

    assert cache.changed_days == {DAY2}
    assert after["welcome"] is before["welcome"]  # day one was not placed again
    assert after["kom-a"] is not before["kom-a"]
    assert {key: p.rects for key, p in after.items()} == second.place(moved)
    assert {key: p.depth for key, p in after.items()} == second.cascade_depths(moved)
    third = TimelineLayout([DAY1, DAY2], moved, ["a", "b"], width=900, scale=2)  # zoomed
    assert third.arrange(moved, cache=cache)["welcome"] is not before["welcome"]
    third.arrange(SPANS[:1], cache=cache)
    assert cache.changed_days == {DAY2}  # its spans are gone


def test_cascade_depths_agree_with_comparing_every_pair() -> None:
    """The per-lane sweep gives what checking each span against all earlier ones gives."""
    rng = random.Random(4)
    groups = ["a", "b", "c", "d"]
    spans = []
    for n in range(300):
        start = T(2019, 7, 2 + rng.randrange(2), rng.randrange(7, 20), rng.choice((0, 15, 30)))
        end = start + dt.timedelta(minutes=rng.choice((0, 15, 45, 90, 180)))
        chosen = tuple(g for g in groups if rng.random() < 0.3)
        spans.append(Span(f"s{n}", start, end, chosen))
    layout = TimelineLayout([DAY1, DAY2], spans, groups, width=900, scale=1)

    expected: dict[str, int] = {}
    ordered = sorted(spans, key=lambda s: (s.start, s.start - s.end, s.key))
    for index, one in enumerate(ordered):
        column = layout.column(one.day)
        lanes = set(column.lane_indices(one.group_keys))
        earlier = [
            expected[other.key]
            for other in ordered[:index]
            if other.day == one.day
            and lanes & set(column.lane_indices(other.group_keys))
            and other.start < one.end
            and one.start < other.end
        ]
        expected[one.key] = 1 + max(earlier, default=-1)
    assert layout.cascade_depths(spans) == expected
    assert max(expected.values()) >= 2
