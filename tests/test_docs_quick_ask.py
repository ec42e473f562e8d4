"""What the README says about the quick-ask command and its global shortcut holds: every ``belugadesk --…``
it shows is an option of the launcher, and the GNOME commands set a well-formed custom keybinding that runs
``belugadesk --quick-ask`` (applied for real where GNOME's schema is installed)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

from belugadesk.cli import _gui_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SCHEMA = "org.gnome.settings-daemon.plugins.media-keys"
KEYBINDING_PATH = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/"


def _gnome_block() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.DOTALL)
    gnome = [b for b in blocks if "gsettings" in b]
    assert len(gnome) == 1, "one GNOME block"
    return [line.strip() for line in gnome[0].splitlines() if line.strip()]


def test_every_gui_option_the_readme_shows_is_one_the_launcher_takes() -> None:
    options = set(re.findall(r"belugadesk((?: --[a-z-]+)+)", README))
    assert " --quick-ask" in options and " --demo --quick-ask" in options
    known = {name for action in _gui_parser()._actions for name in action.option_strings}
    for option in options:
        assert set(option.split()) <= known, f"the README shows belugadesk{option}"


def test_the_gnome_commands_bind_a_key_to_the_quick_ask_command() -> None:
    lines = _gnome_block()
    key = lines[0].removeprefix("key=")
    assert key.startswith(KEYBINDING_PATH) and key.endswith("/") and key != KEYBINDING_PATH
    values: dict[str, str] = {}
    for line in lines[1:]:
        words = shlex.split(line.replace("$key", key))
        assert words[:2] == ["gsettings", "set"], line
        schema, name, value = words[2:]
        if schema == SCHEMA:
            assert name == "custom-keybindings" and value == f"['{key}']"
        else:
            assert schema == f"{SCHEMA}.custom-keybinding:{key}", line
            values[name] = value
    assert set(values) == {"name", "command", "binding"}
    assert shlex.split(values["command"]) == ["belugadesk", "--quick-ask"]
    assert re.fullmatch(r"(<\w+>)+\w+", values["binding"])


def test_the_gnome_commands_are_accepted_by_gsettings(tmp_path: Path) -> None:
    gsettings = shutil.which("gsettings")
    assert gsettings is not None, "install libglib2.0-bin (.ci/run does)"
    schemas = subprocess.run([gsettings, "list-schemas"], capture_output=True, text=True, check=False).stdout
    assert SCHEMA in schemas.split(), "install gnome-settings-daemon-common for GNOME's media-keys schema"
    env = dict(os.environ, GSETTINGS_BACKEND="memory", HOME=str(tmp_path))
    script = "\n".join(_gnome_block())
    subprocess.run(["bash", "-euc", script], env=env, check=True)
