"""A paper sent to a session told with the session first and the consideration to come ("At its eightieth
session, the General Assembly will consider the report of the Secretary-General (A/79/456)", "will have
before it"), or with the consideration set off after the paper ("The report (A/79/456),
which will be considered by the Assembly at its eightieth session, …", "(A/79/456), to be considered at
the eightieth session of the General Assembly, …"). The fronted session read only with a past verb,
and the symbol's own session (A/79/… is a document of the seventy-ninth) was given instead: a wrong
fact (`relate._CONSIDERED_REPORT`, `rules/documents._DOCUMENT_RIGHT_BEFORE`, `_TO_BE_CONSIDERED_*`)."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def sent_to(sentence: str) -> set[str]:
    """The sessions the report A/79/456 goes to, per the sentence."""
    return {session for document, session in in_sg_report(sentence, "submittedTo") if document == "A/79/456"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At its eightieth session, the General Assembly will consider the report of the Secretary-General (A/79/456).",
        "At its eightieth session, the Assembly will have before it the report of the Secretary-General (A/79/456).",
        "At its eightieth session, the Assembly is to consider the note by the Secretariat (A/79/456).",
        "The report of the Secretary-General (A/79/456), which will be considered by the Assembly at its eightieth session, reviews the matter.",
        "The report of the Secretary-General (A/79/456), to be considered at the eightieth session of the General Assembly, reviews the matter.",
        "The note (A/79/456), to be examined by the General Assembly at its eightieth session, sets out the options.",
    ],
)
def test_the_session_to_come_receives_the_paper(sentence):
    assert sent_to(sentence) == {"ga#80"}


@pytest.mark.parametrize(
    "sentence",
    [
        # what the paper is about will be considered, not the paper
        "The report (A/79/456) describes how the proposals, which will be considered by the Assembly at its eightieth session, were drawn up.",
        # a clause that is no paper's
        "The options, to be considered at the eightieth session of the General Assembly, are set out in the annex.",
        # "took note of" sends no paper (the corpus's convention, docs/relations.md E33)
        "At its eightieth session, the General Assembly took note of the report (A/79/456).",
    ],
)
def test_near_misses_send_nothing_to_the_eightieth_session(sentence):
    assert "ga#80" not in sent_to(sentence)
