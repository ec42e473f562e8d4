"""A folder's extra instructions are added to every reply of its threads, on all three backends: the chat
view-model over the real bridge and SDK to the local API, a real SQLite store."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import openai
import pytest

from belugadesk.domain.models import AssistantDefinition, Backend
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.support import run_coro
from tests.viewmodels.chat.chat_support import BACKENDS, close_chat, make_chat

FOLDER_TEXT = "Answer like a beluga would."  # five words: the local API counts words as tokens
HELPER = AssistantDefinition(id="asst-kind", name="Kind", model="gpt-4.1-mini", instructions="Be kind.")


def _file_new_threads_in_a_folder(qtbot: Any, vm: ChatViewModel) -> str:
    def make(s: Any) -> str:
        folder = s.folders.create("Oceans")
        s.folders.set_defaults(folder.id, None, FOLDER_TEXT)
        return str(folder.id)

    folder_id: str = run_coro(qtbot, vm.session.store.run(make))
    vm.new_thread_folder = folder_id
    return folder_id


def _input_tokens(qtbot: Any, vm: ChatViewModel, text: str) -> int:
    assert run_coro(qtbot, vm.send(text), timeout=20_000), vm.error
    usage = vm.messages.messages[-1].usage
    assert usage is not None
    return usage.input_tokens


@pytest.mark.parametrize("backend", BACKENDS, ids=[b.value for b in BACKENDS])
def test_a_folders_instructions_go_with_every_reply_in_it(
    qtbot: Any, loop: Any, local_api: Any, tmp_path: Path, backend: Backend
) -> None:
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", HELPER, backend=backend)
    try:
        outside = _input_tokens(qtbot, vm, "hello there")
        folder_id = _file_new_threads_in_a_folder(qtbot, vm)
        vm.new_thread()
        inside = _input_tokens(qtbot, vm, "hello there")
        assert vm.thread is not None and vm.thread.folder_id == folder_id  # a new chat goes in the folder
        stored = run_coro(qtbot, vm.session.store.run(lambda s: s.threads.get(vm.thread.id)))  # type: ignore[union-attr]
        assert stored.folder_id == folder_id
        if backend is Backend.ASSISTANTS:  # the run says what it was told
            client = openai.OpenAI(base_url=local_api.base_url, api_key="sk-test", max_retries=0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                runs = client.beta.threads.runs.list(thread_id=vm.thread.remote_id or "")
            assert runs.data[0].instructions == f"Be kind.\n\n{FOLDER_TEXT}"
            client.close()
        else:  # Responses' instructions and Chat Completions' system message count in the prompt
            assert inside - outside == len(FOLDER_TEXT.split())
    finally:
        close_chat(qtbot, vm)
