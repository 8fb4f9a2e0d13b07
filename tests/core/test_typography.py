"""French spacing: the rule, and every French file already keeps it (core only, no Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from family_guide.core.typography import NARROW_NBSP, NBSP, french_spacing

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Pour : %1", f"Pour{NBSP}: %1"),
        ("Tu le connais ? Réfléchis !", f"Tu le connais{NARROW_NBSP}? Réfléchis{NARROW_NBSP}!"),
        ("« Ne le dis pas »", f"«{NARROW_NBSP}Ne le dis pas{NARROW_NBSP}»"),
        ("a ; b", f"a{NARROW_NBSP}; b"),
        ("Que faire :\nappeler", f"Que faire{NBSP}:\nappeler"),
        ("https://www.example.fr/a:b?c=1", "https://www.example.fr/a:b?c=1"),  # addresses untouched
        ("title: x", "title: x"),  # a YAML key has no space before its colon
        ("OK? Oui!", "OK? Oui!"),  # no space typed: none added
    ],
)
def test_french_spacing_makes_the_space_before_punctuation_no_break(typed, kept):
    assert french_spacing(typed) == kept
    assert french_spacing(kept) == kept  # applying it twice changes nothing


def test_every_french_file_keeps_french_spacing():
    """A French line never starts with : ; ! ? or », on screen, in print or on a slide."""
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "french_spacing.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, f"run python tools/french_spacing.py for:\n{done.stdout}{done.stderr}"
