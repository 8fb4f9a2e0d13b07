"""What the journal reads: lists, search and the full entries (a mixin of Journal).

Reads that meet a damaged page raise JournalDamaged (see ``_reads``), never an empty list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from family_guide.core.journal.connection import _reads
from family_guide.core.journal.records import Child, Entry, EntryFilter, EntryRow
from family_guide.core.journal.search_words import SearchFacts, is_prefix_query, spelled_out_query

if TYPE_CHECKING:
    from sqlite_utils import Database

ROW_COLUMNS = "id, kind, occurred_at, child_id, title, concern"  # what a list row shows, no entry text


def _entry_row(r: tuple[Any, ...]) -> EntryRow:  # a row as SQLite returns it: values are not typed
    return EntryRow(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], r[5] or 0)


def _newest_first(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """List rows in SQL's "ORDER BY occurred_at DESC, id DESC" order: the dates are ISO strings of
    one format, which Python compares code point by code point as SQLite compares them."""
    return sorted(rows, key=lambda r: (r[2], r[0]), reverse=True)


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="minutes")


class JournalQueries:
    """The read side of an open journal; ``self.db`` is its sqlite-utils Database."""

    db: Database  # set by Journal when it opens the database
    search_facts: SearchFacts  # set by Journal too; every write clears it

    @_reads
    def children(self) -> list[Child]:
        return [
            Child(
                r["nickname"],
                r["birth_year"],
                json.loads(r["apps"] or "[]"),
                r["id"],
                datetime.fromisoformat(r["apps_changed_at"]) if r.get("apps_changed_at") else None,
            )
            for r in self.db["children"].rows_where(order_by="nickname COLLATE NOCASE, id")
        ]

    @_reads
    def entry(self, entry_id: int) -> Entry:
        r = self.db.table("entries").get(entry_id)
        return Entry(
            kind=r["kind"],
            title=r["title"],
            body=r["body"] or "",
            occurred_at=datetime.fromisoformat(r["occurred_at"]),
            child_id=r["child_id"],
            concern=r["concern"] or 0,
            tags=json.loads(r["tags"] or "[]"),
            details=json.loads(r["details"] or "{}"),
            client_id=r["client_id"],
            id=r["id"],
        )

    def _where(self, flt: EntryFilter) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if flt.child_id is not None:
            clauses.append("e.child_id = ?")
            params.append(flt.child_id)
        if flt.kind:
            clauses.append("e.kind = ?")
            params.append(flt.kind)
        if flt.min_concern:
            clauses.append("e.concern >= ?")
            params.append(flt.min_concern)
        if flt.tag:
            clauses.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = ?)")
            params.append(flt.tag)
        if flt.since:
            clauses.append("e.occurred_at >= ?")
            params.append(_iso(flt.since))
        if flt.until:
            clauses.append("e.occurred_at <= ?")
            params.append(_iso(flt.until))
        if flt.text.strip():
            clauses.append("e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
            params.append(self._match(flt.text))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    @_reads
    def count(self, flt: EntryFilter | None = None) -> int:
        flt = flt or EntryFilter()
        if flt.text.strip() and flt == EntryFilter(text=flt.text):
            return self._text_hits(flt.text)  # words only: FTS5 counts from its index
        where, params = self._where(flt)
        total: int = self.db.execute(f"SELECT count(*) FROM entries e{where}", params).fetchone()[0]
        return total

    def _match(self, text: str) -> str:
        """The FTS5 query for the words, with a final prefix spelled out (see search_words)."""
        query = self.search_facts.get("match", text)
        if not isinstance(query, str):
            query = spelled_out_query(self.db, text)
            self.search_facts.put("match", text, query)
        return query

    def _search_fact(self, kind: str, text: str, sql: str, *extra: object) -> int:
        """A number about a search, remembered until the next write."""
        known = self.search_facts.get(kind, text)
        if isinstance(known, int):
            return known
        number: int = self.db.execute(sql, [self._match(text), *extra]).fetchone()[0]
        self.search_facts.put(kind, text, number)
        return number

    def _text_hits(self, text: str) -> int:
        """How many entries match the words (FTS5 counts from its index)."""
        return self._search_fact("hits", text, "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?")

    def _many_hits(self, text: str) -> bool:
        """Whether the words match more than COMMON_MATCHES entries; stops counting there (cheap)."""
        sql = "SELECT count(*) FROM (SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT ?)"
        return self._search_fact("many", text, sql, COMMON_MATCHES + 1) > COMMON_MATCHES

    def _newest_matches(self, text: str, limit: int) -> list[tuple[Any, ...]] | None:
        """The first page of a words-only search, without counting or collecting every match:
        entries are mostly written in date order, so the most recently written matches hold the
        page. Returns None when that cannot be proved exactly the newest by date (then the general
        query runs). A search with few matches reads them all here and sorts them."""
        query = self._match(text)
        if is_prefix_query(query):
            # FTS5 walks a merged prefix list newest first through thousands of reallocations
            # (seconds with cipher_memory_security): the general query reads it oldest first.
            return None
        # A quarter more than a page: the date check below proves the page, and every row more is read
        # and (with memory security) wiped; three pages' worth made searches ~1.7x slower.
        fetch = limit + limit // 4
        newest = self.db.execute("SELECT max(id) FROM entries").fetchone()[0] or 0
        # The matches among the last `window` entries written, read oldest first: FTS5 seeks to
        # the start and reads forward, where "ORDER BY rowid DESC" re-reads each index page
        # backwards (2.3 ms against 0.6 ms for a common word with memory security). A window
        # too small for `fetch` matches grows by the density it found, up to the whole journal.
        window = fetch * 5
        while True:
            found = [
                r[0]
                for r in self.db.execute(
                    "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid > ?", [query, newest - window]
                )
            ]
            if len(found) >= fetch or window >= newest:
                break
            window *= max(2, -(-fetch * 5 // (4 * max(len(found), 1))))
        every_match = len(found) < fetch  # the window reached the first entry: these are all the matches
        candidates = found if every_match else found[-fetch:]
        # Sorted here, not by SQLite: its sorter allocates per row, and with memory security
        # every allocation is wiped and (un)locked (10 ms against 0.9 ms for 600 rows).
        rows = self.db.execute(
            f"SELECT {ROW_COLUMNS} FROM entries WHERE id IN ({','.join('?' * len(candidates))})", candidates
        ).fetchall()
        page = _newest_first(rows)[:limit]
        if every_match:
            return page
        if len(page) < limit:
            return None
        # Every match written after min(candidates) is a candidate. An earlier-written entry dated
        # at or after the page's last row could belong on the page: if there is any, give up.
        earlier_but_newer = self.db.execute(
            "SELECT 1 FROM entries WHERE occurred_at >= ? AND id < ? LIMIT 1", [page[-1][2], candidates[0]]
        ).fetchone()
        return None if earlier_but_newer else page

    def _few_matches(self, text: str, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """A page of a words-only search with at most COMMON_MATCHES hits: every match read
        unordered and sorted here (SQLite's sorter costs an allocation per row, see above)."""
        rows = self.db.execute(
            f"SELECT {ROW_COLUMNS} FROM entries WHERE id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)",
            [self._match(text)],
        ).fetchall()
        return _newest_first(rows)[offset : offset + limit]

    @_reads
    def rows(self, flt: EntryFilter | None = None, offset: int = 0, limit: int = 200) -> list[EntryRow]:
        """One page of the list, newest first. Only the columns a list row shows."""
        flt = flt or EntryFilter()
        words_only = bool(flt.text.strip()) and flt == EntryFilter(text=flt.text)
        if words_only and offset == 0:  # a new search: no count needed first (see _newest_matches)
            page = self._newest_matches(flt.text, limit)
            if page is not None:
                return [_entry_row(r) for r in page]
        many = bool(flt.text.strip()) and self._many_hits(flt.text)
        if words_only and not many:
            return [_entry_row(r) for r in self._few_matches(flt.text, offset, limit)]
        where, params = self._where(flt)
        index = ""
        if many:
            # Many matches: walk the date index newest first and stop after one page, instead of
            # looking up and sorting every match (35 ms to 5 ms for a common word in 100,000 entries).
            index = (
                " INDEXED BY idx_entries_child_id_occurred_at"
                if flt.child_id is not None
                else (" INDEXED BY idx_entries_occurred_at")
            )
        sql = (
            f"SELECT {ROW_COLUMNS} FROM entries e{index}{where} ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?"
        )
        return [_entry_row(r) for r in self.db.execute(sql, [*params, limit, offset]).fetchall()]

    @_reads
    def row(self, entry_id: int) -> EntryRow:
        r = self.db.execute(f"SELECT {ROW_COLUMNS} FROM entries WHERE id = ?", [entry_id]).fetchone()
        return _entry_row(r)

    @_reads
    def tags(self) -> list[str]:
        sql = "SELECT DISTINCT value FROM entries, json_each(entries.tags) ORDER BY value COLLATE NOCASE"
        return [r[0] for r in self.db.execute(sql).fetchall()]

    @_reads
    def conversations(self, child_id: int) -> dict[str, tuple[datetime, str]]:
        """Guide module id -> when it was last talked about with this child, and for which age band."""
        # SQLite returns the other columns from the row that holds max() (a documented guarantee).
        sql = (
            "SELECT json_extract(details, '$.module'), max(occurred_at), json_extract(details, '$.band')"
            " FROM entries WHERE kind = 'conversation' AND child_id = ? GROUP BY 1"
        )
        return {
            r[0]: (datetime.fromisoformat(r[1]), r[2] or "")
            for r in self.db.execute(sql, [child_id]).fetchall()
            if r[0]
        }

    @_reads
    def latest_snapshot(self, module_id: str, child_id: int | None, before_id: int | None = None) -> Entry | None:
        """The newest checklist snapshot of this checklist for this child, for comparison."""
        sql = (
            "SELECT id FROM entries WHERE kind = 'snapshot' AND json_extract(details, '$.module') = ?"
            " AND child_id IS ? AND (? IS NULL OR id != ?) ORDER BY occurred_at DESC, id DESC LIMIT 1"
        )
        found = self.db.execute(sql, [module_id, child_id, before_id, before_id]).fetchone()
        return self.entry(found[0]) if found else None

    def iter_entries(self, flt: EntryFilter | None = None) -> Iterator[Entry]:
        """Full entries, oldest first (for a timeline or a report)."""
        for entry_id in self._entry_ids(flt or EntryFilter()):
            yield self.entry(entry_id)

    @_reads
    def _entry_ids(self, flt: EntryFilter) -> list[int]:
        where, params = self._where(flt)
        sql = f"SELECT e.id FROM entries e{where} ORDER BY e.occurred_at, e.id"
        return [r[0] for r in self.db.execute(sql, params).fetchall()]


COMMON_MATCHES = 2000  # above this many search hits, rows() walks the date index (measured, benchmarks/journal.py)
