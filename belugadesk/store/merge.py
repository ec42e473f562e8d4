"""How a page of remote history fits into the cached messages of a thread (pure: no database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from belugadesk.domain.models import ImagePart, Message, MessageStatus, ToolCallPart


@dataclass
class MergePlan:
    order: list[str] = field(default_factory=list)  # every message id of the thread, in its new order
    new: dict[str, Message] = field(default_factory=dict)  # remote messages to insert, by id
    changed: list[Message] = field(default_factory=list)  # cached messages to rewrite
    adopted: int = 0
    updated: int = 0


def _merged(cached: Message, incoming: Message) -> Message:
    """The cached message updated with the server's copy, keeping what only the cache knows: usage and
    model (footers), the error sentence, and the streamed parts (tool calls, images, citations) while
    the text is the same. An unreadable cached message is left as it is.

    A reply that ended short (stopped, failed, cut off) is written back to the server as a plain message,
    which reads as completed there: how it ended is known only here, so the cache keeps it while the server
    holds the same text. When the server holds more (it finished a reply the app was killed in), its copy
    wins."""
    if cached.unreadable:
        return cached.model_copy(update={"remote_id": incoming.remote_id})
    same_text = incoming.text == cached.text
    ended_short = cached.status not in (MessageStatus.COMPLETED, MessageStatus.IN_PROGRESS)
    keep_ending = ended_short and same_text and incoming.status is MessageStatus.COMPLETED
    return cached.model_copy(
        update={
            "remote_id": incoming.remote_id,
            "parts": cached.parts if same_text and cached.parts else incoming.parts,
            "status": cached.status if keep_ending else incoming.status,
            "model": incoming.model or cached.model,
            "usage": incoming.usage or cached.usage,
            "error": cached.error if keep_ending else (incoming.error or cached.error),
        }
    )


def _same_message(cached: Message, incoming: Message) -> bool:
    """A cached message without remote id is the server's ``incoming`` one when role and text agree; an
    interrupted reply's partial text only has to begin the server's (the server may have finished it)."""
    if cached.role != incoming.role:
        return False
    if cached.status is MessageStatus.INTERRUPTED:
        return incoming.text.startswith(cached.text)
    return cached.text == incoming.text


def _folded_into(incoming: Message, by_call: dict[str, Message]) -> Message | None:
    """The cached message holding every tool call of ``incoming`` when ``incoming`` is only tool calls
    (and their images): the server lists each call as an item, a streamed reply holds them in one message."""
    if not incoming.parts or not all(isinstance(p, ToolCallPart | ImagePart) for p in incoming.parts):
        return None
    holder: Message | None = None
    for part in incoming.parts:
        if isinstance(part, ToolCallPart):
            found = by_call.get(part.call_id)
            if found is None or (holder is not None and found.id != holder.id):
                return None
            holder = found
    return holder


def plan_merge(local: Sequence[Message], remote: Sequence[Message]) -> MergePlan:
    """Match ``remote`` (oldest first, each with a remote id) against ``local`` (in order).

    Same message: equal remote ids, or a local message without remote id with the same role and text
    (it adopts the remote id; the first such one in order is taken; an interrupted reply's partial text
    only has to begin the server's). A tool-call item a streamed reply already holds is not added again.
    A new message goes right after the previous message of the page; those before the page's first known
    message go just before it; a page sharing nothing with the cache goes before it when older than its
    first message, otherwise after it.
    """
    plan = MergePlan(order=[m.id for m in local])
    by_remote = {m.remote_id: m for m in local if m.remote_id is not None}
    by_call = {p.call_id: m for m in local for p in m.parts if isinstance(p, ToolCallPart)}
    unclaimed = [m for m in local if m.remote_id is None]
    pending: list[str] = []  # new ids seen before the page's first known message
    cursor: str | None = None
    seen: set[str] = set()
    for incoming in remote:
        if incoming.remote_id is None:
            raise ValueError("every remote message needs a remote_id")
        if incoming.remote_id in seen:
            continue
        seen.add(incoming.remote_id)
        cached = by_remote.get(incoming.remote_id)
        folded = _folded_into(incoming, by_call)
        if cached is None and folded is not None:
            cursor = folded.id  # a tool call (or its output) the streamed reply already shows
            continue
        if cached is None:
            cached = next((m for m in unclaimed if _same_message(m, incoming)), None)
            if cached is not None:
                unclaimed.remove(cached)
                plan.adopted += 1
        if cached is not None:
            merged = _merged(cached, incoming)
            if merged != cached:
                plan.changed.append(merged)
                plan.updated += cached.remote_id is not None
            if cursor is None and pending:
                at = plan.order.index(cached.id)
                plan.order[at:at] = pending
                pending = []
            cursor = cached.id
            continue
        plan.new[incoming.id] = incoming
        if cursor is None:
            pending.append(incoming.id)
        else:
            plan.order.insert(plan.order.index(cursor) + 1, incoming.id)
            cursor = incoming.id
    if pending:
        older = bool(local) and plan.new[pending[-1]].created_at <= local[0].created_at
        plan.order = pending + plan.order if older else plan.order + pending
    return plan
