"""Fit a text in a box: shrink to a floor size, then wrap, then ellipsise; never overflow.

For any PDF document (badges, agendas, attendance sheets). The order of
resorts follows what a typesetter does with a name that is too long:

1. one line, as large as the style allows and the box holds, down to
   ``min_size`` (or down to ``wrap_below``, for a name that reads better from
   afar on two large lines than on one small one);
2. two lines (up to ``max_lines``), broken at spaces (or, when that is not
   enough, also after hyphens) so that the lines are as even as possible,
   again as large as fits (and larger than the one line would be);
3. one line down to ``min_size``, when ``wrap_below`` stopped it above;
4. as many lines as fit at ``min_size``, the last one cut with an ellipsis.

Sizes are in points; a :class:`Box` is in PDF coordinates (y is its bottom
edge). Widths at 1 pt scale linearly (reportlab applies no kerning), so the
largest size that fits is computed, not searched for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ELLIPSIS = "…"
# DejaVu Sans (its hhea metrics): accented capitals (Ś, Й, Å) reach 0.93 em above
# the baseline, descenders 0.24 em below. A line occupies this much of its box.
ASCENT = 0.93
DESCENT = 0.24
_HYPHENS = "-‐"  # a line may break after these, keeping them

Align = Literal["left", "centre", "right"]
VerticalAlign = Literal["top", "middle", "bottom"]


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in points: (x, y) is its lower-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a text is set in its box; ``min_size`` defaults to ``max_size`` (no shrinking)."""

    font: str
    max_size: float
    min_size: float | None = None
    max_lines: int = 1
    leading: float = 1.15  # distance between baselines, in em
    align: Align = "left"
    valign: VerticalAlign = "top"
    colour: str = "#000000"
    wrap_below: float | None = None  # wrap before one line shrinks below this (default: the floor)

    @property
    def floor(self) -> float:
        return self.max_size if self.min_size is None else min(self.min_size, self.max_size)

    @property
    def wrap_size(self) -> float:
        return self.floor if self.wrap_below is None else max(self.floor, self.wrap_below)


@dataclass(frozen=True, slots=True)
class FittedText:
    """The lines chosen for a text, at one size; ``truncated`` when an ellipsis cut it."""

    lines: tuple[str, ...]
    size: float
    widths: tuple[float, ...]
    truncated: bool = False

    def height(self, leading: float) -> float:
        return block_height(self.size, len(self.lines), leading)


def block_height(size: float, lines: int, leading: float) -> float:
    """Height a block of ``lines`` lines takes, from the top of its accents to its last descender."""
    if lines == 0:
        return 0.0
    return size * (ASCENT + DESCENT + (lines - 1) * leading)


def largest_size(lines: int, height: float, leading: float) -> float:
    """The largest size at which ``lines`` lines fit ``height``."""
    return height / (ASCENT + DESCENT + (lines - 1) * leading)


@lru_cache(maxsize=8192)  # titles, organisations and labels recur on every badge or row
def fit_text(text: str, width: float, height: float, style: TextStyle) -> FittedText:
    """Choose lines and a size for ``text`` so that it fits ``width`` × ``height`` points.

    Lines break at spaces; only when that cannot fit at the floor size do they
    also break after hyphens (so that a copied name keeps its hyphens whole).
    """
    text = " ".join(text.split())
    if not text:
        return FittedText((), style.max_size, ())
    words = _Pieces(_pieces(text, at_hyphens=False), style.font)
    fitted = _fit_pieces(words, width, height, style)
    if fitted is None:
        pieces = _Pieces(_pieces(text, at_hyphens=True), style.font)
        if len(pieces.items) > len(words.items):
            fitted = _fit_pieces(pieces, width, height, style)
        if fitted is None:
            fitted = _ellipsised(pieces, width, height, style)
    return fitted


def _fit_pieces(
    pieces: _Pieces, width: float, height: float, style: TextStyle
) -> FittedText | None:
    """The shrink-then-wrap resorts of :func:`fit_text` (None when only an ellipsis would do)."""
    floor = style.floor

    def layout(count: int) -> FittedText | None:
        """``count`` even lines at the largest size that fits (None below the floor)."""
        height_limit = largest_size(count, height, style.leading)
        if height_limit < floor:
            return None
        breaks, widest = pieces.balanced_breaks(count)
        size = min(style.max_size, height_limit, width / widest if widest else style.max_size)
        if size < floor - 1e-9:
            return None
        size = max(math.floor(size * 10) / 10, min(size, floor))  # tidy sizes: 0.1 pt steps
        widths = tuple(w * size for w in pieces.line_widths(breaks))
        return FittedText(pieces.join(breaks), size, widths)

    one_line = layout(1)
    if one_line is not None and one_line.size >= style.wrap_size:
        return one_line
    for count in range(2, min(style.max_lines, len(pieces.items)) + 1):
        wrapped = layout(count)
        if wrapped is not None and (one_line is None or wrapped.size > one_line.size):
            return wrapped
    return one_line


def draw_text(canvas: Canvas, text: str, box: Box, style: TextStyle) -> FittedText:
    """Fit ``text`` in ``box`` and draw it; returns what was drawn."""
    fitted = fit_text(text, box.width, box.height, style)
    draw_fitted(canvas, fitted, box, style)
    return fitted


def draw_fitted(canvas: Canvas, fitted: FittedText, box: Box, style: TextStyle) -> None:
    """Draw lines chosen by :func:`fit_text` in ``box``, aligned as ``style`` says."""
    if fitted.lines:
        canvas.addLiteral(text_code(canvas, fitted, box, style))


def text_code(canvas: Canvas, fitted: FittedText, box: Box, style: TextStyle) -> str:
    """The PDF operators drawing the lines of ``fitted`` in ``box`` (one BT ... ET block).

    Written here rather than through reportlab's text object, which costs about
    five times as much a line (its bidi, width and number formatting run on
    every line). A code made for a box at (0, 0) can be drawn many times with
    :func:`draw_at`. The shipped TrueType fonts are split into reportlab's
    256-glyph subsets as reportlab does it; other fonts go through reportlab.
    """
    font = getFont(style.font)
    if not font._dynamicFont:  # a standard PDF font: reportlab knows its encodings
        return _reportlab_text_code(canvas, fitted, box, style)
    size = fitted.size
    block = fitted.height(style.leading)
    if style.valign == "top":
        block_top = box.top
    elif style.valign == "bottom":
        block_top = box.y + block
    else:
        block_top = box.y + (box.height + block) / 2
    baseline = block_top - ASCENT * size
    doc = canvas._doc
    size_text = _number(size)
    parts = ["BT", fill_operator(style.colour)]
    subset_in_use = -1
    for line, line_width in zip(fitted.lines, fitted.widths, strict=True):
        if style.align == "centre":
            x = box.x + (box.width - line_width) / 2
        elif style.align == "right":
            x = box.right - line_width
        else:
            x = box.x
        parts.append(f"1 0 0 1 {_number(x)} {_number(baseline)} Tm")
        for subset, chunk in _subset_chunks(font, line, doc):
            if subset != subset_in_use:
                parts.append(f"{font.getSubsetInternalName(subset, doc)} {size_text} Tf")
                subset_in_use = subset
            parts.append(f"<{chunk.hex()}> Tj")
        baseline -= size * style.leading
    parts.append("ET")
    return " ".join(parts)


def _subset_chunks(font: TTFont, line: str, doc: object) -> Sequence[tuple[int, bytes]]:
    """``line`` in the codes of the font's subsets in ``doc``, as reportlab's ``splitString``.

    The common case, every character already given a code in the first subset,
    is mapped without reportlab's loop over the characters (a fifth of the time).
    """
    state = font.state.get(doc)
    if state is not None and "\xa0" not in line:  # reportlab maps a no-break space itself
        try:  # bytes() refuses a code of 256 or more: a character of a later subset
            return ((0, bytes(map(state.assignments.__getitem__, map(ord, line)))),)
        except (KeyError, ValueError, AttributeError):
            pass
    return font.splitString(line, doc)


def _reportlab_text_code(canvas: Canvas, fitted: FittedText, box: Box, style: TextStyle) -> str:
    """:func:`text_code` through reportlab's text object, for fonts other than TrueType."""
    text = canvas.beginText()
    size = fitted.size
    block = fitted.height(style.leading)
    top = {"top": box.top, "bottom": box.y + block}.get(
        style.valign, box.y + (box.height + block) / 2
    )
    baseline = top - ASCENT * size
    text.setFont(style.font, size, size * style.leading)
    text.setFillColor(colour(style.colour))
    for line, line_width in zip(fitted.lines, fitted.widths, strict=True):
        offset = {"centre": (box.width - line_width) / 2, "right": box.width - line_width}
        text.setTextOrigin(box.x + offset.get(style.align, 0.0), baseline)
        text.textOut(line)
        baseline -= size * style.leading
    return text.getCode()  # getCode appends ET: call it once per text object


def draw_at(canvas: Canvas, code: str, x: float, y: float) -> None:
    """Draw operators made at the origin (such as a :func:`text_code`), moved to (x, y)."""
    canvas.addLiteral(f"q 1 0 0 1 {_number(x)} {_number(y)} cm\n{code}\nQ")


def _number(value: float) -> str:
    """A coordinate or size for a content stream: 0.001 pt is far below what a printer resolves."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


@lru_cache(maxsize=256)
def fill_operator(value: str) -> str:
    """'r g b rg' for a '#RRGGBB' colour."""
    red, green, blue = colour(value).rgb()
    return f"{_number(red)} {_number(green)} {_number(blue)} rg"


def ellipsise(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut at the end, with an ellipsis, to fit ``width`` points (unchanged if it fits)."""
    if unit_width(text, font) * size <= width:
        return text
    room = width / size - _char_width(font, ELLIPSIS)
    used = 0.0
    cut = 0
    for index, char in enumerate(text):
        used += _char_width(font, char)
        if used > room:
            break
        cut = index + 1
    kept = text[:cut].rstrip(" ,;:-–")
    return kept + ELLIPSIS if kept else (ELLIPSIS if room >= 0 else "")


# --------------------------------------------------------------------------- internals

Piece = tuple[str, bool]  # a piece of text, and whether a space separates it from the previous one


def _pieces(text: str, at_hyphens: bool) -> list[Piece]:
    """Break opportunities: spaces, and after a hyphen inside a word (Rimsky-Korsakov)."""
    pieces: list[Piece] = []
    for word in text.split(" "):
        start = 0
        spaced = True
        for index, char in enumerate(word if at_hyphens else ""):
            if char in _HYPHENS and 0 < index < len(word) - 1:
                pieces.append((word[start : index + 1], spaced))
                start, spaced = index + 1, False
        pieces.append((word[start:], spaced))
    return pieces


class _Pieces:
    """Pieces of a text with their widths at 1 pt, and the lines they can make."""

    def __init__(self, items: list[Piece], font: str) -> None:
        self.items = items
        self.font = font
        space = unit_width(" ", font)
        # starts[i]: width from the start of piece 0 to the start of piece i, spaces included
        self.ends: list[float] = []
        self.starts: list[float] = []
        position = 0.0
        for index, (piece, spaced) in enumerate(items):
            if index and spaced:
                position += space
            self.starts.append(position)
            position += unit_width(piece, font)
            self.ends.append(position)

    def width(self, start: int, end: int) -> float:
        """Width of the line made of pieces ``start`` to ``end - 1``."""
        return self.ends[end - 1] - self.starts[start]

    def line_widths(self, breaks: tuple[int, ...]) -> list[float]:
        bounds = (0, *breaks, len(self.items))
        return [self.width(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]

    def balanced_breaks(self, count: int) -> tuple[tuple[int, ...], float]:
        """Break points making ``count`` lines whose widest is as narrow as can be."""
        total = len(self.items)
        memo: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {}

        def best(start: int, lines: int) -> tuple[float, tuple[int, ...]]:
            if lines == 1:
                return self.width(start, total), ()
            if (start, lines) in memo:
                return memo[start, lines]
            result: tuple[float, tuple[int, ...]] = (float("inf"), ())
            for end in range(start + 1, total - lines + 2):
                head = self.width(start, end)
                if head >= result[0]:
                    break  # lines only get wider from here
                rest, breaks = best(end, lines - 1)
                if max(head, rest) < result[0]:
                    result = (max(head, rest), (end, *breaks))
            memo[start, lines] = result
            return result

        widest, breaks = best(0, count)
        return breaks, widest

    def join(self, breaks: tuple[int, ...]) -> tuple[str, ...]:
        bounds = (0, *breaks, len(self.items))
        return tuple(_join(self.items[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))


def _join(pieces: list[Piece]) -> str:
    """The pieces as one line (the first piece's space dropped)."""
    return pieces[0][0] + "".join((" " if spaced else "") + piece for piece, spaced in pieces[1:])


def _ellipsised(pieces: _Pieces, width: float, height: float, style: TextStyle) -> FittedText:
    """Last resort: as many lines as fit at the floor size, filled greedily, the last one cut."""
    size = min(style.floor, largest_size(1, height, style.leading))
    count = 1
    while count < style.max_lines and largest_size(count + 1, height, style.leading) >= size:
        count += 1
    room = width / size  # in em
    items = _split_overlong(pieces.items, room, style.font)
    space = unit_width(" ", style.font)
    lines: list[str] = []
    current: list[Piece] = []
    used = 0.0
    for index, (piece, spaced) in enumerate(items):
        piece_width = unit_width(piece, style.font) + (space if spaced and current else 0.0)
        if not current or used + piece_width <= room:
            current.append((piece, spaced))
            used += piece_width
            continue
        if len(lines) == count - 1:  # this is the last line: it takes the rest, to be cut
            current += items[index:]
            break
        lines.append(_join(current))
        current, used = [(piece, spaced)], unit_width(piece, style.font)
    # Every line but the last holds whole pieces that fit; the last holds the rest.
    rest = _join(current)
    last = ellipsise(rest, width, style.font, size)
    lines.append(last)
    widths = tuple(unit_width(line, style.font) * size for line in lines)
    return FittedText(tuple(lines), size, widths, truncated=last != rest)


def _split_overlong(pieces: list[Piece], room: float, font: str) -> list[Piece]:
    """Pieces wider than a line (``room`` in em) cut into chunks that fit, between characters."""
    result: list[Piece] = []
    for piece, spaced in pieces:
        if unit_width(piece, font) <= room:
            result.append((piece, spaced))
            continue
        chunk, used = "", 0.0
        for char in piece:
            char_width = _char_width(font, char)
            if chunk and used + char_width > room:
                result.append((chunk, spaced))
                chunk, used, spaced = "", 0.0, False
            chunk += char
            used += char_width
        result.append((chunk, spaced))
    return result


@lru_cache(maxsize=4096)
def _char_width(font: str, char: str) -> float:
    return stringWidth(char, font, 1)


@lru_cache(maxsize=65536)  # words recur across badges and rows: names of places, organisations
def unit_width(text: str, font: str) -> float:
    """Width of ``text`` at 1 pt."""
    return stringWidth(text, font, 1)


@lru_cache(maxsize=256)
def colour(value: str | Color) -> Color:
    """A reportlab colour from '#RRGGBB' (parsing a string on every call is slow in reportlab)."""
    return value if isinstance(value, Color) else HexColor(value)
