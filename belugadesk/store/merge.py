"""How a page of remote history fits into the cached messages of a thread (pure: no database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from belugadesk.domain.models import Message, MessageStatus


@dataclass
class MergePlan:
    order: list[str] = field(default_factory=list)  # every message id of the thread, in its new order
    new: dict[str, Message] = field(default_factory=dict)  # remote messages to insert, by id
    changed: list[Message] = field(default_factory=list)  # cached messages to rewrite
    adopted: int = 0
    updated: int = 0


def _merged(cached: Message, incoming: Message) -> Message:
    # a reply that ended short (stopped, failed, cut off) is written back to the server as a plain message,
    # which reads as completed there: how it ended is known only here, so the cache keeps it
    ended_short = cached.status not in (MessageStatus.COMPLETED, MessageStatus.IN_PROGRESS)
    keep_ending = ended_short and incoming.status is MessageStatus.COMPLETED
    return cached.model_copy(
        update={
            "remote_id": incoming.remote_id,
            "parts": incoming.parts,
            "status": cached.status if keep_ending else incoming.status,
            "model": incoming.model or cached.model,
            "usage": incoming.usage or cached.usage,
            "error": cached.error if keep_ending else incoming.error,
        }
    )


def plan_merge(local: Sequence[Message], remote: Sequence[Message]) -> MergePlan:
    """Match ``remote`` (oldest first, each with a remote id) against ``local`` (in order).

    Same message: equal remote ids, or a local message without remote id with the same role and text
    (it adopts the remote id; the first such one in order is taken). A new message goes right after the
    previous message of the page; those before the page's first known message go just before it; a page
    sharing nothing with the cache goes before it when older than its first message, otherwise after it.
    """
    plan = MergePlan(order=[m.id for m in local])
    by_remote = {m.remote_id: m for m in local if m.remote_id is not None}
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
        if cached is None:
            cached = next((m for m in unclaimed if m.role == incoming.role and m.text == incoming.text), None)
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
