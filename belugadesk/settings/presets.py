"""Profile presets: the servers the profile form knows, with their address, key policy and suggested backend.

The one list of presets: the profile form offers them, a profile remembers which one it came from (for its
key policy), and the README's profile table is checked against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from belugadesk.domain.models import Backend

KeyPolicy = Literal["required", "optional", "none"]


@dataclass(frozen=True)
class Preset:
    id: str
    label: str
    kind: Literal["openai", "azure", "compatible"]
    base_url: str | None  # None: the user types it (Azure: the endpoint field; "other": any server)
    key: KeyPolicy
    backend: Backend  # suggested; Test connection picks the best one the server speaks
    profile_name: str = ""  # the name a new profile gets ("": the label)

    @property
    def default_name(self) -> str:
        return self.profile_name or self.label

    @property
    def key_required(self) -> bool:
        return self.key == "required"


_CHAT = Backend.CHAT_COMPLETIONS
PRESETS: tuple[Preset, ...] = (
    Preset("openai", "OpenAI", "openai", "https://api.openai.com/v1", "required", Backend.RESPONSES),
    Preset("azure", "Azure OpenAI", "azure", None, "required", Backend.RESPONSES),
    Preset("ollama", "Ollama", "compatible", "http://localhost:11434/v1", "none", _CHAT),
    Preset("lmstudio", "LM Studio", "compatible", "http://localhost:1234/v1", "optional", _CHAT),
    Preset("llamacpp", "llama.cpp server", "compatible", "http://localhost:8080/v1", "optional", _CHAT),
    Preset("vllm", "vLLM", "compatible", "http://localhost:8000/v1", "optional", _CHAT),
    Preset("openrouter", "OpenRouter", "compatible", "https://openrouter.ai/api/v1", "required", _CHAT),
    Preset("groq", "Groq", "compatible", "https://api.groq.com/openai/v1", "required", _CHAT),
    Preset("mistral", "Mistral", "compatible", "https://api.mistral.ai/v1", "required", _CHAT),
    Preset("deepseek", "DeepSeek", "compatible", "https://api.deepseek.com/v1", "required", _CHAT),
    Preset(
        "compatible",
        "Other OpenAI-compatible server",
        "compatible",
        None,
        "optional",
        _CHAT,
        "OpenAI-compatible",
    ),
)
PRESETS_BY_ID: dict[str, Preset] = {preset.id: preset for preset in PRESETS}
# A profile saved before presets existed (or the demo) counts as its kind's generic preset.
DEFAULT_PRESET_BY_KIND: dict[str, str] = {"openai": "openai", "azure": "azure", "compatible": "compatible"}


def preset_for(kind: str, preset_id: str | None) -> Preset | None:
    """The preset a profile of ``kind`` came from (its kind's generic one if unnamed); None for the demo."""
    preset = PRESETS_BY_ID.get(preset_id or "")
    if preset is not None and preset.kind == kind:
        return preset
    default = DEFAULT_PRESET_BY_KIND.get(kind)
    return PRESETS_BY_ID[default] if default else None
