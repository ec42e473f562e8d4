"""Checks behind ``belugadesk doctor``: no Qt; the endpoint check is the app's own connection test.

Each returns a :class:`CheckResult` with a one-line detail. No detail ever contains an API key.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from keyring.backend import KeyringBackend

from belugadesk.credentials import ENV_VAR, KeyLookup, describe_keyring
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.redaction import redact, register_secret
from belugadesk.settings import AppPaths, Profile

if TYPE_CHECKING:
    from belugadesk.services.connections import Connections

_SOURCE_WORDS = {
    "keyring": "the key from the keyring",
    "session": "the key entered for this session",
    "environment": f"the key from {ENV_VAR}",
    "none": "no key",
}


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    table: tuple[tuple[str, str], ...] = ()  # rows printed under the line (the APIs an endpoint speaks)


def check_data_dir_writable(paths: AppPaths) -> CheckResult:
    """Create the app's folders if needed and write (then remove) a small file in each."""
    name = "Data folders"
    for folder in paths.all_dirs():
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", suffix=".tmp") as probe:
                probe.write(b"belugadesk doctor")
                probe.flush()
                os.fsync(probe.fileno())
        except OSError as exc:
            return CheckResult(name, False, f"Cannot write to {folder}: {exc.strerror or exc}.")
    database = paths.database_path
    if database.exists() and not os.access(database, os.R_OK | os.W_OK):
        return CheckResult(name, False, f"The database {database} is not readable and writable.")
    return CheckResult(name, True, f"Writable: data in {paths.data_dir}, settings in {paths.config_dir}.")


def check_keyring(backend: KeyringBackend | None = None) -> CheckResult:
    """Is there a secure OS keyring, and does a harmless read work (not locked, D-Bus up)?"""
    status = describe_keyring(backend, probe=True)
    return CheckResult("Keyring", status.secure and status.usable is not False, status.message)


def _host(profile: Profile) -> str:
    if profile.kind == "demo":
        return "The offline demo server"
    return urlsplit(profile.azure_endpoint or profile.base_url or "https://api.openai.com/v1").netloc


async def check_endpoint(profile: Profile, key_lookup: KeyLookup, connections: Connections) -> CheckResult:
    """The app's own "Test connection" with the profile's key: which APIs the server speaks (the table
    under the line) and whether the profile's backend is among them.

    A failure says what the app's Test connection says (the same sentence).
    """
    name = f"Endpoint ({profile.name})"
    if key_lookup.key is None and profile.needs_key:
        detail = f"No API key for this profile: add one in Settings, or set {ENV_VAR}."
        return CheckResult(name, False, detail)
    if key_lookup.key is not None:
        register_secret(key_lookup.key.get_secret_value())
    try:
        report = await connections.test(profile, key_lookup.key)
    except BelugaError as exc:
        return CheckResult(name, False, redact(str(exc)))
    if profile.kind == "demo":
        source = "the demo key"
    else:
        source = _SOURCE_WORDS[key_lookup.source] if key_lookup.key is not None else "no key"
    detail = (
        f"{_host(profile)} accepted {source}; {len(report.models)} models available. "
        f"{report.summary(profile.backend)}"
    )
    return CheckResult(name, report.speaks(profile.backend), detail, tuple(report.rows()))
