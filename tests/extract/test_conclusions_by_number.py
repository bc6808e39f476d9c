"""A conclusion numbered in one series with its session in Roman numerals, told in running text (E172).

"in its conclusion No. 126 (LXXXIII) – 2032 on the working methods of the governing bodies, adopted at
its eighty-third session, the Executive Committee had requested the Standing Committee …": UNHCR's
Executive Committee numbers its conclusions so, and a report of its Standing Committee recounts them
with no heading over their text (`rules.own_numbering` reads the heading over a conclusion's own
text). The number is a decision of the body that issues it (the issuer as for any bare number: the
subject named, "its", else the document's body), of the session in brackets; the "– 2032" after it is
the year, the "on …" phrase its title; "By the same conclusion, …" goes on with it.

Varied in case, in the year and the spaces, in the subject and tense; near misses: a year in the
brackets ("Conclusion No. 5 (2019)": no session), "the same conclusion" as an English noun, "that
conclusion" (no back reference: as often the noun).

Bodies, numbers and texts are invented (tests/data/phrasing.ttl).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

OWN = "ccr/dec/12/14"


@pytest.mark.parametrize(
    "number",
    ["conclusion No. 14 (XII) – 2031", "Conclusion No. 14 (XII)", "conclusion No.14 (XII) - 2031", "CONCLUSION No. 14 (XII)"],
    ids=["year-after-dash", "no-year", "tight-hyphen", "capitals"],
)
def test_a_conclusion_told_in_a_report(number: str) -> None:
    text = in_note(
        f"The Secretariat recalled that, in its {number} on tidal data, adopted at its twelfth session, the Commission "
        "had requested the Working Group on Early Warning Systems to review the gauges. By the same conclusion, the "
        "Commission had encouraged the Committee on Coastal Data to publish its data."
    )
    assert ("E/CN.21/2032/4", OWN) in facts(text, "mentions")
    assert (OWN, "ccr#12") in facts(text, "adoptedAt")
    assert (OWN, "tidal data") in facts(text, "title")
    assert (OWN, "ccr/wg-early-warning") in facts(text, "requests")
    assert (OWN, "ccr/committee-on-data") in facts(text, "encourages")


def test_a_conclusion_quoted_in_a_note_is_mentioned() -> None:
    text = in_note("The draft decision reads: \"Recalling its conclusion No. 9 (X) – 2029 on early warning,\"")
    assert ("E/CN.21/2032/4", "ccr/dec/10/9") in facts(text, "mentions")


@pytest.mark.parametrize(
    "sentence",
    [
        # a year in the brackets: no session, no number of this series
        "The Secretariat recalled Conclusion No. 5 (2019) on coastal data, and the Commission requested the Bureau to plan the session.",
        # the noun: no instrument to go on with
        "The Working Group came to the same conclusion, and the Bureau was asked to plan the session.",
        "In that conclusion, the Working Group found that the gauges were sound.",
    ],
    ids=["year-in-brackets", "same-conclusion-noun", "that-conclusion"],
)
def test_no_conclusion_read(sentence: str) -> None:
    text = in_note(sentence)
    assert not any("/dec/" in o for _, o in facts(text, "mentions"))
    assert not any("/dec/" in s for s, _ in facts(text, "requests"))
