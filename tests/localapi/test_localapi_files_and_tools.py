"""Files, vector stores, and the built-in tools (file search, code interpreter) of the Responses API."""

from __future__ import annotations

import struct
import zlib

import openai
import pytest

MODEL = "gpt-4.1-mini"
NOTES = b"Belugas are white whales. They sing, which is why sailors called them sea canaries.\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    # the first chunk's CRC is right, and the image data inflates to rows of RGB pixels
    assert struct.unpack(">I", data[29:33])[0] == zlib.crc32(data[12:29])
    idat = data.index(b"IDAT")
    size = struct.unpack(">I", data[idat - 4 : idat])[0]
    assert len(zlib.decompress(data[idat + 4 : idat + 4 + size])) == height * (1 + 3 * width)
    return width, height


def test_file_upload_list_download_delete(client: openai.OpenAI) -> None:
    blob = bytes(range(256)) * 4
    uploaded = client.files.create(file=("bytes.bin", blob), purpose="assistants")
    assert (
        uploaded.id.startswith("file-") and uploaded.bytes == len(blob) and uploaded.filename == "bytes.bin"
    )
    assert uploaded.object == "file" and uploaded.status == "processed"
    assert client.files.retrieve(uploaded.id).filename == "bytes.bin"
    assert client.files.content(uploaded.id).content == blob
    assert uploaded.id in [f.id for f in client.files.list(purpose="assistants")]
    assert uploaded.id not in [f.id for f in client.files.list(purpose="vision")]
    deleted = client.files.delete(uploaded.id)
    assert deleted.deleted and deleted.id == uploaded.id
    with pytest.raises(openai.NotFoundError):
        client.files.content(uploaded.id)


def test_file_upload_rejects_bad_purpose(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.files.create(file=("a.txt", b"x"), purpose="nonsense")  # type: ignore[arg-type]
    assert err.value.param == "purpose" and err.value.code == "invalid_value"


def test_vector_store_files_and_batches(client: openai.OpenAI) -> None:
    a = client.files.create(file=("a.txt", b"alpha"), purpose="assistants")
    b = client.files.create(file=("b.txt", b"beta"), purpose="assistants")
    c = client.files.create(file=("c.txt", b"gamma"), purpose="assistants")
    vs = client.vector_stores.create(name="notes", file_ids=[a.id], metadata={"k": "v"})
    assert vs.id.startswith("vs_") and vs.file_counts.completed == 1 and vs.status == "completed"
    batch = client.vector_stores.file_batches.create(vector_store_id=vs.id, file_ids=[b.id, c.id])
    assert batch.id.startswith("vsfb_") and batch.status == "completed" and batch.file_counts.total == 2
    again = client.vector_stores.file_batches.retrieve(batch.id, vector_store_id=vs.id)
    assert again.id == batch.id and again.vector_store_id == vs.id
    batch_files = client.vector_stores.file_batches.list_files(batch.id, vector_store_id=vs.id, order="asc")
    assert [f.id for f in batch_files] == [b.id, c.id]
    listed = [f.id for f in client.vector_stores.files.list(vector_store_id=vs.id, order="asc", limit=2)]
    assert listed == [a.id, b.id, c.id]
    assert client.vector_stores.retrieve(vs.id).file_counts.total == 3
    client.vector_stores.files.delete(b.id, vector_store_id=vs.id)
    assert client.vector_stores.retrieve(vs.id).file_counts.total == 2
    renamed = client.vector_stores.update(vs.id, name="renamed")
    assert renamed.name == "renamed"
    assert client.vector_stores.delete(vs.id).deleted
    with pytest.raises(openai.NotFoundError):
        client.vector_stores.retrieve(vs.id)


def test_file_search_call_and_citation(client: openai.OpenAI) -> None:
    notes = client.files.create(file=("belugas.txt", NOTES), purpose="assistants")
    vs = client.vector_stores.create(name="whales", file_ids=[notes.id])
    events = list(
        client.responses.create(
            model=MODEL,
            input="Search my documents: why are belugas called canaries?",
            tools=[{"type": "file_search", "vector_store_ids": [vs.id]}],
            include=["file_search_call.results"],
            stream=True,
        )
    )
    kinds = [e.type for e in events]
    assert "response.file_search_call.searching" in kinds and "response.output_text.annotation.added" in kinds
    response = events[-1].response
    search, message = response.output
    assert search.type == "file_search_call" and search.id.startswith("fs_") and search.status == "completed"
    assert search.results is not None and search.results[0].file_id == notes.id
    citation = message.content[0].annotations[0]
    assert (
        citation.type == "file_citation"
        and citation.file_id == notes.id
        and citation.filename == "belugas.txt"
    )
    assert message.content[0].text[: citation.index].endswith("sea canaries.")


def test_code_interpreter_call_with_chart(client: openai.OpenAI) -> None:
    response = client.responses.create(
        model=MODEL,
        input="Please plot a chart of my numbers",
        tools=[{"type": "code_interpreter", "container": {"type": "auto"}}],
    )
    call, message = response.output
    assert call.type == "code_interpreter_call" and call.id.startswith("ci_")
    assert call.container_id.startswith("cntr_") and "plt.bar" in (call.code or "")
    outputs = call.outputs or []
    assert [o.type for o in outputs] == ["logs", "image"]
    annotation = message.content[0].annotations[0]
    assert annotation.type == "container_file_citation" and annotation.file_id.startswith("cfile_")
    text = message.content[0].text
    assert (
        text[annotation.start_index : annotation.end_index]
        == "[Download the chart](sandbox:/mnt/data/chart.png)"
    )
    data = client.containers.files.content.retrieve(
        annotation.file_id, container_id=annotation.container_id
    ).read()
    assert _png_size(data) == (160, 100)
    meta = client.containers.files.retrieve(annotation.file_id, container_id=call.container_id)
    assert meta.bytes == len(data) and meta.path == "/mnt/data/chart.png"
