"""Files attached to an Assistants message for file search go into the thread's vector store."""

from __future__ import annotations

from typing import Any

import openai

MODEL = "gpt-4.1-mini"


def _answer(client: openai.OpenAI, thread_id: str, assistant_id: str, question: str) -> str:
    client.beta.threads.messages.create(thread_id, role="user", content=question)
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread_id, assistant_id=assistant_id, poll_interval_ms=20
    )
    assert run.status == "completed"
    return client.beta.threads.messages.list(thread_id, limit=1).data[0].content[0].text.value  # type: ignore[union-attr]


def test_a_message_attachment_makes_the_file_searchable_in_the_thread(client: openai.OpenAI) -> None:
    notes = client.files.create(
        file=("whales.txt", b"Belugas are called sea canaries."), purpose="assistants"
    )
    more = client.files.create(file=("seals.txt", b"Seals sleep in the water."), purpose="assistants")
    assistant = client.beta.assistants.create(model=MODEL, tools=[{"type": "file_search"}])
    thread = client.beta.threads.create()
    assert not (thread.tool_resources and thread.tool_resources.file_search)
    search: list[Any] = [{"type": "file_search"}]
    client.beta.threads.messages.create(
        thread.id,
        role="user",
        content="here",
        attachments=[{"file_id": notes.id, "tools": search}],
    )
    resources = client.beta.threads.retrieve(thread.id).tool_resources
    assert resources is not None and resources.file_search is not None
    (store_id,) = resources.file_search.vector_store_ids or []
    store = client.vector_stores.retrieve(store_id)
    assert store.expires_after is not None and store.expires_after.anchor == "last_active_at"
    assert store.expires_after.days == 7 and store.last_active_at is not None
    assert store.expires_at == store.last_active_at + 7 * 86400
    assert [f.id for f in client.vector_stores.files.list(store_id)] == [notes.id]

    # a later attachment joins the same store; a code-interpreter-only attachment does not
    client.beta.threads.messages.create(
        thread.id,
        role="user",
        content="and these",
        attachments=[
            {"file_id": more.id, "tools": search},
            {"file_id": notes.id, "tools": [{"type": "code_interpreter"}]},
        ],
    )
    again = client.beta.threads.retrieve(thread.id).tool_resources
    assert again is not None and again.file_search is not None
    assert again.file_search.vector_store_ids == [store_id]
    assert sorted(f.id for f in client.vector_stores.files.list(store_id)) == sorted([notes.id, more.id])

    # runs search the thread's store: what is taken out of it is no longer found
    assert "sea canaries" in _answer(client, thread.id, assistant.id, "search my files please")
    client.vector_stores.files.delete(notes.id, vector_store_id=store_id)
    later = _answer(client, thread.id, assistant.id, "search my files again")
    assert "Seals sleep" in later and "sea canaries" not in later


def test_attachments_in_a_new_thread_and_in_additional_messages(client: openai.OpenAI) -> None:
    notes = client.files.create(file=("n.txt", b"Narwhals have a tusk."), purpose="assistants")
    search: list[Any] = [{"type": "file_search"}]
    thread = client.beta.threads.create(
        messages=[
            {
                "role": "user",
                "content": "keep this",
                "attachments": [{"file_id": notes.id, "tools": search}],
            }
        ]
    )
    assert thread.tool_resources is not None and thread.tool_resources.file_search is not None
    (store_id,) = thread.tool_resources.file_search.vector_store_ids or []
    assert [f.id for f in client.vector_stores.files.list(store_id)] == [notes.id]

    assistant = client.beta.assistants.create(model=MODEL, tools=[{"type": "file_search"}])
    bare = client.beta.threads.create()
    run = client.beta.threads.runs.create_and_poll(
        thread_id=bare.id,
        assistant_id=assistant.id,
        additional_messages=[
            {
                "role": "user",
                "content": "search the document",
                "attachments": [{"file_id": notes.id, "tools": search}],
            }
        ],
        poll_interval_ms=20,
    )
    assert run.status == "completed"
    answer = client.beta.threads.messages.list(bare.id, limit=1).data[0].content[0].text  # type: ignore[union-attr]
    assert "Narwhals have a tusk." in answer.value and answer.annotations[0].file_citation.file_id == notes.id  # type: ignore[union-attr]
    resources = client.beta.threads.retrieve(bare.id).tool_resources
    assert resources is not None and resources.file_search is not None
    assert len(resources.file_search.vector_store_ids or []) == 1
