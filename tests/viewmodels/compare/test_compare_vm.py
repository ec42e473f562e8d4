"""Compare: one prompt to several assistants at once, through the real SDK over loopback HTTP to the local
API (paced, so the replies visibly stream at the same time), a real SQLite store and the real chat
view-models as columns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.errors import NotFound
from belugadesk.domain.models import AssistantDefinition, Backend, ConnectionConfig, MessageStatus, Role
from belugadesk.viewmodels.compare.compare_vm import CompareViewModel, Undecided, release_undecided
from belugadesk.viewmodels.session import Session
from tests.support import run_coro

RESPONDER = AssistantDefinition(id="asst-resp", name="Responder", model="gpt-4.1-mini")
CHATTER = AssistantDefinition(id="asst-chat", name="Chatter", model="gpt-4o-mini")
THIRD = AssistantDefinition(id="asst-third", name="Third", model="gpt-4.1")
TWO_APIS = {RESPONDER.id: Backend.RESPONSES, CHATTER.id: Backend.CHAT_COMPLETIONS}  # one Responses, one Chat


@pytest.fixture
def slow_api() -> Iterator[Any]:
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    with LocalApiServer(LocalApiConfig(delta_delay_s=0.01)) as server:
        yield server


class Compared:
    """A comparison over one store, each assistant on a backend of its own (per ``backends``)."""

    def __init__(self, qtbot: Any, server: Any, db: Path, backends: dict[str, Backend]):
        self.qtbot = qtbot
        self.sessions: dict[str, Session] = {}

        async def open_all() -> None:
            from belugadesk.bridge.factory import build_backend
            from belugadesk.services.thread_log import StoreThreadLog
            from belugadesk.store import AsyncStore

            store = await AsyncStore.open(db)
            for helper in (RESPONDER, CHATTER, THIRD):
                await store.run(lambda s, h=helper: s.assistants.save(h))
            for assistant_id, kind in backends.items():

                async def factory(kind: Backend = kind) -> Any:
                    config = ConnectionConfig(
                        base_url=server.base_url, api_key="sk-test", max_retries=0, backend=kind
                    )
                    return build_backend(config, profile_id="test", thread_log=StoreThreadLog(store))

                self.sessions[assistant_id] = Session(
                    store, factory, profile_id="test", profile_name="Test", backend_kind=kind
                )

        run_coro(qtbot, open_all(), timeout=20_000)
        first = next(iter(self.sessions.values()))
        self.store = first.store
        self.vm = CompareViewModel(
            first,
            prices={"gpt-4.1-mini": _Price(), "gpt-4o-mini": _Price()},
            session_for=lambda a: self.sessions[a.id],
        )

    def run(self, coroutine: Any) -> Any:
        return run_coro(self.qtbot, coroutine, timeout=20_000)

    def listed(self) -> list[Any]:
        return list(self.run(self.store.run(lambda s: s.threads.list())))

    def stored(self, thread_id: str) -> list[tuple[str, str]]:
        rows = self.run(self.store.run(lambda s: s.messages.list(thread_id)))
        return [(m.role.value, m.text) for m in rows]

    def on_server(self, column: int, remote_id: str) -> list[tuple[str, str]]:
        async def load() -> list[tuple[str, str]]:
            backend = await self.vm.columns[column].session.backend()
            page = await backend.load_history(remote_id)
            return [(m.role.value, m.text) for m in page.messages if m.text.strip()]

        return list(self.run(load()))

    def close(self) -> None:
        async def close() -> None:
            await self.vm.aclose()
            for session in self.sessions.values():
                await session.aclose()
            await self.store.close()

        self.run(close())


class _Price:
    def cost_usd(self, usage: Any) -> float:
        return (usage.input_tokens + usage.output_tokens) / 1000


def _reply(vm: CompareViewModel, column: int) -> Any:
    rows = vm.columns[column].messages.messages
    return rows[-1] if rows and rows[-1].role is Role.ASSISTANT else None


def _writing(vm: CompareViewModel, column: int) -> bool:
    reply = _reply(vm, column)
    return reply is not None and reply.status is MessageStatus.IN_PROGRESS and len(reply.text) > 20


def test_two_assistants_on_two_backends_stream_at_once_and_one_stops_while_the_other_completes(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    compared = Compared(qtbot, slow_api, tmp_path / "db.sqlite3", TWO_APIS)
    vm = compared.vm
    try:
        assert vm.choose([RESPONDER, CHATTER])
        sending = vm.start(vm.send("Tell me about belugas"))
        # both replies are being written at the same moment, each on its own backend
        qtbot.waitUntil(lambda: _writing(vm, 0) and _writing(vm, 1), timeout=20_000)
        assert vm.streaming
        vm.request_stop(1)
        qtbot.waitUntil(lambda: not vm.columns[1].streaming, timeout=10_000)
        assert vm.columns[0].streaming, "stopping one column leaves the other writing"
        qtbot.waitUntil(lambda: sending.done(), timeout=20_000)
        assert not vm.streaming

        first, second = _reply(vm, 0), _reply(vm, 1)
        assert first.status is MessageStatus.COMPLETED and "belugas" in first.text
        assert second.status is MessageStatus.CANCELLED and 20 < len(second.text) < len(first.text)
        threads = vm.threads()
        assert [t.backend for t in threads] == [Backend.RESPONSES, Backend.CHAT_COMPLETIONS]
        assert len({t.id for t in threads}) == 2 and all(t.compare_group == vm.group for t in threads)
        # each column's usage and cost, as the chat's footer reads it
        assert (
            vm.summary(0).startswith("gpt-4.1-mini · ")
            and " in · " in vm.summary(0)
            and "≈ $" in vm.summary(0)
        )
        assert vm.summary(1).startswith("gpt-4o-mini")
        assert compared.listed() == [], "an undecided comparison is not listed"
        assert vm.undecided
    finally:
        compared.close()


def test_continue_with_one_leaves_exactly_one_listed_thread_holding_prompt_and_reply_on_server_and_store(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    backends = {
        RESPONDER.id: Backend.RESPONSES,
        THIRD.id: Backend.RESPONSES,
        CHATTER.id: Backend.CHAT_COMPLETIONS,
    }
    compared = Compared(qtbot, slow_api, tmp_path / "db.sqlite3", backends)
    vm = compared.vm
    try:
        assert vm.choose([RESPONDER, THIRD, CHATTER])
        assert compared.run(vm.send("Which whale sings?"))
        dropped = [t for t in vm.threads() if t.assistant_id != THIRD.id]
        with qtbot.waitSignal(vm.kept, timeout=20_000) as kept_signal:
            kept = compared.run(vm.keep(1))
        assert kept_signal.args == [kept] and kept.compare_group is None and kept.assistant_id == THIRD.id
        reply = _reply(vm, 1).text
        assert [t.id for t in compared.listed()] == [kept.id]
        assert compared.stored(kept.id) == [("user", "Which whale sings?"), ("assistant", reply)]
        assert compared.on_server(1, kept.remote_id) == [("user", "Which whale sings?"), ("assistant", reply)]
        for thread in dropped:  # gone from the store, and the other Responses conversation from its server
            assert compared.run(compared.store.run(lambda s, t=thread: s.threads.get(t.id))) is None
        with pytest.raises(NotFound):
            compared.on_server(0, dropped[0].remote_id)
        assert not vm.undecided
    finally:
        compared.close()


class ScriptedQuestions:
    def __init__(self, *answers: Undecided | None):
        self.answers = list(answers)
        self.asked: list[int] = []

    async def close_undecided(self, threads: int) -> Undecided | None:
        self.asked.append(threads)
        return self.answers.pop(0)


def test_closing_undecided_asks_and_never_loses_a_reply(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    compared = Compared(qtbot, slow_api, tmp_path / "db.sqlite3", TWO_APIS)
    vm = compared.vm
    try:
        assert vm.choose([RESPONDER, CHATTER])
        assert compared.run(vm.send("Hello both"))
        ask = ScriptedQuestions(None, Undecided.KEEP_ALL)
        assert compared.run(vm.close_asking(ask)) is False  # went back to the comparison
        assert vm.undecided and compared.listed() == []
        assert compared.run(vm.close_asking(ask)) is True
        assert ask.asked == [2, 2]
        assert sorted(t.id for t in compared.listed()) == sorted(t.id for t in vm.threads())
    finally:
        compared.close()


def test_discarding_deletes_every_thread_and_an_abandoned_comparison_is_listed_at_the_next_start(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    compared = Compared(qtbot, slow_api, tmp_path / "db.sqlite3", TWO_APIS)
    vm = compared.vm
    try:
        assert vm.choose([RESPONDER, CHATTER])
        assert compared.run(vm.send("First comparison"))
        assert compared.run(vm.close_asking(ScriptedQuestions(Undecided.DISCARD)))
        assert (
            compared.listed() == []
            and compared.run(compared.store.run(lambda s: s.threads.in_compare_group(vm.group))) == []
        )

        again = CompareViewModel(vm.session, session_for=lambda a: compared.sessions[a.id])
        assert again.choose([RESPONDER, CHATTER])
        assert compared.run(again.send("Second comparison"))
        assert compared.listed() == []
        # the app ended before a choice: at the next start both threads are ordinary, listed threads
        assert compared.run(compared.store.run(release_undecided)) == 2
        assert sorted(t.id for t in compared.listed()) == sorted(t.id for t in again.threads())
        compared.run(again.aclose())
    finally:
        compared.close()


def test_two_to_four_different_assistants(qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path) -> None:
    compared = Compared(qtbot, slow_api, tmp_path / "db.sqlite3", {RESPONDER.id: Backend.RESPONSES})
    vm = compared.vm
    try:
        assert not vm.choose([RESPONDER]) and vm.error
        assert not vm.choose([RESPONDER, RESPONDER]) and vm.error
        assert not vm.choose([RESPONDER, CHATTER, THIRD, RESPONDER.model_copy(update={"id": "x"}), THIRD])
        assert vm.can_send()[0] is False
    finally:
        compared.close()


def test_a_column_its_server_refuses_says_why_the_others_answer_and_ask_again_sends_it_anew(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    compared = Compared(qtbot, slow_api, tmp_path / "db.sqlite3", TWO_APIS)
    vm = compared.vm
    slow_api.faults.add("POST", r"^/v1/chat/completions$", 503)
    try:
        assert vm.choose([RESPONDER, CHATTER])
        assert compared.run(vm.send("Are you there?")) is False
        refused = vm.columns[1]
        assert _reply(vm, 0).status is MessageStatus.COMPLETED
        assert refused.thread is None and refused.messages.rowCount() == 0 and refused.error
        assert [t.assistant_id for t in vm.threads()] == [RESPONDER.id]
        assert vm.can_ask_again(1)
        assert compared.run(vm.ask_again(1))
        assert _reply(vm, 1).status is MessageStatus.COMPLETED and refused.error == ""
        kept = compared.run(vm.keep(1))
        assert [t.id for t in compared.listed()] == [kept.id]
        assert compared.stored(kept.id) == [("user", "Are you there?"), ("assistant", _reply(vm, 1).text)]
    finally:
        slow_api.faults.clear()
        compared.close()


def test_the_main_view_model_lists_a_comparison_left_undecided_when_it_loads(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    from belugadesk.viewmodels.main_vm import MainViewModel

    compared = Compared(
        qtbot,
        slow_api,
        tmp_path / "db.sqlite3",
        {RESPONDER.id: Backend.RESPONSES, THIRD.id: Backend.RESPONSES},
    )
    vm = compared.vm
    main = MainViewModel(compared.sessions[RESPONDER.id])
    try:
        assert vm.choose([RESPONDER, THIRD])
        assert compared.run(vm.send("Left behind"))
        compared.run(main.load())
        listed = {main.threads.model.thread_at(r).id for r in main.threads.model.thread_rows()}
        assert listed == {t.id for t in vm.threads()}
    finally:
        compared.run(main.threads.aclose())
        compared.close()


def test_a_comparison_prices_its_replies_as_the_chat_does_even_when_the_prices_change(
    qtbot: Any, loop: Any, slow_api: Any, tmp_path: Path
) -> None:
    from belugadesk.viewmodels.main_vm import MainViewModel

    compared = Compared(qtbot, slow_api, tmp_path / "db.sqlite3", TWO_APIS)
    main = MainViewModel(compared.sessions[RESPONDER.id])
    compare = main.new_comparison()
    try:
        assert compare.choose([RESPONDER, CHATTER])
        assert compared.run(compare.send("Price me"))
        assert "≈ $" in compare.summary(0) or "< $" in compare.summary(0)
        main.chat.set_prices({})  # Settings → Prices emptied
        assert compare.summary(0).endswith("no price for this model")
    finally:
        compared.run(compare.aclose())
        compared.close()
