"""The shipped fonts, registered once with reportlab (never the machine's fonts).

DejaVu Sans covers Polish, Belarusian (ў, і), Russian and Ukrainian (ї, є, ґ).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studyvisit.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
FAMILY = "DejaVuSans"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> str:
    """Register the shipped fonts (once per process); returns the regular font's name."""
    for name, filename in _FILES.items():
        with resource_path("fonts", filename) as path:
            # reportlab reads the file now and subsets it into each PDF.
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return REGULAR
