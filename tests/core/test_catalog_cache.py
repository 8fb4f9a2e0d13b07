"""The validated-catalog cache: used only when nothing changed, never trusted when damaged.
Its screens are tested in tests/ui/test_catalog_cache.py (Qt)."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest

from family_guide.core import catalog_cache
from family_guide.core.loader import load_catalog
from tests.conftest import MODULES


class Counting:
    """load_catalog, counting how often the content is really parsed."""

    def __init__(self) -> None:
        self.builds = 0

    def __call__(self, roots):
        self.builds += 1
        return load_catalog(roots)


@pytest.fixture
def roots(tmp_path, module_copy):
    user = tmp_path / "user-modules"
    user.mkdir()
    return [(MODULES, "bundled"), (user, "user")]


def test_a_start_with_unchanged_content_uses_the_cache_and_gets_the_same_catalog(tmp_path, roots):
    build, cache = Counting(), tmp_path / "cache" / "catalog.pickle"
    first, used_first = catalog_cache.load_with_cache(roots, cache, build)
    second, used_second = catalog_cache.load_with_cache(roots, cache, build)
    assert (used_first, used_second, build.builds) == (False, True, 1)
    assert sorted(second.modules) == sorted(first.modules) and len(second.modules) >= 20
    guide = second.modules["online-friends"]
    assert guide.title("es").value == first.modules["online-friends"].title("es").value
    assert (
        guide.texts["en"].guides["9-12"].why_it_matters
        == first.modules["online-friends"].texts["en"].guides["9-12"].why_it_matters
    )
    assert oct(cache.stat().st_mode & 0o777) == "0o600"


def test_a_cached_start_reads_only_the_languages_it_shows(tmp_path, roots):
    """Each language's texts are read from the cache when first asked for: a start needs English and
    the reader's language, not all eight. What is read equals what was built."""
    cache = tmp_path / "cache" / "catalog.pickle"
    built, _ = catalog_cache.load_with_cache(roots, cache, load_catalog)
    cached, used = catalog_cache.load_with_cache(roots, cache, load_catalog)
    guide = cached.modules["sextortion"]
    assert used and isinstance(guide.texts, catalog_cache.LazyTexts)
    unread = guide.texts.unread
    assert unread() == set(guide.manifest.languages)
    assert guide.title("ar").value == built.modules["sextortion"].title("ar").value
    assert unread() == set(guide.manifest.languages) - {"ar"}
    assert guide.translation_states.texts is guide.texts  # the states compare the same texts
    assert {lang: s.status for lang, s in guide.translations.items()}["ar"] == "draft"
    assert dict(guide.texts) == dict(built.modules["sextortion"].texts) and not unread()


def test_an_edited_line_a_new_module_or_a_removed_one_rebuilds_it(tmp_path, roots, module_copy):
    build, cache = Counting(), tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache, build)

    folder = module_copy("online-friends", into=roots[1][0], as_id="our-online-friends")
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and "our-online-friends" in catalog.modules

    english = folder / "en.yaml"
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace("title:", "title: Changed", 1), encoding="utf-8")
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and catalog.modules["our-online-friends"].title("en").value.startswith("Changed")

    # the same size and a restored time must still be seen: the fingerprint keeps mtime in ns
    os.utime(english, ns=(1, 1))
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used

    for path in sorted(folder.iterdir()):
        path.unlink()
    folder.rmdir()
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and "our-online-friends" not in catalog.modules
    assert build.builds == 5


@pytest.mark.parametrize("name", ["en.yaml", "es.yaml", "es.hashes.yaml", "module.yaml"])
def test_an_edit_in_place_of_the_same_size_rebuilds_it(tmp_path, roots, module_copy, name):
    """A file edited in place keeps its size and its folder's mtime: only its own mtime tells."""
    folder = module_copy("online-friends", into=roots[1][0], as_id="our-online-friends")
    build, cache = Counting(), tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache, build)
    path = folder / name
    before, folder_time = path.stat(), folder.stat().st_mtime_ns
    data = path.read_bytes()
    at = data.index(b"e")
    path.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])  # one letter, same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1))  # even 1 ns later, on any file system
    assert path.stat().st_size == before.st_size and folder.stat().st_mtime_ns == folder_time
    _, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and build.builds == 2


def test_a_new_app_version_rebuilds_it(tmp_path, roots, monkeypatch):
    build, cache = Counting(), tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache, build)
    monkeypatch.setattr(catalog_cache, "__version__", "99.0")
    _, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and build.builds == 2


def test_what_the_cache_gives_equals_what_validation_builds_for_every_module_and_language(tmp_path, roots):
    cache = tmp_path / "catalog.pickle"
    built, _ = catalog_cache.load_with_cache(roots, cache, load_catalog)
    cached, used = catalog_cache.load_with_cache(roots, cache, load_catalog)
    assert used and sorted(cached.modules) == sorted(built.modules) and cached.skipped == built.skipped
    for module_id, module in built.modules.items():
        again = cached.modules[module_id]
        assert (again.manifest, again.folder, again.origin, again.skipped_parts) == (
            module.manifest,
            module.folder,
            module.origin,
            module.skipped_parts,
        ), module_id
        assert dict(again.texts) == module.texts, module_id
        assert dict(again.translation_states.hashes) == module.translation_states.hashes, module_id
        assert again.translations == module.translations, module_id


def test_a_broken_user_module_is_cached_with_its_problems(tmp_path, roots, module_copy):
    folder = module_copy("online-friends", into=roots[1][0], as_id="our-online-friends")
    (folder / "es.yaml").write_text("title: [not closed\n", encoding="utf-8")
    cache = tmp_path / "catalog.pickle"
    built, _ = catalog_cache.load_with_cache(roots, cache)
    cached, used = catalog_cache.load_with_cache(roots, cache)
    assert used and built.skipped and cached.skipped == built.skipped and cached.problems == built.problems


def _parts(data: bytes) -> tuple[int, int]:
    """Where the index and the blobs start in a cache file."""
    head = len(catalog_cache.MAGIC) + 64 + 8
    return head, head + int.from_bytes(data[head - 8 : head], "little")


@pytest.mark.parametrize(
    "damage",
    [
        "flip an index byte",
        "flip a key byte",
        "truncate",
        "cut the last byte",
        "empty",
        "wrong magic",
        "garbage after the key",
        "not a file",
    ],
)
def test_a_damaged_cache_is_never_trusted_and_is_replaced(tmp_path, roots, damage):
    build, cache = Counting(), tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache, build)
    data = bytearray(cache.read_bytes())
    index, blobs = _parts(data)
    if damage == "flip an index byte":
        data[(index + blobs) // 2] ^= 0x40
        cache.write_bytes(bytes(data))
    elif damage == "flip a key byte":
        data[len(catalog_cache.MAGIC)] ^= 0x01
        cache.write_bytes(bytes(data))
    elif damage == "truncate":
        cache.write_bytes(bytes(data[: len(data) // 2]))
    elif damage == "cut the last byte":  # the last blob's reference now points past the end
        cache.write_bytes(bytes(data[:-1]))
    elif damage == "empty":
        cache.write_bytes(b"")
    elif damage == "wrong magic":
        cache.write_bytes(b"X" + bytes(data[1:]))
    elif damage == "garbage after the key":  # a huge index length, a wrong checksum: neither trusted
        key_end = len(catalog_cache.MAGIC) + 32
        cache.write_bytes(bytes(data[:key_end]) + bytes(range(255, -1, -1)) * (len(data) // 256))
    else:
        cache.unlink()
        cache.mkdir()
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and "online-friends" in catalog.modules and build.builds == 2
    if damage != "not a file":  # a folder in the way cannot be replaced: the app just loads without a cache
        assert catalog_cache.load_with_cache(roots, cache, build)[1]


@pytest.mark.parametrize("where", ["first", "last"])
def test_a_damaged_language_is_never_used_its_module_is_read_from_the_content(tmp_path, roots, where):
    """Each language's texts and stamps are checked when first read, not at start: a damaged one is
    replaced by what validation gives, and the next start rebuilds the cache."""
    build, cache = Counting(), tmp_path / "catalog.pickle"
    built, _ = catalog_cache.load_with_cache(roots, cache, build)
    data = bytearray(cache.read_bytes())
    _, blobs = _parts(data)
    at = {"first": blobs + 40, "last": len(data) - 3}[where]
    data[at] ^= 0x40
    cache.write_bytes(bytes(data))
    cached, used = catalog_cache.load_with_cache(roots, cache, build)
    assert used and build.builds == 1  # the index is sound: the start uses it
    for module_id, module in built.modules.items():  # every language, damaged or not, as validated
        again = cached.modules[module_id]
        assert dict(again.texts) == module.texts, module_id
        assert dict(again.translation_states.hashes) == module.translation_states.hashes, module_id
    assert not cache.exists()  # removed once the damage was seen
    assert not catalog_cache.load_with_cache(roots, cache, build)[1] and build.builds == 2
    assert catalog_cache.load_with_cache(roots, cache, build)[1]


def test_a_language_damaged_while_its_module_broke_is_missing_not_a_crash(tmp_path, roots, module_copy):
    folder = module_copy("online-friends", into=roots[1][0], as_id="our-online-friends")
    cache = tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache, load_catalog)
    ref = catalog_cache.load_with_cache(roots, cache, load_catalog)[0].modules["our-online-friends"].texts._items["es"]
    data = bytearray(cache.read_bytes())
    data[ref.blobs.start + ref.offset + 10] ^= 0x40
    cache.write_bytes(bytes(data))
    cached, used = catalog_cache.load_with_cache(roots, cache, load_catalog)
    (folder / "module.yaml").write_text("id: [not valid\n", encoding="utf-8")
    texts = cached.modules["our-online-friends"].texts
    assert used and texts.get("es") is None and "es" in texts.unread()
    assert cached.modules["our-online-friends"].title("es").language == "en"


def test_a_cache_file_replaced_since_the_start_is_not_read_from(tmp_path, roots, monkeypatch):
    """Another start wrote a new cache (the content changed, say): this start's texts come from the
    content, and the newer file is kept."""
    cache = tmp_path / "catalog.pickle"
    built, _ = catalog_cache.load_with_cache(roots, cache, load_catalog)
    cached, used = catalog_cache.load_with_cache(roots, cache, load_catalog)
    catalog_cache.write(cache, catalog_cache.fingerprint(roots), built)  # a new file in its place
    from_content = []
    original = catalog_cache._Blobs.module_from_content
    monkeypatch.setattr(
        catalog_cache._Blobs,
        "module_from_content",
        lambda self, folder, origin, damaged: from_content.append(damaged) or original(self, folder, origin, damaged),
    )
    assert used and cached.modules["online-friends"].texts["es"] == built.modules["online-friends"].texts["es"]
    assert from_content == [False] and cache.exists()
    assert catalog_cache.load_with_cache(roots, cache, load_catalog)[1]


class Planted:
    """What an attacker would plant: unpickling it would run a command."""

    def __reduce__(self):
        return (os.system, ("echo planted > /dev/null",))


class PlantedWrite:
    """A planted pickle that would call one of the app's own functions (allowed module, not a class)."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self):
        from family_guide.core.atomic import write_atomic

        return (write_atomic, (self.target, b"planted"))


def test_a_planted_call_of_an_app_function_is_refused(tmp_path, roots):
    cache, target = tmp_path / "catalog.pickle", tmp_path / "planted.txt"
    index = pickle.dumps(PlantedWrite(target))
    header = catalog_cache.MAGIC + catalog_cache.fingerprint(roots) + hashlib.sha256(index).digest()
    cache.write_bytes(header + len(index).to_bytes(8, "little") + index)
    catalog, used = catalog_cache.load_with_cache(roots, cache, Counting())
    assert not used and not target.exists() and "online-friends" in catalog.modules


def test_a_planted_pickle_with_a_valid_checksum_runs_nothing(tmp_path, roots, monkeypatch):
    build, cache = Counting(), tmp_path / "catalog.pickle"
    key = catalog_cache.fingerprint(roots)
    index = pickle.dumps(Planted())
    header = catalog_cache.MAGIC + key + hashlib.sha256(index).digest() + len(index).to_bytes(8, "little")
    cache.write_bytes(header + index)
    calls = []
    monkeypatch.setattr(os, "system", lambda command: calls.append(command))
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert calls == [] and not used and "online-friends" in catalog.modules


def test_a_planted_language_pickle_with_a_valid_checksum_runs_nothing(tmp_path, roots, monkeypatch):
    cache = tmp_path / "catalog.pickle"
    built = load_catalog(roots)
    planted = catalog_cache._with_lazy_texts(built)
    planted.modules["online-friends"].texts["es"] = catalog_cache._Packed(pickle.dumps(Planted()))
    cache.write_bytes(catalog_cache._pack(catalog_cache.fingerprint(roots), planted))
    calls = []
    monkeypatch.setattr(os, "system", lambda command: calls.append(command))
    cached, used = catalog_cache.load_with_cache(roots, cache, load_catalog)
    text = cached.modules["online-friends"].texts["es"]
    assert calls == [] and used and text == built.modules["online-friends"].texts["es"] and not cache.exists()


def test_a_cache_that_cannot_be_written_does_not_stop_the_app(tmp_path, roots):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    catalog, used = catalog_cache.load_with_cache(roots, blocker / "catalog.pickle", Counting())
    assert not used and "online-friends" in catalog.modules


def test_a_cached_start_does_not_import_the_loader(tmp_path, roots):
    """A start with unchanged content needs the models, not the loader, YAML or the text checks."""
    import subprocess
    import sys

    cache = tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache)
    script = (
        "import sys; from pathlib import Path; from family_guide.core import catalog_cache\n"
        "roots = [(Path(sys.argv[1]), 'bundled'), (Path(sys.argv[2]), 'user')]\n"
        "catalog, used = catalog_cache.load_with_cache(roots, Path(sys.argv[3]))\n"
        "catalog.modules['sextortion'].translations\n"  # the states too: they compare texts, not YAML
        "print(used, [m for m in ('family_guide.core.loader', 'yaml') if m in sys.modules])"
    )
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-c", script, str(roots[0][0]), str(roots[1][0]), str(cache)]
    out = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "[]"]


def test_the_cache_lives_in_the_users_cache_folder_not_beside_the_journal():
    from family_guide import paths

    home = Path("/x")
    under = paths.AppPaths.under(home)
    assert under.catalog_cache_file == home / "cache" / "catalog.pickle"
    assert under.journal_dir not in under.catalog_cache_file.parents
