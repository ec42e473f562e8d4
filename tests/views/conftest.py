"""Fixtures shared by the chat view tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.domain.models import CodeInterpreterTool, FileSearchTool, FunctionTool
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from tests.viewmodels.chat.chat_support import assistant, close_chat, make_chat

WEATHER = FunctionTool(
    name="get_weather", parameters={"type": "object", "properties": {"city": {"type": "string"}}}
)


@pytest.fixture
def tools_chat(qtbot: Any, loop: Any, local_api: Any, tmp_path: Path) -> Iterator[ChatViewModel]:
    """A chat over the local API; its assistant has a function, the code interpreter and file search."""
    helper = assistant([WEATHER, CodeInterpreterTool(), FileSearchTool()])
    vm = make_chat(qtbot, local_api, tmp_path / "chat.sqlite3", helper, cache_dir=tmp_path / "images")
    yield vm
    close_chat(qtbot, vm)
