"""The countries offered at setup. Names are marked for translation and translated when shown.

The list follows the help directory's regions; "EU" stands for any EU country (the
harmonised 112 / 116 numbers) and "GLOBAL" for everywhere else (worldwide services).
"""

from __future__ import annotations

from family_guide.core.settings import QT_TRANSLATE_NOOP

COUNTRIES: dict[str, str] = {
    "AU": QT_TRANSLATE_NOOP("Country", "Australia"),
    "BR": QT_TRANSLATE_NOOP("Country", "Brazil"),
    "CA": QT_TRANSLATE_NOOP("Country", "Canada"),
    "IN": QT_TRANSLATE_NOOP("Country", "India"),
    "KE": QT_TRANSLATE_NOOP("Country", "Kenya"),
    "MX": QT_TRANSLATE_NOOP("Country", "Mexico"),
    "NG": QT_TRANSLATE_NOOP("Country", "Nigeria"),
    "PH": QT_TRANSLATE_NOOP("Country", "Philippines"),
    "GB": QT_TRANSLATE_NOOP("Country", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("Country", "United States"),
    "EU": QT_TRANSLATE_NOOP("Country", "A country in the European Union"),
    "GLOBAL": QT_TRANSLATE_NOOP("Country", "Another country"),
}

ROLE_LABELS: dict[str, str] = {
    "parent": QT_TRANSLATE_NOOP("Role", "Parent or carer"),
    "leader": QT_TRANSLATE_NOOP("Role", "Faith or community leader"),
    "counselor": QT_TRANSLATE_NOOP("Role", "Counselor, teacher or NGO worker"),
}
