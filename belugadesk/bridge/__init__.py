"""Async backends over ``openai.AsyncOpenAI``. ``openai`` is imported lazily (it costs ~0.6 s).

- ``protocol.ConversationBackend``: what every backend does (threads, history, streamed replies as domain
  events, tool outputs, cancel, files, models, remote assistants).
- ``factory.build_backend(config, *, profile_id)``: the backend a profile asks for.
- ``responses_backend.ResponsesBackend`` (Conversations + Responses, the default) and
  ``assistants_backend.AssistantsBackend`` (Assistants v2).
- ``chat_model.ChatModel``: messages in, the assistant's new messages out, over either backend.
- ``errors.map_sdk_error``: SDK exceptions as domain errors with a human sentence.
"""
