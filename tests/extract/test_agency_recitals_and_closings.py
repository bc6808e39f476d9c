"""What E222 left of the agencies' resolutions (E228), on invented bodies (an ocean organization
numbering "OA{session}/{number}", a rail union numbering "R {number}/{session}" by year) and the
phrasing commission:

- a cited instrument's unquoted title set off by commas before the clause's verb ("Whereas the
  Assembly, by Resolution OA37/2, Safety of coastal shipping lanes, requested the Council to …"):
  the title, and the request the back-reference tells (a recital opening on "Whereas" then its
  subject counts as a clause's opening);
- a body's numbered session as a deadline ("no later than its 41st Session", "not later than its"):
  the addressee's, as "at its" and "by its" were;
- "Having considered the report … (X)" opening a paragraph of an instrument adopted at a session,
  even where the reader set no preamble apart: X was before that session;
- a title block printed in two languages ("30th Universal Rail Congress / 30e Congrès ferroviaire
  universel" over "Lisbon, 8 to 26 August 2033 / Lisbonne, 8-26 août 2033") and a list titled by a
  gathering named by its year ("Decisions of the 2033 Lisbon Congress other than …"): the masthead's
  congress adopted each resolution below, held there on those days;
- the closing line "Congress – 9th plenary meeting, 22.08.2033" (the organ, a dash, the sitting and
  a dotted day): the day the resolution above was adopted;
- a related paper's line "ISBA-like/41/C/5 – Topic: report of the Secretary-General": a document, no
  decision known by its symbol.

Near misses: a second comma clause that is no title ("by resolution OA37/2, adopted in 2031,
requested"), a title of a list in a table's header ("Title / subject"), "2030 / 2031", numbers that
differ between the halves, a draft's "Having considered", a plenary line of a body's sitting that
names no day, a listed decision's title ("… – Decision relating to …").
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.bilingual_titles import blank_translated_halves
from tests.extract import phrasing as P
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle
# the ocean organization's and the rail union's registries, and the facts a text gives (E222's)
from tests.extract.test_agency_resolution_texts import facts, ocean, rail  # noqa: F401

SEABED_COUNCIL = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/sea-council> a mg:Body ; mg:key "sea-council" ;
    skos:prefLabel "Council of the Deep Sea Authority"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; mg:symbolPrefix "DSA" ;
    mg:instrumentNumbering [ mg:numberTemplate "DSA/{session}/C/{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def seabed(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, SEABED_COUNCIL)


def ocean_resolution(*paragraphs: str) -> str:
    return (
        "WORLD OCEAN ORGANIZATION\n\n\tASSEMBLY RESOLUTIONS ADOPTED AT THE 38TH SESSION\n\t(London, 25 November to 4 December 2033)\n\n"
        "Resolution OA38/4: Safety of coastal shipping lanes\n\n" + "\n\n".join(paragraphs) + "\n\nThe Assembly:\n\n"
        "1.\tRequests the Council to publish the data.\n"
    )


# --------------------------------------------------------------------------- titles set off by commas


@pytest.mark.parametrize("recital", [
    "Whereas the Assembly, by Resolution OA37/2, Consolidated statement of continuing policies on marine data, requested the Council to assess the lanes;",
    "Whereas the Assembly, in Resolution OA37/2, Consolidated statement of continuing policies on marine data, requested the Council to assess the lanes;",
    "Recalling that the Assembly, by Resolution OA37/2, Consolidated statement of continuing policies on marine data, requested the Council to assess the lanes;",
])
def test_a_title_set_off_before_the_clauses_verb(ocean: BodyRegistry, recital: str) -> None:
    found = facts(ocean_resolution(recital), ocean, "title", "requests")
    assert ("title", "ocean-assembly/res/37/2", "Consolidated statement of continuing policies on marine data") in found
    assert ("requests", "ocean-assembly/res/37/2", "ocean-assembly/council") in found


def test_a_title_set_off_in_another_bodys_recital() -> None:
    found = set(P.stated(extract(P.in_resolution(
        "Whereas the General Assembly, by resolution 80/5, Oceans and the law of the sea, requested the Secretary-General to report;"
    ), source_key="t", registry=P.registry())))
    assert ("title", "ga/res/80/5", "Oceans and the law of the sea") in found
    assert ("requests", "ga/res/80/5", "secretary-general") in found


@pytest.mark.parametrize("recital", [
    # a clause set off that is no title: its adoption, the day
    "Whereas the Assembly, by Resolution OA37/2, adopted in 2031, requested the Council to assess the lanes;",
    # a participle after the second comma that is no verb of the clause: no title ends there
    "Recalling Resolution OA37/2, Consolidated statement of continuing policies, reviewed annually by the Council;",
])
def test_no_title_for_a_clause_set_off(ocean: BodyRegistry, recital: str) -> None:
    found = facts(ocean_resolution(recital), ocean, "title")
    assert not any(s == "ocean-assembly/res/37/2" for _, s, _ in found)


# --------------------------------------------------------------------------- a session as a deadline


@pytest.mark.parametrize("operative", [
    "Requests the Council to approve the terms of reference of the panel no later than its 41st Session;",
    "Requests the Council to approve the terms of reference of the panel not later than its 41st Session;",
    "Requests the Council to approve the terms of reference of the panel by its 41st Session;",
])
def test_a_session_named_as_a_deadline(ocean: BodyRegistry, operative: str) -> None:
    text = ocean_resolution("Recalling its earlier resolutions,").replace("Requests the Council to publish the data.", operative)
    assert ("meetingOf", "ocean-assembly/council#41", "ocean-assembly/council") in facts(text, ocean, "meetingOf")


def test_a_deadline_of_the_speakers_own_session() -> None:
    # "its" after the speaker's verb, no addressee before it: the speaker's own session, not a body's
    text = P.in_resolution("Decides to review the programme no later than its fourteenth session;")
    assert ("ccr#14", "ccr") in P.facts(text, "meetingOf")


# --------------------------------------------------------------------------- "Having considered" under an instrument


def test_a_paper_considered_in_an_unlabelled_recital(ocean: BodyRegistry) -> None:
    text = ocean_resolution("Having considered the report of the Council on coastal lanes (A38-WP/12), presented pursuant to Resolution OA37/2;")
    found = facts(text, ocean, "submittedTo", "pursuantTo")
    assert ("submittedTo", "A38-WP/12", "ocean-assembly#38") in found
    assert ("pursuantTo", "A38-WP/12", "ocean-assembly/res/37/2") in found


def test_a_paper_considered_in_a_draft_goes_nowhere(ocean: BodyRegistry) -> None:
    text = (
        "WORLD OCEAN ORGANIZATION\n\n\tASSEMBLY RESOLUTIONS ADOPTED AT THE 38TH SESSION\n\n"
        "Draft resolution for adoption by the Assembly\n\nHaving considered the report of the Council (A38-WP/12);\n\n"
        "The Assembly:\n\n1.\tRequests the Council to publish the data.\n"
    )
    assert not facts(text, ocean, "submittedTo")


# --------------------------------------------------------------------------- bilingual title blocks


def rail_page(title: str, place: str, closing: str = "Congress – 9th plenary meeting, 22.08.2033") -> str:
    return (
        f"                  {title}\n                  {place}\n\n"
        "Decisions of the 2033 Lisbon Congress                     Décisions du Congrès de Lisbonne 2033\n"
        "other than those amending the Acts                        autres que celles modifiant les Actes\n\n"
        "Resolution R 7/2033\n\nRail freight decarbonization\n\nThe Congress,\n\n"
        "having examined the report (Congress–Doc 14) of the Operations Council,\n\n"
        "instructs the International Rail Bureau to report.\n\n"
        f"            {closing}\n"
    )


@pytest.mark.parametrize(("title", "place"), [
    ("30th Universal Rail Congress / 30e Congrès ferroviaire universel", "Lisbon, 8 to 26 August 2033 / Lisbonne, 8-26 août 2033"),
    ("30th Universal Rail Congress / 30.º Congreso Ferroviario Universal", "Lisbon, 8 to 26 August 2033 / Lisboa, 8 a 26 de agosto de 2033"),
    ("30th Universal Rail Congress", "Lisbon, 8 to 26 August 2033"),
])
def test_a_bilingual_title_block(rail: BodyRegistry, title: str, place: str) -> None:
    found = facts(rail_page(title, place), rail, "adoptedAt", "heldIn", "heldOn", "adoptedOn", "submittedTo")
    assert ("adoptedAt", "rail-congress/res/2033/7", "rail-congress#30") in found
    assert ("heldIn", "rail-congress#30", "Lisbon") in found
    assert ("heldOn", "rail-congress#30", "2033-08-08/2033-08-26") in found
    assert ("submittedTo", "Congress–Doc 14", "rail-congress#30") in found
    assert ("adoptedOn", "rail-congress/res/2033/7", "2033-08-22") in found


@pytest.mark.parametrize("line", [
    "Instrument,Adopted,Title / subject,OP,Addressee,Action",  # a table's header: no number
    "Programme budget 2030 / 2031",  # the numbers differ
    "Report 12 / Report 12",  # the same words: no translation
    "Items 3 and 4 / Points 3 et 5",  # the numbers differ
])
def test_lines_that_are_no_bilingual_title(line: str) -> None:
    text = line + "\n\nThe Commission met.\n"
    assert blank_translated_halves(text) == text


def test_only_the_title_block_is_blanked() -> None:
    text = "30th Universal Rail Congress / 30e Congrès ferroviaire universel\n\n" + "Line.\n\n" * 8 + "Item 3 / Point 3\n"
    cleaned = blank_translated_halves(text)
    assert cleaned.startswith("30th Universal Rail Congress" + " " * len(" / 30e Congrès ferroviaire universel") + "\n")
    assert cleaned.endswith("Item 3 / Point 3\n") and len(cleaned) == len(text)


def test_a_closing_line_without_a_day(rail: BodyRegistry) -> None:
    found = facts(rail_page("30th Universal Rail Congress", "Lisbon, 8 to 26 August 2033", "Congress – 9th plenary meeting"), rail, "adoptedOn")
    assert not found


# --------------------------------------------------------------------------- related papers' titles


def seabed_page(line: str) -> str:
    return (
        "Decision of the Council of the Deep Sea Authority relating to data sharing\n\nDSA/41/C/17\n\n"
        "The Council of the Deep Sea Authority,\n\n1. Requests the Secretary-General to report.\n\n"
        f"Related documents\n{line}\n"
    )


@pytest.mark.parametrize("line", [
    "DSA/41/C/5 – Status of environmental data submitted by contractors: report of the Secretary-General",
    "DSA/41/C/5 – Exploration contracts: note by the secretariat",
    "DSA/41/C/5 – Report of the Chair of the Legal Commission",
])
def test_a_listed_paper_is_no_decision(seabed: BodyRegistry, line: str) -> None:
    extraction = extract(seabed_page(line), source_key="test", registry=seabed)
    assert not any(key(f.object) == "sea-council/dec/41/5" for f in extraction.facts)
