"""Checklists lead to next steps (never a verdict), the help directory by country, and
saving a checklist snapshot to the journal.
Its screens are tested in tests/ui/test_warning_signs.py (Qt)."""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys

import pytest

from family_guide.core.checklist import tier_for
from family_guide.core.countries import country_table
from family_guide.core.directory import emergency_for, entries_for
from family_guide.core.loader import load_module
from tests.conftest import bundled_catalog
from tests.readability import checklist_figures

CATALOG = bundled_catalog()
CHECKLISTS = CATALOG.of_kind("checklist")
CHECKLIST_IDS = [m.id for m in CHECKLISTS]
EXPECTED_CHECKLISTS = {"grooming-signs", "contact-red-flags", "sextortion-signs", "trafficking-signs", "support-needs"}

# Representative tick sets and the tier each must give, as documented in the modules.
DOCUMENTED = [
    ("grooming-signs", ["hides-screen"], "talk-and-watch"),
    ("grooming-signs", ["hides-screen", "mood-change", "online-late-at-night"], "talk-and-watch"),
    ("grooming-signs", ["asked-for-images"], "act-now"),
    ("grooming-signs", ["hides-screen", "mood-change", "online-late-at-night", "vague-about-contacts"], "act-now"),
    ("grooming-signs", ["hides-screen", "meeting-planned"], "emergency"),
    ("contact-red-flags", ["flattery-and-attention"], "talk-and-watch"),
    ("contact-red-flags", ["asks-for-images"], "act-now"),
    ("contact-red-flags", ["meeting-arranged"], "emergency"),
    ("sextortion-signs", ["pulls-away"], "talk-and-watch"),
    ("sextortion-signs", ["threat-to-share-images"], "act-now"),
    ("sextortion-signs", ["threat-to-share-images", "talks-of-self-harm"], "emergency"),
    ("trafficking-signs", ["unexplained-money", "paid-for-looks"], "talk-and-watch"),
    ("trafficking-signs", ["older-partner"], "act-now"),
    ("trafficking-signs", ["advertised-online"], "emergency"),
    ("trafficking-signs", ["missing-or-ran-away"], "emergency"),
    ("support-needs", ["seems-lonely"], "talk-and-watch"),
    ("support-needs", ["being-bullied"], "act-now"),
    ("support-needs", ["talks-of-self-harm"], "emergency"),
]


def test_the_five_checklists_exist_with_ten_or_more_grouped_items():
    assert set(CHECKLIST_IDS) >= EXPECTED_CHECKLISTS
    for module in CHECKLISTS:
        structure = module.manifest.checklist
        assert len(structure.item_ids) >= 10, module.id
        assert len(structure.groups) >= 3, module.id
        for item_id in structure.item_ids:
            text = module.item("en", item_id).value
            assert text.statement and text.why and text.example, (module.id, item_id)


@pytest.mark.parametrize(("module_id", "ticked", "tier"), DOCUMENTED)
def test_documented_tick_sets_give_the_documented_tier(module_id, ticked, tier):
    assert tier_for(CATALOG.modules[module_id].manifest.checklist, ticked) == tier


@pytest.mark.parametrize("module_id", CHECKLIST_IDS)
def test_emergency_items_always_win(module_id):
    structure = CATALOG.modules[module_id].manifest.checklist
    emergency = next(t for t in structure.tiers if t.id == "emergency")
    assert emergency.any_of, "every checklist names items that alone mean: call now"
    assert structure.tiers[0] is emergency
    for item in emergency.any_of:
        assert tier_for(structure, [item]) == "emergency"
        assert tier_for(structure, structure.item_ids) == "emergency"
        others = [i for i in structure.item_ids if i not in emergency.any_of]
        assert tier_for(structure, [*others, item]) == "emergency"
    assert tier_for(structure, []) == structure.tiers[-1].id


@pytest.mark.parametrize("module_id", CHECKLIST_IDS)
def test_every_tier_says_what_it_may_and_may_not_mean_and_lists_steps(module_id):
    module = CATALOG.modules[module_id]
    for rule in module.manifest.checklist.tiers:
        tier = module.tier("en", rule.id).value
        assert tier.may_mean and tier.may_not_mean and len(tier.steps) >= 5
        assert rule.needs, f"{rule.id}: say which help-directory services to list"
    # Next steps, never a verdict: no percentages, "x out of y", points or risk ratings about the child.
    words = json.dumps(module.texts["en"].model_dump()).lower()
    assert not re.search(r"\d+\s*%|\d+\s*(/|out of)\s*\d+|\b\d+ points?\b|risk (score|level|rating)", words)


def test_next_steps_read_at_grade_six_or_below_and_eight_at_worst():
    """Flesch-Kincaid grade of each tier a parent acts on; `python -m tests.readability` prints the figures
    for docs/readability.md."""
    figures = [(m.id, *f) for m in CHECKLISTS for f in checklist_figures(m)]
    grades = [g for *_, whole, steps in figures for g in (whole, steps)]
    assert all(0 < g <= 8.0 for g in grades), [f for f in figures if max(f[2:]) > 8.0]
    assert statistics.median(grades) <= 6.0


def test_every_country_has_a_reporting_channel_and_worldwide_services():
    directory = CATALOG.of_kind("directory")
    for country in (*country_table().codes, "GLOBAL"):
        assert entries_for(directory, country, ("report",)), country
        assert entries_for(directory, country, ("image-removal",)), country
    # Worldwide there is no single emergency number: Get help now says "call your local emergency number".
    assert not emergency_for(directory, "GLOBAL").primary


def test_every_directory_entry_has_a_source_and_a_confidence_and_claims_no_live_check():
    for module in CATALOG.of_kind("directory"):
        for entry in module.manifest.directory.entries:
            assert entry.source.startswith(("https://", "http://")) and entry.confidence, entry.id
            # Nobody has called these numbers: "checked live" would be a false promise.
            assert entry.verified is None, entry.id


def test_image_removal_services_cover_children_and_adults():
    directory = CATALOG.of_kind("directory")
    names = {
        CATALOG.modules["help-directory"].entry("en", e.id).value.name
        for _, p in entries_for(directory, "GB", ("image-removal",))
        for _, e in p
    }
    assert any("Take It Down" in n for n in names)
    assert any("Report Remove" in n for n in names)
    assert any("StopNCII" in n for n in names)


def test_a_malformed_directory_entry_is_reported_and_left_out(module_copy, tmp_path):
    folder = module_copy("help-directory")
    manifest = folder / "module.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace(
        '      phone: "0800 1111"\n      web: https://childline.org.uk\n', "", 1
    )  # Childline: no way to reach it
    manifest.write_text(text, encoding="utf-8")
    module, problems, _ = load_module(folder)
    assert problems == [] and module is not None
    ids = {e.id for e in module.manifest.directory.entries}
    assert "gb-childline" not in ids and "gb-nspcc-helpline" in ids  # the rest still loads
    assert len(module.skipped_parts) == 1
    assert "phone, sms or web" in module.skipped_parts[0].message and "left out" in module.skipped_parts[0].message
    result = subprocess.run(
        [sys.executable, "-m", "family_guide", "check-modules", str(folder)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "module.yaml:" in result.stdout and "directory.entries." in result.stdout


# -- through the UI ---------------------------------------------------------------
