"""Builds the ``openai`` async client for a connection. ``openai`` is imported here, lazily."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from belugadesk import APP_NAME, __version__
from belugadesk.domain.models import ConnectionConfig

if TYPE_CHECKING:
    from openai import AsyncOpenAI

AZURE_V1_VERSIONS = ("v1", "preview")  # Azure OpenAI's v1 API, reached with the plain OpenAI client


def make_async_client(config: ConnectionConfig) -> AsyncOpenAI:
    """A configured ``AsyncOpenAI`` (or ``AsyncAzureOpenAI``). Importing ``openai`` costs ~0.6 s: call this
    after the window is shown."""
    import openai

    common: dict[str, Any] = {
        "api_key": config.api_key.get_secret_value() or "no-key",
        "timeout": config.timeout_s,
        "max_retries": config.max_retries,
        "default_headers": {"User-Agent": f"{APP_NAME}/{__version__}"},
    }
    if config.proxy:
        common["http_client"] = openai.DefaultAsyncHttpxClient(proxy=config.proxy)
    if config.azure_endpoint and config.azure_api_version in AZURE_V1_VERSIONS:
        # Azure's v1 API is OpenAI's own shape under /openai/v1 (no deployments in the path, no dated
        # api-version); "preview" asks for its preview features
        query = {"api-version": "preview"} if config.azure_api_version == "preview" else None
        v1_client = _sending_deployments(openai.AsyncOpenAI, config.azure_deployments)
        return v1_client(
            base_url=f"{config.azure_endpoint.rstrip('/')}/openai/v1/", default_query=query, **common
        )
    if config.azure_endpoint:
        azure_client = _sending_deployments(openai.AsyncAzureOpenAI, config.azure_deployments)
        return azure_client(
            azure_endpoint=config.azure_endpoint,
            api_version=config.azure_api_version,
            **common,
        )
    return openai.AsyncOpenAI(
        base_url=config.base_url,
        organization=config.organization,
        project=config.project,
        **common,
    )


def _sending_deployments(base: type[Any], deployments: Mapping[str, str]) -> type[Any]:
    """``base`` (an Azure client) sending each request's ``model`` as its deployment name (the profile's
    model -> deployment map); the Azure client then puts that name in the path where the API wants it."""
    if not deployments:
        return base
    names = dict(deployments)

    class DeploymentClient(base):
        async def _prepare_options(self, options: Any) -> Any:  # the SDK's hook for changing a request
            options = await super()._prepare_options(options)
            data = options.json_data
            model = data.get("model") if isinstance(data, Mapping) else None
            if isinstance(model, str) and model in names:
                options = options.model_copy(update={"json_data": {**data, "model": names[model]}})
            return options

    return DeploymentClient


async def warm_openai_import() -> None:
    """Import ``openai`` on a worker thread so the UI thread never pays for it (call before building)."""
    await asyncio.get_running_loop().run_in_executor(None, importlib.import_module, "openai")
