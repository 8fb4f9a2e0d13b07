"""Content text (Markdown) to the HTML subset Qt's text widgets show, safely.

Raw HTML is off at the parser, images are not rendered at all, and links are checked
at token level: only https, mailto, tel and in-app targets survive; anything else
becomes plain text. This repeats the load-time checks on purpose (defence in depth).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from family_guide.core.bidi import left_to_right
from family_guide.core.text_rules import link_allowed

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported on first use: keeps start-up fast

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(["image", "html_block", "html_inline"])
    # markdown-it-py's documented way to filter links is to replace validateLink on the instance;
    # mypy sees a method there (and its self parameter), hence the ignore.
    md.validateLink = link_allowed  # type: ignore[method-assign,assignment]
    return md


# Digit groups joined by single spaces: "116 123", "1800 333 000", "0477 13 11 14".
_SPACED_NUMBER = re.compile(r"\d+(?:[ \u00a0]\d+)+")


def keep_numbers_in_order(text: str) -> str:
    """Wrap phone numbers written in spaced groups in a left-to-right isolate (U+2066 ... U+2069).

    In a right-to-left sentence the Unicode bidi algorithm treats the space between two digit groups as
    right-to-left, so "116 123" would show as "123 116". Content files may not carry isolate characters
    themselves (the loader refuses them, since they can also hide text), so the renderer adds them.
    """
    return _SPACED_NUMBER.sub(lambda match: left_to_right(match.group(0)), text)


def to_html(text: str) -> str:
    """Block Markdown (paragraphs, lists) to HTML."""
    html: str = _parser().render(keep_numbers_in_order(text))  # markdown-it types its renderer's output as Any
    return html


def to_inline_html(text: str) -> str:
    """One line of Markdown (emphasis, links) to HTML with no wrapping paragraph."""
    html: str = _parser().renderInline(keep_numbers_in_order(text))
    return html
