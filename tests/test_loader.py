"""Loading and checking content modules: valid ones load, broken ones are skipped with exact problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from family_guide.core.loader import load_catalog, load_module
from tests.conftest import MODULES


def problems_of(folder: Path) -> list[str]:
    module, problems, _ = load_module(folder)
    assert module is None
    return [str(p) for p in problems]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_every_bundled_module_loads_cleanly():
    catalog = load_catalog([(MODULES, "bundled")])
    assert catalog.skipped == []
    assert {"online-friends", "grooming-signs", "help-directory"} <= set(catalog.modules)
    kinds = {m.kind for m in catalog.modules.values()}
    assert {"guide", "checklist", "directory"} <= kinds


def reviewed_line(manifest) -> str:
    """The manifest's review-date line, whatever the date (it changes with each content review)."""
    return next(line for line in manifest.read_text().splitlines() if line.startswith("reviewed:"))


def test_missing_field_names_file_line_and_field(module_copy):
    folder = module_copy("online-friends")
    manifest = folder / "module.yaml"
    replace_in(manifest, reviewed_line(manifest) + "\n", "")
    [problem] = problems_of(folder)
    assert problem.startswith(f"{manifest}:1: reviewed: this field is required")


def test_wrong_type_and_misspelt_field_are_both_reported_at_their_lines(module_copy):
    folder = module_copy("grooming-signs")
    manifest = folder / "module.yaml"
    replace_in(manifest, "kind: checklist", "kind: checklst")
    replace_in(manifest, "reviewed: 2026-11-28", "reviewd: 2026-11-28")
    problems = problems_of(folder)
    assert any(f":{line_of(manifest, 'kind:')}: kind: must be" in p and "checklst" in p for p in problems)
    assert any(f":{line_of(manifest, 'reviewd')}: reviewd: unknown field" in p for p in problems)


def test_bad_date_is_explained(module_copy):
    folder = module_copy("online-friends")
    replace_in(folder / "module.yaml", reviewed_line(folder / "module.yaml"), "reviewed: last week")
    assert any("reviewed: must be a date written as YYYY-MM-DD" in p for p in problems_of(folder))


def test_unknown_item_in_a_tier_rule_is_reported(module_copy):
    folder = module_copy("grooming-signs")
    replace_in(folder / "module.yaml", "any_of: [meeting-planned", "any_of: [no-such-item, meeting-planned")
    assert any("names items that no group has: no-such-item" in p for p in problems_of(folder))


def test_unknown_id_in_a_translation_is_reported_with_its_line(module_copy):
    folder = module_copy("grooming-signs")
    es = folder / "es.yaml"
    replace_in(es, "  hides-screen:", "  hides-screan:")
    assert any(f"{es}:{line_of(es, 'hides-screan')}: items.hides-screan: unknown id" in p for p in problems_of(folder))


def test_unknown_module_reference_skips_only_that_module(module_copy, tmp_path):
    folder = module_copy("online-friends")
    module_copy("grooming-signs")
    replace_in(folder / "en.yaml", "(module:grooming-signs)", "(module:no-such-module)")
    catalog = load_catalog([(tmp_path / "modules", "user")])
    assert list(catalog.modules) == ["grooming-signs"]
    assert "refers to a module that does not exist: 'no-such-module'" in str(catalog.problems[0])


def test_bad_encoding_names_the_line(module_copy):
    folder = module_copy("online-friends")
    en = folder / "en.yaml"
    title_line = line_of(en, "title:")
    en.write_bytes(en.read_bytes().replace(b"title:", b"title: \xff\xfe", 1))
    [problem] = problems_of(folder)
    assert problem.startswith(f"{en}:{title_line}: ")
    assert "not valid UTF-8" in problem


def test_empty_file_is_reported(module_copy):
    folder = module_copy("online-friends")
    (folder / "es.yaml").write_text("", encoding="utf-8")
    assert any("es.yaml" in p and "the file is empty" in p for p in problems_of(folder))


def test_huge_file_is_refused(module_copy):
    folder = module_copy("online-friends")
    (folder / "es.yaml").write_text("title: " + "a" * 600_000, encoding="utf-8")
    assert any("too large" in p for p in problems_of(folder))


@pytest.mark.parametrize(
    ("inserted", "message"),
    [
        ("<script>alert(1)</script>", "raw HTML is not allowed"),
        ("![tracker](https://example.org/pixel.png)", "pictures cannot be placed in text"),
        ("[click](http://example.org)", "link target 'http://example.org' is not allowed"),
        ("[click](javascript:alert(1))", "is not allowed"),
        ("[file](file:///etc/passwd)", "is not allowed"),
        ("\u202egnp.exe", "direction-override"),
    ],
)
def test_html_remote_images_and_unsafe_links_are_refused(module_copy, inserted, message):
    folder = module_copy("online-friends")
    en = folder / "en.yaml"
    replace_in(en, "title: People online", f"title: People online {inserted}")
    problems = problems_of(folder)
    assert any(p.startswith(f"{en}:{line_of(en, 'title:')}: title: ") and message in p for p in problems), problems


def test_folder_name_must_match_id(module_copy, tmp_path):
    folder = module_copy("online-friends")
    renamed = folder.rename(tmp_path / "modules" / "renamed")
    assert any("'online-friends' must match the folder name 'renamed'" in p for p in problems_of(renamed))


def test_language_files_and_declarations_must_agree(module_copy):
    folder = module_copy("online-friends")
    (folder / "es.yaml").rename(folder / "fr.yaml")
    problems = problems_of(folder)
    assert any("languages.es: the file es.yaml is missing" in p for p in problems)
    assert any("fr.yaml: this language file is not listed" in p for p in problems)


def test_english_must_be_complete(module_copy):
    folder = module_copy("grooming-signs")
    en = folder / "en.yaml"
    text = en.read_text(encoding="utf-8")
    start = text.index("  hides-screen:")
    end = text.index("\n  ", text.index("\n", start) + 1)
    while text[end + 3] == " ":  # skip the item's own indented lines
        end = text.index("\n  ", end + 1)
    en.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    assert any("items.hides-screen: missing in English" in p for p in problems_of(folder))


def test_a_user_module_cannot_replace_a_bundled_one(module_copy, tmp_path):
    module_copy("online-friends", into=tmp_path / "user")
    catalog = load_catalog([(MODULES, "bundled"), (tmp_path / "user", "user")])
    assert catalog.modules["online-friends"].origin == "bundled"
    assert "already loaded from" in str(catalog.problems[0])


def test_user_folder_modules_load_like_bundled_ones(module_copy, tmp_path):
    folder = module_copy("online-friends", into=tmp_path / "user")
    folder.rename(tmp_path / "user" / "my-guide")
    replace_in(tmp_path / "user" / "my-guide" / "module.yaml", "id: online-friends", "id: my-guide")
    catalog = load_catalog([(MODULES, "bundled"), (tmp_path / "user", "user")])
    assert catalog.modules["my-guide"].origin == "user"
    assert catalog.skipped == []


def test_fallback_to_english_is_reported_per_text(module_copy):
    folder = module_copy("online-friends")
    spanish = folder / "es.yaml"
    text = spanish.read_text(encoding="utf-8")
    spanish.write_text(text[: text.index('  "13-17":')], encoding="utf-8")  # a translation not finished yet
    guide, problems, _ = load_module(folder)
    assert problems == []
    assert not guide.guide("es", "9-12").is_fallback
    fallback = guide.guide("es", "13-17")
    assert fallback.is_fallback and fallback.language == "en"
    assert guide.title("hi").language == "en"  # no Hindi text at all: English, marked


def test_a_note_for_the_adult_in_a_key_message_is_refused_and_an_adult_note_loads(module_copy):
    folder = module_copy("online-friends")
    en = folder / "en.yaml"
    first = "- People online are not always who they say."
    note = '- "People online can lie. (for you: check the settings.)"'
    replace_in(en, first, note + "\n      " + first)
    [problem] = problems_of(folder)
    assert problem.startswith(f"{en}:{line_of(en, note)}: guides.5-8.key_messages.0: '(for you:'")
    replace_in(en, note + "\n      ", "")
    module, problems, _ = load_module(folder)
    assert problems == [] and module.texts["en"].guides["5-8"].if_child_says[1].adult_note.startswith("Write down")
