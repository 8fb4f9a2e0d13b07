"""What content text may contain, checked when a module loads.

Text fields are Markdown with raw HTML turned off. We refuse (rather than silently
drop) the things an author should fix: raw HTML, images, links to anywhere but
https/mailto/tel and our own in-app targets, and invisible direction overrides that
can disguise text. The renderer neutralises the same things again (defence in depth).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?\s*>")
_HTML_COMMENT = re.compile(r"<!--")
_IMAGE = re.compile(r"!\[")
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
_BIDI_OVERRIDES = re.compile("[\u202a-\u202e]")
_INTERNAL_TARGET = re.compile(r"^module:([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([A-Za-z0-9-]+))?$")
# How authors have marked a note for the adult inside an answer, in the guides' languages.
_ADULT_NOTE = re.compile(r"\(\s*(for you|para usted|para ti)\s*:", re.IGNORECASE)
HELP_TARGETS = ("help:now", "help:directory")
EXTERNAL_SCHEMES = ("https:", "mailto:", "tel:")


def problems_in(text: str) -> list[str]:
    """Return plain-language descriptions of what is not allowed in this text."""
    found = []
    if _HTML_TAG.search(text) or _HTML_COMMENT.search(text):
        found.append("raw HTML is not allowed in text; use Markdown such as **bold** or [a link](https://...)")
    if _IMAGE.search(text):
        found.append("pictures cannot be placed in text (they could load from the internet); remove the ![...](...)")
    if _BIDI_OVERRIDES.search(text):
        found.append("the text contains invisible direction-override characters (U+202A to U+202E); remove them")
    for target in _LINK_TARGET.findall(text):
        if not link_allowed(target):
            found.append(
                f"the link target '{target[:80]}' is not allowed; use https://..., mailto:, tel:, "
                "module:<module-id> or help:now"
            )
    return found


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


def walk_strings(value: object, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string in parsed data, with its field path."""
    stack = [(path, value)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, str):
            yield here, node
        elif isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in enumerate(node))
