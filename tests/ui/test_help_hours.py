"""A help line's hours in the user's language, not the directory's short English."""

from __future__ import annotations

import pytest

from family_guide.ui.content_html import entries_html, hours_text


@pytest.mark.parametrize(("language", "words"), [("es", "lunes a viernes"), ("ar", "من الاثنين"), ("hi", "सोमवार")])
def test_hours_beyond_a_standard_phrase_come_from_the_language_file(context, language, words):
    context.set_language(language)
    html = entries_html(context.catalog.of_kind("directory"), language, "GB", once=False)
    assert words in html
    assert "Mon-Fri" not in html and "weekends" not in html


def test_every_directory_hours_is_said_in_each_language(context):
    """Each entry's hours is a standard phrase or has words in every language file."""
    from family_guide.core.directory import STANDARD_HOURS

    directory = next(m for m in context.catalog.of_kind("directory") if m.manifest.id == "help-directory")
    for entry in directory.manifest.directory.entries:
        if not entry.hours or entry.hours in STANDARD_HOURS:
            continue
        for language in ("es", "ar", "hi"):
            text = directory.entry(language, entry.id)
            assert text.language == language and text.value.hours, (entry.id, language)


def test_a_standard_phrase_is_translated_or_left_short(context):
    assert hours_text("24/7", None, "en") == "24 hours a day, every day"
    assert hours_text("Mon-Fri 10am-4pm", None, "en") == "Mon-Fri 10am-4pm"
    context.set_language("hi")
    said = hours_text("24/7", None, "hi")
    assert said != "24 hours a day, every day"  # never an English sentence in Hindi
    assert hours_text("24/7", "चौबीसों घंटे", "hi") == "चौबीसों घंटे"
