"""The one translation marker the Qt-free core uses.

Labels defined in the core (topics, needs, country roles) are marked so that lupdate finds them; the UI
translates them when it shows them, since the core never imports Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text
