"""Baseline: a bare PySide6 window that quits once it has painted.

Just after the paint it prints the monotonic clock (shared by every process on the machine), so the
benchmark can tell start to first paint apart from the process's exit.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, painted)
        return False


def painted() -> None:
    print(time.perf_counter())
    QApplication.quit()


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 720)
quitter = QuitOnPaint()
window.installEventFilter(quitter)
window.show()
app.exec()
