"""The offline local API: the subset of OpenAI's REST API the app uses, with a scripted reply engine."""

from belugadesk.localapi.app import create_app
from belugadesk.localapi.config import LocalApiConfig
from belugadesk.localapi.server import LocalApiServer

__all__ = ["LocalApiConfig", "LocalApiServer", "create_app"]
