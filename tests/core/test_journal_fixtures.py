"""Frozen journals, one per schema version (tests/fixtures/journals/, made by tools/make_fixture_journals.py):
today's code opens each, upgrades it and finds what it held. No Qt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from family_guide.core.journal import schema
from family_guide.core.journal.records import Entry, EntryFilter
from family_guide.core.journal.store import DB_NAME, Journal, _connect

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "journals"  # tests/fixtures, shared
PASSPHRASE = "fixture journal passphrase"  # tools/make_fixture_journals.py FIXTURE_PASSPHRASE
VERSIONS = schema.schema_names()


def test_every_schema_version_has_a_frozen_journal() -> None:
    made = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
    assert made == VERSIONS, "a new migration? run: python tools/make_fixture_journals.py, and commit the folder"


@pytest.mark.parametrize("version", VERSIONS)
def test_a_journal_from_each_version_opens_upgrades_and_keeps_its_entries(version: str, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    shutil.copytree(FIXTURES / version, folder)  # opening upgrades in place: never the committed copy
    db = _connect(folder / DB_NAME, Journal.key_file(folder).open_with_passphrase(PASSPHRASE))
    applied = [m.name for m in schema.migrations.applied(db)]
    db.close()
    assert applied == VERSIONS[: VERSIONS.index(version) + 1]  # the fixture is at its version, not newer
    with Journal.open(folder, PASSPHRASE) as journal:
        assert [m.name for m in schema.migrations.applied(journal.db)] == VERSIONS
        assert journal.integrity_ok()
        assert journal.count() == 2
        [child] = journal.children()
        assert (child.nickname, child.birth_year, child.apps) == ("Sam", 2015, ["Minecraft"])
        # Full-text search works on rows written before the index existed (0001) and after.
        [note] = journal.rows(EntryFilter(text="gems"))
        assert note.title == "Talked about online friends"
        [incident] = journal.rows(EntryFilter(text="nino tablet"))  # accents folded, as the index does
        entry = journal.entry(incident.id)
        assert (entry.kind, entry.concern, entry.tags) == ("incident", 2, ["reported"])
        assert entry.details["platform"] == "Game chat"
        assert [r.title for r in journal.rows(EntryFilter(child_id=child.id))] == [note.title]
        # And today's code writes to it: a new entry is found, a new app is dated.
        journal.save_entry(Entry("note", "Written after the upgrade", child_id=child.id))
        assert [r.title for r in journal.rows(EntryFilter(text="upgrade"))] == ["Written after the upgrade"]
        child.apps.append("Roblox")
        journal.save_child(child)
        assert journal.children()[0].apps_changed_at is not None
    if version != VERSIONS[-1]:  # the copy from before the upgrade was made, and removed once it succeeded
        assert (folder / "backups").is_dir() and not list((folder / "backups").glob("before-*"))
    recovery = json.loads((FIXTURES / "recovery-keys.json").read_text(encoding="utf-8"))[version]
    with Journal.open(folder, recovery_key=recovery) as journal:  # the recovery key opens the upgraded journal
        assert journal.count() == 3
