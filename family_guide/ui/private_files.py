"""File dialogs that leave no trace: Qt's own dialog (native ones may add the file to the
system's recent-files list), and Qt's remembered folder and history wiped when it closes."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def _forget() -> None:
    """Qt's file dialog writes its last folder and history to QtProject.conf when it is destroyed."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _run(dialog: QFileDialog) -> str:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    chosen = dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
    import shiboken6

    shiboken6.delete(dialog)  # saves its settings now, so they can be wiped now
    _forget()
    return chosen


def save_file_name(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str:
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested)
    return _run(dialog)


def open_file_name(parent: QWidget | None, title: str, name_filter: str) -> str:
    dialog = QFileDialog(parent, title, "", name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)
