"""Three layouts of a treaty conference's decisions (E224, u277 and u278):

- a PDF converter (Marker) joins the lines of the masthead's session block: "**Fifth meeting**
  Nairobi, 3–7 May 2032 Agenda item 4 **Title**" is the session, its place and dates, the agenda
  item and its title, four lines in print (`run_in_masthead`);
- a web page or a plain-text tool writes a range of instruments with a hyphen for the dash:
  "Decisions 14.20 - 14.23", "Decisions 14.20-14.23" (`numbering._RANGE_SEPARATOR`);
- html2text prints a page's record fields with bold labels ("**Meeting:** 14th Meeting of …,
  Lisbon, 2 - 6 June 2031", "**Date of adoption:** …"): a table of fields as Word's text writes
  it (`field_tables`), the session's short label in brackets no bar to its place and days
  (`records._PLACE_THEN_DATES`).

Invented bodies: a wetlands convention's conference (numbered meetings, decisions "4/7") and a
bird convention's (decisions "Decision 14.20")."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract

from .phrasing import stated
from .reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/pwc-cop> a mg:Body ; mg:key "pwc-cop" ;
    skos:prefLabel "Conference of the Parties to the Peatland and Wetland Convention"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "PWC/COP" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/pwc-cop/sab> a mg:Body ; mg:key "pwc-cop/sab" ;
    skos:prefLabel "Scientific Advisory Body"@en ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/pwc-cop> .
<body/abc-cop> a mg:Body ; mg:key "abc-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Alpine Birds"@en ;
    skos:altLabel "Conference of the Parties to ABC"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "ABC" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {session}.{number}" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "Decision {session}.{number}" ; mg:instrumentKind "decision" ] .
<body/abc-cop/standing-committee> a mg:Body ; mg:key "abc-cop/standing-committee" ;
    skos:prefLabel "Standing Committee of the Convention on Alpine Birds"@en ; mg:shortName "Standing Committee" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/abc-cop> .
<body/abc-cop/science-panel> a mg:Body ; mg:key "abc-cop/science-panel" ;
    skos:prefLabel "Science Panel of the Convention on Alpine Birds"@en ; mg:shortName "Science Panel" ;
    org:subOrganizationOf <body/abc-cop> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="test", registry=registry)) if f[0] in relations}


def _decision(session_block: str) -> str:
    return (
        '<span id="page-0-0"></span>\n\n| United Nations | PWC/COP/5/DEC/3 |\n|---|---|\n'
        "| **Conference of the Parties to the Peatland and Wetland Convention** | Distr.: General<br>20 May 2032 |\n\n"
        f"{session_block}\n\n# **Decision adopted by the Conference of the Parties on 7 May 2032**\n\n"
        "## **5/3. Restoration of coastal peatlands**\n\n*The Conference of the Parties*,\n\n"
        "*Having considered* the report of the Scientific Advisory Body on its second meeting (PWC/COP/5/4),\n\n"
        "1. *Requests* the Scientific Advisory Body to prepare guidance on restoration;\n"
    )


@pytest.mark.parametrize(
    "block",
    [
        # Marker's run-on line: bold session, place and dates, agenda item, bold title
        "**Fifth meeting** Nairobi, 3–7 May 2032 Agenda item 4 **Restoration of coastal peatlands**",
        # no bold, the provisional agenda's wording
        "Fifth meeting Nairobi, 3–7 May 2032 Item 4 of the provisional agenda Restoration of coastal peatlands",
        # the same block printed over four lines (read before as well)
        "Fifth meeting\n\nNairobi, 3–7 May 2032\n\nAgenda item 4\n\n**Restoration of coastal peatlands**",
    ],
)
def test_a_session_block_run_onto_one_line_gives_the_session(block: str, registry: BodyRegistry) -> None:
    found = _facts(_decision(block), registry, "adoptedAt", "heldIn", "heldOn", "submittedTo")
    assert ("adoptedAt", "pwc-cop/dec/5/3", "pwc-cop#5") in found
    assert ("heldIn", "pwc-cop#5", "Nairobi") in found
    assert ("heldOn", "pwc-cop#5", "2032-05-03/2032-05-07") in found
    # the document the decision considered is before that meeting
    assert ("submittedTo", "PWC/COP/5/4", "pwc-cop#5") in found


@pytest.mark.parametrize(
    "block",
    [
        # near misses: a sentence naming a meeting and a town, a meeting with no place after it
        "At its fifth meeting Nairobi, the host, offered 3 rooms in May 2032 Agenda item 4 was deferred.",
        "**Fifth meeting** Agenda item 4 **Restoration of coastal peatlands**",
    ],
)
def test_prose_or_a_session_without_place_is_no_run_on_block(block: str, registry: BodyRegistry) -> None:
    found = _facts(_decision(block), registry, "heldIn", "heldOn")
    assert not any(f[1] == "pwc-cop#5" for f in found)


NOTE = (
    "ABC/COP14/Doc.12\nConference of the Parties to the Convention on Alpine Birds\n\nNote by the Secretariat\n\n"
    "1. The Conference of the Parties adopted {range} on alpine meadows.\n"
)


@pytest.mark.parametrize("written", ["Decisions 14.20 - 14.23", "Decisions 14.20-14.23", "Decisions 14.20–14.23", "Decisions 14.20 to 14.23"])
def test_a_range_written_with_a_hyphen_names_each_member(written: str, registry: BodyRegistry) -> None:
    mentioned = {f[2] for f in _facts(NOTE.format(range=written), registry, "mentions")}
    assert {"abc-cop/dec/14/20", "abc-cop/dec/14/21", "abc-cop/dec/14/22", "abc-cop/dec/14/23"} <= mentioned


@pytest.mark.parametrize(
    "written",
    [
        "Decisions 14.20 - 13.23",  # another session: no range
        "Decisions 14.23 - 14.20",  # lower: no range
        "Decisions 14.20 - 14.90",  # too long a range
    ],
)
def test_a_hyphen_between_numbers_of_no_range_adds_no_member(written: str, registry: BodyRegistry) -> None:
    mentioned = {f[2] for f in _facts(NOTE.format(range=written), registry, "mentions")}
    assert not mentioned & {"abc-cop/dec/14/21", "abc-cop/dec/14/22"}


def _page(fields: str) -> str:
    return (
        "[Skip to main content](#main-content)\n\n  * [Documents](/en/documents)\n  * [News](/en/news)\n\n"
        "# Decision 14.20 Alpine Meadows\n\n"
        f"{fields}\n\n* * *\n\n"
        "The Conference of the Parties,\n\n1. Requests the Standing Committee to review the list.\n"
    )


@pytest.mark.parametrize(
    "fields",
    [
        "**Meeting:** 14th Meeting of the Conference of the Parties to ABC (COP14), Lisbon, 2 - 6 June 2031\n\n"
        "**Date of adoption:** 6 June 2031\n\n**Status:** Active",
        "**Document number:** ABC/COP14/Decision 14.20\n\n**Meeting**: 14th Meeting of the Conference of the Parties "
        "to ABC (COP-14), Lisbon, 2 - 6 June 2031\n\n**Date of adoption:** 6 June 2031",
    ],
)
def test_bold_record_fields_of_a_decision_page(fields: str, registry: BodyRegistry) -> None:
    found = _facts(_page(fields), registry, "adoptedAt", "adoptedOn", "heldIn", "heldOn", "title")
    assert ("adoptedAt", "abc-cop/dec/14/20", "abc-cop#14") in found
    assert ("adoptedOn", "abc-cop/dec/14/20", "2031-06-06") in found
    assert ("heldIn", "abc-cop#14", "Lisbon") in found
    assert ("heldOn", "abc-cop#14", "2031-06-02/2031-06-06") in found
    # the heading's title ends at the heading: no field runs into it
    assert ("title", "abc-cop/dec/14/20", "Alpine Meadows") in found


def test_bold_words_that_are_no_field_names_make_no_record(registry: BodyRegistry) -> None:
    # near miss: bold lead words of prose, one of them a field's name without a colon or value
    fields = "**Meeting** the needs of Parties is the aim.\n\n**Note:** the Parties met in Lisbon, 2 - 6 June 2031."
    found = _facts(_page(fields), registry, "adoptedAt", "heldIn", "heldOn")
    assert not any(f[1] == "abc-cop#14" or f[2] == "abc-cop#14" for f in found)


def _range_page(heading: str = "# Decisions 14.20 - 14.23 Alpine Meadows", third: str = "14.22") -> str:
    return (
        "[Skip to main content](#main-content)\n\n  * [Documents](/en/documents)\n\n"
        f"{heading}\n\n"
        "**Meeting:** 14th Meeting of the Conference of the Parties to ABC (COP14), Lisbon, 2 - 6 June 2031\n\n"
        "**Date of adoption:** 6 June 2031\n\n* * *\n\n### Directed to the Secretariat\n\n"
        "**14.20** The Secretariat shall:\n\n  1. compile the data gathered under Resolution 12.3; and\n\n"
        "  2. report to the Conference of the Parties at its 15th meeting.\n\n### Directed to the Standing Committee\n\n"
        "**14.21** The Standing Committee shall review the data compiled under Decision 14.20.\n\n"
        f"### Directed to Parties\n\n**{third}** Parties are encouraged to apply Resolution 11.8 on meadows.\n\n"
        "**14.23** The Secretariat and the Science Panel shall jointly prepare a survey of the meadows. "
        "The working group on meadows shall hold its first meeting in Bonn. The Secretariat shall invite the "
        "Executive Director of the United Nations Environment Programme to attend.\n\n* * *\n\n## Related documents\n\n"
        "  * [ABC/COP14/Doc.9](/en/doc-9) - Alpine Meadows\n\n## Related decisions\n\n"
        "  * [Decision 13.4 Alpine Wetlands](/en/decision-134) - active\n\n(C) ABC Secretariat, Bonn\n"
    )


def test_a_page_of_a_range_of_decisions(registry: BodyRegistry) -> None:
    found = _facts(_range_page(), registry, "title", "adoptedAt", "adoptedOn", "cites", "mentions")
    members = [f"abc-cop/dec/14/{n}" for n in (20, 21, 22, 23)]
    for member in members:
        # the page's heading, meeting and adoption fields are each member's
        assert ("title", member, "Alpine Meadows") in found
        assert ("adoptedAt", member, "abc-cop#14") in found
        assert ("adoptedOn", member, "2031-06-06") in found
    # each paragraph opening with a member's number is that member's text
    cites = {(s, o) for r, s, o in found if r == "cites"}
    assert ("abc-cop/dec/14/20", "abc-cop/res/12/3") in cites
    assert ("abc-cop/dec/14/21", "abc-cop/dec/14/20") in cites
    assert ("abc-cop/dec/14/22", "abc-cop/res/11/8") in cites
    # near miss: a member cites nothing another member's text names
    assert ("abc-cop/dec/14/20", "abc-cop/res/11/8") not in cites and ("abc-cop/dec/14/23", "abc-cop/res/11/8") not in cites


def test_a_list_in_a_heading_or_a_number_outside_the_range_opens_no_member(registry: BodyRegistry) -> None:
    # near misses: "Decisions 14.20 and 14.21" is a list, no range's page: no title for either
    listed = _facts(_range_page(heading="# Decisions 14.20 and 14.21 Alpine Meadows"), registry, "title")
    assert ("title", "abc-cop/dec/14/21", "Alpine Meadows") not in listed
    # a paragraph numbered outside the range ("14.29") stays in the member above it
    found = _facts(_range_page(third="14.29"), registry, "cites", "title")
    assert ("title", "abc-cop/dec/14/29", "Alpine Meadows") not in found
    assert not any(s == "abc-cop/dec/14/29" for r, s, o in found)


def test_a_decisions_own_paragraph_opening_on_a_body_and_shall(registry: BodyRegistry) -> None:
    requests = {(s, o) for r, s, o in _facts(_range_page(), registry, "requests", "invites")}
    assert ("abc-cop/dec/14/20", "abc-cop/secretariat") in requests  # "The Secretariat shall:" over its items
    assert ("abc-cop/dec/14/21", "abc-cop/standing-committee") in requests
    # one "shall", two bodies of the subject
    assert {("abc-cop/dec/14/23", "abc-cop/secretariat"), ("abc-cop/dec/14/23", "abc-cop/science-panel")} <= requests
    # near misses: "Parties are encouraged"; a working group that "shall hold" a meeting; the
    # Executive Director the Secretariat "shall invite"
    assert not any(s == "abc-cop/dec/14/22" for s, o in requests)
    assert not any("unep" in o or "working-group" in o for s, o in requests)


def test_a_related_decisions_link_heads_no_text(registry: BodyRegistry) -> None:
    # "Decision 13.4 Alpine Wetlands - active" under "Related decisions" is a link of the page's
    # list: no text of 13.4 (nothing contained in the page), no title running into the footer
    found = _facts(_range_page(), registry, "containedIn", "title")
    assert not any(s == "abc-cop/dec/13/4" for r, s, o in found)


@pytest.mark.parametrize(
    ("written", "symbol"),
    [
        ("UNEP/CMS/COP17/Doc.26.3/Add.1", "UNEP/CMS/COP17/Doc.26.3/Add.1"),  # a dotted paper number before its addendum
        ("CBD/COP/16/Doc.12.1/Rev.2", "CBD/COP/16/Doc.12.1/Rev.2"),
        ("UNEP/CMS/ScC-SC9/Report", "UNEP/CMS/ScC-SC9/Report"),  # an organ's subsidiary and its meeting after a hyphen
        ("UNEP/CMS/ScC-SC5/Doc.1", "UNEP/CMS/ScC-SC5/Doc.1"),
        # near misses: the same parts, read as before
        ("UNEP/CMS/COP17/Doc.26.3", "UNEP/CMS/COP17/Doc.26.3"),
        ("EC-81/Doc. 2.2", "EC-81/Doc. 2.2"),
    ],
)
def test_symbols_with_dotted_papers_and_hyphenated_subsidiaries(written: str, symbol: str) -> None:
    from mandate_graph.loaders.extract.symbols import find_symbols

    found = find_symbols(f"See document {written} for details.")
    assert [s.symbols[0] for s in found] == [symbol]


def test_a_hyphen_between_words_is_no_subsidiary_part() -> None:
    from mandate_graph.loaders.extract.symbols import find_symbols

    assert not find_symbols("the HIV/AIDS-Related programme and the Co-Chairs/Bureau")


RELATED = (
    "[Skip to main content](#main-content)\n\n# Decision 14.20 Alpine Meadows\n\n"
    "**Meeting:** 14th Meeting of the Conference of the Parties to ABC (COP14), Lisbon, 2 - 6 June 2031\n\n"
    "**Date of adoption:** 6 June 2031\n\n* * *\n\nThe Conference of the Parties,\n\n"
    "1. Requests the Standing Committee to review the list.\n\n* * *\n\n## Related documents\n\n"
    "  * [ABC/StC-SC3/Report](/en/report) - Report of the 3rd Meeting of the Standing Committee of the Convention on Alpine Birds\n"
    "  * [ABC/COP14/Doc.9](/en/doc-9) - Review of the Implementation of Decision 13.4\n\n"
    "## Related decisions\n\n"
    "  * [Decisions 13.4 - 13.6 Alpine Wetlands](/en/decisions-134-136) - replaced\n"
    "  * [Decision 12.9 Ecological Networks](/en/decision-129) - active\n"
)


def test_related_links_of_a_decision_page(registry: BodyRegistry) -> None:
    found = _facts(RELATED, registry, "title", "reportOf", "containedIn", "cites")
    # the link's text, number and title, without the status after it; a range's each member
    for number in ("13/4", "13/5", "13/6"):
        assert ("title", f"abc-cop/dec/{number}", "Alpine Wetlands") in found
    assert ("title", "abc-cop/dec/12/9", "Ecological Networks") in found
    # "Report of the 3rd Meeting of X": the report of that meeting
    assert ("reportOf", "ABC/StC-SC3/Report", "abc-cop/standing-committee#3") in found
    # near misses: a related decision's link heads no text and is cited by no one; a paper's title
    # naming a decision gives that decision no title
    assert not any(r in ("containedIn", "cites") and s in ("abc-cop/dec/12/9", "abc-cop/dec/13/4") for r, s, o in found)
    assert not any(r == "title" and "Review" in o for r, s, o in found)


def _annex(heading: str) -> str:
    return _decision("**Fifth meeting** Nairobi, 3–7 May 2032 Agenda item 4 **Restoration of coastal peatlands**") + (
        f"\n## **Annex**\n\n### **{heading}**\n\n| Proposal | Area | Status |\n|---|---|---|\n"
        "| PWC/COP/5/7/Add.1 | Northern fens | under review |\n| PWC/COP/5/7/Add.2 | Delta marshes | withdrawn |\n"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Proposals for restoration areas before the Conference of the Parties at its fifth meeting",
        "Submissions on peatland inventories submitted to the Conference of the Parties at its fifth meeting",
        "Documents before the Conference of the Parties at its fifth meeting",
    ],
)
def test_a_table_of_papers_before_a_meeting_under_its_heading(heading: str, registry: BodyRegistry) -> None:
    found = _facts(_annex(heading), registry, "submittedTo")
    assert {("submittedTo", "PWC/COP/5/7/Add.1", "pwc-cop#5"), ("submittedTo", "PWC/COP/5/7/Add.2", "pwc-cop#5")} <= found


def test_a_table_under_a_heading_naming_no_papers_before_a_meeting(registry: BodyRegistry) -> None:
    # near misses: proposals "considered" in prose, a heading of areas, not papers
    found = _facts(_annex("Areas proposed since the fourth meeting of the Conference of the Parties"), registry, "submittedTo")
    assert not any(s.startswith("PWC/COP/5/7/") for r, s, o in found)
