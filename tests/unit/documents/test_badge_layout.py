"""Badge layouts: the shipped label stocks, and clear refusals of broken layout files."""

from __future__ import annotations

import copy
import json

import pytest

from studyvisit.documents.badge_layout import (
    DEFAULT_LAYOUT,
    BadgeLayout,
    StackElement,
    available_layouts,
    load_layout,
    parse_layout,
)
from studyvisit.errors import ValidationError

# name: (page, badge, columns × rows, first badge's top-left, pitch across and down) in mm
STOCKS = {
    "a6-portrait": ((105, 148), (105, 148), (1, 1), (0, 0), (105, 148)),
    "a4-2x4-cards": ((210, 297), (90, 55), (2, 4), (10, 26.5), (100, 63)),
    "avery-l4785": ((210, 297), (80, 50), (2, 5), (18, 13), (95, 55)),
}


def minimal(**changes) -> dict:
    data = {
        "page": {"width": 100, "height": 100},
        "badge": {"width": 80, "height": 50},
        "grid": {"columns": 1, "rows": 1},
        "front": [
            {
                "type": "text",
                "field": "name",
                "x": 5,
                "y": 5,
                "width": 70,
                "height": 10,
                "font": "bold",
                "size": [20, 10],
                "lines": 2,
            },
            {"type": "qr", "x": 60, "y": 30, "size": 15},
        ],
    }
    data.update(changes)
    return data


def test_the_three_required_layouts_are_shipped_and_load() -> None:
    assert set(STOCKS) <= set(available_layouts())
    assert DEFAULT_LAYOUT in available_layouts()
    for name in available_layouts():
        layout = load_layout(name)
        assert layout.name == name and layout.title and layout.source


@pytest.mark.parametrize("name", sorted(STOCKS))
def test_stock_dimensions(name: str) -> None:
    page, badge, grid, first, pitch = STOCKS[name]
    layout = load_layout(name)
    assert (layout.page_width, layout.page_height) == page
    assert (layout.badge_width, layout.badge_height) == badge
    assert (layout.columns, layout.rows) == grid
    assert layout.per_page == grid[0] * grid[1]
    assert (layout.left, layout.top) == pytest.approx(first)
    if layout.per_page > 1:
        second, below = layout.badge_rect(1), layout.badge_rect(layout.columns)
        assert (second.x - layout.left, below.y - layout.top) == pytest.approx(pitch)
    for slot in range(layout.per_page):
        rect = layout.badge_rect(slot)
        assert rect.x >= 0 and rect.right <= layout.page_width + 1e-9
        assert rect.y >= 0 and rect.bottom <= layout.page_height + 1e-9


def test_avery_l4785_leaves_the_templates_margins() -> None:
    layout = load_layout("avery-l4785")
    last = layout.badge_rect(layout.per_page - 1)
    assert layout.page_width - last.right == pytest.approx(17)
    assert layout.page_height - last.bottom == pytest.approx(14)
    assert layout.corner_radius == 4 and not layout.crop_marks


def test_cards_have_crop_marks_and_a_bleed() -> None:
    layout = load_layout("a4-2x4-cards")
    assert layout.crop_marks and layout.bleed == 2 and layout.back


def test_no_layout_name_means_the_default() -> None:
    assert load_layout(None).name == DEFAULT_LAYOUT


def test_backs_are_mirrored_for_long_edge_flipping() -> None:
    layout = load_layout("a4-2x4-cards")
    for slot in range(layout.per_page):
        front, back = layout.badge_rect(slot), layout.badge_rect(slot, back=True)
        assert back.x == pytest.approx(layout.page_width - front.right)
        assert back.y == pytest.approx(front.y)


def test_short_edge_duplex_mirrors_up_and_down() -> None:
    layout = parse_layout(
        "short", minimal(duplex="short-edge", grid={"columns": 1, "rows": 1, "top": 10})
    )
    front, back = layout.badge_rect(0), layout.badge_rect(0, back=True)
    assert back.x == front.x and back.y == pytest.approx(100 - front.bottom)


def test_an_unknown_layout_is_refused_with_the_names_to_choose_from() -> None:
    with pytest.raises(ValidationError) as refused:
        load_layout("a5-landscape")
    message = str(refused.value)
    assert "a5-landscape" in message
    assert all(name in message for name in available_layouts())


def test_a_layout_file_given_by_path(tmp_path) -> None:
    path = tmp_path / "my-stock.json"
    path.write_text(json.dumps(minimal(title="My labels")), encoding="utf-8")
    layout = load_layout(str(path))
    assert (
        isinstance(layout, BadgeLayout)
        and layout.name == "my-stock"
        and layout.title == "My labels"
    )
    # A grid without margins is centred on the page.
    assert (layout.left, layout.top) == (10, 25)


def test_stacks_hold_text_items_with_their_own_widths() -> None:
    layout = load_layout("a4-2x4-cards")
    stacks = [e for e in layout.front if isinstance(e, StackElement)]
    assert stacks and {"name", "native_name", "organisation"} <= set(layout.text_elements())
    names = stacks[0].items
    assert names[0].box.width == 80 and names[1].box.width == 61


def broken(change) -> str:
    data = minimal()
    change(data)
    with pytest.raises(ValidationError) as refused:
        parse_layout("broken", data, "broken.json")
    return str(refused.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("page"), "page: missing"),
        (lambda d: d["badge"].update(width=-5), "'width' must be more than zero"),
        (lambda d: d["grid"].update(columns=2), "more than the page"),
        (lambda d: d["grid"].update(rows="two"), "'rows' must be a whole number"),
        (lambda d: d["front"][0].update(field="nickname"), "unknown field 'nickname'"),
        (lambda d: d["front"][0].update(font="Helvetica"), "unknown font 'Helvetica'"),
        (lambda d: d["front"][0].update(width=90), "beyond the badge"),
        (lambda d: d["front"][0].update(height=2), "cannot hold one line at 10 pt"),
        (lambda d: d["front"][0].update(size=[8, 12]), "'size' must be points"),
        (lambda d: d["front"][0].update(colour="red"), "must be written #RRGGBB"),
        (lambda d: d["front"][1].update(y=10), "overlap"),
        (
            lambda d: d["front"].append(
                {"type": "circle", "x": 1, "y": 1, "width": 2, "height": 2}
            ),
            "unknown type 'circle'",
        ),
        (lambda d: d.update(front=[]), "at least one element"),
        (lambda d: d.update(duplex="sideways"), "'long-edge' or 'short-edge'"),
        (lambda d: d.update(role_colours={"vip": "#FF0000"}), "unknown roles ['vip']"),
        (
            lambda d: d["front"].__setitem__(
                0,
                {
                    "type": "stack",
                    "x": 5,
                    "y": 5,
                    "width": 70,
                    "height": 10,
                    "items": [
                        {"field": "name", "height": 8, "size": 12},
                        {"field": "position", "height": 8, "size": 8},
                    ],
                },
            ),
            "add up to 17 mm",
        ),
    ],
)
def test_broken_layouts_are_refused_with_a_clear_message(change, expected: str) -> None:
    message = broken(change)
    assert message.startswith("Badge layout broken.json")
    assert expected in message


def test_an_element_error_names_the_element() -> None:
    message = broken(lambda d: d["front"][0].update(font="Arial"))
    assert "front element 1 (text name)" in message


def test_a_layout_file_that_is_not_json(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="bad.json: not valid JSON"):
        load_layout(str(path))


def test_shipped_layouts_parse_again_from_their_own_data() -> None:
    # The parser keeps nothing between calls: a copy of a shipped file gives the same layout.
    from studyvisit.resources import read_text

    data = json.loads(read_text("badge-layouts", "avery-l4785.json"))
    assert parse_layout("avery-l4785", copy.deepcopy(data)) == parse_layout("avery-l4785", data)
