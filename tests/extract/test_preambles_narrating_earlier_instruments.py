"""What a preamble narrates of earlier instruments, and creation told in other words (E146).

- "Recalling its resolution 85/151, in which it requested the Working Group to ... and invited it to
  ..., and asked the Secretary-General and the High Commissioner to ...": a preambular paragraph
  opens with a participle and has no main verb, so the verb after ", and" is still the relative
  clause's, and its two addressees are both asked;
- "resolution 2005/2 of 7 April 2005, from which the Working Group derives its existence",
  "decision 4/1, to which the Panel owes its existence": the instrument before the relative clause
  created the body that is its subject;
- "The Forum is a creation of the Council, which set it up in resolution 6/15", "The Panel derives
  its existence from decision 4/1": the body is the subject, the instrument after the phrase.

Near misses: a mandate "extended" is no creation; a body that "derives its mandate from" an
instrument was not created by it.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/lake-assembly> a mg:Body ; mg:key "lake-assembly" ;
    skos:prefLabel "Assembly of the Lake Basin Organization"@en ; mg:shortName "Assembly" ; mg:symbolPrefix "LBO/A" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lake-council> a mg:Body ; mg:key "lake-council" ;
    skos:prefLabel "Council of the Lake Basin Organization"@en ; mg:shortName "Council" ; mg:symbolPrefix "LBO/C" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lake-wg> a mg:Body ; mg:key "lake-wg" ;
    skos:prefLabel "Working Group on Shoreline Erosion"@en ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/lake-council> .
<body/lake-panel> a mg:Body ; mg:key "lake-panel" ;
    skos:prefLabel "Panel of Experts on Water Quality"@en ; org:subOrganizationOf <body/lake-council> .
<body/lake-dg> a mg:Body ; mg:key "lake-dg" ;
    skos:prefLabel "Director-General of the Lake Basin Organization"@en ; mg:shortName "Director-General" .
<body/lake-auditor> a mg:Body ; mg:key "lake-auditor" ;
    skos:prefLabel "Auditor of the Lake Basin Organization"@en ; mg:shortName "Auditor" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


def _draft(preamble: str) -> str:
    return (
        "LBO/A/31/L.4\n\nAssembly of the Lake Basin Organization\nThirty-first session\n\nDraft resolution\n\n"
        f"The Assembly of the Lake Basin Organization,\n\n{preamble}\n\n1. Decides to keep the question under review.\n"
    )


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


_RES = InstrumentRef("lake-assembly", "resolution", "30", "12")


@pytest.mark.parametrize("joined", [
    ", and asked the Director-General and the Auditor to assist the Working Group,",
    ", and also requested the Director-General and the Auditor to assist the Working Group,",
    " and asked the Director-General and the Auditor to assist the Working Group,",
])
def test_the_third_verb_of_a_preambles_relative_clause(joined: str, registry: BodyRegistry) -> None:
    text = _draft(
        "Recalling its resolution 30/12 of 4 June 2030, in which it requested the Working Group on Shoreline Erosion "
        f"to continue its study and invited it to consult member States on their laws{joined}"
    )
    found = _facts(text, registry)
    assert (_RES, "requests", BodyRef("lake-wg")) in found
    assert (_RES, "requests", BodyRef("lake-dg")) in found
    assert (_RES, "requests", BodyRef("lake-auditor")) in found


def test_a_main_verb_after_the_relative_clause_is_still_the_sentences(registry: BodyRegistry) -> None:
    # near miss: a sentence with a main clause ("The Council ... tasked"), not a preamble's participle
    text = (
        "LBO/C/2031/5\n\nCouncil of the Lake Basin Organization\n\nNote by the Director-General\n\n"
        "1. The Council, recalling its resolution 30/12, by which it adopted the Shoreline Charter, "
        "tasked the Panel of Experts on Water Quality with a review.\n"
    )
    found = _facts(text, registry)
    assert (_RES, "requests", BodyRef("lake-panel")) not in found


_DEC = InstrumentRef("lake-council", "decision", "4", "1")


@pytest.mark.parametrize("sentence, body", [
    ("Recalling Council decision 4/1 of 9 May 2024, from which the Working Group on Shoreline Erosion derives its existence,", "lake-wg"),
    ("Recalling Council decision 4/1, to which the Panel of Experts on Water Quality owes its existence,", "lake-panel"),
    ("Recalling that the Panel of Experts on Water Quality derives its existence from Council decision 4/1,", "lake-panel"),
])
def test_creation_told_in_other_words(sentence: str, body: str, registry: BodyRegistry) -> None:
    assert (_DEC, "establishes", BodyRef(body)) in _facts(_draft(sentence), registry)


@pytest.mark.parametrize("sentence, body", [
    ("Noting that the Working Group on Shoreline Erosion is a creation of the Assembly, which set it up in resolution 29/3,", "lake-wg"),
    ("Noting that the Panel of Experts on Water Quality is a creation of the Assembly of the Lake Basin Organization, "
     "which established it by resolution 29/3 of 9 May 2029,", "lake-panel"),
])
def test_a_creation_of_the_body_which_set_it_up(sentence: str, body: str, registry: BodyRegistry) -> None:
    # (the creator is the document's own issuer: a stranger named as the creator, "a creation of
    # the Council, which set it up in decision 4/1" in the Assembly's text, gives its number to
    # the Assembly still, which the issuer reading does not yet take from the relative clause)
    assert (InstrumentRef("lake-assembly", "resolution", "29", "3"), "establishes", BodyRef(body)) in _facts(_draft(sentence), registry)


@pytest.mark.parametrize("sentence", [
    "Recalling Council decision 4/1, from which the Working Group on Shoreline Erosion derives its mandate on erosion,",
    "Recalling Council decision 4/1, by which the Council extended the mandate of the Working Group on Shoreline Erosion,",
])
def test_a_mandate_derived_or_extended_is_no_creation(sentence: str, registry: BodyRegistry) -> None:
    assert not {(s, r, o) for s, r, o in _facts(_draft(sentence), registry) if r == "establishes"}



@pytest.mark.parametrize("that, expected", [
    ("that working group", "igwg"),
    ("That working group", "igwg"),
    ("the working group", "wg"),  # near miss: no "that", the short name's own reading stands
])
def test_that_working_group_is_the_one_just_named(that: str, expected: str) -> None:
    # `_that_head_is_the_body_before` on what `resolve_bodies` gave: the short name read as another
    # "Working Group" named elsewhere in the document
    from mandate_graph.loaders.extract.references import BodyMention, SentenceRefs
    from mandate_graph.loaders.extract.relate import _that_head_is_the_body_before

    head = "under which the open-ended intergovernmental working group on fishing quotas was set up, and noting the report of "
    text = head + that + " on its ninth session"
    named = BodyMention(start=20, end=len("under which the open-ended intergovernmental working group on fishing quotas"),
                        text="open-ended intergovernmental working group on fishing quotas", key="igwg", short=None)
    short = BodyMention(start=len(head) + len(that) - len("working group"), end=len(head) + len(that),
                        text="working group", key=None, short="working group")
    bodies = {named.start: "igwg", short.start: "wg"}
    _that_head_is_the_body_before(text, SentenceRefs(bodies=[named, short]), bodies)
    assert bodies[short.start] == expected
