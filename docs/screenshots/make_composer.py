"""Render the composer in light and dark: a conversation whose thread uses another model than its
assistant's, with the model switcher open at 1280×800, and closed at 900×600; then a question with an image
in it. Writes ``docs/screenshots/composer-<scheme>-<width>.png`` and ``composer-image-<scheme>-1280.png``.

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


def draw_picture(path: Path) -> None:
    """A small picture to put in a message: a sea gradient with a white whale-ish shape."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter

    image = QImage(360, 220, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 220))
    gradient.setColorAt(0, QColor("#7fc8f8"))
    gradient.setColorAt(1, QColor("#1d4e89"))
    painter.fillRect(image.rect(), QBrush(gradient))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f4f7fb"))
    painter.drawEllipse(QPointF(170, 120), 110, 48)
    painter.drawEllipse(QPointF(250, 92), 40, 34)
    painter.drawPolygon([QPointF(60, 120), QPointF(20, 90), QPointF(28, 150)])
    painter.setBrush(QColor("#1d2a3a"))
    painter.drawEllipse(QPointF(262, 88), 5, 5)
    painter.end()
    image.save(str(path), "PNG")


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

    chat.new_thread()
    picture = out / "whale-picture.png"
    draw_picture(picture)
    chat.attach_files([picture])
    await chat.attachments.wait_uploaded()
    await chat.send("What is in this picture?")
    picture.unlink()
    view.input.clear()
    window.resize(1280, 800)
    for scheme in SCHEMES:
        app.look.apply(scheme, app.look.font_pt or 11, "blue")
        await settle(0.8)
        path = out / f"composer-image-{scheme}-1280.png"
        window.grab().save(str(path), "PNG")
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
