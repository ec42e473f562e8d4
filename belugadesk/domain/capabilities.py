"""What each backend can do, which APIs a server speaks, and the best backend for a server.

The one table of backend features (the assistant form greys what the chosen backend lacks, the README lists
it) and the one rule for choosing a backend from a probe (Responses > Assistants > Chat Completions).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from belugadesk.domain.models import Backend


class ApiFamily(StrEnum):
    """An API a server may speak, probed by Test connection and ``doctor``."""

    MODELS = "models"
    RESPONSES = "responses"
    CONVERSATIONS = "conversations"
    ASSISTANTS = "assistants"
    CHAT_COMPLETIONS = "chat_completions"


API_LABELS: dict[ApiFamily, str] = {
    ApiFamily.MODELS: "Models (/models)",
    ApiFamily.RESPONSES: "Responses",
    ApiFamily.CONVERSATIONS: "Conversations",
    ApiFamily.ASSISTANTS: "Assistants v2",
    ApiFamily.CHAT_COMPLETIONS: "Chat Completions",
}

BACKEND_LABELS: dict[Backend, str] = {
    Backend.RESPONSES: "Responses API",
    Backend.ASSISTANTS: "Assistants API (v2)",
    Backend.CHAT_COMPLETIONS: "Chat Completions API",
}

# The APIs each backend needs, in the order of preference when choosing one for a server.
BACKEND_NEEDS: dict[Backend, tuple[ApiFamily, ...]] = {
    Backend.RESPONSES: (ApiFamily.RESPONSES, ApiFamily.CONVERSATIONS),
    Backend.ASSISTANTS: (ApiFamily.ASSISTANTS,),
    Backend.CHAT_COMPLETIONS: (ApiFamily.CHAT_COMPLETIONS,),
}


class Feature(StrEnum):
    """A part of an assistant's definition that not every backend can run."""

    FUNCTIONS = "functions"
    FILE_SEARCH = "file_search"
    CODE_INTERPRETER = "code_interpreter"
    JSON_SCHEMA = "json_schema"
    IMAGE_INPUT = "image_input"
    FILE_ATTACHMENTS = "file_attachments"
    SERVER_THREADS = "server_threads"
    REMOTE_MCP = "remote_mcp"  # MCP servers the API calls itself (``AssistantDefinition.remote_mcp``)


FEATURE_LABELS: dict[Feature, str] = {
    Feature.FUNCTIONS: "Function tools",
    Feature.FILE_SEARCH: "File search",
    Feature.CODE_INTERPRETER: "Code interpreter",
    Feature.JSON_SCHEMA: "JSON schema replies",
    Feature.IMAGE_INPUT: "Image input",
    Feature.FILE_ATTACHMENTS: "File attachments",
    Feature.SERVER_THREADS: "Threads kept on the server",
    Feature.REMOTE_MCP: "Remote MCP servers",
}

BACKEND_FEATURES: dict[Backend, frozenset[Feature]] = {
    Backend.RESPONSES: frozenset(Feature),
    Backend.ASSISTANTS: frozenset(Feature) - {Feature.REMOTE_MCP},
    Backend.CHAT_COMPLETIONS: frozenset({Feature.FUNCTIONS, Feature.JSON_SCHEMA, Feature.IMAGE_INPUT}),
}


def supports(backend: Backend, feature: Feature) -> bool:
    return feature in BACKEND_FEATURES[backend]


def unsupported_reason(backend: Backend, feature: Feature) -> str:
    """Why ``feature`` is unavailable on ``backend`` (the sentence shown beside it), or "" if it is not."""
    if supports(backend, feature):
        return ""
    able = [BACKEND_LABELS[b].removesuffix(" (v2)") for b in Backend if supports(b, feature)]
    return (
        f"{FEATURE_LABELS[feature]} needs the {' or the '.join(able)}; this profile uses the "
        f"{BACKEND_LABELS[backend].removesuffix(' (v2)')}."
    )


class ProbeReport(BaseModel):
    """Which APIs a server answered: True (it speaks it), False (no such route), None (could not tell)."""

    model_config = ConfigDict(frozen=True)

    apis: dict[ApiFamily, bool | None]
    models: tuple[str, ...] = ()

    def speaks(self, backend: Backend) -> bool:
        return all(self.apis.get(api) is True for api in BACKEND_NEEDS[backend])

    @property
    def best_backend(self) -> Backend | None:
        """The most capable backend the server speaks (Responses > Assistants > Chat Completions)."""
        return next((backend for backend in BACKEND_NEEDS if self.speaks(backend)), None)

    def rows(self) -> list[tuple[str, str]]:
        """The small table shown in the form and by ``doctor``: (API, answer)."""
        words = {True: "yes", False: "no", None: "could not tell"}
        return [(API_LABELS[api], words[self.apis.get(api)]) for api in ApiFamily]

    def summary(self, current: Backend) -> str:
        """One sentence: which backend is best here, and whether the profile's backend works."""
        best = self.best_backend
        if best is None:
            return "This server speaks none of the APIs BelugaDesk uses."
        if self.speaks(current):
            if best is current:
                return f"Best backend here: {BACKEND_LABELS[best]}."
            return f"The {BACKEND_LABELS[current]} works here; the {BACKEND_LABELS[best]} would do more."
        return (
            f"This server does not speak the {BACKEND_LABELS[current]}; "
            f"choose the {BACKEND_LABELS[best]} for this profile."
        )
