"""Which guides and age choices the conversations page offers: decided in the core, tested without Qt."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from family_guide.core.guide_choice import GuideQuery, band_of, child_choices, child_of, choose_guides
from family_guide.core.journal.records import Child


def _guide(module_id: str, bands: list[str], topics: list[str], audiences: list[str]) -> SimpleNamespace:
    manifest = SimpleNamespace(age_bands=bands, topics=topics, audiences=audiences)
    return SimpleNamespace(id=module_id, manifest=manifest)


GUIDES = [
    _guide("young", ["5-8"], ["secrets"], ["parent"]),
    _guide("all-ages", ["5-8", "9-12", "13-17"], ["secrets", "gifts"], ["parent", "leader"]),
    _guide("teens", ["13-17"], ["sextortion"], ["counselor"]),
]


def _ids(query: GuideQuery) -> list[str]:
    return [m.id for m in choose_guides(GUIDES, query, "en")]  # type: ignore[arg-type]  # stand-in modules


def test_the_age_band_chooses_and_the_given_order_is_kept() -> None:
    assert _ids(GuideQuery("5-8")) == ["young", "all-ages"]
    assert _ids(GuideQuery("13-17")) == ["all-ages", "teens"]
    assert _ids(GuideQuery("9-12")) == ["all-ages"]


def test_topic_and_audience_narrow_the_band() -> None:
    assert _ids(GuideQuery("5-8", topic="gifts")) == ["all-ages"]
    assert _ids(GuideQuery("13-17", audience="counselor")) == ["teens"]
    assert _ids(GuideQuery("5-8", topic="sextortion")) == []


def test_only_topic_audience_or_words_count_as_narrowing() -> None:
    assert not GuideQuery("5-8").narrowed
    assert GuideQuery("5-8", words="gift").narrowed and GuideQuery("5-8", topic="gifts").narrowed


@pytest.fixture(scope="module")
def bundled_guides():
    from family_guide import paths
    from family_guide.core.loader import load_catalog

    return load_catalog([(paths.bundled("resources", "modules"), "bundled")]).of_kind("guide")


def test_search_words_find_guides_in_the_language_shown_and_fill_the_cache(bundled_guides) -> None:
    cache: dict[tuple[str, str], str] = {}
    everything = choose_guides(bundled_guides, GuideQuery("13-17"), "en", cache)
    found = choose_guides(bundled_guides, GuideQuery("13-17", words="Sextortion"), "en", cache)
    assert found and len(found) < len(everything)
    assert {m.id for m in found} <= {m.id for m in everything}
    assert cache  # searched text kept for the next key press
    assert choose_guides(bundled_guides, GuideQuery("13-17", words="zzqx-no-such-word"), "en", cache) == []


def test_children_become_age_choices_only_inside_the_guide_bands() -> None:
    today = date(2026, 6, 1)
    children = [
        Child("Sam", 2016, id=1),
        Child("Baby", 2024, id=2),
        Child("Ana", 2011, id=3),
        Child("Adult", 2000, id=4),
    ]
    choices = child_choices(children, today)
    assert [(c.nickname, c.age, c.band, c.key) for c in choices] == [
        ("Sam", 10, "9-12", "9-12|1"),
        ("Ana", 15, "13-17", "13-17|3"),
    ]


def test_an_age_choices_data_gives_its_band_and_child() -> None:
    assert (band_of("9-12|7"), child_of("9-12|7")) == ("9-12", 7)
    assert (band_of("13-17"), child_of("13-17")) == ("13-17", None)
    assert (band_of(None), child_of(None)) == ("5-8", None)
