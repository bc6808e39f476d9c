"""A Main Committee's draft resolution cites its Assembly's resolutions bare (E146).

"Recalling all its previous resolutions on the subject, in particular resolution 85/151 ..." in a
Third Committee draft is the General Assembly's resolution, although the draft also names a
commission whose reference data writes its numbers the default way ("Commission on Human Rights
resolution 2005/2"): a body named only as the issuer of the numbers written after its name cedes
the bare ones to the document's own body, here the nearest issuing body above the Committee, which
adopts no resolutions of its own. A commission named otherwise ("the Commission", alone) keeps
them, as before. The masthead's "Eighty-sixth session" above "Third Committee" is the Assembly's
session: the Committee holds none of its own.

Bodies, numbers and wording are invented; the shapes are those of a Main Committee's `L.` document.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/fourth-committee> a mg:Body ; mg:key "ga/fourth-committee" ;
    skos:prefLabel "Special Political and Decolonization Committee (Fourth Committee)"@en ;
    skos:altLabel "Fourth Committee"@en ; mg:shortName "Committee" ; mg:symbolPrefix "A/C.4" ;
    org:subOrganizationOf <body/ga> .
<body/ga/second-committee> a mg:Body ; mg:key "ga/second-committee" ;
    skos:prefLabel "Economic and Financial Committee (Second Committee)"@en ;
    skos:altLabel "Second Committee"@en ; mg:shortName "Committee" ; mg:symbolPrefix "A/C.2" ;
    org:subOrganizationOf <body/ga> .
<body/coastal-commission> a mg:Body ; mg:key "coastal-commission" ;
    skos:prefLabel "Commission on Coastal Communities"@en ; mg:shortName "Commission" ;
    mg:symbolPrefix "E/CN.29" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/{number}" ; mg:instrumentKind "resolution" ] .
<body/delta-commission> a mg:Body ; mg:key "delta-commission" ;
    skos:prefLabel "Commission on River Deltas"@en ; mg:shortName "Commission" ;
    mg:symbolPrefix "E/CN.31" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/{number}" ; mg:instrumentKind "decision" ] .
"""

# (committee line, symbol, session line, ordinal, commission's name, kind the commission numbers)
_DRAFTS = {
    "fourth": ("Fourth Committee", "A/C.4/84/L.12", "Eighty-fourth session", 84, "Commission on Coastal Communities", "resolution"),
    "second": ("Second Committee", "A/C.2/91/L.7/Rev.2", "Ninety-first session", 91, "Commission on River Deltas", "decision"),
}


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


def _draft(key: str, preamble: str) -> str:
    committee, symbol, session, _, _, _ = _DRAFTS[key]
    return (
        f"United Nations\t{symbol}\nGeneral Assembly\tDistr.: Limited\n\t3 November 2031\n\tOriginal: English\n\n"
        f"{session}\n{committee}\nAgenda item 52\nQuestions of coasts and deltas\n\n"
        "Chile, Fiji and Senegal: draft resolution\n\nCoasts and deltas\n\nThe General Assembly,\n\n"
        f"{preamble}\n\n1. Requests the Secretary-General to report to it at its next session.\n"
    )


def _mentioned(text: str, registry: BodyRegistry) -> set[InstrumentRef]:
    found = extract(text, source_key="draft", registry=registry)
    return {f.object for f in found.facts if f.relation == "mentions" and isinstance(f.object, InstrumentRef)}


@pytest.mark.parametrize("key", sorted(_DRAFTS))
def test_bare_numbers_are_the_assemblys_beside_a_commission_named_with_its_own(key: str, registry: BodyRegistry) -> None:
    _, _, _, _, commission, kind = _DRAFTS[key]
    issuer = "coastal-commission" if kind == "resolution" else "delta-commission"
    text = _draft(key, (
        "Recalling its previous resolutions on the subject, in particular resolution 83/140 of 7 December 2028,"
        f"\n\nRecalling also {commission} {kind} 2019/4 of 12 April 2019 and its resolution 61/295,\n\n"
        "Having considered the report of the Secretary-General (A/84/210), prepared in pursuance of resolution 83/140,"
    ))
    mentioned = _mentioned(text, registry)
    assert InstrumentRef("ga", "resolution", "83", "140") in mentioned
    assert InstrumentRef("ga", "resolution", "61", "295") in mentioned
    assert InstrumentRef(issuer, kind, "2019", "4") in mentioned
    assert not {m for m in mentioned if m.issuer == issuer and m.session != "2019"}


def test_a_commission_named_alone_keeps_its_bare_numbers(registry: BodyRegistry) -> None:
    # near miss: the draft names the Commission by itself, then writes its number bare
    text = _draft("fourth", (
        "Welcoming the work of the Commission on Coastal Communities, which in resolution 2019/4 "
        "asked States to report on coastal erosion,"
    ))
    assert InstrumentRef("coastal-commission", "resolution", "2019", "4") in _mentioned(text, registry)


@pytest.mark.parametrize("key", sorted(_DRAFTS))
def test_the_mastheads_session_is_the_assemblys(key: str, registry: BodyRegistry) -> None:
    _, symbol, _, ordinal, _, _ = _DRAFTS[key]
    found = extract(_draft(key, "Recalling its resolution 70/1,"), source_key="draft", registry=registry)
    submitted = {f.object for f in found.facts if f.relation == "submittedTo" and f.subject == DocumentRef(symbols=(symbol,))}
    assert submitted == {GatheringRef("ga", "session", ordinal)}


@pytest.mark.parametrize("joined", [
    "and with the procedures set out in General Assembly resolution 41/213 of 19 December 1986",
    ", and with the provisions laid down in General Assembly resolution 41/213",
    "and with the modalities established in Assembly resolution 41/213",
])
def test_a_statement_submitted_under_a_rule_and_an_instruments_procedures(joined: str, registry: BodyRegistry) -> None:
    text = (
        "United Nations\tA/C.4/84/L.30\nGeneral Assembly\tDistr.: Limited\n\t9 November 2031\n\tOriginal: English\n\n"
        "Eighty-fourth session\nFourth Committee\nAgenda item 52\n\n"
        "Statement submitted by the Secretary-General in accordance with rule 153 of the rules of procedure of the General Assembly\n\n"
        "1. The present statement is issued as document A/C.4/84/L.30 and is submitted in accordance with rule 153 "
        f"of the rules of procedure of the General Assembly {joined}.\n"
    ).replace(" ,", ",")
    found = extract(text, source_key="statement", registry=registry)
    pursuant = {(f.subject, f.object) for f in found.facts if f.relation == "pursuantTo"}
    assert (DocumentRef(symbols=("A/C.4/84/L.30",)), InstrumentRef("ga", "resolution", "41", "213")) in pursuant


def test_a_rule_alone_is_no_instruments_mandate(registry: BodyRegistry) -> None:
    # near miss: the resolution is cited after the mandate's clause closed
    text = (
        "United Nations\tA/C.4/84/L.30\nGeneral Assembly\tDistr.: Limited\n\t9 November 2031\n\tOriginal: English\n\n"
        "Eighty-fourth session\nFourth Committee\nAgenda item 52\n\n"
        "1. The present statement is submitted in accordance with rule 153 of the rules of procedure of the General Assembly. "
        "Its figures follow the budget methodology that the Assembly reviewed in resolution 41/213.\n"
    )
    found = extract(text, source_key="statement", registry=registry)
    assert not {f for f in found.facts if f.relation == "pursuantTo"}
