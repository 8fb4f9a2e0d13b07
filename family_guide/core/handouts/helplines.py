"""The help lines a handout lists for a country: the emergency number first, then services by need."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from family_guide.core.countries import ANOTHER_COUNTRY
from family_guide.core.directory import SERVICE_LABELS, Pairs, emergency_for, entries_for, has_national, hours_words
from family_guide.core.handouts.blocks import Block, HelpLine, Paragraph
from family_guide.core.translatable import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from family_guide.core.modules import Module

Tr = Callable[[str, str], str]  # (context, English source text) -> the text in the handout's language


def _digits(text: str | None) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


def help_blocks(
    directories: list[Module],
    country: str,
    country_name: str,
    language: str,
    needs: tuple[str, ...],
    t: Tr,
    limit: int | None = None,
    brief: bool = False,
) -> list[Block]:
    """Help-line blocks for ``country``: its emergency numbers first (or how to find them), then
    up to ``limit`` services for ``needs``, the country's own before EU-wide and worldwide ones.
    ``brief``: name, number, hours and address only, without what the service is for (a worksheet's
    help lines, so that a worksheet in two languages stays within two pages where it can)."""
    labels = {
        "phone": t("ContentHtml", "Phone: %1"),
        "text": t("ContentHtml", "Text: %1"),
        "hours": t("ContentHtml", "Hours: %1"),
    }
    out: list[Block] = []
    emergency = emergency_for(directories, country)
    shown_numbers: set[str] = set()
    if emergency.confirmed:
        for index, number in enumerate(emergency.confirmed[:3]):
            name = t("Service", SERVICE_LABELS[number.service])
            out.append(HelpLine(f"emergency/{index}", name, phone=number.number, emergency=True, labels=labels))
            shown_numbers.add(number.number)
    else:
        text = t("HelpNowDialog", "Call your local emergency number now.")
        out.append(Paragraph("emergency/none", text, style="main"))
    groups = entries_for(directories, country, needs)
    if country == ANOTHER_COUNTRY:
        note = t("Handout", QT_TRANSLATE_NOOP("Handout", "No country was chosen. These services work anywhere."))
        out.append(Paragraph("helplines/none", note, style="note"))
    elif not has_national(entries_for(directories, country), country):  # none for any need, not only these
        note = t(
            "Handout", QT_TRANSLATE_NOOP("Handout", "We have no help lines for %1 yet. These services work anywhere.")
        )
        out.append(Paragraph("helplines/none", fill(note, country_name), style="note"))
    count = 0
    ordered = _in_turn(groups) if limit is not None else [pair for _, pairs in groups for pair in pairs]
    for module, entry in ordered:
        if limit is not None and count >= limit:
            return out
        if entry.phone and _digits(entry.phone) in shown_numbers:
            continue  # 112 is already listed as the emergency number
        localized = module.entry(language, entry.id)
        words = localized.value
        out.append(
            HelpLine(
                f"line/{entry.id}",
                words.name,
                purpose="" if brief else words.purpose,
                phone=entry.phone,
                sms=entry.sms,
                web=entry.web,
                hours=hours_words(entry.hours, words.hours if localized.language == language else None, language, t)
                if entry.hours
                else entry.hours,
                fallback=localized.is_fallback,
                labels=labels,
            )
        )
        count += 1
    return out


def _in_turn(groups: list[tuple[str, Pairs]]) -> Pairs:
    """With room for a few lines only: each need's first service, then each need's second, and so on,
    so a short list still covers reporting, the child's helpline and support for the parent."""
    longest = max((len(pairs) for _, pairs in groups), default=0)
    return [pairs[i] for i in range(longest) for _, pairs in groups if i < len(pairs)]
