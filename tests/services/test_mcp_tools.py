"""``McpTools`` with a real Secret Service and a real MCP server: secret env values and headers live in the
keyring only (never in the settings file or anywhere under the app's home), reach the server, and are
redacted by value; the servers stop with the app."""

from __future__ import annotations

import asyncio
import os
import secrets
from pathlib import Path
from typing import Any

import pytest

from belugadesk.credentials import MCP_SERVICE_NAME, ApiKeys, McpSecrets
from belugadesk.domain.errors import CredentialsError
from belugadesk.domain.redaction import REDACTED, redact
from belugadesk.services.mcp_tools import McpTools
from belugadesk.settings import AppPaths, AppSettings, SettingsFile
from tests.mcp_support import http_server, stdio_server

pytest_plugins = ["tests.secret_service"]
pytestmark = pytest.mark.keyring


@pytest.fixture
def mcp_secrets(secret_service: Any) -> McpSecrets:
    from keyring.backends.SecretService import Keyring

    return McpSecrets(ApiKeys(Keyring()))


def files_containing(root: Path, needle: bytes) -> list[str]:
    return [
        str(p.relative_to(root)) for p in sorted(root.rglob("*")) if p.is_file() and needle in p.read_bytes()
    ]


def test_secrets_go_to_the_keyring_never_to_the_settings_file(
    mcp_secrets: McpSecrets, isolated_home: Path, mcp_http_url: str
) -> None:
    env_value = "env-" + secrets.token_hex(16)
    header_value = "Bearer hdr-" + secrets.token_hex(16)
    local = stdio_server(env={"MODE": "plain-value"}, sensitive_env=("SERVICE_TOKEN",))
    remote = http_server(mcp_http_url, sensitive_headers=("Authorization",))
    tools = McpTools(mcp_secrets, (local, remote))
    tools.store_secrets(local, {("env", "SERVICE_TOKEN"): env_value})
    tools.store_secrets(remote, {("header", "Authorization"): header_value})
    settings_file = SettingsFile(AppPaths.default().ensure())
    settings_file.save(AppSettings().with_mcp_server(local).with_mcp_server(remote))

    saved = settings_file.path.read_text(encoding="utf-8")
    assert (
        "SERVICE_TOKEN" in saved and "plain-value" in saved and "Authorization" in saved
    )  # names, not values
    assert settings_file.load().mcp_servers == (local, remote)

    async def scenario() -> tuple[str, str]:
        manager = tools.manager()
        try:
            await manager.list_tools()
            env = await manager.call("test_tools__env", {"name": "SERVICE_TOKEN"})
            header = await manager.call("web_tools__header", {"name": "Authorization"})
        finally:
            await tools.aclose()
        return env.output, header.output

    assert asyncio.run(scenario()) == (env_value, header_value)
    for value in (env_value, header_value):
        assert files_containing(isolated_home, value.encode()) == []
        assert redact(f"it said {value}") == f"it said {REDACTED}"
    stored = mcp_secrets.keys.keychain()
    assert stored is not None
    assert stored.get_password(MCP_SERVICE_NAME, f"{local.id}/env/SERVICE_TOKEN") == env_value

    tools.forget_secrets(local)
    assert mcp_secrets.get(local.id, "env", "SERVICE_TOKEN") is None


def test_a_missing_secret_is_a_sentence_and_nothing_starts(mcp_secrets: McpSecrets) -> None:
    server = stdio_server(name="Files", sensitive_env=("FILES_TOKEN",))
    tools = McpTools(mcp_secrets, (server,))
    with pytest.raises(CredentialsError, match="Enter a value for FILES_TOKEN"):
        tools.store_secrets(server, {})

    async def scenario() -> dict[str, str]:
        try:
            return (await tools.manager().list_tools()).problems
        finally:
            await tools.aclose()

    (problem,) = asyncio.run(scenario()).values()
    assert problem == (
        "The secret environment variable FILES_TOKEN of the MCP server “Files” is not in the keyring; "
        "enter it again in Settings → Tools."
    )


def test_without_a_secure_keyring_no_secret_is_stored(isolated_home: Path) -> None:
    from keyrings.alt.file import PlaintextKeyring

    plaintext = PlaintextKeyring()
    plaintext.file_path = str(isolated_home / "plain.cfg")
    store = McpSecrets(ApiKeys(plaintext))
    with pytest.raises(CredentialsError, match="No secure keyring is available"):
        store.set("server", "env", "TOKEN", "value-" + secrets.token_hex(8))
    assert not os.path.exists(plaintext.file_path)
