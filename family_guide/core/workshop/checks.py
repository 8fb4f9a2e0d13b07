"""Checks on a workshop's words that a field type alone cannot make: each message names the slide.

A slide is projected at a logical 1920 x 1080 with body text of about 44 px, which fits about
11 lines of about 56 characters under the title. ``MAX_SLIDE_LINES`` leaves room for the title
and the margins; a bilingual slide shows two languages in the same space and shrinks its type
to fit (docs/workshops.md explains this to authors).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from family_guide.core.model import LanguageText, Manifest
    from family_guide.core.workshop.plan import PlanDraft

CHARS_PER_LINE = 56
MAX_SLIDE_LINES = 10
MAX_TITLE_CHARS = 90

# A phone number typed into a slide: three or more digits, maybe split by spaces, dots or
# hyphens ("999", "116 123", "1-800-843-5678"). Years (1900-2099) are allowed. Help lines on
# slides always come from the help directory, so they stay right when the directory is updated.
_NUMBER = re.compile(r"\+?\d(?:[\s.\-]?\d){2,}")
_YEAR = re.compile(r"^(19|20)\d\d$")


def display_lines(text: str) -> int:
    """How many lines ``text`` takes on a slide: each paragraph or bullet, wrapped at CHARS_PER_LINE."""
    lines = [line.strip() for line in text.splitlines()]
    return sum(max(1, math.ceil(len(line) / CHARS_PER_LINE)) for line in lines if line)


def slide_lines(title: str, body: str | None, situations: list[str]) -> int:
    """Lines the slide's body and its cards' situations take (the title has its own band)."""
    return display_lines(body or "") + sum(display_lines(s) + 1 for s in situations)


def typed_numbers(text: str) -> list[str]:
    """Phone-number-like runs of digits in ``text`` (years are not counted)."""
    return [m.group(0) for m in _NUMBER.finditer(text) if not _YEAR.match(m.group(0))]


def slide_problems(manifest: Manifest, text: LanguageText) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(field path, message) for each problem in one language's workshop words."""
    if manifest.workshop is None:
        return
    kinds = {s.id: s for s in manifest.workshop.slides}
    for slide_id, slide in text.slides.items():
        place = kinds.get(slide_id)
        if place is None:
            continue  # an unknown id is reported by the loader's id check
        if place.type != "help-lines" and not slide.body:
            yield ("slides", slide_id, "body"), f"slide '{slide_id}' is empty: write a 'body:' for it"
        if place.type == "activity" and not slide.cards:
            yield (
                ("slides", slide_id, "cards"),
                f"slide '{slide_id}' is an activity: give it 'cards:' (each with a 'situation:')",
            )
        if len(slide.title) > MAX_TITLE_CHARS:
            yield (
                ("slides", slide_id, "title"),
                f"the title of slide '{slide_id}' is too long to fit ({len(slide.title)} characters; "
                f"at most {MAX_TITLE_CHARS})",
            )
        lines = slide_lines(slide.title, slide.body, [c.situation for c in slide.cards])
        if lines > MAX_SLIDE_LINES:
            yield (
                ("slides", slide_id, "body"),
                f"slide '{slide_id}' is too long to fit on one slide (about {lines} lines; at most "
                f"{MAX_SLIDE_LINES} of about {CHARS_PER_LINE} characters): shorten it or split it into two slides",
            )
        shown = [slide.title, slide.body or "", *(c.situation for c in slide.cards)]
        for number in (n for part in shown for n in typed_numbers(part)):
            yield (
                ("slides", slide_id),
                f"slide '{slide_id}' has a number typed in ('{number}'): help lines come from the help "
                "directory on the help-line slide; write the words without the number",
            )


# The end of one sentence and the start of another: a full stop, question or exclamation mark
# (also Arabic's question mark and the Devanagari danda) followed by more words.
_SENTENCE_BREAK = re.compile(r"[.!?\u061f\u0964]\s+\S")
MAX_MAIN_MESSAGE = 200  # characters: read at a glance, and set in bold (the renderer bolds up to 240)


def handout_problems(text: LanguageText) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(field path, message) for each problem in one language's take-home handout (``handout:``).

    The field types check the counts (three or four steps, one to four "don'ts"); this checks what
    a type cannot: one sentence for the main message, and no phone number typed in (the handout's
    help lines come from the help directory for the country chosen when it is printed)."""
    handout = text.handout
    if handout is None:
        return
    message = handout.main_message
    if _SENTENCE_BREAK.search(message):
        yield (
            ("handout", "main_message"),
            "the main message must be one sentence (the print guidance: one main message at the top); "
            "move the rest into 'steps:'",
        )
    if len(message) > MAX_MAIN_MESSAGE:
        yield (
            ("handout", "main_message"),
            f"the main message is too long ({len(message)} characters; at most {MAX_MAIN_MESSAGE})",
        )
    parts: list[tuple[tuple[str | int, ...], str]] = [(("handout", "main_message"), message)]
    for key in ("steps", "dont", "talk_at_home"):
        parts += [(("handout", key, i), line) for i, line in enumerate(getattr(handout, key))]
    for field, line in parts:
        for number in typed_numbers(line):
            yield (
                field,
                f"the handout has a number typed in ('{number}'): its help lines come from the help directory "
                "for the chosen country; write the words without the number",
            )


def missing_workshop_text(manifest: Manifest) -> list[tuple[str, str]]:
    """(section, key) pairs a workshop's English text must have, besides title and summary."""
    if manifest.workshop is None:
        return []
    needed = [("audience", ""), ("safeguarding", "")]
    needed += [("agenda", s) for s in manifest.workshop.section_ids]
    needed += [("slides", s) for s in manifest.workshop.slide_ids]
    return needed


def untranslated_slides(draft: PlanDraft, language: str) -> list[str]:
    """Ids of visible slides with no words in ``language`` (they show in English)."""
    return [s.id for s in draft.visible() if s.text(language)[1] != language]
