"""The visit file: one JSON document holding a whole visit (docs/visit-file.md).

``plan_to_document`` turns a loaded plan into the document; ``import_document``
validates a document completely before writing anything, then adds it as a new
visit within the caller's unit of work.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from studyvisit.db import UnitOfWork
from studyvisit.domain import (
    Accommodation,
    AgendaItem,
    AgendaKind,
    Category,
    Delegate,
    Gender,
    Group,
    LatinSource,
    Site,
    Staff,
    StaffRole,
    TransportRun,
    TravelMode,
    TravelTime,
    Vehicle,
    Visit,
)
from studyvisit.domain.models import KEY_LENGTH
from studyvisit.errors import ValidationError
from studyvisit.records import VisitPlan
from studyvisit.services import delegate_fields, visits

FORMAT = "studyvisit.visit"
VERSION = 1
DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
LISTS = (
    "sites",
    "travel_times",
    "groups",
    "delegates",
    "staff",
    "agenda",
    "vehicles",
    "transport",
    "accommodation",
)


# --------------------------------------------------------------------------- export


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.strftime(DATE_FORMAT)


def _datetime(value: dt.datetime | None) -> str | None:
    return None if value is None else value.strftime(DATETIME_FORMAT)


def plan_to_document(plan: VisitPlan) -> dict[str, Any]:
    """The visit file for ``plan``: a JSON-ready dict."""
    visit = plan.visit
    return {
        "format": FORMAT,
        "version": VERSION,
        "visit": {
            "name": visit.name,
            "project": visit.project,
            "funder": visit.funder,
            "host": visit.host,
            "partners": list(visit.partners),
            "start_date": _date(visit.start_date),
            "end_date": _date(visit.end_date),
            "timezone": visit.timezone,
            "languages": list(visit.languages),
            "notes": visit.notes,
            "settings": dict(visit.settings),
        },
        "sites": [
            {
                "key": site.key,
                "name": dict(site.name),
                "kind": site.kind,
                "address": site.address,
                "city": site.city,
                "latitude": site.latitude,
                "longitude": site.longitude,
                "contact": site.contact,
                "phone": site.phone,
                "notes": site.notes,
            }
            for site in plan.sites
        ],
        "travel_times": [
            {"from": t.from_key, "to": t.to_key, "minutes": t.minutes, "mode": t.mode}
            for t in plan.travel_times
        ],
        "groups": [{"key": group.key, "name": group.name} for group in plan.groups],
        "delegates": [
            {"key": d.key, **delegate_fields.to_json(d), "groups": list(d.group_keys)}
            for d in plan.delegates
        ],
        "staff": [
            {
                "key": member.key,
                "name": member.name,
                "role": member.role,
                "organisation": member.organisation,
                "phone": member.phone,
                "email": member.email,
                "notes": member.notes,
            }
            for member in plan.staff
        ],
        "agenda": [
            {
                "key": item.key,
                "start": _datetime(item.start),
                "end": _datetime(item.end),
                "site": item.site_key,
                "kind": item.kind,
                "title": dict(item.title),
                "description": dict(item.description),
                "hosts": list(item.hosts),
                "groups": list(item.group_keys),
            }
            for item in plan.agenda
        ],
        "vehicles": [
            {
                "key": vehicle.key,
                "label": vehicle.label,
                "plate": vehicle.plate,
                "seats": vehicle.seats,
                "operator": vehicle.operator,
                "phone": vehicle.phone,
                "driver": vehicle.driver_key,
            }
            for vehicle in plan.vehicles
        ],
        "transport": [
            {
                "key": run.key,
                "vehicle": run.vehicle_key,
                "from": run.from_key,
                "to": run.to_key,
                "depart": _datetime(run.depart),
                "arrive": _datetime(run.arrive),
                "groups": list(run.group_keys),
                "delegates": list(run.delegate_keys),
                "staff": list(run.staff_keys),
                "notes": run.notes,
            }
            for run in plan.transport
        ],
        "accommodation": [
            {
                "delegate": stay.delegate_key,
                "site": stay.site_key,
                "check_in": _date(stay.check_in),
                "check_out": _date(stay.check_out),
                "room": stay.room,
            }
            for stay in plan.accommodation
        ],
    }


def export_visit(uow: UnitOfWork, visit_id: int) -> dict[str, Any]:
    return plan_to_document(visits.load_plan(uow, visit_id))


def write_document(document: Mapping[str, Any], path: Path) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- reading


def read_document(path: Path) -> dict[str, Any]:
    """Parse a visit file; any problem is a ValidationError naming the file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"Cannot read {path}: {error.strerror or error}.") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(f"{path} is not a UTF-8 text file (byte {error.start}).") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from error
    if not isinstance(document, dict):
        raise ValidationError(f"{path} is not a visit file: the top level is not a JSON object.")
    return document


class _Field:
    """Reads typed values out of one record, naming the place in every error."""

    def __init__(self, record: Any, where: str) -> None:
        if not isinstance(record, dict):
            raise ValidationError(f"{where} is not an object.")
        self.record = record
        self.where = where

    def fail(self, name: str, problem: str) -> ValidationError:
        return ValidationError(f"{self.where}.{name}: {problem}")

    def raw(self, name: str, required: bool = False) -> Any:
        value = self.record.get(name)
        if required and (value is None or value == ""):
            raise self.fail(name, "is required and missing.")
        return value

    def text(self, name: str, required: bool = False, max_length: int | None = None) -> str | None:
        value = self.raw(name, required)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise self.fail(name, f"must be text, not {type(value).__name__}.")
        value = value.strip()
        if required and not value:
            raise self.fail(name, "is required and empty.")
        if max_length is not None and len(value) > max_length:
            raise self.fail(name, f"is longer than {max_length} characters.")
        return value or None

    def key(self, name: str = "key") -> str:
        value = self.text(name, required=True, max_length=KEY_LENGTH)
        assert value is not None
        return value

    def integer(self, name: str, required: bool = False, minimum: int | None = None) -> int | None:
        value = self.raw(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            raise self.fail(name, f"must be a whole number, not {value!r}.")
        if minimum is not None and value < minimum:
            raise self.fail(name, f"must be at least {minimum}, not {value}.")
        return int(value)

    def number(self, name: str) -> float | None:
        value = self.raw(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(name, f"must be a number, not {value!r}.")
        return float(value)

    def _parsed(self, name: str, required: bool, fmt: str, label: str) -> Any:
        value = self.raw(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, f"must be a {label} written as text, not {value!r}.")
        try:
            return dt.datetime.strptime(value.strip(), fmt)
        except ValueError:
            raise self.fail(name, f"{value!r} is not a valid {label}.") from None

    def date(self, name: str, required: bool = False) -> dt.date | None:
        parsed = self._parsed(name, required, DATE_FORMAT, "date (YYYY-MM-DD)")
        return None if parsed is None else parsed.date()

    def datetime(self, name: str, required: bool = False) -> dt.datetime | None:
        return self._parsed(name, required, DATETIME_FORMAT, "date-time (YYYY-MM-DDTHH:MM)")

    def choice(self, name: str, allowed: type, required: bool = False) -> str | None:
        value = self.text(name, required)
        if value is None:
            return None
        choices = [member.value for member in allowed]
        if value not in choices:
            raise self.fail(name, f"{value!r} is not one of {', '.join(choices)}.")
        return value

    def texts(self, name: str) -> dict[str, str]:
        value = self.raw(name)
        if value is None:
            return {}
        if isinstance(value, str):  # a plain string is accepted as English-less "any" text
            return {"en": value.strip()} if value.strip() else {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and (isinstance(v, str) or v is None) for k, v in value.items()
        ):
            raise self.fail(name, 'must be an object of texts by language, e.g. {"pl": "...", "en": "..."}.')
        return {k: v.strip() for k, v in value.items() if v and v.strip()}

    def text_list(self, name: str) -> list[str]:
        value = self.raw(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "must be a list of texts.")
        return [v.strip() for v in value if v.strip()]

    def refs(self, name: str, known: Mapping[str, Any], what: str) -> list[Any]:
        keys = self.text_list(name)
        return [self.resolve(name, key, known, what) for key in keys]

    def ref(self, name: str, known: Mapping[str, Any], what: str, required: bool = False) -> Any:
        key = self.text(name, required)
        return None if key is None else self.resolve(name, key, known, what)

    def resolve(self, name: str, key: str, known: Mapping[str, Any], what: str) -> Any:
        if key not in known:
            raise self.fail(name, f"refers to {what} {key!r}, which the file does not define.")
        return known[key]


def _records(document: Mapping[str, Any], list_name: str) -> list[tuple[_Field, str]]:
    value = document.get(list_name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(f"{list_name} must be a list.")
    fields = []
    for index, record in enumerate(value):
        where = f"{list_name}[{index}]"
        if isinstance(record, dict) and isinstance(record.get("key"), str):
            where += f" ({record['key']})"
        fields.append((_Field(record, where), where))
    return fields


def _keyed(
    document: Mapping[str, Any], list_name: str, build: Callable[[_Field], Any]
) -> dict[str, Any]:
    """Build every record of a keyed list, refusing duplicate keys."""
    built: dict[str, Any] = {}
    for field, where in _records(document, list_name):
        key = field.key()
        if key in built:
            raise ValidationError(f"{where}: the key {key!r} is used twice in {list_name}.")
        record = build(field)
        record.key = key
        built[key] = record
    return built


def _check_order(field: _Field, start_name: str, end_name: str, start: Any, end: Any) -> None:
    if start is not None and end is not None and end <= start:
        raise field.fail(end_name, f"must be after {start_name} ({end_name} {end} ≤ {start_name} {start}).")


# --------------------------------------------------------------------------- import


def build_visit(document: Mapping[str, Any]) -> Visit:
    """Validate a whole visit file and build (unsaved) ORM objects for it."""
    if document.get("format") != FORMAT:
        raise ValidationError(
            f"This is not a studyvisit visit file: \"format\" must be {FORMAT!r}, "
            f"not {document.get('format')!r}."
        )
    if document.get("version") != VERSION:
        raise ValidationError(
            f"Visit file version {document.get('version')!r} is not supported; "
            f"this studyvisit reads version {VERSION}."
        )
    head = _Field(document.get("visit"), "visit")
    start_date = head.date("start_date", required=True)
    end_date = head.date("end_date", required=True)
    if end_date < start_date:
        raise head.fail("end_date", f"{end_date} is before start_date {start_date}.")
    languages = head.text_list("languages")
    settings = head.raw("settings") or {}
    if not isinstance(settings, dict):
        raise head.fail("settings", "must be an object.")
    visit = Visit(
        name=head.text("name", required=True, max_length=300),
        project=head.text("project"),
        funder=head.text("funder"),
        host=head.text("host"),
        partners=head.text_list("partners"),
        start_date=start_date,
        end_date=end_date,
        timezone=head.text("timezone") or "Europe/Warsaw",
        languages=languages,
        notes=head.text("notes"),
        settings=settings,
    )
    _check_timezone(head, visit.timezone)

    sites = _keyed(document, "sites", _site)
    groups = _keyed(document, "groups", lambda f: Group(name=f.text("name", required=True)))
    staff = _keyed(document, "staff", _staff)
    delegates = _keyed(document, "delegates", lambda f: _delegate(f, groups))
    _check_unique_passports(delegates)
    vehicles = _keyed(document, "vehicles", lambda f: _vehicle(f, staff))
    agenda = _keyed(document, "agenda", lambda f: _agenda_item(f, sites, groups))
    runs = _keyed(document, "transport", lambda f: _run(f, vehicles, sites, groups, delegates, staff))

    visit.sites = list(sites.values())
    visit.groups = list(groups.values())
    visit.staff = list(staff.values())
    visit.delegates = list(delegates.values())
    visit.vehicles = list(vehicles.values())
    visit.agenda = list(agenda.values())
    visit.transport_runs = list(runs.values())
    visit.travel_times = _travel_times(document, sites)
    visit.accommodation = _accommodation(document, delegates, sites)
    return visit


def _check_timezone(field: _Field, name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise field.fail("timezone", f"{name!r} is not a known time zone (e.g. Europe/Warsaw).") from None


def _site(field: _Field) -> Site:
    return Site(
        name=field.texts("name"),
        kind=field.text("kind"),
        address=field.text("address"),
        city=field.text("city"),
        latitude=field.number("latitude"),
        longitude=field.number("longitude"),
        contact=field.text("contact"),
        phone=field.text("phone"),
        notes=field.text("notes"),
    )


def _staff(field: _Field) -> Staff:
    return Staff(
        name=field.text("name", required=True),
        role=field.choice("role", StaffRole) or StaffRole.OTHER.value,
        organisation=field.text("organisation"),
        phone=field.text("phone"),
        email=delegate_fields.normalise_email(field.text("email")),
        notes=field.text("notes"),
    )


def _delegate(field: _Field, groups: Mapping[str, Group]) -> Delegate:
    values: dict[str, Any] = {
        "surname": field.text("surname", required=True),
        "given_names": field.text("given_names"),
        "patronymic": field.text("patronymic"),
        "surname_latin": field.text("surname_latin"),
        "given_names_latin": field.text("given_names_latin"),
        "latin_source": field.choice("latin_source", LatinSource),
        "organisation": field.text("organisation"),
        "position": field.text("position"),
        "country": field.text("country"),
        "category": field.choice("category", Category),
        "email": field.text("email"),
        "phone": field.text("phone"),
        "date_of_birth": field.date("date_of_birth"),
        "passport_number": field.text("passport_number"),
        "passport_expiry": field.date("passport_expiry"),
        "gender": field.choice("gender", Gender),
        "dietary": field.text("dietary"),
        "arrival": field.datetime("arrival"),
        "departure": field.datetime("departure"),
        "notes": field.text("notes"),
    }
    try:
        values = delegate_fields.normalise(values)
    except ValidationError as error:
        raise ValidationError(f"{field.where}.{error}") from None
    _check_order(field, "arrival", "departure", values["arrival"], values["departure"])
    delegate = Delegate(**values)
    delegate.groups = field.refs("groups", groups, "group")
    return delegate


def _check_unique_passports(delegates: Mapping[str, Delegate]) -> None:
    seen: dict[str, str] = {}
    for key, delegate in delegates.items():
        number = delegate.passport_number
        if number is None:
            continue
        if number in seen:
            raise ValidationError(
                f"delegates ({key}).passport_number: {number} is also the passport of "
                f"delegate {seen[number]!r}; a passport number belongs to one delegate."
            )
        seen[number] = key


def _vehicle(field: _Field, staff: Mapping[str, Staff]) -> Vehicle:
    return Vehicle(
        label=field.text("label", required=True),
        plate=field.text("plate"),
        seats=field.integer("seats", required=True, minimum=0),
        operator=field.text("operator"),
        phone=field.text("phone"),
        driver=field.ref("driver", staff, "staff member"),
    )


def _agenda_item(field: _Field, sites: Mapping[str, Site], groups: Mapping[str, Group]) -> AgendaItem:
    start = field.datetime("start", required=True)
    end = field.datetime("end", required=True)
    _check_order(field, "start", "end", start, end)
    return AgendaItem(
        start_at=start,
        end_at=end,
        site=field.ref("site", sites, "site"),
        kind=field.choice("kind", AgendaKind, required=True),
        title=field.texts("title"),
        description=field.texts("description"),
        hosts=field.text_list("hosts"),
        groups=field.refs("groups", groups, "group"),
    )


def _run(
    field: _Field,
    vehicles: Mapping[str, Vehicle],
    sites: Mapping[str, Site],
    groups: Mapping[str, Group],
    delegates: Mapping[str, Delegate],
    staff: Mapping[str, Staff],
) -> TransportRun:
    depart = field.datetime("depart", required=True)
    arrive = field.datetime("arrive", required=True)
    _check_order(field, "depart", "arrive", depart, arrive)
    return TransportRun(
        vehicle=field.ref("vehicle", vehicles, "vehicle", required=True),
        from_site=field.ref("from", sites, "site"),
        to_site=field.ref("to", sites, "site"),
        depart_at=depart,
        arrive_at=arrive,
        groups=field.refs("groups", groups, "group"),
        delegates=field.refs("delegates", delegates, "delegate"),
        staff=field.refs("staff", staff, "staff member"),
        notes=field.text("notes"),
    )


def _travel_times(document: Mapping[str, Any], sites: Mapping[str, Site]) -> list[TravelTime]:
    travel_times = []
    seen: set[tuple[str, str]] = set()
    for field, where in _records(document, "travel_times"):
        pair = (field.text("from", required=True), field.text("to", required=True))
        if pair in seen:
            raise ValidationError(f"{where}: the travel time from {pair[0]} to {pair[1]} is given twice.")
        seen.add(pair)
        travel_times.append(
            TravelTime(
                from_site=field.ref("from", sites, "site", required=True),
                to_site=field.ref("to", sites, "site", required=True),
                minutes=field.integer("minutes", required=True, minimum=0),
                mode=field.choice("mode", TravelMode) or TravelMode.DRIVE.value,
            )
        )
    return travel_times


def _accommodation(
    document: Mapping[str, Any], delegates: Mapping[str, Delegate], sites: Mapping[str, Site]
) -> list[Accommodation]:
    stays = []
    for field, _where in _records(document, "accommodation"):
        check_in = field.date("check_in", required=True)
        check_out = field.date("check_out", required=True)
        _check_order(field, "check_in", "check_out", check_in, check_out)
        stays.append(
            Accommodation(
                delegate=field.ref("delegate", delegates, "delegate", required=True),
                site=field.ref("site", sites, "site", required=True),
                check_in=check_in,
                check_out=check_out,
                room=field.text("room"),
            )
        )
    return stays


def import_document(uow: UnitOfWork, document: Mapping[str, Any]) -> int:
    """Add the visit described by ``document``; returns the new visit's id.

    Nothing is written unless the whole document is valid; the caller commits.
    """
    visit = build_visit(document)
    uow.session.add(visit)
    uow.session.flush()
    return visit.id
