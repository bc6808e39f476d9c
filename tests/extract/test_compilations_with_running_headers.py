"""A compilation of a body's resolutions and decisions of one session (E121): a title "RESOLUTIONS
AND DECISIONS OF THE <ORDINAL> SESSION" over the texts (each adopted at that session), a contents
table whose entries end in dot leaders, dates and pages (no headings of the texts), running headers
and footers on every page, an adoption line "(Fourth plenary meeting, 8 September 2032)" on a line
of its own under a text's last paragraph or pushed onto the next page, and a decision told in
sentences ("The Committee considered the report ... The Committee endorsed the recommendations of
that meeting.").

Invented bodies, numbers and dates, not the unseen documents' lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

REEF = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/reef-rc> a mg:Body ; mg:key "reef-rc" ;
    skos:prefLabel "Regional Committee for the Coral Sea"@en ; mg:shortName "Regional Committee" ;
    mg:symbolPrefix "CS/RC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CS/RC{session}/R{number}" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "CS/RC{session}({number})" ; mg:instrumentKind "decision" ] .
<body/reef-rc/programme-subcommittee> a mg:Body ; mg:key "reef-rc/programme-subcommittee" ;
    skos:prefLabel "Subcommittee on Programme Review"@en ; skos:altLabel "SPR"@en ;
    mg:shortName "Subcommittee" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/reef-rc> .
<body/reef-rc/director> a mg:Body ; mg:key "reef-rc/director" ;
    skos:prefLabel "Regional Director for the Coral Sea"@en ; mg:shortName "Regional Director" ;
    org:subOrganizationOf <body/reef-rc> .
"""


@pytest.fixture(scope="module")
def reef(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "reef.ttl"
    path.write_text(REEF, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _compilation(session: int, ordinal: str, subcommittee: str, verb: str) -> str:
    s = f"CS/RC{session}"
    footer = f"Regional Committee for the Coral Sea, {ordinal} Session" + " " * 20 + "Page {page} of 2"
    header = f"{s}/20" + " " * 40 + f"Resolutions and decisions of RC{session}"
    return "\n".join([
        f"{s}/20",
        "                 Regional Committee for the Coral Sea",
        "",
        f"                        {ordinal} Session",
        "                   Suva, Fiji, 4-8 October 2032",
        "",
        f"          RESOLUTIONS AND DECISIONS OF THE {ordinal.upper()} SESSION",
        "",
        "CONTENTS",
        "Resolutions                                                    adopted    page",
        f"{s}/R1  Reef restoration strategy, 2033-2038 ............. 05.10.2032     1",
        "Decisions",
        f"{s}(1)  Report of the ninth meeting of the SPR ........... 06.10.2032     2",
        "",
        f"{s}/R1     REEF RESTORATION STRATEGY, 2033-2038",
        "",
        "The Regional Committee,",
        "Having considered the draft strategy;",
        "1. ADOPTS the Reef restoration strategy, 2033-2038;",
        "2. REQUESTS the Regional Director to report on its implementation in two years.",
        "                              (Second plenary meeting, 5 October 2032)",
        "-" * 80,
        footer.format(page=1),
        "\f" + header,
        "",
        f"{s}(1)     REPORT OF THE NINTH MEETING OF THE SPR",
        "",
        f"The Regional Committee considered the report of the {subcommittee} on its ninth",
        "meeting, held in Apia on 2 and 3 May 2032 (document CS/RC{0}/4).".format(session),
        f"The Committee {verb} the recommendations of that meeting.",
        "-" * 80,
        footer.format(page=2),
        "\f" + header,
        "",
        "                              (Third plenary meeting, 6 October 2032)",
        "",
    ])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(("session", "ordinal"), [(61, "Sixty-first"), (78, "Seventy-eighth")])
@pytest.mark.parametrize("subcommittee", ["Subcommittee on Programme Review", "SPR"])
@pytest.mark.parametrize("verb", ["endorsed", "also endorsed"])
def test_each_text_of_the_compilation_is_adopted_at_its_session_on_its_line(
    reef: BodyRegistry, session: int, ordinal: str, subcommittee: str, verb: str
) -> None:
    facts = _facts(_compilation(session, ordinal, subcommittee, verb), reef)
    at = GatheringRef("reef-rc", "session", session)
    resolution = InstrumentRef("reef-rc", "resolution", str(session), "1")
    decision = InstrumentRef("reef-rc", "decision", str(session), "1")
    for ref in (resolution, decision):
        assert (ref, "adoptedAt", at) in facts
    # the adoption line under the last paragraph, and the one pushed past the page's footer
    assert (resolution, "adoptedOn", dt.date(2032, 10, 5)) in facts
    assert (decision, "adoptedOn", dt.date(2032, 10, 6)) in facts
    assert (resolution, "adoptedOn", dt.date(2032, 10, 6)) not in facts
    # the decision told in sentences endorses the meeting it names back
    assert (decision, "endorses", GatheringRef("reef-rc/programme-subcommittee", "meeting", 9)) in facts
    assert (resolution, "requests", __import__("mandate_graph.graph.model", fromlist=["BodyRef"]).BodyRef("reef-rc/director")) in facts


def test_a_contents_entry_is_no_heading_of_the_text(reef: BodyRegistry) -> None:
    """The near miss: the contents' line, its dots, date and page, gives no title with them."""
    facts = _facts(_compilation(61, "Sixty-first", "SPR", "endorsed"), reef)
    titles = [o for _, relation, o in facts if relation == "title"]
    assert titles and not any("...." in str(t) for t in titles)


def test_that_meeting_with_no_meeting_named_before_endorses_nothing(reef: BodyRegistry) -> None:
    """"endorsed the recommendations of that meeting" with no meeting named before it endorses
    nothing."""
    text = _compilation(61, "Sixty-first", "SPR", "endorsed").replace(
        "The Regional Committee considered the report of the SPR on its ninth\nmeeting, held in Apia on 2 and 3 May 2032 (document CS/RC61/4).",
        "The Regional Committee considered a note by the Regional Director (document CS/RC61/4).",
    ).replace("REPORT OF THE NINTH MEETING OF THE SPR", "NOTE BY THE REGIONAL DIRECTOR").replace(
        "Report of the ninth meeting of the SPR", "Note by the Regional Director"
    )
    facts = _facts(text, reef)
    assert not any(relation == "endorses" for _, relation, _ in facts)
