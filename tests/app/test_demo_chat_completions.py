"""``belugadesk --demo`` offers a second demo profile on the Chat Completions backend, and it chats."""

from __future__ import annotations

from typing import Any

from belugadesk.app import Application, make_qapplication
from belugadesk.domain.models import Backend, MessageStatus
from belugadesk.settings import DEMO_CHAT_PROFILE_ID, DEMO_PROFILE_ID
from tests.support import run_coro


def test_the_demo_offers_a_chat_completions_profile_that_chats(
    qtbot: Any, loop: Any, isolated_home: Any
) -> None:
    app = Application(make_qapplication(), demo=True, screenshot=None)
    run_coro(qtbot, app.start(), timeout=20_000)
    try:
        assert app.settings_state is not None and app.vm is not None and app.switch_profile is not None
        settings = app.settings_state.settings
        assert [p.id for p in settings.profiles if p.kind == "demo"] == [
            DEMO_PROFILE_ID,
            DEMO_CHAT_PROFILE_ID,
        ]
        chat_demo = settings.profile(DEMO_CHAT_PROFILE_ID)
        assert chat_demo is not None and chat_demo.backend is Backend.CHAT_COMPLETIONS
        run_coro(qtbot, app.switch_profile(chat_demo), timeout=20_000)
        chat = app.vm.chat
        assert chat.session.backend_kind is Backend.CHAT_COMPLETIONS
        assert run_coro(qtbot, chat.send("What is a beluga?"), timeout=20_000)
        reply = chat.messages.messages[-1]
        assert reply.status is MessageStatus.COMPLETED and "What is a beluga?" in reply.text
        assert chat.thread is not None and chat.thread.backend is Backend.CHAT_COMPLETIONS
        assert chat.thread.profile_id == DEMO_CHAT_PROFILE_ID
    finally:
        if app.window is not None:
            app.window.close()
        run_coro(qtbot, app.shutdown(), timeout=20_000)
