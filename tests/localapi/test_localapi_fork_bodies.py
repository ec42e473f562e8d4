"""What a branch sends is what the spec allows: the Responses backend's items for ``conversations.create``
(``CreateConversationBody``: at most 20 ``InputItem``s) and the Assistants backend's messages for
``threads.create`` (``CreateThreadRequest``), checked against the official OpenAPI spec; and the local API
takes them and lists them back as the spec's objects."""

from __future__ import annotations

from typing import Any

import localapi_spec
import openai

from belugadesk.bridge.assistants_mapping import fork_messages
from belugadesk.bridge.responses_mapping import fork_items
from belugadesk.domain.models import AttachmentPart, ImagePart, Message, Role, TextPart, ToolCallPart

HISTORY = [
    Message(
        role=Role.USER,
        parts=(
            TextPart(text="What is in this chart?"),
            ImagePart(file_id="file-img"),
            AttachmentPart(file_id="file-doc", filename="notes.txt"),
        ),
    ),
    Message(
        role=Role.ASSISTANT,
        parts=(
            ToolCallPart(call_id="call_1", name="get_weather", arguments='{"city": "Oslo"}', output="sunny"),
            TextPart(text="Bars, and it is sunny."),
        ),
    ),
    Message.user("Thanks"),
]


def test_the_responses_branch_body_is_a_valid_create_conversation_body(client: openai.OpenAI) -> None:
    items, _ = fork_items(HISTORY)
    body = {"metadata": {"app": "belugadesk", "branched_from": "conv_x"}, "items": items}

    assert localapi_spec.errors("CreateConversationBody", body) == []
    assert len(items) == 5
    conversation = client.conversations.create(**body)  # type: ignore[arg-type]
    listed = client.conversations.items.list(conversation.id, order="asc").data
    assert [item.type for item in listed] == [
        "message",
        "function_call",
        "function_call_output",
        "message",
        "message",
    ]
    for item in listed:
        assert localapi_spec.errors("ConversationItem", item.model_dump(exclude_unset=True)) == []


def test_the_assistants_branch_body_is_a_valid_create_thread_request() -> None:
    bodies, _ = fork_messages(HISTORY)
    body: dict[str, Any] = {"metadata": {"app": "belugadesk"}, "messages": bodies}

    assert localapi_spec.errors("CreateThreadRequest", body) == []
    assert [b["role"] for b in bodies] == ["user", "assistant", "user"]
    assert bodies[0]["attachments"] == [{"file_id": "file-doc", "tools": [{"type": "file_search"}]}]
