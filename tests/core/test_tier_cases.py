"""Tiers that match the danger: each case is a set of ticks a worried parent might make, the
tier it must give, and why (the test id). The rules are data in each module.yaml.
Its screens are tested in tests/ui/test_tier_cases.py (Qt)."""

from __future__ import annotations

import pytest

from family_guide.core.checklist import tier_for
from tests.conftest import bundled_catalog

CATALOG = bundled_catalog()

# Services that mean police, reporting or exploitation lines on the result page.
DANGER_NEEDS = {"emergency", "report", "trafficking", "image-removal"}


def case(module_id: str, ticked: list[str], tier: str, reason: str):
    return pytest.param(module_id, ticked, tier, id=reason)


CASES = [
    # -- from the issue ------------------------------------------------------------------
    case(
        "grooming-signs",
        ["older-online-friend", "moved-to-private-app", "hidden-accounts-or-phone"],
        "act-now",
        "grooming: an older contact, a private app and hidden accounts together are act-now",
    ),
    case(
        "contact-red-flags",
        ["tests-boundaries"],
        "act-now",
        "contact: sexualised testing (are you alone, what are you wearing) alone is act-now",
    ),
    case(
        "sextortion-signs",
        ["gift-cards-or-missing-money", "scared-of-phone"],
        "act-now",
        "sextortion: missing money or gift cards with fear of the phone is act-now",
    ),
    case(
        "sextortion-signs",
        ["asks-for-money-suddenly", "deep-shame"],
        "act-now",
        "sextortion: a sudden need for money with deep shame is act-now",
    ),
    case(
        "sextortion-signs",
        ["pulls-away", "sleep-or-eating-changes", "cannot-stop-checking"],
        "talk-and-watch",
        "sextortion: three general mood signs with no sign of a contact stay talk-and-watch",
    ),
    case(
        "trafficking-signs",
        ["new-tattoo-or-mark"],
        "act-now",
        "trafficking: a branding tattoo or mark alone is act-now",
    ),
    case(
        "trafficking-signs",
        ["stays-out-overnight", "unexplained-travel"],
        "act-now",
        "trafficking: nights out with unknown adults and unexplained trips together are act-now",
    ),
    case(
        "trafficking-signs",
        ["someone-controls-them"],
        "emergency",
        "trafficking: someone holding the child's ID, money or phone is an emergency",
    ),
    case(
        "trafficking-signs",
        ["someone-decides-who-they-see"],
        "act-now",
        "trafficking: someone deciding who the child may talk to is act-now",
    ),
    case(
        "support-needs",
        ["feels-unsafe"],
        "get-help-today",
        "support: someone scaring or hurting the child means get help today",
    ),
    case(
        "support-needs",
        ["family-stress", "caregivers-stretched", "recent-loss-or-move"],
        "act-now",
        "support: family stress, a stretched carer and a move mean support this week",
    ),
    case(
        "support-needs",
        ["talks-of-self-harm"],
        "emergency",
        "support: talk of self-harm is an emergency",
    ),
    # -- more cases as a worried parent would tick them ------------------------------------
    case(
        "grooming-signs",
        ["hides-screen", "mood-change", "online-late-at-night", "pulls-away"],
        "talk-and-watch",
        "grooming: four signs that are also part of growing up, with no sign of a contact, stay talk-and-watch",
    ),
    case(
        "grooming-signs",
        ["online-much-less", "mood-change", "pulls-away"],
        "talk-and-watch",
        "grooming: going online less with mood signs and nothing else stays talk-and-watch",
    ),
    case(
        "grooming-signs",
        ["older-online-friend", "moved-to-private-app"],
        "act-now",
        "grooming: an older contact who moved the chat to a private app is act-now",
    ),
    case(
        "grooming-signs",
        ["older-online-friend", "hides-screen", "mood-change"],
        "act-now",
        "grooming: three signs, one of them an older contact, are act-now",
    ),
    case(
        "contact-red-flags",
        ["asks-about-home-and-schedule"],
        "act-now",
        "contact: asking when the child is home alone or where they live is act-now",
    ),
    case(
        "contact-red-flags",
        ["recorded-video-call"],
        "act-now",
        "contact: a secretly recorded video call is act-now",
    ),
    case(
        "contact-red-flags",
        ["promises-to-delete-if-paid"],
        "act-now",
        "contact: a promise to delete images once paid is act-now",
    ),
    case(
        "contact-red-flags",
        ["back-from-new-accounts"],
        "act-now",
        "contact: coming back from new accounts after being blocked is act-now",
    ),
    case(
        "contact-red-flags",
        ["offers-alcohol-or-drugs"],
        "act-now",
        "contact: offering a child alcohol or drugs is act-now",
    ),
    case(
        "contact-red-flags",
        ["claims-shared-interests", "camera-is-broken"],
        "talk-and-watch",
        "contact: shared interests and a broken camera alone are talk-and-watch",
    ),
    case(
        "contact-red-flags",
        ["age-gap-or-changing-age", "moves-to-private-app"],
        "act-now",
        "contact: an older contact who moves the chat to a private app is act-now, as in grooming-signs",
    ),
    case(
        "contact-red-flags",
        ["age-gap-or-changing-age", "camera-is-broken"],
        "act-now",
        "contact: an older contact who will not show their face is act-now",
    ),
    case(
        "sextortion-signs",
        ["scared-of-phone", "deep-shame"],
        "act-now",
        "sextortion: fear of the phone with deep shame is act-now",
    ),
    case(
        "sextortion-signs",
        ["scared-of-phone", "deletes-accounts-suddenly"],
        "act-now",
        "sextortion: fear of the phone with suddenly deleted accounts is act-now",
    ),
    case(
        "sextortion-signs",
        ["pulls-away", "sleep-or-eating-changes", "cannot-stop-checking", "deep-shame"],
        "talk-and-watch",
        "sextortion: four mood signs with no sign of a contact or of money stay talk-and-watch",
    ),
    case(
        "sextortion-signs",
        ["pulls-away", "sleep-or-eating-changes", "scared-of-phone"],
        "act-now",
        "sextortion: mood signs with fear of the phone are act-now",
    ),
    case(
        "trafficking-signs",
        ["unexplained-absences", "stays-out-overnight"],
        "act-now",
        "trafficking: missing school with nights out with unknown adults is act-now",
    ),
    case(
        "trafficking-signs",
        ["sex-for-food-or-shelter"],
        "emergency",
        "trafficking: sex in return for food, a bed or drugs is an emergency",
    ),
    case(
        "trafficking-signs",
        ["carries-drugs-or-money"],
        "act-now",
        "trafficking: carrying drugs or money for others (criminal exploitation) is act-now",
    ),
    case(
        "trafficking-signs",
        ["found-far-from-home"],
        "act-now",
        "trafficking: being found far from home with no reason is act-now",
    ),
    case(
        "trafficking-signs",
        ["carries-weapon"],
        "act-now",
        "trafficking: carrying a weapon is act-now",
    ),
    case(
        "trafficking-signs",
        ["sexual-health-worries"],
        "act-now",
        "trafficking: a child's infection or pregnancy with a hidden or much older partner is act-now",
    ),
    case(
        "trafficking-signs",
        ["alcohol-or-drugs", "afraid-of-police", "hungry-or-exhausted"],
        "act-now",
        "trafficking: drink or drugs, fear of the police and exhaustion together are act-now",
    ),
    case(
        "trafficking-signs",
        ["unexplained-money", "paid-for-looks"],
        "talk-and-watch",
        "trafficking: unexplained money and paid-for looks alone are talk-and-watch",
    ),
    case(
        "support-needs",
        ["in-care-or-social-worker", "past-abuse-or-trauma", "disability-or-communication-needs"],
        "act-now",
        "support: three needs that call for extra care mean support this week",
    ),
    case(
        "support-needs",
        ["older-group-or-gang"],
        "act-now",
        "support: time with a gang or a much older group means support this week",
    ),
    case(
        "support-needs",
        ["past-abuse-or-trauma"],
        "act-now",
        "support: past abuse that still needs support means support this week",
    ),
    case(
        "support-needs",
        ["in-care-or-social-worker"],
        "talk-and-watch",
        "support: living in care alone means staying close and talking",
    ),
    case(
        "support-needs",
        ["being-bullied"],
        "act-now",
        "support: bullying means support this week",
    ),
    case(
        "adult-behavior-signs",
        ["child-says-hurt"],
        "emergency",
        "adult you know: a child who says this person hurt them is an emergency",
    ),
    case(
        "adult-behavior-signs",
        ["ignores-no-to-touch"],
        "act-now",
        "adult you know: touching a child after they say no is act-now",
    ),
    case(
        "adult-behavior-signs",
        ["encourages-secrets"],
        "act-now",
        "adult you know: secrets with a child are act-now",
    ),
    case(
        "adult-behavior-signs",
        ["special-friendship", "gifts-for-no-reason", "insists-on-time-alone"],
        "act-now",
        "adult you know: a special friendship, gifts and time alone together are act-now",
    ),
    case(
        "adult-behavior-signs",
        ["gifts-for-no-reason", "offers-babysitting-or-overnight"],
        "talk-and-watch",
        "adult you know: gifts and offers to babysit alone are talk-and-watch",
    ),
]


@pytest.mark.parametrize(("module_id", "ticked", "tier"), CASES)
def test_tier_for_a_worried_parents_ticks(module_id, ticked, tier):
    assert tier_for(CATALOG.modules[module_id].manifest.checklist, ticked) == tier


def needs(module_id: str, tier_id: str) -> set[str]:
    return set(next(t for t in CATALOG.modules[module_id].manifest.checklist.tiers if t.id == tier_id).needs)


def test_support_needs_only_list_police_and_reporting_lines_when_someone_is_hurting_the_child():
    assert not needs("support-needs", "act-now") & DANGER_NEEDS
    assert not needs("support-needs", "talk-and-watch") & DANGER_NEEDS
    assert "report" in needs("support-needs", "get-help-today")
    module = CATALOG.modules["support-needs"]
    assert "today" in module.tier("en", "get-help-today").value.title.lower()
    assert "this week" in module.tier("en", "act-now").value.title.lower()


@pytest.mark.parametrize("module_id", [m.id for m in CATALOG.of_kind("checklist")])
def test_talk_of_self_harm_lists_the_crisis_lines(module_id):
    structure = CATALOG.modules[module_id].manifest.checklist
    for item in structure.item_ids:
        if item == "talks-of-self-harm":
            assert "crisis" in needs(module_id, tier_for(structure, [item])), module_id
