"""A parent's search words as an FTS5 query, and the few facts about a search worth remembering.

Every word must match; the last one also as the start of a longer word, because it may still be
being typed ("gif" finds "gift"). FTS5 answers such a prefix query by merging every matching word's
list of entries into one buffer, and to walk that buffer newest first it grows an array eight
slots at a time: thousands of reallocations. With SQLCipher's ``cipher_memory_security`` each one
wipes and re-locks the old copy, so the newest page of a common word took 1-4 s at 100,000 entries
(6 ms without memory security). So the last word is spelled out as the words the journal holds
that start with it ("card" OR "cards"), read from FTS5's own vocabulary: the same matches, and FTS5
walks each word's list in place. When a start matches too many words (a single letter), the prefix
query stays and the list is read oldest first (see JournalQueries.rows).

Texts and search words are folded alike (search_text): the index holds the folded texts
(schema migration 0005), so Arabic with or without short-vowel marks, and an accent typed as a
separate mark, match.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# The tokenizer entries_fts is made with (schema migration 0005); the folding table below must
# cut and fold words exactly as it does, or a spelled-out word would miss its matches. Marks
# (M*) belong to words: Devanagari's vowel signs and virama are inside a Hindi word, not breaks.
SEARCH_TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
# Arabic short vowels and other marks written over or under letters (harakat, tanwin, shadda,
# sukun, the dagger alif) and the tatweel that only stretches a word: most Arabic is typed without
# them, so the index and the search words leave them out.
_ARABIC_MARKS = dict.fromkeys(
    [
        *range(0x064B, 0x0660),
        0x0670,
        0x0640,
        *range(0x06D6, 0x06DD),
        *range(0x06DF, 0x06E5),
        0x06E7,
        0x06E8,
        *range(0x06EA, 0x06EE),
    ]
)


def search_text(text: str | None) -> str:
    """A text as the search index holds it (and search words are matched): composed (NFC), so an
    accent typed as a separate mark folds like a composed one, and without Arabic marks."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text).translate(_ARABIC_MARKS)


# A prefix spelled out as more words than this stays a prefix query: a long OR is no faster.
MAX_SPELLED_OUT = 16


def quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_words(text: str) -> list[str]:
    """The words of a search, folded as the index folds its texts, without quotation marks."""
    return [w for w in (w.replace('"', "") for w in search_text(text).split()) if w]


def fts_query(text: str) -> str:
    """User words to an FTS5 query: each word quoted (no operators), all words required, and the
    last word matched as a prefix because it may still be being typed (cheaper than every word)."""
    words = search_words(text)
    return " ".join([*(quoted(w) for w in words[:-1]), *(quoted(w) + "*" for w in words[-1:])])


def is_prefix_query(query: str) -> bool:
    return query.endswith("*")


def folded_token(db: Database, word: str) -> str | None:
    """The one index term FTS5 makes of ``word``, or None when it makes several ("o'brien") or none."""
    if word.isascii() and word.isalnum():
        return word.lower()  # what unicode61 does to ASCII letters and digits, without a round trip
    # Anything else is cut and folded by FTS5 itself, in a table that lives in this connection's
    # memory only (temp_store = MEMORY), so the exact rules of the index apply.
    db.execute(f'CREATE VIRTUAL TABLE IF NOT EXISTS temp.fg_fold USING fts5(w, tokenize="{SEARCH_TOKENIZE}")')
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fg_fold_terms USING fts5vocab(temp, fg_fold, instance)")
    db.execute("INSERT INTO temp.fg_fold(rowid, w) VALUES (1, ?)", [word])
    try:
        tokens = [r[0] for r in db.execute("SELECT term FROM temp.fg_fold_terms")]
    finally:
        db.execute("DELETE FROM temp.fg_fold")
    return tokens[0] if len(tokens) == 1 else None


def words_starting_with(db: Database, token: str, limit: int) -> list[str]:
    """Index terms longer than ``token`` that start with it, at most ``limit`` + 1 of them."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fg_terms USING fts5vocab(main, entries_fts, row)")
    # Terms sort by their UTF-8 bytes; "\x01" puts the start just past the token itself (no term
    # holds a control character), and U+10FFFF is above any character that can follow it.
    rows = db.execute(
        "SELECT term FROM temp.fg_terms WHERE term >= ? AND term <= ? LIMIT ?",
        [token + "\x01", token + "\U0010ffff", limit + 1],
    )
    return [r[0] for r in rows]


def spelled_out_query(db: Database, text: str) -> str:
    """``fts_query(text)`` with its final prefix spelled out as whole words when that is possible."""
    query = fts_query(text)
    if not is_prefix_query(query):
        return query  # no words
    words = search_words(text)
    token = folded_token(db, words[-1])
    if token is None:
        return query
    longer = words_starting_with(db, token, MAX_SPELLED_OUT)
    if len(longer) > MAX_SPELLED_OUT:
        return query
    terms = [quoted(t) for t in (token, *longer)]
    last = terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"
    return " AND ".join([*(quoted(w) for w in words[:-1]), last])


class SearchFacts:
    """Numbers and queries about recent searches, forgotten at every write (a few searches at most)."""

    LIMIT = 64

    def __init__(self) -> None:
        self._facts: dict[tuple[str, str], object] = {}

    def get(self, kind: str, text: str) -> object | None:
        return self._facts.get((kind, text))

    def put(self, kind: str, text: str, value: object) -> None:
        if len(self._facts) >= self.LIMIT:
            self._facts.clear()
        self._facts[kind, text] = value

    def clear(self) -> None:
        self._facts.clear()
