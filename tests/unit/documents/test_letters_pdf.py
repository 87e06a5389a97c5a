"""Invitation letters: the template, the filled fields, the PDF read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from document_plans import podlasie_plan
from pdf_readback import assert_well_formed, render_pdf, shared_render
from PIL import Image

from studyvisit.documents.letter_template import BLANK, compose_letter, fill, load_template
from studyvisit.errors import ValidationError

LETTER_DATE = dt.date(2019, 5, 20)


def test_one_letter_per_delegate_from_abroad_in_english_by_default(tmp_path) -> None:
    plan = podlasie_plan()
    facts = shared_render("letters", extra=(("letter_date", "2019-05-20"),))
    assert_well_formed(facts)
    assert len(facts.pages) == 18  # the Polish participant needs no visa
    for page, delegate in zip(facts.pages, plan.delegates[:18], strict=True):
        text = " ".join(page.split())
        assert delegate.latin_name in text
        assert delegate.passport_number in text
    first = " ".join(facts.pages[0].split())
    assert "Invitation to a study visit, 2–4 July 2019" in first
    assert "Date of birth 1 January 1970" in first
    assert "Шчэрбіч Аляксандр Іванавіч" in first
    assert "Białystok, 20 May 2019" in first
    assert "Anna Nowak" in first and "Yours faithfully," in first
    assert "Wiśniewska" not in facts.text


@pytest.mark.parametrize(
    "language, phrases",
    [
        (
            "pl",
            ["Zaproszenie na wizytę studyjną, 2–4 lipca 2019", "Data urodzenia 1 stycznia 1970"],
        ),
        ("ru", ["Приглашение для участия в учебном визите, 2–4 июля 2019 г.", "1 января 1970 г."]),
    ],
)
def test_letters_in_polish_and_russian(tmp_path, language, phrases) -> None:
    facts = render_pdf(tmp_path, "letters", podlasie_plan(), language=language, delegate_key="d1")
    assert_well_formed(facts)
    assert len(facts.pages) == 1
    text = facts.flat
    for phrase in phrases:
        assert phrase in text


def test_one_delegate_even_a_local_one(tmp_path) -> None:
    facts = render_pdf(tmp_path, "letters", podlasie_plan(), delegate_key="pl19")
    assert len(facts.pages) == 1 and "Małgorzata Wiśniewska" in facts.text


def test_group_scope(tmp_path) -> None:
    facts = render_pdf(tmp_path, "letters", podlasie_plan(), group_key="b")
    assert len(facts.pages) == 9


def test_missing_passport_prints_a_line_to_fill(tmp_path) -> None:
    plan = podlasie_plan()
    bare = replace(plan.delegates[0], passport_number=None, date_of_birth=None, position=None)
    plan = replace(plan, delegates=(bare, *plan.delegates[1:]))
    letter = compose_letter(plan, bare, "en", LETTER_DATE)
    rows = dict(next(block for block in letter.blocks if isinstance(block, tuple)))
    assert rows["Passport number"] == BLANK and rows["Date of birth"] == BLANK
    assert "Position" not in rows  # optional and empty: left out


def test_paragraph_with_an_empty_optional_field_is_left_out() -> None:
    plan = podlasie_plan()
    plan = replace(plan, visit=replace(plan.visit, funder=None))
    letter = compose_letter(plan, plan.delegates[0], "en", LETTER_DATE)
    paragraphs = [block for block in letter.blocks if isinstance(block, str)]
    assert not any("financed by" in block for block in paragraphs)
    assert any("The purpose of the visit is" in block for block in paragraphs)


def test_fill_keeps_unknown_placeholders_visible() -> None:
    assert fill("Hello {nmae}", {"name": "x"}) == "Hello {nmae}"
    assert fill("{project}!", {"project": ""}) is None
    assert fill("No. {passport_number}", {"passport_number": ""}) == f"No. {BLANK}"


def test_visit_settings_override_template_signature_and_addressee(tmp_path) -> None:
    plan = podlasie_plan(
        settings={
            "host_address": "ul. Starobojarska 15, 15-073 Białystok",
            "signature": {"name": "Dr Ewa Kamińska", "position": {"en": "President of the Board"}},
            "letter_addressee": {"en": "Consulate General of the Republic of Poland in Grodno"},
            "purpose": {"en": "to learn how Polish clusters are run"},
            "invitation_letter": {"en": {"closing": "With kind regards,"}},
        }
    )
    facts = render_pdf(tmp_path, "letters", plan, delegate_key="d1")
    text = facts.flat
    for phrase in (
        "Dr Ewa Kamińska",
        "President of the Board",
        "Consulate General of the Republic of Poland in Grodno",
        "The purpose of the visit is to learn how Polish clusters are run.",
        "With kind regards,",
        "ul. Starobojarska 15, 15-073 Białystok",
    ):
        assert phrase in text
    assert "Yours faithfully" not in text


def test_letterhead_image_replaces_the_text_head(tmp_path) -> None:
    image = tmp_path / "letterhead.png"
    Image.new("RGB", (1200, 200), (31, 78, 121)).save(image)
    facts = render_pdf(
        tmp_path, "letters", podlasie_plan(), delegate_key="d1", extra={"letterhead": str(image)}
    )
    assert_well_formed(facts)
    assert "ul. Starobojarska 15" not in facts.text  # the text letterhead is not drawn
    assert b"/Subtype /Image" in facts.raw


@pytest.mark.parametrize("extra", [{"letterhead": "/no/such/file.png"}, {"letter_date": "20.05"}])
def test_bad_options_are_refused_with_a_message(tmp_path, extra) -> None:
    with pytest.raises(ValidationError):
        render_pdf(tmp_path, "letters", podlasie_plan(), delegate_key="d1", extra=extra)


def test_shipped_template_has_every_language() -> None:
    plan = podlasie_plan()
    for language in ("pl", "en", "ru"):
        template = load_template(plan, language)
        assert template.subject and template.closing and template.particulars
        assert "{particulars}" in template.paragraphs
