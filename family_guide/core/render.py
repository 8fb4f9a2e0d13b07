"""Content text (Markdown) to the HTML subset Qt's text widgets show, safely.

Raw HTML is off at the parser, images are not rendered at all, and links are checked
at token level: only https, mailto, tel and in-app targets survive; anything else
becomes plain text. This repeats the load-time checks on purpose (defence in depth).
"""

from __future__ import annotations

from functools import cache

from family_guide.core.text_rules import link_allowed


@cache
def _parser():
    from markdown_it import MarkdownIt  # imported on first use: keeps start-up fast

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(["image", "html_block", "html_inline"])
    md.validateLink = link_allowed
    return md


def to_html(text: str) -> str:
    """Block Markdown (paragraphs, lists) to HTML."""
    return _parser().render(text)


def to_inline_html(text: str) -> str:
    """One line of Markdown (emphasis, links) to HTML with no wrapping paragraph."""
    return _parser().renderInline(text)
