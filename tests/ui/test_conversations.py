"""Conversation guides: complete content, plain English, the reader, "we talked about this" and the plan.
The logic without Qt is tested in tests/core/test_conversations.py."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from family_guide.core.constants import AGE_BANDS
from family_guide.core.guides import matches
from family_guide.core.journal.records import Child
from family_guide.core.plan import Talk, plan_for
from family_guide.ui.journal.dialogs import SaveToJournalDialog
from tests.conftest import bundled_catalog
from tests.ui.conftest import on_modal

CATALOG = bundled_catalog()
GUIDES = CATALOG.of_kind("guide")


# -- the plan ----------------------------------------------------------------------


def test_a_new_app_is_recorded_when_the_profile_changes(journal):
    child = Child("Sam", 2014, ["Roblox"])
    journal.save_child(child)
    assert journal.children()[0].apps_changed_at is None
    child.apps = ["Roblox", "Discord"]
    journal.save_child(child)
    assert journal.children()[0].apps_changed_at is not None


# -- the reader ----------------------------------------------------------------------


@pytest.fixture
def reader(qtbot, window):
    qtbot.waitUntil(window.isActiveWindow)  # keys reach a window only once it is active
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "conversations"
    return window.pages["conversations"]


def test_reader_lists_the_guides_for_an_age(reader):
    for band in AGE_BANDS:
        reader.age.setCurrentIndex(reader.age.findData(band))
        assert sorted(reader.visible_guides()) == sorted(m.id for m in GUIDES if band in m.manifest.age_bands)
        assert f"Ages \u2066{band}\u2069" in reader.view.toPlainText()  # isolated: stays 9-12 in Arabic


def test_reader_follows_a_child_profile(reader, context, journal):
    journal.save_child(Child("Mia", date.today().year - 6))
    context.journal_session.changed.emit()
    index = reader.age.findText("Mia (6 this year)")
    assert index > 0
    reader.age.setCurrentIndex(index)
    assert reader.band == "5-8" and reader.child_id == journal.children()[0].id
    context.journal_session.lock()
    assert reader.age.findText("Mia (6 this year)") < 0  # nicknames leave the screen on lock
    assert reader.band == "5-8"


def test_reader_filters_by_topic_audience_and_search(qtbot, reader):
    reader.topic.setCurrentIndex(reader.topic.findData("sextortion"))
    shown = reader.visible_guides()
    assert "sextortion" in shown and "online-friends" not in shown
    assert sorted(shown) == sorted(m.id for m in GUIDES if "sextortion" in m.manifest.topics)
    reader.topic.setCurrentIndex(0)
    reader.audience.setCurrentIndex(reader.audience.findData("leader"))
    assert len(reader.visible_guides()) == len([m for m in GUIDES if "leader" in m.manifest.audiences])
    reader.audience.setCurrentIndex(0)
    qtbot.keyClicks(reader.search, "Code Word")
    expected = sorted(m.id for m in GUIDES if matches(m, "en", "code word"))
    assert expected == ["after-coming-home", "meeting-in-person", "too-good-to-be-true"]
    assert sorted(reader.visible_guides()) == expected
    reader.search.setText("zzzz-no-such-words")
    assert reader.visible_guides() == [] and reader.empty.isVisibleTo(reader)


def test_answers_are_revealed_one_at_a_time(reader):
    reader.show_module("online-friends", "5-8")
    guide = CATALOG.modules["online-friends"].texts["en"].guides["5-8"]
    first, second = (p.you_might_say.split("\n")[0].strip() for p in guide.if_child_says[:2])
    text = reader.view.toPlainText()
    assert guide.if_child_says[0].says.strip('"') in text
    assert first not in text and text.count("Show what you might say") == len(guide.if_child_says)
    reader.view.anchorClicked.emit(QUrl("reveal:0"))
    text = reader.view.toPlainText()
    assert first in text and second not in text
    reader.show_all.click()
    assert second in reader.view.toPlainText() and "Show what you might say" not in reader.view.toPlainText()


def test_a_note_for_the_adult_is_shown_apart_from_the_words_to_say(qtbot, reader):
    reader.show_module("gifts-and-money", "5-8")
    answer = CATALOG.modules["gifts-and-money"].texts["en"].guides["5-8"].if_child_says[0]
    note = " ".join(answer.adult_note.split())  # "Write down the username and the game, ..."
    said = " ".join(answer.you_might_say.split()[-4:])  # the last words to say
    assert note not in reader.view.toPlainText()  # hidden with its answer
    reader.view.anchorClicked.emit(QUrl("reveal:0"))
    lines = [line for line in reader.view.toPlainText().splitlines() if line.strip()]
    at = next(i for i, line in enumerate(lines) if line.endswith(said))
    assert lines[at + 1] == f"For you, not to say to your child: {note}"  # its own block, labelled
    assert "For you" not in lines[at] and "(For you" not in reader.view.toPlainText()
    assert reader.view.toHtml().count("For you, not to say to your child:") == 1
    qtbot.mouseClick(reader.show_all, Qt.MouseButton.LeftButton)
    notes = [p for p in CATALOG.modules["gifts-and-money"].texts["en"].guides["5-8"].if_child_says if p.adult_note]
    assert reader.view.toPlainText().count("For you, not to say to your child:") == len(notes) >= 2


def test_reader_keeps_lines_to_a_comfortable_length(qtbot, reader, context):
    view = reader.view
    chars = lambda: view.fontMetrics().averageCharWidth() * 72  # noqa: E731
    assert view.viewport().width() > chars()  # the window is wider than a comfortable line
    assert abs(view.reading_width() - chars()) <= 1
    assert view.document().rootFrame().frameFormat().rightMargin() > 6  # spare room on the trailing side
    before = view.reading_width()
    context.update_settings(text_scale=125)
    qtbot.waitUntil(lambda: view.reading_width() != before, timeout=2000)  # grows with the text size
    assert abs(view.reading_width() - min(chars(), view.viewport().width() - 12)) <= 1
    context.update_settings(text_scale=100)
    frame = lambda: view.document().rootFrame().frameFormat()  # noqa: E731 (the document changes)
    assert abs(frame().leftMargin() - frame().rightMargin()) <= 1  # the column is centred (docs/design.md)
    context.set_language("ar")  # right to left: centred too
    qtbot.waitUntil(lambda: view.layoutDirection() == Qt.LayoutDirection.RightToLeft, timeout=2000)
    assert frame().leftMargin() > 6 and abs(frame().leftMargin() - frame().rightMargin()) <= 1


def test_links_between_guides_and_to_checklists_work(reader, window):
    reader.show_module("online-friends", "9-12")
    reader.view.anchorClicked.emit(QUrl("module:grooming-signs"))
    assert window.current_section() == "warning_signs"
    window.show_module("sextortion", "13-17")
    assert window.current_section() == "conversations" and reader.band == "13-17"
    assert "Sextortion" in reader.view.toPlainText()


def test_we_talked_about_this_writes_a_conversation_record(qtbot, reader, context, journal):
    sam = journal.save_child(Child("Sam", date.today().year - 10))
    context.journal_session.changed.emit()
    reader.age.setCurrentIndex(reader.age.findText("Sam (10 this year)"))
    reader.show_module("gifts-and-money")

    def save(dialog):
        assert dialog.child.currentData() == sam  # the child being read for
        qtbot.keyClicks(dialog.note, "He laughed, but listened")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_modal(save, SaveToJournalDialog)
    qtbot.mouseClick(reader.talked, Qt.MouseButton.LeftButton)
    [row] = journal.rows()
    entry = journal.entry(row.id)
    assert entry.kind == "conversation" and entry.child_id == sam
    assert entry.details == {"module": "gifts-and-money", "band": "9-12"}
    assert entry.body == "He laughed, but listened"
    assert journal.conversations(sam)["gifts-and-money"][1] == "9-12"


def test_cancelling_we_talked_about_this_writes_nothing(reader, journal):
    on_modal(lambda dialog: dialog.reject(), SaveToJournalDialog)
    reader.talked.click()
    assert journal.count() == 0


def test_we_talked_about_this_offers_a_journal_when_there_is_none(reader, context):
    asked = []

    def decline(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    on_modal(decline, QMessageBox)
    reader.talked.click()
    assert "private journal" in asked[0] and not context.journal_session.exists()


def test_home_shows_the_plan_only_while_the_journal_is_open(qtbot, window, context, journal):
    sam = journal.save_child(Child("Sam", date.today().year - 10))
    from family_guide.core.journal.records import Entry

    journal.save_entry(Entry("conversation", "t", child_id=sam, details={"module": "online-friends", "band": "9-12"}))
    context.journal_session.changed.emit()
    window.show_section("home")
    home = window.pages["home"]
    text = home.plan_view.toPlainText()
    assert "Sam, 10 this year" in text
    assert f"1 of {len(GUIDES)} topics talked about for ages \u20669-12\u2069" in text  # every guide has 9-12
    assert "Next to talk about" in text and "Not talked about yet at this age" in text
    home.plan_view.anchorClicked.emit(QUrl("module:sextortion#9-12"))
    assert window.current_section() == "conversations"
    context.journal_session.lock()
    assert "Sam" not in home.plan_view.toPlainText() and not home.plan_view.isVisibleTo(home)
    assert "Unlock your journal" in home.plan_note.text()


def test_home_shows_each_childs_next_topics_first_and_folds_the_rest(qtbot, window, context, journal):
    from family_guide.ui.pages.home import NEXT_TOPICS

    journal.save_child(Child("Sam", date.today().year - 10))
    context.journal_session.changed.emit()
    window.show_section("home")
    home = window.pages["home"]
    layout = home.layout()
    assert layout.indexOf(home.plan_box) == 1  # right under the title, before the introduction
    folded = home.plan_view.toPlainText()
    assert "Next to talk about" in folded and f"{len(GUIDES) - 2} more topic" in folded
    assert "Due now" not in folded and "Talked about" not in folded
    links = [f for f in home.plan_view.toHtml().split('href="module:')[1:]]
    assert len(links) == NEXT_TOPICS
    assert home.show_all.isVisible()
    qtbot.mouseClick(home.show_all, Qt.MouseButton.LeftButton)  # Show all
    unfolded = home.plan_view.toPlainText()
    assert "Due now" in unfolded and unfolded.count("Not talked about yet at this age") > NEXT_TOPICS
    assert "&fewer" in home.show_all.text()
    qtbot.keyClick(home.show_all, Qt.Key.Key_Space)  # and folded again, by keyboard
    assert "Due now" not in home.plan_view.toPlainText()
    context.journal_session.lock()
    assert layout.indexOf(home.plan_box) == 2 and not home.show_all.isVisibleTo(home)  # after the introduction


def test_guides_and_the_plan_follow_the_suggested_order(reader):
    assert reader.visible_guides()[0] == "online-friends"  # order: 10 in its module.yaml
    orders = [m.manifest.order for m in CATALOG.of_kind("guide")]
    assert orders == sorted(orders) and None not in orders
    _, items = plan_for(
        2016, {"c": ["9-12"], "a": ["9-12"], "b": ["9-12"]}, {"a": Talk(datetime(2026, 3, 1), "9-12")}, date(2026, 5, 1)
    )
    assert [s.module_id for s in items] == ["c", "b", "a"]  # never talked about, in the given order, then done


def test_guide_cards_are_never_narrower_than_their_longest_word(qtbot, reader, context):
    """Lines wrap only between words: a card narrower than a word cut it ("Conversation" for
    "Conversations" in French at 1100 px). The list keeps itself as wide as its longest word,
    in any language and at any text size."""
    guides = reader.guides

    def longest_word_fits() -> bool:
        metrics = guides.fontMetrics()
        room = guides.viewport().width() - 2 * guides.spacing() - 2 * 10  # the card's padding
        words = [w for row in range(guides.count()) for w in guides.item(row).text().split()]
        return bool(words) and max(metrics.horizontalAdvance(w) for w in words) <= room

    for language, scale in (("fr", 100), ("fr", 200), ("hi", 200), ("en", 100)):
        context.set_language(language)
        context.update_settings(text_scale=scale)
        qtbot.waitUntil(longest_word_fits, timeout=3000)
    context.update_settings(text_scale=100)
