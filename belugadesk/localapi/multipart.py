"""``multipart/form-data`` bodies parsed with the standard library (no python-multipart needed)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP

from belugadesk.localapi.errors import invalid


@dataclass(frozen=True)
class FormField:
    value: bytes
    filename: str | None = None
    content_type: str | None = None

    def text(self) -> str:
        return self.value.decode("utf-8", errors="replace")


def parse_form(content_type: str, body: bytes) -> dict[str, FormField]:
    """Form fields by name; a file field keeps its filename. 400 when the body is not multipart."""
    if not content_type.lower().startswith("multipart/form-data") or "boundary=" not in content_type:
        raise invalid("Invalid request: expected a multipart/form-data body.", code="invalid_content_type")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    fields: dict[str, FormField] = {}
    for part in message.iter_parts():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        fields[name] = FormField(data, part.get_filename(), part.get_content_type())
    return fields
