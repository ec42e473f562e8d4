"""The offline local API: the subset of OpenAI's REST API the app uses, with a scripted reply engine.

    with LocalApiServer(LocalApiConfig(api_key="sk-local")) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="sk-local")
        server.faults.add("POST", r"/v1/responses$", 429, headers={"retry-after": "1"})

Behaviour worth knowing when building a client against it:

- Responses: a stream ends with ``response.completed``; a scripted failure ("simulate failure" in the
  question) with ``response.failed``; "simulate stream error" with an ``error`` event. Closing the stream of
  a (non-background) response cancels it; ``POST /responses/{id}/cancel`` works only on ``background=true``
  responses (others get OpenAI's 400 "Cannot cancel a synchronous response."), and a streamed one then ends
  with ``output_item.done`` (status ``incomplete``) and ``response.incomplete`` (status ``cancelled``); a
  background stream outlives its client. Either way the partial output is kept on the response and (with
  ``conversation``) in the conversation.
- Every response carries ``x-request-id`` (``req_`` + 32 hex digits), errors and SSE streams included.
- Assistants runs keep going when the client disconnects (as on the real service); a cancelled run reads
  ``cancelling`` until it stops; a streaming one then ends with ``thread.message.incomplete``,
  ``thread.run.step.cancelled``, ``thread.run.cancelled``. A message attachment for ``file_search`` puts
  the file in the thread's vector store (``tool_resources.file_search``, created when missing, 7-day expiry).
- ``LocalApiServer.stop()`` cancels whatever is still producing (kept as ``cancelled``) and awaits it.
- The engine: see :mod:`belugadesk.localapi.engine` for the words that trigger tools and long replies.
"""

from belugadesk.localapi.app import create_app
from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.server import LocalApiServer

__all__ = ["LocalApiConfig", "LocalApiServer", "create_app"]
