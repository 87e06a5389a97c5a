"""Attendance sheets, the participant summary, and their data, read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from document_plans import LONG_ORGANISATION, crowded_plan, podlasie_plan
from pdf_readback import assert_well_formed, render_pdf, shared_render
from reportlab.lib.units import mm

from studyvisit.documents.attendance_data import (
    attendance_sheets,
    participant_summary,
)
from studyvisit.documents.attendance_pdf import COLUMNS
from studyvisit.documents.pdf_pages import MARGIN_X
from studyvisit.documents.people import latin_name, native_name
from studyvisit.errors import ValidationError

TITLES = {"pl": "Lista obecności", "en": "Attendance list", "ru": "Лист присутствия"}


def sheets_in(facts, language: str) -> int:
    return sum(page.count(TITLES[language]) for page in facts.pages) - len(facts.pages)


@pytest.mark.parametrize("language", ["pl", "en", "ru"])
def test_one_sheet_per_day_with_every_delegate(tmp_path, language) -> None:
    plan = podlasie_plan()
    facts = shared_render("attendance", language=language)
    assert_well_formed(facts)
    # The running head names the document on every page; a sheet's title once more.
    assert sheets_in(facts, language) == 3
    text = facts.text
    for delegate in plan.delegates:
        assert latin_name(delegate) in text
        if native_name(delegate):
            assert native_name(delegate) in text


def test_one_sheet_per_item(tmp_path) -> None:
    facts = shared_render("attendance", language="en", per="item")
    # Twelve items less arrival, departure and free time.
    assert sheets_in(facts, "en") == 9
    assert "Running a cluster effectively" in facts.flat


def test_sheet_names_project_funder_date_time_place() -> None:
    facts = shared_render("attendance", language="en", per="item")
    first = " ".join(facts.pages[0].split())
    assert "Wdrażanie systemu klastrowego na Białorusi" in first
    assert "Ministerstwo Spraw Zagranicznych RP (Polska Pomoc)" in first
    assert "Tuesday, 2 July 2019" in first
    assert "09:00–10:30" in first
    assert "Marshal's Office of the Podlaskie Voivodeship, ul. Kardynała Stefana" in first
    assert "Welcome and opening of the visit" in first


def test_foreign_and_local_listed_apart_with_blank_rows(tmp_path) -> None:
    facts = shared_render("attendance", language="pl")
    sheet_one = " ".join(" ".join(facts.pages[:2]).split())
    foreign = sheet_one.index("Uczestnicy zagraniczni")
    local = sheet_one.index("Uczestnicy krajowi")
    assert foreign < sheet_one.index("Aliaksandr Shcherbich") < local
    assert local < sheet_one.index("Małgorzata Wiśniewska")
    # 18 foreign, 1 local, 3 blank rows numbered on.
    assert "22." in sheet_one and "23." not in sheet_one
    assert "Podpis koordynatora" in sheet_one and "Anna Nowak" in sheet_one


def test_staff_are_not_listed(tmp_path) -> None:
    facts = shared_render("attendance", language="en", per="item")
    assert "Katarzyna Wójcik" not in facts.text  # the interpreter


def test_gdpr_notice_default_on_every_page(tmp_path) -> None:
    facts = shared_render("attendance", language="en")
    for page in facts.pages:
        assert "Data protection notice" in page


@pytest.mark.parametrize(
    "setting, expected",
    [
        ({"en": "Custom notice EN.", "pl": "Własna klauzula."}, "Własna klauzula."),
        ("One notice for all languages.", "One notice for all languages."),
    ],
)
def test_gdpr_notice_from_the_visit(tmp_path, setting, expected) -> None:
    plan = podlasie_plan(settings={"gdpr_notice": setting})
    facts = render_pdf(tmp_path, "attendance", plan, language="pl")
    assert all(expected in page for page in facts.pages)
    assert "RODO" not in facts.text


def test_long_organisation_wraps_inside_its_column(tmp_path) -> None:
    facts = render_pdf(tmp_path, "attendance", crowded_plan(30), language="en")
    assert_well_formed(facts)
    left = MARGIN_X + COLUMNS[0] + COLUMNS[1]
    right = left + COLUMNS[2]
    organisation_words = set(LONG_ORGANISATION.split())
    checked = 0
    for page in facts.words:
        for word in page:
            if word["text"] in organisation_words and word["x0"] >= left - 1:
                if word["x0"] > right:
                    continue  # the same word elsewhere (a country, a signature)
                assert word["x1"] <= right + 0.5, word
                checked += 1
    assert checked > 100
    # Some lines of the organisation start at the column's text edge: it wrapped.
    starts = {round(w["x0"] - left) for page in facts.words for w in page if w["text"] == "пры"}
    assert starts and min(starts) <= 2 * mm


def test_group_scope_lists_only_its_members() -> None:
    facts = shared_render("attendance", language="en", group_key="b")
    text = facts.text
    assert "Liudmila Dashkevich" in text  # d2, group B
    assert "Aliaksandr Shcherbich" not in text  # d1, group A


def test_delegates_absent_that_day_are_left_out() -> None:
    plan = podlasie_plan()
    late = replace(plan.delegates[0], arrival=dt.datetime(2019, 7, 3, 12, 10))
    plan = replace(plan, delegates=(late, *plan.delegates[1:]))
    sheets = attendance_sheets(plan, "en")
    assert "d1" not in {a.key for a in sheets[0].attendees}
    assert "d1" in {a.key for a in sheets[1].attendees}
    by_item = attendance_sheets(plan, "en", per="item")
    eco = next(sheet for sheet in by_item if sheet.item_keys == ("eco",))
    assert "d1" not in {a.key for a in eco.attendees}  # 09:00-12:00: over before arrival
    lunch = next(sheet for sheet in by_item if sheet.item_keys == ("lunch-2",))
    assert "d1" in {a.key for a in lunch.attendees}


def test_host_country_decides_who_is_local() -> None:
    plan = podlasie_plan(settings={"host_country": "by"})
    sheet = attendance_sheets(plan, "en")[0]
    assert [a.key for a in sheet.foreign] == ["pl19"]
    assert len(sheet.local) == 18


def test_sheet_data_is_alphabetical_by_latin_surname() -> None:
    sheet = attendance_sheets(podlasie_plan(), "en")[0]
    surnames = [a.latin_name.split()[-1] for a in sheet.foreign]
    assert surnames == sorted(surnames, key=str.casefold)


def test_participant_summary_counts() -> None:
    summary = participant_summary(podlasie_plan(), "pl")
    assert (summary.total.total, summary.total.female, summary.total.male) == (19, 10, 9)
    assert (summary.foreign, summary.local) == (18, 1)
    countries = {row.key: row.total for row in summary.by_country}
    assert countries == {"BY": 18, "PL": 1}
    assert summary.by_country[0].label == "Białoruś"
    assert sum(row.total for row in summary.by_category) == 19
    assert [(d.day.day, d.foreign, d.local) for d in summary.by_day] == [
        (2, 18, 1),
        (3, 18, 1),
        (4, 18, 1),
    ]


@pytest.mark.parametrize("language", ["pl", "en", "ru"])
def test_participant_summary_pdf(tmp_path, language) -> None:
    facts = shared_render("participants", language=language)
    assert_well_formed(facts)
    assert len(facts.pages) == 1
    text = facts.flat
    assert {"pl": "Białoruś", "en": "Belarus", "ru": "Беларусь"}[language] in text
    assert {"pl": "Kobiety", "en": "Women", "ru": "Женщины"}[language] in text
    assert "Administracja centralna" in text if language == "pl" else True


def test_empty_visit_gives_a_readable_page(tmp_path) -> None:
    plan = replace(podlasie_plan(), agenda=())
    facts = render_pdf(tmp_path, "attendance", plan, language="en")
    assert "No items in the programme." in facts.text


def test_a_notice_too_long_for_the_foot_is_refused(tmp_path) -> None:
    plan = podlasie_plan(settings={"gdpr_notice": "Data are processed. " * 400})
    with pytest.raises(ValidationError, match="too long"):
        render_pdf(tmp_path, "attendance", plan, language="en")
