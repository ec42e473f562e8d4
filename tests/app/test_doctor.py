"""``belugadesk doctor`` in a real subprocess: the Qt probe, folders, the real Secret Service, endpoints."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from belugadesk.credentials import SERVICE_NAME, ApiKeys
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.settings import AppPaths, AppSettings, Profile, SettingsFile, demo_profile

pytestmark = pytest.mark.keyring
ROOT = Path(__file__).resolve().parents[2]


def run_doctor(secret_service: Any, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**secret_service.env, "BELUGADESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), environ.get("PYTHONPATH", "")) if p)
    environ.pop("OPENAI_API_KEY", None)
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "belugadesk", "doctor"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def lines(output: str) -> dict[str, str]:
    """``{check name: "ok"|"FAIL"}`` from doctor's output."""
    result = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        if status in ("ok", "FAIL"):
            result[rest.strip().split(":", 1)[0]] = status
    return result


def test_doctor_passes_with_the_demo_profile(secret_service: Any, isolated_home: Path) -> None:
    done = run_doctor(secret_service, isolated_home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == "ok    Qt platform plugin: offscreen"
    assert lines(done.stdout) == {
        "Qt platform plugin": "ok",
        "Data folders": "ok",
        "Keyring": "ok",
        "Endpoint (Offline demo)": "ok",
    }
    assert "API keys are stored in Secret Service, which is unlocked." in done.stdout
    assert "All 4 checks passed." in done.stdout


def test_doctor_fails_for_a_closed_port_and_a_rejected_key_and_never_prints_a_key(
    secret_service: Any, isolated_home: Path
) -> None:
    from keyring.backends.SecretService import Keyring

    closed_key = "sk-doctor-" + secrets.token_hex(16)
    wrong_key = "sk-doctor-" + secrets.token_hex(16)
    closed = Profile(name="Closed port", kind="compatible", base_url=f"http://127.0.0.1:{closed_port()}/v1")
    rejecting = Profile(name="Wrong key", kind="compatible", base_url="http://127.0.0.1:1/v1")
    keys = ApiKeys(Keyring(), environ={})
    with LocalApiServer(LocalApiConfig(api_key="sk-right-" + secrets.token_hex(8))) as server:
        rejecting = rejecting.model_copy(update={"base_url": server.base_url})
        settings = AppSettings(profiles=(demo_profile(), closed, rejecting), active_profile_id=closed.id)
        SettingsFile(AppPaths.default().ensure()).save(settings)
        keys.set_key(closed.id, closed_key)
        keys.set_key(rejecting.id, wrong_key)
        try:
            done = run_doctor(secret_service, isolated_home)
        finally:
            for profile in (closed, rejecting):
                secret_service.run("secret-tool", "clear", "service", SERVICE_NAME, "username", profile.id)
    assert done.returncode != 0
    status = lines(done.stdout)
    assert status["Endpoint (Closed port)"] == "FAIL"
    assert status["Endpoint (Wrong key)"] == "FAIL"
    assert status["Endpoint (Offline demo)"] == "ok" and status["Keyring"] == "ok"
    assert "FAIL  Endpoint (Closed port): Could not reach 127.0.0.1:" in done.stdout
    # the same sentence as Settings' Test connection (tests/credentials/test_doctor_checks.py compares them)
    rejected = "FAIL  Endpoint (Wrong key): The API key was rejected (401). Check the key in Settings"
    assert rejected in done.stdout
    assert "2 failed." in done.stdout
    for key in (closed_key, wrong_key):
        assert key not in done.stdout and key not in done.stderr
        assert key[-12:] not in done.stdout + done.stderr


def test_doctor_reports_a_broken_qt_platform_plugin_without_crashing(
    secret_service: Any, isolated_home: Path
) -> None:
    done = run_doctor(secret_service, isolated_home, QT_QPA_PLATFORM="no-such-platform")
    assert done.returncode == 1
    first = done.stdout.splitlines()[0]
    assert first.startswith("FAIL  Qt platform plugin: Qt could not start")
    assert "no-such-platform" in first
    assert lines(done.stdout)["Endpoint (Offline demo)"] == "ok", "the other checks still ran"
