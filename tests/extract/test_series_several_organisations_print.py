"""A symbol series several organisations print alike, under a masthead that names none of them.

"C 2033/21" is a paper of FAO's Conference, and "C" is also the series of other organisations'
councils in a store that holds their reference files; the masthead ("CONFERENCE" / "Forty-eighth
Session" / "Rome, ...") names no organisation. The document shows whose it is all the same: it
numbers instruments in one organisation's convention ("Resolution 3/2031"), or cites the papers
of that organisation's other series ("CL 172/REP", "PC 134/6"). The one body of the series of
the organisation shown is the author; where none or two are shown, or a shipped body prints the
series too, there is no author from the symbol rather than a guess.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

# Three invented organisations whose files give the series "C" to one body each.
ORGANISATIONS = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/gso> a mg:Body ; mg:key "gso" ; skos:prefLabel "Global Soil Organization"@en ; skos:altLabel "GSO"@en .
<body/gso/conference> a mg:Body ; mg:key "gso/conference" ;
    skos:prefLabel "Conference of the Global Soil Organization"@en ; mg:shortName "Conference" ;
    mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/gso> .
<body/gso/council> a mg:Body ; mg:key "gso/council" ;
    skos:prefLabel "Council of the Global Soil Organization"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "CL" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/gso> .
<body/gso/council/programme-committee> a mg:Body ; mg:key "gso/council/programme-committee" ;
    skos:prefLabel "Programme Committee of the Global Soil Organization"@en ; mg:symbolPrefix "PC" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/gso/council> .
<body/gso/council/cosf> a mg:Body ; mg:key "gso/council/cosf" ;
    skos:prefLabel "Committee on Soil Fertility"@en ; mg:symbolPrefix "COSF" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/gso/council> .
<body/gso/director-general> a mg:Body ; mg:key "gso/director-general" ;
    skos:prefLabel "Director-General of the Global Soil Organization"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/gso> .
<body/ptu> a mg:Body ; mg:key "ptu" ; skos:prefLabel "Polar Telecommunication Union"@en ; skos:altLabel "PTU"@en .
<body/ptu/council> a mg:Body ; mg:key "ptu/council" ;
    skos:prefLabel "Council of the Polar Telecommunication Union"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/ptu> .
<body/ptu/rrb> a mg:Body ; mg:key "ptu/rrb" ; skos:prefLabel "Radio Regulations Board"@en ;
    mg:symbolPrefix "RRB" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ptu> .
<body/amo> a mg:Body ; mg:key "amo" ; skos:prefLabel "Arctic Migration Organization"@en ; skos:altLabel "AMO"@en .
<body/amo/council> a mg:Body ; mg:key "amo/council" ;
    skos:prefLabel "Council of the Arctic Migration Organization"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/amo> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory):
    return registry_from_turtle(tmp_path_factory, ORGANISATIONS)


def masthead(symbol: str = "C 2031/14", session: str = "Thirty-first Session", indent: str = "                    ") -> str:
    return (
        f"{symbol}\nMay 2031\n\n{indent}CONFERENCE\n\n{indent}{session}\n\n{indent}Rome, 10 – 15 June 2031\n\n"
        f"{indent}Progress Report on the Resolutions of the Previous Session\n\n"
    )


SHOWN = [
    # the full name of one of the organisation's organs
    "1.       In Resolution 4/2029 the Conference called on the Director-General to report to the Committee\n"
    "on Soil Fertility.\n",
    "1.       The Conference, in Resolution 12/2027, asked for a report.\n\n2.       The Committee on Soil "
    "Fertility took it up at its 12th Session.\n",
    # its other series: a council's report, a committee's paper
    "1.       The Council, at its 170th Session, concurred (CL 170/REP, paragraph 9).\n",
    "1.       The assessment was issued as document PC 88/4 and examined in November.\n",
]


@pytest.mark.parametrize("body", SHOWN)
@pytest.mark.parametrize("symbol", ["C 2031/14", "C 2031/INF/3"])
def test_the_organisation_the_text_shows_writes_the_series(registry, body: str, symbol: str) -> None:
    extraction = extract(masthead(symbol) + body, source_key="doc", registry=registry)
    assert extraction.document.author == "gso/conference"
    session = GatheringRef("gso/conference", "session", 31)
    assert any(f.subject == session and f.relation == "meetingOf" and f.object == BodyRef("gso/conference") for f in extraction.facts)


def test_a_text_that_shows_no_organisation_has_no_author_from_the_series(registry) -> None:
    text = masthead() + "1.       The Conference took note of the report and asked for another one.\n"
    assert extract(text, source_key="doc", registry=registry).document.author is None


def test_two_organisations_shown_leave_the_series_open(registry) -> None:
    # an organ of the telecommunication union named in full, and its paper cited, beside the soil
    # organisation's committee
    text = masthead() + (
        "1.       In Resolution 4/2029 the Conference asked the Committee on Soil Fertility to consult the "
        "Radio Regulations Board, whose views are in document RRB 31/2.\n"
    )
    assert extract(text, source_key="doc", registry=registry).document.author is None


def test_a_series_the_masthead_names_is_still_read_from_the_masthead(registry) -> None:
    # "COUNCIL OF THE POLAR TELECOMMUNICATION UNION" above the symbol: the masthead decides
    text = "C 2031/14\nMay 2031\n\nCouncil of the Polar Telecommunication Union\n\nThirty-first Session\n\n" + SHOWN[0]
    assert extract(text, source_key="doc", registry=registry).document.author == "ptu/council"
