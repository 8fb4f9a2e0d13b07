"""Every screen and dialog fits a 1024 x 640 screen and shows its texts whole, in English,
Arabic (right to left), Hindi and French at 100% and 200% text size, and Urdu, Portuguese and Swahili at 100%;
and no two of its widgets share an Alt+letter mnemonic, in every UI language.

One window and one journal serve the whole walk; the language and text size change once per
pass, as a user changing them in Settings would. All problems are collected and reported
together, so one run shows everything that needs fixing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from family_guide.core.journal.records import Child, Entry
from family_guide.ui.journal.recovery_key import RecoveryKeyDialog
from family_guide.ui.main_window import SECTIONS
from tests.ui.layout_check import MAX_MINIMUM, clipped, mnemonic_clashes, out_of_sight, too_big

# Spanish too: the longest of the four languages, and its mnemonics. Urdu (right to left, in
# Arabic script) at 100% only: Arabic's passes cover mirroring at 200%, and the walk is slow.
PASSES = (
    ("en", 100),
    ("en", 200),
    ("es", 100),
    ("es", 200),
    ("ar", 100),
    ("ar", 200),
    ("hi", 100),
    ("hi", 200),
    ("ur", 100),
    # The four newer languages' mnemonics (French, Portuguese and Swahili letters clashed), and
    # French at 200%, among the longest (its Get help now button was cut in three dialogs).
    ("fr", 100),
    ("fr", 200),
    ("pt-BR", 100),
    ("sw", 100),
)


# Mnemonic clashes that only a changed translation removes, while the change waits for the lead
# engineer (docs/translation-requests.md lists the new texts). None wait today.
PENDING_TRANSLATION: tuple[str, ...] = ()


def check(widget: QWidget, where: str, scale: int) -> list[str]:
    QApplication.processEvents()  # font and language changes arrive as events; layouts follow
    if widget.layout() is not None:
        widget.layout().activate()
    QApplication.processEvents()
    problems = [f"{where}: {p}" for p in clipped(widget) + out_of_sight(widget)]
    big = too_big(widget)
    if big:
        problems.append(f"{where}: {big}")
    if scale == 100:  # mnemonics do not change with the text size: once per language
        problems += [f"{where}: mnemonic {p}" for p in mnemonic_clashes(widget)]
    return problems


def journal_with_entries(context, journal) -> Entry:
    """A child, a note and an incident with every field filled: the longest states of the editor."""
    sam = journal.save_child(Child("Sam", 2014, ["Roblox"]))
    journal.save_entry(Entry("note", "New gaming friend", "Sam talks about 'Max'.", datetime(2026, 11, 2, 19), sam))
    incident = Entry(
        "incident",
        "Asked to move to Discord",
        "Max asked Sam to keep it secret.",
        datetime(2026, 11, 20, 21, 30),
        sam,
        2,
        ["roblox"],
        {"platform": "Roblox", "other_person": "max_gamer_2011", "what_happened": "Asked for secrecy."},
    )
    journal.save_entry(incident)
    context.journal_session.changed.emit()
    return incident


def main_window_states(window, context, incident: Entry) -> list[tuple[str, Callable[[], None]]]:
    """Each state of the main window worth looking at, as (name, how to get there)."""
    journal_page = lambda: window.pages["journal"]  # noqa: E731 (built on first visit)

    def show_journal_view(view_name: str) -> Callable[[], None]:
        def go() -> None:
            window.show_section("journal")
            page = journal_page()
            page.opened()
            page.stack.setCurrentWidget(getattr(page, view_name))
            if view_name == "open_view":
                page.select(incident.id)

        return go

    def show_result() -> None:
        window.show_section("warning_signs")
        page = window.pages["warning_signs"]
        next(iter(page.boxes.values())).setChecked(True)

    states = [(key, lambda k=key: window.show_section(k)) for key in SECTIONS if key != "journal"]
    states += [
        ("checklist result", show_result),
        ("journal welcome", show_journal_view("welcome")),
        ("journal locked", show_journal_view("locked_view")),
        ("journal open", show_journal_view("open_view")),
    ]
    return states


def dialogs(window, context) -> list[tuple[str, Callable[[], QDialog]]]:
    from family_guide.ui.help_now import HelpNowDialog
    from family_guide.ui.journal import dialogs as jd
    from family_guide.ui.journal.timeline import TimelineDialog
    from family_guide.ui.settings_dialog import SettingsDialog

    session = context.journal_session

    def help_now(step: str) -> Callable[[], QDialog]:
        return lambda: HelpNowDialog(context, window, step=step)

    def no_passphrase() -> QDialog:
        dialog = jd.SetupJournalDialog(session, window)
        dialog.no_passphrase.setChecked(True)
        return dialog

    def unlock_with_key() -> QDialog:
        dialog = jd.UnlockDialog(session, window)
        dialog.form.use_recovery.setChecked(True)
        return dialog

    def packs(with_one: bool) -> QDialog:
        from family_guide.ui.packs_panel import PacksDialog

        dialog = PacksDialog(context, window)
        if with_one and not dialog.content.packs.count():  # a signed pack by an unknown key: the longest row
            from tests.ui.test_packs_ui import install_sample_pack

            install_sample_pack(context)
            dialog.content.refresh()
        return dialog

    found = [
        ("Settings", lambda: SettingsDialog(context, window)),
        ("Content packs", lambda: packs(False)),
        ("Content packs with one", lambda: packs(True)),
        *((f"Get help now ({step})", help_now(step)) for step in HelpNowDialog.STEPS),
        ("journal setup", lambda: jd.SetupJournalDialog(session, window)),
        ("journal setup without passphrase", no_passphrase),
        ("unlock", lambda: jd.UnlockDialog(session, window)),
        ("unlock with recovery key", unlock_with_key),
        ("children", lambda: jd.ChildrenDialog(session, window)),
        ("child", lambda: jd.ChildDialog(parent=window)),
        (
            "save to journal",
            lambda: jd.SaveToJournalDialog(session, Entry("conversation", "A talk"), "Record a talk.", window),
        ),
        ("restore backup", lambda: jd.RestoreDialog(session, Path("backup.fgbackup"), window)),
        ("change passphrase", lambda: jd.ChangePassphraseDialog(session, window)),
        ("recovery key", lambda: jd.RecoveryKeyDialog("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567", window)),
        ("timeline and report", lambda: TimelineDialog(context, None, window)),
    ]
    return found


def key_shown_whole(dialog: RecoveryKeyDialog, tag: str) -> list[str]:
    """Every group of the key on screen: in the label's text, and the label tall and wide enough
    for it (no group is ever broken across lines)."""
    label = dialog.key
    shown = label.text().split()
    if shown != dialog.recovery_key.split("-"):
        return [f"{tag} recovery key: shows {label.text()!r}, not the key's groups"]
    widest = max(label.fontMetrics().horizontalAdvance(group) for group in shown)
    if widest > label.contentsRect().width() or label.heightForWidth(label.width()) > label.height():
        return [f"{tag} recovery key: not shown whole in {label.width()}x{label.height()}"]
    return []


def walk(window, context, incident: Entry, tag: str, scale: int) -> list[str]:
    problems = []
    window.resize(MAX_MINIMUM)
    for name, go in main_window_states(window, context, incident):
        go()
        problems += check(window, f"{tag} {name}", scale)
    window.start_setup()
    problems += check(window, f"{tag} setup", scale)
    window._setup_finished()
    for name, make in dialogs(window, context):
        dialog = make()
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() opens it, Get help now and all
        dialog.show()
        problems += check(dialog, f"{tag} {name} dialog", scale)
        if isinstance(dialog, RecoveryKeyDialog):
            problems += key_shown_whole(dialog, tag)
        dialog.done(0)
        drop(dialog)
    return problems


def drop(dialog: QDialog) -> None:
    """Delete a dialog now. A deleteLater() would wait for an event loop the test never runs:
    the next pass's language change would then reach a dialog whose Python side is gone."""
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_every_screen_fits_and_shows_its_texts_whole(qtbot, window, context, journal):
    incident = journal_with_entries(context, journal)
    problems = []
    for language, scale in PASSES:
        context.update_settings(language=language, text_scale=scale)
        problems += walk(window, context, incident, f"[{language} {scale}%]", scale)
    problems = [p for p in problems if not p.startswith(PENDING_TRANSLATION)]
    assert not problems, f"{len(problems)} layout problems:\n" + "\n".join(problems)


def test_mnemonic_letters_are_read_as_qt_reads_them():
    from tests.ui.layout_check import mnemonic

    assert mnemonic("S&ettings") == "e" and mnemonic("हाँ (&Y)") == "y"
    assert mnemonic("Tom && Jerry") is None and mnemonic("No mnemonic") is None
