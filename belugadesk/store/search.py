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


# How a query is answered, cheapest first (each step reads matches in FTS5's own rowid order, newest first,
# and stops early; snippets are cut only for the page shown):
# - a phrase of several words or a prefix lists its matches newest first: bm25 would first count the rows
#   matching it over the whole index (a phrase compares the positions of its words in every row holding them
#   all: ``"the ice"`` over 100,000 messages ~70 ms; a prefix merges the doclists of every word it starts);
# - a query of words ranks (bm25) only its RANKED_MATCHES most recent matches, scored by its weighty words
#   only: a word found in more than half of the recent rows gets no weight from bm25 anyway (FTS5 floors
#   such an idf at 1e-6), but counting its rows would read its whole doclist; no weighty word: newest first.
RANKED_MATCHES = 1_000

_TOKEN = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"((?:[^"]|"")*)"(\*?)')


def newest_first(fts_query: str) -> bool:
    """Whether ``fts_query`` (from :func:`to_fts_query`) has a phrase of several words or a prefix."""
    return any(t.group(2) or len(_TOKEN.findall(t.group(1))) > 1 for t in _TERM.finditer(fts_query))


@dataclass(frozen=True)
class SearchSource:
    """An FTS5 table, the table it indexes, the joins from it to the threads (to filter by assistant) and
    the query of a hit's thread id, message id and title by rowid (``seq``)."""

    fts: str
    table: str
    joins: str
    rows: str

    @property
    def _snippet(self) -> str:
        return (
            f"snippet({self.fts}, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '{ELLIPSIS}', {SNIPPET_TOKENS})"
        )

    def _matches(self, *, by_assistant: bool) -> str:
        """The matches, joined to the threads only to filter them (by assistant, by folder)."""
        if not by_assistant:
            return f"FROM {self.fts} WHERE {self.fts} MATCH :query"
        return (
            f"FROM {self.fts} {self.joins} WHERE {self.fts} MATCH :query"
            " AND (:assistant_id IS NULL OR t.assistant_id = :assistant_id)"
            " AND (:folders IS NULL OR (:folders = '[]' AND t.folder_id IS NULL)"
            " OR t.folder_id IN (SELECT value FROM json_each(:folders)))"
        )

    def recent_sql(self, *, by_assistant: bool) -> str:
        """The rowids of the ``:ranked`` most recent matches, read in FTS5's own rowid order: nothing ranked,
        nothing sorted."""
        matches = self._matches(by_assistant=by_assistant)
        return f"SELECT {self.fts}.rowid {matches} ORDER BY {self.fts}.rowid DESC LIMIT :ranked"

    def weighty(self, conn: sqlite3.Connection, word: str) -> bool:
        """Whether ``word`` (one quoted FTS5 term) is in at most half of the ``2 * RANKED_MATCHES`` most
        recent rows: its ``RANKED_MATCHES``-th most recent match is older than them (or it has fewer)."""
        found = conn.execute(
            f"SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (word, RANKED_MATCHES - 1),
        ).fetchone()
        if found is None:
            return True
        (last,) = conn.execute(f"SELECT max(seq) FROM {self.table}").fetchone()
        return bool(last - found[0] >= 2 * RANKED_MATCHES)

    @property
    def ranked_sql(self) -> str:
        """Rowid and rank of the matches of the scoring words (``?``) from rowid ``?`` up, best first, no
        snippet (the caller keeps those that match the whole query)."""
        return f"SELECT rowid, rank FROM {self.fts} WHERE {self.fts} MATCH ? AND rowid >= ? ORDER BY rank"

    def newest_sql(self, *, by_assistant: bool) -> str:
        """Rowid and snippet of the ``:limit`` most recent matches, in FTS5's own rowid order: nothing ranked
        or sorted, and a snippet cut only for the rows returned."""
        matches = self._matches(by_assistant=by_assistant)
        return (
            f"SELECT {self.fts}.rowid, {self._snippet} {matches} ORDER BY {self.fts}.rowid DESC LIMIT :limit"
        )

    def snippets_sql(self, count: int) -> str:
        """Rowid and snippet of ``count`` matches given by rowid (parameters: the query, the lowest rowid,
        then the ``count`` rowids). The matches from the lowest rowid up are read in rowid order and a
        snippet is cut only for the given ones (``+rowid``: a filter, not a lookup per rowid, each of which
        would parse and start the query again)."""
        rowids = ", ".join("?" * count)
        return (
            f"SELECT rowid, {self._snippet} FROM {self.fts} "
            f"WHERE {self.fts} MATCH ? AND rowid >= ? AND +rowid IN ({rowids})"
        )

    def rows_sql(self, count: int) -> str:
        return f"{self.rows} IN ({', '.join('?' * count)})"

    def hits(
        self, conn: sqlite3.Connection, params: dict[str, object], scoring: str | None
    ) -> list[SearchHit]:
        """The best ``:limit`` matches of ``:query``: ranked by the words in ``scoring`` among the most recent
        matches, or newest first when ``scoring`` is None."""
        by_assistant = params["assistant_id"] is not None or params["folders"] is not None
        if scoring is None:
            found = conn.execute(self.newest_sql(by_assistant=by_assistant), params).fetchall()
            # the rank is the hit's place (titles and messages each count from 0)
            ranks = {rowid: float(place) for place, (rowid, _) in enumerate(found)}
            snippets = dict(found)
        else:
            recent = [r[0] for r in conn.execute(self.recent_sql(by_assistant=by_assistant), params)]
            if not recent:
                return []
            matching, limit = set(recent), int(str(params["limit"]))
            ranks = {}
            for rowid, rank in conn.execute(self.ranked_sql, (scoring, recent[-1])):
                if rowid in matching:  # the scoring words may match rows the whole query does not
                    ranks[rowid] = float(rank)
                    if len(ranks) == limit:
                        break
            if not ranks:
                return []
            snippet_params = [params["query"], min(ranks), *ranks]
            snippets = dict(conn.execute(self.snippets_sql(len(ranks)), snippet_params).fetchall())
        if not ranks:
            return []
        rows = {r[0]: r[1:] for r in conn.execute(self.rows_sql(len(ranks)), list(ranks))}
        return [
            SearchHit(thread_id=r[0], message_id=r[1], thread_title=r[2], snippet=snippets[rowid], rank=rank)
            for rowid, rank in ranks.items()
            if (r := rows.get(rowid)) is not None and rowid in snippets
        ]


TITLES = SearchSource(
    "thread_fts",
    "threads",
    "JOIN threads AS t ON t.seq = thread_fts.rowid",
    # a comparison not decided yet is not searched (its threads are not listed either)
    "SELECT t.seq, t.id, NULL, t.title FROM threads AS t WHERE t.compare_group IS NULL AND t.seq",
)
MESSAGES = SearchSource(
    "message_fts",
    "messages",
    "JOIN messages AS m ON m.seq = message_fts.rowid JOIN threads AS t ON t.id = m.thread_id",
    "SELECT m.seq, m.thread_id, m.id, t.title FROM messages AS m JOIN threads AS t ON t.id = m.thread_id "
    "WHERE t.compare_group IS NULL AND m.seq",
)


def scoring_words(conn: sqlite3.Connection, fts_query: str) -> str | None:
    """The words of ``fts_query`` that bm25 should score it by, as an FTS5 query (OR: a row matching the
    whole query is scored on those it holds); None: list newest first (see above)."""
    if newest_first(fts_query):
        return None
    words = [t.group(0) for t in _TERM.finditer(fts_query)]
    weighty = [w for w in dict.fromkeys(words) if MESSAGES.weighty(conn, w)]
    return " OR ".join(weighty) or None


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

    Words are ranked (bm25) among the :data:`RANKED_MATCHES` most recent matches (messages, and titles),
    by those words that carry weight; phrases, prefixes and queries of only very common words list the
    most recent matches first, so that every query answers about as fast as a rare word.
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
    scoring = scoring_words(conn, fts_query)
    hits = TITLES.hits(conn, params, scoring) + MESSAGES.hits(conn, params, scoring)
    return heapq.nsmallest(limit, hits, key=lambda h: h.rank)
