"""Full names split by the conventions partners follow."""

from __future__ import annotations

import pytest

from studyvisit.importing.names import (
    GIVEN_FIRST,
    SURNAME_FIRST,
    NameParts,
    order_from_header,
    split_full_name,
)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("ШЧЭРБІЧ Аляксандр Іванавіч", NameParts("ШЧЭРБІЧ", "Аляксандр", "Іванавіч")),
        ("Aliaksandr SHCHERBICH", NameParts("SHCHERBICH", "Aliaksandr")),
        ("Шчэрбіч Аляксандр Іванавіч", NameParts("Шчэрбіч", "Аляксандр", "Іванавіч")),
        ("Aliaksandr Shcherbich", NameParts("Shcherbich", "Aliaksandr")),
        ("Shcherbich, Aliaksandr", NameParts("Shcherbich", "Aliaksandr")),
        ("Аляксандр Іванавіч ШЧЭРБІЧ", NameParts("ШЧЭРБІЧ", "Аляксандр", "Іванавіч")),
        ("  Иванова   Мария  ", NameParts("Иванова", "Мария")),
        ("Anna Maria Kowalska", NameParts("Kowalska", "Anna Maria")),
        ("Jan van der Berg", NameParts("van der Berg", "Jan")),
        ("Иванов", NameParts("Иванов", None)),
        ("Ильин Илья Ильич", NameParts("Ильин", "Илья", "Ильич")),
        ("Иванов И.И.", NameParts("Иванов", "И.", "И.")),
        ("Aliaksandr Ivanavich SHCHERBICH", NameParts("SHCHERBICH", "Aliaksandr", "Ivanavich")),
        ("Мария Анна КОВАЛЬСКАЯ", NameParts("КОВАЛЬСКАЯ", "Мария Анна")),
    ],
)
def test_split_full_name(text: str, parts: NameParts) -> None:
    assert split_full_name(text) == parts


def test_the_header_can_tell_the_order() -> None:
    assert order_from_header("Nazwisko i imię") == SURNAME_FIRST
    assert order_from_header("Imię i nazwisko") == GIVEN_FIRST
    assert order_from_header("ФИО") == SURNAME_FIRST
    assert order_from_header("Full name") is None
    assert split_full_name("Kowalska Anna", SURNAME_FIRST) == NameParts("Kowalska", "Anna")
