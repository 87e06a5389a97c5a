"""Add or edit a site: its name in each language, kind, address, coordinates, contact."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from studyvisit.records import SiteRecord
from studyvisit.ui.dialogs.form_dialog import FormDialog, clean, select_data
from studyvisit.ui.i18n import fill
from studyvisit.ui.vocabulary import SITE_KINDS, language_name, site_kind_name

NAME_LANGUAGES = ("pl", "en", "ru")


@dataclass(frozen=True, slots=True)
class SiteValues:
    name: dict[str, str]
    kind: str | None
    address: str | None
    city: str | None
    latitude: float | None
    longitude: float | None
    contact: str | None
    phone: str | None
    notes: str | None

    def fields(self) -> dict[str, Any]:
        """As keyword arguments of services.sites.add_site / update_site (without the name)."""
        return {
            "kind": self.kind,
            "address": self.address,
            "city": self.city,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "contact": self.contact,
            "phone": self.phone,
            "notes": self.notes,
        }


def parse_coordinate(text: str, limit: float, what: str) -> tuple[float | None, str | None]:
    """A latitude or longitude typed with a point or a comma: (value, None) or (None, problem)."""
    text = text.strip().replace(",", ".")
    if not text:
        return None, None
    try:
        value = float(text)
    except ValueError:
        return None, fill(
            QCoreApplication.translate(
                "SiteDialog", "%1 must be a number in degrees, e.g. 53.1325 (not “%2”)."
            ),
            what,
            text,
        )
    if not -limit <= value <= limit:
        return None, fill(
            QCoreApplication.translate("SiteDialog", "%1 must be between -%2 and %2 degrees."),
            what,
            int(limit),
        )
    return value, None


def _coordinate_text(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


class SiteDialog(FormDialog):
    def __init__(self, site: SiteRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__("site-dialog", parent)
        self.setWindowTitle(self.tr("Edit site") if site else self.tr("New site"))
        self.names: dict[str, QLineEdit] = {}
        for language in NAME_LANGUAGES:
            edit = self.line_edit(f"name-{language}", site.name.get(language) if site else None)
            self.names[language] = edit
            self.form.addRow(fill(self.tr("Name (%1):"), language_name(language)), edit)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("(not set)"), None)
        for code in SITE_KINDS:
            self.kind.addItem(site_kind_name(code), code)
        if site and site.kind and self.kind.findData(site.kind) < 0:
            self.kind.addItem(site.kind, site.kind)  # a kind from a visit file, kept as it is
        select_data(self.kind, site.kind if site else None)
        self.address = self.line_edit("address", site.address if site else None)
        self.city = self.line_edit("city", site.city if site else None)
        self.latitude = self.line_edit(
            "latitude", _coordinate_text(site.latitude) if site else None, "53.1325"
        )
        self.longitude = self.line_edit(
            "longitude", _coordinate_text(site.longitude) if site else None, "23.1688"
        )
        for edit in (self.latitude, self.longitude):
            edit.setToolTip(
                self.tr(
                    "Decimal degrees (as a map shows them); travel times are estimated from them"
                )
            )
        self.contact = self.line_edit("contact", site.contact if site else None)
        self.phone = self.line_edit("phone", site.phone if site else None)
        self.notes = self.line_edit("notes", site.notes if site else None)

        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Address:"), self.address)
        self.form.addRow(self.tr("C&ity:"), self.city)
        self.form.addRow(self.tr("La&titude:"), self.latitude)
        self.form.addRow(self.tr("Lon&gitude:"), self.longitude)
        self.form.addRow(self.tr("C&ontact:"), self.contact)
        self.form.addRow(self.tr("&Phone:"), self.phone)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.resize(520, self.sizeHint().height())
        self.start(quietly=site is None)

    def _coordinates(self) -> tuple[float | None, float | None, str | None]:
        latitude, bad_latitude = parse_coordinate(self.latitude.text(), 90, self.tr("Latitude"))
        longitude, bad_longitude = parse_coordinate(
            self.longitude.text(), 180, self.tr("Longitude")
        )
        problem = bad_latitude or bad_longitude
        if problem is None and (latitude is None) != (longitude is None):
            problem = self.tr("Give both the latitude and the longitude, or neither.")
        return latitude, longitude, problem

    def problem(self) -> str | None:
        if not any(clean(edit.text()) for edit in self.names.values()):
            return self.tr("Give the site a name in at least one language.")
        return self._coordinates()[2]

    def values(self) -> SiteValues:
        latitude, longitude, _ = self._coordinates()
        return SiteValues(
            name={lang: text for lang, edit in self.names.items() if (text := clean(edit.text()))},
            kind=self.kind.currentData(),
            address=clean(self.address.text()),
            city=clean(self.city.text()),
            latitude=latitude,
            longitude=longitude,
            contact=clean(self.contact.text()),
            phone=clean(self.phone.text()),
            notes=clean(self.notes.text()),
        )
