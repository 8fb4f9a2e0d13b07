"""Get help now: a calm, step-by-step path that works before setup and without a journal."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from family_guide.core.directory import entries_for
from family_guide.ui.content_html import entries_html, tag
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable


class HelpNowDialog(Retranslatable, QDialog):
    STEPS = ("danger", "images", "report", "support")

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.steps = QListWidget()
        self.steps.setWordWrap(True)
        self.steps.setSpacing(4)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = ContentView()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.steps, 2)
        body.addWidget(self.view, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.steps.currentRowChanged.connect(self._show)
        self.resize(860, 560)
        self.retranslate()
        self.steps.setCurrentRow(0)
        self.steps.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("HelpNowDialog", "Get help now"))
        self.steps.setAccessibleName(translate("HelpNowDialog", "What is happening?"))
        self.view.setAccessibleName(translate("HelpNowDialog", "What to do"))
        row = max(0, self.steps.currentRow())
        self.steps.blockSignals(True)
        self.steps.clear()
        self.steps.addItems(
            [
                translate("HelpNowDialog", "1. Someone is in danger now"),
                translate("HelpNowDialog", "2. Someone is threatening to share images"),
                translate("HelpNowDialog", "3. Report abuse or exploitation"),
                translate("HelpNowDialog", "4. Support for the child and for you"),
            ]
        )
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(row)
        self._show(row)

    def _entries(self, needs: tuple[str, ...]) -> str:
        return entries_html(
            self.context.catalog.of_kind("directory"), self.context.language, self.context.country, needs
        )

    def emergency_numbers(self) -> list[str]:
        groups = entries_for(self.context.catalog.of_kind("directory"), self.context.country, ("emergency",))
        return [entry.phone for _, pairs in groups for _, entry in pairs if entry.phone]

    def _show(self, row: int) -> None:
        if row < 0:
            return
        p = lambda text: f"<p>{escape(text)}</p>"  # noqa: E731
        step = self.STEPS[row]
        if step == "danger":
            numbers = self.emergency_numbers()
            if numbers:
                call = translate("HelpNowDialog", "Call %1 now.").replace("%1", " / ".join(dict.fromkeys(numbers)))
            else:
                call = translate("HelpNowDialog", "Call your local emergency number now.")
            html = [f"<h1>{escape(call)}</h1>"]
            html.append(
                p(
                    translate(
                        "HelpNowDialog",
                        "Call if a child is missing, is meeting or about to meet someone they met online, is being moved "
                        "or advertised, or someone threatens to hurt them.",
                    )
                )
            )
            html.append(self._entries(("emergency",)))
        elif step == "images":
            html = [tag("h1", translate("HelpNowDialog", "If someone threatens to share images")) + "<ol>"]
            for line in (
                translate("HelpNowDialog", "Stay calm. Tell the child they are not in trouble and you will help."),
                translate("HelpNowDialog", "Do not pay and do not send more. Paying rarely stops it."),
                translate("HelpNowDialog", "Stop replying. Write down usernames, profile links, dates and apps."),
                translate("HelpNowDialog", "Keep the messages. Block only after you have written down the details."),
                translate(
                    "HelpNowDialog",
                    "Never save, screenshot or forward a sexual image of a child, even as evidence. Report it instead.",
                ),
                translate("HelpNowDialog", "Report it, and ask for the images to be taken down (below)."),
            ):
                html.append(f"<li>{escape(line)}</li>")
            html.append("</ol>")
            html.append(self._entries(("image-removal", "report")))
        elif step == "report":
            html = [tag("h1", translate("HelpNowDialog", "Report abuse or exploitation"))]
            html.append(
                p(
                    translate(
                        "HelpNowDialog",
                        "You do not need proof to report. It is better to report and be wrong than to wait.",
                    )
                )
            )
            html.append(self._entries(("report", "trafficking")))
        else:
            html = [tag("h1", translate("HelpNowDialog", "Support for the child and for you"))]
            html.append(
                p(
                    translate(
                        "HelpNowDialog",
                        "Thank the child for telling you. What happened is not their fault, and it is not yours.",
                    )
                )
            )
            html.append(self._entries(("child-support", "adult-support")))
        self.view.show_html("".join(html))
