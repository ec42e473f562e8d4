"""``LocalApiConfig.apis`` / ``serve-local-api --apis``: the local API plays a server that speaks only some
APIs."""

from __future__ import annotations

import openai
import pytest

from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.localapi.app import ROUTE_GROUPS, served_routes
from belugadesk.localapi.cli import parse_args


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the SDK's Assistants deprecation
def test_only_the_chosen_groups_are_served() -> None:
    with LocalApiServer(LocalApiConfig(apis=frozenset({"assistants"}))) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="sk-any", max_retries=0)
        assert client.beta.assistants.list(limit=1).data == []
        with pytest.raises(openai.NotFoundError) as missing:
            client.models.list()
        assert "Invalid URL" in str(missing.value)
        with pytest.raises(openai.NotFoundError):
            client.conversations.create()


def test_all_groups_by_default_and_unknown_names_refused() -> None:
    assert len(served_routes(None)) == sum(len(group) for group in ROUTE_GROUPS.values())
    with pytest.raises(ValueError, match="Unknown API group"):
        served_routes(frozenset({"telepathy"}))


def test_the_command_line_takes_a_comma_separated_list() -> None:
    assert parse_args(["--apis", "responses, conversations"]).apis == frozenset(
        {"responses", "conversations"}
    )
    assert parse_args([]).apis is None
    for wrong in ("responses,telepathy", ","):
        with pytest.raises(SystemExit):
            parse_args(["--apis", wrong])
