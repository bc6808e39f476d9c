"""The network guard's verdicts are remembered per text: a repeated query is not parsed again,
and the answer is the same as the first time (passed, or refused with the same message)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.store import guard, sparql_text
from mandate_graph.graph.store.base import NetworkDisabledError


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the guard parses, from now on (the cache starts empty)."""
    seen: list[str] = []
    real_query, real_update = guard.parseQuery, guard.parseUpdate

    def query(text: str):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real_query(text)

    def update(text: str):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real_update(text)

    monkeypatch.setattr(guard, "parseQuery", query)
    monkeypatch.setattr(guard, "parseUpdate", update)
    monkeypatch.setattr(sparql_text, "_verdicts", type(sparql_text._verdicts)())
    return seen


SUSPECT_BUT_SAFE = 'SELECT ?t WHERE { ?d <http://example.org/title> ?t FILTER(CONTAINS(?t, "download")) }'
REFUSED = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"


def test_a_repeated_query_is_parsed_once(parses: list[str]) -> None:
    assert sparql_text.check_network(SUSPECT_BUT_SAFE, False) == SUSPECT_BUT_SAFE
    assert sparql_text.check_network(SUSPECT_BUT_SAFE, False) == SUSPECT_BUT_SAFE
    assert len(parses) == 1


def test_a_refusal_is_remembered_with_its_message(parses: list[str]) -> None:
    messages = []
    for _ in range(2):
        with pytest.raises(NetworkDisabledError) as refused:
            sparql_text.check_network(REFUSED, False)
        messages.append(str(refused.value))
    assert len(parses) == 1 and messages[0] == messages[1] == guard.REFUSAL


def test_an_update_and_a_query_of_the_same_text_are_judged_apart(parses: list[str]) -> None:
    text = "LOAD <http://127.0.0.1:9/x>"
    with pytest.raises(NetworkDisabledError):
        sparql_text.check_network(text, False, update=True)
    with pytest.raises(NetworkDisabledError):  # not a query at all: refused, by its own parse
        sparql_text.check_network(text, False)
    assert len(parses) == 2


def test_a_text_the_guard_rewrites_is_rewritten_every_time(parses: list[str]) -> None:
    """Carriage returns become line feeds in the text that runs, on every call."""
    text = SUSPECT_BUT_SAFE.replace(" FILTER", "\r\nFILTER")
    for _ in range(2):
        assert sparql_text.check_network(text, False) == text.replace("\r\n", "\n")


def test_the_network_allowed_skips_the_guard(parses: list[str]) -> None:
    assert sparql_text.check_network(REFUSED, True) == REFUSED
    assert parses == []
