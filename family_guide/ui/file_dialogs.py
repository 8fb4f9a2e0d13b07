"""File dialogs that leave no trace of the folders they visited.

Qt's own (non-native) file dialog is used, since a native one may add the file to the
system's recent-files list. But Qt's dialog writes the folders it visited ("history",
"lastVisited", sidebar "shortcuts") to QtProject.conf when it closes, which would show
where the journal's backups and reports are kept. These wrappers put those values back
as they were before the dialog opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

TRACES = ("FileDialog/history", "FileDialog/lastVisited", "FileDialog/shortcuts")


def qt_file_dialog_settings() -> QSettings:
    """Where Qt's file dialog keeps its state (QFileDialogPrivate::saveSettings)."""
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _without_traces(ask: Callable[[], tuple[str, str]]) -> str:
    settings = qt_file_dialog_settings()
    before = {key: settings.value(key) for key in TRACES if settings.contains(key)}
    try:
        path, _ = ask()
    finally:
        settings = qt_file_dialog_settings()  # a fresh read: the dialog wrote through its own object
        for key in TRACES:
            if key in before:
                settings.setValue(key, before[key])
            else:
                settings.remove(key)
        settings.sync()
    return path


def save_file_name(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """The path to save to, or "" if cancelled."""
    return _without_traces(
        lambda: QFileDialog.getSaveFileName(
            parent, caption, start, filters, options=QFileDialog.Option.DontUseNativeDialog
        )
    )


def open_file_name(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """The path to open, or "" if cancelled."""
    return _without_traces(
        lambda: QFileDialog.getOpenFileName(
            parent, caption, start, filters, options=QFileDialog.Option.DontUseNativeDialog
        )
    )
