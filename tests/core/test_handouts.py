"""Handouts: each source kind, two languages side by side, help lines, audiences, page counts, bad input.
Its screens are tested in tests/ui/test_handouts.py (Qt)."""

from __future__ import annotations

import dataclasses

import pytest

from family_guide.core.handouts.blocks import CounselorDetails, HelpLine, Item, Paragraph
from family_guide.core.handouts.compose import (
    ChecklistSource,
    GuideSource,
    HandoutRefused,
    HelpPageSource,
    Request,
    SafetyPlanSource,
    WorkshopSource,
    compose,
)
from family_guide.core.handouts.paper import paper_for
from family_guide.core.text_rules import adult_note_in
from tests.conftest import MODULES, without_language

RTL = {"ar"}


@pytest.fixture(scope="module")
def catalog():
    from family_guide.core.loader import load_catalog

    return load_catalog([(MODULES, "bundled")])


def request(source, languages=("en",), country="GB", audience="adults") -> Request:
    return Request(
        source,
        tuple(languages),
        country,
        tuple(country for _ in languages),
        audience,
        tuple(lang in RTL for lang in languages),
    )


def make(catalog, source, languages=("en",), country="GB", audience="adults", counselor=None):
    return compose(catalog, request(source, languages, country, audience), {}, counselor or CounselorDetails())


# ---------------------------------------------------------------- each source kind


def test_the_worksheet_has_a_tick_box_for_every_item_and_the_tier_its_steps(catalog):
    module = catalog.modules["grooming-signs"]
    worksheet = make(catalog, ChecklistSource("grooming-signs"))
    ticks = [b for b, _ in worksheet.rows if isinstance(b, Item) and b.style == "tick"]
    assert len(ticks) == len(module.manifest.checklist.item_ids)
    tier = make(catalog, ChecklistSource("grooming-signs", "emergency"))
    steps = [b for b, _ in tier.rows if isinstance(b, Item) and b.style == "number"]
    assert len(steps) == len(module.tier("en", "emergency").value.steps)


def test_the_safety_plan_is_a_fill_in_page_with_help_numbers(catalog):
    from family_guide.core.handouts.blocks import WriteLines

    plan = make(catalog, SafetyPlanSource(), country="US")
    blocks = [b for b, _ in plan.rows]
    assert sum(b.lines for b in blocks if isinstance(b, WriteLines)) >= 8
    lines = [b for b in blocks if isinstance(b, HelpLine)]
    assert lines[0].emergency and lines[0].phone == "911"


# ---------------------------------------------------------------- two languages


# ---------------------------------------------------------------- help lines


def test_a_country_without_entries_gets_worldwide_services_and_says_so(catalog):
    handout = make(catalog, HelpPageSource(), country="FJ")
    notes = [b.text for b, _ in handout.rows if isinstance(b, Paragraph) and b.style == "note"]
    assert any("We have no help lines for FJ yet" in note for note in notes)
    assert [b for b, _ in handout.rows if isinstance(b, HelpLine) and not b.emergency]  # worldwide ones
    another = make(catalog, HelpPageSource(), country="GLOBAL")
    texts = [b.text for b, _ in another.rows if isinstance(b, Paragraph)]
    assert "Call your local emergency number now." in texts


# ---------------------------------------------------------------- audiences


def test_no_adult_only_note_on_a_handout_for_young_people(catalog):
    made = 0
    for module in catalog.of_kind("guide"):
        for band in module.manifest.age_bands:
            guide = module.guide("en", band).value
            adult_only = [p.adult_note for p in guide.if_child_says if p.adult_note]
            adult_only += [*guide.before_you_start, *guide.what_not_to_say, *guide.follow_up]
            adult_only += [t for t in (guide.why_it_matters, guide.signs_to_watch, guide.instead) if t]
            try:
                handout = make(catalog, GuideSource(module.id, band), audience="young-people")
            except HandoutRefused:
                continue
            made += 1
            texts = [getattr(b, "text", "") for b, _ in handout.rows]
            assert "**For young people**" in texts[1]
            for text in texts:
                assert adult_note_in(text) is None
                assert text not in adult_only, (module.id, band, text[:60])
    assert made >= 30
    with pytest.raises(HandoutRefused):
        make(catalog, ChecklistSource("grooming-signs"), audience="young-people")


# ---------------------------------------------------------------- page counts


# ---------------------------------------------------------------- a workshop plan's take-home handout

PLANS = ["workshop-parents", "workshop-young-people", "workshop-boys", "workshop-leaders"]


def test_sextortion_plans_open_with_the_blame_free_line_and_say_report_not_forward(catalog):
    for plan in PLANS:
        module = catalog.modules[plan]
        words = module.texts["en"].handout
        if "sextortion" in module.manifest.topics:
            assert "fault" in words.main_message or "to blame" in words.main_message, plan
        for line in [words.main_message, *words.steps, *words.dont, *words.talk_at_home]:
            if any(verb in line.lower() for verb in ("forward", "copy", "pass on", "share")):
                assert line.startswith("Don't") and "Report" in line, (plan, line)


def test_a_plan_without_a_handout_is_refused_in_words(catalog, module_copy):
    from family_guide.core.loader import load_module

    folder = module_copy("workshop-boys", as_id="my-plan")
    text = (folder / "en.yaml").read_text(encoding="utf-8")
    (folder / "en.yaml").write_text(text[: text.index("\n# The take-home handout")] + "\n", encoding="utf-8")
    module, problems, _ = load_module(folder, "user")
    assert module is not None, problems
    catalog.modules["my-plan"] = module
    try:
        with pytest.raises(HandoutRefused) as refused:
            make(catalog, WorkshopSource("my-plan"))
    finally:
        del catalog.modules["my-plan"]
    assert refused.value.message(lambda _c, t: t) == "This session plan has no take-home handout."


# ---------------------------------------------------------------- bad input


def test_a_language_the_content_lacks(catalog):
    catalog = dataclasses.replace(
        catalog, modules={**catalog.modules, "sextortion": without_language(catalog.modules["sextortion"], "ar")}
    )
    single = make(catalog, GuideSource("sextortion", "9-12"), ("ar",))
    assert single.notes and "shown in English" in single.notes[0][0] and single.notes[0][1] == ("ar",)
    assert any(isinstance(b, Paragraph) and b.key == "fallback" for b, _ in single.rows)
    with pytest.raises(HandoutRefused) as refused:
        make(catalog, GuideSource("sextortion", "9-12"), ("en", "ar"))
    assert "no text in ar" in refused.value.message(lambda _c, t: t)


def test_the_paper_follows_the_locale():
    assert paper_for("US") == "letter" and paper_for("ca") == "letter"
    assert paper_for("GB") == "a4" and paper_for("IN") == "a4"
