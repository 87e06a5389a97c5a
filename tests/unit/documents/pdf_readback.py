"""Helpers for the PDF document tests: render a document, read it back with pdfplumber.

A plain module (not a conftest), imported by the test files of this folder.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from document_plans import crowded_plan, podlasie_plan
from pdfminer.pdftypes import resolve1

from studyvisit.documents.registry import EXPORTERS, ExportOptions
from studyvisit.records import VisitPlan

A4_POINTS = (595.28, 841.89)
MY_MODULES = ("agenda_pdf", "attendance_pdf", "participants_pdf", "transport_pdf", "letters_pdf")

for _module in MY_MODULES:
    importlib.import_module(f"studyvisit.documents.{_module}")


@dataclass
class PdfFacts:
    """What a test wants to know about a written PDF."""

    pages: list[str]
    sizes: list[tuple[float, float]]
    fonts: set[str]
    unembedded: set[str]
    outside: list[str]  # characters (at least partly) off the page
    raw: bytes
    chars: list[list[dict]]
    words: list[list[dict]]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All text with line breaks as spaces (for phrases that may wrap)."""
        return " ".join(self.text.split())


def read_pdf(path: Path) -> PdfFacts:
    pages, sizes, outside, chars, words = [], [], [], [], []
    fonts: set[str] = set()
    unembedded: set[str] = set()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            pages.append(page.extract_text() or "")
            sizes.append((float(page.width), float(page.height)))
            chars.append(page.chars)
            words.append(page.extract_words())
            for char in page.chars:
                fonts.add(char["fontname"].split("+")[-1])
                if (
                    char["x0"] < 0
                    or char["x1"] > page.width
                    or char["top"] < 0
                    or char["bottom"] > page.height
                ):
                    outside.append(char["text"])
            for font in (resolve1(page.page_obj.resources.get("Font")) or {}).values():
                font = resolve1(font)
                descriptor = resolve1(font.get("FontDescriptor"))
                if descriptor is None or not any(
                    key in descriptor for key in ("FontFile", "FontFile2", "FontFile3")
                ):
                    unembedded.add(str(font.get("BaseFont")))
    return PdfFacts(pages, sizes, fonts, unembedded, outside, path.read_bytes(), chars, words)


def render_pdf(tmp_path: Path, identifier: str, plan: VisitPlan, **options) -> PdfFacts:
    """Render document ``identifier`` of ``plan`` with ``options``; read it back."""
    out = tmp_path / f"{identifier}-{next(_numbers)}.pdf"
    EXPORTERS[identifier].render(plan, ExportOptions(**options), out, "pdf")
    return read_pdf(out)


_numbers = itertools.count()
_shared_folder = tempfile.TemporaryDirectory(prefix="studyvisit-pdf-tests-")
_PLANS = {"podlasie": podlasie_plan, "crowded": crowded_plan}


@functools.cache
def shared_render(identifier: str, plan_name: str = "podlasie", **options) -> PdfFacts:
    """Like :func:`render_pdf` for the named test plans, rendered and read once per run.

    pdfplumber reads a page in about a third of a second; tests that only look
    at the same document share it. ``extra`` is given as a tuple of pairs (hashable).
    """
    if "extra" in options:
        options["extra"] = dict(options["extra"])
    return render_pdf(Path(_shared_folder.name), identifier, _PLANS[plan_name](), **options)


def assert_well_formed(facts: PdfFacts) -> None:
    """A4 pages, only the shipped DejaVu fonts, all embedded, nothing off the page."""
    assert facts.sizes and all(
        abs(w - A4_POINTS[0]) < 1 and abs(h - A4_POINTS[1]) < 1 for w, h in facts.sizes
    )
    assert facts.fonts and all(font.startswith("DejaVuSans") for font in facts.fonts), facts.fonts
    assert not facts.unembedded
    assert b"Helvetica" not in facts.raw
    assert not facts.outside
