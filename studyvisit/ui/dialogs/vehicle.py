"""Add or edit a vehicle: label, passenger seats, plate, operator, phone, driver."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from studyvisit.records import StaffRecord, VehicleRecord
from studyvisit.ui.dialogs.form_dialog import FormDialog, clean, select_data

MAX_SEATS = 90  # a double-decker coach; more is a typing slip


@dataclass(frozen=True, slots=True)
class VehicleValues:
    label: str
    seats: int
    plate: str | None
    operator: str | None
    phone: str | None
    driver_key: str | None

    def changes(self) -> dict[str, Any]:
        """As keyword arguments of services.transport.add_vehicle / update_vehicle."""
        return {
            "plate": self.plate,
            "operator": self.operator,
            "phone": self.phone,
            "driver_key": self.driver_key,
        }


class VehicleDialog(FormDialog):
    def __init__(
        self,
        staff: Sequence[StaffRecord],
        vehicle: VehicleRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("vehicle-dialog", parent)
        self.setWindowTitle(self.tr("Edit vehicle") if vehicle else self.tr("New vehicle"))
        self.label = self.line_edit(
            "label", vehicle.label if vehicle else "", self.tr("e.g. Minibus 1")
        )
        self.seats = QSpinBox(self)
        self.seats.setObjectName("seats")
        self.seats.setRange(0, MAX_SEATS)
        self.seats.setValue(vehicle.seats if vehicle else 19)
        self.seats.setToolTip(self.tr("Passenger seats, the driver's excluded"))
        self.plate = self.line_edit("plate", vehicle.plate if vehicle else None)
        self.operator = self.line_edit("operator", vehicle.operator if vehicle else None)
        self.phone = self.line_edit("phone", vehicle.phone if vehicle else None)
        self.driver = QComboBox(self)
        self.driver.setObjectName("driver")
        self.driver.addItem(self.tr("(no driver)"), None)
        # Drivers first: they are the usual choice, the others stay possible.
        for member in sorted(staff, key=lambda m: (m.role != "driver", m.name.casefold())):
            self.driver.addItem(member.name, member.key)
        select_data(self.driver, vehicle.driver_key if vehicle else None)

        self.form.addRow(self.tr("&Label:"), self.label)
        self.form.addRow(self.tr("&Passenger seats:"), self.seats)
        self.form.addRow(self.tr("P&late:"), self.plate)
        self.form.addRow(self.tr("&Operator:"), self.operator)
        self.form.addRow(self.tr("P&hone:"), self.phone)
        self.form.addRow(self.tr("&Driver:"), self.driver)
        self.resize(420, self.sizeHint().height())
        self.start(quietly=vehicle is None)

    def problem(self) -> str | None:
        if clean(self.label.text()) is None:
            return self.tr("Give the vehicle a label, e.g. 'Minibus 1'.")
        return None

    def values(self) -> VehicleValues:
        return VehicleValues(
            label=clean(self.label.text()) or "",
            seats=self.seats.value(),
            plate=clean(self.plate.text()),
            operator=clean(self.operator.text()),
            phone=clean(self.phone.text()),
            driver_key=self.driver.currentData(),
        )
