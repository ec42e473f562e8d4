"""100,000 cached messages: insert, search and page through them (times are printed, not asserted)."""

from __future__ import annotations

import random
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
    ]
)


def corpus(rng: random.Random, n: int) -> list[str]:
    return [" ".join(rng.choices(WORDS, k=rng.randint(8, 40))) for _ in range(n)]


def test_hundred_thousand_messages(db_path: Path) -> None:
    rng = random.Random(7)
    store = Store.open(db_path)
    try:
        started = time.perf_counter()
        big = store.threads.create(Thread(title="The long one"))
        with store.transaction():
            store.messages.append_many(big.id, [Message.user(t) for t in corpus(rng, 5_000)])
            for i in range(95):
                thread = store.threads.create(Thread(title=f"Thread {i}"))
                store.messages.append_many(thread.id, [Message.assistant(t) for t in corpus(rng, 1_000)])
            needle_thread = store.threads.create(Thread(title="needle"))
            needle = store.messages.append(needle_thread.id, Message.user("the narwhal unicorn of the sea"))
        inserted = time.perf_counter() - started
        total = store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        assert total == 100_001

        timings: dict[str, float] = {}

        def timed(label: str, fn: Callable[[], T]) -> T:
            t0 = time.perf_counter()
            result = fn()
            timings[label] = time.perf_counter() - t0
            return result

        rare = timed("search rare word", lambda: store.search("narwhal"))
        assert [h.message_id for h in rare] == [needle.id]
        common = timed("search common word", lambda: store.search("beluga"))
        assert len(common) == 50 and all("\x02" in h.snippet for h in common)
        phrase = timed("search phrase", lambda: store.search('"beluga whale"', limit=20))
        assert phrase and all(h.message_id is not None for h in phrase)
        prefix = timed("search prefix", lambda: store.search("glac*"))
        assert len(prefix) == 50
        page = timed(
            "page 100 of 5000 (offset 4900)", lambda: store.messages.list(big.id, offset=4900, limit=100)
        )
        assert len(page) == 100
        count = timed("count 5000", lambda: store.messages.count(big.id))
        assert count == 5_000
        threads = timed("list 97 threads", lambda: store.threads.list())
        assert len(threads) == 97
        timed("delete the 5000-message thread", lambda: store.threads.delete(big.id))
        assert store.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 95_001
        assert [h.message_id for h in store.search("narwhal")] == [needle.id]

        print(f"\ninserted {total:,} messages in {inserted:.2f} s")
        for label, seconds in timings.items():
            print(f"{label:32s} {seconds * 1000:8.1f} ms")
    finally:
        store.close()
