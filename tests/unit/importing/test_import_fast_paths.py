"""The shortcuts that make a 100,000-row import fast give the same answers as the long way."""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata

import pytest

from studyvisit.importing import ImportedRow, Problem, duplicates, find_duplicate_rows
from studyvisit.importing.decompression_limits import _WIDE_CELL, _has_wide_cell
from studyvisit.importing.text_folding import _NON_WORD, _SPECIAL, fold
from studyvisit.services import transliteration
from studyvisit.services.keys import slug


def _fold_the_long_way(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text.translate(_SPECIAL)).split())


def test_folding_ascii_text_matches_the_unicode_way() -> None:
    rng = random.Random(7)
    texts = ["", "Kowalski", "KOWALSKI-Nowak", "O'Brien", "van  der Berg", "a_b", "Dr. Jan"]
    texts += ["".join(rng.choices(string.printable, k=rng.randrange(12))) for _ in range(3000)]
    for text in texts:
        assert fold(text) == _fold_the_long_way(text), repr(text)
    assert fold("Wiśniewski Łukasz") == "wisniewski lukasz"


def test_wide_cell_check_matches_the_regular_expression() -> None:
    rng = random.Random(3)
    alphabet = b' r="AZaz19<>/'
    samples = [b'<c r="AA1">', b'<c r="Z9">', b'<c s="1" r="XFD1048576">', b' r="a', b""]
    samples += [bytes(rng.choices(alphabet, k=rng.randrange(20))) for _ in range(5000)]
    for sample in samples:
        assert _has_wide_cell(sample) == bool(_WIDE_CELL.search(sample)), sample


def _random_rows(rng: random.Random) -> list[ImportedRow]:
    rows = []
    for number in range(2, rng.randrange(3, 30)):
        fields: dict[str, object] = {}
        if rng.random() < 0.6:
            fields["passport_number"] = rng.choice(["MP1", "mp 1", "MP2", "AB3", ""])
        if rng.random() < 0.6:
            fields["email"] = rng.choice(["a@x.by", "A@X.BY ", "b@x.by", ""])
        if rng.random() < 0.9:
            fields["surname"] = rng.choice(["Ivanov", "IVANOV", "Петрова", "Pétrova"])
        if rng.random() < 0.7:
            fields["given_names"] = rng.choice(["Jan", "jan", "Anna"])
        if rng.random() < 0.7:
            fields["date_of_birth"] = rng.choice([dt.date(1970, 1, 1), dt.date(1980, 1, 1)])
        blocking = rng.random() < 0.1
        problems = [Problem(number, None, "x", blocking=blocking)] if rng.random() < 0.2 else []
        rows.append(ImportedRow(number, fields, problems))
    return rows


def test_leaving_names_out_where_they_cannot_decide_changes_nothing(monkeypatch) -> None:
    rng = random.Random(11)
    cases = [_random_rows(rng) for _ in range(1500)]
    # Files where everyone has a passport number, or everyone an e-mail address.
    for rows in cases[:300]:
        for row in rows:
            row.fields["passport_number"] = rng.choice(["MP1", "MP2", "AB3"])
    shortcut = [[(d.row, d.first_row, d.basis) for d in find_duplicate_rows(r)] for r in cases]
    monkeypatch.setattr(duplicates, "names_can_decide", lambda _keys: True)
    long_way = [[(d.row, d.first_row, d.basis) for d in find_duplicate_rows(r)] for r in cases]
    assert shortcut == long_way
    assert any(found for found in shortcut[:300])


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([("P1", None), ("P2", None)], False),
        ([(None, "a@x"), ("P2", "b@x")], False),
        ([("P1", None), (None, "b@x")], True),
        ([(None, None)], True),
        ([], False),
    ],
)
def test_names_can_decide(keys, expected) -> None:
    assert duplicates.names_can_decide(keys) is expected


def _slug_the_long_way(text: str, fallback: str) -> str:
    if transliteration.is_cyrillic(text):
        text = transliteration.to_latin(text, transliteration.detect_language([text]))
    text = text.translate(str.maketrans({"ł": "l", "Ł": "L", "ß": "ss"}))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or fallback


def test_keys_of_plain_latin_surnames_match_the_long_way() -> None:
    rng = random.Random(5)
    letters = string.ascii_letters + string.digits + " -'ąŁЖ"
    texts = ["Kowalski", "Shcherbich12", "X" * 60, "", "Łukasz", "Шчэрбіч"]
    texts += ["".join(rng.choices(letters, k=rng.randrange(50))) for _ in range(3000)]
    for text in texts:
        assert slug(text, "delegate") == _slug_the_long_way(text, "delegate"), repr(text)


def test_transliteration_is_the_same_by_language_name_or_member() -> None:
    for language in ("be", "ru", "uk"):
        enum_member = transliteration.Language(language)
        for name in ("Аляксандр", "Сергей", "Гаўрылюк", "ШЧЭРБІЧ"):
            assert transliteration.to_latin(name, language) == transliteration.to_latin(
                name, enum_member
            )
    assert transliteration.is_cyrillic("Kowalski") is False
    assert transliteration.is_cyrillic("Kowalskiй") is True
    assert transliteration.is_cyrillic("") is False
