"""The visual language: tokens applied to widgets, colour choices in Settings, bundled icons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from family_guide.ui import icons, theme
from family_guide.ui.widgets import heading


@pytest.fixture
def restore_appearance(context):
    yield
    context.update_settings(appearance="system")


def _window_colour(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.Window).name()


def test_widgets_follow_the_tokens(window, context):
    colours = context.theme.colours
    assert colours in (theme.LIGHT, theme.DARK)  # "system": light or dark, as the OS says
    assert _window_colour(window.nav) == colours.window
    assert window.nav.palette().color(QPalette.ColorRole.Text).name() == colours.text
    title = heading("Title", level=1)
    assert title.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * theme.TYPE_SCALE["h1"])
    sheet = QApplication.instance().styleSheet()
    assert colours.emergency in sheet and f"{theme.RADIUS_CARD}px" in sheet  # Get help now, cards


def test_only_get_help_now_uses_the_emergency_colour():
    for colours in theme.SCHEMES.values():
        sheet = theme.style_sheet(colours)
        rules = [block for block in sheet.split("}") if colours.emergency in block]
        assert rules and all("GetHelpNow" in block for block in rules)


def _choose_in_settings(qtbot, window, appearance: str) -> None:
    from family_guide.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.appearance
    combo.setFocus()
    target = combo.findData(appearance)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_dark_and_high_contrast_switch_through_settings(qtbot, window, context, restore_appearance):
    _choose_in_settings(qtbot, window, "dark")
    assert context.settings["appearance"] == "dark"
    assert _window_colour(window.nav) == theme.DARK.window
    assert theme.DARK.emergency in QApplication.instance().styleSheet()
    _choose_in_settings(qtbot, window, "contrast")
    assert context.settings["appearance"] == "contrast"
    assert _window_colour(window.nav) == "#000000"
    assert window.nav.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
    # The content view's document colours follow too (its CSS is built from the palette).
    window.show_section("conversations")
    assert "#ffffff" in window.pages["conversations"].view.document().defaultStyleSheet()
    _choose_in_settings(qtbot, window, "light")
    assert _window_colour(window.nav) == theme.LIGHT.window


def test_system_scheme_is_followed_until_a_choice_is_made(context, restore_appearance):
    context.theme.system_dark = True
    context.update_settings(appearance="system")
    assert context.theme.colours is theme.DARK
    context.theme.system_dark = False
    context.update_settings(appearance="light")
    assert context.theme.colours is theme.LIGHT


def test_icons_load_from_the_bundled_files(qapp):
    assert icons.check_bundled() >= len(icons.SECTION_ICONS)
    for name in icons.SECTION_ICONS.values():
        assert icons.icon_path(name).parent.name == "icons"
        drawn = icons.icon(name, "#000000").pixmap(24, 24).toImage()
        assert not drawn.isNull()
        assert any(drawn.pixelColor(x, y).alpha() for x in range(24) for y in range(24))  # something drawn
    assert (icons.icon_path("house").parent / "LICENSE").read_text().startswith("ISC License")
    with pytest.raises(icons.IconMissing):
        icons.icon("no-such-icon")


def test_sections_show_icons_with_their_names(window):
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert item.text() and not item.icon().isNull()
    assert window.nav.iconSize().height() >= window.nav.fontMetrics().height()  # icons grow with the text


def test_home_has_no_frame_around_it_like_every_other_page(qtbot, window):
    """Home sits in a scroll area (large text on a small screen); the theme's frame for scroll areas
    that are controls drew a box around the whole page, which no other page has."""
    window.show()
    qtbot.waitExposed(window)
    window.show_section("home")
    area = window.home_scroll
    image = area.grab().toImage()
    middle = image.height() // 2
    edge, inside = image.pixelColor(0, middle), image.pixelColor(4, middle)
    assert edge == inside, (edge.name(), inside.name())
