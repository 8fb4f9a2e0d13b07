"""Get help now: a calm, step-by-step path that works before setup and without a journal.

The emergency number of the chosen country stays in large type above every step, with a
copy button, so it is the first thing seen and never scrolled away.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.countries import ANOTHER_COUNTRY
from family_guide.core.directory import EmergencyHelp, emergency_for, entries_for, has_national
from family_guide.core.translatable import fill
from family_guide.ui.content_html import entries_html, tag
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.country_combo import CountryCombo
from family_guide.ui.country_names import country_name
from family_guide.ui.help_html import (
    call_now_text,
    emergency_details_html,
    unconfirmed_caution,
    words_to_say_html,
)
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable
from family_guide.ui.wrapping_delegate import wrap_items

if TYPE_CHECKING:
    from family_guide.ui.handouts.dialog import HandoutDialog


class HelpNowDialog(Retranslatable, QDialog):
    STEPS = ("danger", "crisis", "images", "report", "support")

    def __init__(self, context: AppContext, parent: QWidget | None = None, step: str = "danger"):
        super().__init__(parent)
        self.context = context
        self.country_label = QLabel()
        self.country = CountryCombo()
        self.country_label.setBuddy(self.country)
        self.call = QLabel()
        self.call.setObjectName("CallNow")
        self.call.setWordWrap(True)
        self.call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.call.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.call.setFont(font)
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy_number)
        self.steps = QListWidget()
        wrap_items(self.steps, spacing=4)  # long steps wrap, never cut
        self.view = ContentView()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # For a counselor preparing a session: the help lines on paper. Last in the row, away from the steps.
        self.handout_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.handout_button.clicked.connect(self.make_handout)

        where = QHBoxLayout()
        where.addWidget(self.country_label)
        where.addWidget(self.country, 1)
        call_row = QHBoxLayout()
        call_row.addWidget(self.call, 1)
        call_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        right = QVBoxLayout()
        right.addLayout(call_row)
        right.addWidget(self.caution)
        right.addWidget(self.view, 1)
        body = QHBoxLayout()
        body.addWidget(self.steps, 2)
        body.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.view.copied.connect(self._copied)
        self.view.helpLinkActivated.connect(self.show_step)
        self.steps.currentRowChanged.connect(self._show)
        self.country.currentIndexChanged.connect(lambda _: self._refresh())
        self.resize(900, 600)
        self.country.fill(context.language, context.country)
        self.retranslate()
        self.show_step(step)
        self.steps.setFocus()

    # ------------------------------------------------------------------ what is shown

    @property
    def country_code(self) -> str:
        return self.country.code() or self.context.country

    def handout_dialog(self) -> HandoutDialog:
        """The handout dialog for the help lines of the country shown."""
        from family_guide.core.handouts.compose import HelpPageSource
        from family_guide.ui.handouts.dialog import HandoutDialog

        code = self.country_code
        label = fill(translate("HelpNowDialog", "Help lines for %1"), country_name(code, self.context.language))
        dialog = HandoutDialog(self.context, [(label, HelpPageSource())], self)
        dialog.country.select(code)
        return dialog

    def make_handout(self) -> None:
        dialog = self.handout_dialog()
        dialog.exec()
        dialog.deleteLater()

    def emergency(self) -> EmergencyHelp:
        return emergency_for(self.context.catalog.of_kind("directory"), self.country_code)

    def emergency_numbers(self) -> list[str]:
        return [n.number for n in self.emergency().confirmed]

    def show_step(self, step: str) -> None:
        """Open on a step by name ("crisis" from a guide's self-harm link); unknown names open step 1."""
        self.steps.setCurrentRow(self.STEPS.index(step) if step in self.STEPS else 0)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("HelpNowDialog", "Get help now"))
        self.country_label.setText(translate("HelpNowDialog", "&Country:"))
        self.steps.setAccessibleName(translate("HelpNowDialog", "What is happening?"))
        self.view.setAccessibleName(translate("HelpNowDialog", "What to do"))
        self.copy_button.setText(translate("HelpNowDialog", "Copy &number"))
        self.handout_button.setText(translate("HelpNowDialog", "Make a &handout..."))
        row = max(0, self.steps.currentRow())
        self.steps.blockSignals(True)
        self.steps.clear()
        self.steps.addItems(
            [
                translate("HelpNowDialog", "1. Someone is in danger now"),
                translate("HelpNowDialog", "2. A child may hurt themselves"),
                translate("HelpNowDialog", "3. Someone is threatening to share images"),
                translate("HelpNowDialog", "4. Report abuse or exploitation"),
                translate("HelpNowDialog", "5. Support for the child and for you"),
            ]
        )
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(row)
        self._refresh()

    def _refresh(self) -> None:
        help = self.emergency()
        self.call.setText(call_now_text(help))
        self.call.setAccessibleName(call_now_text(help))
        self.copy_button.setVisible(help.primary is not None)
        self.copy_button.setAccessibleName(fill(translate("HelpNowDialog", "Copy the number %1"), help.primary or ""))
        self.caution.setText(unconfirmed_caution() if help.needs_local_check else "")
        self.caution.setVisible(help.needs_local_check)
        self._show(self.steps.currentRow())

    def _copy_number(self) -> None:
        number = self.emergency().primary
        if number:
            self.view.copy_text(number)

    def _copied(self, text: str) -> None:
        self.copy_button.setText(fill(translate("HelpNowDialog", "Copied: %1"), text))

    def _numbers_html(self, help: EmergencyHelp) -> str:
        if help.row is None:  # "Another country": no list to show, so say how to get one
            return tag(
                "p",
                translate("HelpNowDialog", "Choose your country at the top to see its emergency numbers."),
            )
        heading = translate("HelpNowDialog", "Emergency numbers in %1")
        return tag("h2", fill(heading, country_name(help.country, self.context.language))) + (
            emergency_details_html(help, self.context.language)
        )

    def _entries(self, needs: tuple[str, ...]) -> str:
        return entries_html(self.context.catalog.of_kind("directory"), self.context.language, self.country_code, needs)

    def _show(self, row: int) -> None:
        if row < 0:
            return
        p = lambda text: f"<p>{escape(text)}</p>"  # noqa: E731
        step = self.STEPS[row]
        language = self.context.language
        help = self.emergency()
        if step == "danger":
            html = [
                tag("h1", translate("HelpNowDialog", "Someone is in danger now")),
                p(
                    translate(
                        "HelpNowDialog",
                        "Call if a child is missing, is meeting or about to meet someone they met online, is being "
                        "moved or advertised, or someone threatens to hurt them.",
                    )
                ),
                words_to_say_html(),
                self._numbers_html(help),
                self._entries(("emergency",)),
            ]
        elif step == "crisis":
            html = [tag("h1", translate("HelpNowDialog", "If a child may hurt themselves")), "<ol>"]
            for line in (
                translate("HelpNowDialog", "If they are hurt or in danger now, call the emergency number above."),
                translate("HelpNowDialog", "Stay with them. Do not leave them alone."),
                translate(
                    "HelpNowDialog", "Listen calmly. Tell them you are glad they told you and you will get help."
                ),
                translate("HelpNowDialog", "If you can, move things they could use to hurt themselves out of reach."),
                translate("HelpNowDialog", "Call a crisis line together, now or as soon as you can."),
            ):
                html.append(tag("li", line))
            html.append("</ol>")
            html.append(self._crisis_lines(language))
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
                html.append(tag("li", line))
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
            html.append(self._national_gap(("report", "trafficking"), language))
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
            html.append(self._national_gap(("child-support", "adult-support"), language))
            html.append(self._entries(("child-support", "adult-support")))
        self.view.show_html("".join(html))

    def _crisis_lines(self, language: str) -> str:
        """The country's crisis line; where none is listed, say so and show child help lines instead."""
        modules = self.context.catalog.of_kind("directory")
        if has_national(entries_for(modules, self.country_code, ("crisis",)), self.country_code):
            return self._entries(("crisis",))
        message = fill(
            translate(
                "HelpNowDialog",
                "No crisis line is listed for %1. Call the emergency number, or a child help line:",
            ),
            country_name(self.country_code, language),
        )
        return tag("p", message) + self._entries(("crisis", "child-support"))

    def _national_gap(self, needs: tuple[str, ...], language: str) -> str:
        """Say plainly when no national service was confirmed, so worldwide ones are not mistaken for local."""
        modules = self.context.catalog.of_kind("directory")
        if self.country_code == ANOTHER_COUNTRY:
            return tag("p", translate("HelpNowDialog", "These services work from anywhere."))
        if has_national(entries_for(modules, self.country_code, needs), self.country_code):
            return ""
        message = fill(
            translate(
                "HelpNowDialog",
                "No national service of this kind was confirmed for %1. The services below work from anywhere; a "
                "child help line or the police can also advise.",
            ),
            country_name(self.country_code, language),
        )
        return tag("p", message)
