"""Two requests told as nouns (E205, `rules/nominal_requests.py`):

- a body's work asked for by an instrument named after it: "the contribution of the Secretary-General
  requested by the Economic and Social Council in its resolution 2033/21", "the study by UNEP requested
  in paragraph 4 of decision 5/2": the instrument asks that body (`works_asked_for`);
- an invitation whose instrument is set off before its addressee: "the invitation extended by the
  Assembly, in the same resolution, to the World Bank", "..., in its resolution 88/227, to": the
  instrument (named back to the one the text named last) invites it (`request_nouns`' ``set_off``).

Near misses: a work asked for by no instrument, a work an instrument only took note of, an invitation a
Government extended to host."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_sg_report


def said(sentence: str, relation: str) -> set[tuple[str, str]]:
    # an invitation told as a noun encourages, as the gold's `encourages` counts "invites" too
    return in_sg_report(sentence, *(("invites", "encourages") if relation == "invites" else (relation,)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Office coordinates the contribution of the Secretary-General requested by the Economic and Social Council in its "
         "resolution 2033/21 of 24 July 2033.", {("ecosoc/res/2033/21", "secretary-general")}),
        ("The study by the United Nations Environment Programme requested in paragraph 4 of General Assembly resolution 88/12 was "
         "issued in May.", {("ga/res/88/12", "unep")}),
        ("The inputs from the United Nations Environment Programme, which were requested by the Assembly in its resolution 88/12, "
         "are summarized below.", {("ga/res/88/12", "unep")}),
    ],
)
def test_the_instrument_asks_the_author_of_the_work(sentence, expected):
    assert said(sentence, "requests") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no instrument asked for it
        "The Office prepares the reports of the Secretary-General requested by the General Assembly.",
        # the instrument took note of the work, asked for nothing
        "The report of the Secretary-General, of which the Assembly took note in its resolution 88/12, was issued.",
        # requested from another body: the one asked is not the author named
        "The report of the Secretary-General on the request of the United Nations Environment Programme was issued in resolution 88/12.",
    ],
)
def test_near_misses_ask_nobody(sentence):
    assert said(sentence, "requests") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By resolution 88/227 the Assembly acted on transit. We welcome the invitation extended by the Assembly, in the same "
         "resolution, to the United Nations Environment Programme and the regional development banks to expand financing.",
         {("ga/res/88/227", "unep")}),
        ("We welcome the invitation extended by the General Assembly, in its resolution 88/227, to the United Nations Environment "
         "Programme to expand financing.", {("ga/res/88/227", "unep")}),
        ("We note the invitation addressed by the Economic and Social Council, in paragraph 3 of its resolution 2034/9, to the "
         "United Nations Environment Programme.", {("ecosoc/res/2034/9", "unep")}),
    ],
)
def test_the_invitation_set_off_before_its_addressee(sentence, expected):
    assert said(sentence, "invites") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a Government's invitation to host, no instrument
        "By resolution 88/227 the Assembly acted on transit. We welcome the invitation extended by the Government of Mongolia to "
        "host the Conference.",
        # no instrument named before, nothing to name back
        "We welcome the invitation extended by the Assembly, in the same resolution, to the United Nations Environment Programme.",
    ],
)
def test_near_misses_invite_nobody(sentence):
    assert said(sentence, "invites") == set()


def test_a_commission_asks_for_its_committees_work():
    text = in_note(
        "The Secretariat compiled the assessment of the Committee on Coastal Data requested by the Commission in its resolution "
        "12/1.",
    )
    assert ("ccr/res/12/1", "ccr/committee-on-data") in facts(text, "requests")
