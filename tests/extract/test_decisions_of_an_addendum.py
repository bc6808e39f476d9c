"""Decisions printed one after another in an addendum or a transcription (E288).

- A paginated addendum ("Part two: Action taken by …") prints each decision on a new page under
  its heading ("Decision 7/CMA.19", "Decision 16/3"): at a page's top, as a running head would
  stand, the same shape digits aside on two pages. Each heading is printed once, whereas a running
  head repeats its own words on the pages it runs over: the heading is the decision's, not page
  furniture (`layout.page_furniture`), and the decision's text is read (its cites, its requests).
  Near miss: a running head "Decision 16/3" printed the same on two pages stays furniture.
- "Further recalling decision X, by which it requested … and invited …": a recital opened by an
  adverb has no main verb either; the second verb is X's, as after "Recalling" (`relate._closed_at`).
  Near miss: the recalling decision's own operative "Invites" stays its own.
- A Markdown transcription's "### IPCC-LXXV-6. Title" after "### IPCC-LXXV-4. Title": a heading
  marked as the decision's above it and numbered in the body's convention opens the next decision
  even when its text opens on "1. The seventy-sixth session … will be held" without a formula; a
  heading of a higher rank ("## Contributing") ends the text (`segment`, `titled_heading`).
  Near miss: a task list and a CSV block under "## Contributing" name the decisions without
  being any decision's text (no `cites` between sister decisions, no request).

Invented texts; the numberings are the shipped ones (the CMA's "7/CMA.19", the COP's "1/CP.21", the
IPCC's "IPCC-LXXV-4"), the bodies those of the spent set's reference data (u370, u373) and the
invented Commission of `phrasing.py`.
"""

from __future__ import annotations

import pytest

from pathlib import Path

from tests.extract.phrasing import extracted_with, facts, in_resolution

# the spent set's reference data for the CMA, its subsidiary bodies and the IPCC's organs (u370, u373)
_UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"
_extracted = extracted_with(_UNSEEN / "cma-transparency-review.ttl", _UNSEEN / "ipcc-seventy-fifth-session.ttl")


def _stated(text: str) -> set[tuple[str, str, str]]:
    return set(_extracted(text))


def _addendum(first: str, second: str, head: str = "FCCC/PA/CMA/2041/6/Add.1") -> str:
    """An addendum as `pdftotext -raw` gives it: a masthead, the contents, then each decision on a
    page of its own after a form feed, the page opening with the running symbol and the page
    number, then the decision's heading (``first``, ``second``)."""
    return (
        f"United Nations {head}\n"
        "Conference of the Parties serving as the\nmeeting of the Parties to the Paris Agreement\n"
        "Distr.: General\n2 March 2042\nOriginal: English\n"
        "Report of the Conference of the Parties serving as the meeting\nof the Parties to the Paris Agreement "
        "on its twenty-third session,\nheld in Lima from 4 to 15 November 2041\nAddendum\n"
        "Part two: Action taken by the Conference of the Parties serving as\nthe meeting of the Parties to the "
        "Paris Agreement at its twenty-third\nsession\n"
        "Contents\nDecision Page\n"
        "3/CMA.23 Support for adaptation planning ........ 2\n4/CMA.23 Dates and venues of future sessions ........ 3\n"
        "GE.42-00311(E)\n"
        f"\f{head}\n2 GE.42-00311\n"
        f"{first}\n"
        "Support for adaptation planning\n"
        "The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,\n"
        "Recalling decision 1/CP.21,\n"
        "1. Requests the Subsidiary Body for Implementation to review the support provided for adaptation\n"
        "planning at its ninety-fourth session;\n"
        "2. Requests the secretariat to prepare a synthesis of the submissions received.\n"
        "10th plenary meeting\n15 November 2041\n"
        f"\f{head}\nGE.42-00311 3\n"
        f"{second}\n"
        "Dates and venues of future sessions\n"
        "The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,\n"
        "Recalling decision 9/CMA.22,\n"
        "1. Requests the Executive Secretary to conclude a host country agreement with the host Government.\n"
        "10th plenary meeting\n15 November 2041\n"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("Decision 3/CMA.23", "Decision 4/CMA.23"), ("Decision 3/CMA.23", "Decision 4/CMA.23.")],
    ids=["headings", "heading-with-stop"],
)
def test_each_decision_heading_atop_its_page_opens_its_text(first: str, second: str) -> None:
    found = _stated(_addendum(first, second))
    assert ("cites", "cop-unfccc/cma/dec/23/3", "cop-unfccc/dec/21/1") in found
    assert ("requests", "cop-unfccc/cma/dec/23/3", "cop-unfccc/sbi") in found
    assert ("cites", "cop-unfccc/cma/dec/23/4", "cop-unfccc/cma/dec/22/9") in found
    assert ("adoptedOn", "cop-unfccc/cma/dec/23/3", "2041-11-15") in found


def test_a_running_head_naming_one_decision_on_every_page_stays_furniture() -> None:
    # the same words atop two pages: a running head, which opens no text (no decision 3/CMA.23
    # whose title is "Support for adaptation planning" twice, no second text under it)
    text = _addendum("Decision 3/CMA.23", "Decision 3/CMA.23")
    found = _stated(text)
    assert not any(r == "cites" and s == "cop-unfccc/cma/dec/23/4" for r, s, _ in found)


@pytest.mark.parametrize("adverb", ["Further recalling", "Also recalling", "Recalling further", "Further noting"])
def test_the_second_verb_of_a_relative_clause_after_an_adverb_is_the_recalled_instruments(adverb: str) -> None:
    text = in_resolution(
        f"{adverb} its resolution 10/2, by which it requested the Working Group on Early Warning Systems to "
        "prepare, at its eleventh session, a review of the guidelines, and invited the Committee on Coastal Data "
        "to share its experience in that regard,",
        "1. Welcomes the progress made by member States.",
    )
    assert ("ccr/res/10/2", "ccr/committee-on-data") in facts(text, "invites")
    assert not any(s == "ccr/res/12/1" for s, _ in facts(text, "invites"))


def test_the_recalling_resolutions_own_invitation_stays_its_own() -> None:
    text = in_resolution(
        "Further recalling its resolution 10/2, by which it requested the Working Group on Early Warning Systems "
        "to prepare a review,",
        "1. Invites the Committee on Coastal Data to share its experience.",
    )
    assert ("ccr/res/12/1", "ccr/committee-on-data") in facts(text, "invites")
    assert not any(s == "ccr/res/10/2" for s, _ in facts(text, "invites"))


_README = (
    "# session-texts\n\n"
    "Transcription of the decisions adopted by the Panel at its eighty-first session.\n\n"
    "## Texts\n\n"
    "### IPCC-LXXXI-2. Workplan of the ninth assessment cycle\n\n"
    "The Panel,\n\n"
    "*Recalling* decision IPCC-LXXX-3,\n\n"
    "1. **Requests** the Secretariat to report on the costs of the workplan at each session of the Panel.\n\n"
    "### IPCC-LXXXI-5. {title}\n\n"
    "{first}\n"
    "2. The Panel takes note of the offer of a Government to host its eighty-third session, and requests the "
    "Bureau to consult with that Government on dates.\n\n"
    "## Contributing\n\n"
    "- [x] IPCC-LXXXI-2 and -5 transcribed\n"
    "- [ ] IPCC-LXXXI-1 and IPCC-LXXXI-3\n\n"
    "```csv\ndecision,paragraph,verb,addressee\nIPCC-LXXXI-2,1,Requests,Working Group I\n```\n"
)


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("Dates and venues of future sessions", "1. The eighty-second session of the Panel will be held in Nairobi, Kenya, from 3 to 6 March 2041."),
        ("Future sessions", "1. The Panel decides that its eighty-second session will be held in Nairobi from 3 to 6 March 2041."),
    ],
    ids=["will-be-held", "the-panel-decides"],
)
def test_a_marked_heading_after_a_decisions_opens_the_next_without_a_formula(title: str, first: str) -> None:
    found = _stated(_README.format(title=title, first=first))
    assert ("requests", "ipcc/dec/81/5", "ipcc/bureau") in found
    assert ("requests", "ipcc/dec/81/2", "ipcc/secretariat") in found
    # the Bureau is asked by decision 5, not by decision 2 whose text ended at its sister's heading
    assert ("requests", "ipcc/dec/81/2", "ipcc/bureau") not in found


def test_the_outlines_section_after_the_last_decision_is_no_text() -> None:
    found = _stated(_README.format(title="Future sessions", first="1. The eighty-second session will be held in Nairobi."))
    # the task list and the CSV name the decisions: no decision cites its sisters, none asks Working Group I
    assert not any(r == "cites" and s.startswith("ipcc/dec/81/") and o.startswith("ipcc/dec/81/") for r, s, o in found)
    assert not any(r == "requests" and o.startswith("ipcc/wg") for r, _, o in found)


def test_a_converters_ranks_under_a_number_alone_end_nothing() -> None:
    # "#### Resolution 12/1" over "## Title": a converter's ranks, the title's above the number's; the
    # text under them, and under the annex's "# Guidelines", is still the resolution's
    text = (
        "United Nations E/2031/31-E/CN.21/2031/9\n\nEconomic and Social Council\n\nDistr.: General\n20 March 2031\n\n"
        "Commission on Coastal Resilience\nReport on the twelfth session (10–14 March 2031)\n\n"
        "# I. Resolutions adopted by the Commission\n\n#### Resolution 12/1\n\n## Strengthening early warning\n\n"
        "The Commission on Coastal Resilience,\n\n1. Requests the Committee on Coastal Data to prepare a study;\n\n"
        "#### Annex\n\n# Guidelines for early warning\n\n"
        "2. Invites the Working Group on Early Warning Systems to review the guidelines.\n"
    )
    assert ("ccr/res/12/1", "ccr/committee-on-data") in facts(text, "requests")
