"""Run the app on the demo in this process and report what was imported when the window first painted.

Used by test_startup.py in a fresh interpreter: ``python -m tests.app.startup_probe OUT.png``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from belugadesk.app import make_qapplication, run_gui

STARTED = time.perf_counter()


class FirstPaintProbe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.report: dict[str, object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.report is None
            and event.type() == QEvent.Type.Paint
            and type(watched).__name__ == "MainWindow"
        ):
            self.report = {
                "first_paint_s": round(time.perf_counter() - STARTED, 3),
                "openai_imported": "openai" in sys.modules,
                "bridge_imported": any(m.startswith("belugadesk.bridge.") for m in sys.modules),
            }
        return False


def main() -> int:
    probe = FirstPaintProbe()
    qapp = make_qapplication()
    qapp.installEventFilter(probe)
    code = run_gui(demo=True, screenshot=Path(sys.argv[1]))
    print(json.dumps({"exit_code": code, "first_paint": probe.report}))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
