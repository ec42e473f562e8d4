"""Bringing a remote thread back to its last user message, so a reply can be asked for again without
sending the question twice: what follows that message (a stale, partial or discarded reply) is deleted.

Each backend lists the thread newest first and deletes in its own API; this module holds what they share.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

SETTLE_POLL_S = 0.05  # how often a reply that is still going on the server is looked at again
SETTLE_LIMIT_S = 3.0  # how long a stopped reply may take to end on the server before the app goes on
UNANSWERED_GRACE_S = 0.4  # a request stopped before any answer: how long the server may take to show it


def same_question(remote_text: str, question: str) -> bool:
    return remote_text.strip() == question.strip()


async def rewind_to_question(
    newest_first: AsyncIterator[Any],
    is_user_message: Callable[[Any], bool],
    text_of: Callable[[Any], str],
    delete: Callable[[Any], Awaitable[object]],
    question: str,
) -> bool:
    """Walk the thread's items from the newest; at its last user message, delete every item that followed
    it if that message is ``question`` (True), else change nothing (False: the server never took it)."""
    after: list[Any] = []
    async for item in newest_first:
        if is_user_message(item):
            if not same_question(text_of(item), question):
                return False
            for stale in after:
                await delete(stale)
            return True
        after.append(item)
    return False


async def until_settled(
    fetch_status: Callable[[], Awaitable[str | None]], going: tuple[str, ...], limit_s: float = SETTLE_LIMIT_S
) -> None:
    """Wait (at most ``limit_s``) until the server says a stopped reply has ended."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit_s
    while await fetch_status() in going and loop.time() < deadline:
        await asyncio.sleep(SETTLE_POLL_S)
