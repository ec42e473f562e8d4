"""``rewind`` on both backends through the real SDK: it deletes what follows the question, and only when the
server holds that question as its last user message."""

from __future__ import annotations

from typing import Any

from belugadesk.domain.events import RunStatus
from tests.bridge.helpers import assistant, collect


def test_rewind_deletes_the_reply_after_the_question(with_backend: Any) -> None:
    definition = assistant()

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        await collect(backend.stream_reply(thread_id, definition, "first"))
        await collect(backend.stream_reply(thread_id, definition, "second"))
        assert await backend.rewind(thread_id, "second")
        history = (await backend.load_history(thread_id)).messages
        assert [m.text for m in history][-2:] == [history[1].text, "second"] and len(history) == 3
        events = await collect(backend.stream_reply(thread_id, definition, None))
        assert events[-1].status is RunStatus.COMPLETED
        texts = [m.text for m in (await backend.load_history(thread_id)).messages]
        assert len(texts) == 4 and texts.count("second") == 1 and "**second**" in texts[-1]

    with_backend(scenario)


def test_rewind_changes_nothing_when_the_server_never_took_the_question(with_backend: Any) -> None:
    definition = assistant()

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        await collect(backend.stream_reply(thread_id, definition, "first"))
        before = [m.remote_id for m in (await backend.load_history(thread_id)).messages]
        assert not await backend.rewind(thread_id, "a question the server never got")
        assert [m.remote_id for m in (await backend.load_history(thread_id)).messages] == before

    with_backend(scenario)
