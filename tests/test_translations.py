"""Translations: review status per language, stale texts after an English change, and stamping."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from family_guide.core.loader import load_module


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def check_json(folder: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "family_guide", "check-modules", "--json", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return json.loads(result.stdout)


# -- review status ------------------------------------------------------------------


def test_a_reviewed_language_records_who_and_when(module_copy):
    folder = module_copy("online-friends")
    replace_in(
        folder / "module.yaml", "  es: draft\n", "  es: reviewed\nreviews:\n  es: {by: Ana Ruiz, date: 2026-11-30}\n"
    )
    module, problems, _ = load_module(folder)
    assert problems == []
    assert module.status("es") == "reviewed" and module.status("en") == "original"
    assert module.translations["es"].as_dict()["reviewed_by"] == "Ana Ruiz"
    assert module.translations["es"].as_dict()["reviewed_on"] == "2026-11-30"


def test_reviewed_without_a_review_and_a_review_of_a_draft_are_refused(module_copy):
    folder = module_copy("online-friends")
    manifest = folder / "module.yaml"
    replace_in(manifest, "  es: draft\n", "  es: reviewed\n")
    module, problems, _ = load_module(folder)
    assert module is None
    assert "'es' is marked 'reviewed': record who reviewed it and when under 'reviews:'" in str(problems[0])
    replace_in(manifest, "  es: reviewed\n", "  es: draft\nreviews:\n  es: {by: Ana Ruiz, date: 2026-11-30}\n")
    module, problems, _ = load_module(folder)
    assert module is None and "does not mark it 'reviewed' (it says 'draft')" in str(problems[0])
