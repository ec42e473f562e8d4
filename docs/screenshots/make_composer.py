"""Render the composer in light and dark: a conversation whose thread uses another model than its
assistant's, with the model switcher open at 1280×800, and closed at 900×600. Writes
``docs/screenshots/composer-<scheme>-<width>.png``.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_composer.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

QUESTION = "Three facts about belugas, please"
DRAFT = "And how deep can they dive?"
SIZES = ((1280, 800), (900, 600))
SCHEMES = ("light", "dark")


async def settle(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def render(out: Path) -> int:
    from PySide6.QtGui import QGuiApplication

    from belugadesk.app import Application, make_qapplication
    from belugadesk.views.chat.chat_view import ChatView

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None and app.look is not None
    window = app.window
    chat = app.vm.chat
    chat.set_model("gpt-4o-mini")
    await chat.send(QUESTION)
    view = window.findChild(ChatView)
    assert view is not None
    view.input.setPlainText(DRAFT)
    chat.model_choice.request_models()
    await chat.model_choice.wait_listed()
    written: list[Path] = []

    for scheme in SCHEMES:
        app.look.apply(scheme, app.look.font_pt or 11, "blue")
        for width, height in SIZES:
            window.move(0, 0)
            window.resize(width, height)
            await settle(0.6)
            if width == 1280:  # the list open; at 900 the composer as it sits
                view.model_switcher.showPopup()
                await settle(0.4)
            screen = QGuiApplication.primaryScreen()
            shot = screen.grabWindow(0, 0, 0, width, height)
            view.model_switcher.hidePopup()
            path = out / f"composer-{scheme}-{width}.png"
            shot.save(str(path), "PNG")
            written.append(path)

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
