"""A paper's mandate told in two more ways (E220, empty cells of the lead's grid h), `pursuantTo` of the
document being read:

- a cover formula whose mandate is set off between the verb and the thing it sends: "The Secretariat has
  the honour to transmit herewith, as requested in resolution 12/1, the study on early warning"
  (`rules/transmitted_documents._TRANSMITS`: a clause opening on "as", "in", "pursuant", "under",
  "further", "consistent", set off by commas, after "transmit (herewith)");
- the paper named as the thing a request told before asked for: "Resolution 12/1 requested the
  Executive Secretary to report …; this note is that report", "… The present note constitutes the
  study so requested", "This note is the requested report" (`rules/mandates_told_back._ANSWERS_UNNAMED`;
  `rules/documents._CLAUSE_ABOUT_ITSELF` now takes "; this note" as it took "; the present note").

Frames: a note by the Secretariat for the invented Commission's session; a report of the
Secretary-General to the General Assembly. Near misses: a letter transmitted "as requested by the
Government of Chile" naming the instrument only in its subject; a decision told, no request; the note
being something else ("this note is a summary"); another paper named as "that report"."""

from __future__ import annotations

import pytest

from . import phrasing as P

NOTE = P.NOTE_SYMBOL


def _mandates(*sentences: str) -> set[tuple[str, str]]:
    """The note's mandates where its paragraph 1 is the sentences."""
    return {(d, i) for d, i in P.facts(P.in_note(" ".join(sentences)), "pursuantTo") if d == NOTE}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretariat has the honour to transmit herewith, as requested in resolution 12/1, the study on early warning.",
        "The Secretariat has the honour to transmit, pursuant to paragraph 3 of resolution 12/1, the study on early warning.",
        "The Executive Secretary has the honour to submit to the Commission, in accordance with resolution 12/1, the report on early warning.",
        "The Secretariat has the honour to forward herewith, under the terms of resolution 12/1, the compilation of national practices.",
    ],
)
def test_the_cover_formulas_mandate_set_off(sentence):
    assert _mandates(sentence) == {(NOTE, P.RESOLUTION)}


@pytest.mark.parametrize(
    "sentences",
    [
        ("Resolution 12/1 requested the Executive Secretary to report to the Commission at its thirteenth session; this note is that report.",),
        ("In resolution 12/1, the Commission asked the Secretariat to prepare a study on tide gauges; this note is the requested study.",),
        ("In its resolution 12/1, the Commission requested the Secretariat to prepare a study on early warning.",
         "The present note constitutes the study so requested."),
        ("In its resolution 12/1, the Commission asked the Executive Secretary to report on early warning.", "This note is the requested report."),
    ],
)
def test_the_note_is_the_paper_requested(sentences):
    assert _mandates(*sentences) == {(NOTE, P.RESOLUTION)}


def test_the_secretary_generals_report_is_that_report():
    sentence = ("In its resolution 77/12, the General Assembly requested the Secretary-General to report to it at its "
                "seventy-ninth session; the present report is that report.")
    assert ("A/79/400", "ga/res/77/12") in P.in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentences",
    [
        ("The Secretariat has the honour to transmit herewith, as requested by the Government of Chile, the letter dated 3 May 2032 concerning resolution 12/1.",),
        ("In its resolution 12/1, the Commission decided to review the matter at its thirteenth session; this note is that report.",),
        ("Resolution 12/1 requested the Executive Secretary to report to the Commission at its thirteenth session; this note is a summary of the discussion.",),
        ("Resolution 12/1 requested the Executive Secretary to report to the Commission at its thirteenth session; the study of the Working Group is that report.",),
    ],
)
def test_no_mandate_of_the_note(sentences):
    assert _mandates(*sentences) == set()
