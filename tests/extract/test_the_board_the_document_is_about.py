""""the Board" told back for the body the document has been about, named in full, whose name's head is
"Board" and which carries no short name ("the Board of Auditors of the Lake Fund"), where a body the
data calls "the Board" (a fund's Executive Board) is named in full only further on
(`resolve.Scope.named_in_full_last_before`, E279; E219 gave nothing where the document named such a
body in full anywhere). Near misses: the headed body named in full once only before; the body the
data calls "the Board" named in full before "the Board"."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SG_REPORT, stated
from .reference_data import registry_from_turtle

TURTLE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/lake-boa> a mg:Body ; mg:key "lake-boa" ;
    skos:prefLabel "Board of Auditors of the Lake Fund"@en ; skos:altLabel "Lake Fund Board of Auditors"@en .
<body/ga/shore-fund-bot> a mg:Body ; mg:key "ga/shore-fund-bot" ;
    skos:prefLabel "Board of Trustees of the Shore Fund"@en ; mg:shortName "Board" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/ga> .
<body/river-eb> a mg:Body ; mg:key "river-eb" ;
    skos:prefLabel "Executive Board of the River Fund"@en ; mg:shortName "Board" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""

LATER = ("\n\n3. The Board also notes that the Executive Board of the River Fund, by its decision 2036/2, "
         "requested its secretariat to circulate the management letters.")


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return registry_from_turtle(tmp_path_factory, TURTLE)


def asked(text, registry):
    facts = stated(extract(SG_REPORT.format(s=text), source_key="test", registry=registry))
    return {(s, o) for r, s, o in facts if r in ("requests", "invites")}


@pytest.mark.parametrize(
    "opening",
    [
        "The Board of Auditors of the Lake Fund has audited twelve entities. The findings of the Board of Auditors "
        "of the Lake Fund are summarized below.",
        "The Secretary-General transmits the summary prepared by the Board of Auditors of the Lake Fund, which "
        "the Lake Fund Board of Auditors approved in June.",
    ],
)
@pytest.mark.parametrize(
    ("asking", "instrument"),
    [
        ("In its resolution 90/12, the General Assembly requested the Board to continue to report on "
         "implementation rates by entity.", "ga/res/90/12"),
        ("In paragraph 4 of its resolution 89/40, the General Assembly invited the Board to draw attention to long-outstanding "
         "recommendations.", "ga/res/89/40"),
    ],
)
def test_the_board_is_the_body_the_document_is_about(registry, opening, asking, instrument):
    found = asked(f"{opening}\n\n2. {asking}{LATER}", registry)
    assert (instrument, "lake-boa") in found
    assert (instrument, "ga/shore-fund-bot") not in found


def test_near_miss_named_once_only(registry):
    found = asked("The Board of Auditors of the Lake Fund has audited twelve entities.\n\n2. In its resolution "
                  f"90/12, the General Assembly requested the Board to continue to report.{LATER}", registry)
    assert ("ga/res/90/12", "lake-boa") not in found


def test_near_miss_the_data_s_board_named_before(registry):
    found = asked("The Board of Auditors of the Lake Fund has audited twelve entities. The Board of Auditors of the "
                  "Lake Fund met the Executive Board of the River Fund.\n\n2. In its decision 2036/3, the Executive "
                  "Board of the River Fund requested the Board to report.", registry)
    assert ("river-eb/dec/2036/3", "lake-boa") not in found
