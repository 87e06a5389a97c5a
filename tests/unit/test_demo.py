"""The demo visit: the 2019 Podlasie study visit, rich enough for every feature, and clean."""

import datetime as dt

from studyvisit.programme import PlanIndex, meal_counts
from studyvisit.services import transliteration, transport, visits
from studyvisit.services.plan_checker import check_plan


def load(database, visit_id):
    with database.unit_of_work() as uow:
        return visits.load_plan(uow, visit_id)


def test_the_visit_facts(database, demo_visit_id) -> None:
    visit = load(database, demo_visit_id).visit
    assert (visit.start_date, visit.end_date) == (dt.date(2019, 7, 2), dt.date(2019, 7, 4))
    assert "Wdrażanie systemu klastrowego na Białorusi" in visit.project
    assert "Podlaska Fundacja Rozwoju Regionalnego" in visit.host
    assert "Ministerstwo Spraw Zagranicznych" in visit.funder
    assert len(visit.partners) == 2
    assert visit.timezone == "Europe/Warsaw"
    assert set(visit.languages) == {"pl", "en", "ru"}
    assert "demo" in visit.notes.lower()


def test_eighteen_belarusian_delegates_with_passport_latin_forms(database, demo_visit_id) -> None:
    delegates = load(database, demo_visit_id).delegates
    assert len(delegates) == 18
    assert {d.country for d in delegates} == {"BY"}
    assert len({d.passport_number for d in delegates}) == 18
    categories = {d.category for d in delegates}
    assert {"national_admin", "regional_admin", "local_admin", "expert", "business_support"} <= categories
    assert sum(bool(d.dietary) for d in delegates) >= 3
    for delegate in delegates:
        assert transliteration.is_cyrillic(delegate.surname)
        expected = transliteration.latin_name(
            delegate.surname, delegate.given_names, delegate.patronymic, delegate.country
        )
        assert (delegate.surname_latin, delegate.given_names_latin) == expected, delegate.key


def test_sites_and_programme(database, demo_visit_id) -> None:
    plan = load(database, demo_visit_id)
    names = " ".join(site.name["pl"] for site in plan.sites)
    for place in (
        "Urząd Marszałkowski Województwa Podlaskiego",
        "Politechnika Białostocka",
        "Instytut Innowacji i Technologii",
        "Klaster Obróbki Metali",
        "Polski Klaster Budowlany",
        "InfoTech",
        "Eko-Energetyczny",
    ):
        assert place in names
    assert all({"pl", "en", "ru"} <= set(site.name) for site in plan.sites)
    assert {item.start.date() for item in plan.agenda} == set(plan.visit.days)
    kinds = {item.kind for item in plan.agenda}
    assert {"arrival", "departure", "meeting", "site_visit", "meal"} <= kinds
    # Two groups visit clusters in parallel on one afternoon.
    index = PlanIndex(plan)
    assert [i.key for i in index.group_programme("a")] != [i.key for i in index.group_programme("b")]
    parallel = [item for item in plan.agenda if item.group_keys]
    assert {item.group_keys for item in parallel} == {("a",), ("b",)}
    assert len(plan.vehicles) == 2 and all(v.driver_key for v in plan.vehicles)
    assert max(v.seats for v in plan.vehicles) == 20
    assert len(plan.transport) >= 10
    assert meal_counts(plan)[0].dietary  # the restaurant learns the dietary needs


def test_the_demo_plan_checks_clean_and_needs_no_more_runs(database, demo_visit_id) -> None:
    plan = load(database, demo_visit_id)
    assert check_plan(plan) == []
    with database.unit_of_work() as uow:
        assert transport.propose(uow, demo_visit_id) == []
