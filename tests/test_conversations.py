"""Conversation guides: complete content, plain English, the reader, "we talked about this" and the plan."""

from __future__ import annotations

import statistics
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from family_guide.core.constants import AGE_BANDS
from family_guide.core.guides import band_for_age, matches
from family_guide.core.journal.records import Child
from family_guide.core.loader import load_catalog
from family_guide.core.model import GuideText
from family_guide.core.plan import A_YEAR, NEVER, NEW_APP, NEW_BAND, Talk, plan_for
from family_guide.ui.journal.dialogs import SaveToJournalDialog
from tests.conftest import MODULES, on_modal
from tests.readability import ACTION_SECTIONS, action_sections, grade, guide_text

CATALOG = load_catalog([(MODULES, "bundled")])
GUIDES = CATALOG.of_kind("guide")
SECTIONS = (*GuideText.REQUIRED, "before_you_start", "follow_up", "signs_to_watch")
MAX_GRADE = 8.0


def test_thirteen_topics_for_three_age_bands():
    assert len(GUIDES) >= 13
    assert sum(len(m.manifest.age_bands) for m in GUIDES) >= 36
    assert all(m.manifest.age_bands == list(AGE_BANDS) for m in GUIDES)


@pytest.mark.parametrize("module", GUIDES, ids=lambda m: m.id)
def test_every_band_has_every_section_in_every_declared_language(module):
    for language in module.manifest.languages:
        text = module.texts[language]
        for band in module.manifest.age_bands:
            guide = text.guides.get(band)
            assert guide is not None, f"{language} {band}: missing"
            if guide.instead:
                continue
            empty = [s for s in SECTIONS if not getattr(guide, s)]
            assert not empty, f"{language} {band}: empty sections {empty}"
            assert len(guide.if_child_says) >= 3, f"{language} {band}"
            assert (
                "module:" in guide.signs_to_watch and "-signs" in guide.signs_to_watch
            ) or "module:" in guide.signs_to_watch
            assert "help:" in guide.get_help, f"{language} {band}: get_help must link Get help"


@pytest.mark.parametrize("module", GUIDES, ids=lambda m: m.id)
def test_signs_link_a_checklist_and_sources_are_cited(module):
    checklists = {m.id for m in CATALOG.of_kind("checklist")}
    for band in module.manifest.age_bands:
        signs = module.texts["en"].guides[band].signs_to_watch
        assert any(f"module:{c}" in signs for c in checklists), band
    assert len(module.manifest.sources) >= 2
    assert all(s.url.startswith("https://") for s in module.manifest.sources)
    assert module.manifest.reviewed.year >= 2026


@pytest.mark.parametrize("module", GUIDES, ids=lambda m: m.id)
def test_bands_are_adapted_not_copied(module):
    bands = [module.texts["en"].guides[b] for b in module.manifest.age_bands]
    for field in ("why_it_matters", "opening_lines", "key_messages", "questions"):
        values = [str(getattr(g, field)) for g in bands]
        assert len(set(values)) == len(values), field


def test_english_reads_at_grade_eight_or_lower():
    """Flesch-Kincaid grade of each English guide text; `python -m tests.readability` prints the figures."""
    report = []
    for module in GUIDES:
        for band in module.manifest.age_bands:
            value = grade(guide_text(module.texts["en"].guides[band]))
            report.append((module.id, band, value))
    too_hard = [(m, b, round(v, 1)) for m, b, v in report if v > MAX_GRADE]
    assert not too_hard
    assert all(v > 0 for _, _, v in report)  # the measure really ran


def test_sections_a_parent_acts_on_read_at_grade_six_median_and_eight_at_worst():
    """Why it matters, the notes for the adult, afterwards and getting help (docs/readability.md)."""
    figures: dict[str, list[float]] = {name: [] for name in ACTION_SECTIONS}
    for module in GUIDES:
        for band in module.manifest.age_bands:
            for name, text in action_sections(module.texts["en"].guides[band]).items():
                if text:
                    figures[name].append(grade(text))
    for name, values in figures.items():
        assert len(values) >= 30, name  # nearly every band has each section (a few have no notes)
        assert statistics.median(values) <= 6.0, (name, statistics.median(values))
        assert max(values) <= 8.0, (name, max(values))


def test_readability_measure_tells_easy_from_hard():
    easy = "We can talk. You are safe. Tell me if you feel bad."
    hard = (
        "Comprehensive institutional safeguarding frameworks necessitate interdisciplinary collaboration "
        "between organisational stakeholders and statutory authorities."
    )
    assert grade(easy) < 3 < 14 < grade(hard)


def test_band_for_age():
    assert [band_for_age(a) for a in (4, 5, 8, 9, 12, 13, 17, 18)] == [
        None,
        "5-8",
        "5-8",
        "9-12",
        "9-12",
        "13-17",
        "13-17",
        None,
    ]


def test_search_finds_a_phrase_in_any_language_without_accents():
    sextortion = CATALOG.modules["sextortion"]
    assert matches(sextortion, "en", "take it down")
    assert matches(sextortion, "en", "TAKE it")
    assert not matches(sextortion, "en", "take it down zebra")
    assert matches(sextortion, "es", "sextorsion")  # written "sextorsión"


# -- the plan ----------------------------------------------------------------------

GUIDE_BANDS = {"a": ["5-8", "9-12", "13-17"], "b": ["9-12", "13-17"], "c": ["13-17"]}


def statuses(birth_year, talks, today, apps_changed=None):
    band, items = plan_for(birth_year, GUIDE_BANDS, talks, today, apps_changed)
    return band, {s.module_id: s.due_reason for s in items}


def test_plan_across_a_birthday():
    talks = {"a": Talk(datetime(2026, 6, 1), "9-12"), "b": Talk(datetime(2026, 6, 1), "9-12")}
    band, status = statuses(2014, talks, date(2026, 12, 31))  # turns 12 this year
    assert band == "9-12" and status == {"a": None, "b": None}
    band, status = statuses(2014, talks, date(2027, 1, 1))  # turns 13: a new age band
    assert band == "13-17"
    assert status == {"a": NEW_BAND, "b": NEW_BAND, "c": NEVER}


def test_plan_topics_come_back_after_a_year_and_after_a_new_app():
    talks = {"a": Talk(datetime(2025, 6, 1), "9-12"), "b": Talk(datetime(2026, 3, 1), "9-12")}
    _, status = statuses(2016, talks, date(2026, 5, 31))
    assert status == {"a": None, "b": None}
    _, items = plan_for(2016, GUIDE_BANDS, talks, date(2026, 5, 31))
    assert {s.module_id: s.next_due for s in items} == {"a": date(2026, 6, 1), "b": date(2027, 3, 1)}
    _, status = statuses(2016, talks, date(2026, 6, 1))
    assert status == {"a": A_YEAR, "b": None}
    _, status = statuses(2016, talks, date(2026, 5, 1), apps_changed=datetime(2026, 4, 1))
    assert status == {"a": NEW_APP, "b": NEW_APP}
    assert statuses(2016, {}, date(2026, 5, 1))[1] == {"a": NEVER, "b": NEVER}
    assert statuses(2023, {}, date(2026, 5, 1)) == (None, {})  # 3 this year: no guides yet


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
    assert "Next to talk about" in folded and "11 more topic" in folded
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
