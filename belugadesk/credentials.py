"""API keys in the OS keyring, and nowhere else.

Only real OS keychains count as secure: the Secret Service (GNOME Keyring, KeePassXC…), KWallet, the
macOS Keychain and the Windows Credential Locker. keyring's ``fail``/``null`` backends, a chainer with
nothing secure in it, and every file-based backend (``keyrings.alt``: PlaintextKeyring, EncryptedKeyring,
…) mean "no secure keyring": :meth:`ApiKeys.set_key` then refuses with a sentence saying how to fix it,
and the app can offer :meth:`ApiKeys.set_session_key` (memory only) instead.

Keys travel as :class:`pydantic.SecretStr`; no error, repr or log line contains one. Every key is
registered with :mod:`belugadesk.domain.redaction` the moment it is read or given (keyring, session,
``OPENAI_API_KEY``), so it is redacted by value wherever it shows up later.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import SecretStr

from belugadesk.domain.errors import CredentialsError
from belugadesk.domain.mcp import McpSecretValues, McpServer, SecretKind
from belugadesk.domain.redaction import redact, register_secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "belugadesk"
MCP_SERVICE_NAME = "belugadesk-mcp"
ENV_VAR = "OPENAI_API_KEY"

KeySource = Literal["keyring", "environment", "session", "none"]

# Exact backend classes accepted as secure, with the name shown to people.
SECURE_BACKENDS: Mapping[str, str] = {
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
}

NO_SECURE_KEYRING_HELP = (
    "BelugaDesk stores API keys only in the system keychain. Install and unlock GNOME Keyring or "
    "KWallet (on macOS and Windows the system keychain is used automatically); on a headless Linux "
    "system, run a Secret Service such as gnome-keyring-daemon inside a D-Bus session. Until then you "
    f"can use the key for this session only, or set the {ENV_VAR} environment variable."
)

NO_SECURE_KEYRING_FOR_MCP = (
    "Secret environment values and headers of MCP servers are kept only in the system keychain: install "
    "and unlock GNOME Keyring or KWallet (on macOS and Windows the system keychain is used automatically)."
)

_SERVICE_HELP = (
    "Make sure GNOME Keyring or KWallet is running and unlocked; on a headless Linux system, start a "
    "Secret Service (for example gnome-keyring-daemon --unlock inside dbus-run-session)."
)


@dataclass(frozen=True)
class KeyLookup:
    """The key to use for a profile and where it came from (``key`` is None when ``source == "none"``)."""

    key: SecretStr | None
    source: KeySource

    @property
    def found(self) -> bool:
        return self.key is not None


@dataclass(frozen=True)
class KeyringStatus:
    """What ``belugadesk doctor`` and the settings dialog show about the keyring."""

    backend_name: str
    secure: bool
    message: str
    # None: not probed; False: secure but the probe failed (locked, D-Bus down…)
    usable: bool | None = None


def backend_class_path(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure_backend(backend: KeyringBackend) -> bool:
    """Whether ``backend`` itself (not a chain) is an OS keychain."""
    return backend_class_path(backend) in SECURE_BACKENDS


def resolve_secure_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The OS keychain to use: ``backend`` if secure, a chainer's first secure member, else None."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return next((b for b in backend.backends if is_secure_backend(b)), None)
    return backend if is_secure_backend(backend) else None


def _explain(exc: BaseException, action: str, what: str = "the API key") -> str:
    """A sentence about a keyring failure, with every secret removed from the underlying message."""
    import keyring.errors

    detail = redact(str(exc)).strip()
    detail = f" ({type(exc).__name__}: {detail[:200]})" if detail else f" ({type(exc).__name__})"
    if isinstance(exc, keyring.errors.KeyringLocked):
        return (
            f"The keyring is locked, so BelugaDesk could not {action} {what}. Unlock it (log in to "
            "your desktop session, or open Passwords and Keys / KWallet Manager) and try again."
        )
    if isinstance(exc, keyring.errors.PasswordSetError):
        return f"The keyring refused to store {what}{detail}. {_SERVICE_HELP}"
    if isinstance(exc, keyring.errors.KeyringError | OSError | ConnectionError | RuntimeError):
        return f"BelugaDesk could not {action} {what} in the keyring{detail}. {_SERVICE_HELP}"
    return f"The keyring failed to {action} {what}{detail}."


def _clean_key(key: SecretStr | str) -> SecretStr:
    value = key.get_secret_value() if isinstance(key, SecretStr) else key
    value = value.strip()
    if not value:
        raise CredentialsError("The API key is empty; paste the key from your provider's dashboard.")
    register_secret(value)
    if any(ch.isspace() for ch in value):
        raise CredentialsError("The API key contains spaces or line breaks; paste only the key itself.")
    return SecretStr(value)


def _found(key: SecretStr, source: KeySource) -> KeyLookup:
    register_secret(key.get_secret_value())
    return KeyLookup(key, source)


@dataclass(repr=False, eq=False)
class ApiKeys:
    """One keyring entry per profile id under the service ``"belugadesk"``.

    ``backend`` defaults to ``keyring.get_keyring()``, chosen on first use (keyring probes the system for
    it, 0.1–0.2 s, so the app does it after the window is shown); pass one to pin it (tests, ``doctor``).
    ``environ`` defaults to ``os.environ`` (read at each lookup).
    """

    backend: KeyringBackend | None = None
    environ: Mapping[str, str] | None = None
    service: str = SERVICE_NAME
    env_var: str = ENV_VAR
    _session: dict[str, SecretStr] = field(default_factory=dict, init=False)
    _resolved: bool = field(default=False, init=False)
    _secure_backend: KeyringBackend | None = field(default=None, init=False)
    _resolve_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def resolve(self) -> KeyringBackend:
        """The keyring backend, chosen once (on whichever thread asks first) and kept."""
        with self._resolve_lock:
            if self.backend is None:
                import keyring  # ~25 ms and ~8 MB: imported with the backend's choice, after the first paint

                self.backend = keyring.get_keyring()
            if not self._resolved:
                self._secure_backend = resolve_secure_backend(self.backend)
                self._resolved = True
            return self.backend

    @property
    def _secure(self) -> KeyringBackend | None:
        """The OS keychain in use, or None when there is no secure one."""
        self.resolve()
        return self._secure_backend

    def __repr__(self) -> str:
        return (
            f"ApiKeys(backend={self.backend_name()!r}, secure={self.is_secure()}, "
            f"session_keys={len(self._session)})"
        )

    # --- the backend --------------------------------------------------------------------------------

    def backend_name(self) -> str:
        """A person-readable name: "Secret Service", "KWallet"…, or the class of an insecure backend."""
        secure = self._secure
        if secure is not None:
            return SECURE_BACKENDS[backend_class_path(secure)]
        from keyring.backends.chainer import ChainerBackend

        backend = self.resolve()
        name = backend_class_path(backend)
        if isinstance(backend, ChainerBackend):
            members = ", ".join(backend_class_path(b) for b in backend.backends)
            return f"{name} ({members or 'no keyrings found'})"
        return name

    def is_secure(self) -> bool:
        return self._secure is not None

    def keychain(self) -> KeyringBackend | None:
        """The OS keychain in use (shared with ``McpSecrets``), or None when there is no secure one."""
        return self._secure

    def describe(self, *, probe: bool = False) -> KeyringStatus:
        """The keyring's status; ``probe`` also tries a harmless read to see that it really works."""
        name = self.backend_name()
        if self._secure is None:
            return KeyringStatus(
                name, False, f"No secure keyring is available (found {name}). " + NO_SECURE_KEYRING_HELP
            )
        if not probe:
            return KeyringStatus(name, True, f"API keys are stored in {name}.")
        try:
            self._secure.get_password(self.service, "belugadesk-probe")
        except Exception as exc:
            return KeyringStatus(name, True, _explain(exc, "read"), usable=False)
        return KeyringStatus(name, True, f"API keys are stored in {name}, which is unlocked.", usable=True)

    # --- keys ---------------------------------------------------------------------------------------

    def get_key(self, profile_id: str, *, environment: bool = False) -> KeyLookup:
        """The keyring entry first, then a session-only key, then ``$OPENAI_API_KEY`` when ``environment``
        is set (only for OpenAI profiles: ``Profile.reads_environment_key``).

        A keyring failure (locked, D-Bus down) raises CredentialsError, unless a session key was set
        for this profile: then that key is used.
        """
        if self._secure is not None:
            try:
                stored = self._secure.get_password(self.service, profile_id)
            except Exception as exc:
                message = _explain(exc, "read")
                log.warning("%s", message)
                if profile_id in self._session:  # the user chose a session key, e.g. after this error
                    return _found(self._session[profile_id], "session")
                raise CredentialsError(message) from None
            if stored:
                return _found(SecretStr(stored), "keyring")
        if profile_id in self._session:
            return _found(self._session[profile_id], "session")
        if not environment:
            return KeyLookup(None, "none")
        env = os.environ if self.environ is None else self.environ
        from_env = env.get(self.env_var, "").strip()
        if from_env:
            return _found(SecretStr(from_env), "environment")
        return KeyLookup(None, "none")

    def set_key(self, profile_id: str, key: SecretStr | str) -> None:
        """Store ``key`` in the OS keychain (replacing any previous one), or raise CredentialsError."""
        secret = _clean_key(key)
        if self._secure is None:
            raise CredentialsError(
                f"No secure keyring is available (found {self.backend_name()}), so the API key was not "
                "saved. " + NO_SECURE_KEYRING_HELP
            )
        value = secret.get_secret_value()
        try:
            self._secure.set_password(self.service, profile_id, value)
            stored = self._secure.get_password(self.service, profile_id)
        except Exception as exc:
            message = _explain(exc, "save")
            log.warning("%s", message)
            raise CredentialsError(message) from None
        if stored != value:
            raise CredentialsError(
                f"{self.backend_name()} accepted the API key but did not return it when read back; "
                "the key is not saved. " + _SERVICE_HELP
            )
        self._session.pop(profile_id, None)

    def delete_key(self, profile_id: str) -> None:
        """Forget the profile's key (keyring entry and session key). A missing entry is fine."""
        self._session.pop(profile_id, None)
        if self._secure is None:
            return
        try:
            if self._secure.get_password(self.service, profile_id) is None:
                return
            self._secure.delete_password(self.service, profile_id)
        except Exception as exc:
            message = _explain(exc, "delete")
            log.warning("%s", message)
            raise CredentialsError(message) from None

    def set_session_key(self, profile_id: str, key: SecretStr | str) -> None:
        """Keep ``key`` in memory for this run only ("use the key for this session only")."""
        self._session[profile_id] = _clean_key(key)

    def clear_session_key(self, profile_id: str) -> None:
        self._session.pop(profile_id, None)


_SECRET = "an MCP server's secret"


@dataclass(repr=False, eq=False)
class McpSecrets:
    """MCP servers' secret environment values and headers, in the same OS keychain as the API keys.

    One entry per secret under the service ``"belugadesk-mcp"``, named ``<server id>/<env|header>/<name>``.
    Like API keys, each value is registered for redaction the moment it is read or given, and nothing is
    stored when there is no secure keyring.
    """

    keys: ApiKeys
    service: str = MCP_SERVICE_NAME

    def __repr__(self) -> str:
        return f"McpSecrets(backend={self.keys.backend_name()!r})"

    @staticmethod
    def entry(server_id: str, kind: SecretKind, name: str) -> str:
        return f"{server_id}/{kind}/{name}"

    def _keychain(self, action: str) -> KeyringBackend:
        secure = self.keys.keychain()
        if secure is None:
            raise CredentialsError(
                f"No secure keyring is available (found {self.keys.backend_name()}), so BelugaDesk could not "
                f"{action} the MCP server's secrets. {NO_SECURE_KEYRING_FOR_MCP}"
            )
        return secure

    def set(self, server_id: str, kind: SecretKind, name: str, value: SecretStr | str) -> None:
        """Store one secret (replacing any previous value), or raise CredentialsError."""
        plain = value.get_secret_value() if isinstance(value, SecretStr) else value
        register_secret(plain)
        keychain = self._keychain("save")
        try:
            keychain.set_password(self.service, self.entry(server_id, kind, name), plain)
        except Exception as exc:
            raise CredentialsError(_explain(exc, "save", _SECRET)) from None

    def get(self, server_id: str, kind: SecretKind, name: str) -> SecretStr | None:
        keychain = self._keychain("read")
        try:
            stored = keychain.get_password(self.service, self.entry(server_id, kind, name))
        except Exception as exc:
            raise CredentialsError(_explain(exc, "read", _SECRET)) from None
        if stored is None:
            return None
        register_secret(stored)
        return SecretStr(stored)

    def delete(self, server_id: str, kind: SecretKind, name: str) -> None:
        """Forget one secret; a missing entry is fine."""
        keychain = self._keychain("delete")
        entry = self.entry(server_id, kind, name)
        try:
            if keychain.get_password(self.service, entry) is not None:
                keychain.delete_password(self.service, entry)
        except Exception as exc:
            raise CredentialsError(_explain(exc, "delete", _SECRET)) from None

    def values(self, server: McpServer) -> McpSecretValues:
        """Every secret ``server`` lists, as a server start needs them; a missing one is a sentence."""
        env: dict[str, str] = {}
        headers: dict[str, str] = {}
        for kind, name in server.secret_names():
            value = self.get(server.id, kind, name)
            if value is None:
                what = "environment variable" if kind == "env" else "header"
                raise CredentialsError(
                    f"The secret {what} {name} of the MCP server “{server.name}” is not in the keyring; "
                    "enter it again in Settings → Tools."
                )
            (env if kind == "env" else headers)[name] = value.get_secret_value()
        return McpSecretValues(env=env, headers=headers)


def describe_keyring(backend: KeyringBackend | None = None, *, probe: bool = False) -> KeyringStatus:
    """The status of ``backend`` (default: keyring's choice) for ``belugadesk doctor`` and the UI."""
    return ApiKeys(backend).describe(probe=probe)
