"""Numbering a document shows itself (`loaders/extract/rules/own_numbering.py`), headings that
open instruments with a kind word or a formula (`rules/instrument_headings.py`), the issuer such
headings name (`issuer.issuer_from_instrument_headings`) and the session a list's title says
adopted them (`relate._LIST_ADOPTED_AT`). Invented bodies declared without any numbering
template (or with one, for the headings), invented texts, and the texts that must give nothing."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wfo> a mg:Body ; mg:key "wfo" ; skos:prefLabel "World Fisheries Organization"@en .
<body/wfo/council> a mg:Body ; mg:key "wfo/council" ;
    skos:prefLabel "Executive Council of the World Fisheries Organization"@en ; mg:shortName "Executive Council" ;
    mg:symbolPrefix "EC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/wfo> .
<body/wfo/dg> a mg:Body ; mg:key "wfo/dg" ;
    skos:prefLabel "Director-General of the World Fisheries Organization"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/wfo> .
<body/rfb> a mg:Body ; mg:key "rfb" ;
    skos:prefLabel "Standing Committee of the Regional Fisheries Body"@en ; mg:shortName "Standing Committee" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/tc> a mg:Body ; mg:key "tc" ;
    skos:prefLabel "Standing Committee of the Timber Council"@en ; mg:shortName "Standing Committee" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/sea-assembly> a mg:Body ; mg:key "sea-assembly" ;
    skos:prefLabel "Assembly of the Maritime Safety Organization"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "MS{session}-{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


# --------------------------------------------------------------------------- symbols as numbers


@pytest.mark.parametrize("separator", [" - ", ": ", " – "])
@pytest.mark.parametrize("below", ["Decision\n\nThe Executive Council, recalling its decision EC.201/FIN/4:", "The Executive Council:"])
def test_a_decision_known_by_its_documents_symbol(separator: str, below: str, registry: BodyRegistry) -> None:
    text = (
        "Decisions of the Executive Council\n\n"
        f"EC.214/PRG/3{separator}Coastal fisheries data\n\n{below}\n\n"
        "(a) requested the Director-General to prepare a report;\n\n"
        "Related documents\n\nEC.214/PRG/3/Add.1 - Financial implications\n"
    )
    facts = _facts(text, registry)
    own = InstrumentRef("wfo/council", "decision", "214-PRG", "3")
    assert (own, "title", "Coastal fisheries data") in facts
    assert any(s == own and r == "requests" and getattr(o, "key", None) == "wfo/dg" for s, r, o in facts)
    if "EC.201/FIN/4" in text:
        assert (own, "cites", InstrumentRef("wfo/council", "decision", "201-FIN", "4")) in facts
    # the addendum is a document, not decision 3 again
    assert not any(getattr(s, "number", None) == "3" and r == "title" and o == "Financial implications" for s, r, o in facts)


@pytest.mark.parametrize(
    "text",
    [
        # a symbol heading with neither the kind word nor the body's formula below it: a listed document
        "Documents\n\nEC.214/PRG/3 - Coastal fisheries data\n\nThe report is before the Council.\n",
        # a prefix no body issuing instruments has
        "XY.214/PRG/3 - Coastal fisheries data\n\nDecision\n\nThe Executive Council:\n\n(a) requested the Director-General to act;\n",
    ],
)
def test_symbols_that_head_no_instrument_stay_symbols(text: str, registry: BodyRegistry) -> None:
    assert not any(isinstance(s, InstrumentRef) or isinstance(o, InstrumentRef) for s, _, o in _facts(text, registry))


# --------------------------------------------------------------------------- kind word, No., session


@pytest.mark.parametrize(("word", "session", "ordinal"), [("Conclusion", "XLII", "42"), ("Recommendation", "17", "17")])
def test_kind_word_number_and_session_in_brackets(word: str, session: str, ordinal: str, registry: BodyRegistry) -> None:
    text = (
        f"{word} No. 58 ({session}) – 2026, adopted at the session\n\n"
        f"{word} on bycatch reduction\n\n"
        "The Standing Committee of the Regional Fisheries Body,\n\n"
        f"Recalling its {word} No. 51 (XL) on observer programmes,\n\n"
        "(a) Requests the Director-General of the World Fisheries Organization to report.\n"
    )
    facts = _facts(text, registry)
    own = InstrumentRef("rfb", "decision", ordinal, "58")
    assert (own, "cites", InstrumentRef("rfb", "decision", "40", "51")) in facts
    assert any(s == own and r == "requests" for s, r, _ in facts)


def test_a_shared_short_name_is_the_body_the_document_names_in_full(registry: BodyRegistry) -> None:
    text = (
        "Standing Committee of the Timber Council\n\nConclusion No. 9 (IV)\n\nThe Standing Committee,\n\n"
        "Recalling its Conclusion No. 3 (II),\n\n(a) Requests the Director-General of the World Fisheries Organization to report.\n"
    )
    facts = _facts(text, registry)
    assert (InstrumentRef("tc", "decision", "4", "9"), "cites", InstrumentRef("tc", "decision", "2", "3")) in facts


@pytest.mark.parametrize(
    "text",
    [
        # no formula below: a conclusion cited in a report is not numbered for a body
        "Report\n\nConclusion No. 58 (XLII) was adopted last year.\n\nThe report describes its follow-up.\n",
        # a formula several bodies share and no full name in the text
        "Conclusion No. 9 (IV)\n\nThe Standing Committee,\n\nRecalling its Conclusion No. 3 (II),\n",
    ],
)
def test_no_issuer_no_shown_numbering(text: str, registry: BodyRegistry) -> None:
    assert not any(isinstance(s, InstrumentRef) for s, _, _ in _facts(text, registry))


# --------------------------------------------------------------------------- headings, issuer, list adoption


@pytest.mark.parametrize(
    "list_title",
    [
        "RESOLUTIONS ADOPTED BY THE ASSEMBLY AT ITS THIRTY-FIRST SESSION",  # the masthead's session
        "Resolutions adopted at the 31st session of the Assembly",
        "(Adopted at the 31st Session of the Assembly, Lisbon, 2 to 9 May 2027)",
    ],
)
def test_headings_with_kind_word_open_texts_and_the_list_title_says_where_adopted(list_title: str, registry: BodyRegistry) -> None:
    # no masthead names a body: the headings' numbers say whose the document is
    text = (
        f"MARITIME SAFETY ORGANIZATION\n\nAssembly\n\nThirty-first session\n\nLisbon, 2 to 9 May 2027\n\n{list_title}\n\n"
        "Resolution MS31-4: Port state control: cooperation\n\nWhereas inspections vary;\n\n"
        "Recalling Resolution MS30-2,\n\nThe Assembly:\n\n1. Requests the Assembly of the Maritime Safety Organization to review.\n\n"
        "Resolution MS31-5: Training\n\nThe Assembly:\n\n1. Decides to keep the matter under review.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    assert e.document.author == "sea-assembly"
    facts = {(f.subject, f.relation, f.object) for f in e.facts}
    first, second = InstrumentRef("sea-assembly", "resolution", "31", "4"), InstrumentRef("sea-assembly", "resolution", "31", "5")
    assert (first, "title", "Port state control: cooperation") in facts
    assert (first, "cites", InstrumentRef("sea-assembly", "resolution", "30", "2")) in facts
    session = GatheringRef("sea-assembly", "session", 31)
    assert (first, "adoptedAt", session) in facts and (second, "adoptedAt", session) in facts


def test_a_title_about_adoption_elsewhere_sets_no_session(registry: BodyRegistry) -> None:
    text = (
        "MARITIME SAFETY ORGANIZATION\n\nNote on resolutions adopted at the 30th session\n\n"
        "Resolution MS31-4: Port state control\n\nThe Assembly:\n\n1. Requests the Assembly of the Maritime Safety Organization to review.\n"
    )
    facts = _facts(text, registry)
    assert not any(r == "adoptedAt" for _, r, _ in facts)


@pytest.mark.parametrize(
    ("formula", "opens"),
    [
        ("The Executive Council decided that its next session would be held in Rome.", True),
        ("The Executive Council, noting the report of the Director-General:", True),
        ("The report was before the Executive Council.", False),
    ],
)
def test_one_sentence_decisions_and_run_in_preambles_open_a_text(formula: str, opens: bool, registry: BodyRegistry) -> None:
    from mandate_graph.loaders.extract.rules.instrument_headings import _opens_text

    assert _opens_text([formula]) is opens


# --------------------------------------------------------------------------- adoption notes


@pytest.mark.parametrize(
    "note",
    [
        "(EC.214/PRG/3, paragraph 24, as amended by the Executive Council, adopted on 12 March 2027)",
        "(EC.214/PRG/3, paragraph 9, adopted on 12 March 2027)",
    ],
)
def test_a_note_in_brackets_closing_the_text_dates_it(note: str, registry: BodyRegistry) -> None:
    text = (
        "EC.214/PRG/3 - Coastal fisheries data\n\nDecision\n\nThe Executive Council:\n\n"
        f"(a) requested the Director-General to prepare a report.\n\n{note}\n"
    )
    own = InstrumentRef("wfo/council", "decision", "214-PRG", "3")
    import datetime as dt

    assert (own, "adoptedOn", dt.date(2027, 3, 12)) in _facts(text, registry)


def test_a_heading_and_a_list_note_date_their_texts(registry: BodyRegistry) -> None:
    import datetime as dt

    heading = (
        "Conclusion No. 58 (XLII) – 2026, adopted on 9 October 2026 at the forty-second session\n\n"
        "Conclusion on bycatch\n\nThe Standing Committee of the Regional Fisheries Body,\n\n(a) Requests the "
        "Director-General of the World Fisheries Organization to report.\n"
    )
    assert (InstrumentRef("rfb", "decision", "42", "58"), "adoptedOn", dt.date(2026, 10, 9)) in _facts(heading, registry)
    listed = (
        "MARITIME SAFETY ORGANIZATION\n\nAssembly\n\nThirty-first session\n\nLisbon, 2 to 9 May 2027\n\n"
        "(Adopted at the 31st Session of the Assembly; adopted by the Plenary on 8 May 2027)\n\n"
        "Resolution MS31-4: Port state control\n\nThe Assembly:\n\n1. Requests the Director-General of the "
        "World Fisheries Organization to review.\n"
    )
    assert (InstrumentRef("sea-assembly", "resolution", "31", "4"), "adoptedOn", dt.date(2027, 5, 8)) in _facts(listed, registry)


@pytest.mark.parametrize(
    "note",
    [
        "The report was adopted on 12 March 2027 by the Working Group.",  # no note in brackets, no heading
        "(see decision EC.201/FIN/4, adopted on 3 May 2020, and its annex)",  # another text's date, mid-note
    ],
)
def test_other_mentions_of_adoption_date_nothing(note: str, registry: BodyRegistry) -> None:
    text = (
        "EC.214/PRG/3 - Coastal fisheries data\n\nDecision\n\nThe Executive Council:\n\n"
        f"(a) requested the Director-General to prepare a report.\n\n{note}\n"
    )
    # the decision being read gets no date; a cited one may carry its own ("decision
    # EC.201/FIN/4, adopted on 3 May 2020")
    dated = {s for s, r, _ in _facts(text, registry) if r == "adoptedOn"}
    assert not {s for s in dated if isinstance(s, InstrumentRef) and not s.session.startswith("201")}
    assert not {s for s in dated if not isinstance(s, InstrumentRef)}
