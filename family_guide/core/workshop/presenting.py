"""What each presenter key does, as a state machine the UI feeds with named actions.

The rules (docs/workshops.md, "Presenting"): a navigation key while the screen is blanked
returns to the same slide, never the next one; Esc is layered: it first closes the key list,
then cancels a blank, then a half-typed number, and only then asks before leaving (the question
shows on the presenter's screen; Enter or Y leaves, anything else stays), because clickers send
Esc from the same button as F5. Digits then Enter jump to that slide number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from family_guide.core.workshop.timing import SessionTimer

Blank = Literal["black", "white"] | None
NAVIGATION = ("next", "previous", "first", "last")
MAX_DIGITS = 3


@dataclass
class Presentation:
    slides: list[tuple[str, str]]  # (slide id, section id) of the visible slides, in order
    timer: SessionTimer
    index: int = 0
    blank: Blank = None
    digits: str = ""
    asking_to_leave: bool = False
    showing_keys: bool = False
    finished: bool = False
    notes_shown: bool = False  # one screen: the notes panel over the slide
    bad_jump: int | None = None  # a typed number with no slide: the presenter's screen says so

    def __post_init__(self) -> None:
        if not self.slides:
            raise ValueError("a presentation needs at least one visible slide")
        self.timer.enter(self.section)

    @property
    def slide_id(self) -> str:
        return self.slides[self.index][0]

    @property
    def section(self) -> str:
        return self.slides[self.index][1]

    @property
    def next_slide_id(self) -> str | None:
        return self.slides[self.index + 1][0] if self.index + 1 < len(self.slides) else None

    def do(self, action: str) -> None:
        """Apply one action: next, previous, first, last, digit:<d>, enter, black, white, escape,
        keys (show or hide the key list), notes (toggle on one screen), leave-yes, leave-no."""
        self.bad_jump = None
        if self.asking_to_leave:
            self.asking_to_leave = False
            if action in ("enter", "leave-yes"):
                self.finished = True
            return  # any other key (Esc, a clicker button) stays in the show
        if action == "escape":
            self._escape()
        elif action == "keys":
            self.showing_keys = not self.showing_keys
        elif action == "notes":
            self.notes_shown = not self.notes_shown
        elif action in ("black", "white"):
            colour: Blank = "black" if action == "black" else "white"
            self.blank = None if self.blank == colour else colour
            self.digits = ""
        elif action.startswith("digit:"):
            if len(self.digits) < MAX_DIGITS:
                self.digits += action.removeprefix("digit:")
        elif action == "enter" and self.digits:
            self._jump()
        elif action in (*NAVIGATION, "enter"):
            self.digits = ""
            self.showing_keys = False
            if self.blank is not None:
                self.blank = None  # back to the same slide: the room never sees an unexpected one
                return
            self._move(action)

    def _escape(self) -> None:
        if self.showing_keys:
            self.showing_keys = False
        elif self.blank is not None:
            self.blank = None
        elif self.digits:
            self.digits = ""
        else:
            self.asking_to_leave = True

    def _jump(self) -> None:
        number, self.digits = int(self.digits), ""
        if not 1 <= number <= len(self.slides):
            self.bad_jump = number
            return
        self.blank = None
        self._go(number - 1)

    def _move(self, action: str) -> None:
        target = {
            "next": self.index + 1,
            "enter": self.index + 1,
            "previous": self.index - 1,
            "first": 0,
            "last": len(self.slides) - 1,
        }[action]
        self._go(max(0, min(len(self.slides) - 1, target)))

    def _go(self, index: int) -> None:
        if index != self.index and not self.timer.started and self.index == 0:
            self.timer.start(self.section)  # the clock starts when the first slide is left
        self.index = index
        self.timer.enter(self.section)
