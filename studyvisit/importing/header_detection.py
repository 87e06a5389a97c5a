"""Recognise column headers and find the header row of a sheet.

A header is recognised in steps, each a little looser than the one before: the whole text;
the text without what stands in brackets ("Date of birth (dd.mm.yyyy)"), where a Latin marker
inside turns a name column into its passport form; each half of a bilingual header
("Фамилия / Surname"); the same words in any order; and a known header followed or preceded by
other words ("Nazwisko uczestnika"). The header row is the one among the first rows whose cells
match the most fields, possibly together with a group row above it (merged "Паспорт" over
"Номер" and "Срок действия").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from studyvisit.importing import fields as f
from studyvisit.importing.header_synonyms import (
    AMBIGUOUS_NAME,
    AMBIGUOUS_NAME_LATIN,
    LATIN_MARKERS,
    NOISE_WORDS,
    OTHER,
    SYNONYMS,
)
from studyvisit.importing.text_folding import fold

#: How many rows from the top may hold the header.
HEADER_SEARCH_ROWS = 30

_EXACT: dict[str, str] = {}
for _field, _phrases in SYNONYMS.items():
    for _phrase in _phrases:
        _EXACT.setdefault(fold(_phrase), _field)

_NOISE = frozenset(fold(word) for word in NOISE_WORDS)
_LATIN_MARKERS = sorted({fold(marker) for marker in LATIN_MARKERS}, key=len, reverse=True)
_FORMAT_HINT = re.compile(r"^(d{1,2}|m{1,2}|y{2,4}|r{2,4}|д{1,2}|м{1,2}|г{2,4}|hh|чч|min|rok|год)$")


def _bag(words: Sequence[str]) -> frozenset[str]:
    return frozenset(w for w in words if w not in _NOISE and not _FORMAT_HINT.match(w))


def _build_bags() -> dict[frozenset[str], str]:
    bags: dict[frozenset[str], str] = {}
    clashes: set[frozenset[str]] = set()
    for phrase, field in _EXACT.items():
        bag = _bag(phrase.split())
        if not bag:
            continue
        if bag in bags and bags[bag] != field:
            clashes.add(bag)
        bags.setdefault(bag, field)
    for bag in clashes:
        del bags[bag]
    return bags


_BAGS = _build_bags()
# Loose matches by a leading or trailing phrase: never the one-word catch-alls.
_NO_AFFIX = {AMBIGUOUS_NAME, AMBIGUOUS_NAME_LATIN, f.IGNORED, f.SALUTATION, OTHER}
_BRACKETS = re.compile(r"[(\[{]([^)\]}]*)[)\]}]?")
_HALVES = re.compile(r"\s*[/|\n\r;\\]+\s*")


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """A recognised header: the field and how sure the match is (1.0 exact ... 0.6 loose)."""

    field: str
    strength: float


def _latin_form(field: str) -> str | None:
    if field == AMBIGUOUS_NAME:
        return AMBIGUOUS_NAME_LATIN
    return f.LATIN_OF.get(field)


def _strip_latin_marker(key: str) -> str | None:
    for marker in _LATIN_MARKERS:
        padded = f" {key} "
        if f" {marker} " in padded:
            return " ".join(padded.replace(f" {marker} ", " ").split())
    return None


def _affix_match(words: list[str]) -> str | None:
    for size in range(len(words) - 1, 0, -1):
        for part in (words[:size], words[-size:]):
            field = _EXACT.get(" ".join(part))
            if field is not None and field not in _NO_AFFIX:
                return field
    return None


def _match_one(text: str, loose: bool) -> HeaderMatch | None:
    key = fold(text)
    if not key:
        return None
    if key in _EXACT:
        return HeaderMatch(_EXACT[key], 1.0)
    inside = " ".join(_BRACKETS.findall(text))
    outside = fold(_BRACKETS.sub(" ", text))
    marked = _strip_latin_marker(key)
    for base, latin in (
        (outside, bool(_strip_latin_marker(fold(inside)) is not None)),
        (marked, True),
    ):
        if not base or base not in _EXACT:
            continue
        field = _EXACT[base]
        latin_field = _latin_form(field) if latin else None
        return HeaderMatch(latin_field or field, 0.9)
    words = (outside or key).split()
    field = _BAGS.get(_bag(words))
    if field is not None:
        return HeaderMatch(field, 0.8)
    if not loose:
        return None
    field = _affix_match([w for w in words if not _FORMAT_HINT.match(w)])
    if field is not None:
        return HeaderMatch(field, 0.6)
    return None


@lru_cache(maxsize=4096)
def match_header(text: str) -> HeaderMatch | None:
    """The field a header names, or None when it is not one we know."""
    halves = [half for half in _HALVES.split(text) if half.strip()]
    candidates = [text] + (halves if len(halves) > 1 else [])
    for loose in (False, True):
        for candidate in candidates:
            found = _match_one(candidate, loose)
            if found is not None:
                return found
    return None


def header_text(value: object) -> str | None:
    """A cell as header text: strings trimmed, anything else (numbers, dates) is no header."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


_WEIGHT = {f.IGNORED: 0.25, f.SALUTATION: 0.5, AMBIGUOUS_NAME: 0.75, OTHER: 0.25}


def score_labels(labels: Sequence[str | None]) -> float:
    """How much a row of labels looks like a delegate-list header: the matched fields' strengths."""
    best: dict[str, float] = {}
    for label in labels:
        if not label:
            continue
        found = match_header(label)
        if found is None:
            continue
        weight = found.strength * _WEIGHT.get(found.field, 1.0)
        if found.field != f.IGNORED:
            best[found.field] = max(best.get(found.field, 0.0), weight)
        else:
            best.setdefault(found.field, weight)
    return sum(best.values())


def combine_with_group_row(group: Sequence[object], row: Sequence[object]) -> list[str | None]:
    """Labels of a two-row header: a cell's own text where it names a field, else the group
    cell above it (spread right over the blanks a merged cell leaves) and the cell joined."""
    labels: list[str | None] = []
    carried: str | None = None
    width = max(len(group), len(row))
    for index in range(width):
        above = header_text(group[index]) if index < len(group) else None
        own = header_text(row[index]) if index < len(row) else None
        if above is not None:
            carried = above
        elif own is None:
            carried = None
        parent = above or (carried if own is not None else None)
        if own is not None and (parent is None or match_header(own) is not None):
            labels.append(own)
        elif parent is not None and own is not None:
            labels.append(f"{parent} {own}")
        else:
            labels.append(parent)
    return labels


@dataclass(frozen=True, slots=True)
class HeaderRow:
    """Where the header is: ``index`` of its (last) row among the rows searched, and its labels."""

    index: int
    labels: list[str | None]
    score: float


def find_header_row(rows: Sequence[Sequence[object]]) -> HeaderRow | None:
    """The row among ``rows`` (the top of a sheet) that best matches known headers, or None."""
    best: HeaderRow | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        labels = [header_text(value) for value in row]
        score = score_labels(labels)
        if index > 0 and any(header_text(v) for v in rows[index - 1]):
            combined = combine_with_group_row(rows[index - 1], row)
            combined_score = score_labels(combined)
            if combined_score >= score + 1.0:
                labels, score = combined, combined_score
        if score > 0 and (best is None or score > best.score + 1e-9):
            best = HeaderRow(index, labels, score)
    return best
