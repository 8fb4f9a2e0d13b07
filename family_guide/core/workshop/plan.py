"""A workshop plan as the presenter and the editor use it: an editable draft built from a module.

The bundled module is never changed: a draft is a copy. Editing keeps the plan's rules (the
help-line slide cannot be removed or hidden; the safeguarding page is not a slide, so nothing
can remove it) and raises PlanEditError with a plain reason when an edit would break one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from family_guide.core.constants import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from family_guide.core.modules import Module


class PlanEditError(ValueError):
    """An edit the plan's rules do not allow; the message says why."""


@dataclass
class SectionDraft:
    id: str
    minutes: int


@dataclass
class SlideDraft:
    id: str
    section: str
    type: str = "content"
    activity: str | None = None
    hidden: bool = False
    words: dict[str, dict[str, Any]] = field(default_factory=dict)  # language -> title, body, notes, ...

    @property
    def removable(self) -> bool:
        return self.type != "help-lines"

    def language_of(self, language: str, key: str) -> str:
        """The language one field of the slide is really shown in (English where it is missing)."""
        own = self.words.get(language) or self.words.get(language.split("-")[0]) or {}
        return language if own.get(key) else SOURCE_LANGUAGE

    def text(self, language: str) -> tuple[dict[str, Any], str]:
        """The slide's words in ``language`` (field by field, English where missing) and the
        language most of it came from."""
        own = self.words.get(language) or self.words.get(language.split("-")[0]) or {}
        english = self.words.get(SOURCE_LANGUAGE, {})
        merged = {**english, **{k: v for k, v in own.items() if v}}
        return merged, (language if own else SOURCE_LANGUAGE)


@dataclass
class PlanDraft:
    module_id: str
    origin: str
    manifest: dict[str, Any]  # module.yaml data without the workshop's sections and slides
    workshop: dict[str, Any]  # participants, min_minutes, max_group, based_on
    sections: list[SectionDraft]
    slides: list[SlideDraft]
    texts: dict[str, dict[str, Any]]  # language -> the language file without its slides
    edited: bool = False  # changed since it was read from its module (then checked before presenting)

    @classmethod
    def from_module(cls, module: Module) -> PlanDraft:
        manifest = module.manifest.model_dump(mode="json", exclude_none=True)
        workshop = manifest.pop("workshop")
        sections = [SectionDraft(s["id"], s["minutes"]) for s in workshop.pop("sections")]
        words_by_slide: dict[str, dict[str, dict[str, Any]]] = {}
        texts: dict[str, dict[str, Any]] = {}
        for lang, text in module.texts.items():
            data = text.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
            for slide_id, words in data.pop("slides", {}).items():
                words_by_slide.setdefault(slide_id, {})[lang] = words
            texts[lang] = data
        slides = [
            SlideDraft(
                s["id"],
                s["section"],
                s.get("type", "content"),
                s.get("activity"),
                s.get("hidden", False),
                words_by_slide.get(s["id"], {}),
            )
            for s in workshop.pop("slides")
        ]
        return cls(module.id, module.origin, manifest, workshop, sections, slides, texts)

    # ---------------------------------------------------------------- reading

    @property
    def languages(self) -> list[str]:
        return list(self.manifest.get("languages", {}))

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sections)

    def visible(self) -> list[SlideDraft]:
        return [s for s in self.slides if not s.hidden]

    def slide(self, slide_id: str) -> SlideDraft:
        for slide in self.slides:
            if slide.id == slide_id:
                return slide
        raise PlanEditError(f"the plan has no slide '{slide_id}'")

    def index_of(self, slide_id: str) -> int:
        return self.slides.index(self.slide(slide_id))

    def field_text(self, language: str, key: str) -> Any:
        """A plan-level text (title, summary, audience, agenda, safeguarding), English where missing."""
        own = self.texts.get(language, {}).get(key)
        return own if own else self.texts.get(SOURCE_LANGUAGE, {}).get(key)

    def language_of(self, language: str, key: str) -> str:
        """The language a plan-level text is really shown in (English where it is missing)."""
        return language if self.texts.get(language, {}).get(key) else SOURCE_LANGUAGE

    def section_heading(self, language: str, section_id: str) -> str:
        for lang in (language, SOURCE_LANGUAGE):
            heading = self.texts.get(lang, {}).get("agenda", {}).get(section_id)
            if heading:
                return str(heading)  # texts hold parsed YAML (Any); an agenda heading is a string
        return section_id

    # ---------------------------------------------------------------- editing

    def move(self, slide_id: str, steps: int) -> int:
        """Move a slide ``steps`` places (negative: earlier); returns its new index."""
        self.edited = True
        index = self.index_of(slide_id)
        target = max(0, min(len(self.slides) - 1, index + steps))
        self.slides.insert(target, self.slides.pop(index))
        return target

    def move_to(self, slide_id: str, target: int) -> None:
        self.edited = True
        index = self.index_of(slide_id)
        slide = self.slides.pop(index)
        self.slides.insert(max(0, min(len(self.slides), target)), slide)

    def set_hidden(self, slide_id: str, hidden: bool) -> None:
        self.edited = True
        slide = self.slide(slide_id)
        if hidden and not slide.removable:
            raise PlanEditError("the help-line slide cannot be hidden or removed")
        slide.hidden = hidden

    def remove(self, slide_id: str) -> None:
        self.edited = True
        slide = self.slide(slide_id)
        if not slide.removable:
            raise PlanEditError("the help-line slide cannot be hidden or removed")
        self.slides.remove(slide)

    def edit(self, slide_id: str, language: str, **words: Any) -> None:
        """Change a slide's words (title, body, notes, questions) in one language."""
        self.edited = True
        unknown = set(words) - {"title", "body", "notes", "questions", "cards"}
        if unknown:
            raise PlanEditError(f"a slide has no {', '.join(sorted(unknown))}")
        slide = self.slide(slide_id)
        current = slide.words.setdefault(language, {})
        for key, value in words.items():
            if isinstance(value, str):
                value = value.strip()
            if isinstance(value, list):
                value = [v.strip() for v in value if v.strip()]
            if value:
                current[key] = value
            else:
                current.pop(key, None)

    def add(self, after_id: str | None, language: str, title: str, body: str) -> SlideDraft:
        """A new content slide after ``after_id`` (at the start when None), in that slide's section.
        Its words are written in ``language`` and, as every plan needs complete English, in English
        too when the language is another."""
        self.edited = True
        index = -1 if after_id is None else self.index_of(after_id)
        section = self.slides[max(index, 0)].section
        slide = SlideDraft(self._new_id(title), section)
        for lang in dict.fromkeys((language, SOURCE_LANGUAGE)):
            slide.words[lang] = {"title": title.strip(), "body": body.strip()}
        self.slides.insert(index + 1, slide)
        return slide

    def set_section(self, slide_id: str, section_id: str) -> None:
        self.edited = True
        if section_id not in {s.id for s in self.sections}:
            raise PlanEditError(f"the agenda has no section '{section_id}'")
        self.slide(slide_id).section = section_id

    def set_minutes(self, section_id: str, minutes: int) -> None:
        self.edited = True
        if not 1 <= minutes <= 240:
            raise PlanEditError("a section lasts from 1 to 240 minutes")
        for section in self.sections:
            if section.id == section_id:
                section.minutes = minutes
                return
        raise PlanEditError(f"the agenda has no section '{section_id}'")

    def _new_id(self, title: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-") or "slide"
        taken = {s.id for s in self.slides}
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        return candidate
