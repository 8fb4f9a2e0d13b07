"""Conversation guides: complete content, plain English, the reader, "we talked about this" and the plan.
Its screens are tested in tests/ui/test_conversations.py (Qt)."""

from __future__ import annotations

import statistics
from datetime import date, datetime

import pytest

from family_guide.core.constants import AGE_BANDS
from family_guide.core.guides import band_for_age, matches
from family_guide.core.model import GuideText
from family_guide.core.plan import A_YEAR, NEVER, NEW_APP, NEW_BAND, Talk, plan_for
from tests.conftest import bundled_catalog
from tests.readability import ACTION_SECTIONS, action_sections, grade, guide_text

CATALOG = bundled_catalog()
GUIDES = CATALOG.of_kind("guide")
SECTIONS = (*GuideText.REQUIRED, "before_you_start", "follow_up", "signs_to_watch")
MAX_GRADE = 8.0


def test_thirteen_topics_for_three_age_bands():
    assert len(GUIDES) >= 13
    assert sum(len(m.manifest.age_bands) for m in GUIDES) >= 36
    assert all(m.manifest.age_bands == list(AGE_BANDS) for m in GUIDES)


@pytest.mark.parametrize("module", GUIDES, ids=lambda m: m.id)
def test_every_band_has_every_section_in_every_declared_language(module):
    for language in module.manifest.languages:
        text = module.texts[language]
        for band in module.manifest.age_bands:
            guide = text.guides.get(band)
            assert guide is not None, f"{language} {band}: missing"
            if guide.instead:
                continue
            empty = [s for s in SECTIONS if not getattr(guide, s)]
            assert not empty, f"{language} {band}: empty sections {empty}"
            assert len(guide.if_child_says) >= 3, f"{language} {band}"
            assert (
                "module:" in guide.signs_to_watch and "-signs" in guide.signs_to_watch
            ) or "module:" in guide.signs_to_watch
            assert "help:" in guide.get_help, f"{language} {band}: get_help must link Get help"


@pytest.mark.parametrize("module", GUIDES, ids=lambda m: m.id)
def test_signs_link_a_checklist_and_sources_are_cited(module):
    checklists = {m.id for m in CATALOG.of_kind("checklist")}
    for band in module.manifest.age_bands:
        signs = module.texts["en"].guides[band].signs_to_watch
        assert any(f"module:{c}" in signs for c in checklists), band
    assert len(module.manifest.sources) >= 2
    assert all(s.url.startswith("https://") for s in module.manifest.sources)
    assert module.manifest.reviewed.year >= 2026


@pytest.mark.parametrize("module", GUIDES, ids=lambda m: m.id)
def test_bands_are_adapted_not_copied(module):
    bands = [module.texts["en"].guides[b] for b in module.manifest.age_bands]
    for field in ("why_it_matters", "opening_lines", "key_messages", "questions"):
        values = [str(getattr(g, field)) for g in bands]
        assert len(set(values)) == len(values), field


def test_english_reads_at_grade_eight_or_lower():
    """Flesch-Kincaid grade of each English guide text; `python -m tests.readability` prints the figures."""
    report = []
    for module in GUIDES:
        for band in module.manifest.age_bands:
            value = grade(guide_text(module.texts["en"].guides[band]))
            report.append((module.id, band, value))
    too_hard = [(m, b, round(v, 1)) for m, b, v in report if v > MAX_GRADE]
    assert not too_hard
    assert all(v > 0 for _, _, v in report)  # the measure really ran


def test_sections_a_parent_acts_on_read_at_grade_six_median_and_eight_at_worst():
    """Why it matters, the notes for the adult, afterwards and getting help (docs/readability.md)."""
    figures: dict[str, list[float]] = {name: [] for name in ACTION_SECTIONS}
    for module in GUIDES:
        for band in module.manifest.age_bands:
            for name, text in action_sections(module.texts["en"].guides[band]).items():
                if text:
                    figures[name].append(grade(text))
    for name, values in figures.items():
        assert len(values) >= 30, name  # nearly every band has each section (a few have no notes)
        assert statistics.median(values) <= 6.0, (name, statistics.median(values))
        assert max(values) <= 8.0, (name, max(values))


def test_readability_measure_tells_easy_from_hard():
    easy = "We can talk. You are safe. Tell me if you feel bad."
    hard = (
        "Comprehensive institutional safeguarding frameworks necessitate interdisciplinary collaboration "
        "between organisational stakeholders and statutory authorities."
    )
    assert grade(easy) < 3 < 14 < grade(hard)


def test_band_for_age():
    assert [band_for_age(a) for a in (4, 5, 8, 9, 12, 13, 17, 18)] == [
        None,
        "5-8",
        "5-8",
        "9-12",
        "9-12",
        "13-17",
        "13-17",
        None,
    ]


def test_search_finds_a_phrase_in_any_language_without_accents():
    sextortion = CATALOG.modules["sextortion"]
    assert matches(sextortion, "en", "take it down")
    assert matches(sextortion, "en", "TAKE it")
    assert not matches(sextortion, "en", "take it down zebra")
    assert matches(sextortion, "es", "sextorsion")  # written "sextorsión"


# -- the plan ----------------------------------------------------------------------

GUIDE_BANDS = {"a": ["5-8", "9-12", "13-17"], "b": ["9-12", "13-17"], "c": ["13-17"]}


def statuses(birth_year, talks, today, apps_changed=None):
    band, items = plan_for(birth_year, GUIDE_BANDS, talks, today, apps_changed)
    return band, {s.module_id: s.due_reason for s in items}


def test_plan_across_a_birthday():
    talks = {"a": Talk(datetime(2026, 6, 1), "9-12"), "b": Talk(datetime(2026, 6, 1), "9-12")}
    band, status = statuses(2014, talks, date(2026, 12, 31))  # turns 12 this year
    assert band == "9-12" and status == {"a": None, "b": None}
    band, status = statuses(2014, talks, date(2027, 1, 1))  # turns 13: a new age band
    assert band == "13-17"
    assert status == {"a": NEW_BAND, "b": NEW_BAND, "c": NEVER}


def test_plan_topics_come_back_after_a_year_and_after_a_new_app():
    talks = {"a": Talk(datetime(2025, 6, 1), "9-12"), "b": Talk(datetime(2026, 3, 1), "9-12")}
    _, status = statuses(2016, talks, date(2026, 5, 31))
    assert status == {"a": None, "b": None}
    _, items = plan_for(2016, GUIDE_BANDS, talks, date(2026, 5, 31))
    assert {s.module_id: s.next_due for s in items} == {"a": date(2026, 6, 1), "b": date(2027, 3, 1)}
    _, status = statuses(2016, talks, date(2026, 6, 1))
    assert status == {"a": A_YEAR, "b": None}
    _, status = statuses(2016, talks, date(2026, 5, 1), apps_changed=datetime(2026, 4, 1))
    assert status == {"a": NEW_APP, "b": NEW_APP}
    assert statuses(2016, {}, date(2026, 5, 1))[1] == {"a": NEVER, "b": NEVER}
    assert statuses(2023, {}, date(2026, 5, 1)) == (None, {})  # 3 this year: no guides yet


# -- the reader ----------------------------------------------------------------------
