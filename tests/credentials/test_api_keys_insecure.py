"""ApiKeys without a secure keyring: refusal, session keys, the environment, and no key leaks."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring
from pydantic import SecretStr

from belugadesk.credentials import (
    ENV_VAR,
    SECURE_BACKENDS,
    ApiKeys,
    KeyLookup,
    describe_keyring,
    is_secure_backend,
)
from belugadesk.domain.errors import CredentialsError
from belugadesk.settings import Profile
from tests.credentials.helpers import fake_key


@pytest.fixture
def plaintext(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # never the user's real file
    return backend


@pytest.fixture
def encrypted(tmp_path: Path) -> EncryptedKeyring:
    # Its __init__ needs pycryptodome; classification only looks at the class, so skip __init__.
    backend = EncryptedKeyring.__new__(EncryptedKeyring)
    backend.file_path = str(tmp_path / "crypted_pass.cfg")
    return backend


def test_every_allowlisted_backend_class_exists() -> None:
    import importlib

    for path in SECURE_BACKENDS:
        module_name, _, class_name = path.rpartition(".")
        module = importlib.import_module(module_name)
        assert isinstance(getattr(module, class_name), type), path


@pytest.mark.parametrize("kind", ["plaintext", "encrypted", "fail", "null", "empty-chainer"])
def test_insecure_backends_are_refused(kind: str, request: pytest.FixtureRequest, monkeypatch) -> None:
    if kind in ("plaintext", "encrypted"):
        backend = request.getfixturevalue(kind)
    elif kind == "fail":
        backend = keyring.backends.fail.Keyring()
    elif kind == "null":
        backend = keyring.backends.null.Keyring()
    else:
        monkeypatch.setattr(keyring.backend, "_limit", lambda ring: False)
        backend = ChainerBackend()
        assert backend.backends == []

    store = ApiKeys(backend, environ={})
    assert not store.is_secure()
    status = store.describe()
    assert status.secure is False
    assert "No secure keyring" in status.message
    assert store.backend_name() == status.backend_name
    assert type(backend).__name__ in store.backend_name()

    key = fake_key()
    with pytest.raises(CredentialsError) as caught:
        store.set_key("p1", key)
    message = str(caught.value)
    assert "No secure keyring is available" in message
    assert "GNOME Keyring or KWallet" in message
    assert "Secret Service" in message
    assert key not in message
    # nothing was written anywhere, and nothing is found
    assert store.get_key("p1") == KeyLookup(None, "none")
    if kind in ("plaintext", "encrypted"):
        assert not Path(backend.file_path).exists()


def test_a_chain_of_only_file_backends_is_not_secure(plaintext: PlaintextKeyring, monkeypatch) -> None:
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [plaintext])
    chain = ChainerBackend()
    assert chain.backends == [plaintext]
    store = ApiKeys(chain, environ={})
    assert not store.is_secure()
    assert "PlaintextKeyring" in store.backend_name()
    with pytest.raises(CredentialsError):
        store.set_key("p1", fake_key())
    assert not Path(plaintext.file_path).exists()


def test_plaintext_backend_is_not_read_either(plaintext: PlaintextKeyring) -> None:
    """A key someone put in a plaintext file is not used: keys come only from the OS keychain."""
    planted = fake_key()
    plaintext.set_password("belugadesk", "p1", planted)
    store = ApiKeys(plaintext, environ={})
    assert store.get_key("p1").source == "none"


def test_session_key_when_no_secure_keyring(plaintext: PlaintextKeyring) -> None:
    key = fake_key()
    store = ApiKeys(plaintext, environ={})
    store.set_session_key("p1", SecretStr(key))
    found = store.get_key("p1")
    assert found.source == "session"
    assert found.key is not None and found.key.get_secret_value() == key
    assert store.get_key("other").source == "none"
    assert not Path(plaintext.file_path).exists()
    store.clear_session_key("p1")
    assert store.get_key("p1").source == "none"
    store.set_session_key("p1", key)
    store.delete_key("p1")
    assert store.get_key("p1").source == "none"


def test_session_key_beats_environment() -> None:
    env_key, session_key = fake_key(), fake_key()
    store = ApiKeys(keyring.backends.fail.Keyring(), environ={ENV_VAR: env_key})
    assert store.get_key("p1", environment=True).source == "environment"
    store.set_session_key("p1", session_key)
    found = store.get_key("p1", environment=True)
    assert found.source == "session"
    assert found.key is not None and found.key.get_secret_value() == session_key


def test_environment_fallback_is_labelled(monkeypatch) -> None:
    key = fake_key()
    monkeypatch.setenv(ENV_VAR, f"  {key}\n")
    store = ApiKeys(keyring.backends.fail.Keyring())  # reads os.environ at lookup time
    found = store.get_key("any-profile", environment=True)
    assert found == KeyLookup(SecretStr(key), "environment")
    assert found.key is not None and found.key.get_secret_value() == key
    monkeypatch.setenv(ENV_VAR, "   ")
    assert store.get_key("any-profile", environment=True).source == "none"


@pytest.mark.parametrize(
    ("profile", "uses_environment"),
    [
        (Profile(name="OpenAI", kind="openai"), True),
        (Profile(name="Proxy to OpenAI", kind="openai", base_url="http://127.0.0.1:9/v1"), True),
        (
            Profile(
                name="OpenRouter",
                kind="compatible",
                preset="openrouter",
                base_url="https://openrouter.ai/api/v1",
            ),
            False,
        ),
        (
            Profile(name="Groq", kind="compatible", preset="groq", base_url="https://api.groq.com/openai/v1"),
            False,
        ),
        (Profile(name="Other", kind="compatible", base_url="http://h:1/v1"), False),
        (
            Profile(
                name="Azure",
                kind="azure",
                azure_endpoint="https://x.openai.azure.com",
                api_version="2025-03-01-preview",
            ),
            False,
        ),
    ],
    ids=lambda value: value.name if isinstance(value, Profile) else str(value),
)
def test_the_openai_key_of_the_environment_goes_only_to_openai_profiles(
    profile: Profile, uses_environment: bool
) -> None:
    key = fake_key()
    store = ApiKeys(keyring.backends.fail.Keyring(), environ={ENV_VAR: key})
    assert profile.reads_environment_key is uses_environment
    found = store.get_key(profile.id, environment=profile.reads_environment_key)
    assert found.source == ("environment" if uses_environment else "none")
    assert (found.key is not None) is uses_environment


@pytest.mark.parametrize("bad", ["", "   ", "sk-abc def", "sk-abc\nsk-def"])
def test_malformed_keys_are_refused_without_echo(bad: str) -> None:
    store = ApiKeys(keyring.backends.fail.Keyring(), environ={})
    with pytest.raises(CredentialsError) as caught:
        store.set_session_key("p1", bad)
    assert "API key" in str(caught.value)
    if bad.strip():
        assert bad.strip() not in str(caught.value)


def test_keys_never_appear_in_repr_or_logs(caplog: pytest.LogCaptureFixture, plaintext) -> None:
    caplog.set_level(logging.DEBUG)
    key = fake_key()
    store = ApiKeys(plaintext, environ={ENV_VAR: key})
    store.set_session_key("p1", key)
    found = store.get_key("p1")
    with pytest.raises(CredentialsError) as caught:
        store.set_key("p2", key)
    texts = [repr(store), str(store), repr(found), str(found), repr(found.key), str(caught.value)]
    texts.append(repr(caught.value))
    texts.append(repr(store.get_key("nobody")))
    texts.extend(record.getMessage() for record in caplog.records)
    for text in texts:
        assert key not in text, text
    assert "session_keys=1" in repr(store)


def test_describe_keyring_of_the_default_backend_does_not_raise() -> None:
    status = describe_keyring()
    assert status.backend_name
    assert status.message
    assert status.secure == is_secure_backend(keyring.get_keyring()) or isinstance(
        keyring.get_keyring(), ChainerBackend
    )


def test_unreachable_secret_service_gives_a_sentence(monkeypatch, tmp_path: Path) -> None:
    """The real SecretService backend with no D-Bus behind it: a CredentialsError, not a traceback."""
    pytest.importorskip("secretstorage")
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-such-bus'}")
    key = fake_key()
    store = ApiKeys(SecretServiceKeyring(), environ={ENV_VAR: key})
    assert store.is_secure()
    assert store.backend_name() == "Secret Service"
    for action in (
        lambda: store.get_key("p1"),
        lambda: store.set_key("p1", key),
        lambda: store.delete_key("p1"),
    ):
        with pytest.raises(CredentialsError) as caught:
            action()
        message = str(caught.value)
        assert "keyring" in message
        assert "gnome-keyring" in message.lower() or "GNOME Keyring" in message
        assert key not in message
        assert caught.value.__cause__ is None
    status = store.describe(probe=True)
    assert status.secure and status.usable is False
    assert "could not read" in status.message
    # "use the key for this session only" still works while the keyring is unreachable
    store.set_session_key("p1", key)
    assert store.get_key("p1") == KeyLookup(SecretStr(key), "session")
