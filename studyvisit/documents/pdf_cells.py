"""A light table cell: a few runs of plain text, each in one font, wrapped to the cell.

reportlab's Paragraph parses markup and is wrapped several times per table
layout; lists of many people (attendance, transport) spend most of their time
there. :class:`Lines` wraps each run once per width with plain metrics,
breaks words longer than the cell by characters, and never draws outside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from studyvisit.documents.pdf_styles import INK

_HYPHENATED = re.compile(r"(?<=-)")


@dataclass(frozen=True, slots=True)
class Run:
    """Text set in one font, size and colour (starts on a new line)."""

    text: str
    font: str
    size: float
    color: Color = INK
    indent: float = 0.0  # points from the cell's left edge
    min_size: float | None = None  # shrink down to this size to stay on one line, then wrap


@lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points (cached)."""
    return stringWidth(text, font, size)


@lru_cache(maxsize=4096)
def wrap_text(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Lines of ``text`` no wider than ``width`` (cached: lists repeat the same people).

    Breaks at spaces, else after a hyphen ("Wierzbicka-" / "Konstantynopolitańska"),
    else within an over-long word.
    """
    found: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            for number, piece in enumerate(_HYPHENATED.split(word)):
                if not piece:
                    continue
                glue = " " if line and number == 0 else ""
                if stringWidth(line + glue + piece, font, size) <= width:
                    line += glue + piece
                    continue
                if line:
                    found.append(line)
                while stringWidth(piece, font, size) > width and len(piece) > 1:
                    cut = _longest_prefix(piece, font, size, width)
                    found.append(piece[:cut])
                    piece = piece[cut:]
                line = piece
        found.append(line)
    return tuple(found)


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    cut = len(word) - 1
    while cut > 1 and stringWidth(word[:cut], font, size) > width:
        cut -= 1
    return cut


def _lay(run: Run, width: float) -> tuple[Run, tuple[str, ...]]:
    """The run (shrunk if it may shrink and that keeps it on one line) and its lines."""
    if run.min_size is not None:
        natural = text_width(run.text, run.font, run.size)
        if natural > width:
            size = max(run.min_size, run.size * width / natural * 0.999)
            run = replace(run, size=size)
    return run, wrap_text(run.text, run.font, run.size, width)


class Lines(Flowable):
    """Runs of text stacked top to bottom, each wrapped to the available width."""

    def __init__(self, runs: Sequence[Run], leading: float = 1.22) -> None:
        super().__init__()
        self.runs = [run for run in runs if run.text]
        self.leading = leading
        self._width = -1.0
        self._laid: list[tuple[Run, tuple[str, ...]]] = []
        self._text_width = 0.0

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        if available_width != self._width:
            self._width = available_width
            self._laid = [_lay(run, available_width - run.indent) for run in self.runs]
            # The widest line, so that a table can align the cell right or centre.
            self._text_width = max(
                (
                    run.indent + text_width(line, run.font, run.size)
                    for run, found in self._laid
                    for line in found
                ),
                default=0.0,
            )
        self.width = self._text_width
        self.height = sum(run.size * self.leading * len(found) for run, found in self._laid)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for run, found in self._laid:
            canvas.setFont(run.font, run.size)
            canvas.setFillColor(run.color)
            step = run.size * self.leading
            for line in found:
                # The baseline sits a descent above the line's bottom.
                y -= step
                canvas.drawString(run.indent, y + run.size * 0.25, line)
