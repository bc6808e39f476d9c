"""An instrument's paragraph that asks a body in the present passive is its operative text, the first
of its operative paragraphs too (E258): "The Bureau of the Commission is requested to prepare …" right
after the preamble (or right after the issuer's line) is as much a request as "Requests the Bureau to
prepare …" (`segment._BODY_IS_REQUESTED`); before, the preamble ran on over it and nothing was asked.

Near misses: the past passive told in a recital ("The Bureau … was requested by the Council to …"), a
recital that opens on its participle ("Noting that the Bureau is requested to …"), a body "expected to"
act (no mandate verb). Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

_PREAMBLE = ("Recalling its resolution 11/2 on early warning,", "Noting with appreciation the work of the Secretariat,")


@pytest.mark.parametrize(
    ("paragraphs", "relation", "asked"),
    [
        (
            (*_PREAMBLE, "The Bureau of the Commission is requested to prepare a draft programme of work for the fourteenth session;",
             "Decides to continue its work on early warning."),
            "requests", "ccr/bureau",
        ),
        (
            (_PREAMBLE[0], "1. The Executive Secretary is further requested to report to the Commission at its fourteenth session;",
             "2. Decides to keep the matter under review."),
            "requests", "ccr/executive-secretary",
        ),
        (
            ("The Working Group on Early Warning Systems is hereby requested to submit its findings to the Commission.",),
            "requests", "ccr/wg-early-warning",
        ),
        (
            (*_PREAMBLE, "The Committee on Coastal Data is encouraged to share its data with the Working Group;", "Decides to meet again."),
            "encourages", "ccr/committee-on-data",
        ),
    ],
)
def test_a_passive_request_opens_the_operative_part(paragraphs: tuple[str, ...], relation: str, asked: str) -> None:
    assert (RESOLUTION, asked) in facts(in_resolution(*paragraphs), relation)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Bureau of the Commission was requested by the Council to prepare a draft programme of work,",
        "Noting that the Bureau of the Commission is requested to prepare a draft programme of work,",
        "The Bureau of the Commission is expected to prepare a draft programme of work,",
    ],
)
def test_no_request_in_the_preamble(paragraph: str) -> None:
    text = in_resolution(_PREAMBLE[0], paragraph, "Decides to continue its work on early warning.")
    assert (RESOLUTION, "ccr/bureau") not in facts(text, "requests")
