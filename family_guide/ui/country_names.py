"""A country's name in a UI language, for Setup, Settings and the help pages.

Its own module: Setup's country chooser needs it before the first paint of a first run, and
``help_html`` (where it was) imports the content models, which pull in pydantic (~0.4 s).
"""

from __future__ import annotations

from family_guide.core.countries import ANOTHER_COUNTRY, ANOTHER_COUNTRY_LABEL, country_table
from family_guide.ui.i18n import translate


def country_name(code: str, language: str) -> str:
    """The CLDR name of ``code`` in ``language``; "Another country" (translated) for no country."""
    if code == ANOTHER_COUNTRY:
        return translate("Country", ANOTHER_COUNTRY_LABEL)
    return country_table().name(code, language)
