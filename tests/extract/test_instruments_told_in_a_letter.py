"""Instruments told of in a letter or a note (E124, from the spent u140, u143 and u144). Invented
bodies, numbers, dates and wording:

- the dates a narrative gives its instruments: "resolution 2127 (2013), of 5 December 2013" (set
  off by a comma), "resolution 2127 (2013), which the Council adopted on 5 December 2013",
  "Resolutions 2134 (2014) and 2149 (2014), of 28 January and 10 April 2014" (a date each, in
  order; a list of dates that does not match the list of numbers gives none);
- "Resolution 2196 (2015), of 22 January 2015, reaffirmed resolutions 2127 (2013) and 2134
  (2014)": a past citing verb after an instrument opening the sentence;
- "..., as did resolution 2262 (2016)": the elliptical second instrument asks what the first did;
- "The Monitoring Group owes its existence to resolution 2127 (2013)": the instrument established it;
- "The Committee was created by resolution A, which the Council adopted on ..., and was tasked in
  paragraph 57 of that resolution with ...": "that resolution" is the one the sentence named, and
  the coordinated passive keeps the sentence's subject;
- a cover letter "in accordance with paragraph 57 (f) of that resolution, I have the honour to
  transmit ..." gets that mandate (the instrument inside the Committee's name is none);
- "By decision 2031/1, adopted at that meeting, ...", "the plan adopted at its ninth meeting by
  decision 2026/2": the meeting adopted it;
- a two-column documentation list whose symbol and title a layout printed as two lines: "Report of
  the Working Group on Monitoring on its twelfth meeting" is that meeting's report."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/security-council/2127-committee> a mg:Body ; mg:key "security-council/2127-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution 2127 (2013)"@en ;
    mg:shortName "Committee" ; org:subOrganizationOf <body/security-council> .
<body/security-council/2127-committee/monitoring-group> a mg:Body ;
    mg:key "security-council/2127-committee/monitoring-group" ;
    skos:prefLabel "Monitoring Group on the Lake Region"@en ; skos:altLabel "Monitoring Group"@en ;
    org:subOrganizationOf <body/security-council/2127-committee> .
<body/lake-cop> a mg:Body ; mg:key "lake-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Shared Lakes"@en ;
    mg:shortName "Conference" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:symbolPrefix "LAKES/COP" ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/lake-cop/wgm> a mg:Body ; mg:key "lake-cop/wgm" ;
    skos:prefLabel "Working Group on Monitoring"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/lake-cop> .
"""

LETTER_HEAD = (
    "United Nations\tS/2031/880\nSecurity Council\tDistr.: General\n20 December 2031\nOriginal: English\n\n"
    "Letter dated 18 December 2031 from the Chair of the Security Council Committee established pursuant to "
    "resolution 2127 (2013) addressed to the President of the Security Council\n\n"
)
ANNEX = (
    "Annex\nReport of the Security Council Committee established pursuant to resolution 2127 (2013) for the "
    "period from 1 January to 31 December 2031\nI. Introduction\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _letter(*paragraphs: str) -> str:
    return LETTER_HEAD + ANNEX + "\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"


def sc(number: int, year: int) -> InstrumentRef:
    return InstrumentRef("security-council", "resolution", str(year), str(number))


COMMITTEE = BodyRef("security-council/2127-committee")
GROUP = BodyRef("security-council/2127-committee/monitoring-group")


@pytest.mark.parametrize(
    "sentence",
    [
        "The measures were expanded by resolution 2134 (2014), of 28 January 2014.",
        "The measures were expanded by resolution 2134 (2014), dated 28 January 2014.",
        "The measures were expanded by resolution 2134 (2014), which the Council adopted on 28 January 2014.",
        "The measures were expanded by resolution 2134 (2014), which the Security Council then adopted unanimously on 28 January 2014.",
    ],
)
def test_the_date_told_after_an_instrument(sentence: str, registry: BodyRegistry) -> None:
    assert (sc(2134, 2014), "adoptedOn", dt.date(2014, 1, 28)) in _facts(_letter(sentence), registry)


def test_a_relative_clause_of_another_verb_gives_no_date(registry: BodyRegistry) -> None:
    facts = _facts(_letter("The measures were expanded by resolution 2134 (2014), which the Council reviewed on 28 January 2014."), registry)
    assert not any(s == sc(2134, 2014) and rel == "adoptedOn" for s, rel, _ in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Resolutions 2134 (2014) and 2149 (2014), of 28 January and 10 April 2014, added further entities to the list.",
        "Resolutions 2134 (2014) and 2149 (2014) of 28 January and 10 April 2014 added further entities to the list.",
        "Resolutions 2134 (2014) and 2149 (2014), dated 28 January 2014 and 10 April 2014, added further entities.",
    ],
)
def test_a_list_of_dates_gives_each_instrument_its_own(sentence: str, registry: BodyRegistry) -> None:
    facts = _facts(_letter(sentence), registry)
    assert (sc(2134, 2014), "adoptedOn", dt.date(2014, 1, 28)) in facts
    assert (sc(2149, 2014), "adoptedOn", dt.date(2014, 4, 10)) in facts
    assert (sc(2149, 2014), "adoptedOn", dt.date(2014, 1, 28)) not in facts


def test_dates_that_do_not_match_the_list_say_nothing(registry: BodyRegistry) -> None:
    facts = _facts(_letter("Resolutions 2134 (2014) and 2149 (2014), of 28 January, 3 March and 10 April 2014, added entities."), registry)
    assert not any(rel == "adoptedOn" and s in (sc(2134, 2014), sc(2149, 2014)) for s, rel, _ in facts)


@pytest.mark.parametrize("verb", ["reaffirmed", "recalled", "took note of", "reaffirms"])
def test_an_instrument_opening_the_sentence_cites_in_the_past(verb: str, registry: BodyRegistry) -> None:
    text = _letter(f"Resolution 2196 (2015), of 22 January 2015, {verb} resolutions 2127 (2013) and 2134 (2014).")
    facts = _facts(text, registry)
    assert (sc(2196, 2015), "cites", sc(2127, 2013)) in facts
    assert (sc(2196, 2015), "cites", sc(2134, 2014)) in facts
    assert (sc(2196, 2015), "adoptedOn", dt.date(2015, 1, 22)) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Resolution 2196 (2015) likewise called on the Committee to update its guidance, as did resolution 2262 (2016).",
        "Resolution 2196 (2015) of 22 January 2015 requested the Committee to update its guidance, as had Council resolution 2262 (2016).",
        "Resolution 2196 (2015) similarly asked the Committee to update its guidance, as did resolution 2262 (2016) of 27 January 2016.",
    ],
)
def test_an_elliptical_instrument_asks_the_same(sentence: str, registry: BodyRegistry) -> None:
    facts = _facts(_letter(sentence), registry)
    assert (sc(2196, 2015), "requests", COMMITTEE) in facts
    assert (sc(2262, 2016), "requests", COMMITTEE) in facts


def test_a_comparison_that_is_no_ellipsis_asks_nothing_of_the_second(registry: BodyRegistry) -> None:
    facts = _facts(_letter("Resolution 2196 (2015) requested the Committee to update its guidance as it did in resolution 2262 (2016)."), registry)
    assert (sc(2196, 2015), "requests", COMMITTEE) in facts
    assert (sc(2262, 2016), "requests", COMMITTEE) not in facts


@pytest.mark.parametrize(
    "phrase", ["owes its existence to", "owes its creation to", "traces its origins back to", "has its origin in"]
)
def test_a_body_owing_its_existence_to_an_instrument(phrase: str, registry: BodyRegistry) -> None:
    facts = _facts(_letter(f"The Monitoring Group {phrase} Security Council resolution 2127 (2013), of 5 December 2013."), registry)
    assert (sc(2127, 2013), "establishes", GROUP) in facts


def test_owing_its_existence_to_something_else_establishes_nothing(registry: BodyRegistry) -> None:
    facts = _facts(_letter("The Monitoring Group owes its existence to the efforts of States, as recalled in resolution 2127 (2013)."), registry)
    assert not any(rel == "establishes" and o == GROUP for _, rel, o in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee was created by resolution 2127 (2013), which the Council adopted on 5 December 2013, and was "
        "tasked in paragraph 57 of that resolution with seeking information from States.",
        "The Committee was created by resolution 2127 (2013) and was requested in paragraph 57 (b) of the same "
        "resolution to seek information from States.",
        "The Committee was tasked in paragraph 57 of resolution 2127 (2013) with seeking information from States.",
    ],
)
def test_a_passive_mandate_told_in_a_paragraph_of_that_resolution(sentence: str, registry: BodyRegistry) -> None:
    assert (sc(2127, 2013), "requests", COMMITTEE) in _facts(_letter(sentence), registry)


COVER = (
    "On behalf of the Security Council Committee established pursuant to resolution 2127 (2013){mandate}, I have "
    "the honour to transmit herewith the annual report of the Committee on its activities from 1 January to "
    "31 December 2031 (see annex).\n"
)


@pytest.mark.parametrize(
    "mandate", [", and in accordance with paragraph 57 (f) of that resolution", ", and in accordance with paragraph 57 of resolution 2127 (2013)"]
)
def test_the_cover_formula_gives_the_letter_its_mandate(mandate: str, registry: BodyRegistry) -> None:
    facts = _facts(LETTER_HEAD + COVER.format(mandate=mandate) + ANNEX, registry)
    assert (DocumentRef(symbols=("S/2031/880",)), "pursuantTo", sc(2127, 2013)) in facts


def test_the_instrument_in_the_committee_s_name_is_no_mandate(registry: BodyRegistry) -> None:
    facts = _facts(LETTER_HEAD + COVER.format(mandate="") + ANNEX, registry)
    assert not any(rel == "pursuantTo" for _, rel, _ in facts)


AGENDA = (
    "                                                                          LAKES/COP/2032/1\n"
    " United Nations\n"
    " Economic and Social Council                                              Distr.: General\n"
    "                                                                          2 September 2032\n\n"
    "Conference of the Parties to the Convention on Shared Lakes\n"
    "Thirteenth meeting\nGeneva, 3-5 December 2032\nItem 1 of the provisional agenda\nAdoption of the agenda\n\n\n"
    "                  Annotated provisional agenda for the thirteenth meeting\n"
    "                  of the Conference of the Parties\n\n"
    " I. Provisional agenda\n"
    "      1.   Adoption of the agenda.\n"
    "      2.   Report of the Bureau.\n"
    "      3.   Monitoring.\n\n"
    " II. Annotations\n\n"
    "      2. Report of the Bureau\n"
    "      The twelfth meeting of the Conference took place in Geneva from 1 to 3 December 2030. By decision\n"
    "      2030/1, adopted at that meeting, the Conference entrusted the Bureau with the workplan. The\n"
    "      Conference will also review the plan adopted at its ninth meeting by decision 2026/2.\n\n"
    "      Documentation\n"
    "      LAKES/COP/2030/12              Report of the Conference of the Parties on its\n"
    "                                     twelfth meeting\n\n"
    "      3. Monitoring\n"
    "      The Working Group on Monitoring held its fourteenth meeting in Geneva on 8 and 9 July 2032.\n\n"
    "      Documentation\n"
    "      LAKES/COP/WG.1/2032/2          Report of the Working Group on Monitoring on its\n"
    "                                     fourteenth meeting\n"
    "      LAKES/COP/2032/5               Note on monitoring\n"
)


def test_a_back_reference_to_a_meeting_and_listed_reports(registry: BodyRegistry) -> None:
    facts = _facts(AGENDA, registry)
    cop = InstrumentRef("lake-cop", "decision", "2030", "1")
    assert (cop, "adoptedAt", GatheringRef("lake-cop", "meeting", 12)) in facts
    assert (InstrumentRef("lake-cop", "decision", "2026", "2"), "adoptedAt", GatheringRef("lake-cop", "meeting", 9)) in facts
    assert (DocumentRef(symbols=("LAKES/COP/2030/12",)), "reportOf", GatheringRef("lake-cop", "meeting", 12)) in facts
    assert (DocumentRef(symbols=("LAKES/COP/WG.1/2032/2",)), "reportOf", GatheringRef("lake-cop/wgm", "meeting", 14)) in facts
    # a title that is no report of a meeting makes none
    assert not any(s == DocumentRef(symbols=("LAKES/COP/2032/5",)) and rel == "reportOf" for s, rel, _ in facts)
