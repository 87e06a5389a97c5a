"""The services' refusals are shown in the interface language, with the field's label."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from studyvisit.ui.dialogs.delegate_form import DelegateForm
from studyvisit.ui.service_messages import explain


def test_known_refusals_name_the_field_by_its_label():
    assert (
        explain(
            "passport_expiry: '31.02.2030' is not a date; write it as 2027-05-31 or 31.05.2027."
        )
        == "Passport expiry: “31.02.2030” is not a date; write it as 31.05.2027 or 2027-05-31."
    )
    assert explain("email: 'x@' is not an e-mail address.") == (
        "E-mail: “x@” is not an e-mail address."
    )
    assert explain("departure: must be after arrival.") == (
        "Departure: must be later than “Arrival”."
    )
    # Unknown wording keeps the service's text, with the field's label at least.
    assert explain("phone: too long.") == "Phone: too long."
    assert explain("Something else entirely.") == "Something else entirely."


def test_a_bad_date_in_the_polish_form_is_explained_in_polish(window, monkeypatch):
    window.actions.languages["pl"].trigger()
    section = window.show_section("delegates")
    record = window.visit.plan.delegates[0]
    said: list[str] = []

    def type_a_bad_date(form: DelegateForm) -> int:
        form.edits["passport_expiry"].setText("31.02.2030")
        form.edits["email"].setText("nie-mail")
        form.accept()  # refused: the form stays open and says why
        said.append(form.message.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DelegateForm, "exec", type_a_bad_date)
    assert not section.edit_delegate(record)
    assert said[0].splitlines() == [
        "Ważność paszportu: „31.02.2030” to nie jest data; wpisz ją jako 31.05.2027 lub 2027-05-31.",
        "E-mail: „nie-mail” to nie jest adres e-mail.",
    ]
