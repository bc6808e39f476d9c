"""Papers before the session a report covers, told in two more ways (E102): "on the basis of the
drafts recommended by the Bureau in its report (X), which the Commission had before it" (the
relative clause's subject receives the document it hangs on), and "The Commission considered the
options set out in a note by the Secretariat (X)" (what a paper holds, considered). "took note of"
is left out: the gold of the set holds it as a submission in one report and not in two others.

Invented sentences (the phrasing commission's report of its twelfth session)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

REPORT = (
    "United Nations E/2031/31-E/CN.21/2031/9\n\nEconomic and Social Council\n\nDistr.: General\n20 March 2031\n\n"
    "Original: English\n\nCommission on Coastal Resilience\nReport on the twelfth session (10–14 March 2031)\n\n"
    "Chapter I\n\nOrganization of the session\n\n"
)


def in_report(*paragraphs: str) -> str:
    return REPORT + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"


@pytest.mark.parametrize("symbol", ["E/CN.21/2031/7", "E/CN.21/2031/CRP.2"])
@pytest.mark.parametrize(
    "sentence",
    [
        "At its 7th meeting, the Commission adopted the resolutions below, on the basis of the drafts recommended by the Bureau in its report ({s}), which the Commission had before it.",
        "The drafts were those of the Bureau's report ({s}), which the Commission on Coastal Resilience also had before it.",
        "The Commission considered the options set out in a note by the Secretariat ({s})*, which the Secretariat had prepared.",
        "The Commission considered the proposals contained in the report of the Bureau ({s}).",
        "The Commission also examined the recommendations made in a paper by the Bureau ({s}).",
    ],
)
def test_the_paper_was_before_the_session(sentence: str, symbol: str) -> None:
    assert (symbol, "ccr#12") in facts(in_report(sentence.format(s=symbol)), "submittedTo")


@pytest.mark.parametrize(
    "sentence",
    [
        # another body's reading, another session
        "The Bureau considered the options set out in a note by the Secretariat (E/CN.21/2031/7).",
        "The Commission considered the options set out in a note by the Secretariat (E/CN.21/2031/7) at its eleventh session.",
        # the relative clause's subject sends nothing
        "The Bureau issued its report (E/CN.21/2031/7), which the Commission welcomed.",
    ],
)
def test_no_submission_where_the_words_do_not_say_it(sentence: str) -> None:
    assert ("E/CN.21/2031/7", "ccr#12") not in facts(in_report(sentence), "submittedTo")
