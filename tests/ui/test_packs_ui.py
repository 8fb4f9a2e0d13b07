"""Settings > Content: import a pack (with the warning for unsigned ones), see it listed, remove it;
the catalog reloads without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from family_guide.core.packs import builder
from family_guide.core.packs.signing import make_key
from tests.core.test_packs import INFO, MODULE_ID, module_files, zip_of
from tests.ui.conftest import on_modal


def install_sample_pack(context) -> None:
    """A pack signed by a key this computer does not know, with a long name (for layout checks)."""
    import tempfile

    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from family_guide.core.packs.store import PackStore

    pem, _ = make_key("Community Safeguarding Network of the Northern Districts")
    info = {**INFO, "name": "Parish and community evening workshop plans", "author": "Safeguarding Network"}
    data = builder.build_pack(info, module_files(), load_pem_private_key(pem, None), "Community Safeguarding Network")
    store = PackStore.for_app(context.paths)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.zip"
        path.write_bytes(data)
        store.install(store.check(path), allow_untrusted=True)


@pytest.fixture
def dialog(qtbot, context):
    from family_guide.ui.packs_panel import PacksDialog

    dialog = PacksDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_opens_the_content_packs_dialog(qtbot, context):
    from family_guide.ui.packs_panel import PacksDialog
    from family_guide.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    opened = []

    def look(packs):
        opened.append((packs.windowTitle(), packs.content.import_button.text()))
        packs.reject()

    on_modal(look, PacksDialog)
    qtbot.mouseClick(settings.packs_button, Qt.MouseButton.LeftButton)
    assert opened == [("Content packs", "I&mport a pack…")]


def offer_file(monkeypatch, panel, path: Path) -> None:
    """The user picks ``path`` in the file dialog."""
    monkeypatch.setattr(panel, "choose_file", lambda: path)


def answer(texts: list[str], button_text: str | None = None, kind=QMessageBox):
    """On the next message box: note its text, then press the button labelled ``button_text``
    (or the default button)."""

    def handle(box):
        texts.append(box.text())
        chosen = next((b for b in box.buttons() if b.text() == button_text), None) if button_text else None
        (chosen or box.defaultButton() or box.buttons()[0]).click()

    on_modal(handle, kind)


def test_an_unsigned_pack_imports_only_after_the_warning_and_shows_at_once(
    qtbot, dialog, context, tmp_path, monkeypatch
):
    panel = dialog.content
    assert panel.empty.isVisibleTo(dialog) and not panel.packs.isVisibleTo(dialog)
    path = tmp_path / "p.zip"
    path.write_bytes(builder.build_pack(INFO, module_files()))
    offer_file(monkeypatch, panel, path)

    seen: list[str] = []
    answer(seen)  # the default button on a warning is Cancel
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("This pack is not signed.\n\nFamily Guide cannot tell who made this pack.")
    assert MODULE_ID not in context.catalog.modules
    assert not context.paths.user_modules_dir.exists()

    answer(seen, "Import anyway")
    answer(seen)  # "Pack imported"
    reloaded = []
    context.catalogChanged.connect(lambda: reloaded.append(True))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert "is imported" in seen[-1]
    assert reloaded and context.catalog.modules[MODULE_ID].origin == "user"
    assert panel.packs.count() == 1
    row = panel.packs.item(0)
    assert row.text() == f"Test pack 1.0, by Test Org\nNot signed\nModules: {MODULE_ID}"

    row.setSelected(True)
    assert panel.remove_button.isEnabled()
    answer(seen, "Remove")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Remove “Test pack 1.0, by Test Org”" in seen[-1]
    assert MODULE_ID not in context.catalog.modules
    assert panel.packs.count() == 0 and not panel.remove_button.isEnabled()


def test_a_known_signer_is_named_and_the_list_says_so(qtbot, dialog, context, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    pem, public = make_key("Safe Families Org")
    trusted = context.paths.config_dir / "trusted-keys"
    trusted.mkdir(parents=True, exist_ok=True)
    (trusted / "org.pub").write_text(public.line(), encoding="utf-8")
    path = tmp_path / "p.zip"
    path.write_bytes(builder.build_pack(INFO, module_files(), load_pem_private_key(pem, None), "Safe Families Org"))
    offer_file(monkeypatch, dialog.content, path)
    seen: list[str] = []
    answer(seen)  # the default button for a known signer is Import
    answer(seen)
    qtbot.mouseClick(dialog.content.import_button, Qt.MouseButton.LeftButton)
    assert "Signed by Safe Families Org, a signer this computer knows." in seen[0]
    assert "cannot tell who made" not in seen[0]
    row = dialog.content.packs.item(0).text()
    assert f"Signed by Safe Families Org, a known signer (key {public.fingerprint})" in row


def test_a_bad_pack_shows_the_reason_and_changes_nothing(qtbot, dialog, context, tmp_path, monkeypatch):
    path = tmp_path / "bad.zip"
    path.write_bytes(zip_of([("../evil.yaml", b"x")]))
    offer_file(monkeypatch, dialog.content, path)
    seen: list[str] = []
    answer(seen)
    qtbot.mouseClick(dialog.content.import_button, Qt.MouseButton.LeftButton)
    assert "'../evil.yaml': the name leads outside the pack" in seen[0]
    assert not context.paths.user_modules_dir.exists()


def test_the_file_dialog_keeps_no_history(qtbot, dialog, tmp_path):
    from family_guide.ui.file_dialogs import qt_file_dialog_settings

    def pick(file_dialog):
        file_dialog.setDirectory(str(tmp_path))
        file_dialog.reject()

    on_modal(pick, QFileDialog)
    assert dialog.content.choose_file() is None
    settings = qt_file_dialog_settings()
    assert str(tmp_path) not in str(settings.value("FileDialog/history")) + str(
        settings.value("FileDialog/lastVisited")
    )


def test_the_panel_has_keyboard_names_and_translates(qtbot, dialog, context):
    panel = dialog.content
    assert "&" in panel.import_button.text() and panel.remove_button.text().startswith("&")
    assert panel.packs.accessibleName() == "Imported content packs"
    context.set_language("es")
    assert panel.title.text()  # retranslated without an error, in any state of the translation
