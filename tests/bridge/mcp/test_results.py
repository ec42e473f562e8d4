"""A tool's result as the model's output string and the UI's parts: text, images, resources, errors."""

from __future__ import annotations

from mcp import types

from belugadesk.bridge.mcp.results import MAX_OUTPUT_CHARS, tool_result
from belugadesk.domain.mcp import McpImage, McpResource, McpText


def test_resources_links_and_audio_are_named_for_the_model_and_kept_for_the_ui() -> None:
    result = types.CallToolResult(
        content=[
            types.TextContent(type="text", text="Found two files."),
            types.EmbeddedResource(
                type="resource",
                resource=types.TextResourceContents(
                    uri="file:///notes.md", mime_type="text/markdown", text="# Notes"
                ),
            ),
            types.EmbeddedResource(
                type="resource",
                resource=types.BlobResourceContents(
                    uri="file:///logo.png", mime_type="image/png", blob="iVBOR"
                ),
            ),
            types.ResourceLink(type="resource_link", name="report", uri="https://example.com/report.pdf"),
            types.AudioContent(type="audio", data="UklGR", mime_type="audio/wav"),
            types.ImageContent(type="image", data="iVBOR", mime_type="image/png"),
        ],
        is_error=False,
    )
    converted = tool_result("files__find", result)
    assert converted.output.splitlines() == [
        "Found two files.",
        "# Notes",
        "[resource: file:///logo.png (image/png)]",
        "[resource: https://example.com/report.pdf]",
        "[audio: audio/wav]",
        "[image: image/png]",
    ]
    assert converted.parts == (
        McpText(text="Found two files."),
        McpResource(uri="file:///notes.md", mime_type="text/markdown", text="# Notes"),
        McpResource(uri="file:///logo.png", mime_type="image/png"),
        McpResource(uri="https://example.com/report.pdf"),
        McpImage(mime_type="image/png", data="iVBOR"),
    )
    assert not converted.is_error


def test_structured_content_alone_is_sent_as_json_and_errors_say_so() -> None:
    structured = tool_result("s__t", types.CallToolResult(content=[], structured_content={"total": 3}))
    assert structured.output == '{"total": 3}'
    failed = tool_result("s__t", types.CallToolResult(content=[], is_error=True))
    assert (failed.output, failed.is_error) == ("Error: the tool failed without saying why.", True)


def test_a_huge_output_is_cut_for_the_model() -> None:
    huge = tool_result(
        "s__t", types.CallToolResult(content=[types.TextContent(type="text", text="x" * 250_000)])
    )
    assert len(huge.output) < MAX_OUTPUT_CHARS + 100
    assert huge.output.endswith("[… 150000 more characters cut]")
