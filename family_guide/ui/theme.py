"""The app's visual language as data: design tokens, applied as one palette and one style sheet.

Tokens (type scale, an 8-px spacing grid, radii, and colours for light, dark and high contrast)
live here and nowhere else; pages ask for a role ("card", "primary", "muted") through a widget
property and the style sheet gives it its look. docs/design.md explains how to use them.

Cheap on purpose: applying the theme sets one palette and one style sheet string (well under
1 ms). Reading the system colour scheme touches Qt's enum namespace (~15 ms), so before the first
paint the scheme is guessed from the platform palette, and ``follow_system()`` checks it properly
and listens for changes right after the first paint.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from family_guide.core.translatable import QT_TRANSLATE_NOOP

# ------------------------------------------------------------------ tokens

# Spacing: everything sits on an 8-px grid (4 for the tightest gaps inside a control).
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 16, 24, 32
# Corner radii: small for controls, larger for cards (surfaces).
RADIUS_CONTROL, RADIUS_CARD = 6, 10
# Type scale: few sizes, relative to the user's text size so everything grows with it.
TYPE_SCALE = {"small": 0.9, "body": 1.0, "h3": 1.05, "h2": 1.2, "h1": 1.5}
# A comfortable line for reading: about 70 characters.
READING_CHARS = 70

APPEARANCE_NAMES = {  # one per APPEARANCES choice, shown in Settings
    "system": QT_TRANSLATE_NOOP("Theme", "Like the system (light or dark)"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}


class Colours:
    """One scheme's colours. Text on ``window``/``surface`` keeps at least 4.5:1, borders and focus 3:1.

    A plain class, not a dataclass: this module loads before the first paint, and building a
    dataclass costs about 3 ms."""

    __slots__ = (
        "accent",  # the one calm accent: primary buttons, selected section, focus
        "accent_soft",  # the selected section's background
        "accent_text",  # text on the accent
        "border",  # cards and separators (decorative)
        "control_border",  # text boxes, lists, tick boxes: at least 3:1 against the window
        "emergency",  # only "Get help now" and the emergency banner use it
        "emergency_text",
        "link",
        "name",
        "surface",  # cards, lists, text boxes
        "surface_alt",  # quotes, notes, hover
        "text",
        "text_muted",  # explanations under a sign, counts, dates
        "window",  # the page background
    )

    # Declared for type checkers; __init__ sets each one from its keyword argument.
    accent: str
    accent_soft: str
    accent_text: str
    border: str
    control_border: str
    emergency: str
    emergency_text: str
    link: str
    name: str
    surface: str
    surface_alt: str
    text: str
    text_muted: str
    window: str

    def __init__(self, **colours: str) -> None:
        for key in self.__slots__:
            setattr(self, key, colours[key])

    def __repr__(self) -> str:
        return f"Colours({self.name})"


LIGHT = Colours(
    name="light",
    window="#f6f3ef",
    surface="#ffffff",
    surface_alt="#efe9e2",
    border="#cfc6bb",
    control_border="#857a6f",
    text="#1f1c19",
    text_muted="#5a534b",
    accent="#2e6b66",
    accent_text="#ffffff",
    accent_soft="#d9ebe8",
    link="#1d5a85",
    emergency="#a8281f",
    emergency_text="#ffffff",
)
DARK = Colours(
    name="dark",
    window="#1b1a19",
    surface="#252422",
    surface_alt="#312f2c",
    border="#4a4641",
    control_border="#8c857d",
    text="#ede9e4",
    text_muted="#b9b1a7",
    accent="#80c6bd",
    accent_text="#0f2321",
    accent_soft="#2a4542",
    link="#92c8ee",
    emergency="#c2382d",
    emergency_text="#ffffff",
)
# High contrast: black and white, yellow for what acts (focus, links, selection), no greys.
CONTRAST = Colours(
    name="contrast",
    window="#000000",
    surface="#000000",
    surface_alt="#1a1a1a",
    border="#ffffff",
    control_border="#ffffff",
    text="#ffffff",
    text_muted="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    accent_soft="#3d3d00",  # selected rows: a dark olive behind white text, with a yellow border
    link="#ffff00",
    emergency="#ff8080",
    emergency_text="#000000",
)
SCHEMES = {c.name: c for c in (LIGHT, DARK, CONTRAST)}


# ------------------------------------------------------------------ applying them


def scheme_for(appearance: str, system_dark: bool) -> Colours:
    """The colours for a Settings choice; "system" follows the OS light or dark scheme."""
    if appearance == "system":
        return DARK if system_dark else LIGHT
    return SCHEMES.get(appearance, LIGHT)


def palette_for(colours: Colours) -> QPalette:
    """A full palette, so standard widgets (and the content view's CSS) follow the scheme."""
    role = QPalette.ColorRole
    palette = QPalette()
    pairs = {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.surface,
        role.AlternateBase: colours.surface_alt,
        role.Text: colours.text,
        role.Button: colours.surface,
        role.ButtonText: colours.text,
        role.BrightText: colours.emergency_text,
        role.Highlight: colours.accent,
        role.HighlightedText: colours.accent_text,
        role.Link: colours.link,
        role.LinkVisited: colours.link,
        role.ToolTipBase: colours.surface,
        role.ToolTipText: colours.text,
        role.PlaceholderText: colours.text_muted,
        role.Light: colours.surface,
        role.Midlight: colours.surface_alt,
        role.Mid: colours.border,
        role.Dark: colours.border,
        role.Shadow: colours.border,
    }
    for colour_role, value in pairs.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor(colours.text_muted))
    if colours.name == "contrast":
        # Fusion outlines drop-down boxes in a shade of the window colour (black here), so their
        # fill carries the boundary: a grey with 3:1 against black and 7:1 under white text.
        palette.setColor(role.Button, QColor("#595959"))
    return palette


def style_sheet(c: Colours) -> str:
    """The one application style sheet. No font sizes here: text follows the user's text size."""
    focus_width = 3 if c.name == "contrast" else 2
    return _rules(c, focus_width) + (_CONTRAST_SCROLLBARS if c.name == "contrast" else "")


# Fusion draws scroll-bar handles in the window's colour family: black on black in high contrast.
_CONTRAST_SCROLLBARS = """
QScrollBar:vertical { background: #000000; width: 16px; border: 1px solid #ffffff; }
QScrollBar:horizontal { background: #000000; height: 16px; border: 1px solid #ffffff; }
QScrollBar::handle { background: #ffffff; min-height: 24px; min-width: 24px; margin: 2px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


def _rules(c: Colours, focus_width: int) -> str:
    return f"""
QScrollArea#PageScroll {{ border: none; background: {c.window}; }}
QListWidget#SectionList {{
    background: {c.window}; border: 0px; border-right: 1px solid {c.border};
    padding: {SPACE_S}px {SPACE_XS}px; outline: none;
}}
QListWidget#SectionList:right-to-left {{ border-right: none; border-left: 1px solid {c.border}; }}
QListWidget#SectionList::item {{
    padding: {SPACE_S}px {SPACE_XS + 2}px; margin: 1px 0; border-radius: {RADIUS_CONTROL}px; color: {c.text};
}}
QListWidget#SectionList::item:hover {{ background: {c.surface_alt}; }}
QListWidget#SectionList::item:selected {{
    background: {c.accent_soft}; color: {c.text}; font-weight: bold;
}}
QListWidget#SectionList::item:focus {{ border: {focus_width}px solid {c.accent}; }}
QPushButton {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
    border-radius: {RADIUS_CONTROL}px; padding: {SPACE_XS + 2}px {SPACE_M}px; min-height: 1.4em;
}}
QPushButton:hover {{ background: {c.surface_alt}; }}
QPushButton:focus {{ border: {focus_width}px solid {c.accent}; }}
QPushButton:disabled {{ color: {c.text_muted}; border-style: dashed; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border: {focus_width}px solid {c.text}; }}
QPushButton[role="primary"]:disabled {{
    background: {c.surface}; color: {c.text_muted}; border: 1px dashed {c.control_border}; font-weight: normal;
}}
QPushButton#GetHelpNow {{
    background: {c.emergency}; color: {c.emergency_text}; border: 1px solid {c.emergency}; font-weight: bold;
}}
QPushButton#GetHelpNow:focus {{ border: {focus_width}px solid {c.text}; }}
QFrame[role="card"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS_CARD}px;
}}
QFrame[role="card"] QTextBrowser {{ border: none; background: {c.surface}; }}
QLabel[role="muted"] {{ color: {c.text_muted}; }}
QListWidget[role="cards"], QListView[role="cards"] {{
    background: {c.window}; border: none; outline: none;
}}
QListWidget[role="cards"]::item, QListView[role="cards"]::item {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS_CONTROL}px;
    padding: {SPACE_S}px; color: {c.text};
}}
QListWidget[role="cards"]::item:hover, QListView[role="cards"]::item:hover {{ background: {c.surface_alt}; }}
QListWidget[role="cards"]::item:selected, QListView[role="cards"]::item:selected {{
    background: {c.accent_soft}; border: {focus_width}px solid {c.accent}; color: {c.text};
    padding: {SPACE_S + 1 - focus_width}px;  /* the thicker border takes the padding's place: same text room */
}}
QCheckBox::indicator {{ width: 1.1em; height: 1.1em; }}
QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTreeView, QScrollArea {{
    border: 1px solid {c.control_border}; border-radius: {RADIUS_CONTROL}px;
}}
QLineEdit {{ padding: 2px 4px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus {{ border: {focus_width}px solid {c.accent}; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
"""


def system_is_dark_guess(app: QApplication) -> bool:
    """A cheap first guess (no enum namespace): the platform palette has light text on a dark window."""
    palette = app.palette()  # before the theme sets its own: the platform's
    role = QPalette.ColorRole
    return palette.color(role.WindowText).lightness() > palette.color(role.Window).lightness()


_active: list[Colours] = []  # the colours last applied (one app, one theme)


def active_colours() -> Colours:
    """The scheme in use, for HTML that needs a colour no palette role holds (the emergency banner)."""
    return _active[-1] if _active else LIGHT


class Theme:
    """Applies the tokens to the application and keeps them applied when the choice or the system changes."""

    def __init__(self, app: QApplication, on_change=None):
        self.app = app
        self.on_change = on_change  # called after the system scheme changed the colours
        self.appearance = "system"
        self.system_dark = system_is_dark_guess(app)
        self.colours = LIGHT

    def apply(self, appearance: str, font_changed: bool = False) -> Colours:
        """``font_changed``: the app font was just set; widgets polished by a style sheet keep their
        old font until they are polished again."""
        self.appearance = appearance
        colours = scheme_for(appearance, self.system_dark)
        if font_changed and colours is self.colours and self.app.styleSheet():
            self._repolish_open_windows()
        if colours is not self.colours or not self.app.styleSheet():
            self.colours = colours
            _active[:] = [colours]
            self.app.setPalette(palette_for(colours))
            self.app.setStyleSheet(style_sheet(colours))
            # Icons are cached by colour, so a new scheme draws its own; nothing to clear here
            # (importing the icon module before the first paint would cost ~3 ms).
        return self.colours

    def _repolish_open_windows(self) -> None:
        """Polish the widgets of the open windows again, so they take the new app font. Re-setting
        the app style sheet would do it too, but for every widget ever made, hidden ones included
        (about three times slower in one window, far more in a long test run)."""
        from PySide6.QtWidgets import QWidget

        style = self.app.style()
        for window in self.app.topLevelWidgets():
            if window.isVisible():
                for widget in [window, *window.findChildren(QWidget)]:
                    style.unpolish(widget)
                    style.polish(widget)

    def follow_system(self) -> None:
        """After the first paint: read the OS scheme (Qt 6.5+) and re-apply when it changes."""
        hints = self.app.styleHints()
        if not hasattr(hints, "colorScheme"):
            return
        from PySide6.QtCore import Qt

        def changed(scheme) -> None:
            dark = scheme == Qt.ColorScheme.Dark
            if scheme != Qt.ColorScheme.Unknown and dark != self.system_dark:
                self.system_dark = dark
                self.apply(self.appearance)
                if self.on_change is not None:
                    self.on_change()

        hints.colorSchemeChanged.connect(changed)
        changed(hints.colorScheme())


def column_margin(widget, available: int, chars: int = READING_CHARS + 30) -> int:
    """Side margin that centres a column of about ``chars`` characters (text plus its buttons) in
    ``available`` pixels: wide windows get a calm centred page, narrow ones the full width."""
    return max(0, (available - widget.fontMetrics().averageCharWidth() * chars) // 2)


def let_combos_shrink(root) -> None:
    """Under any application style sheet, a drop-down box will not shrink below its longest item,
    so a long topic name at 200% text would widen the window. Boxes still on Qt's default policy
    may shrink to about 10 characters (the text elides; the open list shows it whole)."""
    from PySide6.QtWidgets import QComboBox

    policy = QComboBox.SizeAdjustPolicy
    for combo in root.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() == policy.AdjustToContentsOnFirstShow:
            combo.setSizeAdjustPolicy(policy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)


def scaled_font(level: str):
    """A copy of the app font at a step of the type scale (e.g. "small", "h2")."""
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * TYPE_SCALE[level])
    return font
