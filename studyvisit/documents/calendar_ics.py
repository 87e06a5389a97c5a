"""Calendars (ICS, RFC 5545, through the ``icalendar`` library).

The programme of the visit, of one group or of one delegate (their own items
and the transport legs that carry them) as events in the visit's time zone,
with its VTIMEZONE, so that a phone shows the right hour wherever it is. Each
event names its place with the address (and GEO where the site has
coordinates). UIDs are stable, the item's key within the visit's, so that
importing an updated calendar updates the events instead of adding copies; a
rising SEQUENCE tells clients the newer file wins.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path
from urllib.parse import quote

from icalendar import Calendar, Event

from studyvisit.documents.agenda_data import Agenda, AgendaEntry, TransportLeg, build_agenda
from studyvisit.documents.document_labels import word
from studyvisit.documents.localisation import language_or_default
from studyvisit.documents.places import Place
from studyvisit.documents.registry import Exporter, ExportOptions, register
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.records import SiteRecord, VisitInfo, VisitPlan

PRODID = "-//studyvisit//Study visit programme//EN"
UID_DOMAIN = "studyvisit"
DEFAULT_TIMEZONE = "Europe/Warsaw"
# SEQUENCE counts minutes since this moment: every export outranks the last.
_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


@register
class CalendarExporter(Exporter):
    identifier = "ics"
    name = "Calendar"
    file_types = ("ics",)
    description = "The programme as calendar events, for the visit, a group or one delegate."

    def render(
        self,
        plan: VisitPlan,
        options: ExportOptions,
        out: Path,
        file_type: str,
        progress: Progress = no_progress,
        cancel: Cancel = never_cancel,
    ) -> None:
        check_cancel(cancel)
        calendar = build_calendar(plan, options)
        Path(out).write_bytes(calendar.to_ical())
        events = len(calendar.events)
        progress(events, events, "")


def build_calendar(
    plan: VisitPlan, options: ExportOptions, now: dt.datetime | None = None
) -> Calendar:
    """The calendar of the visit, a group (``group_key``) or a delegate (``delegate_key``)."""
    language = language_or_default(options.language)
    agenda = build_agenda(plan, language, options.group_key, options.delegate_key)
    now = now or dt.datetime.now(dt.UTC)
    zone = visit_zone(plan.visit)
    visit_uid = visit_identifier(plan.visit)
    calendar = Calendar.new(
        prodid=PRODID,
        method="PUBLISH",
        name=calendar_name(plan, agenda),
        description=plan.visit.project or None,
        uid=f"{_scope_part(agenda)}{visit_uid}@{UID_DOMAIN}",
    )
    calendar.add("x-wr-timezone", zone.key)
    sites = {site.key: site for site in plan.sites}
    sequence = int((now - _SEQUENCE_EPOCH).total_seconds() // 60)
    for day in agenda.days:
        for row in day.rows:
            if isinstance(row, AgendaEntry):
                event = entry_event(row, zone, sites, language)
                uid = row.key
            else:
                event = leg_event(row, zone, language)
                uid = "transport-" + "+".join(row.run_keys)
            event.uid = f"{_uid_part(uid)}.{visit_uid}@{UID_DOMAIN}"
            event.DTSTAMP = now
            event.add("last-modified", now)
            event.add("sequence", max(sequence, 0))
            calendar.add_component(event)
    first, last = _span(plan.visit, agenda)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def entry_event(
    entry: AgendaEntry, zone: zoneinfo.ZoneInfo, sites: dict[str, SiteRecord], language: str
) -> Event:
    """One agenda item as an event: title, times, place with address, description, hosts."""
    event = Event.new(
        summary=entry.title,
        start=entry.start.replace(tzinfo=zone),
        end=entry.end.replace(tzinfo=zone),
        location=_location(entry.place),
        description=_entry_description(entry, language) or None,
        categories=[entry.kind_label],
    )
    if entry.kind == "free":
        event.add("transp", "TRANSPARENT")
    site = sites.get(entry.place.key) if entry.place else None
    if site is not None and site.latitude is not None and site.longitude is not None:
        event.add("geo", (site.latitude, site.longitude))
    return event


def leg_event(leg: TransportLeg, zone: zoneinfo.ZoneInfo, language: str) -> Event:
    """A transport leg: from where to where, boarding at the origin's address."""
    origin = leg.origin.name if leg.origin else "?"
    destination = leg.destination.name if leg.destination else "?"
    lines = [", ".join(leg.vehicles)]
    if leg.destination and leg.destination.address:
        lines.append(f"{word('to', language)}: {leg.destination.one_line}")
    return Event.new(
        summary=f"{word('transport', language)}: {origin} → {destination}",
        start=leg.start.replace(tzinfo=zone),
        end=leg.end.replace(tzinfo=zone),
        location=_location(leg.origin),
        description="\n".join(line for line in lines if line) or None,
        categories=[word("transport", language)],
    )


def _entry_description(entry: AgendaEntry, language: str) -> str:
    parts = [entry.description] if entry.description else []
    if entry.hosts:
        parts.append(f"{word('hosts', language)}: {', '.join(entry.hosts)}")
    if entry.groups:
        parts.append(f"{word('group', language)}: {', '.join(entry.groups)}")
    return "\n\n".join(parts)


def _location(place: Place | None) -> str | None:
    return place.one_line if place else None


def visit_zone(visit: VisitInfo) -> zoneinfo.ZoneInfo:
    """The visit's time zone (Europe/Warsaw when unset or unknown)."""
    try:
        return zoneinfo.ZoneInfo(visit.timezone or DEFAULT_TIMEZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)


def visit_identifier(visit: VisitInfo) -> str:
    """A stable identifier of the visit for UIDs: ``settings["key"]``, else date and name.

    Not the database id, which changes when a visit file is imported elsewhere.
    """
    key = visit.settings.get("key") if visit.settings else None
    if key:
        return _uid_part(str(key))
    return f"{visit.start_date:%Y%m%d}-{_uid_part(visit.name)}"


def _uid_part(text: str) -> str:
    """``text`` in ASCII for a UID: spaces as hyphens, other characters %-escaped (UTF-8).

    Escaping rather than dropping keeps two keys that differ only in Cyrillic apart.
    """
    return quote(re.sub(r"\s+", "-", text.strip()), safe="-_.~+") or "item"


def _scope_part(agenda: Agenda) -> str:
    if agenda.scope.kind == "visit" or not agenda.scope.key:
        return ""
    return f"{agenda.scope.kind}-{_uid_part(agenda.scope.key)}."


def calendar_name(plan: VisitPlan, agenda: Agenda) -> str:
    if agenda.scope.kind == "visit":
        return plan.visit.name
    return f"{plan.visit.name} – {agenda.scope.name}"


def _span(visit: VisitInfo, agenda: Agenda) -> tuple[dt.date, dt.date]:
    """Whole years around the visit and its items, for the VTIMEZONE.

    Covering whole years gives the zone both its standard and its summer time,
    which some clients (Outlook) expect whatever the events' dates.
    """
    days = [visit.start_date, visit.end_date, *(day.day for day in agenda.days)]
    return dt.date(min(days).year, 1, 1), dt.date(max(days).year + 1, 1, 1)
