"""Turn ticked checklist items into a tier of next steps, using the module's own rules.

The rules are data in module.yaml (see docs/content-modules.md); this code only applies
them. The result names a tier of guidance, never a score or label for the child.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from family_guide.core.model import ChecklistStructure, Together


def tier_for(structure: ChecklistStructure, ticked: Iterable[str]) -> str:
    ticked = set(ticked) & set(structure.item_ids)
    for tier in structure.tiers:
        if tier.any_of and ticked.intersection(tier.any_of):
            return tier.id
        if tier.min_ticked is not None and len(ticked) >= tier.min_ticked:
            return tier.id
        if any(_holds(combination, ticked) for combination in tier.together):
            return tier.id
        if tier.is_fallback:
            return tier.id
    return structure.tiers[-1].id  # unreachable: validation makes the last tier the fallback


def _holds(combination: Together, ticked: set[str]) -> bool:
    counted = ticked.intersection(combination.of) if combination.of else ticked
    if combination.with_any_of and not counted.intersection(combination.with_any_of):
        return False
    return len(counted) >= combination.at_least
