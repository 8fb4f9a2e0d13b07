"""The help lines a workshop shows for the chosen country, taken from the help directory.

Never typed into a slide: the help-line slide, the safeguarding page and the exported PDF all
ask here, so they show the same numbers as Get help now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from family_guide.core.directory import EmergencyHelp, emergency_for, entries_for

if TYPE_CHECKING:
    from family_guide.core.modules import Catalog

WORKSHOP_NEEDS = ("report", "child-support", "adult-support", "crisis")
MAX_LINES = 5  # what fits under the emergency number in large type
PER_NEED = 2  # so reporting, support for the child and support for adults all show


@dataclass(frozen=True)
class HelpLine:
    need: str
    name: str
    phone: str | None
    web: str | None


@dataclass(frozen=True)
class WorkshopHelp:
    country: str
    emergency: EmergencyHelp
    lines: tuple[HelpLine, ...]


def workshop_help(catalog: Catalog, country: str, language: str) -> WorkshopHelp:
    """The emergency number and the first few reporting and support lines for ``country``."""
    directories = catalog.of_kind("directory")
    emergency = emergency_for(directories, country)
    lines: list[HelpLine] = []
    for need, pairs in entries_for(directories, country, WORKSHOP_NEEDS):
        for module, entry in pairs[:PER_NEED]:
            if len(lines) < MAX_LINES:
                name = module.entry(language, entry.id).value.name
                lines.append(HelpLine(need, name, entry.phone, entry.web))
    return WorkshopHelp(country, emergency, tuple(lines))
