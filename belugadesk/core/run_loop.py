"""The one loop that follows a run to its end: relay its events, answer its tool calls, continue it.

Used by the headless ``ChatModel`` (``bridge/chat_model.py``) and by the chat view-model's ``ReplyRun``; each
adds only its own parts (who answers a tool call, what is shown, how Stop cuts in). No Qt, no I/O of its own:
the caller passes how tool calls are answered and how a run is continued with their outputs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence

from belugadesk.domain.events import RunDone, RunEvent, RunStatus, ToolCallRequested
from belugadesk.domain.models import ToolCallPart, ToolOutput

#: the tool outputs for a run waiting on ``calls`` (the function calls it asked for in its last round);
#: None leaves the run waiting (its ``REQUIRES_ACTION`` ``RunDone`` ends the relay)
AnswerCalls = Callable[[RunDone, Sequence[ToolCallPart]], Awaitable[Sequence[ToolOutput] | None]]
#: the events of the run ``run_ref`` once it has been given ``outputs``
SubmitOutputs = Callable[[str, Sequence[ToolOutput]], AsyncIterator[RunEvent]]


async def relay_run(
    events: AsyncIterator[RunEvent], *, answer: AnswerCalls, submit: SubmitOutputs
) -> AsyncIterator[RunEvent]:
    """Every event of one run, through its tool-call rounds, ending with exactly one ``RunDone``.

    A round that ends ``REQUIRES_ACTION`` is answered with ``answer`` and continued with ``submit``; its
    ``RunDone`` is not relayed. A stream that ends without a ``RunDone`` ends as ``INCOMPLETE``.
    """
    while True:
        calls: list[ToolCallPart] = []
        done: RunDone | None = None
        async for event in events:
            if isinstance(event, RunDone):
                done = event  # the stream's last event; relayed once the run has settled
                continue
            if isinstance(event, ToolCallRequested):
                calls.append(event.call)
            yield event
        if done is None:
            done = RunDone(status=RunStatus.INCOMPLETE)
        if done.status is RunStatus.REQUIRES_ACTION:
            outputs = await answer(done, calls)
            if outputs is not None:
                events = submit(done.run_ref or "", outputs)
                continue
        yield done
        return
