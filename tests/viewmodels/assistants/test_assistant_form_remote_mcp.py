"""Remote MCP servers in the assistant form's view-model: added, edited and removed, checked (label, https or
http on loopback), saved to ``remote_mcp`` and the same on reopening."""

from __future__ import annotations

from typing import Any

from belugadesk.core.remote_mcp_entry import RemoteEntry
from belugadesk.domain.mcp_access import RemoteMcpServer
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel
from belugadesk.viewmodels.session import Session
from tests.support import run_coro
from tests.viewmodels.assistants.test_assistant_helpers import session_fixture, store_fixture  # noqa: F401


def test_add_edit_remove_are_saved_and_reopened(qtbot: Any, session: Session) -> None:
    vm = AssistantFormViewModel(session)
    vm.set_field("name", "Researcher")
    vm.set_field("model", "gpt-4o-mini")
    assert vm.save_remote_server(RemoteEntry("docs", "https://mcp.example.com/mcp", "search,\nfetch")) == ""
    assert vm.save_remote_server(RemoteEntry("local", "http://127.0.0.1:8765/mcp", "", ask=False)) == ""
    assert vm.save_remote_server(RemoteEntry("gone", "https://gone.example.com/mcp")) == ""
    vm.remove_remote_server(2)
    assert vm.save_remote_server(RemoteEntry("docs", "https://mcp.example.com/v2", "search"), 0) == ""
    stored = run_coro(qtbot, vm.save())
    expected = (
        RemoteMcpServer(
            server_label="docs", server_url="https://mcp.example.com/v2", allowed_tools=("search",)
        ),
        RemoteMcpServer(
            server_label="local", server_url="http://127.0.0.1:8765/mcp", require_approval="never"
        ),
    )
    assert stored is not None and stored.remote_mcp == expected
    reloaded = run_coro(qtbot, session.store.run(lambda s: s.assistants.get(stored.id)))
    assert reloaded is not None
    assert reloaded.remote_mcp == expected
    reopened = AssistantFormViewModel(session, reloaded)
    assert reopened.draft.remote_mcp == expected and not reopened.dirty


def test_bad_entries_say_what_to_fix_and_change_nothing(session: Session) -> None:
    vm = AssistantFormViewModel(session)
    assert vm.save_remote_server(RemoteEntry("docs", "https://a.example.com")) == ""
    problems = {
        "http on another computer": RemoteEntry("x", "http://mcp.example.com/mcp"),
        "no scheme": RemoteEntry("x", "mcp.example.com"),
        "bad label": RemoteEntry("two words", "https://b.example.com"),
        "same label": RemoteEntry("docs", "https://b.example.com"),
    }
    for case, entry in problems.items():
        assert vm.save_remote_server(entry), case
    assert "https://" in vm.save_remote_server(problems["http on another computer"])
    assert "already" in vm.save_remote_server(problems["same label"])
    assert vm.save_remote_server(RemoteEntry("docs", "https://c.example.com"), 0) == "", (
        "its own label is fine"
    )
    assert [s.server_url for s in vm.draft.remote_mcp] == ["https://c.example.com"]
