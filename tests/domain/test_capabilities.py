"""The backend feature table and the choice of a backend from what a server speaks."""

from __future__ import annotations

from belugadesk.domain.capabilities import ApiFamily, Feature, ProbeReport, supports, unsupported_reason
from belugadesk.domain.models import Backend


def report(*spoken: ApiFamily) -> ProbeReport:
    return ProbeReport(apis={api: api in spoken for api in ApiFamily})


def test_the_best_backend_is_responses_then_assistants_then_chat_completions() -> None:
    everything = report(*ApiFamily)
    assert everything.best_backend is Backend.RESPONSES
    no_conversations = report(ApiFamily.RESPONSES, ApiFamily.ASSISTANTS, ApiFamily.CHAT_COMPLETIONS)
    assert no_conversations.best_backend is Backend.ASSISTANTS, "Responses needs Conversations too"
    assert report(ApiFamily.MODELS, ApiFamily.CHAT_COMPLETIONS).best_backend is Backend.CHAT_COMPLETIONS
    assert report(ApiFamily.MODELS).best_backend is None


def test_an_unknown_answer_is_not_taken_as_spoken() -> None:
    unsure = ProbeReport(apis={ApiFamily.RESPONSES: None, ApiFamily.CONVERSATIONS: True})
    assert not unsure.speaks(Backend.RESPONSES) and unsure.best_backend is None
    assert dict(unsure.rows())["Responses"] == "could not tell"
    assert dict(unsure.rows())["Chat Completions"] == "could not tell", "a missing answer is unknown"


def test_the_summary_says_what_to_choose() -> None:
    chat_only = report(ApiFamily.MODELS, ApiFamily.CHAT_COMPLETIONS)
    assert chat_only.summary(Backend.RESPONSES) == (
        "This server does not speak the Responses API; choose the Chat Completions API for this profile."
    )
    assert chat_only.summary(Backend.CHAT_COMPLETIONS) == "Best backend here: Chat Completions API."
    assert report(*ApiFamily).summary(Backend.CHAT_COMPLETIONS) == (
        "The Chat Completions API works here; the Responses API would do more."
    )


def test_file_search_and_code_interpreter_need_responses_or_assistants() -> None:
    for feature in (Feature.FILE_SEARCH, Feature.CODE_INTERPRETER):
        assert supports(Backend.RESPONSES, feature) and supports(Backend.ASSISTANTS, feature)
        assert not supports(Backend.CHAT_COMPLETIONS, feature)
        assert unsupported_reason(Backend.RESPONSES, feature) == ""
    assert unsupported_reason(Backend.CHAT_COMPLETIONS, Feature.FILE_SEARCH) == (
        "File search needs the Responses API or the Assistants API; "
        "this profile uses the Chat Completions API."
    )
    assert supports(Backend.CHAT_COMPLETIONS, Feature.FUNCTIONS)
    assert supports(Backend.CHAT_COMPLETIONS, Feature.JSON_SCHEMA)
