"""ApiKeys against a real Secret Service (gnome-keyring on a private D-Bus session bus)."""

from __future__ import annotations

import logging
import secrets
import shutil
from pathlib import Path

import keyring.backend
import pytest
from keyring.backends.chainer import ChainerBackend
from pydantic import SecretStr

from belugadesk.credentials import ENV_VAR, SERVICE_NAME, ApiKeys, describe_keyring
from belugadesk.domain.errors import CredentialsError
from tests.credentials.helpers import fake_key

pytest_plugins = ["tests.secret_service"]
pytestmark = pytest.mark.keyring


@pytest.fixture
def backend(secret_service):
    from keyring.backends.SecretService import Keyring

    return Keyring()


@pytest.fixture
def profile_id() -> str:
    return "profile-" + secrets.token_hex(6)


def lookup_with_secret_tool(secret_service, profile_id: str) -> str | None:
    if shutil.which("secret-tool") is None:
        pytest.fail("secret-tool is missing: apt-get install -y libsecret-tools")
    result = secret_service.run("secret-tool", "lookup", "service", SERVICE_NAME, "username", profile_id)
    return result.stdout if result.returncode == 0 and result.stdout else None


def items_in_login_collection(profile_id: str) -> int:
    import secretstorage

    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.Collection(conn, "/org/freedesktop/secrets/collection/login")
        assert collection.get_label() == "Login"
        return len(list(collection.search_items({"service": SERVICE_NAME, "username": profile_id})))
    finally:
        conn.close()


def test_round_trip_through_the_real_secret_service(secret_service, backend, profile_id) -> None:
    store = ApiKeys(backend, environ={})
    assert store.is_secure()
    assert store.backend_name() == "Secret Service"
    assert store.get_key(profile_id).source == "none"

    first, second = fake_key(), fake_key()
    store.set_key(profile_id, SecretStr(first))
    found = store.get_key(profile_id)
    assert found.source == "keyring"
    assert found.key is not None and found.key.get_secret_value() == first

    # it really is in the Secret Service: another client and a fresh backend see it
    assert lookup_with_secret_tool(secret_service, profile_id) == first
    from keyring.backends.SecretService import Keyring

    assert Keyring().get_password(SERVICE_NAME, profile_id) == first

    store.set_key(profile_id, second)  # replace, not add
    assert ApiKeys(Keyring(), environ={}).get_key(profile_id).key == SecretStr(second)
    assert lookup_with_secret_tool(secret_service, profile_id) == second
    search = secret_service.run(
        "secret-tool", "search", "--all", "service", SERVICE_NAME, "username", profile_id
    )
    assert len([line for line in search.stdout.splitlines() if line.startswith("[/")]) == 1
    assert items_in_login_collection(profile_id) == 1

    store.delete_key(profile_id)
    assert store.get_key(profile_id).source == "none"
    assert lookup_with_secret_tool(secret_service, profile_id) is None
    assert items_in_login_collection(profile_id) == 0
    store.delete_key(profile_id)  # deleting a missing entry is fine


def test_profiles_have_separate_entries(secret_service, backend) -> None:
    store = ApiKeys(backend, environ={})
    a, b = "profile-a-" + secrets.token_hex(4), "profile-b-" + secrets.token_hex(4)
    key_a, key_b = fake_key(), fake_key()
    store.set_key(a, key_a)
    store.set_key(b, key_b)
    try:
        assert lookup_with_secret_tool(secret_service, a) == key_a
        assert lookup_with_secret_tool(secret_service, b) == key_b
        store.delete_key(a)
        assert store.get_key(b).key == SecretStr(key_b)
    finally:
        store.delete_key(a)
        store.delete_key(b)


def test_lookup_order_keyring_then_session_then_environment(backend, profile_id) -> None:
    env_key, session_key, stored_key = fake_key(), fake_key(), fake_key()
    store = ApiKeys(backend, environ={ENV_VAR: env_key})
    assert store.get_key(profile_id, environment=True).source == "environment"
    store.set_session_key(profile_id, session_key)
    assert store.get_key(profile_id, environment=True).source == "session"
    store.set_key(profile_id, stored_key)
    found = store.get_key(profile_id, environment=True)
    assert found.source == "keyring"
    assert found.key is not None and found.key.get_secret_value() == stored_key
    store.delete_key(profile_id)  # also forgets the session key
    assert store.get_key(profile_id, environment=True).source == "environment"


def test_a_chain_uses_its_secure_member(
    secret_service, backend, profile_id, tmp_path: Path, monkeypatch
) -> None:
    from keyrings.alt.file import PlaintextKeyring

    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [plaintext, backend])
    chain = ChainerBackend()
    assert {type(b).__name__ for b in chain.backends} == {"PlaintextKeyring", "Keyring"}
    store = ApiKeys(chain, environ={})
    assert store.is_secure()
    assert store.backend_name() == "Secret Service"
    key = fake_key()
    store.set_key(profile_id, key)
    try:
        assert lookup_with_secret_tool(secret_service, profile_id) == key
        assert not Path(plaintext.file_path).exists()
    finally:
        store.delete_key(profile_id)


def test_errors_and_logs_never_contain_the_key(backend, profile_id, monkeypatch, caplog) -> None:
    """Even when the backend's own error message quotes the secret, ours does not."""
    import keyring.errors

    caplog.set_level(logging.DEBUG)
    key = fake_key()

    def leaky_set_password(service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password!r} for {username}")

    monkeypatch.setattr(backend, "set_password", leaky_set_password)
    store = ApiKeys(backend, environ={})
    with pytest.raises(CredentialsError) as caught:
        store.set_key(profile_id, key)
    message = str(caught.value)
    assert "refused to store the API key" in message
    assert "[REDACTED]" in message
    assert key not in message and key not in repr(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert all(key not in record.getMessage() for record in caplog.records)
    assert any("refused to store" in record.getMessage() for record in caplog.records)


def test_describe_keyring_probes_the_real_service(backend) -> None:
    status = describe_keyring(backend, probe=True)
    assert status.secure and status.usable is True
    assert status.backend_name == "Secret Service"
    assert "unlocked" in status.message
    assert describe_keyring(backend).usable is None


def test_a_locked_collection_is_reported(secret_service, backend, profile_id) -> None:
    """Lock the login collection for real; unlocking needs a prompt nobody can answer here."""
    import secretstorage

    store = ApiKeys(backend, environ={})
    key = fake_key()
    store.set_key(profile_id, key)
    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        collection.lock()
        assert collection.is_locked()
        with pytest.raises(CredentialsError) as caught:
            store.get_key(profile_id)
        assert "locked" in str(caught.value)
        assert key not in str(caught.value)
    finally:
        conn.close()
        secret_service.unlock_login()
    assert store.get_key(profile_id).key == SecretStr(key)
    store.delete_key(profile_id)
