"""Who signs the visit's documents: ``visit.settings["signature"]`` or the first coordinator.

``settings["signature"]`` is either a name, or an object with ``name``,
``position``, ``organisation``, ``phone`` and ``email``; ``position`` may be a
``{language: text}`` object.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from studyvisit.documents.document_labels import role_label
from studyvisit.documents.localisation import text_in
from studyvisit.records import VisitPlan


@dataclass(frozen=True, slots=True)
class Signatory:
    name: str
    position: str
    organisation: str
    phone: str = ""
    email: str = ""


def signatory(plan: VisitPlan, language: str) -> Signatory:
    """The person who signs, with their position in ``language``."""
    configured = plan.visit.settings.get("signature")
    if isinstance(configured, str) and configured.strip():
        return Signatory(configured.strip(), "", plan.visit.host or "")
    if isinstance(configured, Mapping) and configured.get("name"):
        return Signatory(
            name=str(configured["name"]),
            position=localised(configured.get("position"), language),
            organisation=localised(configured.get("organisation"), language)
            or (plan.visit.host or ""),
            phone=str(configured.get("phone") or ""),
            email=str(configured.get("email") or ""),
        )
    coordinator = next((m for m in plan.staff if m.role == "coordinator"), None)
    if coordinator is None:
        return Signatory("", "", plan.visit.host or "")
    return Signatory(
        name=coordinator.name,
        position=role_label("coordinator", language),
        organisation=coordinator.organisation or plan.visit.host or "",
        phone=coordinator.phone or "",
        email=coordinator.email or "",
    )


def localised(value: Any, language: str) -> str:
    """A setting that is either plain text or a ``{language: text}`` object, in ``language``."""
    if isinstance(value, Mapping):
        return text_in({str(k): str(v) for k, v in value.items() if v}, language)[0]
    return str(value or "")
