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
