"""E261: a web page's "Sessions:" field listing the sessions a document goes to, "Body, Nth
session[, item ...]" entries parted by ";": the document is submitted to the first entry's session."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import shipped_registry, stated

PAGE = (
    "# Progress in the follow-up to the outcome of the world summit\n\n**Report of the Secretary-General**\n\n"
    "**Symbol:** {symbol}\n**Distribution:** General | **Date:** 4 August 2041\n\n{field}\n\n## Summary\n\n"
    "The present report describes progress made since the last report.\n"
)


def submitted(symbol: str, field: str) -> set[tuple[str, str]]:
    found = stated(extract(PAGE.format(symbol=symbol, field=field), source_key="test", registry=shipped_registry()))
    return {(s, o) for r, s, o in found if r == "submittedTo"}


@pytest.mark.parametrize(
    ("symbol", "field", "session"),
    [
        ("A/96/233-E/2041/70", "**Sessions:** General Assembly, Ninety-sixth session, Item 19 of the\npreliminary list; Economic and Social Council, 2041 session, Agenda item 5", "ga#96"),
        ("A/96/240", "**Sessions:** General Assembly, 96th session; Economic and Social Council, 2041 session", "ga#96"),
        ("A/96/241", "Sessions: General Assembly, ninety-sixth session, agenda item 70", "ga#96"),
    ],
)
def test_the_first_session_listed(symbol: str, field: str, session: str) -> None:
    assert (symbol.split("-")[0], session) in submitted(symbol, field)


def test_a_field_of_no_session_gives_none() -> None:
    # near miss: the sessions named without a body, and a list of topics
    assert not submitted("A/96/242", "**Sessions:** ninety-fifth and ninety-sixth")
    assert not submitted("A/96/243", "**Topics:** General Assembly, Ninety-sixth session")
