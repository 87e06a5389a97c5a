"""Typography of the flowing PDF documents: colours, paragraph styles, safe text.

One calm palette (ink, a navy accent, a pale tint, hairline rules) and one
family (the shipped DejaVu Sans; its condensed cut in dense tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, TableStyle

from studyvisit.documents import fonts

INK = colors.HexColor("#1B2430")
ACCENT = colors.HexColor("#1F4E79")
TINT = colors.HexColor("#EAF0F6")
TINT_STRONG = colors.HexColor("#D5E1EE")
RULE = colors.HexColor("#B8C4D1")
MUTED = colors.HexColor("#5C6875")
ALERT = colors.HexColor("#A93226")

# XML 1.0 forbids most C0 controls; reportlab's paragraph parser chokes on them.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: object) -> str:
    """Text made safe for a Paragraph: markup escaped, control characters dropped."""
    return escape(_ILLEGAL.sub("", str(text or "")))


def lines(*parts: object) -> str:
    """Escaped non-empty parts joined by line breaks."""
    return "<br/>".join(esc(part) for part in parts if part)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    section: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    body_justified: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    time: ParagraphStyle
    note: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles (fonts registered on first use)."""
    regular = fonts.register_fonts()
    bold = fonts.BOLD
    _map_condensed_family()
    condensed, condensed_bold = fonts.CONDENSED, fonts.CONDENSED_BOLD

    def style(name: str, **values) -> ParagraphStyle:
        values.setdefault("fontName", regular)
        values.setdefault("textColor", INK)
        return ParagraphStyle(name, **values)

    body = style("body", fontSize=9.5, leading=13.5)
    heading = style("heading", fontName=bold, fontSize=11.5, leading=14, textColor=ACCENT)
    cell = style("cell", fontName=condensed, fontSize=8.5, leading=10.5)
    return Styles(
        title=style(
            "title", fontName=bold, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=3
        ),
        subtitle=style("subtitle", fontSize=10, leading=13.5, textColor=MUTED),
        heading=heading,
        section=style("section", parent=heading, spaceAfter=1.5 * mm, keepWithNext=True),
        subheading=style("subheading", fontName=bold, fontSize=9.5, leading=12, textColor=INK),
        body=body,
        body_justified=style("justified", parent=body, alignment=TA_JUSTIFY),
        small=style("small", fontSize=8, leading=10.5),
        muted=style("muted", fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_bold=style("cell_bold", parent=cell, fontName=condensed_bold),
        cell_muted=style("cell_muted", parent=cell, textColor=MUTED, fontSize=7.5, leading=9.5),
        cell_head=style("cell_head", parent=cell, fontName=condensed_bold, textColor=ACCENT),
        cell_right=style("cell_right", parent=cell, alignment=TA_RIGHT),
        time=style("time", fontName=bold, fontSize=8.5, leading=12, textColor=ACCENT),
        note=style("note", fontSize=6.5, leading=8.2, textColor=MUTED),
    )


def _map_condensed_family() -> None:
    # <b> inside a condensed paragraph must pick the condensed bold cut; the
    # condensed family has no oblique, so <i> keeps the upright cuts.
    addMapping(fonts.CONDENSED, 0, 0, fonts.CONDENSED)
    addMapping(fonts.CONDENSED, 1, 0, fonts.CONDENSED_BOLD)
    addMapping(fonts.CONDENSED, 0, 1, fonts.CONDENSED)
    addMapping(fonts.CONDENSED, 1, 1, fonts.CONDENSED_BOLD)


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of already-escaped markup."""
    return Paragraph(text, style)


def fallback_mark() -> str:
    """The small mark after a text that fell back to another language.

    The ``onDraw`` callback tells the page that it needs the footnote.
    """
    return '<super><font size="6">*</font></super><onDraw name="note" label="fallback"/>'


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style that starts every cell in the shipped font.

    reportlab's tables set each cell's font before drawing it, Helvetica unless
    told otherwise, even when every cell holds a Paragraph.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register_fonts()), *commands])
