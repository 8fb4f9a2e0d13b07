"""Qt's test setup, for tests/ui only: offscreen Qt, compiled translations, windows deleted after
each test, and the fixtures that build the app (``context``, ``window``, ``journal``).

tests/conftest.py (Qt-free, shared with tests/core) gives the private home folder, module copies
and the run's catalog cache."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # set before Qt loads: no screen needed
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest


def pytest_configure(config):
    """A checkout finds .qm files beside the .ts files; rebuild them if a .ts is newer. Done once
    per process, before any test here. With pytest-xdist this file is first read in the workers
    (the controller collects nothing), so two of them may rebuild at once: each builds into its
    own folder and moves the files into place, and a reader never sees half a .qm file."""
    from family_guide import i18n_tools

    stale = [
        ts
        for ts in i18n_tools.TRANSLATIONS.glob("*.ts")
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        with tempfile.TemporaryDirectory(dir=i18n_tools.TRANSLATIONS) as scratch:  # same disk: os.replace
            for qm in i18n_tools.release(out_dir=Path(scratch)):
                with contextlib.suppress(PermissionError):  # Windows: another worker's fresh copy is open
                    os.replace(qm, i18n_tools.TRANSLATIONS / qm.name)


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


@pytest.fixture
def context(qapp, tmp_path, shared_catalog_cache):
    from family_guide import paths
    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.ui.app import build_context

    app_paths = paths.AppPaths.under(tmp_path / "home")._replace(cache_dir=shared_catalog_cache)  # a NamedTuple
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
