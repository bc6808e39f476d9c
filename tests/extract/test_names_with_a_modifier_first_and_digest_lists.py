"""What E251 found while testing (E258):

- "a Regional Early Warning Coordination Board": a name in capitals whose first word is one a
  description uses ("Regional", "Intergovernmental", "Technical"), then words no description uses, is
  the body's whole name, not the bare kind "board" (`new_bodies.described_after`); named again by its
  last words ("the Coordination Board") it is that body;
- "Documents before the Commission" near a digest's top, over a listed "Report of the Working Group …
  on its fifth meeting (X)": the masthead ends at the list's heading, so the listed report's meeting is
  not the document's own (no `reportOf` of the digest, no place or days of the masthead's session given
  to the group's meeting); the listed report keeps its own (`document.read_masthead`,
  `documents.heads_a_list_of_documents`).

Near misses: names that are all description ("an Intergovernmental Negotiating Committee", "a Technical
Advisory Group") keep the kind; a session report's own title under its masthead still reports its session.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution


@pytest.mark.parametrize(
    ("paragraph", "key"),
    [
        ("Decides to establish a Regional Early Warning Coordination Board;", "ccr/regional-early-warning-coordination-board"),
        ("Decides to establish a Regional Coastal Flood Early Warning Coordination Board under the Committee on Coastal Data;",
         "ccr/regional-coastal-flood-early-warning-coordination-board"),
        ("Decides to establish an Intergovernmental Coastal Data Panel;", "ccr/intergovernmental-coastal-data-panel"),
        ("Decides to set up a Scientific Review Board;", "ccr/scientific-review-board"),
    ],
)
def test_a_modifier_first_then_a_name(paragraph: str, key: str) -> None:
    assert facts(in_resolution(paragraph), "establishes") == {(RESOLUTION, key)}


def test_the_name_told_back_by_its_last_words() -> None:
    text = in_resolution(
        "Decides to establish a Regional Early Warning Coordination Board;",
        "Requests the Coordination Board to report to the Commission at its fourteenth session;",
    )
    assert (RESOLUTION, "ccr/regional-early-warning-coordination-board") in facts(text, "requests")


@pytest.mark.parametrize(
    ("paragraph", "key"),
    [
        ("Decides to establish an Intergovernmental Negotiating Committee;", "ccr/committee"),
        ("Decides to establish a Technical Advisory Group;", "ccr/advisory-group"),
    ],
)
def test_all_description_keeps_the_kind(paragraph: str, key: str) -> None:
    assert facts(in_resolution(paragraph), "establishes") == {(RESOLUTION, key)}


_DIGEST = (
    "United Nations E/CN.21/2032/INF/2\n\nEconomic and Social Council\n\nDistr.: General\n20 March 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n\n"
    "{heading}\n\n"
    "Report of the Working Group on Early Warning Systems on its fifth meeting (E/CN.21/2032/5)\n\n"
    "Note by the Secretariat on coastal data (E/CN.21/2032/6)\n\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Documents before the Commission", "List of documents\n\nDocuments submitted to the Commission", "DOCUMENTS CONSIDERED AT THE SESSION"],
)
def test_a_report_listed_under_a_digest_s_heading_is_not_the_digest_s(heading: str) -> None:
    text = _DIGEST.format(heading=heading)
    assert facts(text, "reportOf") == {("E/CN.21/2032/5", "ccr/wg-early-warning#5")}
    assert not [s for s, _ in facts(text, "heldIn") | facts(text, "heldOn") if s == "ccr/wg-early-warning#5"]
    assert ("E/CN.21/2032/5", "ccr#13") in facts(text, "submittedTo")


def test_a_session_report_s_own_title_still_reports() -> None:
    text = (
        "United Nations E/CN.21/WG.1/2032/2\n\nEconomic and Social Council\n\nDistr.: General\n20 May 2032\n\nOriginal: English\n\n"
        "Commission on Coastal Resilience\n\n"
        "Report of the Working Group on Early Warning Systems on its fifth meeting\n\n"
        "Documents before the Working Group\n\nNote by the Secretariat on coastal data (E/CN.21/WG.1/2032/1)\n"
    )
    assert ("E/CN.21/WG.1/2032/2", "ccr/wg-early-warning#5") in facts(text, "reportOf")
