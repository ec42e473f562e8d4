"""Chooses and builds the backend for a connection."""

from __future__ import annotations

from belugadesk.bridge.client import make_async_client
from belugadesk.bridge.responses_backend import ResponsesBackend
from belugadesk.domain.backend import ConversationBackend
from belugadesk.domain.models import Backend, ConnectionConfig


def build_backend(config: ConnectionConfig, *, profile_id: str) -> ConversationBackend:
    """The backend the profile asks for, over a fresh ``AsyncOpenAI`` client (imports ``openai``).

    ``profile_id`` names the profile: the Assistants backend keys remote assistant ids by it
    (``AssistantDefinition.remote_ids[profile_id]``).
    """
    client = make_async_client(config)
    if config.backend is Backend.ASSISTANTS:
        from belugadesk.bridge.assistants_backend import AssistantsBackend

        return AssistantsBackend(client, profile_id=profile_id)
    return ResponsesBackend(client)
