"""The journal's schema, as an ordered list of migrations (sqlite-utils Migrations).

Each migration runs in one transaction together with the record that it ran. Never edit a
published migration: add a new one. Journals written by every earlier version are upgraded
in tests/core/test_journal_store.py::test_upgrades_from_every_earlier_schema, and frozen journals, one
per version (tests/fixtures/journals/, made once by tools/make_fixture_journals.py: run it when you
add a migration), in tests/core/test_journal_fixtures.py.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from family_guide.core.journal.search_words import SEARCH_TOKENIZE

migrations = Migrations("family-guide-journal")

# db.table(name) rather than db[name]: the same table, typed as a Table (db[name] may be a View).


@migrations(name="0001-children-and-entries")
def _children_and_entries(db: Database) -> None:
    db.table("children").create(
        {"id": int, "nickname": str, "birth_year": int, "apps": str, "created_at": str},
        pk="id",
    )
    db.table("entries").create(
        {
            "id": int,
            "client_id": str,
            "kind": str,
            "occurred_at": str,
            "child_id": int,
            "title": str,
            "body": str,
            "concern": int,
            "tags": str,
            "details": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"client_id", "kind", "occurred_at", "title"},
        defaults={"body": "", "concern": 0, "tags": "[]", "details": "{}"},
        foreign_keys=[("child_id", "children", "id")],
    )
    db.table("entries").create_index(["client_id"], unique=True)
    db.table("entries").create_index(["occurred_at"])
    db.table("entries").create_index(["child_id", "occurred_at"])


@migrations(name="0002-full-text-search")
def _full_text_search(db: Database) -> None:
    # Triggers keep the index in step with every insert, update and delete.
    db.table("entries").enable_fts(
        ["title", "body", "tags", "details"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


@migrations(name="0003-when-apps-changed")
def _when_apps_changed(db: Database) -> None:
    # The conversation plan brings topics back when a child starts using a new app.
    db.table("children").add_column("apps_changed_at", str)


@migrations(name="0004-fts-secure-delete")
def _fts_secure_delete(db: Database) -> None:
    # Deleted means deleted: FTS5 normally leaves a deleted row's words in its index segments
    # (only marked deleted) until a merge. 'secure-delete' removes them at once, and the rebuild
    # drops what earlier versions left behind (secure_delete zeroes the freed pages).
    db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('secure-delete', 1)")
    db.execute("INSERT INTO entries_fts(entries_fts) VALUES('rebuild')")


@migrations(name="0005-search-whole-words")
def _search_whole_words(db: Database) -> None:
    # The index holds each text folded by fg_search_text (core/journal/search_words.search_text,
    # registered on every connection by connection._connect): Arabic short-vowel marks taken out, so
    # "مِن" is found by "من"; and the tokenizer keeps marks inside words, so Hindi words are whole
    # ("बच्चा" is no longer cut at its vowel signs, which made "था" also find "थी"). Its content is
    # a view of the folded texts, so 'rebuild', the triggers' deletes and secure-delete work as
    # before (the view stores nothing; the text stays in entries only).
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries' AND sql LIKE '%entries_fts%'"
    ).fetchall():
        db.execute(f'DROP TRIGGER "{name}"')
    db.execute("DROP TABLE IF EXISTS entries_fts")
    columns = ("title", "body", "tags", "details")
    db.execute(
        "CREATE VIEW entries_search AS SELECT id, "
        + ", ".join(f"fg_search_text({c}) AS {c}" for c in columns)
        + " FROM entries"
    )
    db.execute(
        f"CREATE VIRTUAL TABLE entries_fts USING fts5({', '.join(columns)}, content='entries_search',"
        f" content_rowid='id', tokenize=\"{SEARCH_TOKENIZE}\")"
    )
    db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('secure-delete', 1)")
    db.execute("INSERT INTO entries_fts(entries_fts) VALUES('rebuild')")
    names = ", ".join(columns)

    def folded(row: str) -> str:
        return ", ".join(f"fg_search_text({row}.{c})" for c in columns)

    insert = f"INSERT INTO entries_fts(rowid, {names}) VALUES (new.id, {folded('new')});"
    delete = f"INSERT INTO entries_fts(entries_fts, rowid, {names}) VALUES ('delete', old.id, {folded('old')});"
    db.execute(f"CREATE TRIGGER entries_fts_ai AFTER INSERT ON entries BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER entries_fts_ad AFTER DELETE ON entries BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER entries_fts_au AFTER UPDATE ON entries BEGIN {delete} {insert} END")


def schema_names() -> list[str]:
    return [m.name for m in migrations._migrations]
