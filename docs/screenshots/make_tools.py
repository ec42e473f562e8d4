"""Render Settings → Tools and the assistant form's "Tools from MCP servers" section, light and dark, with the
README's notes server (tested) and a server that cannot be reached. Writes
``docs/screenshots/tools-page-<scheme>.png`` and ``tools-assistant-form-<scheme>.png``.
Uses a throwaway BELUGADESK_HOME, never your settings or keyring.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_tools.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


async def settle(seconds: float = 0.4) -> None:
    await asyncio.sleep(seconds)


def notes_server(folder: Path) -> Path:
    """The README's example server, written from the README itself."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Tools (MCP)\n", 1)[1]
    (code,) = re.findall(r"```python\n(.*?)```", section.split("\n## ", 1)[0], re.S)
    script = folder / "notes_server.py"
    script.write_text(code, encoding="utf-8")
    (folder / "Notes").mkdir()
    return script


async def render(out: Path, home: Path) -> int:
    from PySide6.QtWidgets import QWidget

    from belugadesk.app import Application, make_qapplication
    from belugadesk.domain.errors import CredentialsError
    from belugadesk.viewmodels.settings.mcp_servers_vm import ServerDraft, Variable
    from belugadesk.views.assistants.list_view import AssistantListPane
    from belugadesk.views.settings.settings_dialog import SettingsDialog

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None and app.look is not None
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        path = out / name
        widget.grab().save(str(path), "PNG")
        written.append(path)

    script = notes_server(home)
    app.open_settings()
    dialog = app.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    tools = dialog.vm.tools
    notes = ServerDraft(
        name="Notes",
        command=sys.executable,
        args=str(script),
        variables=(Variable("NOTES_DIR", str(home / "Notes")),),
    )
    web = ServerDraft(
        name="Search (web)",
        kind="http",
        url="http://127.0.0.1:9/mcp",
        variables=(Variable("Authorization", "Bearer example-only", secret=True),),
    )
    await tools.save(notes)
    try:
        await tools.save(web)
    except CredentialsError:  # no secure keyring on this machine: the HTTP server is shown without its secret
        await tools.save(ServerDraft(name="Search (web)", kind="http", url="http://127.0.0.1:9/mcp"))
    for server in app.settings_state.settings.mcp_servers:  # type: ignore[union-attr]
        await tools.test(server.id)
    dialog.show_page("Tools")
    dialog.tools_page.select(app.settings_state.settings.mcp_servers[0].id)  # type: ignore[union-attr]
    window = app.window
    window.resize(1280, 800)
    pane = window.findChild(AssistantListPane)
    assert pane is not None
    for scheme in ("light", "dark"):
        app.look.apply(scheme, app.look.font_pt or 11, "blue")
        dialog.resize(760, 520)
        await settle()
        save(dialog, f"tools-page-{scheme}.png")
        form = pane.edit(0)
        assert form is not None
        grants = form.vm.mcp
        first = grants.servers[0].id
        form.mcp_section.set_expanded(True)
        await grants.list_tools(first)
        grants.set_tool_granted(first, "list_notes", True)
        grants.set_tool_granted(first, "add_note", True)
        grants.set_read_only_without_asking(first, True)
        await grants.list_tools(grants.servers[1].id)
        await settle()
        form.scroll_area.ensureWidgetVisible(form.mcp_section)
        await settle()
        save(form, f"tools-assistant-form-{scheme}.png")
        form.vm.closeApproved.emit()  # closes without asking
        await settle(0.1)
    dialog.close()
    window.close()
    await app.shutdown()
    for path in written:
        print(f"wrote {path}")
    return 0


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_main_window import run_on_qt  # beside this script

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["BELUGADESK_HOME"] = home
        return run_on_qt(lambda: render(out.resolve(), Path(home)))


if __name__ == "__main__":
    raise SystemExit(main())
