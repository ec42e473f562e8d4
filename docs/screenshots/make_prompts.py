"""Render the prompt library: the `/` picker open over the composer (light and dark), the library window,
and the form that fills a prompt's variables. Writes ``docs/screenshots/prompts-picker-<scheme>.png``,
``prompts-library.png`` and ``prompts-variables.png``.

Run under a virtual screen from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_prompts.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

QUESTION = "What can you do? 🐳"


async def settle(seconds: float = 0.4) -> None:
    await asyncio.sleep(seconds)


async def render(out: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from belugadesk.app import Application, make_qapplication
    from belugadesk.views.prompts.variables_form import VariablesForm

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None and app.look is not None
    window = app.window
    await app.vm.chat.send(QUESTION)
    window.resize(1280, 800)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        path = out / name
        widget.grab().save(str(path), "PNG")
        written.append(path)

    box = window.chat_view.input
    for scheme in ("light", "dark"):
        app.look.apply(scheme, app.look.font_pt or 11, "blue")
        box.clear()
        window.activateWindow()
        box.setFocus()
        await settle(0.6)
        QTest.keyClicks(box, "/")
        await settle()
        QTest.keyClicks(box, "wr")
        await settle()
        save(window, f"prompts-picker-{scheme}.png")
    QTest.keyClick(box, Qt.Key.Key_Escape)  # the picker closes, the text stays
    box.clear()

    app.look.apply("light", app.look.font_pt or 11, "blue")
    library = window.show_prompt_library()
    library.list.setCurrentRow(library.titles().index("Translate"))
    await settle()
    save(library, "prompts-library.png")
    library.insert_button.click()
    for _ in range(50):
        if isinstance(library.ask.active, VariablesForm):
            break
        await settle(0.1)
    form = library.ask.active
    assert isinstance(form, VariablesForm)
    await settle()
    save(form, "prompts-variables.png")
    form.reject()
    await settle()

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
