"""Badge layouts as data: label stock, grid and elements, loaded from ``resources/badge-layouts``.

A layout is one JSON file (its name is the file name without ``.json``): the
page, the badge, the grid of badges on the page, crop marks and bleed, and the
elements of the front (and optionally the back) in millimetres from the
badge's top-left corner. A new label sheet is a new file, not new code; see
``resources/badge-layouts/README.md`` for the format. Anything wrong in a file
is reported as a :class:`~studyvisit.errors.ValidationError` naming the file
and the element.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from studyvisit.documents import fonts
from studyvisit.documents.badge_fields import FIELDS, ROLES
from studyvisit.documents.pdf_text import ASCENT, DESCENT
from studyvisit.errors import ValidationError
from studyvisit.resources import resource

DEFAULT_LAYOUT = "a4-2x4-cards"
LAYOUT_FOLDER = "badge-layouts"
MM = 72 / 25.4  # points per millimetre

FONTS = {
    "regular": fonts.REGULAR,
    "bold": fonts.BOLD,
    "italic": fonts.ITALIC,
    "condensed": fonts.CONDENSED,
    "condensed-bold": fonts.CONDENSED_BOLD,
}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_TOLERANCE = 0.01  # mm: layouts are written to 0.1 mm


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in millimetres from the badge's top-left corner (y grows downwards)."""

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

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right - _TOLERANCE
            and other.x < self.right - _TOLERANCE
            and self.y < other.bottom - _TOLERANCE
            and other.y < self.bottom - _TOLERANCE
        )


@dataclass(frozen=True, slots=True)
class TextElement:
    """A field's text, fitted in its box (shrink, then wrap, then ellipsis)."""

    box: Rect
    field: str
    font: str
    max_size: float
    min_size: float
    max_lines: int = 1
    leading: float = 1.15
    align: Literal["left", "centre", "right"] = "left"
    valign: Literal["top", "middle", "bottom"] = "top"
    colour: str = "#1A1A1A"
    uppercase: bool = False
    write_in: bool = False  # blank badges: a line to write this field by hand
    wrap_below: float | None = None  # points: wrap rather than shrink one line below this
    space_before: float = 0.0  # mm, in a stack: extra space above this item (after another)


@dataclass(frozen=True, slots=True)
class StackElement:
    """Texts set one below another, each only as tall as it needs; empty ones leave no gap.

    Each item's box gives its width and its greatest height; items are placed
    from the stack's top, middle or bottom, ``gap`` millimetres apart.
    """

    box: Rect
    items: tuple[TextElement, ...]
    valign: Literal["top", "middle", "bottom"] = "top"
    gap: float = 1.0


@dataclass(frozen=True, slots=True)
class BandElement:
    """A rectangle in the colour of the person's role (or a fixed colour)."""

    box: Rect
    radius: float = 0.0
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class QrElement:
    """The person's QR code, in a square; ``quiet_zone`` light modules inside it on every side."""

    box: Rect
    quiet_zone: int = 2
    ec_level: Literal["L", "M", "Q", "H"] = "M"


@dataclass(frozen=True, slots=True)
class LogosElement:
    """The coordinator's logo images side by side, scaled to the box's height."""

    box: Rect
    align: Literal["left", "centre", "right"] = "centre"
    gap: float = 3.0


@dataclass(frozen=True, slots=True)
class RuleElement:
    """A thin horizontal line."""

    box: Rect
    thickness: float = 0.5  # points
    colour: str = "#B0B0B0"


@dataclass(frozen=True, slots=True)
class ListElement:
    """A block of lines made by the renderer: the agenda summary or the contacts."""

    box: Rect
    content: Literal["agenda", "contacts"]
    max_size: float
    min_size: float
    colour: str = "#1A1A1A"
    accent: str = "#555555"
    columns: int = 1
    column_gap: float = 4.0  # mm


Element = (
    TextElement | StackElement | BandElement | QrElement | LogosElement | RuleElement | ListElement
)


@dataclass(frozen=True, slots=True)
class BadgeLayout:
    """A label stock and the design printed on it; lengths in millimetres."""

    name: str
    title: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int
    rows: int
    left: float
    top: float
    gap_x: float
    gap_y: float
    front: tuple[Element, ...]
    back: tuple[Element, ...] = ()
    corner_radius: float = 0.0
    crop_marks: bool = False
    bleed: float = 0.0
    duplex: Literal["long-edge", "short-edge"] = "long-edge"
    role_colours: Mapping[str, str] = field(default_factory=dict)
    description: str = ""
    source: str = ""

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def badge_rect(self, slot: int, back: bool = False) -> Rect:
        """Where badge ``slot`` (0-based, row by row) lies on its page, in mm from the top-left.

        On a back page the slot is mirrored so that it lands behind its front
        when the sheet is printed on both sides: across for long-edge flipping,
        up-down for short-edge flipping.
        """
        row, column = divmod(slot, self.columns)
        x = self.left + column * (self.badge_width + self.gap_x)
        y = self.top + row * (self.badge_height + self.gap_y)
        if back and self.duplex == "long-edge":
            x = self.page_width - x - self.badge_width
        elif back:
            y = self.page_height - y - self.badge_height
        return Rect(x, y, self.badge_width, self.badge_height)

    def text_elements(self, back: bool = False) -> dict[str, TextElement]:
        """The side's text elements by field, those inside stacks included."""
        found: dict[str, TextElement] = {}
        for element in self.back if back else self.front:
            if isinstance(element, StackElement):
                found.update((item.field, item) for item in element.items)
            elif isinstance(element, TextElement):
                found[element.field] = element
        return found


# --------------------------------------------------------------------------- loading


def available_layouts() -> list[str]:
    """Names of the shipped layouts, sorted."""
    folder = resource(LAYOUT_FOLDER)
    return sorted(
        entry.name.removesuffix(".json")
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    )


def load_layout(name: str | None) -> BadgeLayout:
    """The shipped layout ``name`` (the default when None), or a layout file given by its path."""
    name = name or DEFAULT_LAYOUT
    if name.endswith(".json") and Path(name).expanduser().is_file():
        path = Path(name).expanduser()
        return parse_layout(
            Path(path).stem, _read(path.read_text(encoding="utf-8"), path.name), path.name
        )
    return parse_layout(name, _raw(name), f"{name}.json")


def _raw(name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """The layout's JSON object, with ``extends`` resolved (the file's keys win)."""
    if name not in available_layouts():
        raise ValidationError(
            f"There is no badge layout called {name!r}; choose one of: {', '.join(available_layouts())}."
        )
    data = _read(
        resource(LAYOUT_FOLDER, f"{name}.json").read_text(encoding="utf-8"), f"{name}.json"
    )
    base_name = data.pop("extends", None)
    if base_name is None:
        return data
    if base_name in (*seen, name):
        raise ValidationError(
            f"Badge layout {name}.json: it extends itself (through {base_name!r})."
        )
    return {**_raw(base_name, (*seen, name)), **data}


def _read(text: str, source: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(f"Badge layout {source}: not valid JSON ({error}).") from error
    if not isinstance(data, dict):
        raise ValidationError(f"Badge layout {source}: must be a JSON object.")
    return data


def parse_layout(name: str, data: Mapping[str, Any], source: str = "") -> BadgeLayout:
    """Build and check a layout from its JSON object; errors name ``source`` and the element."""
    reader = _Reader(source or f"{name}.json")
    page = reader.section(data, "page")
    badge = reader.section(data, "badge")
    grid = reader.section(data, "grid")
    page_width, page_height = (
        reader.length(page, "page", "width"),
        reader.length(page, "page", "height"),
    )
    badge_width = reader.length(badge, "badge", "width")
    badge_height = reader.length(badge, "badge", "height")
    columns, rows = reader.count(grid, "grid", "columns"), reader.count(grid, "grid", "rows")
    gap_x = reader.length(grid, "grid", "gap_x", default=0.0, zero=True)
    gap_y = reader.length(grid, "grid", "gap_y", default=0.0, zero=True)
    used_width = columns * badge_width + (columns - 1) * gap_x
    used_height = rows * badge_height + (rows - 1) * gap_y
    left = reader.length(
        grid, "grid", "left", default=max(0.0, (page_width - used_width) / 2), zero=True
    )
    top = reader.length(
        grid, "grid", "top", default=max(0.0, (page_height - used_height) / 2), zero=True
    )
    if left + used_width > page_width + _TOLERANCE or top + used_height > page_height + _TOLERANCE:
        raise reader.fail(
            "grid",
            f"{columns} × {rows} badges of {badge_width:g} × {badge_height:g} mm with these margins "
            f"and gaps need {left + used_width:g} × {top + used_height:g} mm, "
            f"more than the page's {page_width:g} × {page_height:g} mm.",
        )
    size = (badge_width, badge_height)
    duplex = data.get("duplex", "long-edge")
    if duplex not in ("long-edge", "short-edge"):
        raise reader.fail("duplex", "must be 'long-edge' or 'short-edge'.")
    front = reader.elements(data.get("front"), "front", size)
    if not front:
        raise reader.fail("front", "a layout needs at least one element on the front.")
    back = reader.elements(data.get("back", []), "back", size)
    return BadgeLayout(
        name=name,
        title=str(data.get("title") or name),
        description=str(data.get("description") or ""),
        source=str(data.get("source") or ""),
        page_width=page_width,
        page_height=page_height,
        badge_width=badge_width,
        badge_height=badge_height,
        columns=columns,
        rows=rows,
        left=left,
        top=top,
        gap_x=gap_x,
        gap_y=gap_y,
        front=front,
        back=back,
        corner_radius=reader.length(badge, "badge", "corner_radius", default=0.0, zero=True),
        crop_marks=bool(data.get("crop_marks", False)),
        bleed=reader.length(data, "layout", "bleed", default=0.0, zero=True),
        duplex=duplex,
        role_colours=reader.role_colours(data.get("role_colours", {})),
    )


class _Reader:
    """Reads values out of a layout's JSON, failing with messages that say where."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> ValidationError:
        return ValidationError(f"Badge layout {self.source}, {where}: {message}")

    def section(self, data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, "missing (an object is needed).")
        return value

    def number(
        self, data: Mapping[str, Any], where: str, key: str, default: float | None = None
    ) -> float:
        value = data.get(key, default)
        if value is None:
            raise self.fail(where, f"{key!r} is missing.")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"{key!r} must be a number, not {value!r}.")
        return float(value)

    def length(
        self,
        data: Mapping[str, Any],
        where: str,
        key: str,
        default: float | None = None,
        zero: bool = False,
    ) -> float:
        value = self.number(data, where, key, default)
        if value < 0 or (value == 0 and not zero):
            raise self.fail(
                where,
                f"{key!r} must be {'zero or more' if zero else 'more than zero'}, not {value:g}.",
            )
        return value

    def count(self, data: Mapping[str, Any], where: str, key: str) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(where, f"{key!r} must be a whole number of at least 1, not {value!r}.")
        return value

    def colour(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not _COLOUR.match(value):
            raise self.fail(where, f"colour {value!r} must be written #RRGGBB.")
        return value.upper()

    def choice(
        self, data: Mapping[str, Any], where: str, key: str, choices: tuple[str, ...]
    ) -> str:
        value = data.get(key, choices[0])
        if value not in choices:
            raise self.fail(where, f"{key!r} must be one of {', '.join(choices)}, not {value!r}.")
        return value

    def size_range(self, data: Mapping[str, Any], where: str) -> tuple[float, float]:
        value = data.get("size")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = [value, value]
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(
                isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in value
            )
            or value[0] < value[1]
        ):
            raise self.fail(where, "'size' must be points, or [largest, smallest] points.")
        return float(value[0]), float(value[1])

    def role_colours(self, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.fail("role_colours", "must be an object of role: colour.")
        unknown = set(value) - set(ROLES)
        if unknown:
            raise self.fail(
                "role_colours", f"unknown roles {sorted(unknown)}; roles are {', '.join(ROLES)}."
            )
        return {role: self.colour(colour, "role_colours") for role, colour in value.items()}

    def elements(self, value: Any, side: str, badge: tuple[float, float]) -> tuple[Element, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(side, "must be a list of elements.")
        elements = tuple(
            self.element(item, f"{side} element {n}", badge) for n, item in enumerate(value, 1)
        )
        self.check_overlaps(elements, side)
        return elements

    def check_overlaps(self, elements: tuple[Element, ...], side: str) -> None:
        """Texts, QR codes, logos and lists must not cover one another (bands and rules may)."""
        solid = [
            (n, e)
            for n, e in enumerate(elements, 1)
            if not isinstance(e, BandElement | RuleElement)
        ]
        for position, (first_number, first) in enumerate(solid):
            for second_number, second in solid[position + 1 :]:
                if first.box.overlaps(second.box):
                    raise self.fail(
                        side,
                        f"elements {first_number} ({_kind(first)}) and {second_number} "
                        f"({_kind(second)}) overlap.",
                    )

    def element(self, data: Any, where: str, badge: tuple[float, float]) -> Element:
        if not isinstance(data, dict):
            raise self.fail(where, "must be an object.")
        kind = data.get("type")
        where = f"{where} ({kind} {data.get('field', data.get('content', ''))})".replace(" )", ")")
        box = self.box(data, where, badge)
        if kind == "text":
            return self.text(data, where, box)
        if kind == "stack":
            return self.stack(data, where, box, badge)
        if kind == "band":
            colour = data.get("colour")
            return BandElement(
                box,
                radius=self.length(data, where, "radius", default=0.0, zero=True),
                colour=None if colour is None else self.colour(colour, where),
            )
        if kind == "qr":
            if abs(box.width - box.height) > _TOLERANCE:
                raise self.fail(where, "a QR code's box must be square.")
            zone = data.get("quiet_zone", 2)
            if isinstance(zone, bool) or not isinstance(zone, int) or not 0 <= zone <= 4:
                raise self.fail(
                    where, "'quiet_zone' must be a whole number of modules from 0 to 4."
                )
            ec_level = self.choice(data, where, "ec_level", ("M", "L", "Q", "H"))
            return QrElement(box, quiet_zone=zone, ec_level=ec_level)
        if kind == "logos":
            align = self.choice(data, where, "align", ("centre", "left", "right"))
            return LogosElement(box, align, self.length(data, where, "gap", default=3.0, zero=True))
        if kind == "rule":
            thickness = self.length(data, where, "thickness", default=0.5)
            return RuleElement(box, thickness, self.colour(data.get("colour", "#B0B0B0"), where))
        if kind == "list":
            content = self.choice(data, where, "content", ("agenda", "contacts"))
            largest, smallest = self.size_range(data, where)
            columns = data.get("columns", 1)
            if isinstance(columns, bool) or not isinstance(columns, int) or not 1 <= columns <= 4:
                raise self.fail(where, "'columns' must be a whole number from 1 to 4.")
            return ListElement(
                box,
                content,
                largest,
                smallest,
                self.colour(data.get("colour", "#1A1A1A"), where),
                self.colour(data.get("accent", "#555555"), where),
                columns,
                self.length(data, where, "column_gap", default=4.0, zero=True),
            )
        raise self.fail(
            where, f"unknown type {kind!r}; types are text, stack, band, qr, logos, rule, list."
        )

    def stack(
        self, data: Mapping[str, Any], where: str, box: Rect, badge: tuple[float, float]
    ) -> StackElement:
        items_data = data.get("items")
        if not isinstance(items_data, list) or not items_data:
            raise self.fail(where, "'items' must be a list of texts.")
        items = []
        for number, item in enumerate(items_data, 1):
            item_where = f"{where} item {number}"
            if not isinstance(item, dict):
                raise self.fail(item_where, "must be an object.")
            # An item is placed by the stack: its own box gives only its width and greatest height.
            placed = {
                **item,
                "type": "text",
                "x": box.x,
                "y": box.y,
                "width": item.get("width", box.width),
                "valign": "top",
            }
            item_box = self.box(placed, item_where, badge)
            if item_box.width > box.width + _TOLERANCE:
                raise self.fail(item_where, "is wider than its stack.")
            text = self.text(placed, item_where, item_box)
            space = self.length(item, item_where, "space_before", default=0.0, zero=True)
            items.append(replace(text, space_before=space))
        gap = self.length(data, where, "gap", default=1.0, zero=True)
        needed = (
            sum(item.box.height + item.space_before for item in items)
            - items[0].space_before
            + gap * (len(items) - 1)
        )
        if needed > box.height + _TOLERANCE:
            raise self.fail(
                where,
                f"its items' heights and gaps add up to {needed:g} mm, more than its {box.height:g} mm.",
            )
        valign = self.choice(data, where, "valign", ("top", "middle", "bottom"))
        return StackElement(box, tuple(items), valign, gap)

    def box(self, data: Mapping[str, Any], where: str, badge: tuple[float, float]) -> Rect:
        x = self.length(data, where, "x", zero=True)
        y = self.length(data, where, "y", zero=True)
        if data.get("type") == "qr":
            width = height = self.length(data, where, "size", default=data.get("width"))
        else:
            width = self.length(data, where, "width")
            height = self.length(
                data,
                where,
                "height",
                default=0.0 if data.get("type") == "rule" else None,
                zero=data.get("type") == "rule",
            )
        rect = Rect(x, y, width, height)
        if rect.right > badge[0] + _TOLERANCE or rect.bottom > badge[1] + _TOLERANCE:
            raise self.fail(
                where,
                f"reaches {rect.right:g} × {rect.bottom:g} mm, beyond the badge "
                f"({badge[0]:g} × {badge[1]:g} mm).",
            )
        return rect

    def text(self, data: Mapping[str, Any], where: str, box: Rect) -> TextElement:
        name = data.get("field")
        if name not in FIELDS:
            raise self.fail(where, f"unknown field {name!r}; fields are {', '.join(FIELDS)}.")
        font = data.get("font", "regular")
        if font not in FONTS:
            raise self.fail(where, f"unknown font {font!r}; fonts are {', '.join(FONTS)}.")
        largest, smallest = self.size_range(data, where)
        lines = data.get("lines", 1)
        if isinstance(lines, bool) or not isinstance(lines, int) or not 1 <= lines <= 6:
            raise self.fail(where, "'lines' must be a whole number from 1 to 6.")
        leading = self.number(data, where, "leading", default=1.15)
        if box.height * MM < smallest * (ASCENT + DESCENT) - 1e-6:
            raise self.fail(
                where,
                f"the box ({box.height:g} mm high) cannot hold one line at {smallest:g} pt; "
                f"make it at least {smallest * (ASCENT + DESCENT) / MM:.1f} mm high.",
            )
        return TextElement(
            box=box,
            field=name,
            font=FONTS[font],
            max_size=largest,
            min_size=smallest,
            max_lines=lines,
            leading=leading,
            align=self.choice(data, where, "align", ("left", "centre", "right")),
            valign=self.choice(data, where, "valign", ("top", "middle", "bottom")),
            colour=self.colour(data.get("colour", "#1A1A1A"), where),
            uppercase=bool(data.get("uppercase", False)),
            write_in=bool(data.get("write_in", False)),
            wrap_below=self.number(data, where, "wrap_below", default=smallest),
        )


def _kind(element: Element) -> str:
    if isinstance(element, TextElement):
        return f"text {element.field}"
    if isinstance(element, StackElement):
        return "stack " + ", ".join(item.field for item in element.items)
    return type(element).__name__.removesuffix("Element").lower()
