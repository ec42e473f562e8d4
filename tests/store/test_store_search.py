"""Full-text search: words, phrases, prefixes, accents, unicode, hostile input, filters, ranking."""

from __future__ import annotations

import random

import pytest

from belugadesk.domain.models import AssistantDefinition, Message, Thread
from belugadesk.store import HIGHLIGHT_END, HIGHLIGHT_START, Store, split_highlights
from belugadesk.store import search as search_module
from belugadesk.store.search import MESSAGES, TITLES, to_fts_query


@pytest.fixture
def corpus(store: Store) -> dict[str, str]:
    """A few threads; returns message text -> message id."""
    ids: dict[str, str] = {}
    t1 = store.threads.create(Thread(title="Trip to Montréal"))
    t2 = store.threads.create(Thread(title="Cooking notes"))
    texts1 = [
        "Where is a good café near the old port?",
        "The old port has many cafes; try the one by the water.",
        "Is the water cold in winter?",
    ]
    texts2 = [
        "Crème brûlée needs a blowtorch.",
        "Port wine pairs with cheese.",
        "東京で一番美味しいラーメン屋はどこですか",
        "Emoji only: 🍜🔥",
        "AND OR NOT NEAR are just words here",
    ]
    for t, texts in ((t1, texts1), (t2, texts2)):
        for m in store.messages.append_many(t.id, [Message.user(x) for x in texts]):
            ids[m.text] = m.id
    ids["t1"], ids["t2"] = t1.id, t2.id
    return ids


def _matched(store: Store, query: str) -> set[str]:
    return {h.message_id or f"title:{h.thread_title}" for h in store.search(query)}


def test_plain_words_all_must_match_in_any_order(store: Store, corpus: dict[str, str]) -> None:
    assert _matched(store, "water port") == {corpus["The old port has many cafes; try the one by the water."]}
    assert _matched(store, "PORT") == {
        corpus["Where is a good café near the old port?"],
        corpus["The old port has many cafes; try the one by the water."],
        corpus["Port wine pairs with cheese."],
    }
    assert store.search("zebra") == []


def test_phrase_needs_adjacent_words_in_order(store: Store, corpus: dict[str, str]) -> None:
    assert _matched(store, '"old port"') == {
        corpus["Where is a good café near the old port?"],
        corpus["The old port has many cafes; try the one by the water."],
    }
    assert _matched(store, '"port old"') == set()
    assert _matched(store, '"water cold" winter') == {corpus["Is the water cold in winter?"]}


def test_prefix(store: Store, corpus: dict[str, str]) -> None:
    assert _matched(store, "caf*") == {
        corpus["Where is a good café near the old port?"],
        corpus["The old port has many cafes; try the one by the water."],
    }
    assert _matched(store, "blow*") == {corpus["Crème brûlée needs a blowtorch."]}
    assert _matched(store, "blow") == set()  # without the star, a whole word


def test_diacritics_are_ignored_both_ways(store: Store, corpus: dict[str, str]) -> None:
    cafe = corpus["Where is a good café near the old port?"]
    assert cafe in _matched(store, "cafe")
    assert cafe in _matched(store, "CAFÉ")
    assert _matched(store, "creme brulee") == {corpus["Crème brûlée needs a blowtorch."]}
    assert _matched(store, "montreal") == {"title:Trip to Montréal"}


def test_title_hits_have_no_message_id(store: Store, corpus: dict[str, str]) -> None:
    [hit] = store.search("cooking")
    assert (hit.thread_id, hit.message_id, hit.thread_title) == (corpus["t2"], None, "Cooking notes")
    assert hit.snippet == f"{HIGHLIGHT_START}Cooking{HIGHLIGHT_END} notes"


def test_snippets_mark_matches(store: Store, corpus: dict[str, str]) -> None:
    [hit] = store.search("blowtorch")
    assert hit.snippet == f"Crème brûlée needs a {HIGHLIGHT_START}blowtorch{HIGHLIGHT_END}."
    assert split_highlights(hit.snippet) == [
        ("Crème brûlée needs a ", False),
        ("blowtorch", True),
        (".", False),
    ]
    long = store.threads.create(Thread(title="long"))
    store.messages.append(long.id, Message.user(" ".join(["filler"] * 50 + ["needle"] + ["filler"] * 50)))
    [hit] = store.search("needle")
    assert "…" in hit.snippet and len(hit.snippet) < 200
    assert ("needle", True) in split_highlights(hit.snippet)


def test_cjk_and_emoji_do_not_crash(store: Store, corpus: dict[str, str]) -> None:
    ramen = corpus["東京で一番美味しいラーメン屋はどこですか"]
    assert _matched(store, "東京で一番美味しいラーメン屋はどこですか") == {ramen}
    assert _matched(store, "東京*") == {ramen}
    assert store.search("🍜") == []
    assert store.search("🍜🔥 emoji") == store.search("emoji")
    assert _matched(store, "emoji") == {corpus["Emoji only: 🍜🔥"]}


def test_operators_are_plain_words(store: Store, corpus: dict[str, str]) -> None:
    words = corpus["AND OR NOT NEAR are just words here"]
    assert _matched(store, "AND") == {words}
    assert _matched(store, "NEAR NOT") == {words}
    assert _matched(store, "near") == {words, corpus["Where is a good café near the old port?"]}


HOSTILE = [
    '"',
    '""',
    '"""',
    "AND",
    "OR",
    "NOT",
    "-",
    "--",
    "+",
    "*",
    "**",
    "^",
    "(",
    ")",
    "()",
    ":",
    "title:",
    "text:port",
    "NEAR(",
    "NEAR(a b, 2)",
    "{text}: port",
    "a OR",
    "port AND",
    "-port",
    "port*cafe",
    '"unclosed phrase',
    'mid"quote',
    "\\",
    "'",
    "%",
    "_",
    ";DROP TABLE messages;--",
    "\x00",
    "\x02\x03",
    "\u200b",
    "   ",
    "",
    "ß",
    "İ",
    "ǅ",
    "🏳️‍🌈",
    "\ufeff",
    "a" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE, ids=[repr(q)[:30] for q in HOSTILE])
def test_hostile_input_never_raises(store: Store, corpus: dict[str, str], query: str) -> None:
    hits = store.search(query)
    assert isinstance(hits, list)
    assert store.messages.count(corpus["t1"]) == 3  # nothing was dropped


def test_random_input_never_raises(store: Store, corpus: dict[str, str]) -> None:
    rng = random.Random(20261125)
    alphabet = "ab \"*-+^():{}NEARORANDNOT\\'éü東🍜\t\n"
    for _ in range(500):
        store.search("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20))))


def test_query_translation(store: Store) -> None:
    assert to_fts_query('hello "big world" wor* AND -') == '"hello" "big world" "wor"* "AND"'
    assert to_fts_query('"unclosed phrase') == '"unclosed phrase"'
    assert to_fts_query(' " - ** ') == ""


def test_filter_by_assistant_and_limit(store: Store) -> None:
    a = store.assistants.save(AssistantDefinition(name="A", model="m"))
    b = store.assistants.save(AssistantDefinition(name="B", model="m"))
    ta = store.threads.create(Thread(title="krill a", assistant_id=a.id))
    tb = store.threads.create(Thread(title="krill b", assistant_id=b.id))
    store.messages.append_many(ta.id, [Message.user(f"krill {i}") for i in range(5)])
    store.messages.append(tb.id, Message.user("krill in b"))
    assert {h.thread_id for h in store.search("krill", assistant_id=a.id)} == {ta.id}
    assert len(store.search("krill", assistant_id=a.id)) == 6
    assert {h.thread_id for h in store.search("krill", assistant_id=b.id)} == {tb.id}
    assert len(store.search("krill", limit=3)) == 3
    assert store.search("krill", limit=0) == []


def test_ranked_best_first(store: Store) -> None:
    t = store.threads.create(Thread(title="ranking"))
    weak = store.messages.append(t.id, Message.user("walrus " + "other words " * 40))
    strong = store.messages.append(t.id, Message.user("walrus walrus walrus"))
    hits = store.search("walrus")
    assert [h.message_id for h in hits] == [strong.id, weak.id]
    assert hits[0].rank <= hits[1].rank


def _fill(store: Store, thread_id: str, count: int) -> None:
    store.messages.append_many(thread_id, [Message.user(f"filler {i}") for i in range(count)])


def test_a_word_ranks_only_its_most_recent_matches(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """bm25 is computed per match, so past RANKED_MATCHES matches only the most recent ones are ranked."""
    t = store.threads.create(Thread(title="ranking"))
    strongest_but_oldest = store.messages.append(t.id, Message.user("walrus walrus walrus"))
    recent = []
    for i in range(4):
        _fill(store, t.id, 3)  # walrus stays in fewer than half of the recent rows: it carries weight
        recent.append(store.messages.append(t.id, Message.user(f"walrus {i} " + "other words " * i)))
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 5)  # not exceeded: every match is ranked
    assert [h.message_id for h in store.search("walrus")] == [strongest_but_oldest.id] + [
        m.id for m in recent
    ]
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 3)  # the three most recent matches, best first
    assert [h.message_id for h in store.search("walrus")] == [recent[1].id, recent[2].id, recent[3].id]


def test_a_word_in_most_recent_rows_lists_newest_first(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word in more than half of the recent rows has no weight in bm25: newest first, nothing counted."""
    t = store.threads.create(Thread(title="common"))
    strongest_but_oldest = store.messages.append(t.id, Message.user("walrus walrus walrus"))
    recent = [
        store.messages.append(t.id, Message.user(f"walrus {i} " + "other words " * i)) for i in range(4)
    ]
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 2)
    assert search_module.scoring_words(store.conn, '"walrus"') is None
    assert [h.message_id for h in store.search("walrus")] == [m.id for m in reversed(recent)] + [
        strongest_but_oldest.id
    ]


def test_words_score_by_those_that_carry_weight(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the words in at most half of the recent rows score the matches (bm25's idf floors the others)."""
    t = store.threads.create(Thread(title="weights"))
    store.messages.append_many(t.id, [Message.user(f"the filler {i}") for i in range(8)])
    weak = store.messages.append(t.id, Message.user("the the the the walrus"))
    store.messages.append(t.id, Message.user("walrus walrus walrus walrus"))  # scores, does not match
    strong = store.messages.append(t.id, Message.user("the walrus walrus"))
    store.messages.append_many(t.id, [Message.user(f"the filler {i}") for i in range(6)])
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 3)
    assert search_module.scoring_words(store.conn, '"the" "walrus"') == '"walrus"'
    assert search_module.scoring_words(store.conn, '"walrus" "zebra"') == '"walrus" OR "zebra"'
    assert [h.message_id for h in store.search("the walrus")] == [strong.id, weak.id]


def test_phrases_and_prefixes_list_newest_first(store: Store) -> None:
    """Ranking a phrase or a prefix would count its matches over the whole index first."""
    t = store.threads.create(Thread(title="shapes"))
    older = store.messages.append(t.id, Message.user("old port old port old port"))
    newer = store.messages.append(t.id, Message.user("the old port " + "and other words " * 20))
    for query in ('"old port"', "por*", 'walrus "old port"'):
        assert search_module.scoring_words(store.conn, to_fts_query(query)) is None
    assert [h.message_id for h in store.search('"old port"')] == [newer.id, older.id]
    assert [h.message_id for h in store.search("por*")] == [newer.id, older.id]
    assert [h.message_id for h in store.search("port")] == [older.id, newer.id]  # a word: ranked


def _plan(store: Store, sql: str, params: object) -> str:
    return " | ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_matches_are_read_in_rowid_order_and_snippets_cut_for_the_page_only(store: Store) -> None:
    """The recent matches and the newest page are read in FTS5's own rowid order (nothing ranked or
    sorted); ranking cuts no snippet, and snippets are cut in one pass over a rowid range."""
    params = {"query": '"walrus"', "assistant_id": "a", "folders": '["f"]', "ranked": 3, "limit": 50}
    for source in (MESSAGES, TITLES):
        for by_assistant in (False, True):
            for sql in (
                source.recent_sql(by_assistant=by_assistant),
                source.newest_sql(by_assistant=by_assistant),
            ):
                plan = _plan(store, sql, params)
                assert "TEMP B-TREE" not in plan and f"SCAN {source.fts} VIRTUAL TABLE" in plan
        assert "snippet" not in source.ranked_sql
        plan = _plan(store, source.snippets_sql(2), ['"walrus"', 1, 1, 2])
        assert plan.startswith(f"SCAN {source.fts} VIRTUAL TABLE") and "|" not in plan


def test_a_word_ranks_the_most_recent_matches_of_the_chosen_assistant(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = store.assistants.save(AssistantDefinition(name="A", model="m"))
    b = store.assistants.save(AssistantDefinition(name="B", model="m"))
    ta = store.threads.create(Thread(title="for a", assistant_id=a.id))
    tb = store.threads.create(Thread(title="for b", assistant_id=b.id))
    older_a = store.messages.append_many(ta.id, [Message.user(f"krill {i}") for i in range(3)])
    store.messages.append_many(
        tb.id, [Message.user(f"krill {i}") for i in range(5)]
    )  # newer, other assistant
    _fill(store, tb.id, 20)  # krill carries weight
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 2)
    hits = store.search("krill", assistant_id=a.id)
    assert {h.message_id for h in hits} == {older_a[1].id, older_a[2].id}


def test_renamed_titles_are_searchable(store: Store) -> None:
    t = store.threads.create(Thread(title="first name"))
    store.threads.rename(t.id, "porpoise discussion")
    assert [h.thread_id for h in store.search("porpoise")] == [t.id]
    assert store.search("first") == []
