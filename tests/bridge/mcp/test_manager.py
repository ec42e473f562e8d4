"""``McpManager`` with a real MCP server (``tests/mcp_tool_server.py``) over stdio and streamable HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from belugadesk.bridge.mcp import McpManager
from belugadesk.domain.mcp import McpImage, McpSecretValues, McpServer, McpServerState, StdioTransport
from tests.mcp_support import TOOL_SERVER, http_server, stdio_server
from tests.support import eventually, run_coro, wait_until


def run(test: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(test())


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def wait_gone(pid: int) -> None:
    """The process ``pid`` has exited and been reaped (reaping may trail the exit on a busy machine)."""

    async def gone() -> bool:
        return process_gone(pid)

    await eventually(gone, f"process {pid} is gone")


async def server_pid(manager: McpManager, function_name: str = "test_tools__pid") -> int:
    result = await manager.call(function_name, "{}")
    assert not result.is_error, result.output
    return int(result.output)


def test_stdio_tools_are_listed_with_their_schemas_and_annotations() -> None:
    server = stdio_server()

    async def scenario() -> None:
        manager = McpManager([server])
        try:
            catalog = await manager.list_tools()
        finally:
            await manager.aclose()
        assert catalog.problems == {}
        tools = {tool.name: tool for tool in catalog.tools}
        assert {"add", "pid", "env", "header", "fail", "crash", "sleep", "picture"} <= set(tools)
        add = tools["add"]
        assert add.function_name == "test_tools__add"
        assert add.server_id == server.id
        assert add.description == "Add two whole numbers."
        assert add.input_schema["required"] == ["a", "b"]
        assert add.input_schema["properties"]["a"]["type"] == "integer"
        assert add.read_only and not tools["crash"].read_only
        assert add.annotations == {"readOnlyHint": True} and tools["crash"].annotations == {}
        function = add.function_tool()
        assert (function.name, function.parameters) == ("test_tools__add", add.input_schema)
        assert manager.lookup("test_tools__add") == (server.id, "add")

    run(scenario)


def test_a_call_is_answered_with_text_and_images() -> None:
    async def scenario() -> None:
        manager = McpManager([stdio_server()])
        try:
            await manager.list_tools()
            added = await manager.call("test_tools__add", '{"a": 2, "b": 40}')
            picture = await manager.call("test_tools__picture", {})
        finally:
            await manager.aclose()
        assert (added.output, added.is_error) == ("42", False)
        assert picture.output == "a pixel\n[image: image/png]"
        image = picture.parts[1]
        assert (
            isinstance(image, McpImage) and image.mime_type == "image/png" and image.data.startswith("iVBOR")
        )

    run(scenario)


def test_invalid_arguments_and_tool_exceptions_become_tool_errors() -> None:
    async def scenario() -> None:
        manager = McpManager([stdio_server()])
        try:
            await manager.list_tools()
            wrong_type = await manager.call("test_tools__add", '{"a": "two"}')
            not_json = await manager.call("test_tools__add", '{"a": 2,')
            not_object = await manager.call("test_tools__add", "[1, 2]")
            raised = await manager.call("test_tools__fail", {"reason": "disk full"})
            unknown = await manager.call("nobody__nothing", "{}")
            still_fine = await manager.call("test_tools__add", {"a": 1, "b": 1})
        finally:
            await manager.aclose()
        assert wrong_type.is_error and "validation error" in wrong_type.output and "b" in wrong_type.output
        assert not_json.is_error and "not valid JSON" in not_json.output
        assert not_object.is_error and "must be a JSON object" in not_object.output
        assert raised.is_error and raised.output.startswith("Error: ") and "fail" in raised.output
        assert unknown.is_error and "no tool named nobody__nothing" in unknown.output
        assert still_fine.output == "2"

    run(scenario)


def test_a_server_that_crashes_mid_call_is_reported_and_restarts() -> None:
    server = stdio_server()

    async def scenario() -> None:
        manager = McpManager([server])
        try:
            await manager.list_tools()
            first_pid = await server_pid(manager)
            crashed = await manager.call("test_tools__crash", "{}")
            status = manager.status(server.id)
            assert crashed.is_error
            assert "“Test tools” stopped while running “crash”" in crashed.output
            assert "starts again on the next call" in crashed.output
            assert status.state is McpServerState.FAILED and status.problem == crashed.output.removeprefix(
                "Error: "
            )
            await wait_gone(first_pid)

            restarted = await manager.restart(server.id)
            assert restarted.state is McpServerState.RUNNING and restarted.problem is None
            second_pid = await server_pid(manager)
            assert second_pid != first_pid
            assert (await manager.call("test_tools__add", {"a": 1, "b": 2})).output == "3"

            # without an explicit restart, the next call starts it again too
            await manager.call("test_tools__crash", "{}")
            assert (await manager.call("test_tools__add", {"a": 2, "b": 2})).output == "4"
        finally:
            await manager.aclose()

    run(scenario)


def test_a_call_that_does_not_answer_times_out_as_a_tool_error() -> None:
    async def scenario() -> None:
        manager = McpManager([stdio_server()], call_timeout=0.5)
        try:
            await manager.list_tools()
            started = time.monotonic()
            result = await manager.call("test_tools__sleep", {"seconds": 30})
            elapsed = time.monotonic() - started
            after = await manager.call("test_tools__add", {"a": 1, "b": 1})
        finally:
            await manager.aclose()
        assert elapsed < 3
        assert result.is_error and "did not answer within 0.5 s" in result.output
        assert after.output == "2"  # the server still answers

    run(scenario)


def test_cancelling_a_call_returns_within_a_second_and_the_server_keeps_working() -> None:
    async def scenario() -> None:
        manager = McpManager([stdio_server()])
        try:
            await manager.list_tools()
            call = asyncio.ensure_future(manager.call("test_tools__sleep", {"seconds": 30}))
            await asyncio.sleep(0.3)
            started = time.monotonic()
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            assert time.monotonic() - started < 1
            assert (await manager.call("test_tools__add", {"a": 3, "b": 4})).output == "7"
        finally:
            await manager.aclose()

    run(scenario)


def test_two_servers_with_the_same_name_never_share_a_function_name() -> None:
    one, two = stdio_server("Tools"), stdio_server("tools!")

    async def scenario() -> None:
        manager = McpManager([one, two])
        try:
            catalog = await manager.list_tools()
            names = [tool.function_name for tool in catalog.tools]
            pids = {
                tool.server_id: await server_pid(manager, tool.function_name)
                for tool in catalog.tools
                if tool.name == "pid"
            }
        finally:
            await manager.aclose()
        assert len(names) == len(set(names)) == 2 * 8
        assert all(len(name) <= 64 for name in names)
        assert pids.keys() == {one.id, two.id} and len(set(pids.values())) == 2

    run(scenario)


def test_shutdown_stops_every_server_process() -> None:
    async def scenario() -> list[int]:
        manager = McpManager([stdio_server("One"), stdio_server("Two")])
        await manager.list_tools()
        pids = [await server_pid(manager, "one__pid"), await server_pid(manager, "two__pid")]
        assert not any(process_gone(pid) for pid in pids)
        await manager.aclose()
        return pids

    pids = run(scenario)
    for pid in pids:
        wait_until(lambda pid=pid: process_gone(pid), f"process {pid} is gone")


def test_a_server_removed_or_changed_in_the_settings_is_stopped() -> None:
    server = stdio_server()

    async def scenario() -> None:
        manager = McpManager([server])
        try:
            await manager.list_tools()
            first = await server_pid(manager)
            edited = server.model_copy(
                update={"transport": server.transport.model_copy(update={"env": {"A": "b"}})}
            )
            await manager.set_servers([edited])
            await wait_gone(first)
            assert (
                await manager.call("test_tools__env", {"name": "A"})
            ).output == "b"  # started anew, edited
            second = await server_pid(manager)
            await manager.set_servers([])
            await wait_gone(second)
            gone = await manager.call("test_tools__pid", {})
            assert gone.is_error and "no tool named test_tools__pid" in gone.output
        finally:
            await manager.aclose()

    run(scenario)


def test_a_server_that_cannot_start_is_a_sentence_and_the_others_still_list() -> None:
    missing = McpServer(name="Missing", transport=StdioTransport(command="/nonexistent/mcp-server"))
    broken = McpServer(
        name="Broken", transport=StdioTransport(command="python3", args=(str(TOOL_SERVER) + "x",))
    )

    async def scenario() -> None:
        manager = McpManager([missing, broken, stdio_server()], start_timeout=20)
        try:
            catalog = await manager.list_tools()
            call = await manager.call("test_tools__add", {"a": 1, "b": 1})
            assert manager.status(missing.id).state is McpServerState.FAILED
        finally:
            await manager.aclose()
        assert catalog.problems[missing.id] == (
            "The MCP server “Missing” could not start: the command “/nonexistent/mcp-server” was not found. "
            "Check its command in Settings → Tools."
        )
        assert "“Broken” stopped while starting" in catalog.problems[broken.id]
        assert "No such file or directory" in catalog.problems[broken.id]  # python's own words, from stderr
        assert {tool.server_id for tool in catalog.tools} == {manager.servers[2].id}
        assert call.output == "2"

    run(scenario)


def test_a_server_that_never_answers_at_start_is_stopped_and_reported(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    script = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(60)"
    silent = McpServer(name="Silent", transport=StdioTransport(command=sys.executable, args=("-c", script)))

    async def scenario() -> None:
        manager = McpManager([silent], start_timeout=1.5)
        try:
            started = time.monotonic()
            catalog = await manager.list_tools()
            assert time.monotonic() - started < 10
            call = await manager.call("silent__anything", "{}")
        finally:
            await manager.aclose()
        assert catalog.problems[silent.id] == (
            "The MCP server “Silent” did not start within 1.5 s. "
            "Check its command or URL in Settings → Tools, then try again."
        )
        assert call.is_error and "no tool named silent__anything" in call.output

    run(scenario)
    pid = int(pid_file.read_text())
    wait_until(lambda: process_gone(pid), f"process {pid} is gone")


def test_stop_while_a_server_starts_returns_at_once_and_leaves_no_process(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    script = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(60)"
    slow = McpServer(name="Slow", transport=StdioTransport(command=sys.executable, args=("-c", script)))

    async def scenario() -> None:
        manager = McpManager([slow], start_timeout=30)
        try:
            listing = asyncio.ensure_future(manager.list_tools())
            while not pid_file.exists():
                await asyncio.sleep(0.02)
            started = time.monotonic()
            listing.cancel()
            with pytest.raises(asyncio.CancelledError):
                await listing
            assert time.monotonic() - started < 1
        finally:
            await manager.aclose()

    run(scenario)
    pid = int(pid_file.read_text())
    wait_until(lambda: process_gone(pid), f"process {pid} is gone")


def test_secret_environment_values_reach_the_server_from_the_resolver() -> None:
    server = stdio_server(env={"PLAIN": "visible"}, sensitive_env=("SECRET_TOKEN",))
    asked: list[str] = []

    def secrets(definition: McpServer) -> McpSecretValues:
        asked.append(definition.id)
        return McpSecretValues(env={"SECRET_TOKEN": "s3cret-value-123"})

    async def scenario() -> None:
        manager = McpManager([server], secrets)
        try:
            await manager.list_tools()
            secret = await manager.call("test_tools__env", {"name": "SECRET_TOKEN"})
            plain = await manager.call("test_tools__env", {"name": "PLAIN"})
        finally:
            await manager.aclose()
        assert (secret.output, plain.output) == ("s3cret-value-123", "visible")
        assert asked == [server.id]

    run(scenario)


def test_streamable_http_server_with_secret_header(mcp_http_url: str) -> None:
    server = http_server(mcp_http_url, headers={"X-Plain": "p"}, sensitive_headers=("Authorization",))

    async def scenario() -> None:
        manager = McpManager(
            [server], lambda _: McpSecretValues(headers={"Authorization": "Bearer tok-123456"})
        )
        try:
            catalog = await manager.list_tools()
            added = await manager.call("web_tools__add", {"a": 20, "b": 22})
            auth = await manager.call("web_tools__header", {"name": "Authorization"})
            plain = await manager.call("web_tools__header", {"name": "X-Plain"})
        finally:
            await manager.aclose()
        assert catalog.problems == {}
        assert "web_tools__add" in [tool.function_name for tool in catalog.tools]
        assert added.output == "42"
        assert (auth.output, plain.output) == ("Bearer tok-123456", "p")

    run(scenario)


def test_an_http_server_that_is_not_there_is_a_sentence() -> None:
    from tests.mcp_support import free_port

    url = f"http://127.0.0.1:{free_port()}/mcp"

    async def scenario() -> None:
        manager = McpManager([http_server(url)], start_timeout=10)
        try:
            catalog = await manager.list_tools()
        finally:
            await manager.aclose()
        (problem,) = catalog.problems.values()
        assert problem.startswith(f"The MCP server “Web tools” at {url} could not be reached (")
        assert problem.endswith("Check that it is running and its URL and headers in Settings → Tools.")

    run(scenario)


def test_the_manager_works_from_the_apps_qasync_loop(qtbot: Any, loop: asyncio.AbstractEventLoop) -> None:
    manager = McpManager([stdio_server()])
    try:
        catalog = run_coro(qtbot, manager.list_tools(), timeout=20_000)
        result = run_coro(qtbot, manager.call("test_tools__add", json.dumps({"a": 5, "b": 5})))
    finally:
        run_coro(qtbot, manager.aclose())
    assert catalog.tools and result.output == "10"
