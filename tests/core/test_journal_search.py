"""Journal search: the spelled-out last word finds exactly what the prefix query finds, and the
pages sorted in Python come in the order SQLite would give (core only, no Qt)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from family_guide.core.journal import queries
from family_guide.core.journal.keys import TEST_KDF
from family_guide.core.journal.records import Entry, EntryFilter
from family_guide.core.journal.search_words import MAX_SPELLED_OUT, fts_query
from family_guide.core.journal.store import Journal

TITLES = [
    "card game",
    "Cards on the table",
    "cardigan left at school",
    "CARD again",
    "Café after school",
    "cafe au lait",
    "naïve question",
    "o'brien called",
    "obrien spelled plainly",
    "رسالة من حساب جديد",
    "رسائل كثيرة",
    "बच्चा परेशान था",
    "gift card from a stranger",
    "gift for a birthday",
    *(f"user{n} asked for a photo" for n in range(MAX_SPELLED_OUT + 4)),
]


@pytest.fixture
def journal(tmp_path):
    journal, _ = Journal.create(tmp_path / "journal", "correct horse", with_recovery=False, kdf=TEST_KDF)
    start = datetime(2024, 1, 1, 9, 0)
    for i, title in enumerate(TITLES):
        journal.save_entry(Entry("note", title, occurred_at=start + timedelta(hours=i % 5)))
    yield journal
    journal.close()


def ids_of_prefix_query(journal: Journal, text: str) -> set[int]:
    """What FTS5 finds for the words with the last one as a prefix, asked directly."""
    sql = "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
    return {r[0] for r in journal.db.execute(sql, [fts_query(text)])}


@pytest.mark.parametrize(
    "text",
    [
        *("card", "car", "Card", "CARDS", "caf", "Café", "cafe", "na", "naï", "naive", "o'b", "o'brien", "obr"),
        *("رس", "رسالة", "बच", "बच्चा", "user", "user1", "gift card", "gift ca", "school car", "x"),
    ],
)
def test_a_spelled_out_last_word_finds_what_the_prefix_query_finds(journal, text):
    found = {row.id for row in journal.rows(EntryFilter(text=text), 0, 1000)}
    assert found == ids_of_prefix_query(journal, text), text
    assert journal.count(EntryFilter(text=text)) == len(found)


def test_a_last_word_with_few_longer_words_is_spelled_out_and_one_with_many_stays_a_prefix(journal):
    assert journal._match("car") == '("car" OR "card" OR "cardigan" OR "cards")'
    assert journal._match("gift Card") == '"gift" AND ("card" OR "cardigan" OR "cards")'
    assert journal._match("Café") == '"cafe"'  # folded as the index folds it
    assert journal._match("user").endswith("*")  # more than MAX_SPELLED_OUT longer words
    assert journal._match("o'brien").endswith("*")  # two index words: left to FTS5


def test_a_word_written_after_a_search_is_found_by_the_same_search(journal):
    assert {r.id for r in journal.rows(EntryFilter(text="carp"))} == set()
    new = journal.save_entry(Entry("note", "carpool on Monday"))
    assert [r.id for r in journal.rows(EntryFilter(text="carp"))] == [new]
    assert journal.count(EntryFilter(text="car")) == 6  # five card words and the carpool


def test_pages_sorted_in_python_come_in_sqlites_order(journal):
    """Few matches are sorted in Python: newest first, and the later-written first on equal times."""
    text = "school"

    def sql_order(offset, limit):
        where, params = journal._where(EntryFilter(text=text))
        sql = f"SELECT e.id FROM entries e{where} ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?"
        return [r[0] for r in journal.db.execute(sql, [*params, limit, offset])]

    assert len(sql_order(0, 100)) == 2
    for offset in range(3):
        assert [r.id for r in journal.rows(EntryFilter(text=text), offset, 1)] == sql_order(offset, 1)
    many = "asked"  # every user entry, several at one time
    everything = [r.id for r in journal.rows(EntryFilter(text=many), 0, 100)]
    where, params = journal._where(EntryFilter(text=many))
    sql = f"SELECT e.id FROM entries e{where} ORDER BY e.occurred_at DESC, e.id DESC"
    assert everything == [r[0] for r in journal.db.execute(sql, params)]


def test_the_newest_matches_shortcut_widens_its_window_for_a_rare_word(journal, monkeypatch):
    """When a word is rare among the latest entries, the shortcut reads a wider window of them
    until it holds enough matches, and its page equals the general query's."""
    monkeypatch.setattr(queries, "COMMON_MATCHES", 3)  # so the shortcut runs on a small journal
    with journal.db.atomic():
        journal.db["entries"].insert_all(
            {
                "client_id": f"filler-{i}",
                "kind": "note",
                "occurred_at": (datetime(2025, 1, 1) + timedelta(hours=i)).isoformat(timespec="minutes"),
                "title": "rare word" if i % 40 == 0 else "filler",
            }
            for i in range(2000)
        )
    journal.search_facts.clear()
    windows = []
    original = journal.db.execute

    def spy(sql, params=None):
        if "rowid > ?" in sql:
            windows.append(params[1])
        return original(sql, params) if params is not None else original(sql)

    monkeypatch.setattr(journal.db, "execute", spy)
    page = [r.id for r in journal.rows(EntryFilter(text="rare"), 0, 5)]
    monkeypatch.setattr(journal.db, "execute", original)
    assert len(windows) >= 2 and windows[0] > windows[-1]  # it widened
    where, params = journal._where(EntryFilter(text="rare"))
    sql = f"SELECT e.id FROM entries e{where} ORDER BY e.occurred_at DESC, e.id DESC LIMIT 5"
    assert page == [r[0] for r in journal.db.execute(sql, params)]


@pytest.mark.parametrize(
    ("written", "typed", "found"),
    [
        ("رسالةٌ مِن شخصٍ غريب", "من", True),  # written with short vowels, searched without
        ("رسالة من شخص غريب", "مِن", True),  # and the other way round
        ("رسالةٌ مِن شخصٍ غريب", "شخص غريب", True),
        ("بچے نے بتایا", "بچے", True),  # Urdu
        ("बच्चा परेशान था", "बच्चा", True),
        ("बच्ची परेशान थी", "बच्चा", False),  # a Hindi word is whole: the girl is not the boy
        ("बच्ची परेशान थी", "था", False),
        ("बच्ची परेशान थी", "बच", True),  # the last word still matches as a beginning
        ("Cafe\u0301 after school", "café", True),  # an accent typed as a separate mark
        ("CAFÉ after school", "cafe", True),
    ],
)
def test_search_finds_words_however_their_marks_were_written(tmp_path, written, typed, found):
    journal, _ = Journal.create(tmp_path / "journal", "correct horse", with_recovery=False, kdf=TEST_KDF)
    try:
        entry = journal.save_entry(Entry("note", written))
        journal.save_entry(Entry("note", "something else entirely"))
        assert ([r.id for r in journal.rows(EntryFilter(text=typed))] == [entry]) is found, (written, typed)
        assert journal.count(EntryFilter(text=typed)) == (1 if found else 0)
    finally:
        journal.close()
