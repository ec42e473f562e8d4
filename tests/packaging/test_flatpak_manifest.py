"""The Flatpak manifest names only files that exist, and its offline Python sources cover the app's
runtime dependencies on both architectures Flathub builds for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

from tests.support import load_script

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / "io.github.belugadesk.BelugaDesk.yml"
APP_ID = "io.github.belugadesk.BelugaDesk"
generate_requirements = load_script("packaging/flatpak/generate_requirements.py")


def _manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def _requirements_sources() -> list[dict]:
    return json.loads((FLATPAK / "python3-requirements.json").read_text(encoding="utf-8"))["sources"]


def test_every_module_file_the_manifest_names_exists() -> None:
    named = [m for m in _manifest()["modules"] if isinstance(m, str)]
    assert named, "the manifest lists its Python dependencies as a module file"
    for name in named:
        assert (FLATPAK / name).is_file(), f"{name} is named by the manifest but missing"


def test_every_file_the_build_commands_install_exists() -> None:
    app = next(m for m in _manifest()["modules"] if isinstance(m, dict) and m["name"] == "belugadesk")
    commands = " ".join(app["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    sources = re.findall(r"install -Dm644 (\S+) ", commands)
    sizes = re.search(r"for size in ([\d ]+);", commands)
    assert sources and sizes
    for source in sources:
        for size in sizes.group(1).split() if "${size}" in source else [""]:
            path = ROOT / source.replace("${size}", size)
            assert path.is_file(), f"the manifest installs {path.relative_to(ROOT)}, which does not exist"


def test_offline_sources_cover_every_runtime_dependency_on_both_arches() -> None:
    wheels: dict[str, set[str]] = {}
    for source in _requirements_sources():
        assert source["type"] == "file" and source["url"].startswith("https://files.pythonhosted.org/")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        filename = source["url"].rsplit("/", 1)[1]
        name = canonicalize_name(parse_wheel_filename(filename)[0])
        wheels.setdefault(name, set()).update(source.get("only-arches", ["x86_64", "aarch64"]))
    for requirement in generate_requirements.runtime_requirements():
        name = canonicalize_name(Requirement(requirement).name)
        assert wheels.get(name) == {"x86_64", "aarch64"}, (
            f"{name} is a runtime dependency without wheels for both arches in python3-requirements.json; "
            "run packaging/flatpak/generate_requirements.py"
        )
    assert "pyside6-essentials" not in wheels, "the PySide base app provides Qt"


def test_the_install_command_asks_for_exactly_the_runtime_dependencies() -> None:
    module = json.loads((FLATPAK / "python3-requirements.json").read_text(encoding="utf-8"))
    command = " ".join(module["build-commands"])
    asked = re.findall(r'"([^"$]+)"', command)
    assert asked == generate_requirements.runtime_requirements()
