"""Before presenting: which screen shows the slides, which shows the presenter view, and the
session's language or two languages on one slide. Warns, naming the slides, when a chosen
language lacks them (they show in English)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from family_guide.core.translatable import fill
from family_guide.core.workshop.checks import untranslated_slides
from family_guide.core.workshop.plan import PlanDraft
from family_guide.ui.i18n import native_name, translate


def screen_name(screen: QScreen, number: int) -> str:
    size = screen.geometry()
    return fill(
        translate("PresentDialog", "Screen %1 (%2 \u00d7 %3)"), str(number), str(size.width()), str(size.height())
    )


class PresentDialog(QDialog):
    def __init__(self, draft: PlanDraft, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft = draft
        self.setWindowTitle(translate("PresentDialog", "Present"))
        self.screens = QGuiApplication.screens()
        self.audience = QComboBox()
        self.presenter = QComboBox()
        for number, screen in enumerate(self.screens, start=1):
            self.audience.addItem(screen_name(screen, number))
            self.presenter.addItem(screen_name(screen, number))
        here = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        mine = self.screens.index(here) if here in self.screens else 0
        others = [i for i in range(len(self.screens)) if i != mine]
        self.presenter.setCurrentIndex(mine)
        self.audience.setCurrentIndex(others[0] if others else mine)
        self.first = QComboBox()
        self.second = QComboBox()
        self.second.addItem(translate("PresentDialog", "None"), "")
        languages = draft.languages
        for lang in languages:
            self.first.addItem(native_name(lang), lang)
            self.second.addItem(native_name(lang), lang)
        self.first.setCurrentIndex(max(0, self.first.findData(language if language in languages else "en")))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.audience.setAccessibleName(translate("PresentDialog", "Slides on"))
        self.presenter.setAccessibleName(translate("PresentDialog", "Presenter view on"))
        self.first.setAccessibleName(translate("PresentDialog", "Language"))
        self.second.setAccessibleName(translate("PresentDialog", "Second language, below the first"))
        form = QFormLayout()
        form.addRow(translate("PresentDialog", "Slides on"), self.audience)
        form.addRow(translate("PresentDialog", "Presenter view on"), self.presenter)
        form.addRow(translate("PresentDialog", "Language"), self.first)
        form.addRow(translate("PresentDialog", "Second language, below the first"), self.second)
        hint = QLabel(
            translate(
                "PresentDialog",
                "With one screen, press N during the show for your notes. Press ? for the keys.",
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PresentDialog", "Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.first.currentIndexChanged.connect(self._warn)
        self.second.currentIndexChanged.connect(self._warn)
        self._warn()

    def languages(self) -> list[str]:
        chosen = [self.first.currentData(), self.second.currentData()]
        return list(dict.fromkeys(lang for lang in chosen if lang))

    def audience_screen(self) -> QScreen:
        return self.screens[self.audience.currentIndex()]

    def presenter_screen(self) -> QScreen:
        return self.screens[self.presenter.currentIndex()]

    def _warn(self) -> None:
        lines = []
        for lang in self.languages():
            missing = untranslated_slides(self.draft, lang)
            if missing:
                names = ", ".join(missing[:6]) + (" \u2026" if len(missing) > 6 else "")
                lines.append(
                    fill(translate("PresentDialog", "Not yet in %1, shown in English: %2"), native_name(lang), names)
                )
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))
