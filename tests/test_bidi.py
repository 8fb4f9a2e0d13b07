"""Latin words inside right-to-left text keep their order: "(LGBTQ+)" never shows as "(+LGBTQ)"."""

from __future__ import annotations

import pytest

from family_guide.core.bidi import keep_latin_in_order, keep_latin_in_order_html, without_isolates
from family_guide.core.read_aloud import Block, reading_order

LRI, PDI = "\u2066", "\u2069"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("من مجتمع الميم (LGBTQ+) دون دعم.", f"من مجتمع الميم ({LRI}LGBTQ+{PDI}) دون دعم."),
        ("استخدموا Take It Down لإزالة الصور.", f"استخدموا {LRI}Take It Down{PDI} لإزالة الصور."),
        (
            "زوروا https://takeitdown.ncmec.org/ اليوم.",
            f"زوروا {LRI}https://takeitdown.ncmec.org/{PDI} اليوم.",
        ),
        ("اكتبوا إلى help@example.org.", f"اكتبوا إلى {LRI}help@example.org{PDI}."),  # the full stop stays Arabic
        ("اتصلوا بالرقم +44 20 7946 أو 24/7", f"اتصلوا بالرقم {LRI}+44 20 7946{PDI} أو {LRI}24/7{PDI}"),
        ("اتصلوا \u2066116 123\u2069 الآن", "اتصلوا \u2066116 123\u2069 الآن"),  # already isolated: once only
        ("اسمه \u2068Sam B.\u2069 هنا", "اسمه \u2068Sam B.\u2069 هنا"),
        ("لا شيء لاتيني هنا.", "لا شيء لاتيني هنا."),
        ("الطوارئ (Police, ambulance and fire): 911", f"الطوارئ ({LRI}Police, ambulance and fire{PDI}): {LRI}911{PDI}"),
        ("مثل Snapchat، وRoblox", f"مثل {LRI}Snapchat{PDI}، و{LRI}Roblox{PDI}"),
        ("اطلبوا من Take It Down (NCMEC) إزالتها", f"اطلبوا من {LRI}Take It Down (NCMEC){PDI} إزالتها"),
        ("Report Remove (المملكة المتحدة)", f"{LRI}Report Remove{PDI} (المملكة المتحدة)"),
    ],
)
def test_latin_runs_in_right_to_left_text_are_isolated(text, expected):
    assert keep_latin_in_order(text) == expected
    assert keep_latin_in_order(expected) == expected  # a second pass changes nothing


def test_left_to_right_text_is_left_as_it_is():
    hindi = "या LGBTQ+ होने की वजह से, Take It Down पर जाएँ।"
    assert keep_latin_in_order(hindi, right_to_left=False) == hindi
    assert keep_latin_in_order_html(f"<p>{hindi}</p>", right_to_left=False) == f"<p>{hindi}</p>"


def test_only_text_between_tags_changes():
    html = (
        '<p style="-qt-user-state:1048601"><a href="https://www.ncmec.org/x">NCMEC</a> &#8220;قل: Take It&amp;Down'
        "&#8221;<br/>AT&amp;T</p>"
    )
    assert keep_latin_in_order_html(html, right_to_left=True) == (
        f'<p style="-qt-user-state:1048601"><a href="https://www.ncmec.org/x">{LRI}NCMEC{PDI}</a> &#8220;قل: '
        f"{LRI}Take It&amp;Down{PDI}&#8221;<br/>{LRI}AT&amp;T{PDI}</p>"
    )


def test_blocks_keep_the_direction_they_are_marked_with():
    html = '<div dir="rtl"><p>عربي (LGBTQ+)</p><div dir="ltr"><p>English (LGBTQ+)</p></div><p>C++</p></div>'
    assert keep_latin_in_order_html(html, right_to_left=False) == (
        f'<div dir="rtl"><p>عربي ({LRI}LGBTQ+{PDI})</p><div dir="ltr"><p>English (LGBTQ+)</p></div>'
        f"<p>{LRI}C++{PDI}</p></div>"
    )


def test_read_aloud_reads_the_words_without_the_isolates():
    text = keep_latin_in_order("من مجتمع الميم (LGBTQ+) هنا. استخدموا Take It Down.")
    sentences = reading_order([Block(0, text, "ar")])
    assert [s.text for s in sentences] == ["من مجتمع الميم (LGBTQ+) هنا.", "استخدموا Take It Down."]
    assert sentences[1].end == len(text)  # the highlight still spans the text as shown
    assert without_isolates(text) == "من مجتمع الميم (LGBTQ+) هنا. استخدموا Take It Down."


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
