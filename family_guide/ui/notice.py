"""A non-blocking notice across the top of the window, e.g. for content that was skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from family_guide.core.translatable import fill
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable


class NoticeBar(Retranslatable, QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().ToolTipBase)
        self.setForegroundRole(self.foregroundRole().ToolTipText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details_button = QPushButton()
        self.dismiss_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.dismiss_button)
        self.details_button.clicked.connect(self._show_details)
        self.dismiss_button.clicked.connect(self.hide)
        self._details = ""
        self._count = 0
        self._unread = 0
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.details_button.setText(translate("NoticeBar", "&Details"))
        self.dismiss_button.setText(translate("NoticeBar", "Dis&miss"))
        self.setAccessibleName(translate("NoticeBar", "Notice"))
        sentences = []
        if self._count:
            sentences.append(
                translate(
                    "NoticeBar",
                    "%n content module(s) have mistakes, so what could not be read was left out. Everything else works.",
                    None,
                    self._count,
                )
            )
        if self._unread:  # %1, not %n: the sentence reads the same for any number, in every language
            sentences.append(
                fill(
                    translate("NoticeBar", "Folders not read because there are too many modules in one folder: %1."),
                    str(self._unread),
                )
            )
        self.message.setText(" ".join(sentences))

    def show_skipped(self, count: int, details: str, unread: int = 0) -> None:
        """``count`` modules skipped or partly skipped; ``unread`` folders past the limit, not read at all."""
        self._count, self._details, self._unread = count, details, unread
        self.retranslate()
        self.setVisible(count > 0 or unread > 0)

    def _show_details(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("NoticeBar", "Skipped content"))
        box.setText(
            translate("NoticeBar", "These modules have problems. Their authors can fix them with the details below.")
        )
        box.setDetailedText(self._details)
        box.exec()
