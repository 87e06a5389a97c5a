"""The rooming list: who sleeps where, for the hotel's reception.

By hotel, then room (101 before 1001), then check-in and name; nights counted
from the dates, so the hotel's invoice can be checked against it.
"""

from __future__ import annotations

import re

from studyvisit.documents.people import country_name, latin_name, native_name, sort_key
from studyvisit.documents.places import place_of
from studyvisit.documents.sheet_labels import marked, sheet_word
from studyvisit.documents.sheet_model import Column, Sheet
from studyvisit.programme import PlanIndex
from studyvisit.records import DelegateRecord, VisitPlan

_NUMBER = re.compile(r"(\d+)")


def rooming_sheet(plan: VisitPlan, people: list[DelegateRecord], language: str) -> Sheet:
    """The stays of ``people`` with hotel, address, room, names, dates and nights."""
    index = PlanIndex(plan)
    w = sheet_word
    columns = [
        Column(w("hotel", language), max_width=30),
        Column(w("address", language), width=30, wrap=True),
        Column(w("room", language), max_width=10),
        Column(w("name_latin", language), max_width=34),
        Column(w("name_native", language), max_width=40),
        Column(w("country", language), max_width=16),
        Column(w("check_in", language)),
        Column(w("check_out", language)),
        Column(w("nights", language)),
    ]
    wanted = {d.key: d for d in people}
    found = []
    for stay in plan.accommodation:
        delegate = wanted.get(stay.delegate_key)
        if delegate is None:
            continue
        place = place_of(index.sites.get(stay.site_key), language)
        hotel = marked(place.name, place.name_fell_back) if place else stay.site_key
        row = [
            hotel,
            place.address if place else "",
            stay.room,
            latin_name(delegate),
            native_name(delegate) or "",
            country_name(delegate.country, language),
            stay.check_in,
            stay.check_out,
            (stay.check_out - stay.check_in).days,
        ]
        found.append(((hotel, room_order(stay.room), stay.check_in, sort_key(delegate)), row))
    rows = [row for _order, row in sorted(found, key=lambda entry: entry[0])]
    return Sheet(w("sheet.rooming", language), columns, rows, row_count=len(rows))


def room_order(room: str | None) -> tuple:
    """'12' before '101', '2a' before '10'; rooms without a number last."""
    if not room:
        return ((1, ""),)
    return tuple(
        (0, int(part)) if part.isdigit() else (0.5, part.casefold())
        for part in _NUMBER.split(room)
        if part
    )
