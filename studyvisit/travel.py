"""Travel times between sites: as entered by the coordinator, else estimated.

An estimate is the straight-line (great-circle) distance times a road factor,
at an urban speed, plus a buffer for parking and boarding. It is shown as an
estimate and never replaces an entered time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from studyvisit.records import SiteRecord, TravelTimeRecord

EARTH_RADIUS_KM = 6371.0
ROAD_FACTOR = 1.3
URBAN_SPEED_KMH = 30.0
BUFFER_MINUTES = 10


@dataclass(frozen=True, slots=True)
class TravelTime:
    minutes: int
    mode: str  # "drive" or "walk"
    estimated: bool


def distance_km(a: SiteRecord, b: SiteRecord) -> float | None:
    """Great-circle distance, or None when a site has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    half = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(half))


def estimate_minutes(a: SiteRecord, b: SiteRecord) -> int | None:
    distance = distance_km(a, b)
    if distance is None:
        return None
    return math.ceil(distance * ROAD_FACTOR / URBAN_SPEED_KMH * 60) + BUFFER_MINUTES


class TravelTable:
    """Look up the time from one site to another (a time entered for A→B serves B→A too)."""

    def __init__(self, sites: Iterable[SiteRecord], entered: Iterable[TravelTimeRecord]) -> None:
        self._sites = {site.key: site for site in sites}
        self._entered: dict[tuple[str, str], TravelTime] = {}
        reverse: dict[tuple[str, str], TravelTime] = {}
        for record in entered:
            time = TravelTime(record.minutes, record.mode, estimated=False)
            self._entered[(record.from_key, record.to_key)] = time
            reverse[(record.to_key, record.from_key)] = time
        for pair, time in reverse.items():
            self._entered.setdefault(pair, time)
        self._estimates: dict[tuple[str, str], TravelTime | None] = {}

    def get(self, from_key: str, to_key: str) -> TravelTime | None:
        """The travel time, entered or estimated; None when unknown. Same site: zero."""
        if from_key == to_key:
            return TravelTime(0, "walk", estimated=False)
        pair = (from_key, to_key)
        if pair in self._entered:
            return self._entered[pair]
        if pair not in self._estimates:
            a, b = self._sites.get(from_key), self._sites.get(to_key)
            minutes = estimate_minutes(a, b) if a and b else None
            self._estimates[pair] = None if minutes is None else TravelTime(minutes, "drive", True)
        return self._estimates[pair]
