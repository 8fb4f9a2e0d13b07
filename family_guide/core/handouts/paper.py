"""Paper size by country: Letter where it is the usual paper, A4 everywhere else."""

from __future__ import annotations

from typing import Literal

Paper = Literal["a4", "letter", "a5"]
PAPERS: tuple[Paper, ...] = ("a4", "letter", "a5")

# Countries and territories where US Letter is the usual office paper (the rest of the world uses A4).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "PR", "DO", "SV", "NI"})

# Below this width (millimetres) two languages are set one above the other, not side by side.
NARROW_MM = 160


def paper_for(territory: str) -> Paper:
    """The usual paper for a two-letter territory code (from the locale)."""
    return "letter" if territory.upper() in LETTER_TERRITORIES else "a4"
