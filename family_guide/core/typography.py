"""French spacing: the space before : ; ! ? and inside « » that must not break a line.

French sets a space before two-part punctuation, and a line must never start with the mark
("Que faire\n: ..."). Translators type ordinary spaces; the files keep no-break ones, which
tools/french_spacing.py writes and tests/core/test_typography.py checks, so nothing is
changed while the app runs.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"  # before a colon (the "espace insécable" of French print)
NARROW_NBSP = "\u202f"  # before ; ! ? and inside guillemets (the "espace fine insécable")

_BEFORE = re.compile(r"(?<=\S) (?=[;!?»](?:\s|$|[\"'»)\].,<]))")
_BEFORE_COLON = re.compile(r"(?<=\S) (?=:(?:\s|$|[\"'»)<]))")
_AFTER_OPENING = re.compile(r"« ")


def french_spacing(text: str) -> str:
    """``text`` with the spaces French punctuation asks for made no-break; anything else as it was."""
    text = _BEFORE_COLON.sub(NBSP, text)
    text = _BEFORE.sub(NARROW_NBSP, text)
    return _AFTER_OPENING.sub("«" + NARROW_NBSP, text)
