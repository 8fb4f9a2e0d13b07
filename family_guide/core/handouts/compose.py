"""Build a handout from a source (a guide, a checklist, a country's help page, the family safety plan,
a workshop plan's take-home handout).

The template follows the print guidance (docs/handouts.md): whom it is for, the main message
first, three or four main points, what not to do, then help lines with the emergency number
first, then the counselor's details. Notes meant only for adults never reach a handout for
young people: a child handout is built from the parts written to be said to a child.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from family_guide.core.constants import SOURCE_LANGUAGE
from family_guide.core.handouts.blocks import (
    Audience,
    Block,
    CounselorDetails,
    Handout,
    Heading,
    Item,
    ItemStyle,
    LanguagePart,
    Note,
    Paragraph,
    WriteLines,
)
from family_guide.core.handouts.counselor import MAX_CONTACT, MAX_ORGANISATION, clean_line
from family_guide.core.handouts.helplines import Tr, help_blocks
from family_guide.core.handouts.pairing import pair_rows
from family_guide.core.translatable import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from family_guide.core.modules import Catalog, Localized, Module

# How much of a guide goes on a handout: "no more than three or four main points" (print guidance).
MAX_POINTS = 4
MAX_OPENERS = 2
MAX_DONTS = 3
MAX_LINES = 4  # help lines besides the emergency number, so a guide handout stays within two pages
WORKSHOP_LINES = 3  # help lines besides the emergency number on a workshop's take-home handout
# In two languages, two: French, Portuguese or Swahili beside English on US Letter ran to a third
# page holding only the sources with three (nine of 224 plan/language/country/paper cases).
WORKSHOP_LINES_TWO_LANGUAGES = 2
# A worksheet's help lines: three, without what each is for (the next-steps handout and the help page
# say that). With four in full they took most of a page in two languages (docs/handouts.md, Length).
WORKSHEET_LINES = 3

AUDIENCE_LABELS: dict[str, str] = {
    "adults": QT_TRANSLATE_NOOP("Handout", "For parents and carers"),
    "young-people": QT_TRANSLATE_NOOP("Handout", "For young people"),
}
SAFETY_PLAN_TITLE = QT_TRANSLATE_NOOP("Handout", "Our family safety plan")


class HandoutRefused(Exception):
    """A handout that cannot be made as asked. ``text`` is an English source string for the
    "Handout" translation context with %1, %2 placeholders filled from ``args``."""

    def __init__(self, text: str, *args: str) -> None:
        super().__init__(text)
        self.text = text
        self.args = args

    def message(self, translate: Callable[[str, str], str], name: Callable[[str], str] = str) -> str:
        """The message in the app's language; ``name`` turns an argument (a language code) into words."""
        return fill(translate("Handout", self.text), *(name(arg) for arg in self.args))


@dataclass(frozen=True)
class GuideSource:
    module_id: str
    band: str


@dataclass(frozen=True)
class ChecklistSource:
    module_id: str
    tier: str | None = None  # None: the blank worksheet with tick boxes


@dataclass(frozen=True)
class HelpPageSource:
    pass


@dataclass(frozen=True)
class WorkshopSource:
    """A workshop plan's take-home handout, given to participants at the end of the session."""

    module_id: str


@dataclass(frozen=True)
class SafetyPlanSource:
    pass


Source = GuideSource | ChecklistSource | HelpPageSource | SafetyPlanSource | WorkshopSource


@dataclass(frozen=True)
class Request:
    source: Source
    languages: tuple[str, ...]  # one, or two to set side by side (the first is the main one)
    country: str
    country_names: tuple[str, ...]  # the country's name in each language
    audience: Audience = "adults"
    right_to_left: tuple[bool, ...] = ()  # per language; the UI knows which scripts run right to left


def compose(
    catalog: Catalog,
    request: Request,
    translators: dict[str, Tr],
    counselor: CounselorDetails = CounselorDetails(),  # noqa: B008 - frozen, shared safely
) -> Handout:
    """The handout for ``request``. Raises HandoutRefused when it cannot be made as asked."""
    if not 1 <= len(request.languages) <= 2:
        raise HandoutRefused(QT_TRANSLATE_NOOP("Handout", "Choose one or two languages."))
    if len(request.languages) == 2 and request.languages[0] == request.languages[1]:
        raise HandoutRefused(QT_TRANSLATE_NOOP("Handout", "Choose two different languages, or only one."))
    module = _module_for(catalog, request.source)
    notes: list[Note] = []
    if module is not None:
        _check_languages(module, request, notes)
    if isinstance(request.source, WorkshopSource):
        assert module is not None  # _module_for found it, or refused the handout
        # A workshop's handout is written for the plan's participants, whatever the dialog says.
        request = replace(request, audience=workshop_audience(module))
    parts = []
    for index, language in enumerate(request.languages):
        t = translators.get(language) or (lambda _context, text: text)
        rtl = request.right_to_left[index] if index < len(request.right_to_left) else False
        title, blocks = _compose_one(catalog, module, request, language, request.country_names[index], t)
        page_of = t("Handout", QT_TRANSLATE_NOOP("Handout", "Page %1 of %2"))
        parts.append(LanguagePart(language, title, tuple(blocks), rtl, page_of))
    counselor, cut = _clean_counselor(counselor)
    notes += cut
    rows = pair_rows([part.blocks for part in parts])
    return Handout(tuple(parts), rows, request.audience, counselor, parts[0].title, tuple(notes))


def _module_for(catalog: Catalog, source: Source) -> Module | None:
    if isinstance(source, GuideSource | ChecklistSource | WorkshopSource):
        module = catalog.modules.get(source.module_id)
        if module is None:
            raise HandoutRefused(QT_TRANSLATE_NOOP("Handout", "The content '%1' is not loaded."), source.module_id)
        if isinstance(source, WorkshopSource) and module.workshop_handout(SOURCE_LANGUAGE) is None:
            raise HandoutRefused(QT_TRANSLATE_NOOP("Handout", "This session plan has no take-home handout."))
        return module
    return None


# Participants who get the young people's help lines (child helplines, crisis) on a workshop handout.
YOUNG_PARTICIPANTS = frozenset({"young-people", "boys-and-young-men"})


def workshop_title(module: Module, language: str) -> tuple[str, bool]:
    """A take-home handout's title, and whether it is shown in English: the title slide's words, which
    the room saw and which are shorter than the plan's full name (else the plan's name)."""
    workshop = module.manifest.workshop
    title_slide = next((s.id for s in workshop.slides if s.type == "title"), None) if workshop else None
    if title_slide is None:
        name = module.title(language)
        return name.value, name.is_fallback
    slide = module.slide(language, title_slide)
    return slide.value.title, slide.is_fallback


def workshop_audience(module: Module) -> Audience:
    """Whom a workshop's take-home handout is for: the plan's participants."""
    workshop = module.manifest.workshop
    return "young-people" if workshop is not None and workshop.participants in YOUNG_PARTICIPANTS else "adults"


def _check_languages(module: Module, request: Request, notes: list[Note]) -> None:
    """One language the content lacks: shown in English, with a note on the page. Two languages
    where the second is missing: refused, since English beside English helps nobody."""
    missing = [lang for lang in request.languages if lang not in module.manifest.languages]
    if len(request.languages) == 2 and missing:
        raise HandoutRefused(
            QT_TRANSLATE_NOOP(
                "Handout", "This content has no text in %1 yet. Choose another language, or make a handout in one."
            ),
            missing[0],
        )
    if missing:
        notes.append(
            (
                QT_TRANSLATE_NOOP("Handout", "This content has no text in %1 yet, so it is shown in English."),
                (missing[0],),
            )
        )


def _clean_counselor(details: CounselorDetails) -> tuple[CounselorDetails, list[Note]]:
    organisation, org_cut = clean_line(details.organisation, MAX_ORGANISATION)
    contact, contact_cut = clean_line(details.contact, MAX_CONTACT)
    notes: list[Note] = []
    if org_cut:
        notes.append(
            (QT_TRANSLATE_NOOP("Handout", "The organisation name is too long for a handout; it was cut short."), ())
        )
    if contact_cut:
        notes.append(
            (QT_TRANSLATE_NOOP("Handout", "The contact line is too long for a handout; it was cut short."), ())
        )
    return CounselorDetails(organisation, contact, details.logo), notes


def _for_whom(request: Request, t: Tr, extra: str = "") -> Paragraph:
    text = t("Handout", AUDIENCE_LABELS[request.audience])
    return Paragraph("for-whom", f"**{text}**{extra}", style="meta")


def _fallback(localized: Localized[object], language: str, t: Tr) -> list[Block]:
    if not localized.is_fallback:
        return []
    text = t("Handout", QT_TRANSLATE_NOOP("Handout", "Shown in English: this part is not yet translated."))
    return [Paragraph("fallback", text, style="note")]


def _sources(module: Module, t: Tr) -> Paragraph:
    """The review date and who the advice comes from: every module shows both."""
    reviewed = fill(t("ContentHtml", "Reviewed %1"), module.manifest.reviewed.isoformat())
    publishers = list(dict.fromkeys(s.publisher for s in module.manifest.sources))
    sources = t("ContentHtml", "Sources") + ": " + "; ".join(publishers)
    return Paragraph("sources", f"{reviewed} · {sources}", style="meta")


def _items(
    key: str, texts: list[str], style: ItemStyle, limit: int | None = None, fallback: bool = False
) -> list[Block]:
    chosen = texts[:limit] if limit else texts
    return [Item(f"{key}/{i}", text, style, i + 1, fallback) for i, text in enumerate(chosen)]


def _compose_one(
    catalog: Catalog, module: Module | None, request: Request, language: str, country_name: str, t: Tr
) -> tuple[str, list[Block]]:
    source = request.source
    directories = catalog.of_kind("directory")
    if isinstance(source, GuideSource):
        assert module is not None  # _module_for found it, or refused the handout
        return _guide(module, source.band, request, language, t, directories, country_name)
    if isinstance(source, ChecklistSource):
        assert module is not None
        return _checklist(module, source.tier, request, language, t, directories, country_name)
    if isinstance(source, HelpPageSource):
        return _help_page(request, language, t, directories, country_name)
    if isinstance(source, WorkshopSource):
        assert module is not None
        return _workshop(module, request, language, t, directories, country_name)
    return _safety_plan(request, language, t, directories, country_name)


def _guide(
    module: Module,
    band: str,
    request: Request,
    language: str,
    t: Tr,
    directories: list[Module],
    country_name: str,
) -> tuple[str, list[Block]]:
    if band not in module.manifest.age_bands:
        raise HandoutRefused(QT_TRANSLATE_NOOP("Handout", "This guide has no part for ages %1."), band)
    title = module.title(language).value
    guide = module.guide(language, band)
    g = guide.value
    fb = guide.is_fallback
    ages = " · " + fill(t("ContentHtml", "Ages %1"), band)
    title_fb = module.title(language).is_fallback
    out: list[Block] = [
        Heading("title", title, 1, title_fb),
        _for_whom(request, t, ages),
        *_fallback(guide, language, t),
    ]
    if request.audience == "young-people":
        # Only the lines written to be said to a child: never the notes, warnings or signs meant for adults.
        if not g.key_messages:
            raise HandoutRefused(
                QT_TRANSLATE_NOOP("Handout", "This guide has nothing written for young people of ages %1."), band
            )
        out.append(Heading("key_messages", t("Handout", QT_TRANSLATE_NOOP("Handout", "Things to remember"))))
        out += _items("key_messages", g.key_messages, "bullet", MAX_POINTS + 1, fb)
        out.append(Heading("tell", t("Handout", QT_TRANSLATE_NOOP("Handout", "People I can tell"))))
        out.append(WriteLines("tell/lines", "", 2))
        needs: tuple[str, ...] = ("emergency", "child-support", "crisis")
    else:
        if g.instead:
            out.append(Paragraph("instead", g.instead, "main", fb))
        if g.why_it_matters:
            out.append(Paragraph("why", g.why_it_matters, "main", fb))
        if g.opening_lines:
            out.append(Heading("opening_lines", t("ContentHtml", "Ways to start")))
            out += _items("opening_lines", g.opening_lines, "say", MAX_OPENERS, fb)
        if g.key_messages:
            out.append(Heading("key_messages", t("ContentHtml", "What your child should hear")))
            out += _items("key_messages", g.key_messages, "number", MAX_POINTS, fb)
        if g.what_not_to_say:
            out.append(Heading("what_not_to_say", t("ContentHtml", "What not to say")))
            out += _items("what_not_to_say", g.what_not_to_say, "bullet", MAX_DONTS, fb)
        needs = ("emergency", "report", "child-support", "adult-support")
    out.append(Heading("help", t("Handout", QT_TRANSLATE_NOOP("Handout", "Where to get help"))))
    out += help_blocks(directories, request.country, country_name, language, needs, t, MAX_LINES)
    out.append(_sources(module, t))
    return title, out


def _checklist(
    module: Module,
    tier_id: str | None,
    request: Request,
    language: str,
    t: Tr,
    directories: list[Module],
    country_name: str,
) -> tuple[str, list[Block]]:
    if request.audience == "young-people":
        raise HandoutRefused(
            QT_TRANSLATE_NOOP("Handout", "Checklists are written for adults. Make this handout for parents and carers.")
        )
    structure = module.manifest.checklist
    assert structure is not None  # the loader gives every checklist module its structure
    title_text = module.title(language)
    title = title_text.value
    out: list[Block] = [
        Heading("title", title, 1, title_text.is_fallback),
        _for_whom(request, t),
        *_fallback(title_text, language, t),
    ]
    if tier_id is None:
        summary = module.summary(language)
        out.append(Paragraph("summary", summary.value, "main", summary.is_fallback))
        missing = False
        for group in structure.groups:
            heading = module.group_heading(language, group.id)
            out.append(Heading(f"group/{group.id}", heading.value, 3, heading.is_fallback))
            for item_id in group.items:
                item = module.item(language, item_id)
                missing = missing or item.is_fallback
                out.append(Item(f"item/{item_id}", item.value.statement, "tick", 0, item.is_fallback))
        if missing and not title_text.is_fallback:  # one note for the items still in English
            text = t("Handout", QT_TRANSLATE_NOOP("Handout", "Some items are shown in English: not yet translated."))
            out.insert(2, Paragraph("fallback", text, style="note"))
        out.append(WriteLines("date", t("Handout", QT_TRANSLATE_NOOP("Handout", "Date:")), 1))
        needs: tuple[str, ...] = ("emergency", "report", "adult-support")
    else:
        rule = next((r for r in structure.tiers if r.id == tier_id), None)
        if rule is None:
            raise HandoutRefused(QT_TRANSLATE_NOOP("Handout", "This checklist has no guidance called '%1'."), tier_id)
        tier = module.tier(language, tier_id)
        out += _fallback(tier, language, t)
        v = tier.value
        fb = tier.is_fallback
        out.append(Heading("tier", v.title, 2, fb))
        out.append(Paragraph("may_mean", v.may_mean, "main", fb))
        if v.may_not_mean:
            out.append(Heading("may_not_mean", t("ContentHtml", "What this does not mean"), 3))
            out.append(Paragraph("may_not_mean/text", v.may_not_mean, "normal", fb))
        out.append(Heading("steps", t("ContentHtml", "What to do now"), 3))
        out += _items("steps", v.steps, "number", None, fb)
        needs = tuple(rule.needs) or ("emergency", "report", "adult-support")
    out.append(Heading("help", t("Handout", QT_TRANSLATE_NOOP("Handout", "Where to get help"))))
    if tier_id is None:  # the worksheet: three services, by name and number (see WORKSHEET_LINES)
        out += help_blocks(directories, request.country, country_name, language, needs, t, WORKSHEET_LINES, True)
    else:
        out += help_blocks(directories, request.country, country_name, language, needs, t, MAX_LINES)
    out.append(_sources(module, t))
    return title, out


# The heading over a take-home handout's questions, by the plan's participants (others: "at home").
WORKSHOP_TALK_LABELS: dict[str, str] = {
    "parents-and-carers": QT_TRANSLATE_NOOP("Handout", "To talk about at home"),
    "young-people": QT_TRANSLATE_NOOP("Handout", "To think about"),
    "boys-and-young-men": QT_TRANSLATE_NOOP("Handout", "To think about"),
    "faith-and-community-leaders": QT_TRANSLATE_NOOP("Handout", "To talk about with your team"),
}


def _workshop(
    module: Module, request: Request, language: str, t: Tr, directories: list[Module], country_name: str
) -> tuple[str, list[Block]]:
    """The take-home handout of a workshop plan, in the print guidance's order: whom it is for, one
    main message, three or four numbered steps, what not to do, help lines (emergency first), then the
    counselor's details and the sources (the renderer adds the details)."""
    handout = module.workshop_handout(language)
    assert handout is not None  # _module_for refused a plan without one
    h = handout.value
    fb = handout.is_fallback
    workshop = module.manifest.workshop
    title, title_fb = workshop_title(module, language)
    audience = module.audience_text(language)
    for_whom = fill(t("Handout", QT_TRANSLATE_NOOP("Handout", "For: %1")), audience.value)
    out: list[Block] = [
        Heading("title", title, 1, title_fb),
        Paragraph("for-whom", f"**{for_whom}**", style="meta", fallback=audience.is_fallback),
        *_fallback(handout, language, t),
        Paragraph("main", h.main_message, "main", fb),
        Heading("steps", t("HelpNowDialog", "What to do")),  # already translated for Get help now
        *_items("steps", h.steps, "number", None, fb),
        Heading("dont", t("Handout", QT_TRANSLATE_NOOP("Handout", "What not to do"))),
        *_items("dont", h.dont, "bullet", None, fb),
    ]
    if h.talk_at_home:
        participants = workshop.participants if workshop else ""
        label = WORKSHOP_TALK_LABELS.get(participants, WORKSHOP_TALK_LABELS["parents-and-carers"])
        out.append(Heading("talk", t("Handout", label)))
        out += _items("talk", h.talk_at_home, "bullet", None, fb)
    if request.audience == "young-people":
        needs: tuple[str, ...] = ("emergency", "child-support", "crisis", "report")
    else:
        needs = ("emergency", "report", "child-support", "adult-support")
    out.append(Heading("help", t("Handout", QT_TRANSLATE_NOOP("Handout", "Where to get help"))))
    lines = WORKSHOP_LINES if len(request.languages) == 1 else WORKSHOP_LINES_TWO_LANGUAGES
    out += help_blocks(directories, request.country, country_name, language, needs, t, lines)
    out.append(_sources(module, t))
    return title, out


def _help_page(
    request: Request, language: str, t: Tr, directories: list[Module], country_name: str
) -> tuple[str, list[Block]]:
    title = fill(t("Handout", QT_TRANSLATE_NOOP("Handout", "Where to get help in %1")), country_name)
    out: list[Block] = [Heading("title", title, 1), _for_whom(request, t)]
    intro = t(
        "Handout",
        QT_TRANSLATE_NOOP(
            "Handout", "If a child is in danger now, call the emergency number first. Then use the services below."
        ),
    )
    out.append(Paragraph("main", intro, style="main"))
    if request.audience == "young-people":
        needs: tuple[str, ...] = ("emergency", "crisis", "child-support", "report")
    else:
        needs = ("emergency", "crisis", "report", "image-removal", "trafficking", "child-support", "adult-support")
    out += help_blocks(directories, request.country, country_name, language, needs, t)
    listed = [m for m in directories if m.manifest.directory and m.manifest.directory.entries] or directories
    if listed:
        out.append(_sources(listed[0], t))
    return title, out


def _safety_plan(
    request: Request, language: str, t: Tr, directories: list[Module], country_name: str
) -> tuple[str, list[Block]]:
    """A fill-in page the family writes together; nothing from the journal is ever put on it."""
    title = t("Handout", SAFETY_PLAN_TITLE)

    def n(text: str) -> str:  # every label below is in the "Handout" context
        return t("Handout", text)

    out: list[Block] = [Heading("title", title, 1), _for_whom(request, t)]
    out.append(
        Paragraph(
            "main",
            n(QT_TRANSLATE_NOOP("Handout", "We made this plan together. Keep it where everyone can see it.")),
            style="main",
        )
    )
    out.append(Heading("tell", n(QT_TRANSLATE_NOOP("Handout", "People I can tell if something feels wrong"))))
    out.append(WriteLines("tell/lines", "", 3))
    out.append(Heading("apps", n(QT_TRANSLATE_NOOP("Handout", "Our agreements about apps, games and phones"))))
    out.append(WriteLines("apps/lines", "", 3))
    out.append(Heading("meeting", n(QT_TRANSLATE_NOOP("Handout", "Our agreements about meeting people from online"))))
    out.append(WriteLines("meeting/lines", "", 2))
    out.append(Heading("threat", n(QT_TRANSLATE_NOOP("Handout", "If someone threatens you or asks for pictures"))))
    steps = [
        n(QT_TRANSLATE_NOOP("Handout", "Stop replying. Do not pay, and do not send anything more.")),
        n(QT_TRANSLATE_NOOP("Handout", "Do not delete the messages or the account.")),
        n(QT_TRANSLATE_NOOP("Handout", "Tell one of the people above straight away. You will not be in trouble.")),
        n(QT_TRANSLATE_NOOP("Handout", "We report it together. It is never your fault.")),
    ]
    out += _items("threat", steps, "number")
    out.append(Heading("help", n(QT_TRANSLATE_NOOP("Handout", "Help numbers"))))
    out += help_blocks(
        directories, request.country, country_name, language, ("emergency", "child-support", "report"), t, 3
    )
    out.append(WriteLines("signed", n(QT_TRANSLATE_NOOP("Handout", "Signed and dated:")), 1))
    return title, out
