"""A letter narrating what a resolution did (E105, from the spent u128). Invented bodies, numbers
and wording:

- "In its preamble, the Assembly recalled its resolution 70/12": the preamble is that of the
  instrument the text named last, whose issuer is the subject; it cites the one recalled;
- "Under the above-mentioned resolution, the establishment of a standing expert group on ...
  (hereinafter “the data group”) was approved by the Assembly": the instrument establishes the
  body, and "the data group" names it after ("The data group met for the first time in ...",
  "Resolution 71/5 further directs the data group to ...");
- "The same resolution also requested X to ..., and invited Y to ...": the second verb has the
  first one's subject;
- a letter with no symbol of its own that transmits "the report of the Committee on its Nth
  session", "to be issued as document X", stands for X: X is the report of that session, goes to
  the Assembly and is submitted under the mandates the letter names ("in accordance with
  resolution A, by which ..., and with paragraph 4 of resolution B");
- "the report on that session (X) was considered by the Assembly at its Nth session": X went to
  the Assembly's session, not to the session the sentence opened with."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.new_bodies import defined_short_term, established_as_a_noun, term_mentions
from mandate_graph.loaders.extract.rules.transmitted_documents import symbol_transmitted_as
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/glacier-committee> a mg:Body ; mg:key "ga/glacier-committee" ;
    skos:prefLabel "Scientific Committee on Glacier Retreat"@en ; mg:shortName "Committee" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/ga> .
<body/wmo-x> a mg:Body ; mg:key "wmo-x" ; skos:prefLabel "World Snow Observatory"@en .
"""

LETTER = (
    "SCIENTIFIC COMMITTEE ON GLACIER RETREAT\n\n"
    "Letter dated 2 May 2034 from the Chair of the Scientific Committee on Glacier Retreat addressed to the "
    "Secretary-General\n\nExcellency,\n\n"
    "In General Assembly resolution 71/5 of 6 December 2033, the Assembly requested the Committee to continue its "
    "work. The same resolution also requested the World Snow Observatory to share its data.\n\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


RES_71_5 = InstrumentRef("ga", "resolution", "71", "5")
RES_70_12 = InstrumentRef("ga", "resolution", "70", "12")


@pytest.mark.parametrize(
    "sentence",
    [
        "In its preamble, the Assembly recalled its resolution 70/12 of 4 December 2032.",
        "In the preamble, the General Assembly recalled its resolution 70/12.",
        "Also, in its preambular part, the Assembly reaffirmed resolution 70/12.",
    ],
)
def test_the_preamble_of_the_resolution_told_of_cites(registry: BodyRegistry, sentence: str) -> None:
    text = LETTER.replace("share its data.", "share its data. " + sentence[0].upper() + sentence[1:])
    assert (RES_71_5, "cites", RES_70_12) in _facts(text, registry)


def test_a_resolution_named_after_the_opening_is_its_own_subject(registry: BodyRegistry) -> None:
    text = LETTER + "In its preamble, resolution 70/12 recalls General Assembly resolution 69/3.\n"
    facts = _facts(text, registry)
    assert (RES_71_5, "cites", InstrumentRef("ga", "resolution", "69", "3")) not in facts


def test_another_subject_is_no_preamble_of_the_resolution(registry: BodyRegistry) -> None:
    # the Committee issues nothing: its words are not the resolution's preamble
    text = LETTER.replace("share its data.", "share its data. In its preamble, the Committee recalled resolution 70/12.")
    assert (RES_71_5, "cites", RES_70_12) not in _facts(text, registry)


@pytest.mark.parametrize(
    ("opening", "defined", "again"),
    [
        ("Under the above-mentioned resolution", "(hereinafter “the data group”)", "the data group"),
        ("Under resolution 71/5", '(hereinafter referred to as "the ice panel")', "the ice panel"),
        ("By that resolution", "(the “melt group”)", "The melt group"),
    ],
)
def test_an_establishment_approved_names_the_body_by_its_defined_term(
    registry: BodyRegistry, opening: str, defined: str, again: str
) -> None:
    text = LETTER + (
        f"{opening}, the establishment of a standing expert group on meltwater measurement from polar stations "
        f"{defined} was approved by the Assembly. {again[0].upper() + again[1:]} met for the first time in Oslo on "
        f"3 and 4 March 2034. Resolution 71/5 further directs {again[0].lower() + again[1:]} to report in English.\n"
    )
    facts = _facts(text, registry)
    born = [o for s, rel, o in facts if rel == "establishes" and s == RES_71_5]
    assert len(born) == 1 and isinstance(born[0], BodyRef)
    key = born[0].key
    assert (GatheringRef(key, "meeting", 1), "meetingOf", BodyRef(key)) in facts
    assert (GatheringRef(key, "meeting", 1), "heldIn", "Oslo") in facts
    assert (RES_71_5, "requests", BodyRef(key)) in facts


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the establishment of a task force on lake ice (hereinafter “the ice group”) was approved", True),
        ("the creation of an expert group on snow cover (ESC) was endorsed", True),
        ("the establishment of an expert group on snow cover (see annex) was approved", False),
    ],
)
def test_what_may_stand_before_the_approval(text: str, found: bool) -> None:
    assert bool(established_as_a_noun(text)) is found


def test_the_defined_term_and_its_mentions() -> None:
    text = 'a standing expert group on radiation\ndata (hereinafter "the data group") was set up; the data group met.'
    assert defined_short_term(text, "standing expert group on radiation data") == "data group"
    assert defined_short_term("a group on ice (see annex)", "group on ice") is None
    assert [m.written for m in term_mentions("The Data group met; the data group reported", "data group")] == ["Data group", "data group"]


@pytest.mark.parametrize(
    ("second", "relation"),
    [("and invited the World Snow Observatory", "invites"), (", and requested the World Snow Observatory", "requests"),
     ("and also encouraged the World Snow Observatory", "encourages")],
)
def test_a_verb_joined_to_the_first_has_its_subject(registry: BodyRegistry, second: str, relation: str) -> None:
    text = LETTER + (
        f"The same resolution also requested the Committee to continue to publish its findings {second} to share its data.\n"
    )
    assert (RES_71_5, relation, BodyRef("wmo-x")) in _facts(text, registry)


def test_a_verb_of_another_clause_is_not_joined(registry: BodyRegistry) -> None:
    text = LETTER + (
        "The same resolution also requested the Committee to publish its findings; the Committee then invited the "
        "World Snow Observatory to a meeting.\n"
    )
    assert (RES_71_5, "invites", BodyRef("wmo-x")) not in _facts(text, registry)


COVER = (
    "SCIENTIFIC COMMITTEE ON GLACIER RETREAT\n\n"
    "Letter dated 2 May 2034 from the Chair of the Scientific Committee on Glacier Retreat addressed to the "
    "Secretary-General\n\nExcellency,\n\n"
    "I have the honour to transmit {to}the report of the Scientific Committee on Glacier Retreat on its forty-first "
    "session, held in Geneva from 3 to 7 April 2034. The report, {issued} A/89/31, was adopted at the closing meeting.\n\n"
    "The report is submitted in accordance with General Assembly resolution 1001 (XII) of 6 December 1957, by which "
    "the Assembly established the Committee, and with paragraph 4 of Assembly resolution 71/5.\n\n"
    "The present report will be before the General Assembly at its eighty-ninth session.\n"
)


@pytest.mark.parametrize("to", ["to you ", "herewith ", "to the Secretary-General "])
@pytest.mark.parametrize("issued", ["to be issued as document", "which will be issued as", "published as document"])
def test_a_letter_without_symbol_stands_for_the_report_it_transmits(registry: BodyRegistry, to: str, issued: str) -> None:
    facts = _facts(COVER.format(to=to, issued=issued), registry)
    report = DocumentRef(symbols=("A/89/31",))
    assert (report, "reportOf", GatheringRef("ga/glacier-committee", "session", 41)) in facts
    assert (report, "pursuantTo", InstrumentRef("ga", "resolution", "12", "1001")) in facts
    assert (report, "pursuantTo", RES_71_5) in facts
    assert (report, "submittedTo", GatheringRef("ga", "session", 89)) in facts
    assert not any(isinstance(s, DocumentRef) and not s.symbols for s, r, _ in facts if r != "mentions")


def test_another_documents_symbol_is_not_the_letters(registry: BodyRegistry) -> None:
    text = COVER.format(to="to you ", issued="like the report on the fortieth session, issued as").replace(
        "The report, like", "It was, like"
    )
    assert symbol_transmitted_as(p for p in text.split("\n\n")) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "I have the honour to transmit herewith the annual report of the Board, to be issued as document E/2034/7.",
        "I have the honour to submit to you the report of the Board. The report will be issued as E/2034/7.",
    ],
)
def test_the_symbol_the_transmitted_report_is_issued_under(paragraph: str) -> None:
    assert symbol_transmitted_as(["Excellency,", paragraph]) == "E/2034/7"


def test_a_report_considered_by_another_body_is_not_before_the_opening_session(registry: BodyRegistry) -> None:
    text = LETTER + (
        "At its fortieth session (Geneva, 4-8.04.2033), the Committee decided to review its methods; the report on that "
        "session (A/88/31) was considered by the Assembly at its eighty-eighth session.\n"
    )
    facts = _facts(text, registry)
    assert (DocumentRef(symbols=("A/88/31",)), "submittedTo", GatheringRef("ga/glacier-committee", "session", 40)) not in facts
    assert (DocumentRef(symbols=("A/88/31",)), "submittedTo", GatheringRef("ga", "session", 88)) in facts
