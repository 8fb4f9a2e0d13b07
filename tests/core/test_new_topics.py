"""The five guides added for issue 10: complete, safe to follow, plain, and readable in the reader.
Its screens are tested in tests/ui/test_new_topics.py (Qt)."""

from __future__ import annotations

import re
from statistics import median

import pytest

from family_guide.core.constants import AGE_BANDS
from tests.conftest import bundled_catalog
from tests.readability import grade, plain

NEW_TOPICS = (
    "nudes-between-young-people",
    "fake-and-ai-images",
    "pornography",
    "worried-about-an-adult",
    "after-coming-home",
)
CATALOG = bundled_catalog()
SENTENCE = re.compile(r"(?<=[.!?])\s+")
LAW_CLAIM = re.compile(r"\b(crime|illegal|against the law)\b", re.IGNORECASE)
HEDGE = re.compile(r"\b(likely|in most countries|in most places|may|might)\b", re.IGNORECASE)
KEEPING_AN_IMAGE = re.compile(r"\b(save|saved|screenshot|forward|copy|send it on|send on|download)\b", re.IGNORECASE)
SEXUAL_IMAGE = re.compile(r"\b(nudes?|sexual (picture|image|video|content)s?)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(never|don't|do not|not|no)\b", re.IGNORECASE)
PHONE_LIKE = re.compile(r"\d[\d\s().-]{5,}\d")


def texts(module_id: str, band: str) -> list[str]:
    """Every piece of English text in one age band, each answer and list item on its own."""
    guide = CATALOG.modules[module_id].texts["en"].guides[band]
    parts = [guide.why_it_matters, guide.signs_to_watch, guide.get_help]
    for field in ("before_you_start", "opening_lines", "key_messages", "questions", "what_not_to_say", "follow_up"):
        parts.extend(getattr(guide, field))
    for pair in guide.if_child_says:
        parts += [pair.says, pair.you_might_say]
    return [" ".join(p.split()) for p in parts if p]


def sentences(module_id: str, band: str) -> list[str]:
    return [s for text in texts(module_id, band) for s in SENTENCE.split(plain(text))]


def test_the_five_topics_load_without_problems_for_every_age():
    assert not [p for p in CATALOG.problems if any(t in str(p) for t in NEW_TOPICS)]
    for module_id in NEW_TOPICS:
        module = CATALOG.modules[module_id]
        assert module.manifest.kind == "guide"
        assert module.manifest.age_bands == list(AGE_BANDS)
        assert module.manifest.order is not None and module.manifest.related
        assert str(module.manifest.reviewed) == "2026-12-02"
        assert len(module.manifest.sources) >= 4
        assert all(not module.texts["en"].guides[band].instead for band in AGE_BANDS)


@pytest.mark.parametrize("module_id", NEW_TOPICS)
def test_no_note_to_the_adult_inside_a_line_to_say(module_id):
    for band in AGE_BANDS:
        guide = CATALOG.modules[module_id].texts["en"].guides[band]
        lines = [*guide.opening_lines, *guide.questions, *(p.says for p in guide.if_child_says)]
        lines += [p.you_might_say for p in guide.if_child_says]
        assert not [line for line in lines if "For you" in line or "(For " in line], band


@pytest.mark.parametrize("module_id", NEW_TOPICS)
def test_legal_statements_are_hedged_and_say_laws_differ(module_id):
    for band in AGE_BANDS:
        claims = [s for s in sentences(module_id, band) if LAW_CLAIM.search(s) and not s.startswith("Don't")]
        assert [s for s in claims if not HEDGE.search(s)] == [], band
        if claims:
            assert "Laws differ by country; this is not legal advice." in " ".join(texts(module_id, band))
        joined = " ".join(texts(module_id, band)).lower()
        assert "anywhere in the world" not in joined and "can always be removed" not in joined


@pytest.mark.parametrize("module_id", NEW_TOPICS)
def test_nobody_is_told_to_keep_or_pass_on_a_sexual_image(module_id):
    for band in AGE_BANDS:
        risky = [s for s in sentences(module_id, band) if KEEPING_AN_IMAGE.search(s) and SEXUAL_IMAGE.search(s)]
        assert [s for s in risky if not NEGATION.search(s)] == [], band


@pytest.mark.parametrize("module_id", NEW_TOPICS)
def test_take_it_down_comes_with_its_limits(module_id):
    for band in AGE_BANDS:
        joined = " ".join(texts(module_id, band))
        if "Take It Down" in joined:
            assert "under 18" in joined and "take part" in joined and "encrypted" in joined, band


@pytest.mark.parametrize("module_id", NEW_TOPICS)
def test_danger_goes_to_get_help_now_before_reporting_and_no_phone_numbers(module_id):
    for band in AGE_BANDS:
        get_help = CATALOG.modules[module_id].texts["en"].guides[band].get_help
        # help:crisis opens the same Get help now window on its crisis step (used where self-harm is named)
        first = re.search(r"\[Get help now\]\(help:(now|crisis)\)", get_help)
        assert first and "(help:directory)" in get_help, band
        assert first.start() < get_help.index("help:directory"), band
        assert [t for t in texts(module_id, band) if PHONE_LIKE.search(t) or "tel:" in t] == [], band


def test_confidential_help_for_worried_adults_is_named_and_cited():
    module = CATALOG.modules["worried-about-an-adult"]
    for band in AGE_BANDS:
        assert "Stop It Now" in " ".join(texts("worried-about-an-adult", band)), band
    cited = [s.url for s in module.manifest.sources]
    assert any("stopitnow.org.uk" in url for url in cited) and any("stopitnow.org/" in url for url in cited)


def test_the_sections_a_parent_acts_on_read_at_grade_six():
    """Flesch-Kincaid of why_it_matters and get_help: median 6 or below, none above 8."""
    figures = [
        grade(getattr(CATALOG.modules[m].texts["en"].guides[band], section))
        for m in NEW_TOPICS
        for band in AGE_BANDS
        for section in ("why_it_matters", "get_help")
    ]
    assert len(figures) == 30 and all(f > 0 for f in figures)
    assert max(figures) <= 8.0 and median(figures) <= 6.0


GUARDAR = re.compile(r"\bguard", re.IGNORECASE)
IMAGE_ES = re.compile(r"\b(fotos?|imágen(es)?|imagen|videos?|desnudos?)\b", re.IGNORECASE)


@pytest.mark.parametrize("module_id", NEW_TOPICS)
def test_spanish_draft_keeps_the_words_the_issue_asks_for(module_id):
    """'guardar' never beside an image (conservar is for evidence); never 'ven conmigo', the lure phrase."""
    module = CATALOG.modules[module_id]
    assert module.manifest.languages["es"] == "draft"
    for band in AGE_BANDS:
        guide = module.texts["es"].guides[band]
        parts = [guide.why_it_matters, guide.signs_to_watch, guide.get_help]
        for field in ("before_you_start", "opening_lines", "key_messages", "questions", "what_not_to_say", "follow_up"):
            parts.extend(getattr(guide, field))
        parts += [text for pair in guide.if_child_says for text in (pair.says, pair.you_might_say)]
        spanish = [s for part in parts for s in SENTENCE.split(" ".join(part.split()))]
        assert [s for s in spanish if GUARDAR.search(s) and IMAGE_ES.search(s)] == [], band
        assert not [s for s in spanish if "ven conmigo" in s.lower()], band
        assert re.search(r"\[Pedir ayuda ahora\]\(help:(now|crisis)\)", guide.get_help), band
