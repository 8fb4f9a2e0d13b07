"""What content text may contain, checked when a module loads.

Text fields are Markdown with raw HTML turned off. We refuse (rather than silently
drop) the things an author should fix: raw HTML, images, links to anywhere but
https/mailto/tel and our own in-app targets, and invisible characters that can reorder
or hide text. The renderer neutralises HTML, images and links again (defence in depth).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?\s*>")
_HTML_COMMENT = re.compile(r"<!--")
_IMAGE = re.compile(r"!\[")
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
# Characters that can reorder or hide words: control characters (all but tab and line
# breaks, which YAML escapes such as "\e" or "\0" could still put in a value), direction
# embeddings and overrides (U+202A-202E), isolates (U+2066-2069), direction marks (U+200E,
# U+200F, U+061C) and zero-width characters (U+200B, U+2060-2064, U+FEFF). Content never
# needs them: the app sets the direction of each text by its language and adds its own
# isolates when it renders (content_html.ltr/isolate). The joiners U+200C and U+200D stay
# allowed: Hindi and Arabic spell words with them.
_HIDDEN_CHARS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_HIDDEN = re.compile(f"[{_HIDDEN_CHARS}]")
# In a one-line report, line breaks and tabs are hidden characters too.
_UNPRINTABLE = re.compile(f"[{_HIDDEN_CHARS}\t\n\r\u2028\u2029]")
_INTERNAL_TARGET = re.compile(r"^module:([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([A-Za-z0-9-]+))?$")
HELP_TARGETS = ("help:now", "help:crisis", "help:directory")
# How authors have marked a note for the adult inside an answer, in the guides' languages
# (English, Spanish; and the words translators of issue 15 would reach for: Brazilian Portuguese,
# French, with its space before the colon, Urdu in either spelling of "for", Swahili).
_ADULT_NOTE = re.compile(
    r"\(\s*(for you|para usted|para ti|para você|pour vous|آپ کے لیے|آپ کے لئے|kwa ajili yako|kwako)\s*:",
    re.IGNORECASE,
)
EXTERNAL_SCHEMES = ("https:", "mailto:", "tel:")


def problems_in(text: str) -> list[str]:
    """Return plain-language descriptions of what is not allowed in this text."""
    found = []
    if _HTML_TAG.search(text) or _HTML_COMMENT.search(text):
        found.append("raw HTML is not allowed in text; use Markdown such as **bold** or [a link](https://...)")
    if _IMAGE.search(text):
        found.append("pictures cannot be placed in text (they could load from the internet); remove the ![...](...)")
    hidden = hidden_characters(text)
    if hidden:
        found.append(
            f"the text contains invisible or control characters that can reorder or hide words "
            f"({', '.join(hidden)}); remove them (direction-override, isolate, direction-mark, zero-width and "
            "control characters are not allowed: the app sets the direction of text itself)"
        )
    for target in _LINK_TARGET.findall(text):
        if not link_allowed(target):
            found.append(
                f"the link target '{target[:80]}' is not allowed; use https://..., mailto:, tel:, "
                "module:<module-id>, help:now, help:crisis or help:directory"
            )
    return found


def hidden_characters(text: str) -> list[str]:
    """The invisible characters in ``text`` that are not allowed, each once, as U+XXXX."""
    return sorted({f"U+{ord(c):04X}" for c in _HIDDEN.findall(text)})


def printable(text: str) -> str:
    """``text`` on one line with every hidden character written as an escape (\\n, \\x1b, \\u202e),
    so a file or key name cannot forge report lines or turn them around."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def adult_note_in(text: str) -> str | None:
    """The "(For you:" marker of a note for the adult, if this text has one."""
    match = _ADULT_NOTE.search(text)
    return match.group(0) if match else None


def link_allowed(target: str) -> bool:
    return target.startswith(EXTERNAL_SCHEMES) or target in HELP_TARGETS or _INTERNAL_TARGET.match(target) is not None


def internal_link_targets(text: str) -> Iterator[str]:
    """Module ids this text links to, for the cross-reference check."""
    for target in _LINK_TARGET.findall(text):
        match = _INTERNAL_TARGET.match(target)
        if match:
            yield match.group(1)


def walk_strings(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string in parsed data, with its field path (keys and list indexes)."""
    stack: list[tuple[tuple[str | int, ...], object]] = [(path, value)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, str):
            yield here, node
        elif isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in enumerate(node))
