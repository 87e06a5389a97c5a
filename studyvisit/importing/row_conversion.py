"""Rows of cells to delegate fields, with a problem for each doubtful cell.

Built once per file from the column mapping, then applied to the rows a chunk at a time,
column by column: each column's cells go through one prepared converter in a tight loop, and
values that repeat (countries, organisations, dates...) are converted once. That keeps
100,000 rows well under the time the workbook reader itself needs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from studyvisit.importing import fields as f
from studyvisit.importing import values
from studyvisit.importing.categories import suggest_category
from studyvisit.importing.names import (
    order_from_header,
    split_full_name,
    split_given_and_patronymic,
)
from studyvisit.importing.result import ColumnMapping, ImportedRow, Problem
from studyvisit.importing.values import Converter, ValueProblem, cell_text

_CONVERTERS: dict[str, Converter] = {
    f.SURNAME: values.text,
    f.GIVEN_NAMES: values.text,
    f.PATRONYMIC: values.text,
    f.SURNAME_LATIN: values.text,
    f.GIVEN_NAMES_LATIN: values.text,
    f.ORGANISATION: values.text,
    f.POSITION: values.text,
    f.COUNTRY: values.country,
    f.CATEGORY: values.category,
    f.EMAIL: values.email,
    f.PHONE: values.phone,
    f.DATE_OF_BIRTH: values.date_of_birth,
    f.PASSPORT_NUMBER: values.passport_number,
    f.PASSPORT_EXPIRY: values.passport_expiry,
    f.GENDER: values.gender,
    f.DIETARY: values.text,
    f.ARRIVAL: values.date_time,
    f.DEPARTURE: values.date_time,
    f.NOTES: values.multiline_text,
    f.FULL_NAME: values.text,
    f.FULL_NAME_LATIN: values.text,
    f.GIVEN_AND_PATRONYMIC: values.text,
    f.ARRIVAL_DATE: values.date_time,
    f.DEPARTURE_DATE: values.date_time,
    f.ARRIVAL_TIME: values.time_of_day,
    f.DEPARTURE_TIME: values.time_of_day,
    f.SALUTATION: values.text,
}
_DATE_PARTS = {f.ARRIVAL_DATE: f.ARRIVAL, f.DEPARTURE_DATE: f.DEPARTURE}
_TIME_PARTS = {f.ARRIVAL_TIME: f.ARRIVAL, f.DEPARTURE_TIME: f.DEPARTURE}
# Values that are different in nearly every row are not worth remembering.
_UNIQUE = frozenset({
    f.SURNAME, f.GIVEN_NAMES, f.PATRONYMIC, f.SURNAME_LATIN, f.GIVEN_NAMES_LATIN, f.EMAIL,
    f.PHONE, f.PASSPORT_NUMBER, f.NOTES, f.FULL_NAME, f.FULL_NAME_LATIN, f.GIVEN_AND_PATRONYMIC,
})  # fmt: skip
_NEEDS_FINISHING = frozenset({
    f.FULL_NAME, f.FULL_NAME_LATIN, f.GIVEN_AND_PATRONYMIC, f.SALUTATION, f.ARRIVAL_TIME,
    f.DEPARTURE_TIME, f.SURNAME_LATIN,
})  # fmt: skip
_BLANK_AWARE = frozenset({values.email, values.phone, values.passport_number})
_CACHE_LIMIT = 20_000
_TOTALS_OR_SIGNATURE = re.compile(
    r"^(?:итого|всего|усяго|разам|разом|усього|razem|ogółem|łącznie|total|totals|sum)\b|__",
    re.IGNORECASE,
)
_NOT_A_PERSON = "a totals or signature line, not a delegate: the row is skipped"
_MISS = object()
# Cells that say "nothing": empty, blank, a dash.
_BLANKS = ("", None, " ", "  ", "-", "--", "---", "—", "–", " - ", "n/a", "N/A")


def _stray_text(cells: Sequence[object]) -> str | None:
    """The first cell of a row that holds words (not a number, not a blank), if any."""
    for cell in cells:
        if cell.__class__ is str and cell not in _BLANKS:
            text = cell.strip()  # type: ignore[union-attr]
            if text and not text.replace(".", "").isdigit():
                return text
    return None


def column_letters(index: int) -> str:
    """0 -> 'A', 27 -> 'AB'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _label(column: ColumnMapping) -> str:
    if column.header:
        return " ".join(column.header.split())
    return f"Column {column_letters(column.index)}"


def _converted(convert: Converter, value: object) -> object:
    """The converted value, None for a blank, or the ValueProblem that converting raised."""
    if value.__class__ is str:
        stripped = value.strip()  # type: ignore[attr-defined]
        if stripped in _BLANKS:
            return None
    try:
        return convert(value)
    except ValueProblem as problem:
        return problem


@dataclass(slots=True)
class _Column:
    """One mapped column's part of the plan."""

    position: int
    field: str
    convert: Converter
    header: str | None
    label: str
    cache: dict[object, object] | None
    problems_cached: int = 0

    def convert_cells(self, rows: Sequence[Sequence[object]]) -> list[object]:
        """This column's converted values for ``rows``: values, None, or ValueProblems."""
        position = self.position
        cache = self.cache
        if cache is not None:
            get = cache.get
            converted = [get(row[position], _MISS) for row in rows]
            if _MISS in converted:
                for index, value in enumerate(converted):
                    if value is _MISS:
                        cell = rows[index][position]
                        value = converted[index] = _converted(self.convert, cell)
                        if len(cache) < _CACHE_LIMIT:
                            cache[cell] = value
                        if value.__class__ is ValueProblem:
                            self.problems_cached += 1
            return converted
        if self.convert is values.text:
            return [
                (None if (text := " ".join(cell.split())) in _BLANKS else text)
                if (cell := row[position]).__class__ is str
                else _converted(values.text, cell)
                for row in rows
            ]
        convert = self.convert
        if convert not in _BLANK_AWARE:
            return [
                None if (cell := row[position]) == "" else _converted(convert, cell) for row in rows
            ]
        try:
            # Fast path: these converters return None for blanks and raise only for bad cells.
            return [None if (cell := row[position]) == "" else convert(cell) for row in rows]
        except ValueProblem:
            return [_converted(convert, row[position]) for row in rows]

    def may_hold_problems(self) -> bool:
        return self.cache is None and self.convert is not values.text or self.problems_cached > 0


class RowConverter:
    """Turns sheet rows (cells from sheet column ``first_column`` on) into ImportedRows."""

    def __init__(self, columns: Sequence[ColumnMapping], first_column: int) -> None:
        self._columns: list[_Column] = []
        self._notes: list[tuple[int, str]] = []
        self._name_orders: dict[str, str | None] = {}
        self._header_at: dict[int, str] = {}
        present = {column.field for column in columns}
        for column in columns:
            position = column.index - first_column
            if position < 0:
                continue
            if column.field is None or column.field == f.SALUTATION:
                self._notes.append((position, _label(column)))
            if column.field is not None and column.field != f.IGNORED:
                cache = None if column.field in _UNIQUE else dict.fromkeys(_BLANKS)
                self._columns.append(
                    _Column(
                        position,
                        _DATE_PARTS.get(column.field, column.field),
                        _CONVERTERS[column.field],
                        column.header,
                        _label(column),
                        cache,
                    )
                )
            if column.field in (f.FULL_NAME, f.FULL_NAME_LATIN):
                self._name_orders[column.field] = order_from_header(column.header)
            if column.field in f.NAME_CARRIERS and column.header:
                self._header_at[position] = column.header.strip()
        self._names = [column.field for column in self._columns]
        self._finishing = bool(present & _NEEDS_FINISHING)
        self._suggest_category = f.ORGANISATION in present and f.CATEGORY not in present
        positions = [c.position for c in self._columns] + [p for p, _ in self._notes]
        self._width = max(positions, default=-1) + 1

    def convert(self, row_number: int, cells: Sequence[object]) -> ImportedRow | None:
        """One row's fields and problems; None for a row with nothing in it."""
        converted = self.convert_rows([row_number], [cells])
        return converted[0] if converted else None

    def convert_rows(
        self, numbers: Sequence[int], rows: Sequence[Sequence[object]]
    ) -> list[ImportedRow]:
        """The ImportedRows of ``rows`` (sheet row ``numbers``), empty rows left out."""
        pairs = [(number, cells) for number, cells in zip(numbers, rows, strict=True) if any(cells)]
        if self._header_at:
            position, header = next(iter(self._header_at.items()))
            pairs = [
                pair for pair in pairs if position >= len(pair[1]) or pair[1][position] != header
            ]
        if not pairs:
            return []
        kept_numbers = [number for number, _ in pairs]
        kept = [cells for _, cells in pairs]
        width = self._width
        if min(map(len, kept)) < width:  # short rows of a CSV file
            kept = [
                cells if len(cells) >= width else [*cells, *([""] * (width - len(cells)))]
                for cells in kept
            ]
        columns = [column.convert_cells(kept) for column in self._columns]
        troubled: set[int] = set()
        for column, converted in zip(self._columns, columns, strict=True):
            if column.may_hold_problems():
                troubled.update(i for i, v in enumerate(converted) if v.__class__ is ValueProblem)
        noted = self._notes_of(kept)
        result: list[ImportedRow] = []
        late = self._departures_before_arrivals(columns)
        not_people = self._not_people(columns)
        suggestions = self._suggestions(columns)
        finishing = self._finishing
        for index, fields in enumerate(self._field_dicts(columns, len(kept))):
            number = kept_numbers[index]
            problems: list[Problem] = []
            notes = noted.get(index) if noted else None
            if index in troubled:
                notes = self._take_problems(fields, number, kept[index], problems, notes)
            if not fields and not notes:
                # Text only in a column not imported ("Итого: 3 человека" under "№"): say
                # the row is skipped rather than drop it unseen. Bare numbers (a template's
                # pre-numbered empty rows) stay silent.
                stray = _stray_text(kept[index])
                if stray is not None:
                    reason = (
                        _NOT_A_PERSON
                        if _TOTALS_OR_SIGNATURE.search(stray)
                        else f"no name, only {stray!r} in a column that is not imported: "
                        "the row is skipped"
                    )
                    result.append(
                        ImportedRow(number, {}, [Problem(number, None, reason, blocking=True)])
                    )
                continue
            if finishing or notes or "surname" not in fields or index in late:
                self._finish(fields, number, problems, notes)
            if index in not_people:
                problems.append(Problem(number, None, _NOT_A_PERSON, blocking=True))
            elif suggestions is not None and "category" not in fields:
                suggested = suggestions[index]
                if suggested is not None:
                    fields["category"] = suggested
            result.append(ImportedRow(number, fields, problems))
        return result

    def _field_dicts(self, columns: list[list[object]], count: int) -> list[dict[str, object]]:
        """Each row's {field: value}, values that are None left out, fields in column order.

        Built whole by ``dict(zip(...))`` and then the None values deleted column by column:
        a comprehension filtering every cell of every row costs twice as much."""
        if not columns:
            return [{} for _ in range(count)]
        names = self._names
        dicts = [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
        for name, converted in zip(names, columns, strict=True):
            if None in converted:
                for index in [i for i, value in enumerate(converted) if value is None]:
                    del dicts[index][name]
        return dicts

    def _departures_before_arrivals(self, columns: list[list[object]]) -> set[int]:
        if f.ARRIVAL not in self._names or f.DEPARTURE not in self._names:
            return set()
        arrivals = columns[self._names.index(f.ARRIVAL)]
        departures = columns[self._names.index(f.DEPARTURE)]
        return {
            index
            for index, (arrival, departure) in enumerate(zip(arrivals, departures, strict=True))
            if arrival.__class__ is dt.datetime
            and departure.__class__ is dt.datetime
            and departure < arrival  # type: ignore[operator]
        }

    def _not_people(self, columns: list[list[object]]) -> set[int]:
        """Rows whose name cell is a totals or signature line ("Итого: 3", "Razem", "____")."""
        for field in (f.SURNAME, f.FULL_NAME):
            if field in self._names:
                names = columns[self._names.index(field)]
                return {
                    index
                    for index, name in enumerate(names)
                    if name.__class__ is str and _TOTALS_OR_SIGNATURE.search(name)  # type: ignore[arg-type]
                }
        return set()

    def _suggestions(self, columns: list[list[object]]) -> list[str | None] | None:
        if not self._suggest_category:
            return None
        organisations = columns[self._names.index(f.ORGANISATION)]
        return [suggest_category(name) if name.__class__ is str else None for name in organisations]  # type: ignore[arg-type]

    def _notes_of(self, rows: Sequence[Sequence[object]]) -> dict[int, list[str]]:
        noted: dict[int, list[str]] = {}
        for position, label in self._notes:
            for index, row in enumerate(rows):
                value = row[position]
                if value != "" and value is not None:
                    shown = values.multiline_text(value)
                    if shown:
                        noted.setdefault(index, []).append(f"{label}: {shown}")
        return noted

    def _take_problems(
        self,
        fields: dict[str, object],
        number: int,
        cells: Sequence[object],
        problems: list[Problem],
        notes: list[str] | None,
    ) -> list[str] | None:
        """Replace ValueProblems in ``fields`` by what they keep; record them as problems."""
        for column in self._columns:
            problem = fields.get(column.field)
            if problem.__class__ is not ValueProblem:
                continue
            assert isinstance(problem, ValueProblem)
            problems.append(Problem(number, column.header, problem.message))
            if problem.keep is None:
                del fields[column.field]
            else:
                fields[column.field] = problem.keep
            if problem.to_notes:
                notes = [
                    *(notes or []),
                    f"{column.label}: {cell_text(cells[column.position]).strip()}",
                ]
        return notes

    def _finish(
        self,
        fields: dict[str, object],
        number: int,
        problems: list[Problem],
        notes: list[str] | None,
    ) -> None:
        if self._finishing:
            self._finish_names_and_times(fields, number, problems)
        if self._suggest_category and "organisation" in fields and "category" not in fields:
            suggested = suggest_category(fields["organisation"])  # type: ignore[arg-type]
            if suggested is not None:
                fields["category"] = suggested
        if notes:
            own = fields.get(f.NOTES)
            fields[f.NOTES] = "\n".join(([own] if own else []) + notes)  # type: ignore[list-item]
        arrival, departure = fields.get(f.ARRIVAL), fields.get(f.DEPARTURE)
        if (
            isinstance(arrival, dt.datetime)
            and isinstance(departure, dt.datetime)
            and departure < arrival
        ):
            problems.append(Problem(number, None, "departure is before arrival"))
        if not fields.get(f.SURNAME):
            problems.append(Problem(number, None, "no surname: the row is skipped", blocking=True))

    def _finish_names_and_times(
        self, fields: dict[str, object], number: int, problems: list[Problem]
    ) -> None:
        full = fields.pop(f.FULL_NAME, None)
        if isinstance(full, str):
            parts = split_full_name(full, self._name_orders.get(f.FULL_NAME))
            _fill(fields, f.SURNAME, parts.surname)
            _fill(fields, f.GIVEN_NAMES, parts.given_names)
            _fill(fields, f.PATRONYMIC, parts.patronymic)
        latin = fields.pop(f.FULL_NAME_LATIN, None)
        if isinstance(latin, str):
            parts = split_full_name(latin, self._name_orders.get(f.FULL_NAME_LATIN))
            _fill(fields, f.SURNAME_LATIN, parts.surname)
            _fill(fields, f.GIVEN_NAMES_LATIN, parts.given_names)
        pair = fields.pop(f.GIVEN_AND_PATRONYMIC, None)
        if isinstance(pair, str):
            given, patronymic = split_given_and_patronymic(pair)
            _fill(fields, f.GIVEN_NAMES, given)
            _fill(fields, f.PATRONYMIC, patronymic)
        if not fields.get(f.SURNAME) and fields.get(f.SURNAME_LATIN):
            # Only a Latin form given: it is the name as the file writes it.
            fields[f.SURNAME] = fields[f.SURNAME_LATIN]
            _fill(fields, f.GIVEN_NAMES, fields.get(f.GIVEN_NAMES_LATIN))
        salutation = fields.pop(f.SALUTATION, None)
        if salutation is not None:
            _fill(fields, f.GENDER, values.salutation_gender(salutation))
        for time_field, target in _TIME_PARTS.items():
            time = fields.pop(time_field, None)
            if not isinstance(time, dt.time):
                continue
            moment = fields.get(target)
            if isinstance(moment, dt.datetime):
                fields[target] = dt.datetime.combine(moment.date(), time)
            else:
                problems.append(
                    Problem(number, None, f"a {target} time ({time:%H:%M}) without a date")
                )


def _fill(fields: dict[str, object], name: str, value: object) -> None:
    if value is not None and not fields.get(name):
        fields[name] = value
