"""Connection profiles: which server, which API family, and how to reach it. Never the key itself.

Every validation error is attached to the field it concerns (``ValidationError.errors()[i]["loc"][0]``),
so a form can show it next to the right input; :func:`validate_profile_fields` does that mapping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from belugadesk.domain.models import Backend, ConnectionConfig, new_id
from belugadesk.settings.presets import PRESETS_BY_ID, Preset, preset_for

ProfileKind = Literal["openai", "azure", "compatible", "demo"]

OPENAI_BASE_URL = "https://api.openai.com/v1"
DEMO_PROFILE_ID = "demo"
DEMO_PROFILE_NAME = "Offline demo"
DEMO_CHAT_PROFILE_ID = "demo-chat"
DEMO_CHAT_PROFILE_NAME = "Offline demo (Chat Completions)"
# The embedded local API accepts any key; the SDK still wants a non-empty one.
DEMO_API_KEY = SecretStr("belugadesk-demo")

# Azure OpenAI data-plane (inference) api-versions, GA and preview, plus the v1 API ("v1", "preview").
AZURE_API_VERSIONS: tuple[str, ...] = (
    "2022-12-01",
    "2023-05-15",
    "2023-06-01-preview",
    "2023-07-01-preview",
    "2023-08-01-preview",
    "2023-09-01-preview",
    "2023-10-01-preview",
    "2023-12-01-preview",
    "2024-02-01",
    "2024-02-15-preview",
    "2024-03-01-preview",
    "2024-04-01-preview",
    "2024-05-01-preview",
    "2024-06-01",
    "2024-07-01-preview",
    "2024-08-01-preview",
    "2024-09-01-preview",
    "2024-10-01-preview",
    "2024-10-21",
    "2024-12-01-preview",
    "2025-01-01-preview",
    "2025-02-01-preview",
    "2025-03-01-preview",
    "2025-04-01-preview",
    "preview",
    "v1",
)
AZURE_DEFAULT_API_VERSION = "2025-04-01-preview"
# First dated api-version that has each backend (the v1 API, "v1"/"preview", has both).
_AZURE_MIN_VERSION = {
    Backend.RESPONSES: "2025-03-01-preview",
    Backend.ASSISTANTS: "2024-05-01-preview",
    Backend.CHAT_COMPLETIONS: "2024-02-01",
}
MAX_TIMEOUT_S = 3600.0
MAX_RETRIES = 10
_PROFILE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def _error(message: str) -> PydanticCustomError:
    # The message goes through str.format with no context: keep braces out of it.
    return PydanticCustomError("belugadesk_field", message)


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def check_http_url(value: str, what: str, *, https_only: bool = False, path_allowed: bool = True) -> str:
    """Return ``value`` without a trailing slash, or raise a field error that says what is wrong."""
    if any(ch.isspace() for ch in value):
        raise _error(f"The {what} must not contain spaces.")
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError:
        raise _error(f"The {what} is not a valid URL.") from None
    schemes = ("https",) if https_only else ("http", "https")
    if parts.scheme.lower() not in schemes:
        expected = "https://" if https_only else "http:// or https://"
        raise _error(f"The {what} must start with {expected}.")
    if not host:
        raise _error(f"The {what} needs a host name, e.g. {parts.scheme}://example.com.")
    if parts.password is not None:
        raise _error(
            f"The {what} contains a password; BelugaDesk never stores secrets in its settings. "
            "Remove the password from the URL."
        )
    if parts.query or parts.fragment:
        raise _error(f"The {what} must not have a query (?…) or fragment (#…).")
    if not path_allowed and parts.path not in ("", "/"):
        raise _error(f"The {what} must not have a path; use e.g. https://my-resource.openai.azure.com.")
    return value.rstrip("/")


MIN_CONTEXT_BUDGET = 256


class Profile(BaseModel):
    """A connection profile. The key lives in the OS keyring under :attr:`id`, never here."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default_factory=new_id)
    name: str
    kind: ProfileKind = "openai"
    backend: Backend = Backend.RESPONSES
    # Which preset of the profile form it came from (``settings.presets``): its key policy. None: the kind's.
    preset: str | None = None
    # OpenAI (defaults to the public API) and OpenAI-compatible servers; None for Azure and the demo,
    # whose address the app supplies at run time.
    base_url: str | None = Field(default=None, validate_default=True)
    # Azure OpenAI
    azure_endpoint: str | None = Field(default=None, validate_default=True)
    api_version: str | None = Field(default=None, validate_default=True)
    deployments: dict[str, str] = Field(default_factory=dict)  # model name -> deployment name
    # any kind
    organization: str | None = None
    project: str | None = None
    timeout_s: float = 60.0
    max_retries: int = 2
    proxy: str | None = None
    # Chat Completions: how many tokens of history each model may be sent (model -> tokens); a model not
    # listed gets the bridge's default for it (``bridge.context_budget``)
    context_budgets: dict[str, int] = Field(default_factory=dict)

    @field_validator("context_budgets")
    @classmethod
    def _check_context_budgets(cls, value: dict[str, int]) -> dict[str, int]:
        for model, tokens in value.items():
            if tokens < MIN_CONTEXT_BUDGET:
                raise _error(
                    f"The context budget of {model} is {tokens} tokens; "
                    f"give it at least {MIN_CONTEXT_BUDGET}."
                )
        return value

    @field_validator("id", mode="before")
    @classmethod
    def _check_id(cls, value: Any) -> Any:
        if isinstance(value, str) and not _PROFILE_ID.match(value):
            raise _error("The profile id must be 1–64 letters, digits, '-', '_' or '.'.")
        return value

    @field_validator("name", mode="before")
    @classmethod
    def _check_name(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if not value:
                raise _error("Give the profile a name.")
            if len(value) > 100:
                raise _error("The profile name is too long (at most 100 characters).")
        return value

    @field_validator("preset")
    @classmethod
    def _check_preset(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        preset = PRESETS_BY_ID.get(value)
        if preset is None:
            raise _error(f"Unknown preset '{value}'.")
        if preset.kind != info.data.get("kind"):
            raise _error(f"The {preset.label} preset does not fit this kind of profile.")
        return value

    @field_validator("base_url", mode="before")
    @classmethod
    def _check_base_url(cls, value: Any, info: ValidationInfo) -> Any:
        value = _blank_to_none(value)
        kind = info.data.get("kind")
        if kind == "openai":
            return OPENAI_BASE_URL if value is None else check_http_url(str(value), "base URL")
        if kind == "compatible":
            if value is None:
                raise _error("An OpenAI-compatible server needs a base URL, e.g. http://localhost:8000/v1.")
            return check_http_url(str(value), "base URL")
        if kind == "azure" and value is not None:
            raise _error("Azure profiles use the endpoint field instead of a base URL.")
        if kind == "demo" and value is not None:
            raise _error("The demo's address is chosen by the app when it starts; leave the base URL empty.")
        return value

    @field_validator("azure_endpoint", mode="before")
    @classmethod
    def _check_azure_endpoint(cls, value: Any, info: ValidationInfo) -> Any:
        value = _blank_to_none(value)
        kind = info.data.get("kind")
        if kind == "azure":
            if value is None:
                raise _error(
                    "An Azure profile needs its endpoint, e.g. https://my-resource.openai.azure.com."
                )
            return check_http_url(str(value), "Azure endpoint", https_only=True, path_allowed=False)
        if kind is not None and value is not None:
            raise _error("Only Azure profiles have an endpoint.")
        return value

    @field_validator("api_version", mode="before")
    @classmethod
    def _check_api_version(cls, value: Any, info: ValidationInfo) -> Any:
        value = _blank_to_none(value)
        kind = info.data.get("kind")
        if kind != "azure":
            if kind is not None and value is not None:
                raise _error("Only Azure profiles have an api-version.")
            return value
        if value is None:
            return AZURE_DEFAULT_API_VERSION
        if value not in AZURE_API_VERSIONS:
            raise _error(
                f"Unknown Azure OpenAI api-version '{value}'. Use one such as "
                f"{AZURE_DEFAULT_API_VERSION}, 2024-10-21 or v1."
            )
        backend = info.data.get("backend")
        if isinstance(backend, Backend) and value[:1].isdigit():
            minimum = _AZURE_MIN_VERSION[backend]
            if value[:10] < minimum[:10]:
                raise _error(f"The {backend.label} API needs api-version {minimum} or newer on Azure.")
        return value

    @field_validator("deployments")
    @classmethod
    def _check_deployments(cls, value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        if value and info.data.get("kind") not in ("azure", None):
            raise _error("Only Azure profiles map models to deployments.")
        cleaned: dict[str, str] = {}
        for model, deployment in value.items():
            model, deployment = model.strip(), deployment.strip()
            if not model or not deployment:
                raise _error("Each deployment needs both a model name and a deployment name.")
            cleaned[model] = deployment
        return cleaned

    @field_validator("organization", "project", mode="before")
    @classmethod
    def _strip_optional(cls, value: Any) -> Any:
        value = _blank_to_none(value)
        if isinstance(value, str) and any(ch.isspace() for ch in value):
            raise _error("This id must not contain spaces.")
        return value

    @field_validator("timeout_s")
    @classmethod
    def _check_timeout(cls, value: float) -> float:
        if not value > 0:
            raise _error("The request timeout must be more than 0 seconds.")
        if value > MAX_TIMEOUT_S:
            raise _error(f"The request timeout must be at most {MAX_TIMEOUT_S:.0f} seconds.")
        return value

    @field_validator("max_retries")
    @classmethod
    def _check_retries(cls, value: int) -> int:
        if not 0 <= value <= MAX_RETRIES:
            raise _error(f"Max retries must be between 0 and {MAX_RETRIES}.")
        return value

    @field_validator("proxy", mode="before")
    @classmethod
    def _check_proxy(cls, value: Any) -> Any:
        value = _blank_to_none(value)
        if value is None:
            return None
        return check_http_url(str(value), "proxy URL")

    # --- use ----------------------------------------------------------------------------------------

    @property
    def preset_info(self) -> Preset | None:
        """The preset this profile came from (its kind's generic one if unnamed); None for the demo."""
        return preset_for(self.kind, self.preset)

    @property
    def needs_key(self) -> bool:
        """Whether this server needs an API key (not the demo, nor a preset whose key is optional)."""
        preset = self.preset_info
        return preset is not None and preset.key_required

    @property
    def takes_key(self) -> bool:
        """Whether this profile has a key at all (required or optional); the demo and Ollama have none."""
        preset = self.preset_info
        return preset is not None and preset.key != "none"

    @property
    def reads_environment_key(self) -> bool:
        """Whether ``$OPENAI_API_KEY`` may stand in for a missing key: only on an OpenAI profile (OpenAI's
        endpoint, or a proxy to it), so an OpenAI key is never sent to Azure or a third-party server."""
        return self.kind == "openai"

    def deployment_for(self, model: str) -> str:
        """The name to send as ``model``: the Azure deployment if one is mapped, else the model itself."""
        return self.deployments.get(model, model) if self.kind == "azure" else model

    def connection_config(
        self, api_key: SecretStr | None, *, base_url: str | None = None
    ) -> ConnectionConfig:
        """What the bridge needs to connect. ``base_url`` is the demo's run-time address (demo only)."""
        if self.kind == "demo":
            if base_url is None:
                raise ValueError("The demo profile needs the local API's address (base_url).")
            url: str | None = check_http_url(base_url, "demo base URL")
            key = api_key if api_key is not None and api_key.get_secret_value() else DEMO_API_KEY
        else:
            if base_url is not None:
                raise ValueError("Only the demo profile takes a run-time base_url.")
            url = self.base_url
            key = api_key if api_key is not None else SecretStr("")
        return ConnectionConfig(
            base_url=url,
            api_key=key,
            organization=self.organization,
            project=self.project,
            timeout_s=self.timeout_s,
            max_retries=self.max_retries,
            proxy=self.proxy,
            azure_endpoint=self.azure_endpoint,
            azure_api_version=self.api_version,
            azure_deployments=self.deployments,
            backend=self.backend,
            context_budgets=self.context_budgets,
        )


def demo_profile() -> Profile:
    """The built-in offline demo (its address is filled in by the app at run time)."""
    return Profile(id=DEMO_PROFILE_ID, name=DEMO_PROFILE_NAME, kind="demo")


def demo_chat_profile() -> Profile:
    """The offline demo on the Chat Completions backend, as a server that speaks only that API is used."""
    return Profile(
        id=DEMO_CHAT_PROFILE_ID, name=DEMO_CHAT_PROFILE_NAME, kind="demo", backend=Backend.CHAT_COMPLETIONS
    )


def field_errors(error: ValidationError) -> dict[str, str]:
    """Map each failing top-level field to its first human message (``"__all__"`` if no field)."""
    result: dict[str, str] = {}
    for item in error.errors(include_url=False):
        loc = item.get("loc") or ()
        field = str(loc[0]) if loc else "__all__"
        message = str(item.get("msg", "Invalid value."))
        message = message.removeprefix("Value error, ")
        result.setdefault(field, message)
    return result


def validate_profile_fields(data: Mapping[str, Any]) -> dict[str, str]:
    """Validate form input for a profile: ``{}`` when valid, else ``{field: message}``."""
    try:
        Profile.model_validate(dict(data))
    except ValidationError as exc:
        return field_errors(exc)
    return {}
