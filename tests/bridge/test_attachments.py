"""Upload a file and attach it: file search cites it; the code interpreter's image downloads as a PNG."""

from __future__ import annotations

import struct
import warnings
import zlib
from pathlib import Path
from typing import Any

import openai
import pytest

from belugadesk.domain.errors import ApiError
from belugadesk.domain.events import RunStatus
from belugadesk.domain.models import AttachmentPart, Backend, FileCitation, FileSearchTool, ImagePart, Role
from tests.bridge.conftest import make_backend
from tests.bridge.helpers import assistant, collect, of_kind

NOTES = "Belugas are white whales. They sing, which is why sailors called them sea canaries.\n"


def _is_png(data: bytes) -> tuple[int, int]:
    """Width and height of a well-formed PNG (signature, IHDR with a valid CRC, inflatable image data)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    assert struct.unpack(">I", data[29:33])[0] == zlib.crc32(data[12:29])
    width, height = struct.unpack(">II", data[16:24])
    idat = data.index(b"IDAT")
    size = struct.unpack(">I", data[idat - 4 : idat])[0]
    assert len(zlib.decompress(data[idat + 4 : idat + 4 + size])) == height * (1 + 3 * width)
    return width, height


@pytest.mark.parametrize(
    "tools",
    [(), (FileSearchTool(),)],
    ids=["no tools: attaching a file enables file search", "file search without a vector store"],
)
def test_attached_file_is_searched_and_cited(
    with_backend: Any, tmp_path: Path, local_api: Any, tools: tuple[FileSearchTool, ...]
) -> None:
    definition = assistant(tools=tools)
    notes = tmp_path / "belugas.txt"
    notes.write_text(NOTES)

    async def scenario(backend: Any) -> None:
        uploaded = await backend.upload_file(notes, tool="file_search")
        assert uploaded.filename == "belugas.txt" and uploaded.bytes == len(NOTES)
        thread_id = await backend.create_thread(definition)
        attachment = AttachmentPart(file_id=uploaded.id, filename=uploaded.filename, tool="file_search")
        events = await collect(
            backend.stream_reply(
                thread_id, definition, "Search my document about whales", attachments=[attachment]
            )
        )
        assert events[-1].status is RunStatus.COMPLETED
        (search,) = of_kind(events, "tool_call_output")
        assert search.call.kind == "file_search"
        (completed,) = of_kind(events, "message_completed")
        assert "sea canaries" in completed.message.text
        citations = [a for p in completed.message.parts for a in getattr(p, "annotations", ())]
        assert citations and all(isinstance(c, FileCitation) for c in citations)
        assert citations[0].file_id == uploaded.id

        # a later question in the same thread still searches the file attached earlier
        later = await collect(backend.stream_reply(thread_id, definition, "What does the file say?"))
        (again,) = of_kind(later, "message_completed")
        assert "sea canaries" in again.message.text

        if backend.backend is Backend.RESPONSES:
            # one vector store per conversation, named in its metadata, reused by both requests
            client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test")
            store_id = (await client.conversations.retrieve(thread_id)).metadata["belugadesk_vector_store"]
            for run in (events[0].run_ref, later[0].run_ref):
                response = await client.responses.retrieve(run)
                (tool,) = [t for t in response.tools if t.type == "file_search"]
                assert tool.vector_store_ids == [store_id]  # type: ignore[union-attr]
            files = await client.vector_stores.files.list(store_id)
            assert [f.id for f in files.data] == [uploaded.id]
            # after a restart (a new backend), the conversation's vector store is found from its metadata
            restarted = make_backend(Backend.RESPONSES, local_api.base_url)
            resumed = await collect(restarted.stream_reply(thread_id, definition, "What does the file say?"))
            await restarted.aclose()
            assert "sea canaries" in of_kind(resumed, "message_completed")[0].message.text
            await backend.delete_thread(thread_id)  # takes the vector store with it
            with pytest.raises(openai.NotFoundError):
                await client.vector_stores.retrieve(store_id)
            await client.close()
        else:
            history = (await backend.load_history(thread_id)).messages
            first = history[0]
            assert first.role is Role.USER
            attached = [p for p in first.parts if isinstance(p, AttachmentPart)]
            assert [(a.file_id, a.filename, a.tool) for a in attached] == [
                (uploaded.id, "belugas.txt", "file_search")
            ]

    with_backend(scenario)


def test_code_interpreter_image_downloads_as_png(with_backend: Any, tmp_path: Path, local_api: Any) -> None:
    definition = assistant()
    data = tmp_path / "values.csv"
    data.write_text("x,y\n1,35\n2,60\n3,45\n")

    async def scenario(backend: Any) -> None:
        uploaded = await backend.upload_file(data, tool="code_interpreter")
        thread_id = await backend.create_thread(definition)
        attachment = AttachmentPart(file_id=uploaded.id, filename="values.csv", tool="code_interpreter")
        events = await collect(
            backend.stream_reply(thread_id, definition, "Plot a chart of my values", attachments=[attachment])
        )
        (ran,) = of_kind(events, "tool_call_output")
        assert ran.call.kind == "code_interpreter" and "plt.savefig" in ran.call.arguments
        assert "plotted 5 bars" in (ran.call.output or "")
        (image,) = ran.images
        assert isinstance(image, ImagePart)
        png = await backend.download_file(image.file_id, container_id=image.container_id)
        width, height = _is_png(png)
        assert width > 10 and height > 10

        (completed,) = of_kind(events, "message_completed")
        shown = [p for p in completed.message.parts if isinstance(p, ImagePart)]
        assert [p.file_id for p in shown] == [image.file_id]

        history = (await backend.load_history(thread_id)).messages
        code_rows = [m for m in history if any(getattr(p, "kind", "") == "code_interpreter" for p in m.parts)]
        assert len(code_rows) == 1 and "plt.savefig" in code_rows[0].parts[0].arguments  # type: ignore[union-attr]
        images = [p for m in history for p in m.parts if isinstance(p, ImagePart)]
        assert [p.file_id for p in images] == [image.file_id]  # shown once, with the message

        if backend.backend is Backend.RESPONSES:
            assert image.container_id
            client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test")
            response = await client.responses.retrieve(events[0].run_ref)
            (tool,) = [t for t in response.tools if t.type == "code_interpreter"]
            assert tool.container.file_ids == [uploaded.id]  # type: ignore[union-attr]
            # each request gets a fresh container: the file attached earlier goes into the next one too
            later = await collect(backend.stream_reply(thread_id, definition, "Plot it again"))
            response = await client.responses.retrieve(later[0].run_ref)
            (tool,) = [t for t in response.tools if t.type == "code_interpreter"]
            assert tool.container.file_ids == [uploaded.id]  # type: ignore[union-attr]
            await client.close()
        else:
            client = openai.AsyncOpenAI(base_url=local_api.base_url, api_key="sk-test")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                listed = await client.beta.threads.messages.list(thread_id, order="asc")
            assert listed.data[0].attachments[0].file_id == uploaded.id  # type: ignore[index]
            assert listed.data[0].attachments[0].tools[0].type == "code_interpreter"  # type: ignore[index]
            await client.close()

    with_backend(scenario)


def test_unreadable_file_is_named_and_nothing_is_sent(with_backend: Any, tmp_path: Path) -> None:
    async def scenario(backend: Any) -> None:
        with pytest.raises(ApiError) as err:
            await backend.upload_file(tmp_path / "missing.pdf")
        assert "missing.pdf" in str(err.value) and "No such file" in str(err.value)

    with_backend(scenario)
