"""A fund's board's decisions compiled after its session, and a committee's concept note (E149):

- decisions told adopted by range and by a second clause with its verb left out ("Decisions
  RB 88/1 to RB 88/3 were adopted on 9 May 2031, and decisions RB 88/4 and RB 88/5 on 10 May
  2031"): each member of the range, though its last number, written in the board's convention
  ("RB 88/3"), reads as a symbol too; the second clause's instruments on their own day;
- a council's resolutions numbered "{number}/{session}" with the session in Roman numerals
  ("Council resolution 254/LI"), read in a document that shows the council's organisation but
  names the council by its short name only: no default reading takes such a number;
- a struck clause printed in brackets with its note ("3. [Invites ...] — deleted at the request of
  several members"): no fact;
- "Commission decision 74/5 of 18 April 2031, adopted at the seventy-fourth session of the
  Economic Commission for Africa. In that decision the Commission ..., and invited the Economic
  Commission for Latin America to contribute": the first "Commission" is not the one the
  paragraph names last (a look-ahead of the paragraph's sentences moved the bodies named before).

Invented bodies; the numbering shapes are IFAD's and the regional commissions'."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import body_matcher, find_numbered_instruments
from mandate_graph.loaders.extract.rules.passive_adoptions import passive_adoption_days
from mandate_graph.loaders.extract.tracked_changes import tracked_removals
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rice> a mg:Body ; mg:key "rice" ; skos:prefLabel "International Rice Fund"@en ; skos:altLabel "IRF"@en .
<body/rice/council> a mg:Body ; mg:key "rice/council" ;
    skos:prefLabel "Governing Council of the International Rice Fund"@en ; mg:shortName "Governing Council" ;
    mg:symbolPrefix "RC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/rice> .
<body/rice/board> a mg:Body ; mg:key "rice/board" ;
    skos:prefLabel "Executive Board of the International Rice Fund"@en ; mg:shortName "Executive Board" ;
    mg:symbolPrefix "RB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RB {session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/rice> .
<body/rice/president> a mg:Body ; mg:key "rice/president" ;
    skos:prefLabel "President of the International Rice Fund"@en ; mg:shortName "President" ;
    org:subOrganizationOf <body/rice> .
<body/eca> a mg:Body ; mg:key "eca" ; skos:prefLabel "Economic Commission for Africa"@en ;
    mg:shortName "Commission" ; mg:symbolPrefix "E/ECA" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/eca/energy> a mg:Body ; mg:key "eca/energy" ; skos:prefLabel "Committee on Energy Transitions"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "E/ECA/ENERGY" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/eca> .
<body/eca/water> a mg:Body ; mg:key "eca/water" ; skos:prefLabel "Committee on Water Policy"@en ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/eca> .
<body/eclac> a mg:Body ; mg:key "eclac" ; skos:prefLabel "Economic Commission for Latin America"@en ;
    mg:shortName "Commission" ; mg:symbolPrefix "LC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


BOARD = "rice/board"


def board_decision(number: int) -> InstrumentRef:
    return InstrumentRef(BOARD, "decision", "88", str(number))


HEAD = (
    "                                   Document:     RB 2031/88/INF.4\n"
    "                                   Date:         20 May 2031\n\n"
    "      Decisions adopted by the Executive Board at its 88th session\n\n"
    "      Executive Board — 88th Session\n      Rome, 9–11 May 2031\n\n"
    "      The decisions below were adopted by the Executive Board of the International Rice Fund at\n"
    "      its 88th session. {told}\n\n\n"
    "      Decision RB 88/1\n      Audit matters\n\n"
    "      The Executive Board took note of the report of the Audit Committee.\n"
)


def days(facts: list) -> set[tuple[str, str]]:
    return {(f.subject.number, f.object.isoformat()) for f in facts if f.relation == "adoptedOn" and f.subject.issuer == BOARD}


@pytest.mark.parametrize(("told", "expected"), [
    (
        "Decisions RB 88/1 to RB 88/3 were adopted\n      on 9 May 2031, and decisions RB 88/4 and RB 88/5 on 10 May 2031.",
        {("1", "2031-05-09"), ("2", "2031-05-09"), ("3", "2031-05-09"), ("4", "2031-05-10"), ("5", "2031-05-10")},
    ),
    (
        "Decision RB 88/1 was adopted on 9 May 2031 and decisions RB 88/2 to RB 88/4 on 11 May 2031.",
        {("1", "2031-05-09"), ("2", "2031-05-11"), ("3", "2031-05-11"), ("4", "2031-05-11")},
    ),
    (
        "Decisions RB 88/1 and RB 88/2 were adopted by consensus on 10 May 2031, and decision RB 88/3 the following day.",
        {("1", "2031-05-10"), ("2", "2031-05-10"), ("3", "2031-05-11")},
    ),
])
def test_a_range_and_a_clause_without_its_verb_each_their_day(registry: BodyRegistry, told: str, expected: set) -> None:
    facts = extract(HEAD.format(told=told), source_key="doc", registry=registry).facts
    assert days(facts) == expected


def test_a_second_clause_with_another_verb_takes_no_day(registry: BodyRegistry) -> None:
    told = "Decision RB 88/1 was adopted on 9 May 2031, and decisions RB 88/2 and RB 88/3 were deferred on 10 May 2031."
    facts = extract(HEAD.format(told=told), source_key="doc", registry=registry).facts
    assert days(facts) == {("1", "2031-05-09")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Resolutions 12/1 to 12/3 were adopted on 3 May 2031, and resolution 12/4 on 4 May 2031.",
     [("Resolutions 12/1 to 12/3", "2031-05-03"), ("resolution 12/4", "2031-05-04")]),
    ("Decision 5/1 was adopted on 3 May 2031, and decisions 5/2 and 5/3 were adopted on 5 May 2031.",
     [("Decision 5/1", "2031-05-03"), ("decisions 5/2 and 5/3", "2031-05-05")]),
    # another verb in the second clause: its day is none of the first's instruments'
    ("Decision 5/1 was adopted on 3 May 2031, and decisions 5/2 and 5/3 were considered on 4 May 2031.",
     [("Decision 5/1", "2031-05-03")]),
    # no instruments after "and": nothing read as a clause of its own
    ("Decision 5/1 was adopted on 3 May 2031, and decisions on the budget on 4 May 2031 were deferred.", []),
])
def test_passive_clauses_and_their_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[a:b], day.isoformat()) for a, b, day in passive_adoption_days(text)] == expected


def numbers(text: str, registry: BodyRegistry, document: str) -> list[tuple[str, str, str]]:
    matcher = body_matcher(registry).for_document(document, registry)
    return [(m.numbered_by or "", m.session, m.number) for m in find_numbered_instruments(text, matcher.numbering)]


def test_range_members_in_the_boards_convention(registry: BodyRegistry) -> None:
    document = "Executive Board of the International Rice Fund. Decisions RB 88/1 to RB 88/3 were adopted."
    assert numbers("Decisions RB 88/1 to RB 88/3 were adopted", registry, document) == [
        (BOARD, "88", "1"), (BOARD, "88", "2"), (BOARD, "88", "3"),
    ]
    # a range of documents of the council's series stays a range of documents
    text = "See decision RB 85/2 and documents RC 51/9 to RC 51/12."
    assert numbers(text, registry, document + " " + text) == [(BOARD, "85", "2")]


ROMAN_DOCUMENT = (
    "The Executive Board of the International Rice Fund considered the proposed budget (RB 2031/88/R.5),\n"
    "prepared pursuant to Governing Council resolution 254/LI, and recalled Governing Council resolution\n"
    "248/XLVIII and the Council's request in resolution 251/50."
)


@pytest.mark.parametrize(("text", "expected"), [
    ("prepared pursuant to Governing Council resolution 254/LI,", [("rice/council", "51", "254")]),
    ("recalled Governing Council resolution\n248/XLVIII and", [("rice/council", "48", "248")]),
])
def test_a_roman_session_after_the_number_is_the_councils(registry: BodyRegistry, text: str, expected: list) -> None:
    assert numbers(text, registry, ROMAN_DOCUMENT) == expected


def test_digits_after_the_number_stay_a_default_reading(registry: BodyRegistry) -> None:
    # "251/50" is what any body's "session/number" reads too: not the council's, unnamed in full
    assert ("rice/council", "50", "251") not in numbers("the request in resolution 251/50.", registry, ROMAN_DOCUMENT)


def test_no_roman_reading_where_the_organisation_is_not_shown(registry: BodyRegistry) -> None:
    document = "The Committee recalled resolution 254/LI of another body."
    assert numbers(document, registry, document) == []


def test_a_roman_numbered_resolution_is_cited_and_mentioned(registry: BodyRegistry) -> None:
    text = HEAD.format(told="") + (
        "\n\n      Decision RB 88/2\n      Transition framework\n\n      The Executive Board,\n"
        "           Recalling its decision RB 85/7 and Governing Council\n      resolution 248/XLVIII,\n"
        "           1. Requests the President to report to the Board at its 89th session.\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    council = InstrumentRef("rice/council", "resolution", "48", "248")
    assert any(f.relation == "cites" and f.subject == board_decision(2) and f.object == council for f in facts)
    assert any(f.relation == "mentions" and f.object == council for f in facts)


@pytest.mark.parametrize("clause", [
    "3. [Invites the Working Group to review the Policy on Grant Financing] — deleted at\n      the request of several members;",
    "3. [Invites the Working Group to review the Policy on Grant Financing] (deleted)",
    "3. [Invites the Working Group to review the Policy on Grant Financing] – withdrawn by its sponsor.",
])
def test_a_struck_clause_with_its_note_states_nothing(clause: str) -> None:
    removed = [clause[a:b] for a, b in tracked_removals(clause)]
    assert removed == ["[Invites the Working Group to review the Policy on Grant Financing]"]


@pytest.mark.parametrize("text", [
    "[The Committee] removed the item from its agenda.",  # an editor's bracket, no note
    "See [A/80/5] [see paragraph 4], deleted: nothing.",
])
def test_brackets_with_no_note_of_deletion_stay(text: str) -> None:
    assert tracked_removals(text) == []


NOTE = (
    "Economic Commission for Africa\nCommittee on Energy Transitions\nTwelfth session\n"
    "Addis Ababa, 3–5 October 2032\nE/ECA/ENERGY/2032/4\n\nConcept note for the high-level segment\n\n"
    "Note by the secretariat\n\n"
    "1. The segment is organized in response to Commission decision 74/5 of 18 April 2031, adopted at the "
    "seventy-fourth session of the Economic Commission for Africa. In that decision the Commission asked the "
    "Committee on Energy Transitions and the Committee on Water Policy to each hold, at their next sessions, "
    "a segment on the transition, and invited the Economic Commission for Latin America to contribute.\n"
    "2. The same decision also recalled Commission decision 72/3.\n"
)


def test_a_commission_named_later_in_the_paragraph_does_not_take_the_number(registry: BodyRegistry) -> None:
    facts = extract(NOTE, source_key="doc", registry=registry).facts
    issuers = {f.subject.issuer for f in facts if isinstance(f.subject, InstrumentRef) and f.subject.number == "5"}
    assert issuers == {"eca"}
    own = InstrumentRef("eca", "decision", "74", "5")
    asked = {f.object for f in facts if f.subject == own and f.relation == "requests"}
    assert asked == {BodyRef("eca/energy"), BodyRef("eca/water")}
    assert any(f.subject == own and f.relation == "invites" and f.object == BodyRef("eclac") for f in facts)


def told_decision(paragraph: str) -> str:
    return HEAD.format(told="") + f"\n\n      Decision RB 88/2\n      Budget and evaluation\n\n      {paragraph}\n"


def relations(facts: list, relation: str) -> set:
    return {(f.subject, f.object) for f in facts if f.relation == relation}


@pytest.mark.parametrize(("paragraph", "relation", "addressee"), [
    ("The Executive Board took note of the report of the Audit Committee on its 17th meeting (RB 2031/88/R.3) and\n"
     "      requested the President to report to the Board at its 89th session.", "requests", "rice/president"),
    ("The Executive Board took note of the report of the Audit Committee (RB 2031/88/R.8). It invited the\n"
     "      President of the International Rice Fund to include the evaluation in his work programme.", "invites", "rice/president"),
    ("The Executive Board also considered the evaluation (RB 2031/88/R.4) and requested the President to\n"
     "      report on it.", "requests", "rice/president"),
])
def test_a_decision_told_in_the_past_under_its_heading_asks(registry: BodyRegistry, paragraph: str, relation: str, addressee: str) -> None:
    facts = extract(told_decision(paragraph), source_key="doc", registry=registry).facts
    assert (board_decision(2), BodyRef(addressee)) in relations(facts, relation)


def test_what_the_board_considered_went_to_its_session_and_on_to_the_council(registry: BodyRegistry) -> None:
    paragraph = (
        "The Executive Board considered the proposed budget (RB 2031/88/R.5), prepared pursuant to\n"
        "      Governing Council resolution 254/LI, and decided to submit it to the Governing Council at\n"
        "      its fifty-second session for approval."
    )
    facts = extract(told_decision(paragraph), source_key="doc", registry=registry).facts
    submitted = {(f.subject.symbols, f.object.body, f.object.ordinal) for f in facts if f.relation == "submittedTo"}
    assert (("RB 2031/88/R.5",), BOARD, 88) in submitted
    assert (("RB 2031/88/R.5",), "rice/council", 52) in submitted
    assert any(f.relation == "pursuantTo" and f.object == InstrumentRef("rice/council", "resolution", "51", "254") for f in facts)


@pytest.mark.parametrize("paragraph", [
    # nothing named in brackets: "it" is no paper of the sentence
    "The Executive Board approved the plan and decided to submit it to the Governing Council at its fifty-second session.",
    # "took note of": no submission, the corpus's convention (docs/relations.md, E33)
    "The Executive Board took note of the report of the Audit Committee (RB 2031/88/R.3).",
])
def test_no_paper_sent(registry: BodyRegistry, paragraph: str) -> None:
    facts = extract(told_decision(paragraph), source_key="doc", registry=registry).facts
    assert not [f for f in facts if f.relation == "submittedTo" and f.subject.symbols != ("RB 2031/88/INF.4",)]


CONCEPT_HEAD = (
    "Economic Commission for Africa\nCommittee on Energy Transitions\nTwelfth session\n"
    "Addis Ababa, 3–5 October 2032\n{item}\nHigh-level segment: secure and affordable energy\nE/ECA/ENERGY/2032/4\n\n"
    "Concept note for the high-level segment\n\nNote by the secretariat\n\nSummary\n"
    "This note sets out the format of the segment. It is submitted to the Committee for information.\n\n"
)
ECA_74_5 = InstrumentRef("eca", "decision", "74", "5")


@pytest.mark.parametrize("item", ["Item 3 of the provisional agenda", "Provisional agenda item 4 (b)", "Agenda item 7"])
def test_the_symbol_under_the_agenda_items_title_is_the_notes_own(registry: BodyRegistry, item: str) -> None:
    facts = extract(CONCEPT_HEAD.format(item=item), source_key="doc", registry=registry).facts
    submitted = [f for f in facts if f.relation == "submittedTo"]
    assert submitted and all(f.subject.symbols == ("E/ECA/ENERGY/2032/4",) for f in submitted)


@pytest.mark.parametrize("said", [
    "It also endorsed the recommendations adopted by the Committee at its eleventh session",
    "It further endorsed the recommendations adopted by the Committee at its eleventh session",
])
def test_it_after_the_decision_as_subject_is_the_decision(registry: BodyRegistry, said: str) -> None:
    text = CONCEPT_HEAD.format(item="Item 3 of the provisional agenda") + (
        "1. The segment is organized in response to Commission decision 74/5 of 18 April 2031.\n"
        f"2. The decision recalled Commission decision 72/3. {said}, and the Committee on Water Policy was, "
        "by that decision, made a standing body of the Commission.\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert (ECA_74_5, GatheringRef("eca/energy", "session", 11)) in relations(facts, "endorses")
    assert (ECA_74_5, BodyRef("eca/water")) in relations(facts, "makesConstantElement")


def test_it_after_a_body_as_subject_is_no_instrument(registry: BodyRegistry) -> None:
    text = CONCEPT_HEAD.format(item="Item 3 of the provisional agenda") + (
        "1. The segment is organized in response to Commission decision 74/5 of 18 April 2031.\n"
        "2. The Committee on Water Policy met in May. It also endorsed the recommendations adopted by the Committee "
        "at its eleventh session.\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not relations(facts, "endorses")


@pytest.mark.parametrize(("made", "by"), [
    ("was, by Commission decision 72/3, made a standing body of the Commission", InstrumentRef("eca", "decision", "72", "3")),
    ("had been, under that decision, declared a permanent body", ECA_74_5),
])
def test_made_constant_with_its_instrument_set_off(registry: BodyRegistry, made: str, by: InstrumentRef) -> None:
    text = CONCEPT_HEAD.format(item="Item 3 of the provisional agenda") + (
        "1. The segment is organized in response to Commission decision 74/5 of 18 April 2031.\n"
        f"2. The Committee on Water Policy {made}.\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert relations(facts, "makesConstantElement") == {(by, BodyRef("eca/water"))}


@pytest.mark.parametrize("heading", ["IV. Documentation for the segment", "3. Documentation for the session", "Documentation"])
def test_a_documentation_section_table_goes_to_the_session(registry: BodyRegistry, heading: str) -> None:
    text = CONCEPT_HEAD.format(item="Item 3 of the provisional agenda") + (
        f"{heading}\nSymbol\tTitle\tStatus\nE/ECA/ENERGY/2032/5\tMethane management in the region\tIssued\n"
        "E/ECA/ENERGY/2032/INF.2\tList of panellists\tWeb only\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    submitted = {(f.subject.symbols, f.object) for f in facts if f.relation == "submittedTo"}
    session = GatheringRef("eca/energy", "session", 12)
    assert (("E/ECA/ENERGY/2032/5",), session) in submitted and (("E/ECA/ENERGY/2032/INF.2",), session) in submitted


@pytest.mark.parametrize("heading", ["IV. Reports of the Commission", "Documentation of the outcome of the dialogue"])
def test_another_sections_table_sends_nothing(registry: BodyRegistry, heading: str) -> None:
    text = CONCEPT_HEAD.format(item="Item 3 of the provisional agenda") + (
        f"{heading}\nSymbol\tTitle\tStatus\nE/ECA/ENERGY/2030/5\tReport of the tenth session\tIssued\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not [f for f in facts if f.relation == "submittedTo" and f.subject.symbols == ("E/ECA/ENERGY/2030/5",)]
