"""Build the QApplication and the main window; load content once the window has painted."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from family_guide import APP_ID, APP_NAME, APP_ORG, __version__, paths
from family_guide.core.settings import Settings
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import Translations, translate


class _FirstPaint(QObject):
    """Runs a callback once, after the window's first paint: content loading never delays it."""

    def __init__(self, callback):
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)  # instance() is typed as the core app; here it is always a QApplication
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def build_context(app: QApplication, app_paths: paths.AppPaths, pseudo: str | None = None) -> AppContext:
    settings = Settings.load(app_paths.settings_file)
    translations = Translations(app, paths.translations_dir(), pseudo)
    context = AppContext(app, app_paths, settings, translations)
    translations.switch(settings["language"])
    context.apply_text_scale()
    context.apply_theme()
    return context


def run_app(argv: list[str], language: str | None = None, pseudo: str | None = None) -> int:
    app = create_app(argv)
    try:
        context = build_context(app, paths.AppPaths.from_platform(), pseudo)
    except paths.MissingResourcesError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if language:
        context.set_language(language)
    context.paths.create_private()
    instance = single_instance_lock(context.paths)
    if instance is None:
        from PySide6.QtWidgets import QMessageBox

        message = translate("App", "Family Guide is already open. Look for its window, or its button on the taskbar.")
        set_app_icon(app)  # no first paint to wait for: this message is all that shows
        QMessageBox.information(None, APP_NAME, message)
        return 0
    from family_guide.ui.main_window import MainWindow

    window = MainWindow(context, defer=True)
    if not context.settings["setup_done"]:
        window.start_setup()
    painted = _FirstPaint(lambda: _after_first_paint(context, window))
    window.installEventFilter(painted)
    window.resize(1100, 720)
    window.show()
    return app.exec()


def single_instance_lock(app_paths: paths.AppPaths):
    """The held lock (keep it alive), or None if Family Guide is already running for this user."""
    from family_guide.instance import acquire

    return acquire(app_paths.data_dir)


def set_app_icon(app: QApplication) -> None:
    """Every window's icon (title bar, taskbar, Alt+Tab). Costs 1-2 ms, and on X11 the PNGs are
    decoded when it is set on a shown window (2-5 ms more), so the main window gets it after its
    first paint. Wayland takes the icon from the desktop entry named by setDesktopFileName."""
    from family_guide.ui.app_icon import window_icon

    app.setWindowIcon(window_icon())


def resume_gc() -> None:
    """Collect cycles again after the start (the command pauses the collector while the app loads).
    Everything made so far (modules, PySide6 types, the window) lives until the app quits, so it is
    moved out of the collector's sight: later collections scan only what the session makes."""
    gc.freeze()
    gc.enable()


def _after_first_paint(context: AppContext, window) -> None:
    from family_guide.hardening import harden_process

    resume_gc()
    set_app_icon(context.app)
    # Before the journal can be unlocked, but not before the first paint (ctypes costs ~10 ms).
    harden_process()
    window.complete()
    context.theme.follow_system()  # reads Qt's enum namespace (~15 ms): only after the first paint
    context.load_content()
    country_problem = context.unknown_country_problem()
    if country_problem:
        context.settings.problems.append(country_problem)
    for problem in context.settings.problems:
        print(problem, file=sys.stderr)
    if context.settings.problems:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            window,
            translate("App", "Settings could not be read"),
            "\n\n".join(context.settings.problems),
        )
