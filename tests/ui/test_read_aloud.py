"""Read aloud: the order of sentences, the words to say without the adult's notes, the highlight
that follows the voice, pause, stop, speed and languages with no voice, through a fake engine.
The logic without Qt is tested in tests/core/test_read_aloud.py."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from family_guide.core import read_aloud
from family_guide.ui.speech import FakeSpeechEngine, MacSayEngine, SapiEngine, SpdSayEngine
from tests.conftest import without_language

# -- what is read (no Qt) -------------------------------------------------------------


def test_each_engine_is_asked_for_the_voice_of_the_language_and_region(monkeypatch):
    """speech-dispatcher takes BCP-47 codes; macOS and Windows pick a Brazilian voice for pt-BR
    where there is one, else any Portuguese voice."""
    import subprocess

    from family_guide.ui import speech

    for language in ("pt-BR", "fr", "ur", "sw"):
        args = SpdSayEngine("spd-say").arguments("Olá.", language, 0.0)
        assert args[args.index("-l") + 1] == language
    mac_listing = "Joana   pt_PT    # Olá\nLuciana   pt_BR    # Olá\nThomas   fr_FR    # Bonjour\n"
    monkeypatch.setattr(speech.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout=mac_listing))
    mac = MacSayEngine("say")
    assert mac.arguments("Olá.", "pt-BR", 0.0)[:2] == ["-v", "Luciana"]
    assert mac.arguments("Olá.", "pt", 0.0)[:2] == ["-v", "Joana"]
    assert mac.arguments("Bonjour.", "fr", 0.0)[:2] == ["-v", "Thomas"]
    assert mac.arguments("Habari.", "sw", 0.0)[0] == "-r"  # no Swahili voice: the default one
    script = SapiEngine("powershell").arguments("Olá.", "pt-BR", 0.0)[-1]
    assert "Culture.Name -eq 'pt-BR'" in script and "TwoLetterISOLanguageName -eq 'pt'" in script
    assert "'ur'" in SapiEngine("powershell").arguments("ہاں۔", "ur", 0.0)[-1]


def test_system_voice_listings_are_understood():
    spd = "NAME   LANGUAGE   VARIANT\nSpanish   es   none\nEnglish (America)   en-US   none\nHindi   hi   none\n"
    assert SpdSayEngine.parse_languages(spd) == {"es", "en", "hi"}
    mac = "Alex                en_US    # Most people recognize me by my voice.\nMaged   ar_SA    # مرحبًا\n"
    assert MacSayEngine.parse_languages(mac) == {"en", "ar"}
    assert SapiEngine.parse_languages("en\r\nes\r\nnot a code here\r\n") == {"en", "es"}
    # The sentence goes to PowerShell on stdin, never into the command; the language code is checked.
    args = SapiEngine("powershell").arguments("It's 'quoted'; $(evil)", "es'; rm", 0.0)
    assert "evil" not in " ".join(args) and "'en'" in args[-1]


# -- in the app ---------------------------------------------------------------------


@pytest.fixture
def engine(context):
    fake = FakeSpeechEngine({"en", "es"})
    context.speech_engine_factory = lambda: fake
    return fake


@pytest.fixture
def reader(qtbot, window, engine):
    window.show_section("conversations")
    page = window.pages["conversations"]
    page.show_module("gifts-and-money", "5-8")
    page.reveal_all()
    return page


def read_all(bar, engine, limit: int = 500) -> list[str]:
    """Let the fake engine finish sentence after sentence. Tests read only short stretches: with
    PySide6 6.12 on Python 3.11 every call of a Qt method that returns nothing takes one reference
    from None (see the note in family_guide/ui/read_aloud.py), so whole pages are checked through
    ``bar.parts`` (what reading will say) instead."""
    said = []
    while bar.state == "playing" and len(said) < limit:
        said.append(engine.said[-1][0])
        engine.finish()
    return said


def highlighted(view) -> str:
    """The highlighted text as a voice says it: the isolates that keep "Ages 5-8" in order are not spoken."""
    from family_guide.core.bidi import without_isolates

    selections = view.extraSelections()
    return without_isolates(selections[0].cursor.selectedText()) if selections else ""


def test_words_to_say_are_read_in_order_without_the_adults_notes(qtbot, reader, engine):
    from tests.conftest import bundled_catalog

    guide = bundled_catalog().modules["gifts-and-money"].texts["en"].guides["5-8"]
    bar = reader.read_aloud
    bar.words.setChecked(True)
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    said = read_all(bar, engine)
    heard = " ".join(said)
    assert said[0].strip("\u201c\u201d") in guide.opening_lines[0]  # the first line to say comes first
    assert all(" ".join(line.strip('"').split()[:3]) in heard for line in guide.opening_lines)
    notes = [p.adult_note for p in guide.if_child_says if p.adult_note]
    assert len(notes) >= 2
    for note in notes:
        assert " ".join(note.split()[:4]) not in heard  # never read out as words to say
    assert "For you" not in heard and "Why this matters" not in heard
    assert bar.state == "stopped" and highlighted(reader.view) == ""


def test_the_highlight_follows_the_sentence_being_read_and_the_view_scrolls(qtbot, reader, engine):
    bar = reader.read_aloud
    reader.view.verticalScrollBar().setValue(0)
    bar.play.click()
    first = engine.said[-1][0]
    assert highlighted(reader.view) == first and bar.current_sentence == first
    engine.finish()
    assert highlighted(reader.view) == engine.said[-1][0] != first
    for _ in range(25):  # down the guide: the view has followed
        engine.finish()
    assert highlighted(reader.view) == engine.said[-1][0]
    assert reader.view.verticalScrollBar().value() > 0
    selections = reader.view.extraSelections()  # kept: the cursor belongs to the list
    rect = reader.view.cursorRect(selections[0].cursor)
    assert 0 <= rect.top() <= reader.view.viewport().height()


def test_pause_resumes_the_same_sentence_and_stop_ends_reading(qtbot, reader, engine):
    bar = reader.read_aloud
    bar.play.click()
    engine.finish()
    current = engine.said[-1][0]
    bar.play.click()  # pause
    assert bar.state == "paused" and engine.stops >= 1 and bar.play.text() == "Resume"
    engine.finish()  # a stopped engine says nothing more
    assert engine.said[-1][0] == current and len(engine.said) == 2
    bar.play.click()  # resume: the interrupted sentence again, from its start
    assert engine.said[-1][0] == current and bar.state == "playing"
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    count = len(engine.said)
    engine.finish()
    assert bar.state == "stopped" and len(engine.said) == count and highlighted(reader.view) == ""


def test_speed_applies_from_the_current_sentence(reader, engine):
    bar = reader.read_aloud
    bar.play.click()
    assert engine.said[-1][2] == read_aloud.NORMAL
    bar.speed.setCurrentIndex(bar.speed.findData(read_aloud.SLOWER))
    assert engine.said[-1][2] == read_aloud.SLOWER and engine.said[-1][0] == engine.said[-2][0]


def test_keyboard_only_reading_with_accessible_names(qtbot, reader, engine):
    bar = reader.read_aloud
    for widget in (bar.play, bar.stop_button, bar.speed):
        assert widget.accessibleName()
    bar.play.setFocus()
    qtbot.keyClick(bar.play, Qt.Key.Key_Space)
    assert bar.state == "playing"
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert bar.state == "stopped"


def test_the_page_is_read_without_its_reveal_links(reader, engine):
    reader.show_module("online-friends", "5-8")  # answers hidden: each has a "Show what you might say" link
    assert "Show what you might say" in reader.view.toPlainText()
    reader.read_aloud.play.click()
    said = [p.sentence.text for p in reader.read_aloud.parts]
    assert "Why this matters" in said and not any("Show what you might say" in s for s in said)
    reader.read_aloud.stop()


def test_reading_stops_when_another_guide_is_shown(reader, engine):
    bar = reader.read_aloud
    bar.play.click()
    reader.show_module("online-friends", "5-8")
    assert bar.state == "stopped"


def test_content_is_read_in_its_own_language(reader, engine, context):
    context.set_language("es")
    reader.show_module("online-friends", "9-12")
    bar = reader.read_aloud
    bar.play.click()
    assert len(bar.parts) > 20 and {p.sentence.language for p in bar.parts} == {"es"}
    read_all(bar, engine, limit=5)
    assert {language for _, language, _ in engine.said} == {"es"}


def test_a_language_without_a_voice_says_so_and_offers_english_only_for_english_text(reader, engine, context):
    modules = context.catalog.modules
    modules["online-friends"] = without_language(modules["online-friends"], "ar")  # so the guide shows in English
    context.set_language("ar")  # the app in Arabic
    reader.show_module("online-friends", "9-12")
    bar = reader.read_aloud
    bar.play.click()
    assert engine.said == [] and bar.state == "stopped"
    assert "العربية" in bar.status.text()  # names the language with no voice
    assert bar.english.isVisibleTo(bar)
    bar.english.click()
    assert bar.parts and {p.sentence.language for p in bar.parts} == {"en"}  # Arabic headings left out
    read_all(bar, engine, limit=3)
    assert {language for _, language, _ in engine.said} == {"en"}


def test_spanish_text_is_never_offered_to_the_english_voice(reader, context):
    english_only = FakeSpeechEngine({"en"})
    context.speech_engine_factory = lambda: english_only
    context.set_language("es")
    reader.show_module("online-friends", "9-12")
    bar = reader.read_aloud
    bar._engine = None  # a fresh bar would ask the factory
    bar.play.click()
    assert english_only.said == [] and not bar.english.isVisibleTo(bar)
    assert "Español" in bar.status.text()


def test_checklist_signs_and_next_steps_are_read_with_the_sign_highlighted(qtbot, window, engine):
    from family_guide.core.checklist import tier_for

    window.show_section("warning_signs")
    page = window.pages["warning_signs"]
    page.show_module("grooming-signs")
    module = page.module
    first_id, first_box = next(iter(page.boxes.items()))
    first_box.setChecked(True)
    bar = page.read_aloud
    bar.play.click()
    group = module.manifest.checklist.groups[0]
    assert engine.said[0][0] == module.group_heading("en", group.id).value  # the signs in the order shown
    engine.finish()
    statement = module.item("en", first_id).value.statement
    assert engine.said[-1][0] in statement and first_box.autoFillBackground()  # the sign read is highlighted
    engine.finish()
    assert not first_box.autoFillBackground()  # on to the next text
    tier = module.tier("en", tier_for(module.manifest.checklist, [first_id])).value
    said = [p.sentence.text for p in bar.parts]
    assert tier.title in said[said.index(engine.said[-1][0]) :]  # then the next steps for what is ticked
    bar.stop()
    assert bar.state == "stopped"


def test_get_help_page_reads_the_help_lines(qtbot, window, engine):
    window.show_section("get_help")
    page = window.pages["get_help"]
    bar = page.read_aloud
    bar.play.click()
    assert any("Childline" in p.sentence.text for p in bar.parts)  # GB, the test country: its help lines
    bar.stop()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script stands in for spd-say")
def test_a_system_speech_program_is_run_per_sentence_and_stopped(qtbot, tmp_path):
    """The process engine with a stand-in spd-say that records its arguments."""
    log = tmp_path / "said.txt"
    program = tmp_path / "spd-say"
    program.write_text(f'#!/bin/sh\nprintf "%s|" "$@" >> "{log}"\necho >> "{log}"\n', encoding="utf-8")
    program.chmod(0o755)
    engine = SpdSayEngine(str(program))
    with qtbot.waitSignal(engine.finished, timeout=5000):
        engine.say("Tell me.", "es", read_aloud.SLOWER)
    assert log.read_text(encoding="utf-8").splitlines()[0] == "--wait|-l|es|-r|-40|--|Tell me.|"
    engine.say("Second.", "es", 0.0)
    engine.stop()  # a stopped sentence does not report itself finished
    with qtbot.assertNotEmitted(engine.finished, wait=300):
        pass


def test_the_speed_choice_is_shown_whole_in_a_longer_language(qtbot, window, context):
    """'Velocidade normal' was cut to 'Velocidade norm': the combo kept the width of the English words."""
    from family_guide.ui.combo_fit import choice_width

    window.show_section("warning_signs")  # shown first in English, as after a start in English
    context.set_language("pt-BR")
    speed = window.pages["warning_signs"].read_aloud.speed
    assert speed.currentText() == "Velocidade normal"
    qtbot.waitUntil(lambda: speed.width() >= choice_width(speed), timeout=2000)  # once laid out again
