"""What the app loads once its window is painted, and the heap frozen after it.

The network client (``openai``), the keyring and the markdown renderer load on worker threads after the
first paint. Everything they and start-up create lives as long as the app, yet Python's cyclic garbage
collector would walk all of it in every full collection, which then stalls the UI for hundreds of
milliseconds (a long thread loaded or reloaded triggers one). Once they are loaded, :func:`freeze_when_done`
moves those objects out of the collector's reach (``gc.freeze``): later full collections walk only what was
made since. Reference counting still frees them as usual.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterable


def warm_markdown() -> None:
    """Import markdown-it and pygments and build the first code lexer (~70 ms), on a worker thread after
    the first paint, so that neither the first paint nor the first thread opened waits for them."""
    from belugadesk.views.chat.markdown_render import render_markdown

    render_markdown("```python\npass\n```")


async def freeze_when_done(loads: Iterable[asyncio.Task[object]]) -> None:
    """Wait for the after-paint ``loads`` (whether they worked or not), then freeze the heap."""
    await asyncio.wait(list(loads))
    gc.freeze()
