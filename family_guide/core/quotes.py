"""Quotation marks around words to say, in the convention of the text's own language.

The words a parent might say are shown in quotation marks. English curly quotes inside Arabic
text look foreign (Arabic writes «...»), and French sets its guillemets apart with a narrow space.
"""

from __future__ import annotations

NARROW_NBSP = "\u202f"

# Language (its primary subtag) -> opening and closing marks. Languages not listed use “...”:
# English, Spanish as written in the Americas, Portuguese (Brazil), Hindi, Urdu and Swahili.
_MARKS = {
    "ar": ("\u00ab", "\u00bb"),  # « » (in right-to-left text they show the right way round)
    "fr": ("\u00ab" + NARROW_NBSP, NARROW_NBSP + "\u00bb"),  # « ... »
}
_DEFAULT = ("\u201c", "\u201d")
_STRIP = "\"'\u201c\u201d\u00ab\u00bb\u2018\u2019 " + NARROW_NBSP


def quote_marks(language: str) -> tuple[str, str]:
    return _MARKS.get(language.split("-")[0], _DEFAULT)


def quoted(text: str, language: str) -> str:
    """``text`` in the language's quotation marks; marks the text already has are not doubled."""
    opening, closing = quote_marks(language)
    return f"{opening}{text.strip(_STRIP)}{closing}"
