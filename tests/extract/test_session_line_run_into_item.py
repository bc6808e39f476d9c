"""A masthead whose session line and agenda-item line run into one ("Ninety-first session Item 140
of the provisional agenda* Proposed programme budget"; a converter's bold runs "**Seventy-ninth
session** Item 70 of the provisional agenda"): the session the document is submitted to, as when
the two stand on lines of their own (E267). A two-column masthead flattened by a PDF converter or a
text export prints them so.

Near misses: an item line without a session names none; a paragraph of the text that tells of a
session and an item is no masthead."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import registry, stated


def _submitted(text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in stated(extract(text, source_key="t", registry=registry())) if r == "submittedTo"}


@pytest.mark.parametrize(
    ("masthead", "symbol", "session"),
    [
        # a General Assembly report exported as text, one line for the two
        ("A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\n"
         "Seventy-ninth session Item 70 of the provisional agenda Promotion of justice\n", "A/79/400", "ga#79"),
        # the same in Markdown, the session in a bold run, the item's mark escaped
        ("**United Nations** **A/79/400**\n\n# **General Assembly**\n\nDistr.: General 3 August 2024\n\n"
         "**Seventy-ninth session** Item 70 of the provisional agenda\\* **Promotion of justice**\n", "A/79/400", "ga#79"),
        # a functional commission's paper, "Agenda item" first
        ("E/CN.21/2031/4\nEconomic and Social Council\nDistr.: General\n2 January 2031\n"
         "Commission on Coastal Resilience\nTwelfth session Agenda item 3 (b) Early warning systems\n", "E/CN.21/2031/4", "ccr#12"),
        # the preliminary list of the Assembly's next session
        ("A/80/150\nGeneral Assembly\nDistr.: General\n30 June 2025\n"
         "Eightieth session Items 12 and 14 of the preliminary list* Culture of peace\n", "A/80/150", "ga#80"),
    ],
)
def test_the_run_in_session_line_takes_the_document(masthead: str, symbol: str, session: str) -> None:
    text = masthead + "\nReport of the Secretary-General\n\n1. The present report covers the period under review.\n"
    assert (symbol, session) in _submitted(text)


def test_an_item_line_without_a_session_names_none() -> None:
    text = (
        "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nItem 70 of the provisional agenda Promotion of justice\n"
        "\nReport of the Secretary-General\n\n1. The present report covers the period under review.\n"
    )
    assert not _submitted(text)


def test_a_paragraph_telling_of_a_session_and_an_item_is_no_masthead() -> None:
    text = (
        "Note by the editors\n\nThe compendium lists texts of earlier years.\n\n"
        "1. Seventy-ninth session item 70 of the provisional agenda was the subject of several statements at the meeting.\n"
    )
    assert not _submitted(text)
