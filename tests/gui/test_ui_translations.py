"""The translation catalogues: complete, consistent with the source, built."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from studyvisit.resources import resource

LANGUAGES = ("pl", "en")
PLACEHOLDER = re.compile(r"%L?(?:n|\d)")


def catalogue(language: str) -> Path:
    path = resource("i18n", f"studyvisit_{language}.ts")
    assert path.is_file(), f"missing {path}: run resources/i18n/update_translations.py"
    return Path(str(path))


def messages(language: str):
    for context in ET.parse(catalogue(language)).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_left_untranslated(language: str) -> None:
    unfinished = []
    for context, message in messages(language):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = (
            [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete") or not all(
            form.strip() for form in forms
        ):
            unfinished.append(f"{context}: {source!r}")
    assert not unfinished, (
        f"{len(unfinished)} untranslated in studyvisit_{language}.ts:\n" + "\n".join(unfinished)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    broken = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert not broken, "\n".join(broken)


def test_polish_plurals_have_three_forms_and_english_two() -> None:
    for language, count in (("pl", 3), ("en", 2)):
        for _context, message in messages(language):
            if message.get("numerus") == "yes":
                assert len(list(message.find("translation").iter("numerusform"))) == count


def test_polish_uses_its_own_letters() -> None:
    texts = " ".join(message.findtext("translation") or "" for _c, message in messages("pl"))
    assert set("ąćęłńóśźż") <= set(texts.lower())


@pytest.mark.parametrize("language", LANGUAGES)
def test_built_catalogues_load_and_match_their_sources(language: str, tmp_path: Path) -> None:
    source = catalogue(language)
    built = source.with_suffix(".qm")
    assert built.is_file(), f"missing {built}: run resources/i18n/update_translations.py"
    assert QTranslator().load(str(built))
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / built.name
    subprocess.run([*lrelease, str(source), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == built.read_bytes(), (
        f"{built.name} is stale: run resources/i18n/update_translations.py"
    )


def _lrelease() -> list[str] | None:
    script = Path(str(resource("i18n", "update_translations.py")))
    spec = importlib.util.spec_from_file_location("update_translations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        return module.tool("lrelease")
    except SystemExit:
        return None
