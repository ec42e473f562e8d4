"""doctor's sentences: no display said as such (not "install libxcb-cursor0"), the table of APIs under an
endpoint's line, a proxy failure told apart from an endpoint failure, and a server that needs no key."""

from __future__ import annotations

import asyncio
import os
import socket
import sys

import keyring.backends.fail
import pytest

from belugadesk.credentials import ApiKeys, KeyLookup
from belugadesk.doctor import check_qt_platform, format_result
from belugadesk.doctor_checks import CheckResult, check_endpoint
from belugadesk.domain.models import Backend
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.services.connections import Connections
from belugadesk.services.demo_server import DemoServer
from belugadesk.settings import Profile

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def endpoint(profile: Profile) -> CheckResult:
    connections = Connections(ApiKeys(keyring.backends.fail.Keyring(), environ={}), DemoServer(None))
    return asyncio.run(check_endpoint(profile, KeyLookup(None, "none"), connections))


def without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY/WAYLAND_DISPLAY are Linux's")
def test_no_display_is_said_as_such() -> None:
    result = check_qt_platform(env=without_display())
    assert not result.ok
    assert "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)" in result.detail
    assert "QT_QPA_PLATFORM=offscreen" in result.detail
    assert "libxcb-cursor" not in result.detail, "Qt blames the library; the display is what is missing"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 displays are Linux's here")
def test_an_unreachable_display_is_named() -> None:
    result = check_qt_platform(env={**without_display(), "DISPLAY": ":97"})
    assert not result.ok and "the display :97 cannot be reached" in result.detail


def test_a_server_that_needs_no_key_is_checked_without_one() -> None:
    with LocalApiServer(LocalApiConfig(apis=frozenset({"models", "responses", "conversations"}))) as server:
        profile = Profile(name="Ollama", kind="compatible", preset="ollama", base_url=server.base_url)
        result = endpoint(profile.model_copy(update={"backend": Backend.RESPONSES}))
    host = server.base_url.split("//")[1].split("/")[0]
    assert result.ok, result
    assert result.detail.startswith(f"{host} accepted no key; ")
    lines = format_result(result).splitlines()
    assert lines[0].startswith("ok    Endpoint (Ollama): ")
    assert lines[1:] == [
        "      Models (/models)  yes",
        "      Responses         yes",
        "      Conversations     yes",
        "      Assistants v2     no",
        "      Chat Completions  no",
    ]


def test_a_backend_the_server_does_not_speak_fails_with_what_to_choose() -> None:
    with LocalApiServer(LocalApiConfig(apis=frozenset({"models", "assistants"}))) as server:
        profile = Profile(
            name="Local", kind="compatible", base_url=server.base_url, backend=Backend.RESPONSES
        )
        result = endpoint(profile)
    assert not result.ok
    assert result.detail.endswith(
        "This server does not speak the Responses API; choose the Assistants API (v2) for this profile."
    )


def test_a_refusing_proxy_is_told_apart_from_a_refusing_endpoint() -> None:
    proxy_port, endpoint_port = closed_port(), closed_port()
    with LocalApiServer(LocalApiConfig()) as server:
        behind_proxy = Profile(
            name="Proxied",
            kind="compatible",
            base_url=server.base_url,
            proxy=f"http://127.0.0.1:{proxy_port}",
        )
        proxied = endpoint(behind_proxy)
    direct = endpoint(
        Profile(name="Direct", kind="compatible", base_url=f"http://127.0.0.1:{endpoint_port}/v1")
    )
    assert not proxied.ok and proxied.detail.startswith(
        f"The proxy 127.0.0.1:{proxy_port} refused the connection."
    )
    assert not direct.ok and direct.detail.startswith(f"Could not reach 127.0.0.1:{endpoint_port}.")
    assert "proxy" not in direct.detail
