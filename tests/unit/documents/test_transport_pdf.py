"""The transport list PDF, its data, and the light table cell it is set in."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from document_plans import crowded_plan, podlasie_plan
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_readback import assert_well_formed, render_pdf, shared_render
from reportlab.pdfbase.pdfmetrics import stringWidth

from studyvisit.documents import fonts
from studyvisit.documents.pdf_cells import Lines, Run, wrap_text
from studyvisit.documents.people import latin_name, native_name
from studyvisit.documents.transport_data import transport_sheets


@pytest.mark.parametrize("language", ["pl", "en", "ru"])
def test_one_page_per_vehicle_per_day(tmp_path, language) -> None:
    facts = shared_render("transport", language=language)
    assert_well_formed(facts)
    # Bus on 2, 3 and 4 July (five runs on the 2nd: two pages), the van on 2 July.
    titles = [
        title
        for page in facts.pages
        for title in ("Minibus Mercedes Sprinter · BI 12345", "Van · BI 67890")
        if title in page
    ]
    assert (
        titles
        == ["Minibus Mercedes Sprinter · BI 12345", "Van · BI 67890"]
        + ["Minibus Mercedes Sprinter · BI 12345"] * 2
    )
    assert len(facts.pages) == 5
    assert {"pl": "wtorek, 2 lipca 2019", "en": "Tuesday, 2 July 2019"}.get(
        language, "вторник, 2 июля 2019 г."
    ) in facts.pages[0]


def test_runs_show_times_places_headcount_driver(tmp_path) -> None:
    page = " ".join(shared_render("transport", language="en").pages[0].split())
    assert "Jan Kowalski, +48 600 000 004" in page
    assert "08:35" in page and "→ 08:50" in page
    assert "From: Branicki Hotel" in page and "ul. Zamenhofa 25, Białystok" in page
    assert "To: Marshal's Office of the Podlaskie Voivodeship" in page
    # 19 delegates and two staff on 19 seats (the driver is not counted).
    assert "21 / 19 seats" in page and "over capacity" in page


def test_every_passenger_named_in_latin_and_cyrillic() -> None:
    plan = podlasie_plan()
    text = shared_render("transport", language="ru").text
    for delegate in plan.delegates:
        assert latin_name(delegate) in text
        if native_name(delegate):
            assert native_name(delegate) in text
    assert "Katarzyna Wójcik" in text and "Переводчик" in text


def test_driver_riding_on_the_list_is_not_a_passenger() -> None:
    plan = podlasie_plan()
    run = replace(plan.transport[0], staff_keys=("coord", "driver1"))
    sheets = transport_sheets(replace(plan, transport=(run,)), "en")
    keys = [passenger.key for passenger in sheets[0].runs[0].passengers]
    assert "driver1" not in keys and "coord" in keys
    assert sheets[0].runs[0].headcount == 20


def test_scope_by_group_and_by_delegate() -> None:
    plan = podlasie_plan()
    # Without the local participant, who belongs to both groups.
    plan = replace(plan, delegates=plan.delegates[:18])
    group_b = transport_sheets(plan, "en", group_key="b")
    assert all("r3" not in [r.key for r in sheet.runs] for sheet in group_b)  # group A's run
    assert any("r4" in [r.key for r in sheet.runs] for sheet in group_b)
    mine = transport_sheets(plan, "en", delegate_key="d2")  # group B
    assert {run.key for sheet in mine for run in sheet.runs} == {
        "r1", "r2", "r4", "r6", "r7", "r8", "r9", "r10"
    }  # fmt: skip


def test_sheet_data_is_ordered_by_day_then_vehicle() -> None:
    sheets = transport_sheets(podlasie_plan(), "en")
    assert [(s.day.day, s.vehicle_key) for s in sheets] == [
        (2, "bus"),
        (2, "van"),
        (3, "bus"),
        (4, "bus"),
    ]
    assert sheets[0].passengers_carried == sum(run.headcount for run in sheets[0].runs)


def test_a_run_with_many_passengers_runs_over_pages(tmp_path) -> None:
    plan = crowded_plan(50)
    plan = replace(plan, transport=plan.transport[7:8])  # one run, everyone on board
    facts = render_pdf(tmp_path, "transport", plan, language="en")
    assert_well_formed(facts)
    assert len(facts.pages) == 2
    assert "51 / 19 seats" in facts.text
    names = facts.flat
    assert all(delegate.surname_latin.split("-")[0] in names for delegate in plan.delegates)


def test_no_runs_gives_a_readable_page(tmp_path) -> None:
    facts = render_pdf(tmp_path, "transport", replace(podlasie_plan(), transport=()), language="pl")
    assert "Brak kursów." in facts.text
    assert_well_formed(facts)


def test_run_notes_are_printed(tmp_path) -> None:
    plan = podlasie_plan()
    run = replace(plan.transport[0], notes="Wait at the side entrance")
    facts = render_pdf(tmp_path, "transport", replace(plan, transport=(run,)), language="en")
    assert "Notes: Wait at the side entrance" in facts.text


FONT_NAMES = [fonts.CONDENSED, fonts.CONDENSED_BOLD, fonts.REGULAR]
fonts.register_fonts()


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("aбвгдеёжзі ўЎ-ąęłńóśźż AZ"), min_size=0, max_size=200),
    width=st.floats(min_value=20, max_value=300),
    font=st.sampled_from(FONT_NAMES),
)
def test_wrapped_lines_never_exceed_the_width(text, width, font) -> None:
    lines = wrap_text(text, font, 8.5, width)
    for line in lines:
        assert stringWidth(line, font, 8.5) <= width or len(line) == 1
    # Nothing but spaces is lost.
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_lines_shrink_a_name_before_wrapping_it() -> None:
    name = "Ляшчынская-Канстанцінопальская Ганна Віктараўна"
    natural = stringWidth(name, fonts.CONDENSED, 8.5)
    cell = Lines([Run(name, fonts.CONDENSED, 8.5, min_size=6.5)])
    width, height = cell.wrap(natural * 0.85, 1000)
    assert width <= natural * 0.85 and height < 8.5 * 1.3  # one line, smaller
    cell = Lines([Run(name, fonts.CONDENSED, 8.5, min_size=6.5)])
    width, height = cell.wrap(natural * 0.5, 1000)
    assert height > 6.5 * 1.22 * 1.5  # too long even at 6.5 pt: it wraps


def test_departure_after_midnight_lands_on_its_own_day() -> None:
    plan = podlasie_plan()
    late = replace(
        plan.transport[0],
        depart=dt.datetime(2019, 7, 5, 0, 30),
        arrive=dt.datetime(2019, 7, 5, 1, 0),
    )
    sheets = transport_sheets(replace(plan, transport=(late,)), "en")
    assert [sheet.day for sheet in sheets] == [dt.date(2019, 7, 5)]
