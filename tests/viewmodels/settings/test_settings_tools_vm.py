"""Settings → Tools, the view-model: servers added, edited and removed with their secrets in the real Secret
Service (never in the settings file), Test and Restart against the real MCP test server, and the sentences
for what cannot work."""

from __future__ import annotations

import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belugadesk.credentials import MCP_SERVICE_NAME, ApiKeys, McpSecrets
from belugadesk.domain.mcp import McpServer, StdioTransport
from belugadesk.services.mcp_tools import McpTools
from belugadesk.settings import AppPaths, SettingsFile
from belugadesk.viewmodels.settings.mcp_servers_vm import McpServersViewModel, ServerDraft, Variable, draft_of
from tests.mcp_support import TOOL_SERVER
from tests.support import run_coro
from tests.views.settings.helpers_settings import secret_service_store, settings_state

pytestmark = pytest.mark.keyring


class Answer:
    def __init__(self, yes: bool) -> None:
        self.yes = yes
        self.asked: list[str] = []

    async def confirm_remove(self, server: McpServer) -> bool:
        self.asked.append(server.name)
        return self.yes


@pytest.fixture
def keys(secret_service: Any) -> ApiKeys:
    return secret_service_store()


@pytest.fixture
def tools_vm(qtbot: Any, loop: Any, keys: ApiKeys) -> Iterator[McpServersViewModel]:
    access = McpTools(McpSecrets(keys))
    vm = McpServersViewModel(settings_state(), access)
    yield vm
    run_coro(qtbot, vm.aclose())
    run_coro(qtbot, access.aclose())
    for server in vm.state.settings.mcp_servers:
        access.forget_secrets(server)


def settings_text() -> str:
    return SettingsFile(AppPaths.default()).path.read_text(encoding="utf-8")


def tool_server_draft(**fields: Any) -> ServerDraft:
    return ServerDraft(
        name=fields.pop("name", "Test tools"),
        kind="stdio",
        command=sys.executable,
        args=f'"{TOOL_SERVER}"',
        **fields,
    )


def test_a_stdio_server_is_saved_with_its_secret_in_the_keyring_and_test_lists_its_tools(
    qtbot: Any, tools_vm: McpServersViewModel, keys: ApiKeys
) -> None:
    token = "tok-" + secrets.token_hex(16)
    draft = tool_server_draft(
        variables=(Variable("MODE", "plain-value"), Variable("SERVICE_TOKEN", token, secret=True))
    )
    assert run_coro(qtbot, tools_vm.save(draft)) is True, tools_vm.error
    (server,) = tools_vm.state.settings.mcp_servers
    assert isinstance(server.transport, StdioTransport)
    assert server.transport.args == (str(TOOL_SERVER),), "the arguments are split like a shell line"
    assert server.transport.env == {"MODE": "plain-value"}
    assert server.transport.sensitive_env == ("SERVICE_TOKEN",)
    saved = settings_text()
    assert "SERVICE_TOKEN" in saved and "plain-value" in saved and token not in saved
    keychain = keys.keychain()
    assert keychain is not None
    assert keychain.get_password(MCP_SERVICE_NAME, f"{server.id}/env/SERVICE_TOKEN") == token
    assert tools_vm.status_text(server.id) == "Not started"

    run_coro(qtbot, tools_vm.test(server.id), timeout=30_000)
    text, problem = tools_vm.details(server.id)
    assert not problem
    assert text.startswith("8 tools: add, pid, env"), text
    assert tools_vm.status_text(server.id) == "Running"
    manager = tools_vm.access.manager()
    result = run_coro(qtbot, manager.call("test_tools__env", {"name": "SERVICE_TOKEN"}))
    assert result.output == token, "the keyring's value reached the server"


def test_an_http_server_keeps_its_secret_header_in_the_keyring(
    qtbot: Any, tools_vm: McpServersViewModel, keys: ApiKeys, mcp_http_url: str
) -> None:
    bearer = "Bearer hdr-" + secrets.token_hex(16)
    draft = ServerDraft(
        name="Web tools",
        kind="http",
        url=mcp_http_url,
        variables=(Variable("Authorization", bearer, secret=True), Variable("X-Plain", "visible")),
    )
    assert run_coro(qtbot, tools_vm.save(draft)) is True, tools_vm.error
    (server,) = tools_vm.state.settings.mcp_servers
    assert bearer not in settings_text() and "Authorization" in settings_text()
    assert tools_vm.model.data(tools_vm.model.index(0, 1)) == "Web address"
    run_coro(qtbot, tools_vm.test(server.id), timeout=30_000)
    assert tools_vm.details(server.id)[0].startswith("8 tools: add"), tools_vm.details(server.id)
    result = run_coro(qtbot, tools_vm.access.manager().call("web_tools__header", {"name": "Authorization"}))
    assert result.output == bearer


def test_an_edit_keeps_a_secret_not_typed_again_and_forgets_one_removed(
    qtbot: Any, tools_vm: McpServersViewModel, keys: ApiKeys
) -> None:
    first = tool_server_draft(
        variables=(Variable("A", "a-secret", secret=True), Variable("B", "b-secret", True))
    )
    assert run_coro(qtbot, tools_vm.save(first))
    (server,) = tools_vm.state.settings.mcp_servers
    form = draft_of(server)
    assert form.variables == (Variable("A", "", True), Variable("B", "", True)), "secret values are not read"
    edited = ServerDraft(**{**form.__dict__, "name": "Renamed", "variables": (Variable("A", "", True),)})
    assert run_coro(qtbot, tools_vm.save(edited)), tools_vm.error
    (renamed,) = tools_vm.state.settings.mcp_servers
    assert renamed.id == server.id and renamed.name == "Renamed"
    secrets_ = McpSecrets(keys)
    assert secrets_.get(server.id, "env", "A") is not None
    assert secrets_.get(server.id, "env", "A").get_secret_value() == "a-secret"  # type: ignore[union-attr]
    assert secrets_.get(server.id, "env", "B") is None, "a secret no longer listed leaves the keyring"


@pytest.mark.parametrize(
    ("draft", "sentence"),
    [
        (
            ServerDraft(name="X", kind="stdio"),
            "Enter the command that starts the server, e.g. npx or python.",
        ),
        (ServerDraft(name="", kind="stdio", command="npx"), "Give the server a name."),
        (
            ServerDraft(name="X", kind="http", url="ftp://x"),
            "The server URL must start with http:// or https://.",
        ),
        (
            ServerDraft(name="X", command="npx", variables=(Variable("TOKEN", "", secret=True),)),
            "Enter a value for the secret environment variable TOKEN.",
        ),
        (
            ServerDraft(
                name="X", kind="http", url="http://h", variables=(Variable("A", "1"), Variable("A", "2"))
            ),
            "The header A is listed twice; keep one.",
        ),
        (ServerDraft(name="X", command="npx", args='"unclosed'), "The arguments have an unclosed quote"),
    ],
)
def test_a_form_that_cannot_work_is_a_sentence_and_nothing_is_saved(
    qtbot: Any, tools_vm: McpServersViewModel, draft: ServerDraft, sentence: str
) -> None:
    assert run_coro(qtbot, tools_vm.save(draft)) is False
    assert tools_vm.error.startswith(sentence)
    assert tools_vm.state.settings.mcp_servers == ()


def test_a_server_that_cannot_start_says_why_and_restart_tries_again(
    qtbot: Any, tools_vm: McpServersViewModel, tmp_path: Path
) -> None:
    broken = tmp_path / "broken_server.py"
    broken.write_text(
        "import sys\nsys.stderr.write('no config file found\\n')\nsys.exit(3)\n", encoding="utf-8"
    )
    assert run_coro(
        qtbot, tools_vm.save(ServerDraft(name="Broken", command=sys.executable, args=str(broken)))
    )
    (server,) = tools_vm.state.settings.mcp_servers
    run_coro(qtbot, tools_vm.test(server.id), timeout=30_000)
    text, problem = tools_vm.details(server.id)
    assert problem and "Broken" in text, text
    assert tools_vm.status_text(server.id) == "Failed"
    assert tools_vm.status_sentence(server.id) == text
    run_coro(qtbot, tools_vm.restart(server.id), timeout=30_000)
    assert tools_vm.details(server.id)[1] is True and "Broken" in tools_vm.details(server.id)[0]


def test_restart_brings_back_a_crashed_server(qtbot: Any, tools_vm: McpServersViewModel) -> None:
    assert run_coro(qtbot, tools_vm.save(tool_server_draft()))
    (server,) = tools_vm.state.settings.mcp_servers
    run_coro(qtbot, tools_vm.test(server.id), timeout=30_000)
    manager = tools_vm.access.manager()
    crashed = run_coro(qtbot, manager.call("test_tools__crash", {}), timeout=30_000)
    assert crashed.is_error
    assert tools_vm.status_text(server.id) == "Failed"
    assert "stopped while running" in tools_vm.status_sentence(server.id)
    run_coro(qtbot, tools_vm.restart(server.id), timeout=30_000)
    assert tools_vm.status_text(server.id) == "Running"
    text, problem = tools_vm.details(server.id)
    assert text.startswith("8 tools") and not problem
    assert run_coro(qtbot, manager.call("test_tools__pid", {})).output.isdigit()


def test_remove_asks_then_forgets_the_server_and_its_secrets(
    qtbot: Any, tools_vm: McpServersViewModel, keys: ApiKeys
) -> None:
    assert run_coro(qtbot, tools_vm.save(tool_server_draft(variables=(Variable("T", "t-value", True),))))
    (server,) = tools_vm.state.settings.mcp_servers
    keep = Answer(False)
    assert run_coro(qtbot, tools_vm.remove(server.id, keep)) is False
    assert keep.asked == ["Test tools"] and tools_vm.state.settings.mcp_servers == (server,)
    assert run_coro(qtbot, tools_vm.remove(server.id, Answer(True))) is True
    assert tools_vm.state.settings.mcp_servers == () and tools_vm.model.rowCount() == 0
    assert "Test tools" not in settings_text()
    assert McpSecrets(keys).get(server.id, "env", "T") is None


def test_without_a_secure_keyring_a_secret_is_refused_with_a_sentence_and_nothing_is_saved(
    qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    from tests.views.settings.helpers_settings import plaintext_store

    vm = McpServersViewModel(settings_state(), McpTools(McpSecrets(plaintext_store(tmp_path))))
    vm.request_save(tool_server_draft(variables=(Variable("TOKEN", "t-" + secrets.token_hex(8), True),)))
    qtbot.waitUntil(lambda: bool(vm.error))
    assert vm.error.startswith("The MCP server was not saved.") and "No secure keyring" in vm.error
    assert vm.state.settings.mcp_servers == () and vm.model.rowCount() == 0
    run_coro(qtbot, vm.aclose())
