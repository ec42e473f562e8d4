"""Models and the Conversations API through the real openai SDK."""

from __future__ import annotations

import openai
import pytest

from belugadesk.localapi.config import DEFAULT_MODELS


def test_models_list_and_retrieve(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == list(DEFAULT_MODELS)
    model = client.models.retrieve("gpt-4.1")
    assert (model.id, model.object, model.owned_by) == ("gpt-4.1", "model", "system")
    with pytest.raises(openai.NotFoundError) as err:
        client.models.retrieve("gpt-nope")
    assert err.value.code == "model_not_found"


def test_conversation_crud(client: openai.OpenAI) -> None:
    conv = client.conversations.create(metadata={"topic": "demo"})
    assert conv.id.startswith("conv_") and conv.object == "conversation" and isinstance(conv.created_at, int)
    assert client.conversations.retrieve(conv.id).metadata == {"topic": "demo"}
    updated = client.conversations.update(conv.id, metadata={"topic": "changed"})
    assert updated.metadata == {"topic": "changed"}
    deleted = client.conversations.delete(conv.id)
    assert (deleted.id, deleted.deleted, deleted.object) == (conv.id, True, "conversation.deleted")
    with pytest.raises(openai.NotFoundError) as err:
        client.conversations.retrieve(conv.id)
    assert conv.id in err.value.message


def test_items_paging_both_orders(client: openai.OpenAI) -> None:
    texts = [f"message {i}" for i in range(45)]
    conv = client.conversations.create(items=[{"role": "user", "content": t} for t in texts[:20]])
    for start in (20, 40):
        added = client.conversations.items.create(
            conv.id,
            items=[{"type": "message", "role": "user", "content": t} for t in texts[start : start + 20]],
        )
        assert added.object == "list" and len(added.data) == len(texts[start : start + 20])
    # auto-paging walks every page; default order is newest first
    desc = [i.content[0].text for i in client.conversations.items.list(conv.id, limit=7)]
    assert desc == list(reversed(texts))
    page = client.conversations.items.list(conv.id, limit=10, order="asc")
    assert page.has_more and [i.content[0].text for i in page.data] == texts[:10]
    assert page.first_id == page.data[0].id and page.last_id == page.data[-1].id
    asc = [i.content[0].text for i in client.conversations.items.list(conv.id, limit=10, order="asc")]
    assert asc == texts
    last_page = client.conversations.items.list(conv.id, order="asc", after=page.data[-1].id, limit=100)
    assert not last_page.has_more and len(last_page.data) == 35


def test_item_retrieve_and_delete(client: openai.OpenAI) -> None:
    conv = client.conversations.create(
        items=[{"role": "user", "content": "keep"}, {"role": "user", "content": "drop"}]
    )
    items = client.conversations.items.list(conv.id, order="asc").data
    drop = items[1]
    assert drop.id.startswith("msg_")
    got = client.conversations.items.retrieve(drop.id, conversation_id=conv.id)
    assert got.type == "message" and got.content[0].text == "drop"
    back = client.conversations.items.delete(drop.id, conversation_id=conv.id)
    assert back.id == conv.id and back.object == "conversation"
    assert [i.id for i in client.conversations.items.list(conv.id).data] == [items[0].id]
    with pytest.raises(openai.NotFoundError):
        client.conversations.items.retrieve(drop.id, conversation_id=conv.id)
