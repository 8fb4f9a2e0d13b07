"""Shared test setup: offscreen Qt, a private home folder per test, compiled translations."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # set before Qt loads: no screen needed
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

REPO = Path(__file__).resolve().parent.parent
MODULES = REPO / "resources" / "modules"


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true", help="also run slow tests (frozen build, soak)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-slow"):
        return
    marker = pytest.mark.skip(reason="slow: run with --run-slow (CI runs it in .ci/run)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(marker)


def pytest_configure(config):
    """A checkout finds .qm files beside the .ts files; rebuild them if a .ts is newer. Done once,
    before any test: with pytest-xdist only the controller does it (a worker has ``workerinput``),
    so two workers never write the same .qm file at once."""
    if hasattr(config, "workerinput"):
        return
    from family_guide import i18n_tools

    stale = [
        ts
        for ts in i18n_tools.TRANSLATIONS.glob("*.ts")
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        i18n_tools.release()


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After every fixture is torn down (pytest-qt has closed the test's windows and called
    deleteLater on them), delete them for real. deleteLater waits for an event loop the tests never
    run, so old windows stayed alive: every later language switch retranslated all of them, and one
    test's changed catalog broke the next tests' teardown."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """No test may read or write the real user's settings or journal."""
    monkeypatch.setenv("FAMILY_GUIDE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def module_copy(tmp_path):
    """Copy a bundled module to a scratch folder so a test can break it; ``as_id`` gives the
    copy an id of its own (a pack may not reuse a bundled id)."""

    def copy(module_id: str, into: Path | None = None, as_id: str | None = None) -> Path:
        target = (into or tmp_path / "modules") / (as_id or module_id)
        shutil.copytree(MODULES / module_id, target)
        if as_id:
            manifest = target / "module.yaml"
            text = manifest.read_text(encoding="utf-8")
            manifest.write_text(text.replace(f"id: {module_id}\n", f"id: {as_id}\n", 1), encoding="utf-8")
        return target

    return copy


def without_language(module, language: str):
    """The module as if it had never had ``language``: its text and its line under ``languages:``
    taken out. Every bundled guide is being translated into every app language, so a test of the
    English fallback makes its own gap instead of relying on a guide that happens to be untranslated
    (the Arabic guides of 2026-12-03 broke three such tests)."""
    import dataclasses

    texts = {code: text for code, text in module.texts.items() if code != language}
    languages = {code: status for code, status in module.manifest.languages.items() if code != language}
    manifest = module.manifest.model_copy(update={"languages": languages})
    return dataclasses.replace(module, manifest=manifest, texts=texts, _cache={})  # fresh cache: no old states


def drop_language(folder: Path, language: str) -> Path:
    """Take a language out of a copied module folder: its file, its stamp and its line in module.yaml."""
    for name in (f"{language}.yaml", f"{language}.hashes.yaml"):
        (folder / name).unlink(missing_ok=True)
    manifest = folder / "module.yaml"
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(line for line in lines if not line.startswith(f"  {language}: ")), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def shared_catalog_cache(tmp_path_factory):
    """One catalog cache for the whole run, as one user's app has: most tests then start from it
    (~10 ms) instead of validating every module again (~130 ms). A test that adds or changes
    content changes the fingerprint, so it still gets a catalog built from its own files."""
    return tmp_path_factory.mktemp("catalog-cache")


@pytest.fixture
def context(qapp, tmp_path, shared_catalog_cache):
    from family_guide import paths
    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.ui.app import build_context

    app_paths = paths.AppPaths.under(tmp_path / "home")._replace(cache_dir=shared_catalog_cache)
    ctx = build_context(qapp, app_paths)
    ctx.journal_session.kdf = TEST_KDF  # a cheap key derivation: the real one takes ~0.5 s per unlock
    ctx.update_settings(setup_done=True, country="GB", language="en", text_scale=100)
    ctx.load_content()
    yield ctx
    ctx.journal_session.lock()
    ctx.set_language("en")
    ctx.update_settings(text_scale=100)
    ctx.deleteLater()


@pytest.fixture
def window(qtbot, context):
    from family_guide.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def journal(context):
    """An open journal with a passphrase, created through the session as the setup dialog does."""
    context.journal_session.create("correct horse battery", with_recovery=True)
    return context.journal_session.journal


def on_modal(handler, kind=None):
    """Run ``handler(dialog)`` on the next modal dialog (of ``kind``) once it is open.

    Modal dialogs block in exec(); this lets a test drive them as a user would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt():
        modal = QApplication.activeModalWidget()
        if modal is None or (kind is not None and not isinstance(modal, kind)):
            QTimer.singleShot(10, attempt)
            return
        try:
            handler(modal)
        except BaseException:
            # A failed check inside the dialog must not leave it open (the test would hang):
            # close it, and pytest-qt reports the exception raised in the event loop.
            for widget in (QApplication.activeModalWidget(), modal):
                if widget is not None and widget.isVisible():
                    widget.close()
            raise

    QTimer.singleShot(0, attempt)
