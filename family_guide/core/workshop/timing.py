"""The session clock: elapsed time and a per-section timer against the agenda, with an injected clock.

The timer starts when the presenter leaves the first slide (as pdfpc does), so a welcome slide can
stay up while people arrive. Pace is said in words as well as shown in colour ("ahead", "on time",
"behind"): colour alone fails some people.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Pace = Literal["ahead", "on-time", "behind"]
GRACE_SECONDS = 60.0  # a minute either side of the plan still counts as on time


@dataclass
class SessionTimer:
    sections: list[tuple[str, int]]  # (section id, planned minutes) in agenda order
    clock: Callable[[], float] = time.monotonic
    started_at: float | None = None
    current: str | None = None
    _entered_at: float = 0.0
    _spent: dict[str, float] = field(default_factory=dict)

    @property
    def started(self) -> bool:
        return self.started_at is not None

    def start(self, section: str) -> None:
        """Start the clock in ``section`` (once; later calls only change the section)."""
        if self.started_at is None:
            self.started_at = self.clock()
            self.current = section
            self._entered_at = self.started_at
        else:
            self.enter(section)

    def enter(self, section: str) -> None:
        """The presenter is now in ``section``: time spent so far goes to the section left."""
        if self.started_at is None or section == self.current:
            self.current = section if self.started_at is None else self.current
            return
        now = self.clock()
        if self.current is not None:
            self._spent[self.current] = self._spent.get(self.current, 0.0) + now - self._entered_at
        self.current, self._entered_at = section, now

    def reset(self) -> None:
        self.started_at, self._spent = None, {}

    @property
    def elapsed(self) -> float:
        """Seconds since the clock started (0 before)."""
        return 0.0 if self.started_at is None else self.clock() - self.started_at

    def section_elapsed(self, section: str) -> float:
        spent = self._spent.get(section, 0.0)
        if self.started_at is not None and section == self.current:
            spent += self.clock() - self._entered_at
        return spent

    def planned(self, section: str) -> float:
        """The section's planned seconds."""
        return 60.0 * dict(self.sections).get(section, 0)

    def section_remaining(self, section: str) -> float:
        """Seconds left in the section's plan; negative when over time."""
        return self.planned(section) - self.section_elapsed(section)

    def planned_window(self, section: str) -> tuple[float, float]:
        """When the section should start and end, in seconds from the start of the session."""
        start = 0.0
        for name, minutes in self.sections:
            if name == section:
                return start, start + 60.0 * minutes
            start += 60.0 * minutes
        return start, start

    def pace(self, section: str) -> Pace:
        """Whether the session as a whole is ahead of, on or behind the agenda in this section."""
        start, end = self.planned_window(section)
        now = self.elapsed
        if now > end + GRACE_SECONDS:
            return "behind"
        if now + GRACE_SECONDS < start:
            return "ahead"
        return "on-time"


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (h:mm:ss past an hour), with a minus sign for overtime."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
