"""Full-text search over cached messages and thread titles (SQLite FTS5).

Snippets mark each match between :data:`HIGHLIGHT_START` ("\\x02") and :data:`HIGHLIGHT_END` ("\\x03"),
control characters that never occur in typed text; :func:`split_highlights` turns a snippet into
(text, is_match) pieces for the UI to style (escape the text itself). Cut text is marked with "…".

User input is never passed to FTS5 as syntax: it is parsed here into quoted terms, so a stray quote,
``AND``, ``-`` or ``title:`` is just text. Supported: plain words (all must match, any order, accents
ignored), ``"a phrase"`` (words adjacent, in order), and ``word*`` (prefix).
"""

from __future__ import annotations

import heapq
import json
import re
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 16

_PIECE = re.compile(r'"([^"]*)"?|([^\s"]+)')


@dataclass(frozen=True)
class SearchHit:
    thread_id: str
    message_id: str | None  # None: the thread's title matched
    thread_title: str
    snippet: str  # matches between HIGHLIGHT_START and HIGHLIGHT_END
    rank: float  # lower is better (FTS5 bm25)


def _searchable(term: str) -> bool:
    return any(ch.isalnum() for ch in term)


def to_fts_query(text: str) -> str:
    """An FTS5 MATCH expression for what a person typed; "" when nothing in it can be searched."""
    terms: list[str] = []
    for match in _PIECE.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            if _searchable(phrase):
                terms.append('"' + phrase.replace('"', '""') + '"')
            continue
        prefix = word.endswith("*")
        word = word.replace("*", "")
        if _searchable(word):
            terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def split_highlights(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces, in order, without the markers."""
    pieces: list[tuple[str, bool]] = []
    for i, chunk in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if chunk:
            pieces.append((chunk, i % 2 == 1))
    return pieces


# FTS5 computes bm25 for every match before it can sort by rank (a term in 94,000 messages: ~120 ms), so a
# common term ranks only its most recent matches: those with a rowid at or above the floor below.
RANKED_MATCHES = 5_000


@dataclass(frozen=True)
class SearchSource:
    """An FTS5 table, the joins to the rows it indexes and the hit's thread id, message id and title."""

    fts: str
    joins: str
    columns: str

    @property
    def _matches(self) -> str:
        return (
            f"FROM {self.fts} {self.joins} "
            f"WHERE {self.fts} MATCH :query AND (:assistant_id IS NULL OR t.assistant_id = :assistant_id)"
            " AND t.compare_group IS NULL"
            " AND (:folders IS NULL OR (:folders = '[]' AND t.folder_id IS NULL)"
            " OR t.folder_id IN (SELECT value FROM json_each(:folders)))"
        )

    def floor_sql(self, *, by_assistant: bool) -> str:
        """The rowid of the ``:ranked``-th most recent match (no row when there are fewer), read in FTS5's
        own rowid order: nothing ranked, nothing sorted (joined to the threads only to filter them)."""
        newest_first = f"ORDER BY {self.fts}.rowid DESC LIMIT 1 OFFSET :ranked - 1"
        matches = self._matches if by_assistant else f"FROM {self.fts} WHERE {self.fts} MATCH :query"
        return f"SELECT {self.fts}.rowid {matches} {newest_first}"

    @property
    def hits_sql(self) -> str:
        """The best ``:limit`` matches whose rowid is at least ``:floor``, with their snippets."""
        snippet = (
            f"snippet({self.fts}, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '{ELLIPSIS}', {SNIPPET_TOKENS})"
        )
        return f"""
            SELECT {self.columns}, {snippet}, {self.fts}.rank
            {self._matches} AND {self.fts}.rowid >= :floor
            ORDER BY {self.fts}.rank
            LIMIT :limit
        """

    def hits(self, conn: sqlite3.Connection, params: dict[str, object]) -> list[SearchHit]:
        filtered = params["assistant_id"] is not None or params["folders"] is not None
        floor_sql = self.floor_sql(by_assistant=filtered)
        floor = conn.execute(floor_sql, params).fetchone()
        rows = conn.execute(self.hits_sql, {**params, "floor": floor[0] if floor else 0})
        return [
            SearchHit(thread_id=r[0], message_id=r[1], thread_title=r[2], snippet=r[3], rank=float(r[4]))
            for r in rows
        ]


TITLES = SearchSource("thread_fts", "JOIN threads AS t ON t.seq = thread_fts.rowid", "t.id, NULL, t.title")
MESSAGES = SearchSource(
    "message_fts",
    "JOIN messages AS m ON m.seq = message_fts.rowid JOIN threads AS t ON t.id = m.thread_id",
    "m.thread_id, m.id, t.title",
)


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    assistant_id: str | None = None,
    folder_ids: Collection[str] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Messages and thread titles matching ``query``, best first (at most ``limit``); only in the threads
    of ``assistant_id`` and of ``folder_ids`` (an empty collection: the threads in no folder) when given.

    A query matching more than :data:`RANKED_MATCHES` messages (or titles) ranks only the most recently
    stored ones, so that a common word answers as fast as a rare one.
    """
    fts_query = to_fts_query(query)
    if not fts_query or limit <= 0:
        return []
    params: dict[str, object] = {
        "query": fts_query,
        "assistant_id": assistant_id,
        "folders": None if folder_ids is None else json.dumps(list(folder_ids)),
        "limit": limit,
        "ranked": RANKED_MATCHES,
    }
    hits = TITLES.hits(conn, params) + MESSAGES.hits(conn, params)
    return heapq.nsmallest(limit, hits, key=lambda h: h.rank)
