"""A plan as one readable page: the overview, agenda, safeguarding page and every slide with its
notes. The Workshops page shows it and the facilitator-notes PDF prints it."""

from __future__ import annotations

from html import escape

from family_guide.core.render import to_html, to_inline_html
from family_guide.core.translatable import fill
from family_guide.core.workshop.helplines import WorkshopHelp
from family_guide.core.workshop.plan import PlanDraft
from family_guide.ui.content_html import directed, fallback_text, ltr, tag
from family_guide.ui.country_names import country_name
from family_guide.ui.i18n import translate


def duration_text(draft: PlanDraft) -> str:
    low = draft.workshop.get("min_minutes")
    if low and low < draft.minutes:
        return fill(translate("Workshops", "%1 to %2 minutes"), ltr(str(low)), ltr(str(draft.minutes)))
    return fill(translate("Workshops", "%1 minutes"), ltr(str(draft.minutes)))


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{to_inline_html(i)}</li>" for i in items) + "</ul>"


def safeguarding_html(draft: PlanDraft, language: str, help: WorkshopHelp | None) -> str:
    page = draft.field_text(language, "safeguarding") or {}
    out = [tag("h2", translate("Workshops", "Facilitator safeguarding page (read before the session)"))]
    if help is not None:
        if help.emergency.primary:
            line = translate("Workshops", "Emergency number in %1: %2")
            line = fill(line, country_name(help.country, language), ltr(help.emergency.primary))
        else:
            line = translate(
                "Workshops", "No emergency number is confirmed for %1: find the local number before the session."
            )
            line = fill(line, country_name(help.country, language))
        out.append(tag("p", line))
    shown = draft.language_of(language, "safeguarding")
    for key, heading in (
        ("before", translate("Workshops", "Before the session")),
        ("during", translate("Workshops", "During the session")),
        ("if_someone_tells", translate("Workshops", "If someone tells you about abuse")),
        ("do_not_promise", translate("Workshops", "What not to promise")),
    ):
        out.append(tag("h3", heading) + directed(_bullets(page.get(key, [])), shown))
    out.append(tag("h3", translate("Workshops", "Who to call")) + directed(to_html(page.get("who_to_call", "")), shown))
    if shown != language and language.split("-")[0] != shown:
        out.insert(2 if help is not None else 1, tag("p", fallback_text(shown, language)))
    return "".join(out)


def agenda_html(draft: PlanDraft, language: str) -> str:
    rows = []
    start = 0
    for section in draft.sections:
        length = fill(translate("Workshops", "%1 min"), str(section.minutes))
        rows.append(
            f"<tr><td>{ltr(str(start))}\u2013{ltr(str(start + section.minutes))}</td>"
            f"<td>{escape(draft.section_heading(language, section.id))}</td>"
            f"<td>{escape(length)}</td></tr>"
        )
        start += section.minutes
    return tag("h2", translate("Workshops", "Agenda")) + f'<table cellpadding="4">{"".join(rows)}</table>'


def slides_html(draft: PlanDraft, language: str, include_hidden: bool = True) -> str:
    out = [tag("h2", translate("Workshops", "Slides and notes"))]
    number = 0
    for slide in draft.slides:
        if slide.hidden and not include_hidden:
            continue
        words, _ = slide.text(language)
        if slide.hidden:
            label = fill(translate("Workshops", "(hidden) %1"), words.get("title", ""))
        else:
            number += 1
            label = f"{number}. {words.get('title', '')}"
        out.append(directed(tag("h3", label), slide.language_of(language, "title")))
        if words.get("body"):
            out.append(directed(to_html(words["body"]), slide.language_of(language, "body")))
        if slide.type == "help-lines":
            out.append(tag("p", translate("Workshops", "The help lines of the chosen country are shown here.")))
        answer = translate("Workshops", "One good answer:")
        cards_in = slide.language_of(language, "cards")
        for index, card in enumerate(words.get("cards", []), start=1):
            out.append(directed(f"<p><b>{index}.</b> {to_inline_html(card['situation'])}</p>", cards_in))
            if card.get("you_might_say"):
                out.append(
                    directed(f"<p><i>{escape(answer)}</i> {to_inline_html(card['you_might_say'])}</p>", cards_in)
                )
        if words.get("notes"):
            notes = directed(_bullets(words["notes"]), slide.language_of(language, "notes"))
            out.append(tag("p", translate("Workshops", "Notes")) + notes)
        if words.get("questions"):
            questions = directed(_bullets(words["questions"]), slide.language_of(language, "questions"))
            out.append(tag("p", translate("Workshops", "Questions")) + questions)
    return "".join(out)


def sources_block(draft: PlanDraft) -> str:
    items = "".join(
        f"<li>{escape(s['publisher'])}: {escape(s['title'])} ({ltr(escape(s['url']))})</li>"
        for s in draft.manifest.get("sources", [])
    )
    reviewed = fill(translate("ContentHtml", "Reviewed %1"), ltr(str(draft.manifest.get("reviewed", ""))))
    return tag("h2", translate("ContentHtml", "Sources")) + f"<ul>{items}</ul>" + tag("p", reviewed)


def plan_html(draft: PlanDraft, language: str, help: WorkshopHelp | None, include_hidden: bool = True) -> str:
    title = draft.field_text(language, "title") or draft.module_id
    audience = draft.field_text(language, "audience") or ""
    summary = draft.field_text(language, "summary") or ""
    head = tag("h1", title) + tag("p", f"{audience} \u00b7 {duration_text(draft)}") + to_html(summary)
    body = (
        head
        + agenda_html(draft, language)
        + safeguarding_html(draft, language, help)
        + slides_html(draft, language, include_hidden)
        + sources_block(draft)
    )
    return directed(body, language)  # the page follows the app; each text block its own language
