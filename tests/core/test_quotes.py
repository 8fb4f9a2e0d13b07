"""Words to say are quoted the way the text's own language quotes.
Its screens are tested in tests/ui/test_quotes.py (Qt)."""

from __future__ import annotations

from family_guide.core.quotes import quoted


def test_each_language_gets_its_own_quotation_marks():
    assert quoted("Can you show me?", "en") == "\u201cCan you show me?\u201d"
    assert quoted("هل تريني؟", "ar") == "\u00abهل تريني؟\u00bb"
    assert quoted("Tu me montres ?", "fr") == "\u00ab\u202fTu me montres ?\u202f\u00bb"
    assert quoted("Você me mostra?", "pt-BR") == "\u201cVocê me mostra?\u201d"


def test_marks_already_in_the_text_are_not_doubled():
    assert quoted('"Hello"', "en") == "\u201cHello\u201d"
    assert quoted("\u00abمرحبا\u00bb", "ar") == "\u00abمرحبا\u00bb"
