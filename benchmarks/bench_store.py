"""Time the local store: bulk insert, full-text search and paging, on a real SQLite file.

PYTHONPATH=. python benchmarks/bench_store.py [--messages 100000] [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from belugadesk.domain.models import Message, Thread
from belugadesk.store import Store

T = TypeVar("T")
WORDS = tuple(
    [
        "whale",
        "beluga",
        "ocean",
        "arctic",
        "krill",
        "song",
        "pod",
        "ice",
        "water",
        "cold",
        "deep",
        "swim",
        "melon",
        "sonar",
        "calf",
        "blubber",
        "migration",
        "estuary",
        "river",
        "current",
        "salt",
        "plankton",
        "fjord",
        "glacier",
        "tide",
        "harbour",
        "café",
        "crème",
    ]
)


def timed(label: str, fn: Callable[[], T], repeat: int = 5) -> T:
    best = float("inf")
    result: T
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"  {label:40s} {best * 1000:9.2f} ms (best of {repeat})")
    return result


def run(path: Path, total: int, per_thread: int) -> None:
    rng = random.Random(1)
    store = Store.open(path)
    try:
        threads = max(1, total // per_thread)
        print(f"{total:,} messages in {threads} threads of {per_thread:,} -> {path}")
        t0 = time.perf_counter()
        batches = [
            [Message.user(" ".join(rng.choices(WORDS, k=rng.randint(8, 40)))) for _ in range(per_thread)]
            for _ in range(threads)
        ]
        print(f"  {'build Message objects':40s} {(time.perf_counter() - t0):9.2f} s")
        t0 = time.perf_counter()
        ids: list[str] = []
        with store.transaction():
            for i, batch in enumerate(batches):
                thread = store.threads.create(Thread(title=f"Thread {i} about belugas"))
                store.messages.append_many(thread.id, batch)
                ids.append(thread.id)
        elapsed = time.perf_counter() - t0
        print(f"  {'insert (one transaction)':40s} {elapsed:9.2f} s  ({total / elapsed:,.0f} messages/s)")
        print(f"  {'file size':40s} {path.stat().st_size / 1e6:9.1f} MB")
        timed("search common word", lambda: store.search("beluga"))
        timed("search two words", lambda: store.search("krill glacier"))
        timed("search phrase", lambda: store.search('"arctic ocean"'))
        timed("search prefix", lambda: store.search("plank*"))
        timed("search accent-folded (cafe)", lambda: store.search("cafe"))
        timed("search no match", lambda: store.search("narwhal"))
        timed("search hostile input", lambda: store.search('"AND -( NEAR'))
        big = ids[0]
        timed("count messages of a thread", lambda: store.messages.count(big))
        timed("first page (100)", lambda: store.messages.list(big, limit=100))
        timed("last page (100)", lambda: store.messages.list(big, offset=per_thread - 100, limit=100))
        timed("list threads", lambda: store.threads.list())
        t0 = time.perf_counter()
        store.threads.delete(ids[-1])
        print(f"  {'delete a thread (cascade + FTS)':40s} {(time.perf_counter() - t0) * 1000:9.2f} ms")
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--per-thread", type=int, default=5_000)
    parser.add_argument("--keep", type=Path, help="write the database here instead of a temporary folder")
    args = parser.parse_args()
    if args.keep:
        run(args.keep, args.messages, args.per_thread)
        return
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp) / "bench.sqlite3", args.messages, args.per_thread)


if __name__ == "__main__":
    main()
