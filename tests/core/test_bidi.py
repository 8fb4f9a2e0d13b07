"""Latin words inside right-to-left text keep their order: "(LGBTQ+)" never shows as "(+LGBTQ)".
Its screens are tested in tests/ui/test_bidi.py (Qt)."""

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
        # One name across " & ": split, its halves showed swapped ("Crisis Lifeline & 988 Suicide").
        ("اتصلوا بـ 988 Suicide & Crisis Lifeline الآن", f"اتصلوا بـ {LRI}988 Suicide & Crisis Lifeline{PDI} الآن"),
        ("Sam & سارة", f"{LRI}Sam{PDI} & سارة"),  # an "&" before Arabic stays Arabic
    ],
)
def test_latin_runs_in_right_to_left_text_are_isolated(text, expected):
    assert keep_latin_in_order(text) == expected
    assert keep_latin_in_order(expected) == expected  # a second pass changes nothing


def test_a_name_with_an_ampersand_is_one_run_in_html_too():
    html = "<b>988 Suicide &amp; Crisis Lifeline</b> (خط الوقاية)"
    expected = f"<b>{LRI}988 Suicide &amp; Crisis Lifeline{PDI}</b> (خط الوقاية)"
    assert keep_latin_in_order_html(html, True) == expected


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
