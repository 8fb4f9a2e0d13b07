"""Loaded content modules and how the app reads them in a chosen language.

Every lookup says which language it actually came from, so the UI can mark text that
fell back to English: a parent must know when a translation is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from family_guide.core.constants import SOURCE_LANGUAGE
from family_guide.core.problems import Problem

if TYPE_CHECKING:  # the models pull in pydantic, which the first window must not wait for
    from family_guide.core.model import (
        ChecklistItemText,
        EntryText,
        GuideText,
        LanguageText,
        Manifest,
        SlideText,
        TierText,
        WorkshopHandoutText,
    )
    from family_guide.core.translations import TranslationState

T = TypeVar("T")
# Covariant, so code that only asks where a text came from can take any Localized[object].
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Localized(Generic[T_co]):
    """A text of type ``T`` (a string, or a model such as GuideText) and the language it came from."""

    value: T_co
    language: str  # the language the value is really in
    requested: str

    @property
    def is_fallback(self) -> bool:
        """Shown in another language than asked for (English, as a rule), which the UI marks. The
        same language without the region ("pt" text for "pt-BR") is no fallback: the reader reads
        it as their own, and a note "Shown in Português" would only puzzle them."""
        return self.language.split("-")[0] != self.requested.split("-")[0]


@dataclass(frozen=True)
class Module:
    manifest: Manifest
    texts: dict[str, LanguageText]
    folder: Path
    origin: str  # "bundled" or "user"
    skipped_parts: tuple[Problem, ...] = ()  # e.g. help-line entries left out for a mistake
    # Each language's review status and stale texts (core/translations.py), worked out when first
    # asked for: comparing every text with its English costs ~15% of loading, and the app needs it
    # only for the module on screen. None (a module built by hand): no states.
    translation_states: Callable[[], dict[str, TranslationState]] | None = field(default=None, compare=False)
    # Holds only "translations" (a frozen dataclass cannot set an attribute later); Any, not the
    # dict type, because this field is evaluated at runtime where TranslationState is not imported.
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def translations(self) -> dict[str, TranslationState]:
        if "translations" not in self._cache:
            self._cache["translations"] = self.translation_states() if self.translation_states else {}
        states: dict[str, TranslationState] = self._cache["translations"]
        return states

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def kind(self) -> str:
        return self.manifest.kind

    @property
    def languages(self) -> list[str]:
        return list(self.manifest.languages)

    def status(self, language: str) -> str | None:
        """original, reviewed, draft, machine or stale (the English changed since translating)."""
        state = self.translations.get(language)
        return state.status if state else self.manifest.languages.get(language)

    def stale_under(self, language: str, path: str) -> list[str]:
        """Texts of ``language`` at or below a content path whose English changed since they were translated."""
        state = self.translations.get(language)
        return state.stale_under(path) if state else []

    def _pick(self, language: str, get: Callable[[LanguageText], T | None]) -> Localized[T]:
        for lang in dict.fromkeys((language, language.split("-")[0], SOURCE_LANGUAGE)):
            text = self.texts.get(lang)
            value = get(text) if text is not None else None
            if value:
                return Localized(value, lang, language)
        raise KeyError(f"{self.id}: no text in any language")  # the loader makes English complete

    def title(self, language: str) -> Localized[str]:
        return self._pick(language, lambda t: t.title)

    def summary(self, language: str) -> Localized[str]:
        return self._pick(language, lambda t: t.summary)

    def guide(self, language: str, age_band: str) -> Localized[GuideText]:
        # The guides are keyed by the AgeBand literal; the band asked for is a plain str (from the UI
        # or a handout request), so it is compared rather than used as a typed key.
        return self._pick(language, lambda t: next((g for band, g in t.guides.items() if band == age_band), None))

    def group_heading(self, language: str, group_id: str) -> Localized[str]:
        return self._pick(language, lambda t: t.groups.get(group_id))

    def item(self, language: str, item_id: str) -> Localized[ChecklistItemText]:
        return self._pick(language, lambda t: t.items.get(item_id))

    def tier(self, language: str, tier_id: str) -> Localized[TierText]:
        return self._pick(language, lambda t: t.tiers.get(tier_id))

    def entry(self, language: str, entry_id: str) -> Localized[EntryText]:
        return self._pick(language, lambda t: t.entries.get(entry_id))

    def slide(self, language: str, slide_id: str) -> Localized[SlideText]:
        return self._pick(language, lambda t: t.slides.get(slide_id))

    def audience_text(self, language: str) -> Localized[str]:
        """A workshop's participants in words ("Parents and carers")."""
        return self._pick(language, lambda t: t.audience)

    def workshop_handout(self, language: str) -> Localized[WorkshopHandoutText] | None:
        """A workshop's take-home handout, or None when the plan has none (it is optional)."""
        english = self.texts.get(SOURCE_LANGUAGE)
        if english is None or english.handout is None:
            return None
        return self._pick(language, lambda t: t.handout)

    def counts(self) -> dict[str, int]:
        m = self.manifest
        return {
            "guides": len(self.texts[SOURCE_LANGUAGE].guides),
            "items": len(m.checklist.item_ids) if m.checklist else 0,
            "entries": len(m.directory.entries) if m.directory else 0,
            "slides": len(m.workshop.slides) if m.workshop else 0,
        }


@dataclass(frozen=True)
class SkippedModule:
    folder: Path
    problems: list[Problem]


@dataclass(frozen=True)
class UnreadFolders:
    """Module folders past the limit for one folder: not read at all, but never left out silently."""

    root: Path
    count: int
    limit: int

    @property
    def problem(self) -> Problem:
        return Problem(
            self.root,
            None,
            "",
            f"{self.count} more module folder(s) were not read: only the first {self.limit} (by name) are read",
        )


@dataclass
class Catalog:
    modules: dict[str, Module] = field(default_factory=dict)
    skipped: list[SkippedModule] = field(default_factory=list)
    unread: list[UnreadFolders] = field(default_factory=list)

    @property
    def unread_count(self) -> int:
        return sum(u.count for u in self.unread)

    def of_kind(self, kind: str) -> list[Module]:
        """Modules of one kind in their suggested order (``order``), then by id."""
        return sorted(
            (m for m in self.modules.values() if m.kind == kind), key=lambda m: (m.manifest.order or 1000, m.id)
        )

    @property
    def problems(self) -> list[Problem]:
        """Everything left out: whole modules, parts of modules that otherwise loaded, and folders not read."""
        return (
            [p for s in self.skipped for p in s.problems]
            + [p for m in self.modules.values() for p in m.skipped_parts]
            + [u.problem for u in self.unread]
        )
