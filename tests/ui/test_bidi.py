"""Latin words inside right-to-left text keep their order: "(LGBTQ+)" never shows as "(+LGBTQ)".
The logic without Qt is tested in tests/core/test_bidi.py."""

from __future__ import annotations

from family_guide.core.bidi import keep_latin_in_order_html

LRI, PDI = "\u2066", "\u2069"


def _glyph_x(html: str, characters: str) -> dict[str, float]:
    """Where each character is drawn on the first line (x of its glyph), as Qt lays it out."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(2000)
    document.size()  # lays the document out
    block = document.firstBlock()
    text, layout = block.text(), block.layout()
    return {c: layout.glyphRuns(text.index(c), 1)[0].positions()[0].x() for c in characters}


def test_qt_draws_an_isolated_run_in_its_own_order(qapp):
    html = '<div dir="rtl"><p>من مجتمع الميم (LGBTQ+) دون دعم.</p></div>'
    before = _glyph_x(html, "L+")
    assert before["+"] < before["L"]  # the bug: the plus sign drawn before the L, "(+LGBTQ)"
    after = _glyph_x(keep_latin_in_order_html(html, right_to_left=True), "(LQ+)")
    assert after[")"] < after["L"] < after["Q"] < after["+"] < after["("]  # "(LGBTQ+)", read right to left


def test_an_arabic_checklist_and_guide_show_latin_names_in_order(qtbot, window, context):
    from family_guide.ui.content_html import directed

    context.set_language("ar")
    window.show_section("warning_signs")
    page = window.pages["warning_signs"]
    page.show_module("support-needs")
    assert f"({LRI}LGBTQ+{PDI})" in page.boxes["feels-different"].label.text()
    assert f"{LRI}Take It Down{PDI}" in directed("<p>استخدموا Take It Down.</p>", "ar")
    assert "Take It Down" in directed("<p>Use Take It Down.</p>", "en") and LRI not in directed("<p>x y</p>", "hi")


def test_printed_pages_and_slides_isolate_latin_runs_in_the_arabic_text_only(qapp):
    from pathlib import Path

    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from family_guide.core.loader import load_module
    from family_guide.core.workshop.plan import PlanDraft
    from family_guide.ui.printing.pages import PageMaker
    from family_guide.ui.workshop.slides import SlideDeck
    from tests.conftest import MODULES

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    maker = PageMaker(QPdfWriter(buffer))  # a handout's or a journal report's column
    assert f"({LRI}LGBTQ+{PDI})" in maker.doc("<p>من مجتمع الميم (LGBTQ+)</p>", 500, True).toPlainText()
    assert maker.doc("<p>or being LGBTQ+</p>", 500, False).toPlainText() == "or being LGBTQ+"
    plan, _, _ = load_module(Path(MODULES) / "workshop-young-people")
    deck = SlideDeck(PlanDraft.from_module(plan), ["ar"], None)
    slide = [s.id for s in deck.slides].index("getting-pictures-removed")
    assert f"{LRI}Take It Down{PDI}" in deck.layout(slide).blocks[0][0].toPlainText()
