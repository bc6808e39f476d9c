"""A subsidiary body's report on its own session (E133): whose "resolution N/M" it cites, the
session it reports on when it calls its sessions "working sessions", the documents before that
session, and the session the report goes to with the draft it recommends.

A working group that numbers its decisions "15/1" (its reference data says so: "{session}/{number}",
of decisions) adopts no resolutions: "resolution 65/182" in its report is its parent's, or the
body the sentence names ("The Human Rights Council, for its part, in resolution 57/11
encouraged ..."). A commission that numbers its own resolutions the default way keeps them, and
its report still gives another body's resolution to the body the sentence names."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

GROUP = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/oewg-rivers> a mg:Body ; mg:key "ga/oewg-rivers" ;
    skos:prefLabel "Open-ended Working Group on Heritage Rivers"@en ; mg:shortName "Working Group" ;
    mg:symbolPrefix "A/AC.391" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/ga> .
<body/ecosoc/lighthouses> a mg:Body ; mg:key "ecosoc/lighthouses" ;
    skos:prefLabel "Commission on Lighthouse Heritage"@en ; mg:shortName "Commission" ;
    mg:symbolPrefix "E/CN.31" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/ecosoc> .
"""

GROUP_KEY = "ga/oewg-rivers"
COMMISSION_KEY = "ecosoc/lighthouses"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("e133") / "bodies.ttl"
    path.write_text(GROUP, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def group_report(body: str, *, sep: str = "\t", session: str = "Twelfth working session") -> str:
    return (
        f"United Nations{sep}A/AC.391/2031/2\nGeneral Assembly{sep}Distr.: General\n24 April 2031\n\nOriginal: English\n\n"
        f"Open-ended Working Group on Heritage Rivers\n{session}\nNew York, 7–10 April 2031\n\n"
        f"Report of the Open-ended Working Group on Heritage Rivers on its {session[0].lower() + session[1:]}\n\n"
        f"I.{sep}Organization of the session\n{body}\n"
    )


def commission_report(body: str) -> str:
    return (
        "United Nations\tE/CN.31/2031/9\nEconomic and Social Council\tDistr.: General\n2 May 2031\n\n"
        "Commission on Lighthouse Heritage\nSixty-eighth session\nNew York, 14–18 April 2031\n\n"
        "Report of the Commission on Lighthouse Heritage on its sixty-eighth session\n\n"
        f"I.\tOrganization of the session\n{body}\n"
    )


def facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def issuers(found: set[tuple[object, str, object]], session: str, number: str) -> set[str]:
    return {
        ref.issuer for s, _, o in found for ref in (s, o)
        if isinstance(ref, InstrumentRef) and ref.kind == "resolution" and (ref.session, ref.number) == (session, number)
    }


GA = "ga"


@pytest.mark.parametrize("sentence, issuer, relation, addressee", [
    ("2.\tThe Open-ended Working Group on Heritage Rivers, which the General Assembly established by paragraph 28 of its "
     "resolution 65/182 of 21 December 2010, held its twelfth working session in New York.", GA, "establishes", GROUP_KEY),
    ("2.\tThe Open-ended Working Group on Heritage Rivers, which the Economic and Social Council set up by its resolution "
     "2019/4 of 20 July 2019, held its twelfth working session in New York.", "ecosoc", "establishes", GROUP_KEY),
    ("3.\tThe Human Rights Council, for its part, in resolution 57/11 encouraged the Secretary-General to contribute "
     "to the work of the Working Group.", "hrc", "encourages", "secretary-general"),
    ("3.\tThe Human Rights Council, in turn, in resolution 57/11 invited the Secretary-General to report.",
     "hrc", "invites", "secretary-general"),
    ("3.\tMost recently, in resolution 86/137 of 17 December 2030, the Assembly requested that the Secretary-General "
     "and the Department of Economic and Social Affairs provide the Working Group with all the support it requires.",
     GA, "requests", "secretary-general"),
    ("3.\tInitially tasked with a review of the framework, the Working Group was, by resolution 67/139 of 20 December "
     "2012, requested to present to the Assembly a proposal.", GA, "requests", GROUP_KEY),
    # no body named at all: a group numbering decisions only cites its parent's resolution
    ("5.\tNon-governmental organizations accredited under paragraphs 3 and 4 of resolution 67/139 attended.", GA, None, None),
])
def test_a_resolution_in_a_decision_numbering_group_s_report_is_another_body_s(
    registry: BodyRegistry, sentence: str, issuer: str, relation: str | None, addressee: str | None
) -> None:
    found = facts(group_report(sentence), registry)
    numbers = [(i.session, i.number) for s, _, o in found for i in (s, o) if isinstance(i, InstrumentRef) and i.kind == "resolution"]
    assert numbers, sorted(map(str, found))
    assert {i.issuer for s, _, o in found for i in (s, o) if isinstance(i, InstrumentRef) and i.kind == "resolution"} == {issuer}
    if relation is not None:
        acting = [s for s, r, o in found if r == relation and o == BodyRef(addressee)]
        assert acting and all(isinstance(s, InstrumentRef) and s.issuer == issuer for s in acting), sorted(map(str, found))


def test_the_object_of_a_that_clause_s_verb_is_not_asked(registry: BodyRegistry) -> None:
    found = facts(group_report(
        "3.\tIn resolution 86/137, the General Assembly requested that the Secretary-General, the Office of the United "
        "Nations High Commissioner for Human Rights and the United Nations Environment Programme provide the "
        "Working Group with all the support it requires."
    ), registry)
    asked = {o.key for s, r, o in found if r == "requests" and isinstance(o, BodyRef)}
    assert asked == {"secretary-general", "ohchr", "unep"}


def test_the_group_s_own_decisions_stay_its_own(registry: BodyRegistry) -> None:
    found = facts(group_report(
        "8.\tThe Working Group had before it a note by the Secretariat on the follow-up to its decision 11/1 (A/AC.391/2031/3)."
    ), registry)
    assert (DocumentRef(symbols=("A/AC.391/2031/2",)), "mentions", InstrumentRef(GROUP_KEY, "decision", "11", "1")) in found


def test_a_commission_numbering_resolutions_keeps_its_own_and_gives_the_named_body_its_own(registry: BodyRegistry) -> None:
    found = facts(commission_report(
        "2.\tRecalling its resolution 66/2, the Commission took up the matter.\n"
        "3.\tThe General Assembly, for its part, in resolution 85/12 invited the Commission to report.\n"
        "4.\tIn resolution 85/40, the General Assembly requested the Secretary-General to assist the Commission.\n"
        "5.\tIn resolution 67/1, the Commission requested the Secretary-General to report."
    ), registry)
    assert issuers(found, "66", "2") == {COMMISSION_KEY}
    assert issuers(found, "85", "12") == {GA}
    assert issuers(found, "85", "40") == {GA}
    assert issuers(found, "67", "1") == {COMMISSION_KEY}


@pytest.mark.parametrize("session, ordinal", [
    ("Twelfth working session", 12), ("Twelfth regular session", 12), ("Sixteenth session", 16),
])
@pytest.mark.parametrize("sep", ["\t", "  "])
def test_the_report_of_a_working_session(registry: BodyRegistry, session: str, ordinal: int, sep: str) -> None:
    found = facts(group_report(
        "7.\tAt the same meeting, the Working Group adopted its agenda, as contained in the provisional agenda issued "
        "for the session (A/AC.391/2031/1).", sep=sep, session=session,
    ), registry)
    own = GatheringRef(GROUP_KEY, "session", ordinal)
    report = DocumentRef(symbols=("A/AC.391/2031/2",))
    assert (report, "reportOf", own) in found, sorted(map(str, found))
    assert (own, "meetingOf", BodyRef(GROUP_KEY)) in found
    assert (DocumentRef(symbols=("A/AC.391/2031/1",)), "submittedTo", own) in found


def test_the_draft_before_the_assembly_takes_the_report_along(registry: BodyRegistry) -> None:
    text = (
        "1.\tThe Working Group recommends to the General Assembly the adoption of the following draft resolution, "
        "which will be before the Assembly at its eighty-sixth session together with the present report:"
    )
    found = facts(group_report(text), registry)
    assert (DocumentRef(symbols=("A/AC.391/2031/2",)), "submittedTo", GatheringRef(GA, "session", 86)) in found
    # near miss: a draft before that session, the report not said to go with it
    found = facts(group_report(text.replace(" together with the present report", "")), registry)
    assert (DocumentRef(symbols=("A/AC.391/2031/2",)), "submittedTo", GatheringRef(GA, "session", 86)) not in found


def test_officers_for_the_masthead_session_and_the_next(registry: BodyRegistry) -> None:
    found = facts(group_report(
        "4.\tThe Human Rights Council, for its part, in resolution 57/11 encouraged the Secretary-General to contribute "
        "to the work of the Working Group.\n"
        "6.\tAt its 1st meeting, the Working Group elected the following officers of its Bureau for the twelfth and "
        "thirteenth working sessions:"
    ), registry)
    sessions = {s for s, r, _ in found if r == "meetingOf" and isinstance(s, GatheringRef)}
    assert GatheringRef(GROUP_KEY, "session", 13) in sessions
    assert not any(g.body == "hrc" for g in sessions), sorted(map(str, sessions))
