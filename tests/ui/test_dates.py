"""One date rule everywhere: the month as a word, a 4-digit year, Western digits in every language."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from family_guide.core.journal.records import Child, Entry
from family_guide.ui import dates

WHEN = datetime(2026, 3, 4, 21, 30)  # 03/04: ambiguous as numbers, never as words


def foreign_digits(text: str) -> list[str]:
    return [c for c in text if c.isdigit() and c not in "0123456789"]


@pytest.mark.parametrize(
    ("language", "month"),
    [
        ("en", "March"),
        ("es", "marzo"),
        ("ar", "مارس"),
        ("hi", "मार्च"),
        ("pt-BR", "março"),
        ("fr", "mars"),
        ("ur", "مارچ"),
        ("sw", "Machi"),
    ],
)
def test_dates_name_the_month_and_use_western_digits(language, month):
    locale = QLocale(language)
    text = dates.format_datetime(WHEN, locale=locale)
    assert month in text and "2026" in text and "4" in text
    assert "03" not in text and "/" not in text
    assert foreign_digits(text) == []
    assert foreign_digits(dates.format_datetime(WHEN, long=False, locale=locale)) == []


def test_urdu_joins_date_and_time_with_the_arabic_comma():
    assert "\u060c " + dates.format_time(WHEN, QLocale("ur")) in dates.format_datetime(WHEN, locale=QLocale("ur"))
    assert ", " + dates.format_time(WHEN, QLocale("sw")) in dates.format_datetime(WHEN, locale=QLocale("sw"))


def test_the_arabic_locale_with_western_digits_names_the_months_alike():
    default, western = QLocale("ar"), dates.date_locale(QLocale("ar"))
    assert western.zeroDigit() == "0"
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        assert [default.monthName(m, form) for m in range(1, 13)] == [western.monthName(m, form) for m in range(1, 13)]


def test_the_journal_list_editor_and_report_follow_the_rule_in_arabic(qtbot, window, context, journal):
    from family_guide.ui.journal.report import report_html

    sam = journal.save_child(Child("Sam", 2014, []))
    entry = Entry("note", "First", "", WHEN, sam)
    journal.save_entry(entry)
    context.set_language("ar")
    window.show_section("journal")
    page = window.pages["journal"]
    page.opened()
    page.select(entry.id)
    row_text = page.model.index(0).data()
    assert "مارس" in row_text and "2026" in row_text and foreign_digits(row_text) == []
    # Right to left, the date box shows the year first in digits, left to right (Qt reverses
    # the sections of a right-to-left date box: "30:21" for 21:30).
    assert page.editor.when.text() == "2026-03-04 21:30"
    assert page.editor.when.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert page.editor.when.dateTime().toPython() == WHEN  # the display changed, not the value
    html = report_html(context, journal, None)
    assert dates.format_datetime(WHEN) in html and foreign_digits(html) == []


def test_save_to_journal_date_box_follows_the_rule(qtbot, context, journal):
    from family_guide.ui.journal.dialogs import SaveToJournalDialog

    context.set_language("hi")
    dialog = SaveToJournalDialog(context.journal_session, Entry("conversation", "A talk", occurred_at=WHEN), "")
    qtbot.addWidget(dialog)
    assert "MMM" in dialog.when.displayFormat() and "yyyy" in dialog.when.displayFormat()
    assert "2026" in dialog.when.text() and "03" not in dialog.when.text()
