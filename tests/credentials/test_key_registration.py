"""Every key the ApiKeys hands out or is given is registered for redaction by value at that moment."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from keyring.backends.fail import Keyring as NoKeyring

from belugadesk.credentials import ApiKeys
from belugadesk.domain.redaction import REDACTED, redact, unregister_secret


@pytest.fixture
def key() -> Iterator[str]:
    value = secrets.token_hex(16)  # no sk- shape: only registration can redact it
    yield value
    unregister_secret(value)


def test_a_key_from_the_environment_is_registered_when_read(key: str) -> None:
    store = ApiKeys(NoKeyring(), environ={"OPENAI_API_KEY": key})
    assert redact(key) == key
    assert store.get_key("p", environment=True).source == "environment"
    assert redact(f"echo {key}") == f"echo {REDACTED}"


def test_a_session_key_is_registered_when_given(key: str) -> None:
    store = ApiKeys(NoKeyring(), environ={})
    store.set_session_key("p", key)
    assert redact(key) == REDACTED


def test_the_serve_local_api_key_is_registered_before_the_server_starts(key: str) -> None:
    from belugadesk.cli import main
    from tests.support import logging_restored

    with logging_restored():  # the command installs record redaction process-wide
        # refused at once (a non-loopback address without --allow-remote): the key was registered already
        assert main(["serve-local-api", "--api-key", key, "--host", "192.0.2.1"]) != 0
    assert redact(key) == REDACTED
