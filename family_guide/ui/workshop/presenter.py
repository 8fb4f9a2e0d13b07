"""Present a plan: the slides full screen on the audience's screen, and a presenter view (current
and next slide, notes, questions, elapsed time and the section timer) on the presenter's screen.
With one screen, N shows the notes over the slide on that screen.

All key logic is in core/workshop/presenting.py; this module maps keys to its actions and shows
the state. Nothing here reads the journal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPainter, QScreen, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from family_guide.core.render import to_inline_html
from family_guide.core.translatable import fill
from family_guide.core.workshop.helplines import WorkshopHelp
from family_guide.core.workshop.plan import PlanDraft
from family_guide.core.workshop.presenting import Presentation
from family_guide.core.workshop.timing import SessionTimer, clock_text
from family_guide.ui.content_html import directed, ltr, tag
from family_guide.ui.i18n import translate
from family_guide.ui.workshop.canvas import SlideCanvas
from family_guide.ui.workshop.keys import action_for, claims, key_list
from family_guide.ui.workshop.slides import SlideDeck

PACE_COLOURS = {"behind": "#a14500", "ahead": "#1f5fa8"}  # both 4.5:1 or more on white


def pace_text(pace: str) -> str:
    return {
        "ahead": translate("Presenter", "ahead"),
        "on-time": translate("Presenter", "on time"),
        "behind": translate("Presenter", "behind"),
    }[pace]


def notes_html(draft: PlanDraft, slide_id: str, language: str) -> str:
    """The facilitator's notes, questions and role-play answers for one slide."""
    slide = draft.slide(slide_id)
    words, _ = slide.text(language)
    out = [directed(tag("h3", words.get("title", "")), slide.language_of(language, "title"))]
    if words.get("notes"):
        notes = "<ul>" + "".join(f"<li>{to_inline_html(n)}</li>" for n in words["notes"]) + "</ul>"
        out.append(directed(notes, slide.language_of(language, "notes")))
    if words.get("questions"):
        out.append(tag("h3", translate("Presenter", "Questions for the group")))
        questions = "<ul>" + "".join(f"<li>{to_inline_html(q)}</li>" for q in words["questions"]) + "</ul>"
        out.append(directed(questions, slide.language_of(language, "questions")))
    for number, card in enumerate(words.get("cards", []), start=1):
        if card.get("you_might_say"):
            head = fill(translate("Presenter", "Card %1: one good answer"), str(number))
            answer = f"<p>{to_inline_html(card['you_might_say'])}</p>"
            out.append(tag("h3", head) + directed(answer, slide.language_of(language, "cards")))
    return "".join(out)


class KeyForwarder(QObject):
    """Sends every presenter key from a window to the controller, ahead of the app's shortcuts."""

    def __init__(self, handle: Callable[[QKeyEvent], bool]):
        super().__init__()
        self._handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and claims(event):
            event.accept()  # deliver it as a key press to us, not to a shortcut
            return True
        if event.type() == QEvent.Type.KeyPress:
            return self._handle(event)  # type: ignore[arg-type]  # a KeyPress event is a QKeyEvent
        return False


class AudienceView(SlideCanvas):
    """The slide, full screen. With one screen it also carries the notes panel (N) and the
    questions the presenter must answer (leave?), since there is nowhere else to show them."""

    def __init__(self, controller: PresenterController):
        super().__init__(controller.deck)
        self.controller = controller
        self.setWindowTitle(translate("Presenter", "Family Guide: presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Presenter", "Slide"))
        self.setCursor(Qt.CursorShape.BlankCursor)

    def paint_over(self, painter: QPainter) -> None:
        controller = self.controller
        if controller.presenter is not None:
            return
        state = controller.state
        lines = []
        if state.asking_to_leave:
            lines.append(controller.leave_question())
        if state.showing_keys:
            lines.append(controller.keys_html())
        if state.notes_shown:
            lines.append(controller.status_html() + controller.current_notes_html())
        if not lines:
            return
        document = QTextDocument()
        font = QFont(self.font())
        font.setPixelSize(max(14, self.height() // 45))
        document.setDefaultFont(font)
        document.setHtml("".join(lines))
        document.setTextWidth(self.width() - 40)
        height = min(document.size().height() + 20, self.height() * 0.6)
        panel = QRectF(0, self.height() - height, self.width(), height)
        painter.fillRect(panel, QColor(255, 255, 255, 240))
        painter.setPen(QColor("#111111"))
        painter.drawLine(panel.topLeft(), panel.topRight())
        painter.save()
        painter.translate(20, panel.top() + 10)
        painter.setClipRect(QRectF(0, 0, self.width() - 40, height - 20))
        document.drawContents(painter)
        painter.restore()


class PresenterView(QWidget):
    """The presenter's screen: what the room sees, what comes next, the notes and the clocks."""

    def __init__(self, controller: PresenterController):
        super().__init__()
        self.controller = controller
        self.setWindowTitle(translate("Presenter", "Family Guide: presenter view"))
        self.current = SlideCanvas(controller.deck)
        self.current.setAccessibleName(translate("Presenter", "Current slide"))
        self.next = SlideCanvas(controller.deck)
        self.next.setAccessibleName(translate("Presenter", "Next slide"))
        for canvas in (self.current, self.next):
            canvas.letterbox = self.palette().window().color()  # only the audience screen needs black bars
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(translate("Presenter", "Notes"))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notes_font = self.notes.font()
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.3)  # read at arm's length, standing
        self.notes.setFont(notes_font)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(translate("Presenter", "Time and status"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAccessibleName(translate("Presenter", "Message"))
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.status.setFont(font)
        self.message.setFont(font)
        self.next_label = QLabel(translate("Presenter", "Next"))

        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.next, 2)
        right.addWidget(self.notes, 5)
        top = QHBoxLayout()
        top.addWidget(self.current, 3)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addLayout(top, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def refresh(self) -> None:
        controller, state = self.controller, self.controller.state
        self.current.show_slide(state.index, state.blank)
        nxt = state.index + 1
        self.next.show_slide(nxt if nxt < len(controller.deck) else -1)
        self.next.setVisible(nxt < len(controller.deck))
        self.notes.setHtml(controller.current_notes_html())
        self.refresh_clock()
        parts = []
        if state.asking_to_leave:
            parts.append(controller.leave_question())
        if state.showing_keys:
            parts.append(controller.keys_html())
        self.message.setText("".join(parts))
        self.message.setVisible(bool(parts))

    def refresh_clock(self) -> None:
        self.status.setText(self.controller.status_html())


class PresenterController(QObject):
    """One presentation session: owns the deck, the state, the windows and the clock."""

    finished = Signal()

    def __init__(
        self,
        context,
        draft: PlanDraft,
        languages: list[str],
        help: WorkshopHelp | None,
        audience_screen: QScreen | None = None,
        presenter_screen: QScreen | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__()
        self.context = context
        self.draft = draft
        self.languages = languages
        self.deck = SlideDeck(draft, languages, help)
        timer = SessionTimer([(s.id, s.minutes) for s in draft.sections], clock)
        self.state = Presentation([(s.id, s.section) for s in self.deck.slides], timer)
        self.audience_screen = audience_screen
        self.presenter_screen = presenter_screen
        self.audience = AudienceView(self)
        two_screens = presenter_screen is not None and presenter_screen is not audience_screen
        self.presenter = PresenterView(self) if two_screens else None
        self._keys = KeyForwarder(self.key)
        for window in self.windows():
            window.installEventFilter(self._keys)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._on_tick)

    def windows(self) -> list[QWidget]:
        return [w for w in (self.audience, self.presenter) if w is not None]

    # ---------------------------------------------------------------- showing

    def start(self) -> None:
        self._place(self.audience, self.audience_screen)
        if self.presenter is not None:
            self._place(self.presenter, self.presenter_screen)
        self.refresh()
        self._tick.start()
        (self.presenter or self.audience).activateWindow()
        (self.presenter or self.audience).setFocus()

    @staticmethod
    def _place(window: QWidget, screen: QScreen | None) -> None:
        screen = screen or QGuiApplication.primaryScreen()
        window.setGeometry(screen.geometry())
        if isinstance(screen, QScreen):
            window.winId()  # the native window must exist before it can be put on a screen
            window.windowHandle().setScreen(screen)
        window.showFullScreen()

    def refresh(self) -> None:
        self.audience.show_slide(self.state.index, self.state.blank)
        self.audience.update()
        if self.presenter is not None:
            self.presenter.refresh()
        # Lay out the next slide now, so moving on repaints from the cache within a frame.
        nxt = self.state.index + 1
        if nxt < len(self.deck):
            QTimer.singleShot(0, lambda: self.deck.layout(nxt) if nxt < len(self.deck) else None)

    def _on_tick(self) -> None:
        if self.presenter is not None:
            self.presenter.refresh_clock()
        elif self.state.notes_shown:
            self.audience.update()

    # ---------------------------------------------------------------- keys

    def key(self, event: QKeyEvent) -> bool:
        action = action_for(event)
        if action is None:
            return False
        if action == "help" and not self.state.asking_to_leave:
            self.open_help()
            return True
        self.state.do(action)
        if self.state.finished:
            self.stop()
        else:
            self.refresh()
        return True

    def open_help(self) -> None:
        """Get help now on the presenter's screen (with one screen, over the slide)."""
        from family_guide.ui.help_now import HelpNowDialog

        owner = self.presenter or self.audience
        dialog = HelpNowDialog(self.context, owner)
        screen = self.presenter_screen or self.audience_screen or QGuiApplication.primaryScreen()
        dialog.adjustSize()
        centre = screen.geometry().center()
        dialog.move(centre.x() - dialog.width() // 2, centre.y() - dialog.height() // 2)
        self.help_dialog: HelpNowDialog | None = dialog
        dialog.exec()
        self.help_dialog = None
        dialog.deleteLater()
        owner.activateWindow()

    def stop(self) -> None:
        self._tick.stop()
        for window in self.windows():
            window.removeEventFilter(self._keys)
            window.close()
            window.deleteLater()
        self.finished.emit()

    # ---------------------------------------------------------------- what the presenter reads

    def current_notes_html(self) -> str:
        return notes_html(self.draft, self.state.slide_id, self.languages[0])

    def status_html(self) -> str:
        state, timer = self.state, self.state.timer
        section = state.section
        heading = self.draft.section_heading(self.languages[0], section)
        remaining = timer.section_remaining(section)
        parts = [
            fill(translate("Presenter", "Slide %1 of %2"), str(state.index + 1), str(len(self.deck))),
            fill(translate("Presenter", "Elapsed %1"), ltr(clock_text(timer.elapsed))),
            fill(
                translate("Presenter", "%1: %2 left (%3)"),
                heading,
                ltr(clock_text(remaining)),
                pace_text(timer.pace(section)) if timer.started else translate("Presenter", "not started"),
            ),
        ]
        if state.blank:
            parts.append(
                translate("Presenter", "BLANK: black")
                if state.blank == "black"
                else translate("Presenter", "BLANK: white")
            )
        if state.digits:
            parts.append(fill(translate("Presenter", "Go to slide: %1"), state.digits))
        if state.bad_jump is not None:
            parts.append(
                fill(
                    translate("Presenter", "There is no slide %1 (1 to %2)."), str(state.bad_jump), str(len(self.deck))
                )
            )
        parts.insert(1, fill(translate("Presenter", "Time %1"), ltr(QTime.currentTime().toString("HH:mm"))))
        html = " &nbsp;·&nbsp; ".join(escape(p) for p in parts)
        if timer.started and timer.pace(section) != "on-time":
            # pace in a colour as well as in words (pdfpc's convention: orange to speed up, blue to slow down)
            colour = PACE_COLOURS[timer.pace(section)]
            html = f'<span style="color:{colour}">{html}</span>'
        return f"<p><b>{html}</b></p>"

    def leave_question(self) -> str:
        return tag(
            "p",
            translate("Presenter", "Leave the presentation? Press Enter or Y to leave; any other key stays."),
        ).replace("<p>", '<p style="font-weight:bold">')

    def keys_html(self) -> str:
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in key_list())
        return f'<table cellpadding="3">{rows}</table>'
