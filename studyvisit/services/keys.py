"""New record keys: short, readable, unique within a visit's list."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select

from studyvisit.db import UnitOfWork
from studyvisit.services import transliteration

_NOT_KEY = re.compile(r"[^a-z0-9]+")
# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"}
)


def slug(text: str, fallback: str) -> str:
    """A key-friendly form of ``text`` (ASCII letters and digits joined by hyphens)."""
    if text.isascii() and text.isalnum():  # most Latin surnames: nothing to replace
        return text[:40].lower()
    if transliteration.is_cyrillic(text):
        text = transliteration.to_latin(text, transliteration.detect_language([text]))
    text = text.translate(_UNDECOMPOSED)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = _NOT_KEY.sub("-", ascii_text.lower()).strip("-")[:40]
    return value or fallback


def new_key(uow: UnitOfWork, model: type, visit_id: int, base: str) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free in the visit."""
    taken = set(
        uow.session.scalars(
            select(model.key).where(model.visit_id == visit_id, model.key.like(f"{base}%"))
        )
    )
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
