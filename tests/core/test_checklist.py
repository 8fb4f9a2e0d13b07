"""Ticks to tiers: rules from the module's data, emergency items always win."""

from __future__ import annotations

import pytest

from family_guide.core.checklist import tier_for
from family_guide.core.loader import load_catalog
from family_guide.core.model import ChecklistStructure
from tests.conftest import MODULES

RULES = ChecklistStructure.model_validate(
    {
        "groups": [{"id": "g", "items": ["a", "b", "c", "d", "meeting"]}],
        "tiers": [
            {"id": "emergency", "any_of": ["meeting"]},
            {"id": "act-now", "any_of": ["a"], "min_ticked": 3},
            {"id": "talk"},
        ],
    }
)


@pytest.mark.parametrize(
    ("ticked", "tier"),
    [
        ([], "talk"),
        (["b"], "talk"),
        (["a"], "act-now"),
        (["b", "c", "d"], "act-now"),
        (["meeting"], "emergency"),
        (["a", "b", "c", "d", "meeting"], "emergency"),
        (["unknown-id"], "talk"),
    ],
)
def test_tiers_follow_the_rules(ticked, tier):
    assert tier_for(RULES, ticked) == tier


TOGETHER = ChecklistStructure.model_validate(
    {
        "groups": [{"id": "g", "items": ["money", "fear", "shame", "mood", "sleep", "alone"]}],
        "tiers": [
            {
                "id": "act-now",
                "together": [
                    {"at_least": 2, "of": ["money", "fear", "shame"], "with_any_of": ["money"]},
                    {"at_least": 3, "with_any_of": ["money", "fear", "shame"]},
                ],
            },
            {"id": "talk"},
        ],
    }
)


@pytest.mark.parametrize(
    ("ticked", "tier"),
    [
        (["money", "fear"], "act-now"),  # these two together
        (["money", "shame"], "act-now"),
        (["fear", "shame"], "talk"),  # two of the set, but not the one it must include
        (["money"], "talk"),  # one alone is not "together"
        (["mood", "sleep", "alone"], "talk"),  # three signs, but only general ones
        (["mood", "sleep", "fear"], "act-now"),  # three signs, one of them specific
    ],
)
def test_together_rules_count_combinations_not_single_signs(ticked, tier):
    assert tier_for(TOGETHER, ticked) == tier


@pytest.mark.parametrize(
    ("combination", "message"),
    [
        ({"at_least": 3, "of": ["a", "b"]}, "can never match"),
        ({"at_least": 1, "of": ["a"], "with_any_of": ["b"]}, "must also be in 'of'"),
        ({"at_least": 1, "of": ["a", "nope"]}, "names items that no group has: nope"),
    ],
)
def test_together_rules_that_cannot_work_are_refused(combination, message):
    with pytest.raises(ValueError, match=message):
        ChecklistStructure.model_validate(
            {
                "groups": [{"id": "g", "items": ["a", "b"]}],
                "tiers": [{"id": "x", "together": [combination]}, {"id": "talk"}],
            }
        )


def test_the_fallback_tier_must_be_last():
    with pytest.raises(ValueError, match="exactly one tier, the last"):
        ChecklistStructure.model_validate(
            {"groups": [{"id": "g", "items": ["a"]}], "tiers": [{"id": "talk"}, {"id": "x", "any_of": ["a"]}]}
        )


def test_bundled_grooming_checklist_emergency_items_always_win():
    checklist = load_catalog([(MODULES, "bundled")]).modules["grooming-signs"].manifest.checklist
    emergency = next(t for t in checklist.tiers if t.id == "emergency")
    assert emergency.any_of
    everything_else = [i for i in checklist.item_ids if i not in emergency.any_of]
    for item in emergency.any_of:
        assert tier_for(checklist, [item]) == "emergency"
        assert tier_for(checklist, [*everything_else, item]) == "emergency"
    assert tier_for(checklist, everything_else) == "act-now"
    assert tier_for(checklist, []) == "talk-and-watch"
