"""A summary record of a meeting ("Summary record of the 5th meeting / Held at ..., on Thursday,
13 March 2031, at 3 p.m.") tells the drafts acted on in reported speech. "draft decision X,
which would become decision 12/4" gives the number; a paragraph telling the draft's terms
("under its terms the Commission would decide to establish ...", "in the draft decision, the
Commission recalled ...", "In the operative part, the Commission invited ...") is the adopted
text's own once "Draft decision X was adopted"; adopted at the record's session, on the
sitting's day, which is no date of the session. A member's proposal, or a draft not adopted,
gives nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

RECORD = (
    "United Nations{pad}E/CN.21/2031/SR.5\n\n"
    "Economic and Social Council{pad}Distr.: General\n{pad}2 April 2031\n\n{pad}Original: English\n\n"
    "Commission on Coastal Resilience\n"
    "Twelfth session\n\n"
    "Summary record of the 5th meeting\n"
    "Held at {venue}, on {day}, at 3 p.m.\n\n"
    "Chair:    Mr. Ito\n\n"
    "The meeting was called to order at 3.10 p.m.\n\n"
    "Action on draft decisions\n\n"
    "{body}\n\n"
    "The meeting rose at 5.55 p.m.\n"
)


def record(*paragraphs: str, venue: str = "Headquarters, New York", day: str = "Thursday, 13 March 2031") -> str:
    body = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1))
    return RECORD.format(pad=" " * 30, venue=venue, day=day, body=body)


NAMED = "The Chair invited the Commission to take action on draft decision E/CN.21/2031/L.4, which would become decision 12/4."
TERMS = (
    "Ms. Abebe, introducing the draft decision, said that under its terms the Commission, recalling its "
    "resolution 10/4, would decide to establish an expert group on tide gauges, and would also request the "
    "Bureau to report to it at its thirteenth session."
)
ADOPTED = "Draft decision E/CN.21/2031/L.4 was adopted without a vote."


def test_the_draft_told_then_adopted() -> None:
    text = record(NAMED, TERMS, ADOPTED)
    assert ("ccr/dec/12/4", "ccr/res/10/4") in facts(text, "cites")
    assert {s for s, _ in facts(text, "establishes")} == {"ccr/dec/12/4"}
    assert ("ccr/dec/12/4", "ccr/bureau") in facts(text, "requests")
    assert facts(text, "adoptedAt") >= {("ccr/dec/12/4", "ccr#12")}
    assert ("ccr/dec/12/4", "2031-03-13") in facts(text, "adoptedOn")
    # the sitting's day is no date of the session; its place is the session's
    assert not {o for s, o in facts(text, "heldOn") if s == "ccr#12"}
    assert ("ccr#12", "New York") in facts(text, "heldIn")


@pytest.mark.parametrize(
    ("named", "terms", "adopted"),
    [
        (
            "The Chair said that draft decision E/CN.21/2031/L.4, which would become decision 12/4, was entitled \"Tide gauges\".",
            "Mr. Perez said that, in the draft decision, the Commission recalled its resolution 10/4. In the operative "
            "part, the Commission requested the Bureau to report on tide gauges.",
            "The draft decision, as orally revised, was adopted.",
        ),
        (
            "The Commission took up draft decision E/CN.21/2031/L.4 (to become decision 12/4).",
            "The Secretary said that, by the draft decision, the Commission would request the Bureau to report on tide "
            "gauges, recalling its resolution 10/4.",
            "The Commission adopted draft decision E/CN.21/2031/L.4 by consensus.",
        ),
    ],
)
def test_other_wordings(named: str, terms: str, adopted: str) -> None:
    text = record(named, terms, adopted, venue="the Palais des Nations, Geneva", day="Friday, 14 March 2031")
    assert ("ccr/dec/12/4", "ccr/bureau") in facts(text, "requests")
    assert ("ccr/dec/12/4", "ccr/res/10/4") in facts(text, "cites")
    assert ("ccr/dec/12/4", "2031-03-14") in facts(text, "adoptedOn")


@pytest.mark.parametrize(
    "outcome",
    [
        "Draft decision E/CN.21/2031/L.4 was withdrawn by its sponsors.",
        "Draft decision E/CN.21/2031/L.4 was not adopted.",
        "The Commission decided to defer action on the draft decision to its thirteenth session.",
    ],
)
def test_no_fact_of_a_draft_not_adopted(outcome: str) -> None:
    text = record(NAMED, TERMS, outcome)
    assert not {s for s, _ in facts(text, "requests") if s == "ccr/dec/12/4"}
    assert not {s for s, _ in facts(text, "adoptedOn") if s == "ccr/dec/12/4"}
    assert not facts(text, "establishes")


def test_a_proposal_is_no_term_of_the_draft() -> None:
    proposal = (
        "Mr. Silva proposed adding a paragraph in which the Commission would request the Executive Secretary to "
        "brief the expert group annually. The proposal did not obtain the support of the Commission."
    )
    text = record(NAMED, TERMS, proposal, ADOPTED)
    assert ("ccr/dec/12/4", "ccr/executive-secretary") not in facts(text, "requests")
    assert ("ccr/dec/12/4", "ccr/bureau") in facts(text, "requests")


@pytest.mark.parametrize(
    "held",
    [
        "Held at Headquarters, New York, from 10 to 14 March 2031",  # a session's days
        "Held at Headquarters, New York, on 13 March 2031",  # no hour: no sitting
    ],
)
def test_without_an_hour_no_sittings_day(held: str) -> None:
    text = record(NAMED, TERMS, ADOPTED).replace("Held at Headquarters, New York, on Thursday, 13 March 2031, at 3 p.m.", held)
    assert ("ccr/dec/12/4", "ccr/bureau") in facts(text, "requests")
    assert not {o for s, o in facts(text, "adoptedOn") if s == "ccr/dec/12/4"}


@pytest.mark.parametrize(
    "named",
    [
        'The Chair said that draft decision E/CN.21/2031/L.4, which would become decision 12/4, was entitled "Tide gauges".',
        'The Commission took up draft decision E/CN.21/2031/L.4, which would become decision 12/4, entitled "Tide gauges".',
    ],
)
def test_the_title_in_the_predicate(named: str) -> None:
    assert ("ccr/dec/12/4", "Tide gauges") in facts(record(named, TERMS, ADOPTED), "title")
