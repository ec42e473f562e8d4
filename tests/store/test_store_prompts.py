"""The prompt library's table: the migration from today's schema (v7) keeps the data and adds the first
prompts once; saving, listing, deleting and counting uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from belugadesk.domain.prompts import SavedPrompt
from belugadesk.store import Store
from belugadesk.store.errors import RecordMissing
from belugadesk.store.schema import DEFAULT_PROMPTS

DEFAULT_TITLES = sorted(title for _id, title, _body, _tags in DEFAULT_PROMPTS)


def test_migration_from_version_7_keeps_data_and_adds_the_first_prompts(
    db_path: Path, build_db: Callable[[Path, int], None]
) -> None:
    build_db(db_path, 7)
    store = Store.open(db_path)
    try:
        assert store.backup == db_path.with_name(f"{db_path.name}.v7.bak")
        thread = store.threads.get("t1")
        assert thread is not None and thread.title == "Résumé about whales"
        assert next(m.text for m in store.messages.list("t1")) == "Tell me about belugas"
        assert store.drafts.get("t1") == "half-written"
        prompts = store.prompts.list()
        assert sorted(p.title for p in prompts) == DEFAULT_TITLES
        translate = next(p for p in prompts if p.id == "default-translate")
        assert translate.tags == ("writing", "language")
        assert "{{language|French}}" in translate.body
        assert translate.use_count == 0 and translate.last_used_at is None
    finally:
        store.close()


def test_a_deleted_first_prompt_stays_deleted(db_path: Path) -> None:
    store = Store.open(db_path)
    store.prompts.delete("default-proofread")
    store.close()
    again = Store.open(db_path)
    try:
        assert "Proofread" not in [p.title for p in again.prompts.list()]
        assert len(again.prompts.list()) == len(DEFAULT_PROMPTS) - 1
    finally:
        again.close()


def test_save_edit_list_and_delete(store: Store) -> None:
    added = store.prompts.save(
        SavedPrompt(title="Haiku", body="Write a haiku about {{topic}}", tags=("Fun",))
    )
    assert store.prompts.get(added.id) == added
    assert added.tags == ("fun",)
    edited = store.prompts.save(added.model_copy(update={"body": "Write two haiku about {{topic}}"}))
    assert edited.body == "Write two haiku about {{topic}}"
    assert edited.created_at == added.created_at and edited.updated_at >= added.updated_at
    titles = [p.title for p in store.prompts.list()]
    assert titles == sorted(titles, key=str.casefold) and "Haiku" in titles
    store.prompts.delete(added.id)
    assert store.prompts.get(added.id) is None


def test_mark_used_counts_and_dates_a_use(store: Store) -> None:
    first = store.prompts.mark_used("default-summarize")
    second = store.prompts.mark_used("default-summarize")
    assert (first.use_count, second.use_count) == (1, 2)
    assert first.last_used_at is not None and second.last_used_at is not None
    assert second.last_used_at >= first.last_used_at
    with pytest.raises(RecordMissing):
        store.prompts.mark_used("gone")


def test_add_all_adds_each_prompt(store: Store) -> None:
    before = len(store.prompts.list())
    store.prompts.add_all([SavedPrompt(title="One", body="1"), SavedPrompt(title="Two", body="2")])
    assert len(store.prompts.list()) == before + 2
