"""Render the quick-ask window (``belugadesk --quick-ask``) in light and dark, after one question to the
demo assistant: ``docs/screenshots/quick-ask-<scheme>.png``.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_quick_ask.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

QUESTION = "Show me a table of whales"
SCHEMES = ("light", "dark")


async def render(out: Path) -> int:
    from belugadesk.app import Application, make_qapplication

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None, quick_ask=True)
    await app.start()
    window = app.quick_window
    assert window is not None and app.look is not None and app.window is not None
    await window.vm.chat.send(QUESTION)
    written: list[Path] = []
    for scheme in SCHEMES:
        app.look.apply(scheme, app.look.font_pt or 11, "blue")
        window.show_and_focus()
        await asyncio.sleep(0.8)
        path = out / f"quick-ask-{scheme}.png"
        window.grab().save(str(path), "PNG")
        written.append(path)
    app.window.close()
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
