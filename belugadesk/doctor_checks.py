"""Checks behind ``belugadesk doctor`` and the connection test in Settings: pure functions, no Qt.

Each returns a :class:`CheckResult` with a one-line detail. No detail ever contains an API key.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from urllib.parse import urlsplit

from keyring.backend import KeyringBackend

from belugadesk.credentials import ENV_VAR, KeyLookup, describe_keyring
from belugadesk.domain.redaction import redact, register_secret
from belugadesk.settings import DEMO_API_KEY, AppPaths, Profile
from belugadesk.settings.profiles import check_http_url

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


def models_request(
    profile: Profile, api_key: str, *, base_url: str | None = None
) -> tuple[str, dict[str, str]]:
    """The URL and headers that list the models of ``profile``'s server (what :func:`check_endpoint` GETs)."""
    headers = {"Accept": "application/json"}
    if profile.organization:
        headers["OpenAI-Organization"] = profile.organization
    if profile.project:
        headers["OpenAI-Project"] = profile.project
    if profile.kind == "azure":
        endpoint = profile.azure_endpoint or ""
        version = profile.api_version or ""
        if version == "v1":
            url = f"{endpoint}/openai/v1/models"
        elif version == "preview":
            url = f"{endpoint}/openai/v1/models?api-version=preview"
        else:
            url = f"{endpoint}/openai/models?api-version={version}"
        headers["api-key"] = api_key
        return url, headers
    if profile.kind == "demo":
        if base_url is None:
            raise ValueError("The demo profile needs the local API's address (base_url).")
        root = check_http_url(base_url, "demo base URL")
    else:
        root = profile.base_url or ""
    headers["Authorization"] = f"Bearer {api_key}"
    return f"{root}/models", headers


def _status_detail(code: int, host: str, url: str, source: str) -> str:
    if code == 401:
        return f"{host} rejected {source} (HTTP 401): check the API key saved for this profile."
    if code == 403:
        return f"{host} refused access with {source} (HTTP 403): the key lacks permission for this project."
    if code == 404:
        return f"{url} was not found (HTTP 404): check the server address (it usually ends in /v1)."
    if code == 429:
        return f"{host} is rate limiting or the quota is used up (HTTP 429)."
    if code >= 500:
        return f"{host} had an internal error (HTTP {code}); try again later."
    return f"{host} answered with an unexpected HTTP {code}."


async def check_endpoint(
    profile: Profile, key_lookup: KeyLookup, timeout: float = 10.0, *, base_url: str | None = None
) -> CheckResult:
    """GET the server's model list with the profile's key and sum the outcome up in one line.

    ``base_url`` is the run-time address of the demo's local API (demo profiles only).
    """
    import httpx2  # lazily: only the doctor and the connection test need it

    name = f"Endpoint ({profile.name})"
    if key_lookup.key is not None:
        key = key_lookup.key.get_secret_value()
        register_secret(key)
    elif profile.needs_key:
        return CheckResult(
            name,
            False,
            f"No API key for this profile: add one in Settings, or set {ENV_VAR}.",
        )
    else:
        key = DEMO_API_KEY.get_secret_value()
    source = _SOURCE_WORDS[key_lookup.source] if key_lookup.key is not None else "the demo key"

    def result(ok: bool, detail: str) -> CheckResult:
        return CheckResult(name, ok, redact(detail))

    try:
        url, headers = models_request(profile, key, base_url=base_url)
    except ValueError as exc:
        return result(False, str(exc))
    host = urlsplit(url).netloc
    try:
        async with httpx2.AsyncClient(timeout=timeout, proxy=profile.proxy, follow_redirects=False) as client:
            response = await client.get(url, headers=headers)
    except httpx2.TimeoutException:
        return result(False, f"No answer from {host} within {timeout:g} s.")
    except httpx2.ProxyError as exc:
        return result(False, f"The proxy {profile.proxy} failed: {exc or type(exc).__name__}.")
    except httpx2.ConnectError as exc:
        return result(False, f"Could not connect to {host}: {exc or type(exc).__name__}.")
    except httpx2.HTTPError as exc:
        return result(False, f"The request to {host} failed: {exc or type(exc).__name__}.")
    if response.status_code == 200:
        try:
            count = len(response.json().get("data", []))
        except (ValueError, AttributeError):
            return result(False, f"{host} answered, but not with a model list: is this an OpenAI-style API?")
        return result(True, f"{host} accepted {source}; {count} models available.")
    return result(False, _status_detail(response.status_code, host, url, source))
