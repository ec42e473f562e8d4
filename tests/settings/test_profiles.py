"""Profile validation (every error names its field) and connection configs."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import SecretStr, ValidationError

from belugadesk.domain.models import Backend
from belugadesk.settings import (
    AZURE_API_VERSIONS,
    DEMO_PROFILE_ID,
    OPENAI_BASE_URL,
    Profile,
    demo_profile,
    validate_profile_fields,
)

AZURE = {"name": "Work", "kind": "azure", "azure_endpoint": "https://contoso.openai.azure.com"}


def test_openai_defaults() -> None:
    profile = Profile(name="  Personal  ")
    assert profile.name == "Personal"
    assert profile.kind == "openai"
    assert profile.base_url == OPENAI_BASE_URL
    assert profile.backend is Backend.RESPONSES
    assert len(profile.id) == 32
    assert Profile(name="x").id != profile.id
    assert profile.needs_key


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"name": ""}, "name", "name"),
        ({"name": "   "}, "name", "name"),
        ({"name": "x", "base_url": "not a url"}, "base_url", "spaces"),
        ({"name": "x", "base_url": "ftp://example.com"}, "base_url", "http"),
        ({"name": "x", "base_url": "https://"}, "base_url", "host"),
        ({"name": "x", "base_url": "https://example.com:99999/v1"}, "base_url", "valid"),
        ({"name": "x", "base_url": "https://u:pw@example.com/v1"}, "base_url", "password"),
        ({"name": "x", "base_url": "https://example.com/v1?x=1"}, "base_url", "query"),
        ({"name": "x", "kind": "compatible"}, "base_url", "base URL"),
        ({"name": "x", "kind": "compatible", "base_url": "localhost:8000"}, "base_url", "http"),
        ({"name": "x", "timeout_s": -5}, "timeout_s", "timeout"),
        ({"name": "x", "timeout_s": 0}, "timeout_s", "timeout"),
        ({"name": "x", "timeout_s": 100000}, "timeout_s", "at most"),
        ({"name": "x", "timeout_s": "soon"}, "timeout_s", "number"),
        ({"name": "x", "max_retries": -1}, "max_retries", "between 0 and 10"),
        ({"name": "x", "max_retries": 11}, "max_retries", "between 0 and 10"),
        ({"name": "x", "proxy": "proxy.local:3128"}, "proxy", "http"),
        ({"name": "x", "proxy": "socks5://proxy.local:1080"}, "proxy", "http"),
        ({"name": "x", "proxy": "http://user:secret@proxy.local:3128"}, "proxy", "password"),
        ({"name": "x", "kind": "nope"}, "kind", "openai"),
        ({"name": "x", "backend": "chat"}, "backend", "responses"),
        ({"name": "x", "id": "has space"}, "id", "letters"),
        ({"name": "x", "organization": "org 1"}, "organization", "spaces"),
        ({"name": "x", "api_key": "sk-x"}, "api_key", "not permitted"),
        ({**AZURE, "api_version": "2023-13-45"}, "api_version", "Unknown Azure OpenAI api-version"),
        ({**AZURE, "api_version": "2024-10-21"}, "api_version", "2025-03-01-preview or newer"),
        ({**AZURE, "api_version": "2024-02-01", "backend": "assistants"}, "api_version", "2024-05-01"),
        ({**AZURE, "azure_endpoint": "http://contoso.openai.azure.com"}, "azure_endpoint", "https://"),
        ({**AZURE, "azure_endpoint": "https://contoso.openai.azure.com/openai"}, "azure_endpoint", "path"),
        ({**AZURE, "azure_endpoint": ""}, "azure_endpoint", "endpoint"),
        ({**AZURE, "base_url": "https://example.com"}, "base_url", "endpoint"),
        ({**AZURE, "deployments": {"gpt-4o": " "}}, "deployments", "deployment"),
        ({"name": "x", "deployments": {"gpt-4o": "d"}}, "deployments", "Only Azure"),
        ({"name": "x", "api_version": "2024-10-21"}, "api_version", "Only Azure"),
        ({"name": "x", "azure_endpoint": "https://a.openai.azure.com"}, "azure_endpoint", "Only Azure"),
        ({"name": "Demo", "kind": "demo", "base_url": "http://127.0.0.1:1/v1"}, "base_url", "demo"),
    ],
)
def test_each_error_names_its_field(data: dict[str, Any], field: str, words: str) -> None:
    errors = validate_profile_fields(data)
    assert list(errors) == [field], errors
    assert words.lower() in errors[field].lower(), errors[field]
    assert not errors[field].startswith("Value error")
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate(data)
    assert [e["loc"][0] for e in caught.value.errors()] == [field]


def test_several_errors_at_once_each_named() -> None:
    errors = validate_profile_fields(
        {
            "name": "",
            "kind": "compatible",
            "base_url": "x",
            "timeout_s": -1,
            "proxy": "nope",
            "max_retries": 99,
        }
    )
    assert set(errors) == {"name", "base_url", "timeout_s", "proxy", "max_retries"}


def test_form_strings_are_accepted() -> None:
    data = {
        "name": "Local",
        "kind": "compatible",
        "base_url": " http://localhost:8000/v1/ ",
        "timeout_s": "30",
        "max_retries": "0",
        "proxy": "",
        "organization": " ",
        "backend": "assistants",
    }
    assert validate_profile_fields(data) == {}
    profile = Profile.model_validate(data)
    assert profile.base_url == "http://localhost:8000/v1"
    assert profile.timeout_s == 30.0
    assert profile.max_retries == 0
    assert profile.proxy is None and profile.organization is None
    assert profile.backend is Backend.ASSISTANTS


@pytest.mark.parametrize("version", ["2025-04-01-preview", "2025-03-01-preview", "preview", "v1"])
def test_azure_versions_for_responses(version: str) -> None:
    assert version in AZURE_API_VERSIONS
    assert validate_profile_fields({**AZURE, "api_version": version}) == {}


def test_azure_profile_and_its_connection() -> None:
    profile = Profile.model_validate(
        {
            **AZURE,
            "azure_endpoint": "https://contoso.openai.azure.com/",
            "backend": "assistants",
            "api_version": "2024-05-01-preview",
            "deployments": {"gpt-4o": "prod-4o"},
            "proxy": "http://proxy.local:3128",
        }
    )
    assert profile.azure_endpoint == "https://contoso.openai.azure.com"
    assert profile.base_url is None
    assert profile.deployment_for("gpt-4o") == "prod-4o"
    assert profile.deployment_for("gpt-4.1") == "gpt-4.1"
    config = profile.connection_config(SecretStr("sk-test-azure"))
    assert config.azure_endpoint == "https://contoso.openai.azure.com"
    assert config.azure_api_version == "2024-05-01-preview"
    assert config.backend is Backend.ASSISTANTS
    assert config.base_url is None
    assert config.proxy == "http://proxy.local:3128"
    assert config.api_key.get_secret_value() == "sk-test-azure"
    assert "sk-test-azure" not in repr(config)
    assert Profile.model_validate(AZURE).api_version == "2025-04-01-preview"  # default


def test_openai_connection_config() -> None:
    profile = Profile(name="p", organization="org-1", project="proj_1", timeout_s=12.5, max_retries=4)
    config = profile.connection_config(SecretStr("sk-test-1"))
    assert config.base_url == OPENAI_BASE_URL
    assert (config.organization, config.project) == ("org-1", "proj_1")
    assert (config.timeout_s, config.max_retries) == (12.5, 4)
    assert config.azure_endpoint is None and config.azure_api_version is None
    assert profile.connection_config(None).api_key.get_secret_value() == ""
    assert profile.deployment_for("gpt-4o") == "gpt-4o"
    with pytest.raises(ValueError, match="Only the demo"):
        profile.connection_config(None, base_url="http://127.0.0.1:9/v1")


def test_demo_profile_gets_its_address_at_run_time() -> None:
    demo = demo_profile()
    assert (demo.id, demo.name, demo.kind, demo.base_url) == (DEMO_PROFILE_ID, "Offline demo", "demo", None)
    assert not demo.needs_key
    config = demo.connection_config(None, base_url="http://127.0.0.1:8765/v1/")
    assert config.base_url == "http://127.0.0.1:8765/v1"
    assert config.api_key.get_secret_value()  # the SDK needs a non-empty key
    assert demo.connection_config(SecretStr("sk-x"), base_url="http://127.0.0.1:1/v1").api_key == SecretStr(
        "sk-x"
    )
    with pytest.raises(ValueError, match="address"):
        demo.connection_config(None)


def test_profiles_are_frozen() -> None:
    profile = Profile(name="p")
    with pytest.raises(ValidationError):
        profile.name = "q"  # type: ignore[misc]
