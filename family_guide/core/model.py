"""The content-module format, declared once as pydantic models.

A module is a folder ``<id>/`` holding ``module.yaml`` (language-neutral facts: what
it is, who it is for, its sources, review date and structure such as checklist item
ids) and one ``<lang>.yaml`` per language with the words. docs/content-modules.md
explains every field to authors; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from family_guide.core import text_rules
from family_guide.core.constants import AGE_BANDS, FORMAT_VERSION, SOURCE_LANGUAGE
from family_guide.core.text_rules import adult_note_in

__all__ = ["AGE_BANDS", "FORMAT_VERSION", "SOURCE_LANGUAGE"]


# Each language file may hold 512 KB: without a limit, one module could make the app read for minutes.
MAX_LANGUAGES = 50

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
LangCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]


def _visible(value: str) -> str:
    """Text from module.yaml shown as it is (an address the app asks before opening, a phone
    number, a source): invisible characters could make it read as another."""
    hidden = text_rules.hidden_characters(value)
    if hidden:
        raise ValueError(
            f"contains invisible or control characters that can disguise it ({', '.join(hidden)}); remove them"
        )
    return value


HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s<>\"]+$", max_length=500), AfterValidator(_visible)]
VisibleText = Annotated[ShortText, AfterValidator(_visible)]
AgeBand = Literal["5-8", "9-12", "13-17"]
Audience = Literal["parent", "leader", "counselor"]
Kind = Literal["guide", "checklist", "directory", "workshop"]
ReviewStatus = Literal["original", "reviewed", "draft", "machine"]
Need = Literal["emergency", "crisis", "report", "image-removal", "trafficking", "child-support", "adult-support"]
Confidence = Literal["high", "medium", "low"]
Country = Annotated[str, StringConstraints(pattern=r"^([A-Z]{2}|EU|GLOBAL)$")]
# Where a fact was read, exactly as read (a few news pages were only on http://). Shown as text.
SourceUrl = Annotated[
    str, StringConstraints(pattern=r"^https?://[^\s<>\"]+$", max_length=500), AfterValidator(_visible)
]
SourceDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]  # 2024, 2024-05 or 2024-05-01
EmergencyService = Literal["all", "police", "ambulance", "rescue"]  # rescue: fire and ambulance, civil protection
NumberScope = Literal["mobile", "legacy", "regional", "new"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# ---------------------------------------------------------------- manifest (module.yaml)


class Source(Strict):
    title: VisibleText
    publisher: VisibleText
    url: HttpsUrl


class ChecklistGroup(Strict):
    id: Id
    items: list[Id] = Field(min_length=1, max_length=200)


class Together(Strict):
    """Signs that mean more together than alone: at least ``at_least`` of ``of`` (every item
    of the checklist when left out) are ticked and, when ``with_any_of`` is given, at least one
    of those too. It says "these two together", "two of these three", or "three signs, not only
    the mood signs that are also part of growing up"."""

    at_least: int = Field(ge=1, le=500)
    of: list[Id] = Field(default_factory=list, max_length=200)
    with_any_of: list[Id] = Field(default_factory=list, max_length=200)

    @model_validator(mode="after")
    def _can_match(self) -> Together:
        if self.of and self.at_least > len(self.of):
            raise ValueError(f"'at_least: {self.at_least}' can never match: 'of' lists only {len(self.of)} items")
        if self.of and self.with_any_of and not set(self.with_any_of) <= set(self.of):
            raise ValueError("every item in 'with_any_of' must also be in 'of'")
        return self


class TierRule(Strict):
    """One outcome tier. Tiers are tried in order; the first whose rule matches wins.

    ``any_of``: the tier applies if any of these items is ticked.
    ``min_ticked``: the tier applies if at least this many items are ticked.
    ``together``: the tier applies if any of these combinations is ticked (see Together).
    A tier with none of them is the fallback and must come last.
    ``needs``: which help-directory services the result page lists for the user's country,
    most urgent first (data, so an organisation can point its own checklist elsewhere).
    """

    id: Id
    any_of: list[Id] = Field(default_factory=list, max_length=200)
    min_ticked: int | None = Field(default=None, ge=1, le=500)
    together: list[Together] = Field(default_factory=list, max_length=50)
    needs: list[Need] = Field(default_factory=list, max_length=7)

    @property
    def is_fallback(self) -> bool:
        return not self.any_of and self.min_ticked is None and not self.together

    @property
    def named_items(self) -> list[str]:
        """Every item id the rule names, so the checklist can check that each one exists."""
        return [*self.any_of, *(i for t in self.together for i in (*t.of, *t.with_any_of))]


class ChecklistStructure(Strict):
    groups: list[ChecklistGroup] = Field(min_length=1, max_length=50)
    tiers: list[TierRule] = Field(min_length=1, max_length=10)

    @model_validator(mode="after")
    def _consistent(self) -> ChecklistStructure:
        seen: set[str] = set()
        for group in self.groups:
            for item in group.items:
                if item in seen:
                    raise ValueError(f"item id '{item}' is used twice")
                seen.add(item)
        for tier in self.tiers:
            unknown = sorted({i for i in tier.named_items if i not in seen})
            if unknown:
                raise ValueError(f"tier '{tier.id}' names items that no group has: {', '.join(unknown)}")
        fallbacks = [t for t in self.tiers if t.is_fallback]
        if len(fallbacks) != 1 or self.tiers[-1] is not fallbacks[0]:
            raise ValueError("exactly one tier, the last, must have no rule (it applies when no other does)")
        return self

    @property
    def item_ids(self) -> list[str]:
        return [item for group in self.groups for item in group.items]


def _known_region(code: str) -> str:
    """A directory entry's country must be one the app can offer, or EU / GLOBAL."""
    from family_guide.core.countries import country_table

    if not country_table().is_region(code):
        raise ValueError(
            f"unknown country '{code}': use the two-letter ISO code of a UN member state, EU (every EU country) "
            "or GLOBAL (anywhere)"
        )
    return code


class DirectoryEntry(Strict):
    id: Id
    country: Country
    needs: list[Need] = Field(min_length=1)
    phone: VisibleText | None = None
    sms: VisibleText | None = None
    web: HttpsUrl | None = None
    hours: VisibleText | None = None
    source: SourceUrl
    source_date: SourceDate | None = None  # when the source said it (shown), not when we read it
    verified: dt.date | None = None  # when someone checked it live (shown as such); only then
    confidence: Confidence

    country_known = field_validator("country")(_known_region)

    @model_validator(mode="after")
    def _reachable(self) -> DirectoryEntry:
        if not (self.phone or self.sms or self.web):
            raise ValueError("an entry needs at least one of phone, sms or web")
        return self


class EmergencyNumber(Strict):
    """One number to call in an emergency, with the service it reaches."""

    number: Annotated[str, StringConstraints(pattern=r"^[0-9]{2,8}$")]
    service: EmergencyService = "all"
    scope: NumberScope | None = None
    confidence: Confidence
    # Why this number is shown although Google's libphonenumber does not list it as an
    # emergency number for the country (a test holds every shipped number to that check).
    check_exception: LongText | None = None


class CountryEmergency(Strict):
    """A country's emergency numbers, primary first. No numbers: none could be confirmed."""

    country: Country
    numbers: list[EmergencyNumber] = Field(default_factory=list, max_length=10)
    sources: list[SourceUrl] = Field(min_length=1, max_length=10)
    source_date: SourceDate
    note: LongText | None = None  # what the sources say, for reviewers; not shown

    country_known = field_validator("country")(_known_region)

    @model_validator(mode="after")
    def _distinct(self) -> CountryEmergency:
        numbers = [n.number for n in self.numbers]
        if len(set(numbers)) != len(numbers):
            raise ValueError("a number is listed twice")
        return self


class DirectoryStructure(Strict):
    entries: list[DirectoryEntry] = Field(default_factory=list, max_length=2000)
    emergency: list[CountryEmergency] = Field(default_factory=list, max_length=300)

    @model_validator(mode="after")
    def _unique(self) -> DirectoryStructure:
        if not self.entries and not self.emergency:
            raise ValueError("a directory needs 'entries:' or 'emergency:' (or both)")
        ids = [e.id for e in self.entries]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"entry ids used twice: {', '.join(dupes)}")
        countries = [e.country for e in self.emergency]
        twice = sorted({c for c in countries if countries.count(c) > 1})
        if twice:
            raise ValueError(f"emergency numbers for a country listed twice: {', '.join(twice)}")
        return self


SlideType = Literal["title", "content", "activity", "help-lines"]
ActivityKind = Literal["scenario-cards", "role-play"]
Participants = Literal[
    "parents-and-carers", "young-people", "faith-and-community-leaders", "boys-and-young-men", "other"
]


class AgendaSection(Strict):
    """One timed block of a session (welcome, a topic, questions, close)."""

    id: Id
    minutes: int = Field(ge=1, le=240)


class WorkshopSlide(Strict):
    """One slide's place in the plan: its agenda section, what sort of slide it is, and whether a
    custom plan hides it. The words are in the language files under ``slides:``."""

    id: Id
    section: Id
    type: SlideType = "content"
    activity: ActivityKind | None = None  # activity slides only: scenario cards or a role play
    hidden: bool = False

    @model_validator(mode="after")
    def _activity_matches(self) -> WorkshopSlide:
        if (self.type == "activity") != (self.activity is not None):
            raise ValueError(
                f"slide '{self.id}': an activity slide needs 'activity: scenario-cards' or 'activity: role-play', "
                "and only an activity slide may have one"
            )
        if self.type == "help-lines" and self.hidden:
            raise ValueError(f"slide '{self.id}': the help-line slide cannot be hidden")
        return self


class WorkshopStructure(Strict):
    """A session plan: who it is for, its agenda with minutes, and its slides in order.

    The facilitator safeguarding page is text (``safeguarding:`` in every language file), not a
    slide, so it can never be reordered, hidden or left out; the help-line slide's numbers are
    filled in from the help directory for the chosen country when it is shown."""

    participants: Participants
    minutes: int = Field(ge=5, le=600)  # the planned length: the sum of the agenda's minutes
    min_minutes: int | None = Field(default=None, ge=5, le=600)  # shortest sensible length, when a range
    max_group: int | None = Field(default=None, ge=2, le=500)  # the most people the plan is written for
    based_on: Id | None = None  # a custom plan: the id of the plan it was adapted from
    sections: list[AgendaSection] = Field(min_length=1, max_length=30)
    slides: list[WorkshopSlide] = Field(min_length=2, max_length=200)

    @model_validator(mode="after")
    def _consistent(self) -> WorkshopStructure:
        section_ids = [s.id for s in self.sections]
        twice = sorted({i for i in section_ids if section_ids.count(i) > 1})
        if twice:
            raise ValueError(f"agenda section ids used twice: {', '.join(twice)}")
        slide_ids = [s.id for s in self.slides]
        twice = sorted({i for i in slide_ids if slide_ids.count(i) > 1})
        if twice:
            raise ValueError(f"slide ids used twice: {', '.join(twice)}")
        for slide in self.slides:
            if slide.section not in section_ids:
                raise ValueError(
                    f"slide '{slide.id}' names the section '{slide.section}', which the agenda does not have "
                    f"(sections: {', '.join(section_ids)})"
                )
        empty = [s for s in section_ids if not any(sl.section == s and not sl.hidden for sl in self.slides)]
        if empty:
            raise ValueError(f"agenda sections with no visible slide: {', '.join(empty)}")
        total = sum(s.minutes for s in self.sections)
        if total != self.minutes:
            raise ValueError(f"'minutes: {self.minutes}' must equal the agenda's minutes added up ({total})")
        if self.min_minutes is not None and self.min_minutes > self.minutes:
            raise ValueError(f"'min_minutes: {self.min_minutes}' is longer than 'minutes: {self.minutes}'")
        help_lines = [s.id for s in self.slides if s.type == "help-lines"]
        if len(help_lines) != 1:
            raise ValueError(
                "a workshop needs exactly one slide with 'type: help-lines' (the help lines of the chosen country, "
                f"filled in by the app); found {len(help_lines)}"
            )
        return self

    @property
    def slide_ids(self) -> list[str]:
        return [s.id for s in self.slides]

    @property
    def section_ids(self) -> list[str]:
        return [s.id for s in self.sections]


class LanguageReview(Strict):
    """Who checked a translation against the English, and when (shown to users)."""

    by: VisibleText
    date: dt.date


class Manifest(Strict):
    format: int
    id: Id
    version: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")]
    kind: Kind
    order: int | None = Field(default=None, ge=1, le=1000)  # suggested place among its kind, lower first
    topics: list[Id] = Field(min_length=1, max_length=20)
    audiences: list[Audience] = Field(min_length=1)
    age_bands: list[AgeBand] = Field(default_factory=list)
    reviewed: dt.date
    sources: list[Source] = Field(min_length=1, max_length=50)
    languages: dict[LangCode, ReviewStatus] = Field(min_length=1, max_length=MAX_LANGUAGES)
    reviews: dict[LangCode, LanguageReview] = Field(default_factory=dict, max_length=MAX_LANGUAGES)
    related: list[Id] = Field(default_factory=list, max_length=50)
    checklist: ChecklistStructure | None = None
    directory: DirectoryStructure | None = None
    workshop: WorkshopStructure | None = None

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: int) -> int:
        if value != FORMAT_VERSION:
            raise ValueError(f"this version of Family Guide reads format {FORMAT_VERSION}, not {value}")
        return value

    @model_validator(mode="after")
    def _kind_parts(self) -> Manifest:
        if SOURCE_LANGUAGE not in self.languages:
            raise ValueError("'languages' must include 'en': English is the text every other language falls back to")
        for lang, status in self.languages.items():
            if status == "reviewed" and lang not in self.reviews:
                raise ValueError(
                    f"'{lang}' is marked 'reviewed': record who reviewed it and when under 'reviews:' "
                    f"(e.g. reviews: {{{lang}: {{by: Name, date: 2026-12-01}}}})"
                )
        for lang in self.reviews:
            if self.languages.get(lang) != "reviewed":
                raise ValueError(
                    f"'reviews:' has '{lang}', but 'languages:' does not mark it 'reviewed' "
                    f"(it says {self.languages.get(lang, 'nothing')!r}); remove the review or mark it reviewed"
                )
        parts = {"checklist": self.checklist, "directory": self.directory, "workshop": self.workshop}
        for name, value in parts.items():
            if name == self.kind and value is None:
                raise ValueError(f"a {self.kind} module needs a '{name}:' section")
            if name != self.kind and value is not None:
                raise ValueError(f"'{name}:' only belongs in a {name} module, not a {self.kind} module")
        if self.kind == "guide" and not self.age_bands:
            raise ValueError("a guide module must list its 'age_bands'")
        return self


# ---------------------------------------------------------------- words (<lang>.yaml)


def _no_adult_note(text: str) -> str:
    """Words for the parent are not words for the child: a note to the adult inside a line
    to say would be read out to the child, so it is refused where the author can fix it."""
    marker = adult_note_in(text)
    if marker:
        raise ValueError(
            f"'{marker}' is a note for the adult inside a line to say; move it to the answer's "
            "'adult_note:' field (or to 'before_you_start'), without the brackets"
        )
    return text


SayText = Annotated[LongText, AfterValidator(_no_adult_note)]  # words the adult says to the child


class ChildSays(Strict):
    """One "if your child says" answer. ``adult_note`` is for the adult only (what to do,
    what not to look at): shown apart from the words to say, never as part of them."""

    says: ShortText
    you_might_say: SayText
    adult_note: LongText | None = None


class GuideText(Strict):
    """A conversation guide for one age band. ``instead`` replaces the guide where the
    topic does not fit the age; then the other sections may be left out."""

    why_it_matters: LongText | None = None
    before_you_start: list[LongText] = Field(default_factory=list, max_length=30)
    opening_lines: list[SayText] = Field(default_factory=list, max_length=30)
    key_messages: list[SayText] = Field(default_factory=list, max_length=30)
    questions: list[SayText] = Field(default_factory=list, max_length=30)
    if_child_says: list[ChildSays] = Field(default_factory=list, max_length=30)
    what_not_to_say: list[LongText] = Field(default_factory=list, max_length=30)
    follow_up: list[LongText] = Field(default_factory=list, max_length=30)
    signs_to_watch: LongText | None = None
    get_help: LongText | None = None
    instead: LongText | None = None

    REQUIRED: ClassVar[tuple[str, ...]] = (
        "why_it_matters",
        "opening_lines",
        "key_messages",
        "questions",
        "if_child_says",
        "what_not_to_say",
        "get_help",
    )

    @model_validator(mode="after")
    def _complete(self) -> GuideText:
        if self.instead is None:
            missing = [name for name in self.REQUIRED if not getattr(self, name)]
            if missing:
                raise ValueError(
                    f"missing sections: {', '.join(missing)} (or write 'instead:' if this topic does not fit this age)"
                )
        return self


class ChecklistItemText(Strict):
    statement: ShortText
    why: LongText
    example: LongText | None = None
    also_normal: LongText | None = None


class TierText(Strict):
    title: ShortText
    may_mean: LongText
    may_not_mean: LongText | None = None
    steps: list[LongText] = Field(min_length=1, max_length=30)


class EntryText(Strict):
    name: ShortText
    purpose: LongText
    # The opening hours in this language, for hours that are more than a standard phrase
    # ("24/7" and the like are translated in the app); the structure file keeps the English.
    hours: ShortText | None = None


class Card(Strict):
    """A scenario card or a role-play situation. ``you_might_say`` is one good answer, for the
    facilitator's notes (not shown on the slide until the group has tried)."""

    situation: LongText
    you_might_say: SayText | None = None


class SlideText(Strict):
    """One slide's words. ``body`` is what the room sees (short Markdown); ``notes`` are bullet points
    for the facilitator with stage directions in brackets; ``questions`` are for discussion."""

    title: ShortText
    body: LongText | None = None  # may be left out only on the help-line slide (the numbers are its body)
    notes: list[LongText] = Field(default_factory=list, max_length=20)
    questions: list[LongText] = Field(default_factory=list, max_length=12)
    cards: list[Card] = Field(default_factory=list, max_length=12)


class SafeguardingText(Strict):
    """The facilitator safeguarding page every plan carries: read before the session, never projected."""

    before: list[LongText] = Field(min_length=1, max_length=20)
    during: list[LongText] = Field(min_length=1, max_length=20)
    if_someone_tells: list[LongText] = Field(min_length=1, max_length=20)
    do_not_promise: list[LongText] = Field(min_length=1, max_length=20)
    who_to_call: LongText


class WorkshopHandoutText(Strict):
    """A workshop plan's take-home handout, given to participants at the end of the session
    (docs/workshops.md): one main message, three or four steps, a short "don't" list and, if
    wanted, questions to talk about at home. Who it is for and the help lines come from the plan
    and the help directory, never from these words."""

    main_message: ShortText  # one sentence; checks.handout_problems says so in words
    steps: list[LongText] = Field(min_length=3, max_length=4)
    dont: list[ShortText] = Field(min_length=1, max_length=4)
    talk_at_home: list[ShortText] = Field(default_factory=list, max_length=3)


class LanguageText(Strict):
    """Everything a module says in one language. Translations may be partial: whatever is
    missing is shown in English, marked as such."""

    title: ShortText | None = None
    summary: LongText | None = None
    guides: dict[AgeBand, GuideText] = Field(default_factory=dict)
    groups: dict[Id, ShortText] = Field(default_factory=dict)
    items: dict[Id, ChecklistItemText] = Field(default_factory=dict)
    tiers: dict[Id, TierText] = Field(default_factory=dict)
    entries: dict[Id, EntryText] = Field(default_factory=dict)
    slides: dict[Id, SlideText] = Field(default_factory=dict)
    audience: ShortText | None = None  # workshops: who the session is for, in words ("Parents and carers")
    agenda: dict[Id, ShortText] = Field(default_factory=dict)  # workshops: section id -> heading
    safeguarding: SafeguardingText | None = None  # workshops: the facilitator safeguarding page
    handout: WorkshopHandoutText | None = None  # workshops: the take-home handout (optional)
