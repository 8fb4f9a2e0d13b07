"""The main window as a user meets it: navigation by mouse and keyboard, Get help now everywhere,
accessible names, safe links, warning-sign ticks, first-run setup, skipped-content notice."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMessageBox, QWidget

from family_guide.ui.help_now import HelpNowDialog
from family_guide.ui.main_window import SECTION_TABLE, SECTIONS, MainWindow


def close_modal_later(seen: list):
    """Record and close the next modal dialog (Get help now, message boxes) once it is open."""

    def close():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, close)
            return
        seen.append(modal)
        modal.reject() if hasattr(modal, "reject") else modal.close()

    QTimer.singleShot(0, close)


def test_neutral_window_title(window):
    assert window.windowTitle() == "Family Guide"


def test_clicking_each_section_shows_its_page(qtbot, window):
    for row, key in enumerate(SECTIONS):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_section() == key
        shown = window.stack.currentWidget()  # the page, or the scroll area it sits in (Home)
        assert window.pages[key] in (shown, getattr(shown, "widget", lambda: None)())


def test_ctrl_number_keys_switch_sections(qtbot, window):
    for number, key in reversed(list(enumerate(SECTIONS, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == key


def test_the_navigation_shows_each_sections_label_and_shortcut_from_one_table(window):
    assert len({section.shortcut for section in SECTION_TABLE}) == len(SECTION_TABLE)
    for row, section in enumerate(SECTION_TABLE):
        item = window.nav.item(row)
        assert item.text() == section.label  # English: the source text
        assert item.toolTip() == f"{section.label} ({section.shortcut})"
        assert window.section_actions[row].shortcut().toString() == section.shortcut


def test_home_buttons_lead_to_their_sections(qtbot, window):
    home = window.pages["home"]
    qtbot.mouseClick(home.signs, Qt.MouseButton.LeftButton)
    assert window.current_section() == "warning_signs"
    window.show_section("home")
    qtbot.mouseClick(home.talk, Qt.MouseButton.LeftButton)
    assert window.current_section() == "conversations"


def test_f1_opens_get_help_now_from_every_section(qtbot, window):
    for key in SECTIONS:
        window.show_section(key)
        seen: list = []
        close_modal_later(seen)
        qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
        assert len(seen) == 1 and isinstance(seen[0], HelpNowDialog), key


def test_get_help_now_shows_the_countrys_emergency_number(qtbot, context):
    dialog = HelpNowDialog(context)
    qtbot.addWidget(dialog)
    assert "999" in dialog.emergency_numbers()  # the fixture's country is GB
    assert dialog.call.text() == "Call \u2066999\u2069 now."  # above every step, in large type
    dialog.show_step("images")
    text = dialog.view.toPlainText()
    assert "Never save, screenshot or forward a sexual image of a child" in text
    assert "Take It Down" in text


def test_keyboard_alone_reaches_get_help_now(qtbot, window):
    window.nav.setFocus()
    for _ in range(60):
        if QApplication.focusWidget() is window.help_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.help_button
    seen: list = []
    close_modal_later(seen)
    qtbot.keyClick(window.help_button, Qt.Key.Key_Space)
    assert isinstance(seen[0], HelpNowDialog)


def _focusable(root: QWidget):
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisibleTo(root) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            yield widget


def test_every_focusable_control_has_an_accessible_name(qtbot, window):
    for key in SECTIONS:
        window.show_section(key)
        qtbot.wait(1)
        for widget in _focusable(window):
            if widget.focusProxy() is not None:
                continue
            iface = QAccessible.queryAccessibleInterface(widget)
            name = iface.text(QAccessible.Text.Name)
            if isinstance(widget, QComboBox):
                name = name or widget.currentText()
            assert name.strip(), f"{key}: {type(widget).__name__} {widget.objectName()!r} has no accessible name"


def test_module_links_route_inside_the_app(window, context):
    window.show_section("conversations")
    window.pages["conversations"].view.anchorClicked.emit(QUrl("module:grooming-signs"))
    assert window.current_section() == "warning_signs"
    assert window.pages["warning_signs"].module.id == "grooming-signs"


def test_web_links_open_only_after_confirmation(window, monkeypatch):
    asked, opened = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    window.pages["conversations"].view.anchorClicked.emit(QUrl("https://example.org/page"))
    assert "https://example.org/page" in asked[0]
    assert opened == []


def test_the_confirmation_shows_an_address_that_cannot_be_disguised(qtbot, window, monkeypatch):
    """A look-alike host, a user name that looks like a host, a right-to-left override and a
    '%2' in the path: the dialog shows the encoded address, isolated left to right, and the
    real host apart; the address opened is exactly the one shown."""
    from tests.ui.conftest import on_modal

    opened, shown = [], []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)

    def read_and_accept(box: QMessageBox) -> None:
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(read_and_accept, QMessageBox)
    spoof = "https://www.nspcc.org.uk@\u0430\u0440\u0440\u04cf\u0435.com/\u202efdp.exe%2Fx"
    window.pages["conversations"].view.anchorClicked.emit(QUrl(spoof))
    qtbot.waitUntil(lambda: bool(opened))
    encoded = "https://www.nspcc.org.uk@xn--80ak6aa92e.com/%E2%80%AEfdp.exe%2Fx"
    assert f"\u2066{encoded}\u2069" in shown[0]
    assert "Website: \u2066xn--80ak6aa92e.com\u2069" in shown[0]
    assert "\u202e" not in shown[0]
    assert opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded) == encoded


def test_an_address_qt_cannot_read_is_not_offered_at_all(window, monkeypatch):
    asked, opened = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    window.pages["conversations"].view.anchorClicked.emit(QUrl("https://exa\u202emple.org/"))
    assert asked == [] and opened == []


def test_ticking_an_emergency_sign_shows_the_emergency_steps(qtbot, window):
    window.show_section("warning_signs")
    page = window.pages["warning_signs"]
    page.show_module("grooming-signs")
    assert "Tick the signs" in page.result.toPlainText()
    box = page.boxes["meeting-planned"]
    qtbot.mouseClick(box.box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert "1 sign ticked." in page.result.toPlainText()
    emergency_title = page.module.tier("en", "emergency").value.title
    assert emergency_title in page.result.toPlainText()


def test_text_size_setting_scales_the_whole_app(qtbot, window, context):
    before = QApplication.font().pointSizeF()
    title = window.pages["home"].title
    title_before = title.font().pointSizeF()
    context.update_settings(text_scale=200)
    assert QApplication.font().pointSizeF() == before * 2
    assert title.font().pointSizeF() > title_before * 1.9


def test_first_run_setup_then_home(qtbot, context):
    context.update_settings(setup_done=False)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_setup()
    window.resize(1000, 700)  # offscreen, an unsized window never becomes the active one
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.current_section() == "setup"
    assert not window.nav.isEnabled()
    seen: list = []
    close_modal_later(seen)
    qtbot.keyClick(window.setup_page, Qt.Key.Key_F1)  # help works before setup is finished
    assert isinstance(seen[0], HelpNowDialog)
    form = window.setup_page.form
    form.country.setCurrentIndex(form.country.findData("IN"))
    form.role.setCurrentIndex(form.role.findData("counselor"))
    qtbot.mouseClick(window.setup_page.start, Qt.MouseButton.LeftButton)
    assert window.current_section() == "home"
    assert window.nav.isEnabled()
    assert context.settings["country"] == "IN" and context.settings["setup_done"] is True
    saved = context.paths.settings_file.read_text()
    assert '"country": "IN"' in saved and '"role": "counselor"' in saved


def test_a_first_run_paints_setup_first_and_builds_home_and_the_country_search_right_after(qtbot, context):
    """As run_app starts a first run: Home (covered by Setup) and the search by any part of a country's
    name (Qt's enum namespace, ~15-30 ms) wait for complete(), which the app calls just after the first paint."""
    context.update_settings(setup_done=False)
    window = MainWindow(context, defer=True)
    qtbot.addWidget(window)
    window.start_setup()
    country = window.setup_page.form.country
    assert window.home_scroll is None
    assert country.completer().filterMode() != Qt.MatchFlag.MatchContains
    window.complete()
    assert window.home_scroll is not None and window.current_section() == "setup"
    assert country.completer().filterMode() == Qt.MatchFlag.MatchContains
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.setup_page.start, Qt.MouseButton.LeftButton)
    assert window.current_section() == "home" and window.stack.currentWidget() is window.home_scroll


def test_skipped_user_module_shows_a_notice_and_the_rest_works(qtbot, window, context, module_copy):
    broken = module_copy("online-friends", into=context.paths.user_modules_dir)
    broken.rename(context.paths.user_modules_dir / "broken-pack")
    context.load_content()
    assert window.notice.isVisible()
    assert "1 content module has mistakes, so what could not be read was left out" in window.notice.message.text()
    assert "online-friends" in context.catalog.modules  # the bundled guide still works
    window.show_section("conversations")
    assert window.pages["conversations"].guides.count() >= 1


def test_the_notice_says_how_many_module_folders_were_not_read(window, context, monkeypatch):
    from family_guide.core import loader
    from tests.conftest import MODULES

    limit = len([p for p in MODULES.iterdir() if p.is_dir()])  # the bundled folder stays within it
    monkeypatch.setattr(loader, "MAX_MODULES_PER_FOLDER", limit)
    for number in range(limit + 1):
        (context.paths.user_modules_dir / f"pack-{number:03}").mkdir(parents=True)
    context.load_content()
    assert window.notice.isVisible()
    assert f"{limit} content modules have mistakes" in window.notice.message.text()  # read: no module.yaml
    assert "Folders not read because there are too many modules in one folder: 1." in window.notice.message.text()
    assert "1 more module folder(s) were not read" in context.catalog.problems[-1].message  # in the details


def test_no_button_without_text_or_name(window):
    for key in SECTIONS:
        window.show_section(key)
        for button in window.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and not button.text():
                assert button.accessibleName(), key


def test_settings_dialog_applies_language_and_text_size_without_restart(qtbot, window, context):
    from family_guide.ui.settings_dialog import SettingsDialog

    base = QApplication.font().pointSizeF()
    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.text_size.setCurrentIndex(form.text_size.findData(150))
    form.language.setCurrentIndex(form.language.findData("es"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert QApplication.font().pointSizeF() == base * 1.5
    assert window.nav.item(0).text() == "Inicio"
    saved = context.paths.settings_file.read_text()
    assert '"text_scale": 150' in saved and '"language": "es"' in saved
