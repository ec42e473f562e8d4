"""Render the window in German and in Arabic (right to left), at 1280×800 and 900×600: the main window with
a conversation, Settings → Appearance (with the Language choice) and, in German, the assistant form. Writes
``docs/screenshots/locale-<lang>-<view>-<width>.png``.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_locales.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

QUESTIONS = {"de": "Was kannst du? 🐳", "ar": "ما الذي يمكنك فعله؟ 🐳"}
SIZES = ((1280, 800), (900, 600))
APPEARANCE_PAGE = 1  # Settings: Profiles, Appearance, Behaviour, …


async def settle(seconds: float = 0.4) -> None:
    await asyncio.sleep(seconds)


async def render(out: Path, language: str) -> list[Path]:
    from PySide6.QtWidgets import QWidget

    from belugadesk.app import Application, make_qapplication
    from belugadesk.views.settings.settings_dialog import SettingsDialog

    os.environ["BELUGADESK_HOME"] = tempfile.mkdtemp(prefix=f"belugadesk-{language}-")  # its own threads
    app = Application(make_qapplication(), demo=True, screenshot=None, locale=language)
    await app.start()
    assert app.vm is not None and app.window is not None
    window = app.window
    await app.vm.chat.send(QUESTIONS[language])
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        path = out / name
        widget.grab().save(str(path), "PNG")
        written.append(path)

    for width, height in SIZES:
        window.resize(width, height)
        await settle(0.8)
        save(window, f"locale-{language}-main-{width}.png")
        app.open_settings()
        dialog = app.settings_dialog
        assert isinstance(dialog, SettingsDialog)
        dialog.resize(min(760, width - 40), min(520, height - 60))
        dialog.nav.setCurrentRow(APPEARANCE_PAGE)
        await settle()
        save(dialog, f"locale-{language}-settings-{width}.png")
        dialog.close()
        if language == "de":
            form = window.side_pane.assistants_pane.new()
            form.resize(width - 40, height - 100)
            await settle()
            save(form, f"locale-{language}-assistant-form-{width}.png")
            form.reject()
    window.close()
    await app.shutdown()
    return written


async def render_all(out: Path) -> int:
    written = [path for language in QUESTIONS for path in await render(out, language)]
    for path in written:
        print(f"wrote {path}")
    return 0


def main() -> int:
    from make_main_window import run_on_qt  # beside this script

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    return run_on_qt(lambda: render_all(out))


if __name__ == "__main__":
    raise SystemExit(main())
