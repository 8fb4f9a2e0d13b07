"""Finding conversation guides: topic names, age bands for an age, and text search."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from family_guide.core.constants import AGE_BANDS
from family_guide.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from family_guide.core.modules import Module

# The shared topic vocabulary (docs/content-modules.md); a module may use other ids, shown as they are.
TOPIC_LABELS: dict[str, str] = {
    "online-friends": QT_TRANSLATE_NOOP("Topic", "Online friends and strangers"),
    "secrets": QT_TRANSLATE_NOOP("Topic", "Secrets and private chats"),
    "gifts": QT_TRANSLATE_NOOP("Topic", "Gifts and money"),
    "images": QT_TRANSLATE_NOOP("Topic", "Photos and videos"),
    "sextortion": QT_TRANSLATE_NOOP("Topic", "Sextortion"),
    "live-streaming": QT_TRANSLATE_NOOP("Topic", "Live streaming"),
    "false-promises": QT_TRANSLATE_NOOP("Topic", "Offers too good to be true"),
    "wellbeing": QT_TRANSLATE_NOOP("Topic", "Feelings and support"),
    "body-safety": QT_TRANSLATE_NOOP("Topic", "Body safety"),
    "relationships": QT_TRANSLATE_NOOP("Topic", "Relationships and respect"),
    "meeting": QT_TRANSLATE_NOOP("Topic", "Meeting in person"),
    "disclosure": QT_TRANSLATE_NOOP("Topic", "When something has happened"),
    "privacy": QT_TRANSLATE_NOOP("Topic", "Apps and privacy"),
    "grooming": QT_TRANSLATE_NOOP("Topic", "Grooming"),
    "trafficking": QT_TRANSLATE_NOOP("Topic", "Trafficking"),
}


def band_for_age(age: int) -> str | None:
    """The age band for an age in years, or None outside 5-17."""
    for band in AGE_BANDS:
        low, high = (int(x) for x in band.split("-"))
        if low <= age <= high:
            return band
    return None


def _fold(text: str) -> str:
    """Lower case without accents, so "seguridad" finds "Seguridad" and "nino" finds "niño"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def searchable_text(module: Module, language: str) -> str:
    """Title, summary and every band of a guide, in the language shown (English where untranslated)."""
    parts = [module.title(language).value, module.summary(language).value]
    for band in module.manifest.age_bands:
        guide = module.guide(language, band).value
        for value in guide.model_dump().values():
            if isinstance(value, str):
                parts.append(value)
            elif isinstance(value, list):
                for item in value:
                    parts.extend(item.values() if isinstance(item, dict) else [item])
    return _fold("\n".join(str(p) for p in parts if p))


def matches(module: Module, language: str, query: str, cache: dict[tuple[str, str], str] | None = None) -> bool:
    """True if every word of ``query`` appears somewhere in the guide."""
    words = _fold(query).split()
    if not words:
        return True
    key = (module.id, language)
    if cache is not None and key in cache:
        text = cache[key]
    else:
        text = searchable_text(module, language)
        if cache is not None:
            cache[key] = text
    return all(word in text for word in words)
