"""The agenda PDF and its data, read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from document_plans import podlasie_plan
from pdf_readback import assert_well_formed, render_pdf, shared_render

from studyvisit.documents.agenda_data import AgendaEntry, TransportLeg, build_agenda
from studyvisit.documents.pdf_pages import MARGIN_X, PAGE_WIDTH

DAY_ONE = {
    "pl": "wtorek, 2 lipca 2019",
    "en": "Tuesday, 2 July 2019",
    "ru": "вторник, 2 июля 2019 г.",
}
PAGE_ONE = {"pl": "Strona 1 z 2", "en": "Page 1 of 2", "ru": "Страница 1 из 2"}


@pytest.mark.parametrize("language", ["pl", "en", "ru"])
def test_agenda_in_each_language(tmp_path, language) -> None:
    facts = shared_render("agenda", language=language)
    assert_well_formed(facts)
    assert DAY_ONE[language] in facts.text
    assert PAGE_ONE[language] in facts.pages[0]
    # Every page carries the visit, the project and the funder.
    for page in facts.pages:
        assert "Wizyta studyjna: inicjatywy klastrowe na Podlasiu" in page
        assert "Wdrażanie systemu klastrowego na Białorusi" in page


def test_days_items_sites_hosts_and_legs(tmp_path) -> None:
    facts = shared_render("agenda", language="en")
    text = facts.flat
    for heading in ("Wednesday, 3 July 2019", "Thursday, 4 July 2019"):
        assert heading in text
    assert "09:00–10:30" in text
    assert "Welcome and opening of the visit" in text
    assert "ul. Kardynała Stefana Wyszyńskiego 1, Białystok" in text
    assert "Hosts: Marszałek Województwa Podlaskiego, PFRR" in text
    assert "Transport: Branicki Hotel" in text
    assert "Minibus Mercedes Sprinter (BI 12345)" in text


def test_fallback_is_marked_and_explained_on_its_page(tmp_path) -> None:
    facts = shared_render("agenda", language="ru")
    marked = [page for page in facts.pages if "Running a cluster effectively*" in page]
    assert marked, "the English title in a Russian agenda carries the mark"
    assert "* текст на другом языке" in marked[0]


def test_contacts_block_lists_coordinators_interpreter_and_drivers(tmp_path) -> None:
    facts = shared_render("agenda", language="pl")
    last = " ".join(facts.pages[-1].split())
    assert "Kontakty" in last
    for name, phone in [
        ("Anna Nowak", "+48 600 000 001"),
        ("Katarzyna Wójcik", "+48 600 000 003"),
        ("Jan Kowalski", "+48 600 000 004"),
        ("Tomasz Lewandowski", "+48 600 000 005"),
    ]:
        assert name in last and phone in last


def test_personal_programme_of_one_delegate(tmp_path) -> None:
    facts = shared_render("agenda", language="en", delegate_key="d1")
    text = facts.flat
    assert "Personal programme" in text
    assert "Aliaksandr Shcherbich" in text and "Шчэрбіч Аляксандр Іванавіч" in text
    assert "room 101" in text
    assert "Visit to the Institute of Innovation and Technology" in text  # group A
    assert "InfoTech Technology Cluster" not in text  # group B only


def test_group_programme(tmp_path) -> None:
    facts = shared_render("agenda", language="en", group_key="b")
    text = facts.flat
    assert "Programme for: Group B" in text
    assert "InfoTech Technology Cluster" in text
    assert "Visit to the Institute of Innovation and Technology" not in text


def test_text_stays_inside_the_margins(tmp_path) -> None:
    plan = podlasie_plan()
    long_title = {"en": "A very long title " * 12}
    item = replace(plan.agenda[1], title=long_title, hosts=("Host " * 40,))
    plan = replace(plan, agenda=(plan.agenda[0], item, *plan.agenda[2:]))
    facts = render_pdf(tmp_path, "agenda", plan, language="en")
    assert_well_formed(facts)
    for page in facts.chars:
        for char in page:
            assert char["x0"] >= MARGIN_X - 1 and char["x1"] <= PAGE_WIDTH - MARGIN_X + 1


def test_an_item_longer_than_a_page_splits(tmp_path) -> None:
    plan = podlasie_plan()
    item = replace(plan.agenda[1], description={"en": "Discussion. " * 900})
    plan = replace(plan, agenda=(item,))
    facts = render_pdf(tmp_path, "agenda", plan, language="en")
    assert len(facts.pages) >= 2
    assert_well_formed(facts)


def test_many_delegates_and_every_language_render(tmp_path) -> None:
    for language in ("pl", "en", "ru"):
        assert_well_formed(shared_render("agenda", "crowded", language=language))


def test_markup_in_texts_is_printed_not_parsed(tmp_path) -> None:
    plan = podlasie_plan()
    item = replace(plan.agenda[1], title={"en": "R&D <b>clusters</b> \x0b& more"})
    facts = render_pdf(tmp_path, "agenda", replace(plan, agenda=(item,)), language="en")
    assert "R&D <b>clusters</b> & more" in facts.text


def test_agenda_data_orders_legs_and_items_by_time() -> None:
    agenda = build_agenda(podlasie_plan(), "en")
    first = agenda.days[0]
    assert first.day == dt.date(2019, 7, 2)
    starts = [row.start for row in first.rows]
    assert starts == sorted(starts)
    assert isinstance(first.rows[0], AgendaEntry) and first.rows[0].key == "arrival"
    assert isinstance(first.rows[1], TransportLeg)
    # Two vehicles leaving at the same minute between different sites stay two legs.
    afternoon = [leg for leg in first.legs if leg.start.hour == 14]
    assert len(afternoon) == 2


def test_agenda_data_merges_runs_leaving_together() -> None:
    plan = podlasie_plan()
    twin = replace(plan.transport[0], id=99, key="r1-van", vehicle_key="van", group_keys=("b",))
    agenda = build_agenda(replace(plan, transport=(*plan.transport, twin)), "en")
    leg = agenda.days[0].legs[0]
    assert leg.run_keys == ("r1", "r1-van")
    assert leg.vehicles == ("Minibus Mercedes Sprinter (BI 12345)", "Van (BI 67890)")


def test_agenda_data_falls_back_with_a_flag() -> None:
    agenda = build_agenda(podlasie_plan(), "ru")
    clusters = next(e for d in agenda.days for e in d.entries if e.key == "clusters")
    assert clusters.title == "Running a cluster effectively" and clusters.title_fell_back
    assert clusters.description_fell_back  # Polish only
    assert agenda.has_fallback


def test_empty_agenda_still_renders(tmp_path) -> None:
    plan = replace(podlasie_plan(), agenda=(), transport=())
    facts = render_pdf(tmp_path, "agenda", plan, language="pl")
    assert "Brak punktów programu." in facts.text
    assert_well_formed(facts)


def test_progress_is_reported_and_cancel_stops_the_job(tmp_path) -> None:
    from studyvisit.documents.registry import EXPORTERS, ExportOptions
    from studyvisit.progress import Cancelled

    seen: list[tuple[int, int]] = []
    out = tmp_path / "agenda.pdf"
    EXPORTERS["agenda"].render(
        podlasie_plan(), ExportOptions(), out, "pdf", lambda d, t, _l: seen.append((d, t))
    )
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    for identifier in ("agenda", "attendance", "transport", "letters", "participants"):
        with pytest.raises(Cancelled):
            EXPORTERS[identifier].render(
                podlasie_plan(), ExportOptions(), tmp_path / "x.pdf", "pdf", cancel=lambda: True
            )
