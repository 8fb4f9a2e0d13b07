"""Loading and checking content modules: valid ones load, broken ones are skipped with exact problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from family_guide.core.loader import load_catalog, load_module
from tests.conftest import MODULES, drop_language


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
    replace_in(manifest, "reviewed:", "reviewd:")  # whatever the date
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
        ("\u2067gnp.exe", "U+2067"),  # an isolate left open turns the rest of the line around
        ("gnp.exe\u2069", "U+2069"),
        ("\u2066x\u2068y", "U+2066, U+2068"),
        ("gro\u200boming", "U+200B"),  # a zero-width space hides a word from search
        ("\u200fwarning", "U+200F"),
        ("\u200ewarning", "U+200E"),
        ("safe\ufeffword", "U+FEFF"),
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
    (folder / "es.yaml").rename(folder / "de.yaml")  # a language no bundled module has (yet)
    problems = problems_of(folder)
    assert any("languages.es: the file es.yaml is missing" in p for p in problems)
    assert any("de.yaml: this language file is not listed" in p for p in problems)


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
    module_copy("online-friends", into=tmp_path / "user", as_id="my-guide")
    catalog = load_catalog([(MODULES, "bundled"), (tmp_path / "user", "user")])
    assert catalog.modules["my-guide"].origin == "user"
    assert catalog.skipped == []


def test_fallback_to_english_is_reported_per_text(module_copy):
    folder = drop_language(module_copy("online-friends"), "ar")
    spanish = folder / "es.yaml"
    text = spanish.read_text(encoding="utf-8")
    spanish.write_text(text[: text.index('  "13-17":')], encoding="utf-8")  # a translation not finished yet
    guide, problems, _ = load_module(folder)
    assert problems == []
    assert not guide.guide("es", "9-12").is_fallback
    fallback = guide.guide("es", "13-17")
    assert fallback.is_fallback and fallback.language == "en"
    assert guide.title("ar").language == "en"  # no Arabic text at all (taken out of the copy): English, marked


def test_a_linked_module_yaml_is_refused_and_the_message_names_the_file(module_copy, tmp_path):
    folder = module_copy("online-friends")
    manifest = folder / "module.yaml"
    outside = tmp_path / "outside.yaml"
    manifest.rename(outside)
    manifest.symlink_to(outside)
    [problem] = problems_of(folder)
    assert problem.startswith(f"{manifest}: ")
    assert "link (symlink)" in problem


def test_a_linked_language_file_is_refused_and_never_read(module_copy, tmp_path):
    folder = module_copy("online-friends")
    outside = tmp_path / "private.txt"
    outside.write_text("PRIVATE-CANARY: not yaml [\n", encoding="utf-8")
    spanish = folder / "es.yaml"
    spanish.unlink()
    spanish.symlink_to(outside)
    problems = problems_of(folder)
    assert any(p.startswith(f"{spanish}: ") and "link (symlink)" in p for p in problems), problems
    assert not any("CANARY" in p for p in problems)


def test_joiners_that_hindi_and_arabic_spell_with_are_allowed(module_copy):
    folder = module_copy("online-friends")
    replace_in(
        folder / "en.yaml", "title: People online", "title: People online \u0915\u094d\u200d\u0937 \u0645\u200c\u0627"
    )
    module, problems, _ = load_module(folder)
    assert problems == []
    assert "\u200d" in module.title("en").value


# As written in the file: the characters themselves, or YAML escapes that are invisible in the file too.
@pytest.mark.parametrize("hidden", ["\u202e", "\u2067", "\u200b", "\u200f", "\ufeff", "\\u202e", "\\x7f", "\\x9b"])
def test_a_source_address_with_invisible_or_control_characters_is_refused(module_copy, hidden):
    folder = module_copy("online-friends")
    manifest = folder / "module.yaml"
    replace_in(manifest, "url: https://parents.thorn.org/", f'url: "https://parents.thorn.org/{hidden}gro.live"')
    problems = problems_of(folder)
    assert any(p.startswith(f"{manifest}:{line_of(manifest, 'parents.thorn')}: sources.") for p in problems), problems


def test_a_help_line_web_address_with_a_bidi_control_is_left_out_and_named(module_copy):
    folder = module_copy("help-directory")
    manifest = folder / "module.yaml"
    text = manifest.read_text(encoding="utf-8")
    first_web = text.index("    web: https://") + len("    web: ")
    manifest.write_text(text[:first_web] + '"https://\u2067gro.evil\u2069/"' + text[text.index("\n", first_web) :])
    module, problems, _ = load_module(folder)
    assert problems == []
    [left_out] = module.skipped_parts
    assert left_out.field.endswith(".web") and "U+2067, U+2069" in left_out.message


def test_folders_past_the_limit_are_counted_not_silently_dropped(tmp_path, monkeypatch):
    from family_guide.core import loader

    monkeypatch.setattr(loader, "MAX_MODULES_PER_FOLDER", 2)
    for name in ("a", "b", "c", "d", ".hidden"):
        (tmp_path / "packs" / name).mkdir(parents=True)
    (tmp_path / "packs" / "notes.txt").write_text("not a folder", encoding="utf-8")
    catalog = load_catalog([(tmp_path / "packs", "user")])
    assert [s.folder.name for s in catalog.skipped] == ["a", "b"]  # read (and refused: no module.yaml)
    assert catalog.unread_count == 2
    assert f"{tmp_path / 'packs'}: 2 more module folder(s) were not read" in str(catalog.problems[-1])


def test_control_characters_written_as_yaml_escapes_are_refused(module_copy):
    folder = module_copy("online-friends")
    en = folder / "en.yaml"
    replace_in(en, "title: People online are not always who they say", 'title: "People online \\e[2J\\0"')
    problems = problems_of(folder)
    assert any(p.startswith(f"{en}:{line_of(en, 'title:')}: title: ") and "U+0000, U+001B" in p for p in problems)


def test_a_problem_is_one_line_whatever_the_file_and_key_names_hold(module_copy, tmp_path):
    """A key or folder name with a line break or a direction override must not forge report lines."""
    folder = module_copy("online-friends")
    replace_in(
        folder / "en.yaml", "title: People online", '"x\\n/etc/ok.yaml:1: all good \\u202e": y\ntitle: People online'
    )
    lines = [line for p in problems_of(folder) for line in p.splitlines()]
    assert len(lines) == 1
    assert "x\\n/etc/ok.yaml:1: all good \\u202e: unknown field" in lines[0]
    folder.rename(tmp_path / "modules" / "pack\x1b[2J\u2067")
    [problem] = [str(p) for p in load_catalog([(tmp_path / "modules", "user")]).problems if "must match" in str(p)]
    assert "\x1b" not in problem and "\u2067" not in problem and "pack\\x1b[2J\\u2067" in problem


def test_a_flood_of_mistakes_is_cut_short_with_a_count(module_copy):
    """50,000 wrong lines must not become megabytes of details that freeze the notice."""
    from family_guide.core.loader import MAX_PROBLEMS_PER_MODULE

    folder = module_copy("online-friends")
    (folder / "es.yaml").write_text("".join(f"k{i}: v\n" for i in range(MAX_PROBLEMS_PER_MODULE + 50)))
    problems = problems_of(folder)
    assert len(problems) == MAX_PROBLEMS_PER_MODULE + 1
    assert problems[0].startswith(f"{folder / 'es.yaml'}:1: k0: unknown field")
    assert problems[-1] == f"{folder}: 50 more problems in this module are not listed; fix these first"


def test_a_flood_of_wrong_help_line_entries_is_cut_short_too(module_copy):
    from family_guide.core.loader import MAX_PROBLEMS_PER_MODULE

    folder = module_copy("help-directory")
    with (folder / "module.yaml").open("a", encoding="utf-8") as manifest:
        manifest.write("".join(f"    - id: bad-{i}\n" for i in range(MAX_PROBLEMS_PER_MODULE)))
    module, problems, _ = load_module(folder)
    assert problems == [] and "gb-childline" in {e.id for e in module.manifest.directory.entries}
    assert len(module.skipped_parts) == MAX_PROBLEMS_PER_MODULE + 1
    assert "more problems in this module are not listed" in module.skipped_parts[-1].message


def test_a_module_may_not_list_more_languages_than_the_limit(module_copy):
    """Each language file may hold 512 KB; a list of hundreds would make the app read for minutes."""
    from itertools import islice, product
    from string import ascii_lowercase

    from family_guide.core.model import MAX_LANGUAGES

    folder = module_copy("online-friends")
    manifest = folder / "module.yaml"
    codes = ["".join(c) for c in islice(product(ascii_lowercase, repeat=3), MAX_LANGUAGES)]
    replace_in(manifest, "  es: draft\n", "  es: draft\n" + "".join(f"  {code}: draft\n" for code in codes))
    [problem] = problems_of(folder)
    assert problem == f"{manifest}:{line_of(manifest, 'languages:')}: languages: too many: at most {MAX_LANGUAGES}"


def test_a_help_line_number_that_could_show_reversed_is_left_out(module_copy):
    """An override inside a phone number would show 999 as 'another' number; the entry is left out."""
    folder = module_copy("help-directory")
    manifest = folder / "module.yaml"
    replace_in(manifest, 'phone: "0800 1111"', 'phone: "0800 \\u202e1111"')
    module, problems, _ = load_module(folder)
    assert problems == [] and "gb-childline" not in {e.id for e in module.manifest.directory.entries}
    [left_out] = module.skipped_parts
    assert left_out.field.endswith(".phone") and "U+202E" in left_out.message


def test_a_source_title_with_an_isolate_is_refused(module_copy):
    folder = module_copy("online-friends")
    manifest = folder / "module.yaml"
    replace_in(manifest, "  - title: ", "  - title: \u2067")
    assert any(".title: contains invisible or control characters" in p and "U+2067" in p for p in problems_of(folder))


def test_a_modules_folder_that_cannot_be_read_is_reported_not_a_crash(tmp_path, monkeypatch):
    """Wrong permissions on the user's modules folder must not stop the app from starting."""
    packs = tmp_path / "packs"
    (packs / "a").mkdir(parents=True)
    real_iterdir = Path.iterdir

    def refuse(self):
        if self == packs:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    catalog = load_catalog([(MODULES, "bundled"), (packs, "user")])
    assert "online-friends" in catalog.modules
    [skipped] = catalog.skipped
    assert str(skipped.problems[0]) == f"{packs}: cannot read the folder: Permission denied"


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
