"""Latin words, addresses and numbers kept in their own order inside right-to-left text.

In an Arabic sentence the Unicode bidi algorithm gives a Latin run's trailing symbols and the
spaces between its words the Arabic direction: "(LGBTQ+)" shows as "(+LGBTQ)" and "Take It
Down" can come apart. Wrapping each Latin run in a left-to-right isolate (U+2066 ... U+2069)
keeps it whole; Qt honours isolates (``<span dir=ltr>`` it does not). Content files may not
carry isolates themselves (the loader refuses invisible characters, which can also hide text),
so the app adds them when it shows right-to-left text: one function for every view, handout
and slide.
"""

from __future__ import annotations

import re

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ISOLATES = LRI + RLI + FSI + PDI

_L = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # Latin letters (with accents) and digits 0-9
# Symbols that belong to a Latin run when a letter or digit follows: the dot of an address, the @
# of an e-mail, the + of "C++", the hyphen and slash of "1-800" and "24/7". "&amp;" is "&" in HTML.
_INNER = r"(?:&amp;|&(?!#?[A-Za-z0-9]+;)|[+.\-/@_:'\u2019=?%#~])"
_LEAD = "+@#"  # "+44 20 ...", "@name", "#tag"
_TRAIL = "+#%/"  # "LGBTQ+", "C#", "50%", "https://example.org/"; never a full stop or a comma
_WORD = rf"[{_LEAD}]?[{_L}](?:[{_L}]|{_INNER}+[{_L}])*[{_TRAIL}]*"
# A character reference is matched first, so the digits of "&#8220;" are never taken for a run.
# Words joined by spaces, or by a Latin comma and a space ("Police, ambulance and fire": an English
# phrase; Arabic writes its own comma "،", which ends a run). Latin words in brackets after a Latin
# name belong to it ("Take It Down (NCMEC)"); brackets that open a run stay outside it, so "(LGBTQ+)"
# in an Arabic sentence keeps its brackets on the Arabic side, mirrored as Arabic brackets are.
# Words joined by " & " are one name too ("988 Suicide & Crisis Lifeline"): split there, the two
# halves showed in swapped places in Arabic and Urdu ("Crisis Lifeline & 988 Suicide").
_JOIN = r"(?:,?[ \u00a0]|[ \u00a0](?:&amp;|&)[ \u00a0])"
_WORDS = rf"{_WORD}(?:{_JOIN}{_WORD})*"
# Patterns as strings, compiled on first use by re's own cache: this module is imported before the
# first paint, and compiling _RUN there cost ~3 ms of every start.
_RUN = rf"(&#?[A-Za-z0-9]+;)|{_WORD}(?:{_JOIN}(?:{_WORD}|\({_WORDS}\)))*"
_ISOLATE_CHAR = f"([{ISOLATES}])"
_TAG = r"(<[^>]*>)"
_TAG_NAME = r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)"
_DIRECTION = r"""(?i)\sdir\s*=\s*["']?(rtl|ltr)"""
_VOID = frozenset({"area", "base", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"})


def left_to_right(text: str) -> str:
    """``text`` in a left-to-right isolate: a number, date or address that must read left to right
    inside a sentence of either direction."""
    return f"{LRI}{text}{PDI}"


def _wrap(match: re.Match[str]) -> str:
    return match.group(1) or left_to_right(match.group(0))


class _Isolator:
    """Wraps runs in one text after another, remembering isolates left open across them (an
    isolate may open in one text node and close after a tag)."""

    def __init__(self) -> None:
        self.depth = 0

    def text(self, text: str, right_to_left: bool) -> str:
        out = []
        for piece in re.split(_ISOLATE_CHAR, text):
            if not piece:
                continue
            if piece in (LRI, RLI, FSI):
                self.depth += 1
                out.append(piece)
            elif piece == PDI:
                self.depth = max(0, self.depth - 1)
                out.append(piece)
            elif right_to_left and self.depth == 0:  # already isolated text keeps its own direction
                out.append(re.sub(_RUN, _wrap, piece))
            else:
                out.append(piece)
        return "".join(out)


def keep_latin_in_order(text: str, right_to_left: bool = True) -> str:
    """Plain ``text`` with every Latin run (words, addresses, e-mails, numbers) in a left-to-right
    isolate when the text is right to left; left-to-right text is returned as it is."""
    if not right_to_left:
        return text
    return _Isolator().text(text, True)


def keep_latin_in_order_html(html: str, right_to_left: bool) -> str:
    """The same for our own HTML: only text between tags changes, never a tag or an attribute,
    and the direction follows the ``dir`` of the elements: a block marked ``dir="ltr"`` (English shown
    for a missing translation) is left as it is, one marked ``dir="rtl"`` in a left-to-right page is not."""
    isolator = _Isolator()
    open_elements: list[tuple[str, bool]] = []  # (tag name, right to left) of each element still open
    out = []
    for part in re.split(_TAG, html):
        if not part:
            continue
        if not part.startswith("<"):
            here = open_elements[-1][1] if open_elements else right_to_left
            out.append(isolator.text(part, here))
            continue
        out.append(part)
        name_match = re.match(_TAG_NAME, part)
        if name_match is None:
            continue
        closing, name = name_match.group(1), name_match.group(2).lower()
        if closing:
            names = [n for n, _ in open_elements]
            if name in names:  # close it and anything left open inside it
                del open_elements[len(names) - 1 - names[::-1].index(name) :]
        elif name not in _VOID and not part.rstrip(">").rstrip().endswith("/"):
            direction = re.search(_DIRECTION, part)
            inherited = open_elements[-1][1] if open_elements else right_to_left
            open_elements.append((name, direction.group(1).lower() == "rtl" if direction else inherited))
    return "".join(out)


def without_isolates(text: str) -> str:
    """``text`` without the isolate characters the app added (what a voice should read)."""
    return text.translate(_NO_ISOLATES)


_NO_ISOLATES = {ord(c): None for c in ISOLATES}
