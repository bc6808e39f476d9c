"""A bare "the Committee" / "the Working Group" in a later section of a document whose opening (a
covering note, a masthead) is about one body of that short name: still that body where the section
names another of the short name once only, in passing ("meets in alternate years with the
Committee on Disaster Risk Reduction"), and never names the opening's body (`resolve.opening_focus`,
`section_focus`, E274). Near miss: an opening that names both bodies (a joint agenda of two working
groups) is about neither alone. (These invented texts read right on main too, by other paths: the
rule's gain is measured on u339 and u137; they guard the reading.)"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import stated
from .reference_data import registry_from_turtle

TURTLE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rcx> a mg:Body ; mg:key "rcx" ;
    skos:prefLabel "Regional Commission for the Eastern Seas"@en ; mg:shortName "Commission" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; mg:symbolPrefix "RCX" .
<body/rcx/water> a mg:Body ; mg:key "rcx/water" ;
    skos:prefLabel "Committee on Water Resources"@en ; mg:shortName "Committee" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/rcx> .
<body/rcx/transport> a mg:Body ; mg:key "rcx/transport" ;
    skos:prefLabel "Committee on Transport Connectivity"@en ; mg:shortName "Committee" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/rcx> .
<body/ocean-cop> a mg:Body ; mg:key "ocean-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Ocean Noise"@en ; mg:shortName "Conference" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/ocean-cop/wg-science> a mg:Body ; mg:key "ocean-cop/wg-science" ;
    skos:prefLabel "Working Group on Scientific Assessment"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ocean-cop> .
<body/ocean-cop/wg-compliance> a mg:Body ; mg:key "ocean-cop/wg-compliance" ;
    skos:prefLabel "Working Group on Compliance"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ocean-cop> .
"""

MAIL = """From:\tWater Division <water@example.org>
Subject:\tAdvance report - Committee on Water Resources, sixth session (RCX/CWR/2037/5)

Dear colleagues,

On behalf of the secretariat, please find attached the advance version of the report of the
Committee on Water Resources on its sixth session, held in Manila from 3 to 5 May 2037
(RCX/CWR/2037/5). The report will be submitted to the Commission at its eighty-first session.

-----------------------------------------------------------------------
I. Matters brought to the attention of the Commission

1. {first}

2. {second}

II. Organization of the session

3. The Committee elected its Chair.
-----------------------------------------------------------------------
"""

ONCE = ("The Committee noted that it would meet in alternate years with the Committee on Transport Connectivity, "
        "and that its seventh session would therefore be held in 2039.")
STUDY = ("The Committee took note of the study (RCX/CWR/2037/2), prepared pursuant to Commission resolution 80/2, in "
         "which the Commission requested the Executive Secretary to submit it to the Committee at its sixth session.")


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return registry_from_turtle(tmp_path_factory, TURTLE)


def facts(text, registry):
    return stated(extract(text, source_key="test", registry=registry))


@pytest.mark.parametrize(
    ("first", "second", "expected", "absent"),
    [
        # the other committee named once in passing: the document's committee keeps "the Committee"
        (STUDY, "The Committee noted the joint workshop held with the Committee on Transport Connectivity.",
         {("submittedTo", "RCX/CWR/2037/2", "rcx/water#6")}, {("submittedTo", "RCX/CWR/2037/2", "rcx/transport#6")}),
        (ONCE, STUDY,
         {("submittedTo", "RCX/CWR/2037/2", "rcx/water#6")}, {("submittedTo", "RCX/CWR/2037/2", "rcx/transport#6")}),
    ],
)
def test_the_opening_body_keeps_the_short_name(registry, first, second, expected, absent):
    found = facts(MAIL.format(first=first, second=second), registry)
    assert expected <= found
    assert not absent & found


JOINT = """Conference of the Parties to the Convention on Ocean Noise

Working Group on Scientific Assessment
Vienna, 2-4 June 2037

Working Group on Compliance
Vienna, 2-4 June 2037

Annotated provisional agendas

I. Scientific matters

1. {s}
"""


def test_near_miss_a_joint_opening_is_about_neither(registry):
    # the opening names both groups: the section's one group named keeps "the Working Group", as before
    s = ("The Working Group on Compliance will have before it a note by the secretariat (ON/WG.2/2037/2), which the "
         "Working Group may wish to consider at its fifth meeting.")
    found = facts(JOINT.format(s=s), registry)
    assert ("submittedTo", "ON/WG.2/2037/2", "ocean-cop/wg-science#5") not in found
