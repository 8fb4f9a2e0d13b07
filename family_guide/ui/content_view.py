"""A read-only view of content HTML with safe links and no resource loading at all.

Links never navigate by themselves: in-app targets (module:, help:) are forwarded to the
app, web and mail addresses open only after the user confirms the full address, and
anything else is ignored. ``loadResource`` returns nothing but the app's own information
icon (drawn by the style), so no image, local or remote, can ever be fetched from content.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from family_guide.core.translatable import fill
from family_guide.ui.content_html import INFO_ICON, ltr
from family_guide.ui.i18n import translate


def stylesheet(palette: QPalette) -> str:
    """Document CSS built from the palette, so dark and high-contrast themes keep working."""
    text = palette.color(QPalette.ColorRole.Text).name()
    alt = palette.color(QPalette.ColorRole.AlternateBase).name()
    link = palette.color(QPalette.ColorRole.Link).name()
    from family_guide.ui.theme import active_colours

    theme = active_colours()
    # Only the emergency banner takes the emergency colour; "act today" is calm (the accent).
    return f"""
        body {{ color: {text}; }}
        h1 {{ font-size: x-large; margin-bottom: 4px; }}
        h2 {{ font-size: large; margin-top: 18px; margin-bottom: 6px; }}
        h3 {{ font-size: medium; margin-top: 12px; }}
        a {{ color: {link}; }}
        p, li {{ line-height: 140%; }}
        .meta {{ font-style: italic; }}
        table.say {{ background-color: {alt}; margin-top: 6px; margin-bottom: 6px; }}
        table.note {{ background-color: {alt}; }}
        table.banner-emergency {{ background-color: {alt}; border: 4px solid {theme.emergency};
            border-style: solid; border-collapse: collapse; margin-bottom: 10px; }}
        table.banner-act {{ background-color: {alt}; border: 2px solid {theme.accent};
            border-style: solid; border-collapse: collapse; margin-bottom: 10px; }}
        p.banner-head {{ font-size: x-large; font-weight: bold; }}
        table.adult-note {{ background-color: {alt}; font-style: italic; margin-bottom: 6px; }}
    """


def info_icon(size: int):
    """The style's information icon at the text's height (it grows with the text size)."""
    from PySide6.QtWidgets import QApplication, QStyle

    icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return icon.pixmap(size, size).toImage()


class ContentView(QTextBrowser):
    moduleLinkActivated = Signal(str, str)  # module id, fragment
    helpLinkActivated = Signal(str)  # "now" or "directory"
    copied = Signal(str)  # text put on the clipboard from a copy: link (a phone number)
    revealRequested = Signal(int)  # a reveal:N link (one hidden answer in a guide)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._route)
        self._html = ""
        self.refresh_style()

    def set_reading_width(self, characters: int) -> None:
        """Keep lines to a comfortable length (about 70 characters) however wide the window is."""
        self._reading_chars = characters
        self._apply_reading_width()

    def _apply_reading_width(self) -> None:
        """Wrap at the reading width and centre the column in the spare room (see docs/design.md):
        in a wide window the text sits in the middle, as on a page, in either direction."""
        chars = getattr(self, "_reading_chars", 0)
        if not chars:
            return
        from PySide6.QtCore import Qt

        edge = 6  # the usual document margin, kept on the side where reading starts
        spare = max(0, self.viewport().width() - self.fontMetrics().averageCharWidth() * chars - 2 * edge)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        start, end = spare // 2, spare - spare // 2
        frame.setLeftMargin(edge + (end if right_to_left else start))
        frame.setRightMargin(edge + (start if right_to_left else end))
        root.setFrameFormat(frame)

    def reading_width(self) -> float:
        """The width text wraps at now (for tests and layout checks)."""
        frame = self.document().rootFrame().frameFormat()
        return self.viewport().width() - frame.leftMargin() - frame.rightMargin()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_reading_width()

    def show_html_keeping_place(self, html: str) -> None:
        """Replace the text without jumping back to the top (after revealing an answer)."""
        position = self.verticalScrollBar().value()
        self.show_html(html)
        self.verticalScrollBar().setValue(position)

    def loadResource(self, kind, url):
        if url.toString() == INFO_ICON:
            return info_icon(self.fontMetrics().height())
        return None

    def refresh_style(self) -> None:
        self.document().setDefaultStyleSheet(stylesheet(self.palette()))
        if self._html:
            self.setHtml(self._html)

    def show_html(self, html: str) -> None:
        self._html = html
        self.setHtml(html)
        self._apply_reading_width()  # a new document starts with default margins

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self.refresh_style()
        elif event.type() in (
            event.Type.FontChange,
            event.Type.ApplicationFontChange,
            event.Type.LayoutDirectionChange,
        ):
            self._apply_reading_width()

    def _route(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "module":
            self.moduleLinkActivated.emit(url.path(), url.fragment())
        elif scheme == "help":
            self.helpLinkActivated.emit(url.path())
        elif scheme == "reveal" and url.path().isdigit():
            self.revealRequested.emit(int(url.path()))
        elif scheme == "copy":
            self.copy_text(url.path())
        elif scheme in ("https", "mailto", "tel"):
            open_external(self, url)

    def copy_text(self, text: str) -> None:
        from PySide6.QtGui import QCursor, QGuiApplication
        from PySide6.QtWidgets import QToolTip

        QGuiApplication.clipboard().setText(text)
        QToolTip.showText(QCursor.pos(), fill(translate("ContentView", "Copied: %1"), text), self)
        self.copied.emit(text)


def open_external(parent: QWidget, url: QUrl) -> bool:
    """Open a web, mail or phone address in the system's app, after the user confirms it.

    The address is shown fully encoded (other letters as %XX, the host in punycode), so
    look-alike letters and invisible characters cannot disguise it, and isolated left to right,
    so a right-to-left language cannot reorder it. The website is shown apart, so
    "https://trusted.example@elsewhere.org" reads as elsewhere.org. What opens is what is shown.
    """
    if not url.isValid():  # nothing to show faithfully, so nothing to offer
        return False
    encoded = QUrl.ComponentFormattingOption.FullyEncoded
    address, host = ltr(url.toString(encoded)), url.host(encoded)
    if host:
        # %2 first: the encoded address may itself contain "%2" (as in %2F).
        text = fill(
            translate(
                "ContentView",
                "This opens your web browser at this address:\n\n%1\n\nWebsite: %2\n\n"
                "Family Guide itself never connects to the internet.",
            ),
            address,
            ltr(host),
        )
    else:
        text = fill(
            translate(
                "ContentView",
                "This opens another program (such as your web browser) at this address:\n\n%1\n\n"
                "Family Guide itself never connects to the internet.",
            ),
            address,
        )
    answer = QMessageBox.question(parent, translate("ContentView", "Open outside Family Guide?"), text)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return QDesktopServices.openUrl(url)
