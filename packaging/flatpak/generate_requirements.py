"""Write ``python3-requirements.json``: BelugaDesk's Python dependencies as offline Flatpak sources.

Flatpak builds run without network, so every wheel the app needs is listed with its PyPI URL and sha256.
PySide6 is left out (the ``io.qt.PySide.BaseApp`` base app provides it). Pure-Python packages are one
universal wheel; packages with compiled code (pydantic-core, jiter, rpds-py…) are a CPython wheel per
architecture, marked ``only-arches``, so no Rust toolchain is needed inside the Flatpak SDK.

    python packaging/flatpak/generate_requirements.py

Run it again whenever the dependencies in ``pyproject.toml`` change; ``tests/packaging`` fails when the
file no longer covers them. It needs network access to PyPI.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
import urllib.request
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = HERE / "python3-requirements.json"
PYTHON_VERSION = "3.12"  # the Python of the org.kde.Platform 6.8 runtime (freedesktop 24.08)
ARCHES = {
    "x86_64": ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"),
    "aarch64": ("manylinux_2_28_aarch64", "manylinux_2_17_aarch64", "manylinux2014_aarch64"),
}
PROVIDED_BY_BASE_APP = {"pyside6-essentials", "pyside6"}


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The ``[project] dependencies`` of ``pyproject``, minus what the base app provides."""
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    return [d for d in dependencies if canonicalize_name(Requirement(d).name) not in PROVIDED_BY_BASE_APP]


def download(requirements: list[str], platforms: tuple[str, ...], into: Path) -> list[str]:
    """The wheel file names pip resolves for ``requirements`` on the runtime's Python and ``platforms``."""
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--isolated",
        "--disable-pip-version-check",
        "--only-binary=:all:",
        "--index-url",
        "https://pypi.org/simple",
        "--python-version",
        PYTHON_VERSION,
        "--implementation",
        "cp",
        "--dest",
        str(into),
    ]
    for platform in platforms:
        command += ["--platform", platform]
    subprocess.run([*command, *requirements], check=True)
    return sorted(p.name for p in into.glob("*.whl"))


def pypi_file(filename: str) -> dict[str, str]:
    """The download URL and sha256 that PyPI publishes for the wheel ``filename``."""
    name, version, _build, _tags = parse_wheel_filename(filename)
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=60) as response:
        releases = json.load(response)["releases"]
    for entry in releases.get(str(version), []):
        if entry["filename"] == filename:
            return {"url": files_url(entry["url"]), "sha256": entry["digests"]["sha256"]}
    raise LookupError(f"{filename} is not on PyPI")


def files_url(url: str) -> str:
    """PyPI's canonical address of a file (a mirror of the JSON API may give a relative one)."""
    blob = re.search(r"[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}/[^/]+$", url)
    if blob is None:
        raise LookupError(f"not a PyPI file address: {url}")
    return f"https://files.pythonhosted.org/packages/{blob.group(0)}"


def is_universal(filename: str) -> bool:
    return all(tag.platform == "any" for tag in parse_wheel_filename(filename)[3])


def module(requirements: list[str]) -> dict[str, object]:
    """The Flatpak module: every wheel, and one offline ``pip install`` of the app's requirements."""
    sources: dict[str, dict[str, object]] = {}
    for arch, platforms in ARCHES.items():
        with tempfile.TemporaryDirectory() as folder:
            for filename in download(requirements, platforms, Path(folder)):
                if is_universal(filename):
                    sources.setdefault(filename, {"type": "file", **pypi_file(filename)})
                else:
                    sources[filename] = {"type": "file", **pypi_file(filename), "only-arches": [arch]}
    quoted = " ".join(f'"{r}"' for r in requirements)
    return {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
            f"--prefix=${{FLATPAK_DEST}} --no-build-isolation {quoted}"
        ],
        "sources": [sources[name] for name in sorted(sources)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    args.output.write_text(json.dumps(module(runtime_requirements()), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
