"""Requests told as a noun or through a decision narrated: "The request to the Secretary-General
contained in resolution 77/12 was implemented", "Pursuant to the request made by the Assembly to UNEP in
resolution 77/12, ...", "Resolution 77/12 contains a request to the Secretary-General to ...", and "In
resolution 77/12, the Assembly decided that the Secretary-General should submit a report". A grid of
request frames in a report of the Secretary-General found these read as nothing
(`rules/nominal_requests.py`, `relate._IN_INSTRUMENT_DECIDED_THAT`). A request no instrument made, or an
arrangement ("decided that the Committee should meet"), asks nobody."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SG_REPORT, in_sg_report, key, shipped_registry


def requested(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "requests")


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The request to the Secretary-General contained in resolution 77/12 was implemented.", "secretary-general"),
        ("The request made to the United Nations Environment Programme in resolution 77/12 to submit a report was implemented.", "unep"),
        ("Pursuant to the request made by the Assembly to the Secretary-General in its resolution 77/12, a report was submitted.", "secretary-general"),
        ("In line with the request addressed to the United Nations Environment Programme in paragraph 5 of resolution 77/12, a report was submitted.", "unep"),
        ("Resolution 77/12 contains a request to the Secretary-General to submit a report.", "secretary-general"),
        ("General Assembly resolution 77/12 includes a request for the United Nations Environment Programme to submit a report.", "unep"),
        ("In resolution 77/12, the Assembly decided that the Secretary-General should submit a report.", "secretary-general"),
        ("In its resolution 77/12, it was decided that the United Nations Environment Programme is to submit a report.", "unep"),
        ("By General Assembly resolution 77/12, the Assembly also decided that the Secretary-General should report annually.", "secretary-general"),
    ],
)
def test_the_instrument_asks_the_addressee(sentence, addressee):
    assert requested(sentence) == {("ga/res/77/12", addressee)}


@pytest.mark.parametrize(
    "sentence",
    [
        # the request is the Secretary-General's, to the Assembly, about a resolution
        "The Secretary-General's request to the General Assembly concerning resolution 77/12 is pending.",
        # no instrument made the request
        "The request to the United Nations Environment Programme was made by letter; resolution 77/12 is silent.",
        # an arrangement, no task
        "In resolution 77/12, the Assembly decided that the Economic and Social Council should meet in Geneva.",
    ],
)
def test_near_misses_ask_nobody(sentence):
    assert requested(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The invitation to the United Nations Environment Programme contained in resolution 77/12 was welcomed.",
        "In response to the invitation extended to the United Nations Environment Programme in resolution 77/12, a contribution was made.",
    ],
)
def test_an_invitation_told_as_a_noun_encourages(sentence):
    extraction = extract(SG_REPORT.format(s=sentence), source_key="test", registry=shipped_registry())
    invited = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation in ("invites", "encourages")}
    assert invited == {("ga/res/77/12", "unep")} and requested(sentence) == set()
