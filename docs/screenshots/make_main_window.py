"""Render docs/screenshots/main-window.png: the demo with a short conversation, as a user sees it.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_main_window.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "main-window.png"
QUESTIONS = ("What can you do?", "A table of whales, please")


async def render() -> int:
    from belugadesk.app import Application, make_qapplication

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None
    app.window.resize(1200, 900)
    for question in QUESTIONS:
        await app.vm.chat.send(question)
    await asyncio.sleep(0.5)
    app.window.grab().save(str(OUT), "PNG")
    app.window.close()
    await app.shutdown()
    print(f"wrote {OUT}")
    return 0


def run_on_qt(render: Callable[[], Awaitable[int]]) -> int:
    """Run ``render()`` on a qasync loop in a fresh app home (the screenshot scripts share this)."""
    import qasync

    os.environ.setdefault("BELUGADESK_HOME", tempfile.mkdtemp(prefix="belugadesk-shot-"))
    sys.path.insert(0, str(ROOT))
    from belugadesk.app import make_qapplication

    qapp = make_qapplication()
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(render())


def main() -> int:
    return run_on_qt(render)


if __name__ == "__main__":
    raise SystemExit(main())
