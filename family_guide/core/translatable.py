"""The one translation marker the Qt-free core uses, and ``fill`` for a translated string's %1, %2...

Labels defined in the core (topics, needs, country roles) are marked so that lupdate finds them; the UI
translates them when it shows them, since the core never imports Qt.
"""

from __future__ import annotations

import re


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text


# %1..%99, as QString.arg numbers them. One pass over the text, so a value that itself holds "%2"
# is never substituted again (the chained str.replace("%1", ...).replace("%2", ...) it replaces did).
_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(text: str, *args: object) -> str:
    """Put ``args`` into ``text``'s %1, %2... in one step (a translated string's placeholders).

    Markers with no matching argument (``%5`` with two arguments) are left as they are, and so is a lone
    ``%`` (``"%1%"`` with 100 gives ``"100%"``). Arguments are turned into text with ``str``.
    """
    values = [str(arg) for arg in args]

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
