"""A treaty body's annual report to the General Assembly names two sessions of the same number on
its cover: the committee's "Eightieth session (7–30 April 2025)" and the Assembly's "Official
Records / Eightieth Session / Supplement No. 44". The committee's line was read again as the
Assembly's session and gave the Assembly's eightieth session the committee's days. The line's days
say whose session it is (`resolve._masthead_gathering`). Invented committee and report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.dates import DateRange

BASE = "https://w3id.org/mandate-graph/id/"

COMMITTEE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/cmw-x> a mg:Body ;
    mg:key "cmw-x" ;
    skos:prefLabel "Committee on Seafarers' Rights"@en ;
    mg:shortName "Committee" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true .
"""

COVER = """A/{ga}/48
United Nations
Report of the Committee on Seafarers' Rights
{first} session
(21 October–15 November 2030)
{second} session
(7–30 April 2031)
General Assembly
Official Records
{second} Session
Supplement No. 48

I. Organizational matters
1. The Committee held two sessions in the period under review.
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("ref")) / "committee.ttl"
    path.write_text(COMMITTEE, encoding="utf-8")
    return load_registry(BASE, [path])


@pytest.mark.parametrize("first, second, n", [("Eighty-fifth", "Eighty-sixth", 86), ("Twelfth", "Thirteenth", 13)])
def test_the_committee_s_dated_line_is_its_own_session(first: str, second: str, n: int, registry) -> None:
    e = extract(COVER.format(ga=n, first=first, second=second), source_key="A/86/48", registry=registry)
    held = {(f.subject, f.object) for f in e.facts if f.relation == "heldOn"}
    assert (GatheringRef("cmw-x", "session", n), DateRange(dt.date(2031, 4, 7), dt.date(2031, 4, 30))) in held
    assert not any(s.body == "ga" for s, _ in held)


@pytest.mark.parametrize(
    "sentence",
    [
        "The {n} session was held at the United Nations Office at Geneva from 7 to 30 April 2031.",
        "The {n} session (1956th to 1980th meetings) was held from 7 to 30 April 2031 at the United Nations Office at Geneva.",
        "The {n} session (1956th–1980th meetings) was held at Geneva from 7 to 30 April 2031.",
    ],
)
def test_a_bare_session_in_the_report_of_a_committee_is_the_committee_s(sentence: str, registry) -> None:
    # the document is the Assembly's (its symbol), its title the committee's report: "the
    # eighty-sixth session" there is the committee's, whose sittings may stand in brackets
    text = ("A/86/48\nReport of the Committee on Seafarers' Rights\n\nI. Organizational matters\n"
            "1. " + sentence.format(n="eighty-sixth") + "\n2. The General Assembly, at its eighty-sixth session, took note of the report.\n")
    e = extract(text, source_key="A/86/48", registry=registry)
    facts = {(f.subject, f.relation, f.object) for f in e.facts}
    session = GatheringRef("cmw-x", "session", 86)
    assert (session, "heldOn", DateRange(dt.date(2031, 4, 7), dt.date(2031, 4, 30))) in facts
    assert (session, "heldIn", "Geneva") in facts
    assert not any(r in ("heldOn", "heldIn") and s.body == "ga" for s, r, _ in facts if isinstance(s, GatheringRef))
