"""The conversation plan for one child: which topics suit their age now, which were talked
about and when, and which are due again.

Cadence (docs/conversation-plan.md): a topic is due when it has never been talked about at
this age band, when the child has moved into a new age band since (the guide has new words
for them), when a year has passed since the last talk, or when the child has started using
a new app since then. We know only the birth year, so a child's age is the age they turn
this calendar year; the band changes on 1 January.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from family_guide.core.guides import band_for_age

REVISIT_AFTER = timedelta(days=365)

# Why a topic is due; the UI turns these into words.
NEVER = "never"
NEW_BAND = "new-band"
A_YEAR = "a-year"
NEW_APP = "new-app"


@dataclass(frozen=True)
class Talk:
    when: datetime
    band: str


@dataclass(frozen=True)
class TopicStatus:
    module_id: str
    band: str
    last: Talk | None
    due_reason: str | None  # None: done for now

    @property
    def due(self) -> bool:
        return self.due_reason is not None

    @property
    def next_due(self) -> date | None:
        return (self.last.when + REVISIT_AFTER).date() if self.last and not self.due else None


def age_this_year(birth_year: int, today: date) -> int:
    return today.year - birth_year


def plan_for(
    birth_year: int,
    guides: dict[str, list[str]],
    talks: dict[str, Talk],
    today: date,
    apps_changed: datetime | None = None,
) -> tuple[str | None, list[TopicStatus]]:
    """``guides``: module id -> the age bands it has, in the suggested order of topics.
    ``talks``: module id -> the latest talk.

    Returns the child's band now (None if outside 5-17) and a status per suitable topic: due
    ones first (never talked about, in the suggested order; then the longest ago), then done."""
    band = band_for_age(age_this_year(birth_year, today))
    if band is None:
        return None, []
    statuses = []
    position = {module_id: n for n, module_id in enumerate(guides)}
    for module_id, bands in guides.items():
        if band not in bands:
            continue
        last = talks.get(module_id)
        if last is None:
            reason = NEVER
        elif last.band != band:
            reason = NEW_BAND
        elif datetime.combine(today, datetime.min.time()) - last.when >= REVISIT_AFTER:
            reason = A_YEAR
        elif apps_changed is not None and apps_changed > last.when:
            reason = NEW_APP
        else:
            reason = None
        statuses.append(TopicStatus(module_id, band, last, reason))
    statuses.sort(key=lambda s: (not s.due, s.last.when if s.last else datetime.min, position[s.module_id]))
    return band, statuses
