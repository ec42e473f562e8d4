"""Render a branch of a conversation: the demo thread is branched from its first reply and the branch goes
on differently, so the bar at its top reads "Branched from …". Writes ``docs/screenshots/fork.png`` (the
branch) and ``fork-original.png`` (the original, which lists its branch).

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_fork.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


async def render(out: Path) -> int:
    from belugadesk.app import Application, make_qapplication

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None
    window, chat = app.window, app.vm.chat
    window.resize(1280, 800)
    await chat.send("What can you do? 🐳")
    await chat.send("A table of whales, please")
    original = chat.thread
    assert original is not None
    branch = await chat.branch_at(1)
    assert branch is not None
    await chat.send("Tell me about beluga songs instead")
    await asyncio.sleep(0.8)
    written = [out / "fork.png", out / "fork-original.png"]
    window.grab().save(str(written[0]), "PNG")
    app.vm.branches.open_origin()
    while app.vm.branches.links.thread_id != original.id:  # the original opened, its links read
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.8)
    window.grab().save(str(written[1]), "PNG")
    window.close()
    await app.shutdown()
    for path in written:
        print(f"wrote {path}")
    return 0


def main() -> int:
    from make_main_window import run_on_qt  # beside this script

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    return run_on_qt(lambda: render(out))


if __name__ == "__main__":
    raise SystemExit(main())
