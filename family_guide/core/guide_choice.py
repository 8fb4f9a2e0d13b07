"""Which conversation guides to offer, and which age choices a family's children add (no Qt).

The conversations page shows what these decide; keeping the decisions here lets them be tested
without building a window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from family_guide.core.constants import AGE_BANDS
from family_guide.core.guides import band_for_age, matches
from family_guide.core.plan import age_this_year

if TYPE_CHECKING:
    from family_guide.core.journal.records import Child
    from family_guide.core.modules import Module


@dataclass(frozen=True)
class GuideQuery:
    """What the user chose: an age band, and optionally a topic, an audience and search words."""

    band: str
    topic: str | None = None
    audience: str | None = None
    words: str = ""

    @property
    def narrowed(self) -> bool:
        """True if anything beyond the age band narrows the list (the empty message differs)."""
        return bool(self.words or self.topic or self.audience)


def choose_guides(
    guides: Iterable[Module], query: GuideQuery, language: str, cache: dict[tuple[str, str], str] | None = None
) -> list[Module]:
    """The guides that fit ``query``, in the order given (the catalog's suggested order).

    ``cache`` keeps each guide's searchable text between calls (the search runs on every key press).
    """
    chosen = []
    for module in guides:
        manifest = module.manifest
        if query.band not in manifest.age_bands:
            continue
        if query.topic and query.topic not in manifest.topics:
            continue
        if query.audience and query.audience not in manifest.audiences:
            continue
        if query.words and not matches(module, language, query.words, cache):
            continue
        chosen.append(module)
    return chosen


@dataclass(frozen=True)
class ChildChoice:
    """A child offered as an age choice: their age this year and its band; ``key`` is the choice's data."""

    child_id: int | None
    nickname: str
    age: int
    band: str

    @property
    def key(self) -> str:
        return f"{self.band}|{self.child_id}"


def child_choices(children: Sequence[Child], today: date) -> list[ChildChoice]:
    """The children whose age this year has a guide band (5-17), in the journal's order."""
    choices = []
    for child in children:
        age = age_this_year(child.birth_year, today)
        band = band_for_age(age)
        if band is not None:
            choices.append(ChildChoice(child.id, child.nickname, age, band))
    return choices


def band_of(key: object) -> str:
    """The age band of an age choice's data: a band ("8-10") or a child's "band|id"; the first band if none."""
    return str(key or AGE_BANDS[0]).split("|")[0]


def child_of(key: object) -> int | None:
    """The child id of an age choice's data, or None for a plain age band."""
    text = str(key or "")
    return int(text.split("|")[1]) if "|" in text else None
