"""The markdown renderer's worker process: reads batches of (markdown, dark) from stdin, writes their
renderings to stdout, until stdin closes. Run as ``python -m belugadesk.views.chat.render_worker`` by
``block_renderer``; it imports nothing but ``markdown_render`` (no Qt, not the app).

Frames both ways are a 4-byte big-endian length and a pickle: ``(batch, keys)`` in, ``(batch, renderings)``
out (the two ends are the same program, over private pipes).
"""

from __future__ import annotations

import pickle
import struct
import sys
from typing import IO, Any

from belugadesk.views.chat.markdown_render import render_batch

_LENGTH = struct.Struct(">I")


def read_frame(stream: IO[bytes]) -> Any | None:
    """The next frame's object, or None at the end of the stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    size = _LENGTH.unpack(head)[0]
    body = stream.read(size)
    if len(body) < size:
        return None
    return pickle.loads(body)  # written by this program's other end, over a private pipe


def write_frame(stream: IO[bytes], value: object) -> None:
    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(body)) + body)
    stream.flush()


def main() -> None:
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    while (request := read_frame(requests)) is not None:
        batch, keys = request
        write_frame(replies, (batch, render_batch(keys)))


if __name__ == "__main__":
    main()
