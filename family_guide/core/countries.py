"""The countries the app knows: every UN member state, named in the user's language.

Names come from Unicode CLDR, generated once into ``resources/countries/countries.json`` by
tools/country_names.py (never typed by hand). "EU" is a region code used only by directory
entries that apply in every EU member state (112, 116 000); "GLOBAL" stands for "another
country" and for worldwide services.
"""

from __future__ import annotations

import json
from functools import cache
from typing import NamedTuple

from family_guide.core.translatable import QT_TRANSLATE_NOOP

ANOTHER_COUNTRY = "GLOBAL"
EU = "EU"
ANOTHER_COUNTRY_LABEL = QT_TRANSLATE_NOOP("Country", "Another country")

ROLE_LABELS: dict[str, str] = {
    "parent": QT_TRANSLATE_NOOP("Role", "Parent or carer"),
    "leader": QT_TRANSLATE_NOOP("Role", "Faith or community leader"),
    "counselor": QT_TRANSLATE_NOOP("Role", "Counselor, teacher or NGO worker"),
}


class CountryTable(NamedTuple):  # not a dataclass: a first run's Setup reads it before the first paint
    codes: tuple[str, ...]
    eu_members: frozenset[str]
    names: dict[str, dict[str, str]]  # language -> code -> name

    def name(self, code: str, language: str) -> str:
        """The country's name in ``language``, else in English, else its code."""
        for lang in (language, language.split("-")[0], "en"):
            found = self.names.get(lang, {}).get(code)
            if found:
                return found
        return code

    def is_country(self, code: str) -> bool:
        return code in self.codes or code == ANOTHER_COUNTRY

    def is_region(self, code: str) -> bool:
        """A code a directory entry may name: a country, the EU, or GLOBAL."""
        return self.is_country(code) or code == EU

    def regions_of(self, code: str) -> tuple[str, ...]:
        """The directory regions whose entries apply in ``code``, most specific first."""
        regions = [code] if code != ANOTHER_COUNTRY else []
        if code in self.eu_members:
            regions.append(EU)
        regions.append(ANOTHER_COUNTRY)
        return tuple(regions)


@cache
def country_table() -> CountryTable:
    """Read the bundled table once, when first needed (never at import time)."""
    from family_guide.paths import bundled

    data = json.loads(bundled("resources", "countries", "countries.json").read_text(encoding="utf-8"))
    return CountryTable(tuple(data["un_members"]), frozenset(data["eu_members"]), data["names"])
