"""The conversation plan on Home, as HTML: per child, topics due and done (journal data: shown only unlocked)."""

from __future__ import annotations

from datetime import date
from html import escape

from family_guide.core.plan import A_YEAR, NEVER, NEW_APP, NEW_BAND, Talk, age_this_year, plan_for
from family_guide.core.translatable import fill
from family_guide.ui.content_html import ltr, tag
from family_guide.ui.i18n import translate


def reason_text(reason: str) -> str:
    return {
        NEVER: translate("Plan", "Not talked about yet at this age"),
        NEW_BAND: translate("Plan", "Your child is older now: this guide has new words for their age"),
        A_YEAR: translate("Plan", "It has been a year: time to talk again"),
        NEW_APP: translate("Plan", "Your child started a new app since you last talked"),
    }[reason]


def plan_html(catalog, journal, language: str, today: date, limit: int | None = None) -> str:
    """The whole plan, or with ``limit`` only each child's next ``limit`` topics (Home shows the
    next step first; "Show all" unfolds the rest)."""
    guides = {m.id: list(m.manifest.age_bands) for m in catalog.of_kind("guide")}
    out = []
    for child in journal.children():
        talks = {k: Talk(when, band) for k, (when, band) in journal.conversations(child.id).items()}
        band, statuses = plan_for(child.birth_year, guides, talks, today, child.apps_changed_at)
        age = age_this_year(child.birth_year, today)
        heading = fill(translate("Plan", "%1, %2 this year"), child.nickname, str(age))
        out.append(tag("h2", heading))
        if band is None:
            out.append(tag("p", translate("Plan", "The guides are written for ages 5 to 17.")))
            continue
        due = [s for s in statuses if s.due]
        done = [s for s in statuses if not s.due]
        summary = translate("Plan", "%1 of %2 topics talked about for ages %3.")
        out.append(tag("p", fill(summary, str(len(done)), str(len(statuses)), ltr(band))))
        if limit is not None:
            out.append(_next_topics(catalog, language, band, due, limit))
            continue
        if due:
            out.append(tag("h3", translate("Plan", "Due now")))
            items = []
            for status in due:
                assert status.due_reason is not None  # a due topic always says why
                title = catalog.modules[status.module_id].title(language).value
                link = f'<a href="module:{escape(status.module_id)}#{band}">{escape(title)}</a>'
                items.append(f"<li>{link}<br/>{escape(reason_text(status.due_reason))}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
        if done:
            out.append(tag("h3", translate("Plan", "Talked about")))
            items = []
            for status in done:
                assert status.last is not None and status.next_due is not None  # a talked-about topic has both
                title = catalog.modules[status.module_id].title(language).value
                when = translate("Plan", "on %1, again by %2")
                when = fill(when, ltr(status.last.when.date().isoformat()), ltr(status.next_due.isoformat()))
                items.append(f"<li>{escape(title)}: {escape(when)}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


def _next_topics(catalog, language: str, band: str, due: list, limit: int) -> str:
    """The next topics to talk about, as links, and how many more are due."""
    if not due:
        return tag("p", translate("Plan", "All topics talked about for now. Well done."))
    items = []
    for status in due[:limit]:
        title = catalog.modules[status.module_id].title(language).value
        link = f'<a href="module:{escape(status.module_id)}#{band}"><b>{escape(title)}</b></a>'
        items.append(f"<li>{link}<br/>{escape(reason_text(status.due_reason))}</li>")
    out = tag("h3", translate("Plan", "Next to talk about")) + "<ul>" + "".join(items) + "</ul>"
    if len(due) > limit:
        out += tag("p", translate("Plan", "%n more topic(s) to talk about.", None, len(due) - limit))
    return out
