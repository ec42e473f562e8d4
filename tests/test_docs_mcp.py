"""The README's "Tools (MCP)" example works: its server, saved from the README, configured with the form's
values the README gives, starts with the app's MCP manager, lists the two tools it promises (one read-only,
under the function names it names) and answers calls."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from belugadesk.bridge.mcp import McpManager
from belugadesk.viewmodels.settings.mcp_servers_vm import ServerDraft, Variable, build_server

README = Path(__file__).resolve().parents[1] / "README.md"


def tools_section() -> str:
    return README.read_text(encoding="utf-8").split("\n## Tools (MCP)\n", 1)[1].split("\n## ", 1)[0]


def form_values(section: str) -> dict[str, str]:
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return {cells[0].strip(): cells[1].strip() for cells in rows[1:]}  # after the header


def test_the_readme_mcp_example_starts_lists_its_tools_and_answers(tmp_path: Path) -> None:
    section = tools_section()
    (code,) = re.findall(r"```python\n(.*?)```", section, re.S)
    script = tmp_path / "notes_server.py"
    script.write_text(code, encoding="utf-8")
    notes = tmp_path / "Notes"
    notes.mkdir()
    values = form_values(section)
    assert values["Name"] == "`Notes`" and values["Reach it as"] == "Local program (stdio)"
    assert values["Arguments"].endswith("/notes_server.py`")
    env_name = re.fullmatch(r"`(\w+)` = `.*`", values["Environment"])
    assert env_name is not None
    draft = ServerDraft(
        name="Notes",
        command=sys.executable,  # the README's `python`: the one with mcp installed
        args=str(script),
        variables=(Variable(env_name.group(1), str(notes)),),
    )
    server, _secrets, _kept = build_server(draft, None)

    async def scenario() -> tuple[list[tuple[str, bool]], str, str]:
        manager = McpManager([server])
        try:
            catalog = await manager.list_tools()
            assert catalog.problems == {}
            listed = [(t.function_name, t.read_only) for t in catalog.tools]
            saved = await manager.call("notes__add_note", {"name": "shopping", "text": "- tea"})
            names = await manager.call("notes__list_notes", {})
        finally:
            await manager.aclose()
        return listed, saved.output, names.output

    listed, saved, names = asyncio.run(scenario())
    assert listed == [("notes__list_notes", True), ("notes__add_note", False)]
    assert "2 tools: list_notes, add_note" in section
    assert "`notes__list_notes` and `notes__add_note`" in section
    assert saved == "saved shopping.md"
    assert "shopping.md" in names
    assert (notes / "shopping.md").read_text(encoding="utf-8") == "- tea"
