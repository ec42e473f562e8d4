"""Run the whole app (``run_gui``, as ``python -m belugadesk --demo`` does) and send one message through
its input box, with the demo API typing slowly: ``python -m tests.app.reply_driver TEXT``.

Used by test_kill_mid_reply.py, which kills this process with SIGKILL while the reply streams.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from belugadesk import app
from belugadesk.app import run
from belugadesk.services import demo_server

SLOW_DELTA_S = 0.1  # about ten small pieces a second: a reply streams for several seconds


class SendingApplication(app.Application):
    """The app as it starts for a user, then the message typed into the box and Enter pressed."""

    text = ""

    async def start(self) -> None:
        await super().start()
        assert self.window is not None
        box = self.window.chat_view.input
        QTest.keyClicks(box, self.text)
        QTest.keyClick(box, Qt.Key.Key_Return)


def main() -> int:
    SendingApplication.text = sys.argv[1]
    demo_server.DEMO_DELTA_DELAY_S = SLOW_DELTA_S
    run.Application = SendingApplication  # type: ignore[misc]  # run_gui builds this one
    return app.run_gui(demo=True, screenshot=None)


if __name__ == "__main__":
    raise SystemExit(main())
