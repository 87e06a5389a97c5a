"""Fitting text in a box: shrink, then wrap, then ellipsis; never outside the box."""

from __future__ import annotations

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from studyvisit.documents import fonts
from studyvisit.documents.pdf_text import (
    ELLIPSIS,
    Box,
    TextStyle,
    block_height,
    draw_text,
    ellipsise,
    fit_text,
    unit_width,
)

MM = 72 / 25.4
NAME = TextStyle(fonts.BOLD, max_size=24, min_size=12, max_lines=2)
LONG_NAME = "Aliaksandra-Uladzislava Kanstantsinopalskaya-Vishniavetskaya"


@pytest.fixture(autouse=True, scope="module")
def shipped_fonts() -> None:
    fonts.register_fonts()


def fits(fitted, width: float, height: float, style: TextStyle) -> bool:
    return all(w <= width + 1e-6 for w in fitted.widths) and (
        block_height(fitted.size, len(fitted.lines), style.leading) <= height + 1e-6
    )


def test_a_short_text_keeps_the_largest_size_on_one_line() -> None:
    fitted = fit_text("Anna Nowak", 80 * MM, 12 * MM, NAME)
    assert fitted.lines == ("Anna Nowak",) and fitted.size == 24 and not fitted.truncated


def test_a_longer_text_shrinks_on_one_line_before_it_wraps() -> None:
    fitted = fit_text("Aliaksandr Shcherbich", 80 * MM, 12 * MM, NAME)
    assert fitted.lines == ("Aliaksandr Shcherbich",)
    assert 12 <= fitted.size < 24
    assert fitted.widths[0] == pytest.approx(
        unit_width("Aliaksandr Shcherbich", NAME.font) * fitted.size
    )
    assert fits(fitted, 80 * MM, 12 * MM, NAME)


def test_below_the_floor_it_wraps_at_a_space_into_even_lines() -> None:
    fitted = fit_text(LONG_NAME, 110 * MM, 14 * MM, NAME)
    assert fitted.lines == ("Aliaksandra-Uladzislava", "Kanstantsinopalskaya-Vishniavetskaya")
    assert fitted.size >= NAME.floor and not fitted.truncated
    assert fits(fitted, 110 * MM, 14 * MM, NAME)


def test_it_breaks_after_a_hyphen_only_when_spaces_are_not_enough() -> None:
    style = TextStyle(fonts.BOLD, 24, 14, max_lines=3)
    fitted = fit_text(LONG_NAME, 90 * MM, 25 * MM, style)
    assert fitted.lines == ("Aliaksandra-Uladzislava", "Kanstantsinopalskaya-", "Vishniavetskaya")
    assert fitted.size > style.floor and fits(fitted, 90 * MM, 25 * MM, style)


def test_wrap_below_prefers_two_large_lines_to_one_small_line() -> None:
    style = TextStyle(fonts.BOLD, 30, 16, max_lines=2, wrap_below=24)
    fitted = fit_text("Aliaksandr Shcherbich", 91 * MM, 27 * MM, style)
    assert fitted.lines == ("Aliaksandr", "Shcherbich") and fitted.size == 30
    without = fit_text("Aliaksandr Shcherbich", 91 * MM, 27 * MM, TextStyle(fonts.BOLD, 30, 16, 2))
    assert len(without.lines) == 1 and without.size < 24


def test_what_cannot_fit_at_the_floor_is_ellipsised_on_its_last_line() -> None:
    text = "Дзяржаўная ўстанова «Рэспубліканскі навукова-практычны цэнтр» " * 3
    style = TextStyle(fonts.CONDENSED_BOLD, 8, 6, max_lines=2)
    fitted = fit_text(text, 60 * MM, 6 * MM, style)
    assert len(fitted.lines) == 2 and fitted.size == 6 and fitted.truncated
    assert fitted.lines[-1].endswith(ELLIPSIS) and not fitted.lines[0].endswith(ELLIPSIS)
    assert fits(fitted, 60 * MM, 6 * MM, style)


def test_a_word_longer_than_the_box_is_cut_between_characters() -> None:
    fitted = fit_text("X" * 200, 50 * MM, 14 * MM, NAME)
    assert fitted.truncated and len(fitted.lines) == 2 and fitted.lines[1].endswith(ELLIPSIS)
    assert fits(fitted, 50 * MM, 14 * MM, NAME)


def test_a_box_too_low_for_two_lines_gets_one() -> None:
    fitted = fit_text("Ab Cd " * 20, 40 * MM, 6 * MM, TextStyle(fonts.REGULAR, 10, 8, max_lines=3))
    assert len(fitted.lines) == 1 and fitted.truncated


def test_empty_and_blank_texts_have_no_lines() -> None:
    assert fit_text("", 10, 10, NAME).lines == ()
    assert fit_text("  \n\t ", 10, 10, NAME).lines == ()


def test_inner_whitespace_is_collapsed() -> None:
    assert fit_text("Anna \n  Nowak", 80 * MM, 12 * MM, NAME).lines == ("Anna Nowak",)


def test_ellipsise() -> None:
    assert ellipsise("short", 100, fonts.REGULAR, 10) == "short"
    cut = ellipsise("a rather long sentence, to be cut", 60, fonts.REGULAR, 10)
    assert cut.endswith(ELLIPSIS) and unit_width(cut, fonts.REGULAR) * 10 <= 60
    assert not cut[:-1].endswith((" ", ","))


LETTERS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzАБВГДЕЖЗІЙКЛМНОЎШЩЫЭЮЯўіёąęłńóśźż-  "))


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(LETTERS, min_size=1, max_size=120),
    width=st.floats(15, 120),
    height=st.floats(5, 40),
    lines=st.integers(1, 3),
)
def test_the_fitted_text_never_leaves_its_box(
    text: str, width: float, height: float, lines: int
) -> None:
    style = TextStyle(fonts.REGULAR, max_size=14, min_size=6, max_lines=lines)
    fitted = fit_text(text, width * MM, height * MM, style)
    assert len(fitted.lines) <= lines
    assert fits(fitted, width * MM, height * MM, style)
    if not fitted.truncated:  # nothing lost but spaces
        assert "".join("".join(fitted.lines).split()) == "".join(text.split())


def test_drawn_characters_lie_inside_their_boxes(tmp_path) -> None:
    out = tmp_path / "boxes.pdf"
    canvas = Canvas(str(out), pagesize=(200 * MM, 120 * MM), initialFontName=fonts.REGULAR)
    boxes = [
        (Box(10 * MM, 80 * MM, 80 * MM, 12 * MM), LONG_NAME, NAME),
        (
            Box(10 * MM, 60 * MM, 40 * MM, 10 * MM),
            "Шчэрбіч Аляксандр Іванавіч" * 3,
            TextStyle(fonts.REGULAR, 12, 7, 2, align="centre", valign="middle"),
        ),
        (
            Box(110 * MM, 60 * MM, 60 * MM, 40 * MM),
            "Ś Й Å ÿ gjpq " * 12,
            TextStyle(fonts.CONDENSED_BOLD, 20, 9, 3, align="right", valign="bottom"),
        ),
    ]
    for box, text, style in boxes:
        draw_text(canvas, text, box, style)
    canvas.save()
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        height = float(page.height)
        assert page.chars
        for char in page.chars:
            inside = [
                box
                for box, _, _ in boxes
                if box.x - 0.01 <= char["x0"]
                and char["x1"] <= box.right + 0.01
                and box.y - 0.01 <= height - char["bottom"]
                and height - char["top"] <= box.top + 0.01
            ]
            assert inside, char


def test_text_of_more_glyphs_than_one_font_subset_is_drawn_and_read_back(tmp_path) -> None:
    """reportlab embeds a TrueType font in subsets of 256 glyphs; lines switch between them."""
    out = tmp_path / "subsets.pdf"
    canvas = Canvas(str(out), pagesize=(200 * MM, 200 * MM), initialFontName=fonts.REGULAR)
    letters = [chr(code) for code in range(0x100, 0x17F)] + [chr(c) for c in range(0x410, 0x450)]
    letters += [chr(code) for code in range(0x391, 0x3CA) if code not in (0x3A2, 0x3AA)]
    letters += [chr(code) for code in range(ord("A"), ord("Z") + 1)]  # Greek, then Latin
    words = ["".join(letters[start : start + 12]) for start in range(0, len(letters), 12)]
    lines = [" ".join(words[start : start + 3]) for start in range(0, len(words), 3)]
    style = TextStyle(fonts.REGULAR, max_size=9)
    for number, line in enumerate(lines):
        draw_text(canvas, line, Box(5 * MM, (190 - 8 * number) * MM, 190 * MM, 6 * MM), style)
    draw_text(canvas, "(a\\b) a\u00a0b", Box(5 * MM, 5 * MM, 190 * MM, 6 * MM), style)
    canvas.save()
    assert len(set("".join(lines))) > 256
    with pdfplumber.open(out) as pdf:
        read = (pdf.pages[0].extract_text() or "").splitlines()
    assert read == [*lines, "(a\\b) a b"]
