"""Family Guide's real start path (settings, translations, main window) that quits after its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from family_guide import paths
from family_guide.cli import _forbid_network
from family_guide.ui.app import build_context, create_app, single_instance_lock
from family_guide.ui.main_window import MainWindow


class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


_forbid_network()
app = create_app(sys.argv)
context = build_context(app, paths.AppPaths.from_platform())
instance = single_instance_lock(context.paths)  # as run_app does before the window
window = MainWindow(context, defer=True)
window.resize(1100, 720)
quitter = QuitOnPaint()
window.installEventFilter(quitter)
window.show()
app.exec()
