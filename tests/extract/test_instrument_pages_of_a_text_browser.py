"""A treaty body's instrument as its web page shows it through a text browser (E252, from the spent
u305), and the home genre's recitals told differently (u306):

- the page's chrome before the body hides the heading: lynx's first line of the page head's links
  ("#[1]Site name [2]alternate"), a menu of bulleted links of up to six words, a breadcrumb wrapped at
  its separator ("… > Resolutions and decisions >" / "Seventeenth session") are the site's, not the
  document's (the site's owner read as the issuer, the last crumb as its session);
- the page heading "<body>, <ordinal> session, <place>, <dates>" is the session's line: its facts,
  and the one text's `adoptedAt`;
- "Adopted on 10 December 2037" at the foot of a page holding one text (alone, or the first item of
  the footer's bar) is that text's day of adoption;
- "States parties" addressed by the Conference of the other crime convention (the one the shipped
  UNODC secretariat also serves) are the shipped States parties, whichever file describes it;
- "(X), held in Geneva from 1 to 3 July 2035, and the report of … (Y)" after "Having considered":
  both papers are before the session.

Invented texts; bodies of the shipped data, of `tests/data/phrasing.ttl` and of small files written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, stated

_UNCAC = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/cosp-uncac> a mg:Body ;
    mg:key "cosp-uncac" ;
    skos:prefLabel "Conference of the States Parties to the United Nations Convention against Corruption"@en ;
    skos:altLabel "Conference of the States Parties"@en ;
    mg:shortName "Conference" ;
    mg:symbolPrefix "CAC/COSP" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true .

<body/dunes-mop> a mg:Body ;
    mg:key "dunes-mop" ;
    skos:prefLabel "Meeting of the Parties to the Convention on the Protection of Coastal Dunes"@en ;
    mg:shortName "Meeting of the Parties" ;
    mg:symbolPrefix "DUN/MP" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] ,
                           [ mg:numberTemplate "Decision {session}/{number}" ; mg:instrumentKind "decision" ] .

<body/dunes-mop/wgp> a mg:Body ;
    mg:key "dunes-mop/wgp" ;
    skos:prefLabel "Working Group of the Parties to the Dunes Convention"@en ;
    mg:shortName "Working Group" ;
    mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/dunes-mop> .
"""


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory):
    ttl = tmp_path_factory.mktemp("e252") / "bodies.ttl"
    ttl.write_text(_UNCAC)
    registry = load_registry(BASE, [REFERENCE, ttl])

    def facts(text: str) -> set[tuple[str, str, str]]:
        return stated(extract(text, source_key="test", registry=registry))

    return facts


def _page(
    *,
    head: str = "   #[1]Site of the Office - Treaty bodies [2]alternate\n\n",
    menu: tuple[str, ...] = ("Home", "About us", "Conference of the States Parties", "Implementation Review Mechanism", "Contact"),
    crumb: str = "   [11]Home > [12]Treaties > [13]Conference > [14]Resolutions and decisions >\n   Seventeenth session\n",
    session: str = "   {body}, seventeenth session, Bangkok, 6-10 December 2037\n",
    body: str = "Conference of the States Parties to the United Nations Convention against Corruption",
    number: str = "Resolution 17/3",
    operative: str = "   1. Requests the secretariat to prepare a compendium of good practices.\n",
    related: str = "     * [20]Resolution 17/2 - Follow-up to the declaration on audit institutions\n",
    foot: str = "   Adopted on 10 December 2037 | Last updated: 14 January 2038\n",
) -> str:
    """A resolution's page as `lynx -dump` writes it: head links, skip link, a bulleted menu,
    a breadcrumb, the page heading, the text, related texts, the footer and the references."""
    items = "".join(f"     * [{4 + i}]{item}\n" for i, item in enumerate(menu))
    return (
        f"{head}   [3]Skip to main content\n\n{items}\n{crumb}\n"
        "                          Resolutions and decisions\n\n"
        f"{session.format(body=body)}\n"
        "   [15]English | [16]Français | [17]Español\n\n"
        f"{number}\n\n   Strengthening integrity in public procurement\n\n"
        f"   [18]Download (PDF)\n\n   The {body},\n\n"
        "   Recalling its resolution 16/4 of 7 December 2035,\n\n"
        f"{operative}\n"
        f"Related resolutions\n\n{related}\n{foot}\n"
        "   [21]Privacy | [22]Terms of use | (c) United Nations\n\n"
        "References\n\n   1. https://www.example.org/\n   3. https://www.example.org/#main\n"
        "  18. https://www.example.org/res17-3.pdf\n"
    )


RES = "cosp-uncac/res/17/3"
SESSION = "cosp-uncac#17"


def test_the_page_heading_gives_the_session_and_the_text_its_adoption(read) -> None:
    found = read(_page())
    assert ("meetingOf", SESSION, "cosp-uncac") in found
    assert ("heldIn", SESSION, "Bangkok") in found
    assert ("heldOn", SESSION, "2037-12-06/2037-12-10") in found
    assert ("adoptedAt", RES, SESSION) in found
    assert ("adoptedOn", RES, "2037-12-10") in found
    assert ("title", RES, "Strengthening integrity in public procurement") in found
    # the site's owner named in the head links holds no session, the last crumb names none
    assert not {f for f in found if f[0] in ("heldIn", "heldOn", "meetingOf") and not f[1].startswith("cosp-uncac")}


@pytest.mark.parametrize(
    "crumb",
    [
        # the crumb wrapped after its separator, or before it ("> Resolutions" opening the next line)
        "   [11]Home > [12]Treaties > [13]Conference > [14]Resolutions and decisions >\n   Seventeenth session\n",
        "   [11]Home > [12]Treaties > [13]Conference > [14]Seventeenth session\n   > Resolutions and decisions\n",
        "   [11]Home > [12]Treaties > Seventeenth session\n",
    ],
)
def test_a_breadcrumb_wrapped_at_its_separator_is_chrome(read, crumb: str) -> None:
    found = read(_page(crumb=crumb))
    assert ("adoptedAt", RES, SESSION) in found
    assert not any(f[1].startswith("unodc#") for f in found)


@pytest.mark.parametrize(
    "menu",
    [
        ("Home", "About us", "Conference of the States Parties", "Implementation Review Mechanism", "Contact"),
        ("Home", "Treaty bodies and their sessions", "Documents", "Press and media"),
        ("Our work", "Intergovernmental meetings of the Conference", "Publications"),
    ],
)
def test_a_bulleted_menu_of_longer_entries_is_chrome(read, menu: tuple[str, ...]) -> None:
    found = read(_page(menu=menu))
    assert ("adoptedAt", RES, SESSION) in found
    assert ("heldIn", SESSION, "Bangkok") in found


@pytest.mark.parametrize(
    "body, number, res, session",
    [
        # the shipped Conference of the other crime convention, and an invented commission
        (
            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
            "Resolution 17/3", "cop-untoc/res/17/3", "cop-untoc#17",
        ),
        ("Commission on Coastal Resilience", "Resolution 17/3", "ccr/res/17/3", "ccr#17"),
    ],
)
def test_other_bodies_pages_read_the_same(read, body: str, number: str, res: str, session: str) -> None:
    found = read(_page(body=body, number=number))
    assert ("adoptedAt", res, session) in found
    assert ("adoptedOn", res, "2037-12-10") in found
    assert ("heldIn", session, "Bangkok") in found


@pytest.mark.parametrize(
    "foot",
    [
        "   Adopted on 10 December 2037\n",
        "   Adopted: 10 December 2037 | Page last reviewed: 2 February 2038\n",
        "   Date of adoption: 10 December 2037\n",
    ],
)
def test_the_foot_line_gives_the_one_texts_day(read, foot: str) -> None:
    assert ("adoptedOn", RES, "2037-12-10") in read(_page(foot=foot))


@pytest.mark.parametrize(
    "foot",
    [
        # the page's own dates, no adoption
        "   Last updated: 10 December 2037 | Published: 2 January 2038\n",
        "   Page created on 10 December 2037\n",
        # a sentence that only opens with the word
        "   Adopted on 10 December 2037 after a vote requested by two delegations, the text was later revised.\n",
    ],
)
def test_other_foot_lines_give_no_day(read, foot: str) -> None:
    assert not {f for f in read(_page(foot=foot)) if f[0] == "adoptedOn" and f[1] == RES}


def test_a_foot_line_under_a_page_of_two_texts_dates_neither(read) -> None:
    second = (
        "Resolution 17/4\n\n   Protecting the environment from corruption\n\n"
        "   The Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
        "   1. Invites States parties to share information.\n\n"
    )
    text = _page(related=" " * 5 + "* [20]Resolution 17/2 - Follow-up\n").replace("Related resolutions", second + "Related resolutions")
    found = read(text)
    assert not {f for f in found if f[0] == "adoptedOn" and f[1] in (RES, "cosp-uncac/res/17/4")}


@pytest.mark.parametrize(
    "paragraph",
    [
        "   1. Urges States parties to publish procurement data in open formats.\n",
        "   1. Calls upon States parties to designate focal points.\n",
        "   1. Encourages all States parties to share information on audits.\n",
    ],
)
def test_the_other_crime_conventions_parties_are_the_shipped_ones(read, paragraph: str) -> None:
    found = read(_page(operative=paragraph))
    assert any(f[1] == RES and f[2] == "states-parties" for f in found)


def test_another_treatys_conference_still_addresses_its_own_parties(read) -> None:
    # an invented conference the shipped secretariat does not serve: its parties have no node
    text = _page(
        body="Meeting of the Parties to the Convention on the Protection of Coastal Dunes",
        number="Decision 17/3",
        operative="   1. Urges States parties to publish erosion data.\n",
    )
    assert not any(f[2] == "states-parties" for f in read(text))


# a decision issued as an addendum to the session report: its masthead, heading and recitals, one
# item a line (`_DECISION` sets them apart by blank lines, `_NOTED` as raw pdftotext runs them)
_HEAD = (
    "United Nations DUN/MP/2035/2/Add.1",
    "Meeting of the Parties to the Convention on the Protection of Coastal Dunes",
    "Tenth session",
    "Vilnius, 16–18 October 2035",
    "Report of the Meeting of the Parties on its tenth session",
    "Addendum",
    "Decision X/2 on monitoring dune erosion",
)
_DECISION = "\n\n".join(
    (*_HEAD, "The Meeting of the Parties,", "Recalling its decision IX/2 of 16 October 2031,", "{recital}",
     "1. Requests the secretariat to prepare a glossary.\n")
)


@pytest.mark.parametrize(
    "recital",
    [
        "Having considered the report of the Working Group of the Parties on its thirty-fourth meeting (DUN/MP/WG.1/2035/2), "
        "held in Geneva from 1 to 3 July 2035, and the report of the expert group on its fourth meeting (DUN/MP/WG.1/2035/6),",
        "Having examined the report of the Working Group of the Parties on its thirty-fourth meeting (DUN/MP/WG.1/2035/2), "
        "held at the Palais des Nations on 2 July 2035, as well as the note by the secretariat on erosion (DUN/MP/WG.1/2035/6),",
        # (raw pdftotext's lines, a footnote's marker glued after the comma)
        "Having considered the report of the Working Group of the Parties on its thirty-fourth\n"
        "meeting (DUN/MP/WG.1/2035/2), held from 1 to 3 July 2035, and the report of the\n"
        "expert group on its fourth meeting (DUN/MP/WG.1/2035/6),1",
    ],
)
def test_a_second_paper_after_where_the_first_ones_meeting_was_held(read, recital: str) -> None:
    found = read(_DECISION.format(recital=recital))
    assert ("submittedTo", "DUN/MP/WG.1/2035/2", "dunes-mop#10") in found
    assert ("submittedTo", "DUN/MP/WG.1/2035/6", "dunes-mop#10") in found


@pytest.mark.parametrize(
    "recital",
    [
        # noted, not considered
        "Taking note of the report of the Working Group of the Parties on its thirty-fourth meeting (DUN/MP/WG.1/2035/2), "
        "held in Geneva from 1 to 3 July 2035, and the report of the expert group on its fourth meeting (DUN/MP/WG.1/2035/6),",
        # the second paper not considered: another verb after the participle
        "Having considered the report of the Working Group of the Parties on its thirty-fourth meeting (DUN/MP/WG.1/2035/2), "
        "held in Geneva from 1 to 3 July 2035, and noting that the expert group issued its report (DUN/MP/WG.1/2035/6),",
    ],
)
def test_no_second_paper_without_its_verb(read, recital: str) -> None:
    found = read(_DECISION.format(recital=recital))
    assert ("submittedTo", "DUN/MP/WG.1/2035/6", "dunes-mop#10") not in found


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Decision X/2 on monitoring dune erosion", "Monitoring dune erosion"),
        # the heading wrapped as the PDF's lines run
        ("Decision X/2 on public participation in decisions on coastal\ndefences and in international forums",
         "Public participation in decisions on coastal defences and in international forums"),
        ("Decision X/2 on strengthening the compliance mechanism", "Strengthening the compliance mechanism"),
    ],
)
def test_a_title_run_on_after_on(read, heading: str, title: str) -> None:
    text = _DECISION.format(recital="Having considered the note by the secretariat (DUN/MP/2035/4),").replace(
        "Decision X/2 on monitoring dune erosion", heading
    )
    assert ("title", "dunes-mop/dec/10/2", title) in read(text)


@pytest.mark.parametrize(
    "heading",
    [
        # how the text came to be adopted, not what it is about
        "Decision X/2 on the recommendation of the Working Group of the Parties",
        "Decision X/2 on the basis of the report of the Bureau",
    ],
)
def test_no_title_from_how_it_was_adopted(read, heading: str) -> None:
    text = _DECISION.format(recital="Having considered the note by the secretariat (DUN/MP/2035/4),").replace(
        "Decision X/2 on monitoring dune erosion", heading
    )
    found = read(text)
    assert not any(f[0] == "title" and f[1] == "dunes-mop/dec/10/2" and "ecommendation" in f[2] or "asis of" in f[2] for f in found)


# raw pdftotext of the decision (no blank lines, PDF lines, the note under a rule before the job
# number): the layout whose marks stay glued in the text
_NOTED = "\n".join((
    *_HEAD[:1], "Economic and Social Council Distr.: General", "19 January 2036", *_HEAD[1:],
    "Adopted by the Meeting of the Parties at its tenth session",
    "The Meeting of the Parties,",
    "Recalling its decision IX/2 of 16 October 2031, by which it established an expert group on the",
    "monitoring of coastal dunes and requested it to report to the Meeting of the Parties at its tenth",
    "session,",
    "{recital}",
    "1. Requests the secretariat to prepare a glossary of the terms used in the monitoring of coastal",
    "dunes and to make it available to the Parties before the eleventh session;",
    "__________________",
    "{note}",
    "GE.36-00731",
    "\fDUN/MP/2035/2/Add.1",
    "2",
    "2. Invites the Parties to share monitoring data with the secretariat before the eleventh session of",
    "the Meeting of the Parties.\n",
))


@pytest.mark.parametrize(
    "recital, note, sent_to",
    [
        (
            "Having considered the report of the Working Group of the Parties to the Dunes Convention on its\n"
            "thirty-third meeting and the report of the expert group on its fourth meeting (DUN/MP/WG.1/2035/6),1",
            "1 The report of the fourth meeting, held in Geneva on 12 and 13 March 2035, was made\n"
            "available to the Working Group of the Parties to the Dunes Convention at its thirty-fourth meeting.",
            "dunes-mop/wgp#34",
        ),
        (
            "Having considered the report of the Working Group of the Parties to the Dunes Convention on its\n"
            "thirty-third meeting and the report of the expert group on its fourth meeting (DUN/MP/WG.1/2035/6),1",
            "1 The report of the fourth meeting, held in Bonn on 2 and 3 April 2035, was also presented to the\n"
            "Working Group of the Parties to the Dunes Convention at its thirty-fifth meeting.",
            "dunes-mop/wgp#35",
        ),
    ],
)
def test_a_note_sends_on_the_paper_its_mark_follows(read, recital: str, note: str, sent_to: str) -> None:
    found = read(_NOTED.format(recital=recital, note=note))
    assert ("submittedTo", "DUN/MP/WG.1/2035/6", sent_to) in found


@pytest.mark.parametrize(
    "recital, note",
    [
        # the mark after words, not after the paper's symbol
        (
            "Having considered the report of the expert group (DUN/MP/WG.1/2035/6) on its fourth meeting,1",
            "1 The report of the fourth meeting was made available to the Working Group of the Parties to the "
            "Dunes Convention at its thirty-fourth meeting.",
        ),
        # another verb
        (
            "Having considered the report of the expert group on its fourth meeting (DUN/MP/WG.1/2035/6),1",
            "1 The report of the fourth meeting was discussed informally by the Working Group of the Parties to the "
            "Dunes Convention at its thirty-fourth meeting.",
        ),
    ],
)
def test_no_paper_sent_on_without_the_mark_or_the_verb(read, recital: str, note: str) -> None:
    found = read(_NOTED.format(recital=recital, note=note))
    assert ("submittedTo", "DUN/MP/WG.1/2035/6", "dunes-mop/wgp#34") not in found
