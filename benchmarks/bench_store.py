"""Full-text search over a large message cache (a real SQLite file, realistic messages).

Each query of a sweep of shapes runs through ``Store.search`` (ranked, with snippets, titles included)
and, as the baseline, as the bare FTS5 lookup of its first 50 matches on the same connection (no ranking,
no snippet, no join). The table's row is "the"; its detail names the slowest query of the sweep, which
the goal is checked on.

    python -m benchmarks.bench_store [--quick]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from belugadesk.domain.models import Message, Role, Thread
from belugadesk.store import Store
from belugadesk.store.search import to_fts_query
from benchmarks.data import thread_texts
from benchmarks.harness import Result, interleave, median, report, runs

# "the" first (the table's row), then a sweep of query shapes: common and rarer words, two and three
# words, phrases of common words (found often, rarely, never), prefixes of one to five characters
QUERIES = (
    "the",
    "krill",
    "depth",
    "sonar clicks",
    "the ice",
    "track depth print",
    "answer 4999",
    '"the ice"',
    '"of the"',
    '"calf calf calf"',
    "t*",
    "th*",
    "estu*",
    "whale*",
    "narwhal",
)
GOAL_MS = 30
PER_THREAD = 5_000


def fill(store: Store, total: int) -> None:
    texts = thread_texts(PER_THREAD)
    with store.transaction():
        for number in range(max(1, total // PER_THREAD)):
            thread = store.threads.create(Thread(title=f"Thread {number} about belugas"))
            count = min(PER_THREAD, total)
            store.messages.append_many(
                thread.id,
                (
                    Message(role=Role.USER if i % 2 == 0 else Role.ASSISTANT, parts=Message.user(t).parts)
                    for i, t in enumerate(texts[:count])
                ),
            )


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(quick: bool) -> list[Result]:
    total = 3_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        try:
            fill(store, total)
            conn = store.conn
            bare = "SELECT rowid FROM message_fts WHERE message_fts MATCH ? LIMIT 50"
            hits = {
                q: conn.execute(
                    "SELECT count(*) FROM message_fts WHERE message_fts MATCH ?", (to_fts_query(q),)
                ).fetchone()[0]
                for q in QUERIES
            }
            app: dict[str, float] = {}
            base: dict[str, float] = {}
            for query in QUERIES:
                fts = to_fts_query(query)
                samples = interleave(
                    runs(quick),
                    {
                        "app": partial(timed, partial(store.search, query)),
                        "base": partial(timed, partial(lambda f: conn.execute(bare, (f,)).fetchall(), fts)),
                    },
                )
                app[query], base[query] = median(samples["app"]) * 1000, median(samples["base"]) * 1000
        finally:
            store.close()
    slowest = max(QUERIES, key=app.__getitem__)
    others = ", ".join(f"{q} {app[q]:.1f} ms" for q in QUERIES[1:])
    return [
        Result(
            f'search "the" over {total:,} messages ({hits["the"]:,} hits)',
            app["the"],
            "ms",
            f"≤ {GOAL_MS} ms for any query",
            app[slowest] <= GOAL_MS,
            baseline=base["the"],
            baseline_name="bare FTS5 MATCH, first 50",
            detail=f"slowest: {slowest} {app[slowest]:.1f} ms; {others}",
        )
    ]


if __name__ == "__main__":
    report(measure("--quick" in sys.argv))
