"""A session of a body whose reference data gives no gathering term, where the clause names that body
in full as the holder of "its": "the report of the Advisory Board on Tidal Science at its twelfth
session (TAB-12/1)", "The Panel of External Auditors, at its ninetieth regular session, approved"
(`resolve._known_named_holder`, `rules.named_holders.report_of_name_before`, E279). Near misses: the
body named in passing while another body holds the session; a "meeting" (a sitting, not a series
the data does not know); a report "at its" session after another body named in the sentence, or of
an officer (the considering body's)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SG_REPORT, stated
from .reference_data import registry_from_turtle

TURTLE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/tide-assembly> a mg:Body ; mg:key "tide-assembly" ;
    skos:prefLabel "Assembly of the Tidal Organization"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/tide-assembly/tab> a mg:Body ; mg:key "tide-assembly/tab" ;
    skos:prefLabel "Advisory Board on Tidal Science"@en ;
    org:subOrganizationOf <body/tide-assembly> .
<body/pea> a mg:Body ; mg:key "pea" ;
    skos:prefLabel "Panel of External Auditors of the Lake Fund"@en ; skos:altLabel "Panel of External Auditors"@en .
<body/lake-boa> a mg:Body ; mg:key "lake-boa" ;
    skos:prefLabel "Board of Auditors of the Lake Fund"@en .
<body/tide-sg> a mg:Body ; mg:key "tide-sg" ;
    skos:prefLabel "Director-General of the Tidal Organization"@en ; mg:shortName "Director-General" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return registry_from_turtle(tmp_path_factory, TURTLE)


def facts(sentence, registry):
    return stated(extract(SG_REPORT.format(s=sentence), source_key="test", registry=registry))


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("Having considered the report of the Advisory Board on Tidal Science at its twelfth session (TAB-12/1), "
         "the Assembly took note of it.", "tide-assembly/tab#12"),
        ("Noting with appreciation the reports of the Advisory Board on Tidal Science at its Fourteenth Session "
         "(TAB-14/2),", "tide-assembly/tab#14"),
        ("The Panel of External Auditors, at its ninetieth regular session, approved the concise summary.", "pea#90"),
        ("At its thirty-first session, held in Geneva, the Panel of External Auditors adopted its annual report.",
         "pea#31"),
    ],
)
def test_the_named_holders_session(registry, sentence, session):
    body = session.split("#")[0]
    assert ("meetingOf", session, body) in facts(sentence, registry)


def test_the_report_is_of_that_session(registry):
    found = facts("Having considered the report of the Advisory Board on Tidal Science at its twelfth session "
                  "(TAB-12/1), the Assembly endorsed its recommendations.", registry)
    assert ("reportOf", "TAB-12/1", "tide-assembly/tab#12") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # named in passing; the Assembly holds the session
        "Recalling the work of the Advisory Board on Tidal Science, the Assembly, at its fortieth session, decided to "
        "keep the matter under review.",
        # a numbered meeting: a sitting, no series the data knows
        "The Advisory Board on Tidal Science at its 12th meeting agreed on a work plan.",
        # a body named before the report: "its" may be that body's (it considers the report at its session)
        "The Assembly invites the Panel of External Auditors to consider the report of the Advisory Board on Tidal "
        "Science at its ninety-first session.",
        "The Assembly welcomed the reports of the Advisory Board on Tidal Science at its fortieth session.",
        # an officer's report "at its" session: not the officer's
        "The Assembly considered the report of the Director-General of the Tidal Organization at its fortieth session.",
    ],
)
def test_near_misses_mint_no_session_of_the_body(registry, sentence):
    found = facts(sentence, registry)
    assert not any(r == "meetingOf" and s.startswith(("tide-assembly/tab#", "pea#", "tide-sg#")) for r, s, _ in found)


def test_the_kind_word_told_back_in_a_relative_clause(registry):
    # "the Board" read as the Board of Auditors named in full before: "which the Board approved at its"
    found = facts("The Board of Auditors of the Lake Fund audited nine entities. It transmits the summary of its "
                  "findings, which the Board approved at its ninetieth regular session, held in Vienna on 3 and 4 "
                  "June 2036.", registry)
    assert ("meetingOf", "lake-boa#90", "lake-boa") in found
    assert ("heldIn", "lake-boa#90", "Vienna") in found


def test_near_miss_the_kind_word_for_no_body_named_in_full(registry):
    found = facts("The summary, which the Board approved at its ninetieth regular session, was transmitted.", registry)
    assert not any(r == "meetingOf" and s.startswith("lake-boa#") for r, s, _ in found)
