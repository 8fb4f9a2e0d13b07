"""``family-guide --self-test``: prove an installed or frozen app is complete and works.

Loads every module in every language, builds every screen offscreen in every UI
language, and opens and closes a throwaway database. Prints what failed; exit 0 or 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    report: list[str] = []

    def step(name: str, func) -> None:
        from family_guide.paths import MissingResourcesError

        try:
            detail = func()
            report.append(f"ok   {name}" + (f": {detail}" if detail else ""))
        except MissingResourcesError as exc:  # a plain message: nothing a traceback would add
            failures.append(f"FAIL {name}: {exc}")
        except Exception:
            failures.append(f"FAIL {name}\n{traceback.format_exc()}")

    with tempfile.TemporaryDirectory(prefix="family-guide-selftest-") as home:
        os.environ["FAMILY_GUIDE_HOME"] = home  # never touch the user's own settings or journal
        from family_guide import paths
        from family_guide.core.loader import load_catalog

        catalog_box = {}

        def load():
            catalog = load_catalog([(paths.bundled("resources", "modules"), "bundled")])
            catalog_box["catalog"] = catalog
            if catalog.skipped:
                raise RuntimeError("\n".join(str(p) for p in catalog.problems))
            if not catalog.modules:
                raise RuntimeError("no content modules found")
            return f"{len(catalog.modules)} modules"

        step("load content modules", load)
        step("encrypted journal", lambda: _journal_roundtrip(Path(home)))
        step("content packs", lambda: _pack_roundtrip(Path(home)))
        step("icons (QtSvg)", _icons)
        step("app icon", _app_icon)
        step("sorting by language (ICU collation)", _collation)
        if "catalog" in catalog_box:
            step("screens in every language", lambda: _screens(catalog_box["catalog"], Path(home)))
            step("handout to PDF", lambda: _handout(catalog_box["catalog"]))
    for line in report:
        print(line)
    for failure in failures:
        print(failure, file=sys.stderr)
    print("self-test " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


def _icons() -> str:
    from family_guide.ui.app import create_app
    from family_guide.ui.icons import check_bundled

    create_app([sys.argv[0]])  # drawing needs a QApplication
    return f"{check_bundled()} icons drawn"


def _app_icon() -> str:
    from family_guide.ui.app import create_app
    from family_guide.ui.app_icon import check_bundled, window_icon

    create_app([sys.argv[0]])  # reading images needs a QGuiApplication
    detail = check_bundled()
    if window_icon().isNull():
        raise RuntimeError("the window icon is empty")
    return detail


# Sorted as each language sorts: accents after the plain letter (not after "z", as raw code points
# would put them), and Spanish "ñ" as its own letter after "n" (ICU's Spanish tailoring). A Linux
# build carries ICU's collation data and nothing else of it (packaging/icu_trim.py); this proves it.
COLLATION_CASES = {"en": ["álamo", "Bea", "zoe"], "es": ["nube", "nz", "ñandú", "oso"]}


def _collation() -> str:
    from PySide6.QtCore import QCollator, QLocale

    for language, expected in COLLATION_CASES.items():
        got = sorted(reversed(expected), key=QCollator(QLocale(language)).sortKey)
        if got != expected:
            raise RuntimeError(f"{language} sorted {got}, expected {expected}")
    return ", ".join(COLLATION_CASES)


def _handout(catalog) -> str:
    """A two-language handout with help lines and QR codes, rendered to PDF in memory (segno, fonts, printing)."""
    from family_guide.core.handouts.compose import HelpPageSource, Request, compose
    from family_guide.ui.handouts.render import render_to
    from family_guide.ui.printing.pdf import pdf_bytes

    request = Request(HelpPageSource(), ("ar", "en"), "GB", ("GB", "GB"), right_to_left=(True, False))
    handout = compose(catalog, request, {})
    data, pages = pdf_bytes(lambda writer: render_to(writer, handout, "a4"), handout.footer_title)
    if not data.startswith(b"%PDF") or pages < 1:
        raise RuntimeError("the handout PDF is empty")
    return f"{pages} pages, {len(data) // 1024} KB"


def _journal_roundtrip(home: Path) -> str:
    """Create an encrypted journal (SQLCipher, Argon2id, key wrap), write, lock, unlock, read back.

    This proves the native parts a frozen build must carry are there and work."""
    import sqlite3

    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.core.journal.records import Entry, EntryFilter
    from family_guide.core.journal.store import DB_NAME, Journal

    folder = home / "selftest-journal"
    journal, recovery = Journal.create(folder, "self-test passphrase", with_recovery=True, kdf=TEST_KDF)
    journal.save_entry(Entry("note", "self-test"))
    journal.close()
    with Journal.open(folder, recovery_key=recovery) as journal:
        titles = [r.title for r in journal.rows()]
        search = journal.count(EntryFilter(text="self"))
    try:
        sqlite3.connect(folder / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()
        readable = True
    except sqlite3.DatabaseError:
        readable = False
    if titles != ["self-test"] or search != 1:
        raise RuntimeError("read back the wrong entries")
    if readable:
        raise RuntimeError("the journal file is readable without its key")
    return "encrypted, written, locked, unlocked with the recovery key, searched"


def _pack_roundtrip(home: Path) -> str:
    """Sign a pack of one bundled module under a new id, check, install and remove it: proves the
    frozen app carries Ed25519 (cryptography), zip reading and the pack code."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from family_guide import paths
    from family_guide.core.packs import builder
    from family_guide.core.packs.signing import KNOWN, make_key
    from family_guide.core.packs.store import PackStore

    source = paths.bundled("resources", "modules", "body-safety")
    files = {}
    for path in sorted(source.glob("*.yaml")):
        data = path.read_bytes()
        if path.name == "module.yaml":
            data = data.replace(b"id: body-safety\n", b"id: selftest-pack-module\n", 1)
        files[f"modules/selftest-pack-module/{path.name}"] = data
    pem, public = make_key("Self-test")
    info = {"id": "selftest-pack", "name": "Self-test", "author": "Self-test", "version": "1"}
    pack = home / "selftest-pack.zip"
    key = load_pem_private_key(pem, None)
    assert isinstance(key, Ed25519PrivateKey)  # make_key writes Ed25519 keys only
    pack.write_bytes(builder.build_pack(info, files, key, "Self-test"))
    app_paths = paths.AppPaths.under(home / "packs-home")
    (app_paths.config_dir / "trusted-keys").mkdir(parents=True)
    (app_paths.config_dir / "trusted-keys" / "selftest.pub").write_text(public.line(), encoding="utf-8")
    store = PackStore.for_app(app_paths)
    checked = store.check(pack)
    if checked.signature.status != KNOWN:
        raise RuntimeError(f"the signature was not recognised: {checked.signature.describe()}")
    store.install(checked)
    store.remove("selftest-pack")
    if any(app_paths.user_modules_dir.iterdir()):
        raise RuntimeError("removing the pack left files behind")
    return "signed, verified, checked, installed, removed"


def _screens(catalog, home: Path) -> str:
    from family_guide import paths
    from family_guide.ui.app import build_context, create_app
    from family_guide.ui.content_html import entries_html, guide_html, tier_html
    from family_guide.ui.help_now import HelpNowDialog
    from family_guide.ui.main_window import SECTIONS, MainWindow
    from family_guide.ui.settings_dialog import SettingsDialog

    app = create_app([sys.argv[0]])
    context = build_context(app, paths.AppPaths.under(home))
    context.catalog = catalog
    window = MainWindow(context)
    window.show()
    languages = context.translations.available()
    rendered = 0
    for language in languages:
        context.set_language(language)
        if context.language != language:
            raise RuntimeError(f"the {language} UI translation did not load")
        for module in catalog.modules.values():
            for text_language in dict.fromkeys([language, *module.languages]):
                module.title(text_language)
                for band in module.manifest.age_bands if module.kind == "guide" else ():
                    rendered += bool(guide_html(module, text_language, band))
                if module.manifest.checklist:
                    for tier in module.manifest.checklist.tiers:
                        rendered += bool(tier_html(module, text_language, tier.id))
                if module.manifest.directory:
                    rendered += bool(entries_html([module], text_language, "GLOBAL"))
        for key in SECTIONS:
            window.show_section(key)
            app.processEvents()
        for dialog in (HelpNowDialog(context, window), SettingsDialog(context, window)):
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()
    window.start_setup()
    app.processEvents()
    window.close()
    return f"{len(SECTIONS)} sections and 2 dialogs in {len(languages)} languages ({', '.join(languages)}), {rendered} pages rendered"
