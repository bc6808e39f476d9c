"""A footnote's mark printed after a space once a clause's comma or semicolon closes it, as raw
pdftotext prints a raised mark ("Recalling also its report to the Council (E/2030/31), 1"): the
paragraph is a clause of the text, no heading, so the instrument's text goes on past it and its
operative paragraphs are still the instrument's (E236, u288).

Near misses: headings that end with a number stay headings ("Supplement No. 23", "Agenda items 3,
4", "Chapter 2"); a clause ending with a comma and a year is no note's mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import COP_DECISION, REFERENCE, RESOLUTION, extracted_with, facts

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")

# the commission's resolution 12/1 as issued, in raw pdftotext: one field a line, clauses wrapped at
# about 80 columns, a clause's last line shorter
_ISSUED = (
    "United Nations\nE/CN.21/2031/14\nEconomic and Social Council\nDistr.: General\n20 March 2031\n"
    "Original: English\nCommission on Coastal Resilience\nTwelfth session\n"
    "Resolution adopted by the Commission at its 5th meeting, on\n12 March 2031\n"
    "Resolution 12/1. Early warning for coastal communities\nThe Commission on Coastal Resilience,\n"
    "Having considered the question of early warning for coastal communities,\n"
    "Having examined the report of the Secretary-General on early warning for coastal\n"
    "communities (E/CN.21/2031/3), prepared pursuant to its resolution 11/2,\n"
    "{recital}\n"
    "Noting the continued cooperation of the Member States concerned with the regional\n"
    "centres for coastal data,\n"
    "1. Requests the Executive Secretary to report on the implementation of the present\n"
    "resolution;\n"
    "2. Invites the Committee on Coastal Data to share its findings with the Bureau;\n"
    "5th meeting\n12 March 2031\n"
    "1 Official Records of the Economic and Social Council, 2030, Supplement No. 11 (E/2030/31).\n"
)
_RECITALS = [
    "Recalling also the chapter on early warning of its report to the Economic and\n"
    "Social Council on its eleventh session (E/2030/31), 1",
    "Taking note of the note by the Secretariat on the regional centres for coastal\ndata (E/CN.21/2031/4); 2",
    "Recalling its resolution 11/4 of 14 March 2030 on the financing of the regional\ncentres, 12",
    "Welcoming the work of the Working Group on Early Warning Systems at its third\nmeeting, 3",
]


@pytest.mark.parametrize("recital", _RECITALS)
def test_operative_paragraphs_after_a_spaced_mark_are_the_instruments(recital: str) -> None:
    text = _ISSUED.format(recital=recital)
    assert (RESOLUTION, "ccr/executive-secretary") in facts(text, "requests")
    assert (RESOLUTION, "ccr/committee-on-data") in facts(text, "invites")
    assert _kinds(text)[recital.replace("\n", " ")] == "paragraph"


def test_a_treaty_decision_past_a_spaced_mark() -> None:
    text = COP_DECISION.replace(
        "1. {s}\n",
        "Mindful of the needs of small island States,\n"
        "Recalling its decision 15/2 on regional cooperation, 4\n"
        "1. Requests the secretariat to compile the national reports received;\n"
        "4 See RS/COP.15/9, annex.\n",
    )
    assert ("requests", "rs-cop/dec/16/3", "rs-cop/secretariat") in with_treaty(text)


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in segment(clean(text))}


@pytest.mark.parametrize("heading", ["Supplement No. 23", "Agenda items 3, 4", "Chapter 2", "Annex 1"])
def test_headings_ending_with_a_number_stay_headings(heading: str) -> None:
    text = f"United Nations A/89/23\n\nGeneral Assembly\n\n{heading}\n\nIntroduction\n\n1. The Committee met twice.\n"
    assert _kinds(text)[heading] == "heading"


def test_a_clause_ending_with_a_year_after_its_comma_is_no_mark() -> None:
    # ("…, 2031" keeps four figures: no mark is that long, the clause is not cut by the rule)
    text = "United Nations A/89/23\n\nGeneral Assembly\n\nGeneva, 2031\n\n1. The Committee met twice.\n"
    assert _kinds(text)["Geneva, 2031"] == "heading"
