"""Settings > Content packs: the imported content packs, with Import and Remove.

The panel only shows and asks; family_guide.core.packs reads, checks, installs and removes.
After a change the catalog reloads at once, so the new guides show without a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.translatable import fill
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, heading, wrapped
from family_guide.ui.wrapping_delegate import wrap_items


class PacksPanel(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.title = heading(level=2)
        self.packs = QListWidget()  # one wrapped item per pack: readable at any width and text size
        wrap_items(self.packs, 4)
        self.packs.itemSelectionChanged.connect(self._selection_changed)
        self.empty = wrapped()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_pack)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        for button in (self.import_button, self.remove_button):
            button.setAutoDefault(False)  # Enter closes the dialog; it never starts an import or a removal
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        # No stretch: the two buttons share the row, so neither is ever narrower than its words need.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.packs)
        layout.addLayout(buttons)
        self.retranslate()

    def store(self):
        from family_guide.core.packs.store import PackStore  # the pack code loads when Settings opens

        return PackStore.for_app(self.context.paths)

    def retranslate(self) -> None:
        self.packs.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)  # two packs at any text size
        self.title.setText(translate("PacksPanel", "Content packs"))
        self.packs.setAccessibleName(translate("PacksPanel", "Imported content packs"))
        self.empty.setText(
            translate(
                "PacksPanel",
                "No content packs are imported. Organisations can share guides and workshops as a pack file.",
            )
        )
        self.import_button.setText(translate("PacksPanel", "I&mport a pack…"))
        self.remove_button.setText(translate("PacksPanel", "&Remove pack"))
        self.refresh()

    def refresh(self) -> None:
        self.packs.clear()
        for pack in self.store().installed():
            item = QListWidgetItem(
                "\n".join(
                    [
                        fill(translate("PacksPanel", "%1 %2, by %3"), pack.name, pack.version, pack.author),
                        self.describe_signature(pack.signature),
                        fill(translate("PacksPanel", "Modules: %1"), ", ".join(pack.modules)),
                    ]
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, pack.id)
            self.packs.addItem(item)
        has_packs = self.packs.count() > 0
        self.packs.setVisible(has_packs)
        self.empty.setVisible(not has_packs)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.packs.selectedItems()))

    @staticmethod
    def describe_signature(signature) -> str:
        if signature.status == "known":
            return fill(
                translate("PacksPanel", "Signed by %1, a known signer (key %2)"),
                signature.known_name,
                signature.fingerprint,
            )
        if signature.status == "unknown":
            return fill(
                translate("PacksPanel", "Signed by an unknown key (%1) that says it is from “%2”"),
                signature.fingerprint,
                signature.claimed_signer,
            )
        return translate("PacksPanel", "Not signed")

    # --- import ------------------------------------------------------------------------------
    def choose_file(self) -> Path | None:
        """Qt's (not the native) file dialog, leaving no trace of the folders visited (ui.file_dialogs)."""
        from family_guide.ui.file_dialogs import open_file_name

        chosen = open_file_name(
            self,
            translate("PacksPanel", "Choose a content pack"),
            str(Path.home()),
            translate("PacksPanel", "Content packs (*.zip)"),
        )
        return Path(chosen) if chosen else None

    def import_pack(self) -> None:
        from family_guide.core.packs.reader import PackError

        path = self.choose_file()
        if path is None:
            return
        store = self.store()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large pack takes a few seconds to check
        try:
            checked = store.check(path)
        except PackError as error:
            checked, problem = None, str(error)
        finally:
            QApplication.restoreOverrideCursor()
        if checked is None:
            self._message(QMessageBox.Icon.Warning, translate("PacksPanel", "This pack was not imported"), problem)
            return
        if not self._confirm_import(checked):
            return
        try:
            store.install(checked, allow_untrusted=True)  # the user has just agreed to the warning
        except PackError as error:
            self._message(QMessageBox.Icon.Warning, translate("PacksPanel", "This pack was not imported"), str(error))
            return
        self.context.load_content()  # the new modules show at once
        self.refresh()
        self._message(
            QMessageBox.Icon.Information,
            translate("PacksPanel", "Pack imported"),
            fill(
                translate("PacksPanel", "“%1” is imported. Its guides are now in the app."), checked.pack.manifest.name
            ),
        )

    def _confirm_import(self, checked) -> bool:
        manifest = checked.pack.manifest
        signature = checked.signature
        # Who signed it comes first, then the warning when there is one, then what the pack holds.
        if signature.status == "known":
            lines = [fill(translate("PacksPanel", "Signed by %1, a signer this computer knows."), signature.known_name)]
        elif signature.status == "unknown":
            lines = [
                fill(
                    translate(
                        "PacksPanel",
                        "Signed by a key this computer does not know. It says it is from “%1”, but that cannot be checked.",
                    ),
                    signature.claimed_signer,
                )
            ]
        else:
            lines = [translate("PacksPanel", "This pack is not signed.")]
        if checked.needs_warning:
            lines.append(
                translate(
                    "PacksPanel",
                    "Family Guide cannot tell who made this pack. Its content was checked for mistakes and unsafe "
                    "links, but not for whether its advice is right. Import it only if you got it from someone you trust.",
                )
            )
        lines += [
            fill(translate("PacksPanel", "Pack: %1, version %2"), manifest.name, manifest.version),
            fill(translate("PacksPanel", "Made by: %1"), manifest.author),
            fill(translate("PacksPanel", "Modules: %1"), ", ".join(manifest.modules)),
        ]
        if checked.replaces is not None:
            lines.append(
                fill(translate("PacksPanel", "It replaces the imported version %1."), checked.replaces.version)
            )
        box = QMessageBox(self)
        box.setWindowTitle(translate("PacksPanel", "Import this pack?"))
        if checked.needs_warning:
            box.setIcon(QMessageBox.Icon.Warning)
            accept = box.addButton(translate("PacksPanel", "Import anyway"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setIcon(QMessageBox.Icon.Question)
            accept = box.addButton(translate("PacksPanel", "Import"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if checked.needs_warning else accept)  # Enter never accepts a warning
        box.setTextFormat(Qt.TextFormat.PlainText)  # names come from the pack: never read as HTML
        box.setText("\n\n".join(lines))
        box.exec()
        return box.clickedButton() is accept

    # --- remove ------------------------------------------------------------------------------
    def remove_selected(self) -> None:
        from family_guide.core.packs.reader import PackError

        items = self.packs.selectedItems()
        if not items:
            return
        pack_id = items[0].data(Qt.ItemDataRole.UserRole)
        name = items[0].text().split("\n")[0]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("PacksPanel", "Remove this pack?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            fill(
                translate(
                    "PacksPanel",
                    "Remove “%1” and its guides from this computer? You can import the pack file again later.",
                ),
                name,
            )
        )
        remove = box.addButton(translate("PacksPanel", "Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not remove:
            return
        try:
            self.store().remove(pack_id)
        except PackError as error:
            self._message(QMessageBox.Icon.Warning, translate("PacksPanel", "The pack was not removed"), str(error))
            return
        self.context.load_content()
        self.refresh()

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages name pack members: never read as HTML
        box.exec()


class PacksDialog(Retranslatable, QDialog):
    """The panel in a dialog of its own, opened from Settings: the Settings dialog stays short
    enough for a small laptop screen at 200% text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = PacksPanel(context)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        from family_guide.ui.widgets import fit_to_text

        self.setWindowTitle(translate("PacksPanel", "Content packs"))
        fit_to_text(self, 520)  # wide enough that a pack's three lines rarely wrap
