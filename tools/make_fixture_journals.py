"""Write tests/fixtures/journals/<version>/: one small journal as each schema version left it.

    python tools/make_fixture_journals.py            # writes only the versions that have no folder yet
    python tools/make_fixture_journals.py --again    # rewrites every version (only if a fixture is wrong)

Run it once when a migration is added (family_guide/core/journal/schema.py), and commit the new folder.
Folders already made are frozen: the test (tests/core/test_journal_fixtures.py) opens each with today's code,
which must upgrade it and find its entries, so a migration that breaks old journals fails there.

Each journal is locked with FIXTURE_PASSPHRASE under the cheap test key derivation (the key file records
its parameters), and has a recovery key (written to recovery-keys.json beside the folders). The data is
made up: no real family's words. Rows are written with the columns that version had; the key file is in
today's format (older key-file formats are not reconstructed).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "fixtures" / "journals"
FIXTURE_PASSPHRASE = "fixture journal passphrase"

# What every fixture holds, whatever its version (the test looks for these).
CHILD = {"nickname": "Sam", "birth_year": 2015, "apps": '["Minecraft"]', "created_at": "2025-01-01T09:00"}
ENTRIES = [
    {
        "client_id": "fixture-note",
        "kind": "note",
        "occurred_at": "2025-01-02T18:30",
        "child_id": 1,
        "title": "Talked about online friends",
        "body": "Sam said a player in a game offered free gems for a private chat.",
        "concern": 1,
        "tags": '["gaming"]',
        "details": "{}",
        "created_at": "2025-01-02T18:35",
        "updated_at": "2025-01-02T18:35",
    },
    {
        "client_id": "fixture-incident",
        "kind": "incident",
        "occurred_at": "2025-01-03T20:00",
        "child_id": None,
        "title": "Mensaje de un desconocido en el niño's tablet",
        "body": "Blocked and reported in the app.",
        "concern": 2,
        "tags": '["reported"]',
        "details": json.dumps({"platform": "Game chat", "reports_made": "In-app report"}, sort_keys=True),
        "created_at": "2025-01-03T20:10",
        "updated_at": "2025-01-03T20:10",
    },
]


def make(version: str, following: str | None, folder: Path) -> str:
    """A journal at ``version`` (that migration and every earlier one applied) in ``folder``; its recovery key."""
    from family_guide.core.journal import schema
    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.core.journal.store import DB_NAME, Journal, _connect

    journal, recovery = Journal.create(folder, FIXTURE_PASSPHRASE, with_recovery=True, kdf=TEST_KDF)
    journal.close()
    assert recovery is not None
    # Today's code made every table; rebuild the database as that version left it.
    key = Journal.key_file(folder).open_with_passphrase(FIXTURE_PASSPHRASE)
    (folder / DB_NAME).unlink()
    (folder / DB_NAME).touch(mode=0o600)
    db = _connect(folder / DB_NAME, key)
    schema.migrations.apply(db, stop_before=following)
    child = dict(CHILD)
    if "apps_changed_at" in db.table("children").columns_dict:  # 0003 and later
        child["apps_changed_at"] = "2025-01-01T09:00"
    db.table("children").insert(child)
    db.table("entries").insert_all(ENTRIES)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for leftover in ("backups",):  # Journal.create makes none, but keep the fixture to the journal itself
        shutil.rmtree(folder / leftover, ignore_errors=True)
    return recovery


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(REPO))
    from family_guide.core.journal.schema import schema_names

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--again", action="store_true", help="rewrite every version's folder")
    args = parser.parse_args(argv)
    names = schema_names()
    keys_path = OUT / "recovery-keys.json"
    keys: dict[str, str] = json.loads(keys_path.read_text(encoding="utf-8")) if keys_path.exists() else {}
    for index, version in enumerate(names):
        folder = OUT / version
        if folder.exists() and not args.again:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        following = names[index + 1] if index + 1 < len(names) else None
        keys[version] = make(version, following, folder)
        print(f"wrote {folder.relative_to(REPO)}")
    OUT.mkdir(parents=True, exist_ok=True)
    keys_path.write_text(json.dumps(keys, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
