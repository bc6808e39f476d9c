"""A resolution saved "one paragraph a line" (Word's plain text, a web page): each preambular
paragraph ends on a comma, so the reader takes the whole preamble as one sentence. What one
paragraph says must end where the next one opens on its participle in capitals (E185):

- a relative clause on an instrument ("..., by which the Assembly adopted the Convention,") is not
  the subject of the next paragraph's "Recalling also its resolution 1/4" (no `cites` between the
  two recited instruments; the resolution being read cites both);
- a title given as an on-phrase ("resolution 14/1 ..., on the second review cycle,") ends before
  "Having considered ...";
- "in which it requested a study" is not told "at the fourteenth session" that the next
  paragraph names (no `adoptedAt` from a session named in another paragraph).

A relative clause that goes on in lower case ("by which it established X and recalled its
resolution 4/1") still cites from the instrument it is about."""

from __future__ import annotations

import pytest

from .phrasing import RESOLUTION, SESSION_REPORT, extracted_with

extracted = extracted_with()


def preamble(*lines: str) -> tuple[tuple[str, str, str], ...]:
    """The facts of resolution 12/1 whose preambular paragraphs are ``lines``, one a line."""
    return extracted(SESSION_REPORT + "\n".join(lines) + "\n1.\tRequests the Executive Secretary to report.\n")


def cites(*lines: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in preamble(*lines) if r == "cites"}


@pytest.mark.parametrize(
    ("lines", "cited"),
    [
        (("Recalling General Assembly resolution 58/4 of 31 October 2003, by which the Assembly adopted the Convention,",
          "Recalling also its resolution 1/4, by which it established the Working Group on Early Warning Systems,"),
         {"ga/res/58/4", "ccr/res/1/4"}),
        # a footnote's number glued to the comma
        (("Recalling Economic and Social Council resolution 2029/3, by which the Council created the Commission,2",
          "Reaffirming its resolution 10/2,"),
         {"ecosoc/res/2029/3", "ccr/res/10/2"}),
        (("Noting General Assembly resolution 80/12, in which the Assembly welcomed the Congress;",
          "Welcoming its own decision 11/4 on coastal data,"),
         {"ga/res/80/12", "ccr/dec/11/4"}),
        (("Recalling its resolution 3/1, by which it established the Committee on Coastal Data,",
          "Bearing in mind its resolution 4/1 and reaffirming its resolution 9/2,"),
         {"ccr/res/3/1", "ccr/res/4/1", "ccr/res/9/2"}),
    ],
)
def test_the_next_paragraph_cites_from_the_resolution_read(lines, cited):
    assert cites(*lines) == {(RESOLUTION, ref) for ref in cited}


def test_a_relative_clause_in_lower_case_still_cites_from_its_instrument():
    found = cites("Recalling its resolution 3/1, by which it established the Committee and recalled its resolution 2/7,")
    assert ("ccr/res/3/1", "ccr/res/2/7") in found


@pytest.mark.parametrize(
    ("lines", "number", "title"),
    [
        (("Reaffirming its resolution 14/1 of 19 December 2031, on the second review cycle,",
          "Having considered the report of the Executive Secretary,"),
         "14/1", "the second review cycle"),
        (("Recalling its resolution 9/2, on the follow-up to the World Coastal Congress,",
          "Mindful of the need to act,"),
         "9/2", "the follow-up to the World Coastal Congress"),
        (("Recalling its resolution 8/3, on tides, surges and sea level,",
          "Noting with concern the losses of the past year,"),
         "8/3", "tides, surges and sea level"),
        # a title whose own words go on after its comma, in lower case
        (("Recalling its resolution 7/5, on financing, building and maintaining sea walls,",),
         "7/5", "financing, building and maintaining sea walls"),
    ],
)
def test_an_on_title_ends_before_the_next_paragraph(lines, number, title):
    titles = {(s, o) for r, s, o in preamble(*lines) if r == "title"}
    assert (f"ccr/res/{number}", title) in titles
    assert not any(s == f"ccr/res/{number}" and o != title for s, o in titles)


@pytest.mark.parametrize(
    "lines",
    [
        ("Recalling its resolution 14/5 of 19 December 2031, in which it requested the secretariat to prepare a study,",
         "Noting the proposal made at the fourteenth session to establish a committee, on which no consensus was reached,"),
        ("Recalling its decision 14/2, by which it invited the Executive Secretary to consult States,",
         "Aware of the views expressed at the fourteenth session,"),
    ],
)
def test_a_session_the_next_paragraph_names_is_not_the_relative_clauses(lines):
    assert not [f for f in preamble(*lines) if f[0] == "adoptedAt" and f[1] != RESOLUTION]
