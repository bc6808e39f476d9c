"""Resolutions as the specialized agencies print them (E222):

- a title naming the session before the instruments' kind ("ASSEMBLY RESOLUTIONS ADOPTED AT THE
  38TH SESSION", "Council decisions taken at its 230th session"), an edition line under it
  ("PROVISIONAL EDITION"), then "(London, 25 November to 4 December 2033)": the session's place and
  days, and each own resolution below adopted there;
- clauses in lower case, one a paragraph, each ending on a comma ("recalling …," / "having
  considered …," / "decides to establish …;"), as the UPU and the ITU print them: each a clause
  of its own, so a cited resolution's title stops at its comma and the operative verb is read;
- working papers numbered with the session glued on and a hyphen ("A38-WP/12") and a Congress's
  papers written "Congress–Doc 14": document symbols, so what is "presented pursuant to" or
  "submitted pursuant to" an instrument is read.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import key
from tests.extract.reference_data import OCEAN_ORGANIZATION, RAIL_UNION, registry_from_turtle


@pytest.fixture(scope="module")
def ocean(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, OCEAN_ORGANIZATION)


@pytest.fixture(scope="module")
def rail(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, RAIL_UNION)


def facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in relations}


def compilation(title: str, edition: str, place: str, first: str = "OA38/4", second: str = "OA38/5") -> str:
    return (
        "WORLD OCEAN ORGANIZATION\n\n"
        f"\t{title}\n" + (f"\t{edition}\n" if edition else "") + f"\t{place}\n\n"
        "\tThis edition contains the texts of two resolutions of the Assembly.\n\n"
        f"Resolution {first}: Safety of coastal shipping lanes\n\n"
        "The Assembly:\n\n1.\tRequests the Council to review the lanes annually.\n\n"
        f"Resolution {second}: Marine data sharing\n\n"
        "The Assembly:\n\n1.\tRequests the Council to publish the data.\n"
    )


@pytest.mark.parametrize(("title", "edition", "place", "town", "days"), [
    ("ASSEMBLY RESOLUTIONS ADOPTED AT THE 38TH SESSION", "PROVISIONAL EDITION", "(London, 25 November to 4 December 2033)",
     "London", "2033-11-25/2033-12-04"),
    ("Assembly resolutions adopted at its 38th session", "Advance unedited version", "(Lisbon, 3-7 October 2033)",
     "Lisbon", "2033-10-03/2033-10-07"),
    ("ASSEMBLY RESOLUTIONS ADOPTED DURING THE THIRTY-EIGHTH SESSION", "", "(Nairobi, 12 to 16 June 2033)",
     "Nairobi", "2033-06-12/2033-06-16"),
])
def test_a_title_naming_the_session_before_the_kind(ocean: BodyRegistry, title: str, edition: str, place: str, town: str, days: str) -> None:
    found = facts(compilation(title, edition, place), ocean, "adoptedAt", "heldIn", "heldOn", "meetingOf")
    assert ("adoptedAt", "ocean-assembly/res/38/4", "ocean-assembly#38") in found
    assert ("adoptedAt", "ocean-assembly/res/38/5", "ocean-assembly#38") in found
    assert ("heldIn", "ocean-assembly#38", town) in found
    assert ("heldOn", "ocean-assembly#38", days) in found


def test_no_session_for_a_resolution_of_another_session_or_a_draft(ocean: BodyRegistry) -> None:
    # a resolution numbered by the 37th session is no text of the 38th
    found = facts(compilation("ASSEMBLY RESOLUTIONS ADOPTED AT THE 38TH SESSION", "", "(London, 3-7 July 2033)", first="OA37/9"), ocean, "adoptedAt")
    assert ("adoptedAt", "ocean-assembly/res/37/9", "ocean-assembly#38") not in found
    assert ("adoptedAt", "ocean-assembly/res/38/5", "ocean-assembly#38") in found
    # drafts are no body's texts: "DRAFT RESOLUTIONS ADOPTED AT ..." names no body before the kind
    drafts = facts(compilation("DRAFT RESOLUTIONS ADOPTED AT THE 38TH SESSION", "", "(London, 3-7 July 2033)"), ocean, "adoptedAt", "heldIn")
    assert not drafts


def test_an_edition_line_is_no_place(ocean: BodyRegistry) -> None:
    # the line under the edition line is read only when it is a place and days in brackets
    found = facts(compilation("ASSEMBLY RESOLUTIONS ADOPTED AT THE 38TH SESSION", "PROVISIONAL EDITION", "(Subject to editorial revision)"), ocean, "heldIn", "heldOn")
    assert not found


def rail_resolution(clauses: str) -> str:
    return (
        "Decisions of the 2033 Congress other than those amending the Acts\n\n"
        "Resolution R 7/2033\n\nRail freight decarbonization\n\nThe Congress,\n\n" + clauses
    )


@pytest.mark.parametrize("clauses", [
    # each clause a paragraph of its own, under the last one's comma
    "recalling resolution R 3/2029 on the freight strategy of the Union, by which the Congress requested the Operations "
    "Council to report,\n\nrecalling also resolution R 11/2029 on the safety of level crossings,\n\n"
    "having examined the report (Congress–Doc 14) of the Operations Council, submitted pursuant to resolution R 3/2029,\n\n"
    "further noting the work of the International Rail Bureau,\n\n"
    "decides to establish a Rail Decarbonization Working Group, open to all member countries;\n\n"
    "instructs the International Rail Bureau to support the Working Group.\n",
    # a blank line of the other column's run-on between the clauses (a bilingual page read column after column)
    "recalling resolution R 3/2029 on the freight strategy of the Union, by which the Congress requested the Operations "
    "Council to report,\n\n\nrecalling also resolution R 11/2029 on the safety of level crossings,\n\n\n"
    "having examined the report (Congress–Doc 14) of the Operations Council, submitted pursuant to resolution R 3/2029,\n\n\n"
    "taking into account the work of the International Rail Bureau,\n\n\n"
    "decides to establish a Rail Decarbonization Working Group, open to all member countries;\n\n"
    "instructs the International Rail Bureau to support the Working Group.\n",
])
def test_lower_case_clauses_are_paragraphs_of_their_own(rail: BodyRegistry, clauses: str) -> None:
    found = facts(rail_resolution(clauses), rail, "title", "establishes", "cites", "pursuantTo", "requests")
    assert ("title", "rail-congress/res/2029/11", "the safety of level crossings") in found
    assert ("establishes", "rail-congress/res/2033/7", "rail-congress/rail-decarbonization-working-group") in found
    assert ("pursuantTo", "Congress–Doc 14", "rail-congress/res/2029/3") in found
    # the cited resolution's "by which" does not reach the next clause's citation
    assert ("cites", "rail-congress/res/2029/3", "rail-congress/res/2029/11") not in found
    assert ("requests", "rail-congress/res/2029/3", "rail-council") in found


def test_a_sentence_cut_after_a_comma_goes_on(rail: BodyRegistry) -> None:
    # a clause cut by a page break after a comma goes on with no clause's keyword: still one clause;
    # a proposal a committee did not retain establishes nothing
    text = rail_resolution(
        "recalling resolution R 3/2029 on the freight strategy of the Union,\n\n"
        "the safety of level crossings and the training of staff,\n\n"
        "noting the proposal of several member countries to establish a rail fund, which Committee 2 did not retain,\n\n"
        "instructs the International Rail Bureau to report.\n"
    )
    found = facts(text, rail, "title", "establishes")
    assert not any(r == "establishes" for r, _, _ in found)


@pytest.mark.parametrize(("text", "symbols"), [
    ("the report of the Council (A38-WP/12), presented pursuant to", ["A38-WP/12"]),
    ("working papers A41-WP/123 and C-WP/15000", ["A41-WP/123", "C-WP/15000"]),
    ("the report (Congress–Doc 14) of the Council", ["Congress–Doc 14"]),
    ("as revised (Congress-Doc 14.Rev 1) and", ["Congress-Doc 14.Rev 1"]),
    # a publication's number is no document symbol; nor a dash inside a sentence
    ("will appear in Doc 10275, Resolutions in Force", []),
    ("the Member States–Doc holders", []),
])
def test_agency_paper_symbols(text: str, symbols: list[str]) -> None:
    assert [s for m in find_symbols(text) for s in m.symbols] == symbols


@pytest.mark.parametrize("sentence", [
    "Having considered the report of the Council on coastal lanes (A38-WP/12), presented pursuant to Resolution OA37/9;",
    "Having examined the report of the Council (A38-WP/12), submitted pursuant to Resolution OA37/9;",
])
def test_working_paper_pursuant_to(ocean: BodyRegistry, sentence: str) -> None:
    text = compilation("ASSEMBLY RESOLUTIONS ADOPTED AT THE 38TH SESSION", "", "(London, 3-7 July 2033)").replace(
        "Safety of coastal shipping lanes\n\n", f"Safety of coastal shipping lanes\n\n{sentence}\n\n", 1
    )
    found = facts(text, ocean, "pursuantTo")
    assert ("pursuantTo", "A38-WP/12", "ocean-assembly/res/37/9") in found
