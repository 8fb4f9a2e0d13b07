"""Right to left (Arabic): checklist explanations under their statements, list rows shortened
at their own end line by line, the PDF button's label in order."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from family_guide.core.journal.records import Entry


def test_checklist_explanations_sit_under_the_statement_on_both_sides(qtbot, window, context):
    for language in ("en", "ar"):
        context.set_language(language)
        window.show_section("warning_signs")
        page = window.pages["warning_signs"]
        box = next(iter(page.boxes.values()))
        qtbot.waitUntil(lambda b=box: b.label.width() > 0)
        panel = box.parentWidget()
        below = [w for w in panel.findChildren(QLabel) if w.parent() is panel and w.y() >= box.geometry().bottom()]
        why = min(below, key=lambda w: w.y())  # the explanation right under the first statement
        statement = box.label.mapTo(panel, QPoint(0, 0))
        under = why.mapTo(panel, QPoint(0, 0))
        if language == "ar":  # the box on the right, the text to its left: both end where the statement starts
            assert abs((under.x() + why.width()) - (statement.x() + box.label.width())) <= 2
        else:
            assert abs(under.x() - statement.x()) <= 2


def test_a_narrow_journal_list_keeps_both_lines_of_a_row(qtbot, window, context, journal):
    from family_guide.ui.journal.row_delegate import shortened_lines

    journal.save_entry(Entry("note", "طلب الانتقال إلى Discord", occurred_at=datetime(2026, 11, 20, 21, 30), concern=2))
    context.set_language("ar")
    window.show_section("journal")
    page = window.pages["journal"]
    page.opened()
    index = page.model.index(0)
    option = QStyleOptionViewItem()
    option.initFrom(page.list)
    option.widget = page.list
    option.rect = page.list.visualRect(index).adjusted(0, 0, -page.list.visualRect(index).width() + 120, 0)
    page.list.itemDelegate().initStyleOption(option, index)
    title, details = shortened_lines(option.text, option).split("\u2028")
    assert title.startswith("طلب") and details.startswith("20 نوفمبر") and details.endswith("\u2026")
    hint = page.list.itemDelegate().sizeHint(option, index)
    assert hint.height() >= 2 * option.fontMetrics.lineSpacing()


def test_the_pdf_label_keeps_its_dots_and_letter_in_place_right_to_left(context):
    from family_guide.ui.journal.timeline import pdf_label

    context.set_language("ar")
    label = pdf_label()
    assert "PDF\u200f" in label or "PDF" not in label
    context.set_language("en")
    assert "\u200f" not in pdf_label()
