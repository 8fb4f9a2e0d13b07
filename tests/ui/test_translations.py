"""Translations: review status per language, stale texts after an English change, and stamping.
The logic without Qt is tested in tests/core/test_translations.py."""

from __future__ import annotations

import pytest

from family_guide.core.loader import load_module
from family_guide.ui.content_html import stale_text
from family_guide.ui.i18n import translate
from tests.core.test_translations import add_review, replace_in

# -- review status ------------------------------------------------------------------


# -- stale translations -------------------------------------------------------------


# -- in the app ---------------------------------------------------------------------


@pytest.fixture
def changed_copy(module_copy, context):
    """A user copy of online-friends (as 'my-friends') whose English 9-12 'why it matters' changed."""
    folder = module_copy("online-friends", into=context.paths.user_modules_dir, as_id="my-friends")
    module, _, _ = load_module(folder)
    replace_in(folder / "en.yaml", module.texts["en"].guides["9-12"].why_it_matters.split("\n")[0], "Changed.")
    context.load_content()
    assert context.catalog.modules["my-friends"].status("es") == "stale"
    return context.catalog.modules["my-friends"]


def test_reader_marks_a_stale_translation_where_it_is_shown(qtbot, window, context, changed_copy):
    context.set_language("es")
    reader = window.pages["conversations"]
    window.show_section("conversations")
    reader.show_module("my-friends", "9-12")
    assert reader.current_module().id == "my-friends"
    text = reader.view.toPlainText()
    assert text.count(stale_text()) == 1  # one mark: on "why it matters", nowhere else
    lines = [line for line in text.splitlines() if line.strip()]
    at = next(i for i, line in enumerate(lines) if stale_text() in line)
    why = changed_copy.texts["es"].guides["9-12"].why_it_matters.split("\n")[0].strip()
    assert why.startswith(lines[at + 1][:20])  # the mark sits just above the translated text it is about
    meta = translate(
        "ContentHtml", "The English text changed after this was translated: the parts marked may be out of date."
    )
    assert meta in text  # the meta line says so for the whole module
    reader.show_module("my-friends", "5-8")
    assert stale_text() not in reader.view.toPlainText()


def test_reader_names_the_reviewer_of_a_reviewed_translation(qtbot, window, context, module_copy):
    folder = module_copy("online-friends", into=context.paths.user_modules_dir, as_id="my-friends")
    add_review(folder / "module.yaml")
    context.load_content()
    context.set_language("es")
    reader = window.pages["conversations"]
    reader.show_module("my-friends", "9-12")
    meta = translate("ContentHtml", "Translation checked by %1 on %2.")
    text = reader.view.toPlainText()
    assert meta.split("%1")[0] in text and "Ana Ruiz" in text and "2026-11-30" in text
    assert translate("ContentHtml", "This translation has not yet been checked by a fluent speaker.") not in text


def test_checklist_marks_a_stale_item(qtbot, window, context, module_copy):
    folder = module_copy("grooming-signs", into=context.paths.user_modules_dir, as_id="my-signs")
    module, _, _ = load_module(folder)
    replace_in(folder / "en.yaml", module.texts["en"].items["hides-screen"].statement, "Quickly hides the screen")
    context.load_content()
    context.set_language("es")
    page = window.pages["warning_signs"]
    page.show_module("my-signs")
    mark = translate("WarningSignsPage", "(the English text changed after this was translated)")
    marked = [key for key, box in page.boxes.items() if mark in box.text()]
    assert marked == ["hides-screen"]


def test_a_stale_tier_is_marked_in_the_next_steps(qapp, module_copy):
    from family_guide.ui.content_html import tier_html

    folder = module_copy("grooming-signs")
    module, _, _ = load_module(folder)
    step = module.texts["en"].tiers["act-now"].steps[0]
    replace_in(folder / "en.yaml", step.split("\n")[0], "Stay calm and listen first.")
    module, _, _ = load_module(folder)
    assert module.stale_under("es", "tiers.act-now") == ["tiers.act-now.steps.0"]
    assert stale_text() in tier_html(module, "es", "act-now")
    assert stale_text() not in tier_html(module, "es", "emergency")


def test_a_stale_help_line_description_is_marked(qapp, module_copy):
    from family_guide.ui.content_html import entries_html

    folder = module_copy("help-directory")
    module, _, _ = load_module(folder)
    purpose = module.texts["en"].entries["gb-childline"].purpose
    replace_in(folder / "en.yaml", purpose.split("\n")[0], "Free, private support for anyone under 19.")
    module, _, _ = load_module(folder)
    assert module.stale_under("es", "entries.gb-childline") == ["entries.gb-childline.purpose"]
    html = entries_html([module], "es", "GB")
    assert html.count(stale_text()) == 1
