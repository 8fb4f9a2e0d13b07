"""Words for what a conversation or checklist snapshot recorded, and how a snapshot compares
with the one before it for the same child. Ids are looked up in the loaded content."""

from __future__ import annotations

import contextlib
from html import escape

from family_guide.core.journal.records import Entry
from family_guide.core.translatable import fill
from family_guide.ui.content_html import ltr
from family_guide.ui.dates import format_date
from family_guide.ui.i18n import translate


def _item_text(module, language: str, item_id: str) -> str:
    try:
        return module.item(language, item_id).value.statement
    except (KeyError, AttributeError):
        return item_id  # a checklist changed since: still show what was stored


def details_html(context, journal, entry: Entry) -> str:
    language = context.language
    module = context.catalog.modules.get(entry.details.get("module", ""))
    if entry.kind == "conversation":
        guide = module.title(language).value if module else entry.details.get("module", "")
        band = entry.details.get("band", "")
        text = fill(translate("Journal", "Guide: %1 (ages %2)"), guide, ltr(band))
        return f"<p>{escape(text)}</p>"
    if entry.kind != "snapshot":
        return ""
    ticked = list(entry.details.get("ticked", []))
    out = [f"<p><b>{escape(module.title(language).value if module else entry.details.get('module', ''))}</b></p>"]
    tier_id = entry.details.get("tier")
    if module and tier_id:
        with contextlib.suppress(KeyError):
            out.append(
                "<p>"
                + escape(fill(translate("Journal", "Next steps shown: %1"), module.tier(language, tier_id).value.title))
                + "</p>"
            )
    names = [escape(_item_text(module, language, i)) if module else escape(i) for i in ticked]
    out.append(
        "<p>"
        + escape(translate("Journal", "Signs ticked:"))
        + "</p><ul>"
        + "".join(f"<li>{n}</li>" for n in names)
        + "</ul>"
    )
    previous = journal.latest_snapshot(entry.details.get("module", ""), entry.child_id, before_id=entry.id)
    if previous is not None and previous.occurred_at <= entry.occurred_at:
        out.append(comparison_html(module, language, previous, ticked))
    return "".join(out)


def comparison_html(module, language: str, previous: Entry, ticked: list[str]) -> str:
    before = set(previous.details.get("ticked", []))
    now = set(ticked)
    new, gone = [i for i in ticked if i not in before], sorted(before - now)
    when = format_date(previous.occurred_at)
    lines = [escape(fill(translate("Journal", "Compared with %1:"), when))]
    if not new and not gone:
        lines.append(escape(translate("Journal", "The same signs as last time.")))
    for item in new:
        lines.append(
            escape(fill(translate("Journal", "New: %1"), _item_text(module, language, item) if module else item))
        )
    for item in gone:
        lines.append(
            escape(
                fill(
                    translate("Journal", "No longer ticked: %1"), _item_text(module, language, item) if module else item
                )
            )
        )
    return "<p>" + "<br/>".join(lines) + "</p>"
