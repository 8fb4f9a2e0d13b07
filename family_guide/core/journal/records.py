"""Plain records the journal stores and returns. No database or Qt types leak out of the store."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

KINDS = ("note", "conversation", "snapshot", "incident")
CONCERN_LEVELS = (0, 1, 2, 3)  # none, some, serious, urgent (labels live in the UI, translated)

# The timeline template for an incident, in the order the editor asks for it.
INCIDENT_FIELDS = (
    "platform",
    "other_person",
    "what_happened",
    "evidence_location",
    "actions_taken",
    "reports_made",
)


def new_client_id() -> str:
    """Given to a draft when it is first created, so a re-save after a crash updates it instead of duplicating."""
    return uuid.uuid4().hex


def now_minutes() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


@dataclass
class Child:
    nickname: str
    birth_year: int
    apps: list[str] = field(default_factory=list)
    id: int | None = None
    apps_changed_at: datetime | None = None  # when an app was last added (set by the store)


@dataclass
class Entry:
    kind: str
    title: str
    body: str = ""
    occurred_at: datetime = field(default_factory=now_minutes)
    child_id: int | None = None
    concern: int = 0
    tags: list[str] = field(default_factory=list)
    # Kind-specific facts: conversation {module, band}; snapshot {module, ticked, tier};
    # incident {platform, other_person, ...}. Kept as JSON so new kinds need no migration.
    details: dict[str, Any] = field(default_factory=dict)  # kind-specific JSON (see docs), read by key
    client_id: str = field(default_factory=new_client_id)
    id: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown entry kind: {self.kind}")
        if self.concern not in CONCERN_LEVELS:
            raise ValueError(f"concern must be 0-3, got {self.concern}")


@dataclass(frozen=True)
class EntryRow:
    """What the list shows for one entry: no body text, so a long list holds little."""

    id: int
    kind: str
    occurred_at: datetime
    child_id: int | None
    title: str
    concern: int


@dataclass
class EntryFilter:
    child_id: int | None = None
    kind: str | None = None
    min_concern: int | None = None
    tag: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""  # full-text search
