"""Which encoding a text file is in: UTF-8 (with or without BOM), UTF-16 (BOM or not), or one
of the Windows code pages a Polish (1250) or Belarusian/Russian (1251) Excel saves CSV in.

Single-byte code pages cannot be told apart by validity, so each candidate decoding is scored
by how plausible its words look: Cyrillic read as 1250 gives words made only of accented Latin
letters ("Ôŕěčëč˙"), Polish read as 1251 gives words mixing Latin and Cyrillic ("Wroc\u0456aw")."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_CANDIDATES = ("cp1251", "cp1250", "iso8859_2", "koi8_r", "cp866")
_WORD = re.compile(r"[^\W\d_]+")
# Accented Latin letters of the languages around us; others in a word suggest mojibake.
_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_EXPECTED_ACCENTS = _POLISH | set("áéíúýčěřšžůÁÉÍÚÝČĚŘŠŽŮäöüßÄÖÜ")
# Non-letters that real text holds: quotes, dashes, the numero sign, no-break space...
_EXPECTED_SYMBOLS = set("«»„“”‘’‚–—…№°·€ \u00a0§©®™×")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_MAX_CONTROL_SHARE = 0.002


class UnknownEncoding(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def _well_cased(word: str) -> bool:
    """lower, UPPER or Capitalised: mojibake of one Cyrillic code page in another swaps case."""
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def _word_score(word: str) -> int:
    if not _well_cased(word):
        return -1
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if cyrillic == len(word):
        return 1
    if cyrillic:
        return -1
    accented = [ch for ch in word if ord(ch) > 127]
    if not accented:
        return 0
    if all(ch in _POLISH for ch in accented):
        return 1
    if len(accented) * 2 > len(word) or any(ch not in _EXPECTED_ACCENTS for ch in accented):
        return -1
    return 1


def plausibility(text: str) -> int:
    """Plausible non-ASCII words minus implausible ones and stray symbols."""
    score = sum(_word_score(word) for word in _WORD.findall(text) if not word.isascii())
    symbols = sum(
        1 for ch in text if ord(ch) > 127 and not ch.isalpha() and ch not in _EXPECTED_SYMBOLS
    )
    return score - symbols


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> DecodedText:
    """Decode a text file's bytes, or raise :class:`UnknownEncoding`."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise UnknownEncoding(f"starts as {encoding} but is not valid {encoding}")
            return DecodedText(text, encoding)
    wide = _utf16_without_bom(data)
    if wide is not None:
        text = _strict(data, wide)
        if text is not None:
            return DecodedText(text, wide)
    control = sum(data.count(byte.to_bytes(1, "big")) for byte in _CONTROL_BYTES)
    if control > max(1, len(data) * _MAX_CONTROL_SHARE):
        raise UnknownEncoding("binary data, not text")
    text = _strict(data, "utf-8")
    if text is not None:
        return DecodedText(text, "utf-8")
    best: DecodedText | None = None
    best_score = 0
    for encoding in _CANDIDATES:
        text = _strict(data, encoding)
        if text is None:
            continue
        score = plausibility(text)
        if score > best_score:
            best, best_score = DecodedText(text, encoding), score
    if best is None:
        raise UnknownEncoding("no encoding gives plausible words")
    return best
