"""A paper named back ("that report", "this note", "the same study") as the one a session considered,
in the passive or as a noun: "That report was considered by the Assembly at its eighty-eighth
session", "look forward to the consideration of that report by the General Assembly at its
eighty-ninth session" (E205, `relate.Reader.paper_named_back_considered_at`). The paper is the one the
sentence named before the phrase by its symbol, else the one the sentence before named alone; two
papers named, none named, or a session no paper went to give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with, in_note, in_sg_report

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "phrasing_treaty.ttl")


def sent(sentence: str) -> set[tuple[str, str]]:
    return {pair for pair in in_sg_report(sentence, "submittedTo") if pair[0] != "A/79/400"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the passive, the paper in the sentence before
        ("The Office follows the report of the Secretary-General on water (A/88/274). That report was considered by the "
         "Assembly at its eighty-eighth session.", {("A/88/274", "ga#88")}),
        ("The study (A/87/95) was prepared in response to resolution 85/12. This study will be considered by the General "
         "Assembly at its eighty-eighth session.", {("A/87/95", "ga#88")}),
        ("The Council received a note by the Secretariat (E/2031/60). The same note was also examined by the Economic and Social "
         "Council during its 2031 session.", set()),  # a session by its year: no ordinal, no key
        # the noun, the paper earlier in the same sentence
        ("The Ministers took note of the report of the Secretary-General (A/89/211), submitted pursuant to resolution 88/227, "
         "and look forward to the consideration of that report by the General Assembly at its eighty-ninth session.",
         {("A/89/211", "ga#89")}),
        ("We welcome the note (A/89/300) and await the consideration of this note by the Assembly at its\neighty-ninth session.",
         {("A/89/300", "ga#89")}),
    ],
)
def test_the_paper_named_back_went_to_the_session(sentence, expected):
    assert sent(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # two papers named before: which one "that report" is, the text does not say
        "The reports A/88/274 and A/88/275 were issued. That report was considered by the Assembly at its eighty-eighth session.",
        # no paper named back: the item was considered
        "The item was considered by the Assembly at its eighty-eighth session.",
        # the consideration of an item, not of the paper
        "The report (A/89/211) was issued, and we await the consideration of the item by the Assembly at its eighty-ninth session.",
        # not considered: the proposal was
        "The report (A/88/274) was issued. That proposal was considered by the Assembly at its eighty-eighth session.",
    ],
)
def test_near_misses_send_no_paper(sentence):
    assert sent(sentence) == set()


def test_a_commission_considers_the_paper_named_back():
    # a note for the Commission on Coastal Resilience (tests/data/phrasing.ttl): its session, not the Assembly's
    from tests.extract.phrasing import facts as phrasing_facts

    text = in_note(
        "The Secretariat issued a study on tidal gauges (E/CN.21/2031/7). That study was examined by the Commission at its "
        "twelfth session.",
    )
    assert ("E/CN.21/2031/7", "ccr#12") in phrasing_facts(text, "submittedTo")


def test_a_conference_of_the_parties_considers_the_paper_named_back():
    text = (
        "United Nations RS/COP.16/INF/2\n\nDistr.: General\n1 October 2031\n\nOriginal: English\n\n"
        "Conference of the Parties to the Convention on Reef Sanctuaries\n\nNote by the secretariat\n\n"
        "1. The secretariat prepared an assessment of reef monitoring (RS/COP.15/7). The consideration of that assessment by "
        "the Conference of the Parties at its fifteenth meeting led to decision 15/4.\n"
    )
    assert ("submittedTo", "RS/COP.15/7", "rs-cop#15") in facts(text)
