"""doctor checks: folders, keyring, and the endpoint check, which is the app's own connection test, against
the real local API over loopback HTTP."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from pydantic import SecretStr

from belugadesk.credentials import ApiKeys, KeyLookup
from belugadesk.doctor_checks import (
    CheckResult,
    check_data_dir_writable,
    check_endpoint,
    check_keyring,
)
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.services.connections import Connections
from belugadesk.services.demo_server import DemoServer
from belugadesk.settings import AppPaths, Profile, demo_profile
from belugadesk.viewmodels.settings.profile_form_vm import ProfileFormViewModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys
from tests.credentials.helpers import fake_key
from tests.support import run_coro

pytest_plugins = ["tests.secret_service"]

GOOD_KEY = fake_key()


@pytest.fixture(scope="module")
def keyed_api() -> Iterator[LocalApiServer]:
    """The local API that accepts only ``GOOD_KEY``."""
    with LocalApiServer(LocalApiConfig(api_key=GOOD_KEY)) as server:
        yield server


def compatible(base_url: str, **extra: object) -> Profile:
    return Profile.model_validate({"name": "Local", "kind": "compatible", "base_url": base_url, **extra})


async def check(profile: Profile, lookup: KeyLookup) -> CheckResult:
    """The doctor's endpoint check, as ``belugadesk doctor`` runs it (with its one demo server)."""
    demo = DemoServer(None)
    try:
        return await check_endpoint(profile, lookup, Connections(unused_keys(), demo))
    finally:
        await demo.aclose()


def run(profile: Profile, lookup: KeyLookup) -> CheckResult:
    return asyncio.run(check(profile, lookup))  # the doctor runs without Qt, on its own loop


def unused_keys() -> ApiKeys:
    return ApiKeys(keyring.backends.fail.Keyring(), environ={})  # the check is given its key


def without_request_id(sentence: str) -> str:
    return re.sub(r" \(request id [^)]*\)", "", sentence)


def test_endpoint_ok(keyed_api: LocalApiServer) -> None:
    result = run(compatible(keyed_api.base_url), KeyLookup(SecretStr(GOOD_KEY), "keyring"))
    assert result.ok, result
    assert result.name == "Endpoint (Local)"
    host = keyed_api.base_url.split("//")[1].split("/")[0]
    models = len(LocalApiConfig().models)
    assert result.detail == (
        f"{host} accepted the key from the keyring; {models} models available. "
        "Best backend here: Responses API."
    )
    assert dict(result.table)["Responses"] == "yes" and dict(result.table)["Assistants v2"] == "yes"
    assert GOOD_KEY not in result.detail


def test_endpoint_rejects_the_key_with_the_sentence_of_test_connection(
    qtbot: Any, loop: Any, tmp_path: Path, keyed_api: LocalApiServer
) -> None:
    wrong = fake_key()
    profile = compatible(keyed_api.base_url)
    doctor = run_coro(qtbot, check(profile, KeyLookup(SecretStr(wrong), "environment")), timeout=20_000)
    assert not doctor.ok
    assert doctor.detail.startswith("The API key was rejected (401). Check the key in Settings → Profiles.")
    assert wrong not in doctor.detail and GOOD_KEY not in doctor.detail

    connections = Connections(unused_keys(), DemoServer(None))
    form = ProfileFormViewModel(AsyncKeys(unused_keys()), connections.test, profile)
    form.set_key(wrong)
    with qtbot.waitSignal(form.testFinished, timeout=20_000) as finished:
        form.request_test()
    ok, app_sentence = finished.args
    assert ok is False
    assert without_request_id(doctor.detail) == without_request_id(app_sentence)


def test_endpoint_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    key = fake_key()
    result = run(compatible(f"http://127.0.0.1:{port}/v1"), KeyLookup(SecretStr(key), "keyring"))
    assert not result.ok
    assert result.detail.startswith("Could not reach "), result.detail
    assert key not in result.detail


def test_endpoint_without_a_key_does_not_call() -> None:
    result = run(compatible("http://127.0.0.1:9/v1", preset="openrouter"), KeyLookup(None, "none"))
    assert not result.ok and "No API key" in result.detail


def test_demo_endpoint_starts_the_demo_server() -> None:
    result = run(demo_profile(), KeyLookup(None, "none"))
    assert result.ok, result
    assert result.detail.startswith("The offline demo server accepted the demo key;")


def test_data_dirs_writable(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "home")
    result = check_data_dir_writable(paths)
    assert result.ok and str(paths.data_dir) in result.detail
    assert all(list(folder.iterdir()) == [] for folder in paths.all_dirs())  # probes cleaned up


def test_data_dirs_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("not a folder")
    result = check_data_dir_writable(AppPaths.under(blocker))
    assert not result.ok and result.detail.startswith("Cannot write to")


def test_check_keyring_without_a_secure_keyring() -> None:
    result = check_keyring(keyring.backends.fail.Keyring())
    assert result == CheckResult("Keyring", False, result.detail)
    assert "No secure keyring" in result.detail and "GNOME Keyring" in result.detail


@pytest.mark.keyring
def test_check_keyring_with_the_real_secret_service(secret_service) -> None:
    from keyring.backends.SecretService import Keyring

    result = check_keyring(Keyring())
    assert result.ok and "Secret Service" in result.detail
