"""From a header row's labels to one field per column, settling what the labels alone leave
open: "Name" beside "Surname" is the given names; of two surname columns, the one written in
Latin letters is the passport form; a field claimed twice keeps its first column."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from studyvisit.importing import fields as f
from studyvisit.importing.header_detection import match_header
from studyvisit.importing.header_synonyms import AMBIGUOUS_NAME, AMBIGUOUS_NAME_LATIN, OTHER
from studyvisit.importing.result import ColumnMapping
from studyvisit.importing.text_folding import script_of

_REPEATABLE = {f.IGNORED}


def _column_script(samples: Sequence[Sequence[object]], position: int) -> str | None:
    text = " ".join(
        row[position] for row in samples if position < len(row) and isinstance(row[position], str)
    )
    return script_of(text)


def _resolve_ambiguous(found: dict[int, str]) -> None:
    taken = set(found.values())
    for position, field in sorted(found.items()):
        if field == AMBIGUOUS_NAME:
            surname, given = f.SURNAME, f.GIVEN_NAMES
            full = f.FULL_NAME
        elif field == AMBIGUOUS_NAME_LATIN:
            surname, given = f.SURNAME_LATIN, f.GIVEN_NAMES_LATIN
            full = f.FULL_NAME_LATIN
        else:
            continue
        if surname in taken and given not in taken:
            found[position] = given
        elif surname in taken or full in taken:
            found[position] = f.IGNORED  # Indico's "Name" beside "First Name", "Last Name"
        else:
            found[position] = full
        taken.add(found[position])


def _settle_scripts(found: dict[int, str], samples: Sequence[Sequence[object]]) -> None:
    """Two columns for one name field: the Latin-lettered one is the passport form."""
    for native, latin in f.LATIN_OF.items():
        natives = [p for p, field in sorted(found.items()) if field == native]
        latins = [p for p, field in sorted(found.items()) if field == latin]
        scripts = {p: _column_script(samples, p) for p in natives + latins}
        if len(natives) > 1 and not latins:
            cyrillic = [p for p in natives if scripts[p] == "cyrillic"]
            latin_written = [p for p in natives if scripts[p] == "latin"]
            if cyrillic and latin_written:
                found[latin_written[0]] = latin
        elif len(latins) > 1 and not natives:
            cyrillic = [p for p in latins if scripts[p] == "cyrillic"]
            if cyrillic and len(cyrillic) < len(latins):
                found[cyrillic[0]] = native


def map_columns(
    labels: Sequence[str | None],
    first_column: int,
    samples: Sequence[Sequence[object]] = (),
    overrides: Mapping[int, str | None] | None = None,
) -> list[ColumnMapping]:
    """One :class:`ColumnMapping` per labelled (or filled) column.

    ``labels`` are the header cells from sheet column ``first_column`` on; ``samples`` are a
    few data rows laid out the same way; ``overrides`` maps sheet column indexes to fields a
    person chose (None: keep in notes) and wins over recognition."""
    width = max([len(labels), *(len(row) for row in samples)], default=0)
    found: dict[int, str] = {}
    strength: dict[int, float] = {}
    for position in range(width):
        label = labels[position] if position < len(labels) else None
        match = match_header(label) if label else None
        if match is not None and match.field != OTHER:
            found[position] = match.field
            strength[position] = match.strength
    _resolve_ambiguous(found)
    _settle_scripts(found, samples)
    if overrides:
        for index, field in overrides.items():
            position = index - first_column
            if field is None:
                found.pop(position, None)
            elif field in f.ASSIGNABLE:
                found[position] = field
    # A field claimed twice goes to its surest column (the first among equals); the other
    # column is kept in the notes.
    owner: dict[str, int] = {}
    for position in sorted(found):
        field = found[position]
        if field in _REPEATABLE:
            continue
        held = owner.get(field)
        if held is None or strength.get(position, 2.0) > strength.get(held, 2.0):
            owner[field] = position
    columns: list[ColumnMapping] = []
    for position in range(width):
        label = labels[position] if position < len(labels) else None
        field = found.get(position)
        if field is not None and field not in _REPEATABLE and owner.get(field) != position:
            field = None
        has_data = any(position < len(row) and row[position] not in ("", None) for row in samples)
        if label is None and field is None and not has_data:
            continue
        columns.append(ColumnMapping(first_column + position, label, field))
    return columns


def has_name_column(columns: Sequence[ColumnMapping]) -> bool:
    """True when some column can give a person's surname."""
    return any(column.field in f.NAME_CARRIERS for column in columns)
