"""Warning signs: tick what you have noticed and see what to do next (never a verdict)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.bidi import keep_latin_in_order, keep_latin_in_order_html
from family_guide.core.checklist import tier_for
from family_guide.core.directory import emergency_for
from family_guide.core.modules import Module
from family_guide.core.render import to_inline_html
from family_guide.core.translatable import fill
from family_guide.ui.content_html import (
    entries_html,
    evidence_html,
    fallback_note,
    fallback_text,
    meta_line,
    related_guides_html,
    sources_html,
    tag,
    tier_html,
)
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.country_names import country_name
from family_guide.ui.help_html import call_now_text, emergency_details_html, tier_banner_html
from family_guide.ui.i18n import is_right_to_left, native_name, translate
from family_guide.ui.read_aloud import ReadAloudBar, document_parts, widget_parts
from family_guide.ui.widgets import Retranslatable, WrappingCheckBox, heading, with_actions, wrapped
from family_guide.ui.wrapping_delegate import wrap_items

if TYPE_CHECKING:
    from family_guide.ui.handouts.dialog import HandoutDialog


class WarningSignsPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.title = heading(level=1)
        # The introduction scrolls with the signs, at their top: above the panes it took three or four
        # lines of the height, and at 200% text on a 1024 x 640 screen the buttons under the next
        # steps no longer fitted (Spanish). Made again with each checklist shown (_show_checklist).
        self.intro = wrapped()
        self.lists = QListWidget()
        wrap_items(self.lists, spacing=3, cards=True)
        self.items_area = QScrollArea()
        self.items_area.setWidgetResizable(True)
        self.items_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result = ContentView()
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")  # once signs are ticked (docs/design.md)
        self.clear_button = QPushButton()
        self.handout_button = QPushButton()
        self.saved_note = ""  # the comparison shown after a snapshot is saved
        self.boxes: dict[str, WrappingCheckBox] = {}
        self.module: Module | None = None
        # The signs as shown, for read-aloud: (widget, text, language), in order.
        self.reading_rows: list[tuple[QWidget, str, str]] = []
        self.read_aloud = ReadAloudBar(
            lambda: context.speech_engine_factory(),
            self._reading_parts,
            lambda: context.language,
        )

        result_panel = with_actions(self.result, self.clear_button, self.handout_button, self.save_button)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.items_area)
        right.addWidget(result_panel)
        right.setSizes([300, 200])  # the signs get more of the height than the next steps; the user can drag
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lists)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.read_aloud)
        layout.addWidget(splitter, 1)

        self.lists.currentItemChanged.connect(self._show_checklist)
        self.save_button.clicked.connect(self.save_snapshot)
        self.clear_button.clicked.connect(self.clear_ticks)
        self.handout_button.clicked.connect(self.make_handout)
        context.settingsChanged.connect(self._settings_changed)
        self.result.moduleLinkActivated.connect(context.moduleRequested)
        self.result.helpLinkActivated.connect(context.helpTargetRequested)
        context.catalogChanged.connect(self._fill)
        context.languageChanged.connect(lambda _: self._fill())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("WarningSignsPage", "Warning signs"))
        self.lists.setAccessibleName(translate("WarningSignsPage", "Checklists"))
        self.items_area.setAccessibleName(translate("WarningSignsPage", "Signs to tick"))
        self.result.setAccessibleName(translate("WarningSignsPage", "What to do next"))
        self.save_button.setText(translate("WarningSignsPage", "&Save to journal..."))
        self.save_button.setToolTip(
            translate("WarningSignsPage", "Keep what you ticked, with the date and a note, in your private journal")
        )
        self.clear_button.setText(translate("WarningSignsPage", "C&lear ticks"))
        self.handout_button.setText(translate("WarningSignsPage", "Make a &handout..."))
        self.handout_button.setToolTip(
            translate("WarningSignsPage", "Print this checklist as a blank worksheet, or the next steps shown")
        )
        self.read_aloud.retranslate()
        self._fill()

    def show_module(self, module_id: str) -> None:
        for row in range(self.lists.count()):
            if self.lists.item(row).data(Qt.ItemDataRole.UserRole) == module_id:
                self.lists.setCurrentRow(row)

    def _fill(self) -> None:
        selected = self.module.id if self.module else None
        self.lists.blockSignals(True)
        self.lists.clear()
        for module in self.context.catalog.of_kind("checklist"):
            item = QListWidgetItem(module.title(self.context.language).value)
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            self.lists.addItem(item)
            if module.id == selected:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)
        if self.lists.currentItem() is None and self.lists.count():
            self.lists.setCurrentRow(0)
        else:
            self._show_checklist()

    @staticmethod
    def _intro_text() -> str:
        return translate(
            "WarningSignsPage",
            "Tick what you have noticed. Many signs are also part of growing up: use them as a reason to talk, "
            "not to accuse. The result is what to do next, not a verdict about your child.",
        )

    def _reading_parts(self, words_only: bool) -> list:
        """The signs (headings, statements and why each matters), then the next steps shown."""
        rows = widget_parts(self.reading_rows, self.items_area.ensureWidgetVisible)
        self._sign_parts = len(rows)
        return rows + document_parts(self.result, self.context.language, words_only)

    def _show_checklist(self, *_) -> None:
        self.read_aloud.stop()  # the page it was reading is gone
        self.reading_rows = []
        item = self.lists.currentItem()
        ticked = {key for key, box in self.boxes.items() if box.isChecked()}
        if item is None:
            self.module = None
            self.intro = wrapped(self._intro_text())
            self.items_area.setWidget(self.intro)
            self.result.show_html("")
            return
        module = self.context.catalog.modules[item.data(Qt.ItemDataRole.UserRole)]
        if self.module is None or module.id != self.module.id:
            ticked = set()
            self.saved_note = ""
        self.module = module
        language = self.context.language
        from family_guide.ui.theme import SPACE_M, SPACE_XS, scaled_font

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setSpacing(SPACE_XS)  # dense: more signs fit on one screen; groups get more room above
        self.intro = wrapped(self._intro_text())  # the old one went with the last checklist's panel
        layout.addWidget(self.intro)
        layout.addSpacing(SPACE_M)
        small = scaled_font("small")
        self._built_scale = self.context.settings["text_scale"]
        self.boxes = {}
        all_fallback = all(module.item(language, i).is_fallback for i in module.manifest.checklist.item_ids)
        if all_fallback and language != module.item(language, module.manifest.checklist.item_ids[0]).language:
            # One note for a wholly untranslated checklist; otherwise each English text is marked.
            note = QLabel(fallback_text(module.title(language).language, language))
            note.setWordWrap(True)
            note.setFrameShape(QLabel.Shape.StyledPanel)
            layout.addWidget(note)
        mark = (lambda _: "") if all_fallback else self._fallback_mark
        for group in module.manifest.checklist.groups:
            group_heading = module.group_heading(language, group.id)
            layout.addSpacing(SPACE_M if self.boxes else 0)
            stale = self._stale_mark(module, group_heading, f"groups.{group.id}")
            group_label = heading(group_heading.value + mark(group_heading) + stale, level=2)
            layout.addWidget(group_label)
            self.reading_rows.append((group_label, group_heading.value, group_heading.language))
            for item_id in group.items:
                text = module.item(language, item_id)
                rtl = is_right_to_left(text.language)  # Latin names in an Arabic sign keep their order
                box = WrappingCheckBox(
                    keep_latin_in_order(text.value.statement, rtl)
                    + mark(text)
                    + self._stale_mark(module, text, f"items.{item_id}")
                )
                details = [text.value.why] + ([text.value.example] if text.value.example else [])
                if text.value.also_normal:
                    details.append(text.value.also_normal)
                box.setToolTip("\n\n".join(details))
                box.box.setAccessibleDescription(text.value.why)
                box.setChecked(item_id in ticked)
                box.toggled.connect(self._ticks_changed)
                layout.addWidget(box)
                # The sign in normal weight; why it matters, and what is also normal, smaller and lighter.
                explanation = to_inline_html(text.value.why)
                if text.value.also_normal:
                    explanation += "<br/><i>{}</i> {}".format(
                        escape(translate("WarningSignsPage", "Also normal:")), to_inline_html(text.value.also_normal)
                    )
                explanation = keep_latin_in_order_html(explanation, rtl)
                why = QLabel(explanation)
                why.setTextFormat(Qt.TextFormat.RichText)
                why.setWordWrap(True)
                why.setProperty("role", "muted")
                why.setFont(small)
                why.setContentsMargins(0, 0, 0, SPACE_XS)
                # Under the statement, not under the box: a spacing the width of the box, which a
                # box layout mirrors right to left (a label's own indent stays on the left).
                why_row = QHBoxLayout()
                why_row.addSpacing(box.box.sizeHint().width() + max(0, box.layout().spacing()))  # type: ignore[union-attr]  # a CheckRow has its layout
                why_row.addWidget(why, 1)
                layout.addLayout(why_row)
                self.boxes[item_id] = box
                plain_why = QTextDocumentFragment.fromHtml(explanation).toPlainText()  # read as shown
                self.reading_rows += [(box, text.value.statement, text.language), (why, plain_why, text.language)]
        layout.addStretch(1)
        self.items_area.setWidget(panel)
        self._update_result()

    def _settings_changed(self) -> None:
        """A new text size rebuilds the signs (their explanations carry a smaller font of their own,
        and the ticks are kept); any other change only refreshes the result (the country's services)."""
        if self.context.settings["text_scale"] != getattr(self, "_built_scale", None):
            self._show_checklist()
        else:
            self._update_result()

    @staticmethod
    def _fallback_mark(localized) -> str:
        """Marks a text shown in English because its translation is missing."""
        if not localized.is_fallback:
            return ""
        return " " + fill(translate("WarningSignsPage", "(in %1: not yet translated)"), native_name(localized.language))

    @staticmethod
    def _stale_mark(module: Module, localized, path: str) -> str:
        """Marks a translated text whose English text changed after it was translated."""
        if not module.stale_under(localized.language, path):
            return ""
        return " " + translate("WarningSignsPage", "(the English text changed after this was translated)")

    def ticked(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def _channels_html(self, module: Module, tier_id: str) -> str:
        """Who to contact in the user's country for this tier, then how to keep evidence."""
        rule = next(t for t in module.manifest.checklist.tiers if t.id == tier_id)  # type: ignore[union-attr]  # as above
        if not rule.needs:
            return ""
        country = self.context.country
        name = country_name(country, self.context.language)
        out = [tag("h3", fill(translate("WarningSignsPage", "Who can help in %1"), name))]
        if "emergency" in rule.needs:
            help = emergency_for(self.context.catalog.of_kind("directory"), country)
            out.append(tag("h4", call_now_text(help)) + emergency_details_html(help, self.context.language))
        entries = entries_html(
            self.context.catalog.of_kind("directory"), self.context.language, country, tuple(rule.needs)
        )
        out.append(
            entries.replace("<h2>", "<h4>").replace("</h2>", "</h4>")
            or tag("p", translate("WarningSignsPage", "No services are listed for your country. See Get help now."))
        )
        if {"report", "emergency", "image-removal", "trafficking"} & set(rule.needs):
            out.append(evidence_html())
        return "".join(out)

    @staticmethod
    def _banner_for(module: Module, tier_id: str) -> str:
        """Which banner leads the result. "Act today: report" belongs to any tier that lists
        reporting lines (support-needs' get-help-today too), never to one that does not (its
        act-now is support this week)."""
        if tier_id == "emergency":
            return tier_id
        rule = next(t for t in module.manifest.checklist.tiers if t.id == tier_id)  # type: ignore[union-attr]  # as above
        return "act-now" if "report" in rule.needs else ""

    def handout_dialog(self) -> HandoutDialog | None:
        """The handout dialog: the blank worksheet, and the guidance of the tier shown (if any).
        What was ticked is never printed: a worksheet is blank."""
        from family_guide.core.handouts.compose import ChecklistSource, Source
        from family_guide.ui.handouts.dialog import HandoutDialog

        module = self.module
        if module is None:
            return None
        sources: list[tuple[str, Source]] = [
            (translate("WarningSignsPage", "Blank worksheet with tick boxes"), ChecklistSource(module.id))
        ]
        ticked = self.ticked()
        if ticked:
            tier = tier_for(module.manifest.checklist, ticked)  # type: ignore[arg-type]  # a checklist module has its structure
            title = module.tier(self.context.language, tier).value.title
            label = fill(translate("WarningSignsPage", "Next steps: %1"), title)
            sources.insert(0, (label, ChecklistSource(module.id, tier)))
        return HandoutDialog(self.context, sources, self)

    def make_handout(self) -> None:
        dialog = self.handout_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def _ticks_changed(self) -> None:
        self.saved_note = ""  # "saved" described the ticks as they were
        self._update_result()

    def clear_ticks(self) -> None:
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.saved_note = ""
        self._update_result()

    def save_snapshot(self) -> None:
        """Record what was ticked and the next steps shown, in the journal, with a note."""
        from family_guide.core.journal.records import Entry
        from family_guide.ui.journal.dialogs import SaveToJournalDialog, ensure_open
        from family_guide.ui.journal.snapshots import comparison_html

        module, ticked = self.module, self.ticked()
        if module is None or not ticked:
            return
        session = self.context.journal_session
        if not ensure_open(session, self):
            return
        language = self.context.language
        tier = tier_for(module.manifest.checklist, ticked)  # type: ignore[arg-type]  # a checklist module has its structure
        entry = Entry(
            "snapshot",
            module.title(language).value,
            details={"module": module.id, "ticked": ticked, "tier": tier},
        )
        dialog = SaveToJournalDialog(
            session,
            entry,
            translate(
                "WarningSignsPage",
                "%n ticked sign(s) and the next steps will be kept in your journal.",
                None,
                len(ticked),
            ),
            self,
        )
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not saved:
            return
        note = [tag("p", translate("WarningSignsPage", "Saved in your journal."))]
        previous = session.journal.latest_snapshot(module.id, entry.child_id, before_id=entry.id)
        if previous is not None:
            note.append(comparison_html(module, language, previous, ticked))
        self.saved_note = "".join(note)
        self._update_result()

    def _update_result(self) -> None:
        if self.read_aloud.index >= getattr(self, "_sign_parts", 0):
            self.read_aloud.stop()  # it was reading the next steps, which are about to change
        module = self.module
        if module is None:
            return
        language = self.context.language
        ticked = self.ticked()
        self.save_button.setEnabled(bool(ticked))
        self.clear_button.setEnabled(bool(ticked))
        title = module.title(language)
        html = []
        if ticked:
            # The action comes first (an emergency says whom to call before anything else);
            # the review date and the count of ticked signs go to the end.
            tier = tier_for(module.manifest.checklist, ticked)  # type: ignore[arg-type]  # a checklist module has its structure
            directory = self.context.catalog.of_kind("directory")
            html.append(
                tier_banner_html(self._banner_for(module, tier), emergency_for(directory, self.context.country))
            )
            if self.saved_note:
                html.append(self.saved_note)
            # The tier says itself whether it is in English: a translated tier of a checklist
            # whose title is not (yet) translated is not "shown in English".
            html.append(tier_html(module, language, tier))
            html.append(self._channels_html(module, tier))
            html.append(related_guides_html(module, self.context.catalog, language))
            html.append("<p>" + translate("WarningSignsPage", "%n sign(s) ticked.", None, len(ticked)) + "</p>")
        else:
            html.append(fallback_note(title, language))
            html.append(
                "<p>"
                + translate("WarningSignsPage", "Tick the signs you have noticed to see what to do next.")
                + "</p>"
            )
        html.append(meta_line(module, language))
        html.append(sources_html(module))
        self.result.show_html("".join(html))
