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
    unread = lambda: {lang for lang, value in guide.texts._items.items() if isinstance(value, bytes)}  # noqa: E731
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


def test_a_new_app_version_rebuilds_it(tmp_path, roots, monkeypatch):
    build, cache = Counting(), tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache, build)
    monkeypatch.setattr(catalog_cache, "__version__", "99.0")
    _, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and build.builds == 2


@pytest.mark.parametrize("damage", ["flip a payload byte", "truncate", "empty", "wrong magic", "not a file"])
def test_a_damaged_cache_is_never_trusted_and_is_replaced(tmp_path, roots, damage):
    build, cache = Counting(), tmp_path / "catalog.pickle"
    catalog_cache.load_with_cache(roots, cache, build)
    data = bytearray(cache.read_bytes())
    if damage == "flip a payload byte":
        data[-100] ^= 0x40
        cache.write_bytes(bytes(data))
    elif damage == "truncate":
        cache.write_bytes(bytes(data[: len(data) // 2]))
    elif damage == "empty":
        cache.write_bytes(b"")
    elif damage == "wrong magic":
        cache.write_bytes(b"X" + bytes(data[1:]))
    else:
        cache.unlink()
        cache.mkdir()
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert not used and "online-friends" in catalog.modules and build.builds == 2
    if damage != "not a file":  # a folder in the way cannot be replaced: the app just loads without a cache
        assert catalog_cache.load_with_cache(roots, cache, build)[1]


class Planted:
    """What an attacker would plant: unpickling it would run a command."""

    def __reduce__(self):
        return (os.system, ("echo planted > /dev/null",))


def test_a_planted_pickle_with_a_valid_checksum_runs_nothing(tmp_path, roots, monkeypatch):
    build, cache = Counting(), tmp_path / "catalog.pickle"
    key = catalog_cache.fingerprint(roots)
    payload = pickle.dumps(Planted())
    cache.write_bytes(catalog_cache.MAGIC + key + hashlib.sha256(payload).digest() + payload)
    calls = []
    monkeypatch.setattr(os, "system", lambda command: calls.append(command))
    catalog, used = catalog_cache.load_with_cache(roots, cache, build)
    assert calls == [] and not used and "online-friends" in catalog.modules


def test_a_cache_that_cannot_be_written_does_not_stop_the_app(tmp_path, roots):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    catalog, used = catalog_cache.load_with_cache(roots, blocker / "catalog.pickle", Counting())
    assert not used and "online-friends" in catalog.modules


def test_the_cache_lives_in_the_users_cache_folder_not_beside_the_journal():
    from family_guide import paths

    home = Path("/x")
    under = paths.AppPaths.under(home)
    assert under.catalog_cache_file == home / "cache" / "catalog.pickle"
    assert under.journal_dir not in under.catalog_cache_file.parents
