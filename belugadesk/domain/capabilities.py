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
    STOP_SEQUENCES = "stop_sequences"
    SEED = "seed"
    REMOTE_MCP = "remote_mcp"  # MCP servers the API calls itself (``AssistantDefinition.remote_mcp``)


FEATURE_LABELS: dict[Feature, str] = {
    Feature.FUNCTIONS: "Function tools",
    Feature.FILE_SEARCH: "File search",
    Feature.CODE_INTERPRETER: "Code interpreter",
    Feature.JSON_SCHEMA: "JSON schema replies",
    Feature.IMAGE_INPUT: "Image input",
    Feature.FILE_ATTACHMENTS: "File attachments",
    Feature.SERVER_THREADS: "Threads kept on the server",
    Feature.STOP_SEQUENCES: "Stop sequences",
    Feature.SEED: "Seed",
    Feature.REMOTE_MCP: "Remote MCP servers",
}

# Labels that read as plural ("Stop sequences need …").
_PLURAL = frozenset(
    {
        Feature.FUNCTIONS,
        Feature.JSON_SCHEMA,
        Feature.FILE_ATTACHMENTS,
        Feature.SERVER_THREADS,
        Feature.STOP_SEQUENCES,
    }
)

# What only the Chat Completions API takes (Responses and Assistants runs have no ``stop`` or ``seed``).
_CHAT_ONLY = frozenset({Feature.STOP_SEQUENCES, Feature.SEED})

BACKEND_FEATURES: dict[Backend, frozenset[Feature]] = {
    Backend.RESPONSES: frozenset(Feature) - _CHAT_ONLY,
    Backend.ASSISTANTS: frozenset(Feature) - _CHAT_ONLY - {Feature.REMOTE_MCP},
    Backend.CHAT_COMPLETIONS: frozenset({Feature.FUNCTIONS, Feature.JSON_SCHEMA, Feature.IMAGE_INPUT})
    | _CHAT_ONLY,
}


def supports(backend: Backend, feature: Feature) -> bool:
    return feature in BACKEND_FEATURES[backend]


# The pictures a backend with image input but no file attachments (Chat Completions) takes with a message,
# by the file name's ending: the types every vision model of those servers reads.
IMAGE_TYPES: dict[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
IMAGES_ONLY = (
    "{name} cannot be attached here: a Chat Completions server takes pictures only (PNG, JPEG, GIF or WebP), "
    "sent with the message."
)


def image_type(filename: str) -> str | None:
    """The MIME type of a picture such a server takes, from its file name; None for anything else."""
    suffix = filename[filename.rfind(".") :].lower() if "." in filename else ""
    return IMAGE_TYPES.get(suffix)


def attaches_images_only(backend: Backend) -> bool:
    """Whether a message on ``backend`` carries pictures only (no files for file search or code)."""
    return supports(backend, Feature.IMAGE_INPUT) and not supports(backend, Feature.FILE_ATTACHMENTS)


def unsupported_reason(backend: Backend, feature: Feature) -> str:
    """Why ``feature`` is unavailable on ``backend`` (the sentence shown beside it), or "" if it is not."""
    if supports(backend, feature):
        return ""
    able = [BACKEND_LABELS[b].removesuffix(" (v2)") for b in Backend if supports(b, feature)]
    verb = "need" if feature in _PLURAL else "needs"
    return (
        f"{FEATURE_LABELS[feature]} {verb} the {' or the '.join(able)}; this profile uses the "
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
