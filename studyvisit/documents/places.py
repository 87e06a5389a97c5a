"""Sites as documents print them: a localised name and one address line."""

from __future__ import annotations

from dataclasses import dataclass

from studyvisit.documents.localisation import text_in
from studyvisit.records import SiteRecord


@dataclass(frozen=True, slots=True)
class Place:
    """A site's name in the document's language and its address with the city."""

    key: str
    name: str
    address: str
    name_fell_back: bool = False

    @property
    def one_line(self) -> str:
        return f"{self.name}, {self.address}" if self.address else self.name


def address_line(site: SiteRecord) -> str:
    """'ul. Testowa 1, Białystok'; the city is not repeated when the address names it."""
    address = (site.address or "").strip()
    city = (site.city or "").strip()
    if city and city.casefold() not in address.casefold():
        return f"{address}, {city}" if address else city
    return address


def place_of(site: SiteRecord | None, language: str) -> Place | None:
    if site is None:
        return None
    name, fell_back = text_in(site.name, language)
    return Place(
        key=site.key,
        name=name or site.key,
        address=address_line(site),
        name_fell_back=fell_back,
    )
