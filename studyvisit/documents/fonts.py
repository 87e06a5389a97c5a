"""The shipped fonts, registered once with reportlab (never the machine's fonts).

DejaVu Sans covers Polish, Belarusian (ў, і), Russian and Ukrainian (ї, є, ґ).
"""

from __future__ import annotations

import threading
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


class _ShippedFontsOnFirstUse(dict):
    """reportlab's font table, reading a shipped face the first time it is asked for.

    Reading a DejaVu face takes about 70 ms (reportlab parses every glyph's
    metrics); most documents use two or three of the six, and a command
    writes one document per process. reportlab looks fonts up as
    ``_fonts[name]`` (getFont, stringWidth, setFont), so a missing name comes here.
    """

    _lock = threading.Lock()

    def __missing__(self, name: str):
        filename = _FILES.get(name)
        if filename is None:
            raise KeyError(name)
        with self._lock:
            if dict.__contains__(self, name):  # another thread read it meanwhile
                return dict.__getitem__(self, name)
            with resource_path("fonts", filename) as path:
                font = TTFont(name, str(path))  # the file is read now, subset into each PDF
            pdfmetrics.registerFont(font)
        return dict.__getitem__(self, name)


@cache
def register_fonts() -> str:
    """Make the shipped fonts known to reportlab (once per process); returns the regular one."""
    if not isinstance(pdfmetrics._fonts, _ShippedFontsOnFirstUse):
        pdfmetrics._fonts = _ShippedFontsOnFirstUse(pdfmetrics._fonts)
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return REGULAR
