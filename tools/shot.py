"""Save screenshots of the app's screens (offscreen), for looking at what we build.

python tools/shot.py [--lang es] [--scale 200] [--pseudo long] [--appearance dark] [--out shots]
python tools/shot.py --gallery [--size 1024x640] [--out gallery]
python tools/shot.py --readme   (replaces the screenshots in docs/images/)

--gallery renders every screen and dialog (sections, Get help now, Settings, the journal's states,
a checklist result) in en, es, hi, ar and ur, at 100% and 200% text and in dark mode, into one folder
of PNGs (one process per combination, so each starts as the app does).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def show_modal(dialog) -> None:
    """Show a dialog as the app opens it (exec(): modal), so its Get help now button is added."""
    from PySide6.QtCore import Qt

    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--pseudo", choices=("long", "mirror"))
    parser.add_argument("--out", default="shots")
    parser.add_argument("--country", default="US")
    parser.add_argument("--setup", action="store_true", help="show the first-run setup page")
    parser.add_argument("--journal", action="store_true", help="journal states with sample entries")
    parser.add_argument("--help-now", metavar="CC,CC", help="Get help now (and its crisis step) for these countries")
    parser.add_argument("--result", metavar="MODULE:ITEM", help="a checklist result with this sign ticked")
    parser.add_argument("--size", default="1100x720", help="window size, e.g. 1024x640")
    parser.add_argument("--appearance", default="light", help="system, light, dark or contrast")
    parser.add_argument("--gallery", action="store_true", help="every screen, 5 languages, 100%%/200%%, dark")
    parser.add_argument("--readme", action="store_true", help="the README's and docs' screenshots, into docs/images")
    args = parser.parse_args()
    if args.gallery:
        return gallery(args.out, args.size)
    from family_guide import paths
    from family_guide.ui.app import build_context, create_app
    from family_guide.ui.help_now import HelpNowDialog
    from family_guide.ui.main_window import SECTIONS, MainWindow

    app = create_app(sys.argv[:1])
    home = Path(tempfile.mkdtemp())
    context = build_context(app, paths.AppPaths.under(home), args.pseudo)
    context.update_settings(
        language=args.lang, text_scale=args.scale, country=args.country, setup_done=True, appearance=args.appearance
    )
    context.load_content()
    window = MainWindow(context)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    tag = f"{args.lang}-{args.scale}" + (f"-{args.pseudo}" if args.pseudo else "") + f"-{args.size}"
    tag += "" if args.appearance == "light" else f"-{args.appearance}"
    if args.help_now:
        for country in args.help_now.split(","):
            dialog = HelpNowDialog(context, window)
            dialog.resize(min(width, 900), min(height, 600))
            dialog.country.select(country)
            show_modal(dialog)
            for step in ("danger", "crisis"):
                dialog.show_step(step)
                app.processEvents()
                dialog.grab().save(str(out / f"helpnow-{step}-{country}-{tag}.png"))
            dialog.close()
    elif args.result:
        module_id, item = args.result.split(":")
        window.show_section("warning_signs")
        page = window.pages["warning_signs"]
        page.show_module(module_id)
        page.boxes[item].setChecked(True)
        app.processEvents()
        window.grab().save(str(out / f"result-{module_id}-{item}-{args.country}-{tag}.png"))
    elif args.readme:
        readme_images(app, context, window, Path(__file__).resolve().parent.parent / "docs" / "images")
    elif args.journal:
        shoot_journal(app, context, window, out, tag)
    elif args.setup:
        window.start_setup()
        app.processEvents()
        window.grab().save(str(out / f"setup-{tag}.png"))
    else:
        for key in SECTIONS:
            window.show_section(key)
            app.processEvents()
            window.grab().save(str(out / f"{key}-{tag}.png"))
        dialog = HelpNowDialog(context, window)
        show_modal(dialog)
        app.processEvents()
        dialog.grab().save(str(out / f"helpnow-{tag}.png"))
        dialog.close()
        from family_guide.ui.settings_dialog import SettingsDialog

        settings = SettingsDialog(context, window)
        show_modal(settings)
        app.processEvents()
        settings.grab().save(str(out / f"settings-{tag}.png"))
        settings.close()
    print(out)
    return 0


def readme_images(app, context, window, images: Path) -> None:
    """The screenshots docs link to: a guide, a checklist result, Get help now, the journal, Home's plan."""
    from datetime import date, datetime

    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.core.journal.records import Child, Entry
    from family_guide.ui.help_now import HelpNowDialog

    window.show_section("conversations")
    window.pages["conversations"].show_module("online-friends", "9-12")
    app.processEvents()
    window.grab().save(str(images / "conversations.png"))
    window.show_section("warning_signs")
    signs = window.pages["warning_signs"]
    signs.show_module("grooming-signs")
    for item in ("older-online-friend", "asked-to-keep-secret"):
        signs.boxes[item].setChecked(True)
    app.processEvents()
    window.grab().save(str(images / "warning-signs.png"))
    dialog = HelpNowDialog(context, window)
    dialog.resize(860, 560)
    show_modal(dialog)
    app.processEvents()
    dialog.grab().save(str(images / "get-help-now.png"))
    dialog.close()
    session = context.journal_session
    session.kdf = TEST_KDF
    session.create("sample passphrase", with_recovery=False)
    journal = session.journal
    sam = journal.save_child(Child("Sam", date.today().year - 11, ["Roblox", "Discord"]))
    journal.save_child(Child("Ana", date.today().year - 15, ["Instagram"]))
    journal.save_entry(
        Entry(
            "conversation",
            "Online friends",
            "",
            datetime(2026, 11, 1, 18, 0),
            sam,
            0,
            [],
            {"module": "online-friends", "band": "9-12"},
        )
    )
    incident = save_note_and_incident(journal, sam)
    session.changed.emit()
    window.show_section("home")
    app.processEvents()
    window.grab().save(str(images / "home-plan.png"))
    window.show_section("journal")
    page = window.pages["journal"]
    page._opened()
    page.select(incident.id)
    app.processEvents()
    window.grab().save(str(images / "journal.png"))
    session.lock()


def save_note_and_incident(journal, sam: int):
    """The sample note and incident that the README screenshots and the journal states show."""
    from datetime import datetime

    from family_guide.core.journal.records import Entry

    journal.save_entry(
        Entry(
            "note",
            "New gaming friend",
            "Sam talks a lot about 'Max'.",
            datetime(2026, 11, 2, 19, 0),
            sam,
            1,
            ["roblox"],
        )
    )
    incident = Entry(
        "incident",
        "Asked to move to Discord and keep it secret",
        "Max asked Sam to chat on Discord and keep it secret.",
        datetime(2026, 11, 20, 21, 30),
        sam,
        2,
        ["roblox", "secrecy"],
        {
            "platform": "Roblox, then Discord",
            "other_person": "max_gamer_2011",
            "what_happened": "Gave 800 Robux, asked for secrecy.",
            "evidence_location": "Messages kept on Sam's tablet",
            "actions_taken": "Talked with Sam; blocked after writing down details",
            "reports_made": "Reported in Roblox (ref. 55-1234)",
        },
    )
    journal.save_entry(incident)
    return incident


def gallery(out: str, size: str) -> int:
    """Every screen in every language, at 100% and 200%, light and dark: one folder to look through."""
    here = str(Path(__file__).resolve())
    env = {**os.environ, "PYTHONPATH": str(Path(here).parent.parent)}  # this checkout's code, not an installed one
    runs = []
    for lang in ("en", "es", "hi", "ar", "ur"):  # Urdu: right to left, and letters Arabic lacks
        for scale, appearance in ((100, "light"), (200, "light"), (100, "dark")):
            common = ["--lang", lang, "--scale", str(scale), "--appearance", appearance, "--size", size, "--out", out]
            runs += [common, [*common, "--journal"], [*common, "--result", "grooming-signs:older-online-friend"]]
    for number, extra in enumerate(runs, start=1):
        print(f"[{number}/{len(runs)}] {' '.join(extra)}", flush=True)
        subprocess.run([sys.executable, here, *extra], env=env, check=True, capture_output=True)
    print(f"{len(list(Path(out).glob('*.png')))} screenshots in {out}")
    return 0


def shoot_journal(app, context, window, out: Path, tag: str) -> None:

    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.core.journal.records import Child
    from family_guide.ui.journal.dialogs import RecoveryKeyDialog, SetupJournalDialog

    session = context.journal_session
    session.kdf = TEST_KDF
    window.show_section("journal")
    app.processEvents()
    window.grab().save(str(out / f"journal-welcome-{tag}.png"))
    dialog = SetupJournalDialog(session, window)
    show_modal(dialog)
    app.processEvents()
    dialog.grab().save(str(out / f"journal-setup-{tag}.png"))
    dialog.close()
    recovery = session.create("sample passphrase", with_recovery=True)
    key_dialog = RecoveryKeyDialog(recovery, window)
    show_modal(key_dialog)
    app.processEvents()
    key_dialog.grab().save(str(out / f"journal-recovery-{tag}.png"))
    key_dialog.close()
    journal = session.journal
    sam = journal.save_child(Child("Sam", 2014, ["Roblox", "Discord"]))
    incident = save_note_and_incident(journal, sam)
    session.changed.emit()
    page = window.pages["journal"]
    page._opened()
    page.select(incident.id)
    app.processEvents()
    window.grab().save(str(out / f"journal-open-{tag}.png"))
    session.lock()
    window.show_section("journal")
    app.processEvents()
    window.grab().save(str(out / f"journal-locked-{tag}.png"))


if __name__ == "__main__":
    raise SystemExit(main())
