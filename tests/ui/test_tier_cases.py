"""Tiers that match the danger: each case is a set of ticks a worried parent might make, the
tier it must give, and why (the test id). The rules are data in each module.yaml.
The logic without Qt is tested in tests/core/test_tier_cases.py."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_mood_signs_alone_never_say_someone_may_be_blackmailing(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["warning_signs"]
    page.show_module("sextortion-signs")
    for item_id in ("pulls-away", "sleep-or-eating-changes", "cannot-stop-checking"):
        box = page.boxes[item_id].box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    shown = page.result.toPlainText()
    assert "Talk and keep watching" in shown
    assert "blackmail" not in shown.lower()


def test_someone_hurting_the_child_says_today_and_support_needs_say_this_week(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["warning_signs"]
    page.show_module("support-needs")
    box = page.boxes["feels-unsafe"].box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    shown = page.result.toPlainText()
    assert "Get help today" in shown and "this week" not in shown
    assert shown.index("Act today: report and get advice") < shown.index("Get help today")  # the banner leads
    page.clear_button.click()
    for item_id in ("family-stress", "caregivers-stretched", "recent-loss-or-move"):
        box = page.boxes[item_id].box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    shown = page.result.toPlainText()
    assert "Reach out for support this week" in shown
    assert "Act today" not in shown and "Report online abuse" not in shown and "Keeping evidence" not in shown


def test_a_translated_tier_is_not_marked_as_english_when_only_the_title_is(qtbot, window, context, module_copy):
    # The bundled checklists are now translated in full, so the two cases are packs made from
    # them: one whose Spanish file lost its title and summary, one with English only.
    packs = context.paths.user_modules_dir
    spanish = module_copy("trafficking-signs", into=packs, as_id="pack-trafficking") / "es.yaml"
    text = spanish.read_text(encoding="utf-8")
    spanish.write_text(text[text.index("groups:") :], encoding="utf-8")  # title and summary English only
    english_only = module_copy("adult-behavior-signs", into=packs, as_id="pack-adult-signs")
    for lang in ("es", "ar", "hi"):
        (english_only / f"{lang}.yaml").unlink()
        (english_only / f"{lang}.hashes.yaml").unlink(missing_ok=True)  # its stamps go with it
    manifest = english_only / "module.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("  es: draft\n  ar: draft\n  hi: draft\n", ""), encoding="utf-8"
    )
    context.load_content()
    assert not context.catalog.problems
    context.set_language("es")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["warning_signs"]
    english = "todavía no está traducida"  # the note on text shown in English
    page.show_module("pack-trafficking")
    box = page.boxes["older-partner"].box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    shown = page.result.toPlainText()
    tier_title = context.catalog.modules["pack-trafficking"].tier("es", "act-now").value.title
    assert tier_title.startswith("Actúe") and english not in shown[: shown.index(tier_title)]
    page.show_module("pack-adult-signs")  # English only: its result says so, once
    box = page.boxes["encourages-secrets"].box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    shown = page.result.toPlainText()
    tier_title = context.catalog.modules["pack-adult-signs"].tier("en", "act-now").value.title
    assert english in shown[: shown.index(tier_title)]
