"""Calendars: parsed back with icalendar; times in the visit's zone; stable UIDs."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace

import pytest
from document_plans import podlasie_plan
from icalendar import Calendar

from studyvisit.documents.agenda_data import build_agenda
from studyvisit.documents.calendar_ics import CalendarExporter, build_calendar
from studyvisit.documents.places import address_line
from studyvisit.documents.registry import EXPORTERS, ExportOptions, load_exporters
from studyvisit.programme import PlanIndex

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def render(plan, tmp_path, **options) -> Calendar:
    out = tmp_path / "visit.ics"
    CalendarExporter().render(plan, ExportOptions(**options), out, "ics")
    return Calendar.from_ical(out.read_bytes())


def events_by_uid(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.events}


def test_registered_as_ics() -> None:
    load_exporters()
    assert EXPORTERS["ics"].file_types == ("ics",)


def test_the_visits_calendar_parses_back_with_a_vtimezone(tmp_path) -> None:
    plan = podlasie_plan()
    calendar = render(plan, tmp_path)
    assert calendar["VERSION"] == "2.0"
    assert str(calendar["PRODID"]).startswith("-//studyvisit//")
    assert str(calendar["X-WR-CALNAME"]) == plan.visit.name
    (zone,) = calendar.timezones
    assert zone.tz_name == "Europe/Warsaw"
    kinds = {component.name for component in zone.subcomponents}
    assert kinds == {"STANDARD", "DAYLIGHT"}  # whole years: Outlook wants both
    agenda = build_agenda(plan, "en")
    rows = [row for day in agenda.days for row in day.rows]
    assert len(calendar.events) == len(rows)
    assert len(events_by_uid(calendar)) == len(rows)  # unique UIDs


def test_times_are_local_to_warsaw(tmp_path) -> None:
    plan = podlasie_plan()
    events = events_by_uid(render(plan, tmp_path))
    for item in plan.agenda:
        event = next(e for uid, e in events.items() if uid.startswith(f"{item.key}."))
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Warsaw"
        assert start == item.start.replace(tzinfo=WARSAW)
        assert end == item.end.replace(tzinfo=WARSAW)
        assert start.utcoffset() == dt.timedelta(hours=2)  # summer time in July
        assert "TZID=Europe/Warsaw" in event.to_ical().decode()


def test_locations_carry_addresses_and_coordinates(tmp_path) -> None:
    plan = podlasie_plan()
    sites = {site.key: site for site in plan.sites}
    plan = replace(
        plan,
        sites=tuple(replace(site, latitude=53.13, longitude=23.16) for site in plan.sites),
    )
    events = events_by_uid(render(plan, tmp_path, language="pl"))
    for item in plan.agenda:
        if item.site_key is None:
            continue
        event = next(e for uid, e in events.items() if uid.startswith(f"{item.key}."))
        site = sites[item.site_key]
        assert str(event["LOCATION"]).endswith(address_line(site))
        assert site.name.get("pl", "") in str(event["LOCATION"])
        assert event.decoded("GEO") is not None


def test_titles_in_the_language_with_fallback(tmp_path) -> None:
    plan = podlasie_plan()
    for language in ("pl", "en", "ru"):
        events = render(plan, tmp_path, language=language).events
        summaries = {str(event["SUMMARY"]) for event in events}
        for item in plan.agenda:
            expected = item.title.get(language) or item.title.get("en") or item.title.get("pl")
            assert expected in summaries, (language, item.key)


def test_uids_are_stable_across_exports_and_scopes(tmp_path) -> None:
    plan = podlasie_plan()
    earlier = build_calendar(plan, ExportOptions(), now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    later = build_calendar(plan, ExportOptions(), now=dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
    assert set(events_by_uid(earlier)) == set(events_by_uid(later))
    first = next(iter(later.events))
    assert int(first["SEQUENCE"]) > int(next(iter(earlier.events))["SEQUENCE"])
    delegate = plan.delegates[0]
    personal = build_calendar(plan, ExportOptions(delegate_key=delegate.key))
    assert set(events_by_uid(personal)) <= set(events_by_uid(later))
    assert str(personal["UID"]) != str(later["UID"])  # the calendars differ, events agree
    uid = next(iter(events_by_uid(later)))
    assert uid.endswith("@studyvisit") and uid.isascii()


def test_a_delegates_programme_only(tmp_path) -> None:
    plan = podlasie_plan()
    delegate = next(d for d in plan.delegates if d.group_keys == ("b",))
    events = events_by_uid(render(plan, tmp_path, delegate_key=delegate.key))
    own = {item.key for item in PlanIndex(plan).programme(delegate.key)}
    items = {uid.split(".")[0] for uid in events if not uid.startswith("transport-")}
    assert items == own
    runs = {run.key for run in PlanIndex(plan).runs_for_delegate(delegate.key)}
    legs = {
        key
        for uid in events
        if uid.startswith("transport-")
        for key in uid.split(".")[0][10:].split("+")
    }
    assert legs <= runs and legs


def test_a_groups_programme(tmp_path) -> None:
    plan = podlasie_plan()
    calendar = render(plan, tmp_path, group_key="a")
    items = {str(uid).split(".")[0] for uid in events_by_uid(calendar)}
    assert {item.key for item in PlanIndex(plan).group_programme("a")} <= items
    assert "Group A" in str(calendar["X-WR-CALNAME"])


@pytest.mark.parametrize("key", ["обед-1", "welcome day", "a/b"])
def test_keys_of_any_script_make_distinct_ascii_uids(tmp_path, key) -> None:
    plan = podlasie_plan()
    agenda = (replace(plan.agenda[0], key=key), *plan.agenda[1:])
    events = events_by_uid(render(replace(plan, agenda=agenda), tmp_path))
    assert len(events) == len(set(events))
    assert all(uid.isascii() and " " not in uid for uid in events)


def test_another_time_zone(tmp_path) -> None:
    plan = podlasie_plan()
    plan = replace(plan, visit=replace(plan.visit, timezone="Europe/Vilnius"))
    calendar = render(plan, tmp_path)
    event = next(iter(calendar.events))
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/Vilnius"
    assert calendar.timezones[0].tz_name == "Europe/Vilnius"
