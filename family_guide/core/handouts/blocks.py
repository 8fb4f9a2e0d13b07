"""The parts of a handout page, in one language, as plain data.

Every block carries a ``key`` naming its place in the source (``key_messages/2``), so two
languages of the same source can be lined up paragraph by paragraph (see pairing.py).
Text fields hold content Markdown (from a module) or plain label text (already translated).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Audience = Literal["adults", "young-people"]
AUDIENCES: tuple[Audience, ...] = ("adults", "young-people")

# How a list item is drawn: a bullet, a numbered step, a tick box to fill in, a line to say.
ItemStyle = Literal["bullet", "number", "tick", "say"]


@dataclass(frozen=True)
class Heading:
    key: str
    text: str
    level: int = 2  # 1: the title; 2: a section; 3: a group inside a section
    fallback: bool = False  # shown in English: not yet translated (set left to right in any column)


@dataclass(frozen=True)
class Paragraph:
    key: str
    text: str  # Markdown
    style: Literal["main", "normal", "meta", "note"] = "normal"
    fallback: bool = False


@dataclass(frozen=True)
class Item:
    """One list item: its own block, so a page break never falls inside it and two languages pair item by item."""

    key: str
    text: str  # Markdown
    style: ItemStyle = "bullet"
    number: int = 0  # for numbered steps
    fallback: bool = False


@dataclass(frozen=True)
class WriteLines:
    """A prompt with blank lines to write on (the family safety plan)."""

    key: str
    prompt: str
    lines: int = 2


@dataclass(frozen=True)
class HelpLine:
    """One help line, or the emergency number (``emergency``: shown first and larger)."""

    key: str
    name: str
    purpose: str = ""
    phone: str | None = None
    sms: str | None = None
    web: str | None = None  # an https address: the renderer adds a QR code for it
    hours: str | None = None
    emergency: bool = False
    fallback: bool = False  # the name and purpose are shown in English
    labels: dict[str, str] = field(default_factory=dict)  # "phone", "text", "hours": translated prefixes


Block = Heading | Paragraph | Item | WriteLines | HelpLine


@dataclass(frozen=True)
class CounselorDetails:
    organisation: str = ""
    contact: str = ""
    logo: bytes | None = None  # a checked PNG made by the UI from the counselor's file; None: no logo

    @property
    def empty(self) -> bool:
        return not (self.organisation or self.contact or self.logo)


@dataclass(frozen=True)
class LanguagePart:
    """The handout's content in one language."""

    language: str
    title: str
    blocks: tuple[Block, ...]
    right_to_left: bool = False
    page_of: str = "Page %1 of %2"  # the footer's page count, in this language


# A message for the counselor: an English source text ("Handout" context) and its %1, %2 arguments.
Note = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class Handout:
    """What the renderer draws: one or two languages, lined up by ``rows``.

    ``rows`` pairs the primary language's blocks with the second language's (None where one
    language has nothing at that place). ``notes`` are plain messages for the counselor
    (a fallback to English, a name cut short); they are also printed on the handout where
    a reader needs them."""

    parts: tuple[LanguagePart, ...]
    rows: tuple[tuple[Block | None, Block | None], ...]
    audience: Audience
    counselor: CounselorDetails
    footer_title: str  # neutral: the source's title, never anything from the journal
    notes: tuple[Note, ...] = ()

    @property
    def bilingual(self) -> bool:
        return len(self.parts) == 2

    @property
    def title(self) -> str:
        return " / ".join(part.title for part in self.parts)
