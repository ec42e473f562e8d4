"""Every key the KeyStore hands out or is given is registered for redaction by value at that moment."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from keyring.backends.fail import Keyring as NoKeyring

from belugadesk.credentials import KeyStore
from belugadesk.domain.redaction import REDACTED, redact, unregister_secret


@pytest.fixture
def key() -> Iterator[str]:
    value = secrets.token_hex(16)  # no sk- shape: only registration can redact it
    yield value
    unregister_secret(value)


def test_a_key_from_the_environment_is_registered_when_read(key: str) -> None:
    store = KeyStore(NoKeyring(), environ={"OPENAI_API_KEY": key})
    assert redact(key) == key
    assert store.get_key("p").source == "environment"
    assert redact(f"echo {key}") == f"echo {REDACTED}"


def test_a_session_key_is_registered_when_given(key: str) -> None:
    store = KeyStore(NoKeyring(), environ={})
    store.set_session_key("p", key)
    assert redact(key) == REDACTED
