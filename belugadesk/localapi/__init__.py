"""The offline local API: the subset of OpenAI's REST API the app uses, with a scripted reply engine.

    with LocalApiServer(LocalApiConfig(api_key="sk-local")) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="sk-local")
        server.faults.add("POST", r"/v1/responses$", 429, headers={"retry-after": "1"})

Behaviour worth knowing when building a client against it:

- Responses: a stream ends with ``response.completed``; a scripted failure ("simulate failure" in the
  question) with ``response.failed``; "simulate stream error" with an ``error`` event. A response cancelled
  mid-stream (``POST /responses/{id}/cancel``) ends with ``output_item.done`` (status ``incomplete``) and
  ``response.incomplete`` whose response has status ``cancelled``. Closing the stream also cancels it.
  Either way the partial output is kept on the response and (with ``conversation``) in the conversation.
- Assistants runs keep going when the client disconnects (as on the real service); cancelling a streaming
  run ends it with ``thread.message.incomplete``, ``thread.run.step.cancelled``, ``thread.run.cancelled``.
- The engine: see :mod:`belugadesk.localapi.engine` for the words that trigger tools and long replies.
"""

from belugadesk.localapi.app import create_app
from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.server import LocalApiServer

__all__ = ["LocalApiConfig", "LocalApiServer", "create_app"]
