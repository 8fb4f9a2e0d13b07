"""Look up help-directory entries for a country, grouped by need, worldwide ones included."""

from __future__ import annotations

from typing import TYPE_CHECKING

from family_guide.core.settings import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from family_guide.core.model import DirectoryEntry
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


def entries_for(
    modules: list[Module], country: str, needs: tuple[str, ...] | None = None
) -> list[tuple[str, list[tuple[Module, DirectoryEntry]]]]:
    """Entries for ``country`` and worldwide (GLOBAL) ones, in need order; the country's first."""
    wanted = needs or tuple(NEED_LABELS)
    groups = []
    for need in wanted:
        found = [
            (module, entry)
            for module in modules
            for entry in module.manifest.directory.entries
            if need in entry.needs and entry.country in (country, "GLOBAL")
        ]
        found.sort(key=lambda pair: pair[1].country == "GLOBAL")
        if found:
            groups.append((need, found))
    return groups
