"""Each language's translation state of a module, worked out when first asked for.

A module of its own (not in the loader) because a catalog read from the cache holds one per
module: unpickling it must not import the loader, YAML and the text checks, which a start with
unchanged content never uses (~60 ms of imports on a busy 2-core machine).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from family_guide.core.constants import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from family_guide.core.model import LanguageText, Manifest
    from family_guide.core.translations import TranslationState


@dataclass(frozen=True)
class TranslationStates:
    """Computes each language's state when called. A class, not a closure, so a loaded module can
    be kept in the catalog cache (core/catalog_cache.py pickles it)."""

    manifest: Manifest
    texts: Mapping[str, LanguageText]
    hashes: Mapping[str, dict[str, str]]

    def __call__(self) -> dict[str, TranslationState]:
        from family_guide.core import translations

        english = translations.walk(self.texts[SOURCE_LANGUAGE])  # once for every language
        out: dict[str, translations.TranslationState] = {}
        for lang, declared in self.manifest.languages.items():
            stamp = self.manifest.reviews.get(lang)
            review = translations.Review(stamp.by, stamp.date.isoformat()) if stamp else None
            if lang not in self.hashes:
                out[lang] = translations.TranslationState(lang, declared, review=review)
                continue
            stale, unstamped = translations.compare(english, translations.walk(self.texts[lang]), self.hashes[lang])
            out[lang] = translations.TranslationState(lang, declared, tuple(stale), tuple(unstamped), review)
        return out
