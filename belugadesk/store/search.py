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
import re
import sqlite3
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


_MESSAGE_HITS = f"""
    SELECT m.thread_id, m.id, t.title,
           snippet(message_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '{ELLIPSIS}', {SNIPPET_TOKENS}),
           message_fts.rank
    FROM message_fts
    JOIN messages AS m ON m.seq = message_fts.rowid
    JOIN threads AS t ON t.id = m.thread_id
    WHERE message_fts MATCH :query AND (:assistant_id IS NULL OR t.assistant_id = :assistant_id)
    ORDER BY message_fts.rank
    LIMIT :limit
"""

_TITLE_HITS = f"""
    SELECT t.id, NULL, t.title,
           snippet(thread_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '{ELLIPSIS}', {SNIPPET_TOKENS}),
           thread_fts.rank
    FROM thread_fts
    JOIN threads AS t ON t.seq = thread_fts.rowid
    WHERE thread_fts MATCH :query AND (:assistant_id IS NULL OR t.assistant_id = :assistant_id)
    ORDER BY thread_fts.rank
    LIMIT :limit
"""


def search(
    conn: sqlite3.Connection, query: str, *, assistant_id: str | None = None, limit: int = 50
) -> list[SearchHit]:
    """Messages and thread titles matching ``query``, best first (at most ``limit``)."""
    fts_query = to_fts_query(query)
    if not fts_query or limit <= 0:
        return []
    params = {"query": fts_query, "assistant_id": assistant_id, "limit": limit}
    hits = [
        SearchHit(thread_id=r[0], message_id=r[1], thread_title=r[2], snippet=r[3], rank=float(r[4]))
        for sql in (_TITLE_HITS, _MESSAGE_HITS)
        for r in conn.execute(sql, params)
    ]
    return heapq.nsmallest(limit, hits, key=lambda h: h.rank)
