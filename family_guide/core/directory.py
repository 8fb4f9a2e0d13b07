"""Look up help for a country: its emergency numbers, and directory entries grouped by need.

Regions nest: a country's own entries come first, then those for the whole EU (for EU
members), then worldwide (GLOBAL) ones. One lookup never lists the same service twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from family_guide.core.countries import country_table
from family_guide.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from family_guide.core.model import CountryEmergency, DirectoryEntry, EmergencyNumber
    from family_guide.core.modules import Module

NEED_LABELS: dict[str, str] = {
    "emergency": QT_TRANSLATE_NOOP("Need", "Emergency: someone is in danger now"),
    "crisis": QT_TRANSLATE_NOOP("Need", "A child may hurt themselves"),
    "report": QT_TRANSLATE_NOOP("Need", "Report online abuse or exploitation"),
    "image-removal": QT_TRANSLATE_NOOP("Need", "Get images taken down"),
    "trafficking": QT_TRANSLATE_NOOP("Need", "Trafficking"),
    "child-support": QT_TRANSLATE_NOOP("Need", "Support for the child"),
    "adult-support": QT_TRANSLATE_NOOP("Need", "Support for you"),
}

SERVICE_LABELS: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("Service", "Police, ambulance and fire"),
    "police": QT_TRANSLATE_NOOP("Service", "Police"),
    "ambulance": QT_TRANSLATE_NOOP("Service", "Ambulance"),
    "rescue": QT_TRANSLATE_NOOP("Service", "Fire and rescue, ambulance"),
}

SCOPE_LABELS: dict[str, str] = {
    "mobile": QT_TRANSLATE_NOOP("Service", "from a mobile phone"),
    "legacy": QT_TRANSLATE_NOOP("Service", "older number, still works"),
    "regional": QT_TRANSLATE_NOOP("Service", "in some areas only"),
    "new": QT_TRANSLATE_NOOP("Service", "new; may not work everywhere yet"),
}


# The usual hours, said in words in every language (the directory writes them the short
# English way). Other hours are written in each language's file of the directory module.
STANDARD_HOURS = {
    "24/7": QT_TRANSLATE_NOOP("HelpHours", "24 hours a day, every day"),
    "24 hours, every day": QT_TRANSLATE_NOOP("HelpHours", "24 hours a day, every day"),
    "24 hours": QT_TRANSLATE_NOOP("HelpHours", "24 hours a day"),
}


def hours_words(hours: str, localized: str | None, language: str, t: Callable[[str, str], str]) -> str:
    """A help line's hours in ``language``, on screen and in print: the directory's own words in
    that language, else the standard phrase translated (``t``: context, English -> translated),
    else as the directory writes them ("24/7" reads in any language better than an English sentence)."""
    if localized:
        return localized
    phrase = STANDARD_HOURS.get(hours.strip())
    if phrase is None:
        return hours
    said = t("HelpHours", phrase)
    return said if said != phrase or language.split("-")[0] == "en" else hours


Pairs = list[tuple["Module", "DirectoryEntry"]]


@dataclass(frozen=True)
class EmergencyHelp:
    """What to tell a user about calling for help in an emergency in one country."""

    country: str
    confirmed: tuple[EmergencyNumber, ...]  # high or medium confidence, primary first
    unconfirmed: tuple[EmergencyNumber, ...]  # low confidence: "reported, not confirmed"
    row: CountryEmergency | None

    @property
    def primary(self) -> str | None:
        """The number to show in large type, or None: "call your local emergency number"."""
        return self.confirmed[0].number if self.confirmed else None

    @property
    def needs_local_check(self) -> bool:
        """True when the primary number rests on one source (medium): say "check it locally"."""
        return bool(self.confirmed) and self.confirmed[0].confidence != "high"


def emergency_for(modules: list[Module], country: str) -> EmergencyHelp:
    """The country's emergency numbers from the first directory module that lists them."""
    for module in modules:
        directory = module.manifest.directory
        if directory is None:  # only directory modules are passed in; this keeps the types honest
            continue
        for row in directory.emergency:
            if row.country == country:
                confirmed = tuple(n for n in row.numbers if n.confidence != "low")
                unconfirmed = tuple(n for n in row.numbers if n.confidence == "low")
                return EmergencyHelp(country, confirmed, unconfirmed, row)
    return EmergencyHelp(country, (), (), None)


def entries_for(modules: list[Module], country: str, needs: tuple[str, ...] | None = None) -> list[tuple[str, Pairs]]:
    """Entries for ``country``, its EU region and worldwide, grouped in need order.

    A service is listed once, under the first need asked for that it serves; two entries with
    the same phone number or web address (the EU's 116 123 and Ireland's Samaritans) count as
    one service, and the more local one is kept."""
    regions = country_table().regions_of(country)
    rank = {region: index for index, region in enumerate(regions)}
    wanted = needs or tuple(NEED_LABELS)
    seen: set[str] = set()  # entry ids, phone digits and web addresses already listed
    groups = []
    for need in wanted:
        found = [
            (module, entry)
            for module in modules
            if module.manifest.directory is not None
            for entry in module.manifest.directory.entries
            if need in entry.needs and entry.country in rank
        ]
        found.sort(key=lambda pair: rank[pair[1].country])  # stable: module order within a region
        kept = []
        for module, entry in found:
            keys = {f"id:{entry.id}", f"tel:{_digits(entry.phone)}" if entry.phone else "", entry.web or ""} - {""}
            if keys & seen:
                continue
            seen |= keys
            kept.append((module, entry))
        if kept:
            groups.append((need, kept))
    return groups


def has_national(groups: list[tuple[str, Pairs]], country: str) -> bool:
    """Whether any listed entry belongs to the country itself (not the EU or worldwide)."""
    return any(entry.country == country for _, pairs in groups for _, entry in pairs)


def _digits(phone: str | None) -> str:
    return "".join(ch for ch in phone or "" if ch.isdigit())
