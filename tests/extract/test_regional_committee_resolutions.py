"""Resolutions of a regional governing body printed one after the other, each under its own
capitals masthead: the organization, the regional office, the committee, "12TH SESSION", the
place and dates, the symbol with a letter before the number ("AFR/RC12/R3"), the date, a job
number beside the language ("204518 | ORIGINAL: FRENCH"), then "Resolution" alone over the title,
unnumbered preambles and upper-case operative verbs. Each resolution is the committee's, adopted
at the session its masthead names, titled by the line under "Resolution"."""

from __future__ import annotations

import textwrap

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wso> a mg:Body ; mg:key "wso" ; skos:prefLabel "World Soil Organization"@en .
<body/wso/rc-africa> a mg:Body ; mg:key "wso/rc-africa" ;
    skos:prefLabel "WSO Regional Committee for Africa"@en ; skos:altLabel "Regional Committee for Africa"@en ;
    mg:shortName "Regional Committee" ; mg:symbolPrefix "AFR/RC" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "AFR/RC{session}/R{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/wso> .
<body/wso/regional-director> a mg:Body ; mg:key "wso/regional-director" ;
    skos:prefLabel "WSO Regional Director for Africa"@en ; mg:shortName "Regional Director" ;
    org:subOrganizationOf <body/wso> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def masthead(session: int, suffix: str, number: int, job: str, language: str) -> str:
    return (
        "WORLD SOIL ORGANIZATION\nREGIONAL OFFICE FOR AFRICA\n\n"
        f"REGIONAL COMMITTEE FOR AFRICA\n{session}{suffix} SESSION\nAccra, Ghana, 3-5 September 2030\n\n"
        f"AFR/RC{session}/R{number}\n5 September 2030\n{job} | ORIGINAL: {language}\n\n\n"
        "Resolution\n\n"
    )


def wrapped(paragraph: str, indent: str = "") -> str:
    """A paragraph as the plain-text export wraps it, at 76 columns."""
    return textwrap.fill(paragraph, width=76, subsequent_indent=indent) + "\n\n"


def two_resolutions(session: int = 12, suffix: str = "TH", verb: str = "REQUESTS") -> str:
    return (
        masthead(session, suffix, 3, "204518", "FRENCH")
        + "Soil health monitoring in the African Region\n\n"
        "The Regional Committee,\n\n"
        + wrapped("Recalling the regional strategy on soil data adopted by the Committee at an earlier session and the commitments made by Member States;")
        + wrapped("Noting with concern that soil degradation affects the livelihoods of rural communities across the Region and that data on soil health remain scattered among national institutions;")
        + wrapped("Having considered the report of the Regional Director on soil health monitoring, which sets out the options for a regional system of indicators and the costs of each;")
        + wrapped("1. ADOPTS the regional strategy on soil health monitoring, 2031-2035;", "   ")
        + wrapped(f"2. {verb} the Regional Director to report on soil health monitoring to the Regional Committee at its next session, in 2031;", "   ")
        + wrapped("3. URGES Member States to share their soil data with the Regional Office and with one another in good time, to strengthen the national institutions that collect them and to train the staff of their soil laboratories in the methods the regional system of indicators will use;", "   ")
        + "\nThird meeting, 5 September 2030\n\n= = =\n\n"
        + masthead(session, suffix, 4, "204519", "ENGLISH")
        + "Date and place of the next session\n\n"
        "The Regional Committee,\n\n"
        + wrapped("Recalling the rules of procedure of the Regional Committee, under which the Committee decides each year on the date and place of its next regular session, after consulting the Member States that have offered to host it;")
        + wrapped("1. DECIDES that the next session of the Regional Committee shall be held in Dakar, Senegal, in September 2031, at the invitation of the Government of Senegal, which has offered to host the session and to meet the additional costs of holding it away from the Regional Office;", "   ")
        + "\nThird meeting, 5 September 2030\n\n= = =\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="rc", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def test_a_symbol_ending_in_a_letter_and_the_number() -> None:
    assert [m.symbols for m in find_symbols("see AFR/RC12/R3 and SEAR/RC7/D11.")] == [("AFR/RC12/R3",), ("SEAR/RC7/D11",)]
    assert find_symbols("rules A/B1/C2 apply") == []


@pytest.mark.parametrize(("session", "suffix", "verb"), [(12, "TH", "REQUESTS"), (21, "ST", "ALSO REQUESTS"), (3, "RD", "CALLS ON")])
def test_each_resolution_under_its_own_masthead(registry: BodyRegistry, session: int, suffix: str, verb: str) -> None:
    text = two_resolutions(session, suffix, verb)
    first, second = f"wso/rc-africa/res/{session}/3", f"wso/rc-africa/res/{session}/4"
    gathering = f"wso/rc-africa#{session}"
    assert facts(text, registry, "meetingOf") >= {(gathering, "wso/rc-africa")}
    assert ("wso#" + str(session), "wso") not in facts(text, registry, "meetingOf")
    assert facts(text, registry, "adoptedAt") >= {(first, gathering), (second, gathering)}
    assert facts(text, registry, "title") >= {
        (first, "Soil health monitoring in the African Region"), (second, "Date and place of the next session"),
    }
    assert not any(title.startswith("2045") for _, title in facts(text, registry, "title"))
    assert (first, "wso/regional-director") in facts(text, registry, "requests")


@pytest.mark.parametrize("clause", [
    "which contains the draft regional strategy on soil health",
    "which sets out the options for a regional system of indicators",
])
def test_two_papers_considered_with_a_relative_clause_between(registry: BodyRegistry, clause: str) -> None:
    text = two_resolutions().replace(
        "Having considered the report of the Regional Director on soil health\nmonitoring, which sets out the options for a regional system of indicators\nand the costs of each;",
        f"Having considered document AFR/RC12/8, {clause}, and the report of the Regional Director on the consultations "
        "held on the draft (AFR/RC12/8 Add.1);",
    )
    submitted = facts(text, registry, "submittedTo")
    assert ("AFR/RC12/8", "wso/rc-africa#12") in submitted
    assert ("AFR/RC12/8 Add.1", "wso/rc-africa#12") in submitted
