"""Chooses and builds the backend for a connection."""

from __future__ import annotations

from belugadesk.bridge.client import make_async_client
from belugadesk.bridge.responses_backend import ResponsesBackend
from belugadesk.domain.backend import ConversationBackend, ThreadLog
from belugadesk.domain.models import Backend, ConnectionConfig


def build_backend(
    config: ConnectionConfig, *, profile_id: str, thread_log: ThreadLog | None = None
) -> ConversationBackend:
    """The backend the profile asks for, over a fresh ``AsyncOpenAI`` client (imports ``openai``).

    ``profile_id`` names the profile: the Assistants backend keys remote assistant ids by it
    (``AssistantDefinition.remote_ids[profile_id]``). ``thread_log`` is the app's store of threads, which the
    Chat Completions backend reads its threads from (there is no thread on its server).
    """
    client = make_async_client(config)
    if config.backend is Backend.ASSISTANTS:
        from belugadesk.bridge.assistants_backend import AssistantsBackend

        return AssistantsBackend(client, profile_id=profile_id)
    if config.backend is Backend.CHAT_COMPLETIONS:
        from belugadesk.bridge.chat_completions_backend import ChatCompletionsBackend

        return ChatCompletionsBackend(client, thread_log, context_budgets=config.context_budgets)
    return ResponsesBackend(client)
