"""Shared pieces for the settings/onboarding UI tests: a key-checking local API, key stores, a switch log."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from keyrings.alt.file import PlaintextKeyring

from belugadesk.credentials import ApiKeys, McpSecrets
from belugadesk.services.mcp_tools import McpTools
from belugadesk.settings import AppPaths, Profile, SettingsFile
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from belugadesk.viewmodels.settings.state import SettingsState


def right_key() -> str:
    return "sk-right-" + secrets.token_hex(12)


def plaintext_store(tmp_path: Path) -> ApiKeys:
    """A ApiKeys whose only backend is keyrings.alt's plaintext file: "no secure keyring"."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # never the user's real file
    return ApiKeys(backend, environ={})


def secret_service_store() -> ApiKeys:
    from keyring.backends.SecretService import Keyring

    return ApiKeys(Keyring(), environ={})


def mcp_access(keys: ApiKeys) -> McpTools:
    """The app's MCP servers service over ``keys``' keyring, with the servers in the settings file."""
    paths = AppPaths.default().ensure()
    return McpTools(McpSecrets(keys), SettingsFile(paths).load().mcp_servers)


def settings_state() -> SettingsState:
    paths = AppPaths.default().ensure()
    store = SettingsFile(paths)
    return SettingsState(store, store.load())


class SwitchLog:
    """Records profile switches (the app's ProfileSwitcher is exercised in tests/app)."""

    def __init__(self) -> None:
        self.profiles: list[Profile] = []

    async def __call__(self, profile: Profile) -> None:
        self.profiles.append(profile)


def connection_tester() -> Any:
    """The app's real connection test (a backend for the draft profile lists the models)."""
    import keyring.backends.fail

    from belugadesk.services.connections import Connections
    from belugadesk.services.demo_server import DemoServer

    unused_keys = ApiKeys(keyring.backends.fail.Keyring(), environ={})  # the test is given its key
    return Connections(unused_keys, DemoServer(None)).test


def async_keys(store: ApiKeys) -> AsyncKeys:
    return AsyncKeys(store)
