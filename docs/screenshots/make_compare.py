"""Render a comparison: three assistants of the offline demo answering one prompt side by side, one of them
stopped midway. Writes ``docs/screenshots/compare.png``.

Run under a virtual screen from the repository root (a throwaway app home, never your settings):
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_compare.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

PROMPT = "Why do belugas sing? Keep it short."


async def until(condition: object, timeout: float = 30.0) -> None:
    """Wait (the loop running) until ``condition()`` holds."""
    assert callable(condition)
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise TimeoutError("the comparison did not get there in time")


async def render(out: Path) -> int:
    from belugadesk.app import Application, make_qapplication
    from belugadesk.domain.models import AssistantDefinition, MessageStatus

    qapp = make_qapplication()
    app = Application(qapp, demo=True, screenshot=None)
    await app.start()
    assert app.vm is not None and app.window is not None and app.store is not None
    extra = (
        AssistantDefinition(
            id="demo-whale-poet", name="Whale Poet", model="gpt-4.1", description="Answers in verse."
        ),
        AssistantDefinition(id="demo-sea-scholar", name="Sea Scholar", model="gpt-4o-mini"),
    )
    for assistant in extra:
        await app.store.run(lambda s, a=assistant: s.assistants.save(a))
    await app.vm.assistants.refresh()
    window = app.window
    window.resize(1280, 800)
    compare = window.open_comparison()
    compare.resize(1280, 800)
    for row in range(min(3, compare.picker.count())):
        compare.picker.item(row).setCheckState(compare.picker.item(row).checkState().Checked)
    compare.input.setPlainText(PROMPT)
    compare.input.submit()
    vm = compare.vm

    def reply_len(column: int) -> int:
        rows = vm.columns[column].messages.messages
        return len(rows[-1].text) if len(rows) > 1 else 0

    await until(lambda: reply_len(2) > 120)
    vm.request_stop(2)
    await until(lambda: not vm.streaming)
    await until(
        lambda: (
            vm.columns[2].messages.messages[-1].status is MessageStatus.CANCELLED
            and all(compare.columns[i].summary_label.text() for i in range(3))
        )
    )
    await asyncio.sleep(0.8)  # the delegate's background layout and the renderer's blocks
    path = out / "compare.png"
    compare.grab().save(str(path), "PNG")
    print(f"wrote {path}")
    vm.request_close(_Discard())
    await until(lambda: window.compare_window is None)
    window.close()
    await app.shutdown()
    return 0


class _Discard:
    async def close_undecided(self, threads: int) -> object:
        from belugadesk.viewmodels.compare.compare_vm import Undecided

        return Undecided.DISCARD


def main() -> int:
    from make_main_window import run_on_qt  # beside this script

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    return run_on_qt(lambda: render(out))


if __name__ == "__main__":
    raise SystemExit(main())
