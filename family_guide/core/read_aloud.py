"""What read-aloud says, in which order and in which language (no Qt: the UI turns pages into blocks).

A page is a list of blocks (paragraphs, list lines, headings) as shown, each with the language it is
written in and what kind of text it is. Reading goes sentence by sentence, so the sentence being
read can be highlighted and so pause, resume and a change of speed take effect at a sentence
boundary on every speech engine. Notes for the adult (``adult_note``) are never part of "the words
to say": a child may be listening.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from family_guide.core.bidi import without_isolates

# Kinds of block. "say": words for the child (lines to say, answers); "note": for the adult only;
# "control": a link that acts on the page ("Show what you might say"), never read.
SAY, NOTE, TEXT, CONTROL = "say", "note", "text", "control"

# A sentence ends at . ! ? (and the Hindi danda ।, the Arabic question mark ؟ and the Urdu full
# stop ۔), with any closing quote or bracket (French sets » after a space), before a space or the
# end of the text.
_SENTENCE_END = re.compile(r"[.!?\u0964\u061f\u06d4]+(?:[\"'\u201d\u2019)\]]|[ \u00a0\u202f]*\u00bb)*(?=\s|$)")

# Speeds offered (relative: 0 is the voice's normal speed, -1 slowest, 1 fastest).
SLOWER, NORMAL, FASTER = -0.4, 0.0, 0.4


@dataclass(frozen=True)
class Block:
    start: int  # where the block starts in the page (a character position), for highlighting
    text: str
    language: str
    kind: str = TEXT


@dataclass(frozen=True)
class Sentence:
    start: int  # position in the page
    end: int
    text: str
    language: str
    kind: str


_KINDS = (TEXT, SAY, NOTE, CONTROL)
# Bits of a mark: the kind (3), the language (up to 3 letters, base 27: 15 bits) and its region
# (2 letters, base 27: 10 bits), then this flag, which tells our marks from a block's default
# state (-1). Under 2**31: Qt keeps the state in a C int.
_LANGUAGE_SPAN = 27**3
_MARKED = 1 << 28


def _letters_code(letters: str, first: str) -> int:
    return sum((ord(c) - ord(first) + 1) * 27**i for i, c in enumerate(letters))


def _code_letters(code: int, first: str) -> str:
    letters = ""
    while code:
        code, digit = divmod(code, 27)
        letters += chr(digit + ord(first) - 1) if digit else ""
    return letters


def block_state(kind: str | None, language: str | None) -> int:
    """A block's kind and language as one number (Qt keeps it per block as its "user state"),
    so read-aloud knows, from the page as shown, what each paragraph is and its language. The
    region is kept ("pt-BR"): it picks a Brazilian voice, not Portugal's."""
    base, _, region = (language or "").partition("-")
    base = "".join(c for c in base[:3] if "a" <= c <= "z")
    region = "".join(c for c in region[:2] if "A" <= c <= "Z") if len(region) == 2 else ""
    code = _letters_code(base, "a") + _letters_code(region, "A") * _LANGUAGE_SPAN if base else 0
    return _MARKED | code << 3 | (_KINDS.index(kind) + 1 if kind else 0)


def parse_state(state: int) -> tuple[str | None, str | None]:
    """(kind, language) from ``block_state``; None for what was not marked."""
    if state < 0 or not state & _MARKED:
        return None, None
    kind_code, code = state & 7, (state & ~_MARKED) >> 3
    region_code, base_code = divmod(code, _LANGUAGE_SPAN)
    base, region = _code_letters(base_code, "a"), _code_letters(region_code, "A")
    language = f"{base}-{region}" if base and region else base
    return (_KINDS[kind_code - 1] if kind_code else None), (language or None)


def voice_languages(language: str) -> tuple[str, ...]:
    """The language codes to look for a voice by, best first: "pt-BR" then "pt" (a Brazilian voice
    if there is one, else any Portuguese one); "ur" alone."""
    base = language.split("-")[0]
    return (language, base) if language != base else (base,)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, without the spaces around it."""
    spans, begin = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, len(text)))
    out = []
    for start, end in spans:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
    return out


def reading_order(blocks: list[Block], words_only: bool = False) -> list[Sentence]:
    """The sentences to read, in page order. ``words_only``: only the words to say to the child
    (never a note for the adult, a heading or an explanation)."""
    out = []
    for block in blocks:
        if block.kind == CONTROL or (words_only and block.kind != SAY):
            continue
        for start, end in split_sentences(block.text):
            # The isolates that keep Latin words in order on screen are not words: a voice gets the text without them.
            spoken = without_isolates(block.text[start:end])
            out.append(Sentence(block.start + start, block.start + end, spoken, block.language, block.kind))
    return out


def languages_without_voice(sentences: list[Sentence], has_voice: Callable[[str], bool]) -> list[str]:
    """The languages of these sentences that no installed voice speaks, in order of first use."""
    return [lang for lang in dict.fromkeys(s.language for s in sentences) if not has_voice(lang)]
