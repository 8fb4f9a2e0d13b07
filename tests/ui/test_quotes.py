"""Words to say are quoted the way the text's own language quotes.
The logic without Qt is tested in tests/core/test_quotes.py."""

from __future__ import annotations


def test_an_arabic_guide_quotes_its_lines_in_arabic_marks(context):
    from family_guide.ui.content_html import guide_html

    module = context.catalog.modules["gifts-and-money"]
    html = guide_html(module, "ar", "9-12")
    assert "\u00ab" in html and "\u201c" not in html
    assert "\u201c" in guide_html(module, "en", "9-12")
