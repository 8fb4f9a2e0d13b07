"""HTML for the crisis moments: the emergency number, the words to say, the checklist banner.

Shared by Get help now, the help-line directory and a checklist's result, so a number is
shown the same way wherever a frightened adult meets it.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from family_guide.core.directory import SCOPE_LABELS, SERVICE_LABELS, EmergencyHelp
from family_guide.core.model import EmergencyNumber
from family_guide.core.translatable import fill
from family_guide.ui.content_html import ltr, tag
from family_guide.ui.country_names import country_name
from family_guide.ui.i18n import translate


def call_now_text(help: EmergencyHelp) -> str:
    """'Call 911 now.' or, with no confirmed number, 'Call your local emergency number now.'"""
    if help.primary:
        return fill(translate("HelpNowDialog", "Call %1 now."), ltr(help.primary))
    return translate("HelpNowDialog", "Call your local emergency number now.")


def number_label(number: EmergencyNumber) -> str:
    """'Police: 122' or 'Police, ambulance and fire: 112 (from a mobile phone)'."""
    text = translate("Service", SERVICE_LABELS[number.service]) + ": " + ltr(number.number)
    if number.scope:
        text += " (" + translate("Service", SCOPE_LABELS[number.scope]) + ")"
    return text


def emergency_details_html(help: EmergencyHelp, language: str) -> str:
    """Every confirmed number with its service, cautions, and what could not be confirmed."""
    out = []
    if help.confirmed:
        items = []
        for number in help.confirmed:
            copy = escape(translate("ContentHtml", "Copy number"))
            mark = " \u2020" if number.confidence != "high" else ""
            items.append(
                f'<li>{escape(number_label(number))}{mark} &nbsp; <a href="copy:{escape(number.number)}">{copy}</a></li>'
            )
        out.append("<ul>" + "".join(items) + "</ul>")
        if any(n.confidence != "high" for n in help.confirmed):
            out.append(tag("p", "\u2020 " + unconfirmed_caution()))
    elif help.row is not None and not help.unconfirmed:
        out.append(
            tag(
                "p",
                fill(
                    translate(
                        "HelpNowDialog",
                        "We could not confirm the emergency number in %1. Ask a neighbour, a school, a doctor or a "
                        "place of worship which number to call, and keep it by your phone.",
                    ),
                    country_name(help.country, language),
                ),
            )
        )
    if help.unconfirmed:
        reported = ", ".join(number_label(n) for n in help.unconfirmed)
        out.append(
            tag(
                "p",
                fill(
                    translate("HelpNowDialog", "Reported, not confirmed: %1. Check it locally before you rely on it."),
                    reported,
                ),
            )
        )
    if help.row is not None:
        out.append(f'<p class="meta">{source_line(help.row.sources, help.row.source_date)}</p>')
    return "".join(out)


def unconfirmed_caution() -> str:
    return translate("ContentHtml", "Found in one source only: check this number locally.")


def source_line(urls: list[str], date: str | None) -> str:
    """'Source: ec.europa.eu, dated 2024-05' with each host a link; escaped HTML."""
    hosts = []
    for url in urls[:3]:
        host = urlsplit(url).hostname or url
        host = host.removeprefix("www.")
        hosts.append(f'<a href="{escape(url)}">{escape(host)}</a>' if url.startswith("https://") else escape(host))
    if date:
        text = translate("ContentHtml", "Source: %1, dated %2")
        return fill(escape(text), ", ".join(hosts), escape(ltr(date)))
    return fill(escape(translate("ContentHtml", "Source: %1")), ", ".join(hosts))


def words_to_say_html() -> str:
    """What to tell the emergency operator, as short lines a shaking voice can read out."""
    lines = [
        translate("HelpNowDialog", "A child is in danger."),
        translate("HelpNowDialog", "Their name is ... They are ... years old."),
        translate("HelpNowDialog", "They may be at ... (an address, a place, or the app they are using)."),
        translate("HelpNowDialog", "What is happening: ... (a meeting, a threat, they are missing)."),
        translate("HelpNowDialog", "My name is ... My phone number is ..."),
    ]
    rows = "".join(f"<tr><td>{escape(line)}</td></tr>" for line in lines)
    return tag("h2", translate("HelpNowDialog", "What to say when they answer")) + (
        f'<table class="say" width="100%" cellpadding="6">{rows}</table>'
    )


def tier_banner_html(tier_id: str, help: EmergencyHelp) -> str:
    """The first thing in a checklist result: what to do, marked by a symbol and words, not colour alone."""
    if tier_id == "emergency":
        head = "\u26a0 " + fill(translate("WarningSignsPage", "Emergency: %1"), call_now_text(help))
        body = translate(
            "WarningSignsPage",
            "Tell them a child is in danger, where the child may be, and what is happening. Then follow the steps "
            "below.",
        )
        css = "banner-emergency"
    elif tier_id == "act-now":
        head = "\u279c " + translate("WarningSignsPage", "Act today: report and get advice.")
        body = translate("WarningSignsPage", "You do not need proof. The steps and the places to report are below.")
        css = "banner-act"
    else:
        return ""
    return (
        f'<table class="{css}" width="100%" cellpadding="10"><tr><td>'
        f'<p class="banner-head">{escape(head)}</p><p>{escape(body)}</p></td></tr></table>'
    )
