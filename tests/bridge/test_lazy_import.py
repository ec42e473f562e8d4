"""Importing the bridge does not import ``openai`` (it costs ~0.6 s at start-up); building a backend does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import sys
import belugadesk.domain.backend, belugadesk.bridge.errors, belugadesk.bridge.factory
import belugadesk.bridge.chat_model, belugadesk.bridge.responses_backend, belugadesk.bridge.assistants_backend
assert "openai" not in sys.modules, "openai was imported at module import time"
from pydantic import SecretStr
from belugadesk.bridge.factory import build_backend
from belugadesk.domain.models import Backend, ConnectionConfig
config = ConnectionConfig(api_key=SecretStr("sk-x"), backend=Backend.ASSISTANTS)
backend = build_backend(config, profile_id="p")
assert "openai" in sys.modules and type(backend).__name__ == "AssistantsBackend"
print("ok")
"""


def test_bridge_modules_import_openai_lazily() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
