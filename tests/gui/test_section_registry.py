"""The section registry names each section as its class does, and loads the class on demand."""

from __future__ import annotations

from studyvisit.ui.sections import SECTION_CLASSES, SECTION_FOR_REF, SECTIONS, Section


def test_entries_match_their_classes() -> None:
    assert len(SECTIONS) == len({entry.name for entry in SECTIONS}) == 10
    for entry, section_class in zip(SECTIONS, SECTION_CLASSES, strict=True):
        assert issubclass(section_class, Section)
        assert (entry.name, entry.title_text) == (section_class.name, section_class.title_text)
        assert entry.title() == section_class.title()
    assert set(SECTION_FOR_REF.values()) <= {entry.name for entry in SECTIONS}


def test_the_window_builds_only_the_sections_it_shows(
    make_window, database, small_visit_id
) -> None:
    window = make_window(database, small_visit_id)
    assert set(window.sections) == {"overview"}
    delegates = window.show_section("delegates")
    assert set(window.sections) == {"overview", "delegates"}
    assert delegates.model.rowCount() == 4  # built with the visit already shown
    assert window.section("itinerary").tables()[0].model.rowCount() > 0
