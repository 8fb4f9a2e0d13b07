"""Where each translation of a module stands: its review status and which texts went stale.

A translator stamps a language after translating (``python -m family_guide.content_tools stamp``):
the stamp records, for every translated text, a short hash of the English text it was
translated from, in a sidecar file ``<lang>.hashes.yaml`` beside ``<lang>.yaml``. When the
English text later changes, its hash no longer matches and the translation of that text is
*stale*: the app marks it and ``check-modules`` lists it. A sidecar (not a map inside
``<lang>.yaml``) keeps the translator's file free of machine-written lines, so two people can
edit text and stamps without merge conflicts in the same lines.

Texts are keyed by their content path, such as ``guides.9-12.why_it_matters`` or
``guides.9-12.opening_lines.2`` (list positions count from 0).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from family_guide.core.constants import SOURCE_LANGUAGE
from family_guide.core.problems import ContentError, Problem

if TYPE_CHECKING:
    from family_guide.core.model import LanguageText

HASHES_SUFFIX = ".hashes.yaml"
HASH_LENGTH = 16  # hex digits of SHA-256: plenty to tell two versions of one text apart
_HASH = re.compile(rf"^[0-9a-f]{{{HASH_LENGTH}}}$")
HEADER = (
    "# The English text each translated text was made from (a short hash per key), written by\n"
    "# `python -m family_guide.content_tools stamp <module> <lang>` after translating. Do not edit by hand:\n"
    "# stamp again once the translation matches the English text (see docs/translating.md).\n"
)


def hashes_path(folder: Path, language: str) -> Path:
    return folder / f"{language}{HASHES_SUFFIX}"


def source_hash(text: str) -> str:
    """A short fingerprint of an English text. Re-wrapping lines or changing spaces is not a
    change of meaning, so whitespace is collapsed first: only a change of words makes it stale."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def _walk(text: LanguageText) -> tuple[dict[str, str], dict[str, int]]:
    """Every text by its content path, and the length of every list (by the list's path)."""
    texts: dict[str, str] = {}
    lists: dict[str, int] = {}
    stack: list[tuple[str, object]] = [("", text.model_dump(exclude_none=True))]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            texts[path] = node
        elif isinstance(node, dict):
            stack.extend((f"{path}.{k}" if path else k, v) for k, v in node.items())
        elif isinstance(node, list):
            lists[path] = len(node)
            stack.extend((f"{path}.{i}", v) for i, v in enumerate(node))
    return dict(sorted(texts.items())), lists


_HASHES: dict[str, str] = {}


def _cached_hash(text: str) -> str:
    """Each English text is compared with every translation of it: hash it once per text."""
    value = _HASHES.get(text)
    if value is None:
        if len(_HASHES) > 100_000:  # bounded: user packs come and go while the app runs
            _HASHES.clear()
        value = _HASHES[text] = source_hash(text)
    return value


def content_texts(text: LanguageText) -> dict[str, str]:
    """Every text in a language file by its content path (``guides.9-12.opening_lines.2``)."""
    return _walk(text)[0]


# A run of digits, possibly grouped by spaces, hyphens or dots ("116 111", "1-800-843-5678").
_NUMBER = re.compile(r"\d+(?:[ \-.\u00a0]\d+)*")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
# Parts translated as a whole: a guide's age band, a checklist item or tier, a directory entry, a slide.
_PART_SECTIONS = ("guides", "items", "tiers", "entries", "slides")


def _ascii_digits(text: str) -> str:
    """Arabic-Indic (٣) and Devanagari (३) digits read as 3: the number is the same fact."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def phone_like(text: str) -> Counter[str]:
    """Numbers of three or more digits (help lines, emergency numbers, ages such as 13-17), digits
    only. Single digits joined by hyphens are words, not numbers ("1-2-1 chat" is "individual")."""
    groups = (re.findall(r"\d+", m) for m in _NUMBER.findall(_ascii_digits(text)))
    return Counter("".join(g) for g in groups if len("".join(g)) >= 3 and max(map(len, g)) >= 2)


def link_targets(text: str) -> Counter[str]:
    return Counter(_LINK.findall(text))


def _part(key: str) -> str:
    parts = key.split(".")
    return ".".join(parts[:2]) if parts[0] in _PART_SECTIONS else parts[0]


def facts_differ(english: str, translated: str) -> str:
    """How a translated text's numbers or link targets differ from its English text ("" if they do not)."""
    out = []
    for what, facts in (("numbers", phone_like), ("links", link_targets)):
        mine, theirs = facts(translated), facts(english)
        if mine != theirs:
            out.append(f"{what} {sorted(mine.elements())} != English {sorted(theirs.elements())}")
    return "; ".join(out)


def fact_differences(english: dict[str, str], translation: dict[str, str]) -> list[tuple[str, str]]:
    """(key, what differs) for each translated text (by content key) whose numbers or links are not
    the English text's, and each text a translated part lacks."""
    out = []
    for key, text in translation.items():
        # A key English lacks is an optional field English leaves out (a help line's hours are in
        # module.yaml in English); the loader has already checked that the key is one the format knows.
        differ = facts_differ(english[key], text) if key in english else ""
        if differ:
            out.append((key, differ))
    translated_parts = {_part(k) for k in translation}
    out += [
        (k, "missing (the English part has it)")
        for k in english
        if _part(k) in translated_parts and k not in translation
    ]
    return sorted(out)


def stamp(english: LanguageText, translation: LanguageText) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The hashes to record for a translation: for each translated text that English also has, the
    hash of the English text as it is now. A text whose numbers or links differ from the English is
    not stamped (nobody can vouch that it says the same): it is returned with what differs."""
    source = content_texts(english)
    hashes, refused = {}, []
    for key, text in content_texts(translation).items():
        if key not in source:
            continue
        differ = facts_differ(source[key], text)
        if differ:
            refused.append((key, differ))
        else:
            hashes[key] = source_hash(source[key])
    return hashes, refused


def stale_keys(english: LanguageText, translation: LanguageText, hashes: Mapping[str, str]) -> list[str]:
    """Translated texts whose English text changed (or went away) since they were stamped, and
    translated lists with another number of lines than the English (``tiers.act-now.steps``):
    a step added to the English at the end changes no stamped text, yet the translation lacks it."""
    return compare(_walk(english), _walk(translation), hashes)[0]


def unstamped_keys(translation: LanguageText, hashes: Mapping[str, str]) -> list[str]:
    """Translated texts with no stamp: nobody has said which English text they match."""
    return [key for key in content_texts(translation) if key not in hashes]


def compare(
    english: tuple[dict[str, str], dict[str, int]],
    translation: tuple[dict[str, str], dict[str, int]],
    hashes: Mapping[str, str],
) -> tuple[list[str], list[str]]:
    """(stale keys, unstamped keys) from walked texts (``_walk``), so the loader walks English once."""
    (source, source_lists), (translated, translated_lists) = english, translation
    changed, unstamped = [], []
    for key in translated:
        stamp = hashes.get(key)
        if stamp is None:
            unstamped.append(key)
        elif key not in source or _cached_hash(source[key]) != stamp:
            changed.append(key)
    lengths = [key for key, n in translated_lists.items() if key in source_lists and source_lists[key] != n]
    return sorted(changed + lengths), unstamped


def walk(text: LanguageText) -> tuple[dict[str, str], dict[str, int]]:
    """Texts and list lengths by content path, for ``compare``."""
    return _walk(text)


_HASH_LINE = re.compile(r'^  "([^"\\]+)": ([0-9a-f]+)$')


def read_hashes(path: Path) -> dict[str, str]:
    """The stamps in a sidecar file (none if there is no file). The file is written by the stamp
    tool in one fixed form, read here line by line (a full YAML parse of ~40 files would slow the
    app's start); anything else raises ContentError naming the file and line, asking to stamp again."""
    from family_guide.core.safe_yaml import read_text

    if not path.exists() and not path.is_symlink():
        return {}
    if path.is_symlink() or not path.is_file():
        raise ContentError([Problem(path, None, "", "must be a plain file (links are not followed)")])
    hashes: dict[str, str] = {}
    seen_start = False
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not seen_start and line.rstrip() in ("source_hashes:", "source_hashes: {}"):
            seen_start = True
            continue
        match = _HASH_LINE.match(line.rstrip()) if seen_start else None
        if match is None or not _HASH.match(match.group(2)) or match.group(1) in hashes:
            field = f"source_hashes.{match.group(1)}" if match else ""
            raise ContentError(
                [
                    Problem(
                        path,
                        number,
                        field,
                        f"not a stamp the stamp tool writes ('  \"key\": {HASH_LENGTH} hex digits' under "
                        "'source_hashes:'); do not edit this file: stamp the language again",
                    )
                ]
            )
        hashes[match.group(1)] = match.group(2)
    return hashes


def hashes_yaml(hashes: Mapping[str, str]) -> str:
    """The sidecar file's text: one ``key: hash`` line per text, sorted, so a new stamp shows in a
    diff as exactly the lines that changed."""
    if not hashes:
        return HEADER + "source_hashes: {}\n"
    return HEADER + "source_hashes:\n" + "".join(f'  "{key}": {value}\n' for key, value in sorted(hashes.items()))


@dataclass(frozen=True)
class Review:
    by: str
    date: str  # ISO date


@dataclass(frozen=True)
class TranslationState:
    """One language of one module: its declared status, who reviewed it, and what went stale."""

    language: str
    declared: str  # original, reviewed, draft or machine (module.yaml)
    stale: tuple[str, ...] = ()
    unstamped: tuple[str, ...] = ()
    review: Review | None = None

    @property
    def status(self) -> str:
        """``stale`` wins over what module.yaml says: even a reviewed translation no longer says
        what the English says once the English changed."""
        if self.language != SOURCE_LANGUAGE and self.stale:
            return "stale"
        return self.declared

    def stale_under(self, prefix: str) -> list[str]:
        """Stale keys at or below a content path (``guides.9-12.opening_lines``)."""
        return [k for k in self.stale if k == prefix or k.startswith(prefix + ".")]

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"status": self.status, "declared": self.declared, "stale_keys": list(self.stale)}
        if self.language != SOURCE_LANGUAGE:
            out["unstamped_keys"] = list(self.unstamped)
        if self.review is not None:
            out["reviewed_by"] = self.review.by
            out["reviewed_on"] = self.review.date
        return out
