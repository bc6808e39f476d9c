"""Mandates narrated in a Secretariat's note and a committee Chair's letter (E140, from the spent
u165 and u169). Invented bodies, numbers, dates and wording:

- "which the Council considered at its 10701st meeting, on 3 March 2033": the paper before ", which"
  went to that meeting, a meeting of the body that is the relative clause's subject;
- "(S/2033/12) failed of adoption at the 10690th meeting of the Council", "was not adopted at",
  "was put to the vote at": a draft voted on and lost was before the meeting; nothing was adopted;
- "the Mission (UNCOM), whose establishment the Council decided in resolution 2790 (2031)": the
  instrument created the body the relative clause hangs on;
- "the Council decided on the creation of / the setting up of an open-ended ... working group",
  "resolved to create": the noun of the act, as "decided on the establishment of";
- "The Council adopted, at the same session, resolution 40/12", "At its forty-third session, by
  resolution 43/5, the Council ...": the session that adopted it, when the number allows it;
- "instituted an intersessional group of legal experts to ...", then "the inter-sessional group of
  legal experts should remain in being as a permanent feature of ...": a group of experts of a field
  is a body created, named again by its kind with its field, and made permanent;
- "resolution 47/1, in which it reaffirmed resolution 40/3, took note of ..., and requested the
  working group to ...": the cited resolution is no subject of the later verbs;
- near misses: a proposal "to establish" set off after an instrument, a draft "discussed" and
  withdrawn, a creation "discussed", a resolution of another session "at the same session".
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/security-council/coastal-committee> a mg:Body ; mg:key "security-council/coastal-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution 2750 (2030) concerning coastal shipping"@en ;
    mg:shortName "Committee" ; org:subOrganizationOf <body/security-council> .
<body/coastal-mission> a mg:Body ; mg:key "coastal-mission" ;
    skos:prefLabel "United Nations Coastal Observation Mission"@en ; skos:altLabel "UNCOM"@en ;
    org:subOrganizationOf <body/security-council> .
<body/hrc/oeigwg-ocean-rights> a mg:Body ; mg:key "hrc/oeigwg-ocean-rights" ;
    skos:prefLabel "Open-ended intergovernmental working group on ocean rights"@en ;
    skos:altLabel "open-ended intergovernmental working group on ocean rights"@en ;
    mg:shortName "working group" ; mg:symbolPrefix "A/HRC/WG.19" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/hrc> .
"""

LETTER_HEAD = (
    "United Nations\tS/2033/50\nSecurity Council\tDistr.: General\n14 March 2033\nOriginal: English\n\n"
    "Letter dated 12 March 2033 from the Chair of the Security Council Committee established pursuant to "
    "resolution 2750 (2030) concerning coastal shipping addressed to the President of the Security Council\n\n"
)
NOTE_HEAD = (
    "United Nations\n\nA/HRC/WG.19/9/2\n\nGeneral Assembly\n\nDistr.: General\n4 August 2033\nOriginal: English\n\n"
    "Human Rights Council\nOpen-ended intergovernmental working group on\nocean rights\nNinth session\n"
    "Geneva, 20–24 October 2033\n\nThe mandate of the open-ended intergovernmental\nworking group\n"
    "Note by the Secretariat\n\n"
)
MISSION = BodyRef("coastal-mission")
WORKING_GROUP = BodyRef("hrc/oeigwg-ocean-rights")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(head: str, paragraphs: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(head + paragraphs, source_key="doc", registry=registry).facts}


def _sc(year: str, number: str) -> InstrumentRef:
    return InstrumentRef("security-council", "resolution", year, number)


def _hrc(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("hrc", "resolution", session, number)


def _sc_meeting(n: int) -> GatheringRef:
    return GatheringRef("security-council", "meeting", n)


def _hrc_session(n: int) -> GatheringRef:
    return GatheringRef("hrc", "session", n)


def _day(y: int, m: int, d: int) -> DateRange:
    return DateRange(dt.date(y, m, d), dt.date(y, m, d))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee also took into account the report of the Secretary-General on the Mission (S/2033/40), submitted "
        "pursuant to paragraph 4 of resolution 2801 (2032), which the Council considered at its 10701st meeting, on 3 March 2033.",
        "The report of the Secretary-General on the Mission (S/2033/40), which the Security Council took up at its 10701st "
        "meeting, held on 3 March 2033, is annexed.",
        "The Committee also drew on the report (S/2033/40), which the Council examined during its 10701st meeting, on 3 March 2033.",
    ],
)
def test_a_paper_the_council_considered_at_its_numbered_meeting(sentence: str, registry: BodyRegistry) -> None:
    facts = _facts(LETTER_HEAD, sentence + "\n", registry)
    report, meeting = DocumentRef(symbols=("S/2033/40",)), _sc_meeting(10701)
    assert (report, "submittedTo", meeting) in facts
    assert (meeting, "meetingOf", BodyRef("security-council")) in facts
    assert (meeting, "heldOn", _day(2033, 3, 3)) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "A draft resolution by which the Council would have established a coastal monitoring mechanism (S/2033/12) failed "
        "of adoption at the 10690th meeting of the Council, on 1 February 2033; the Panel's views are therefore addressed to the Committee.",
        "A draft resolution (S/2033/12) was not adopted at the 10690th meeting of the Council, on 1 February 2033.",
        "A draft resolution (S/2033/12) was put to the vote at the 10690th meeting of the Council, on 1 February 2033, and lost.",
    ],
)
def test_a_draft_that_failed_was_before_the_meeting(sentence: str, registry: BodyRegistry) -> None:
    facts = _facts(LETTER_HEAD, sentence + "\n", registry)
    assert (DocumentRef(symbols=("S/2033/12",)), "submittedTo", _sc_meeting(10690)) in facts
    assert (_sc_meeting(10690), "heldOn", _day(2033, 2, 1)) in facts
    assert not [f for f in facts if f[1] == "adoptedAt"]


def test_a_draft_discussed_and_withdrawn_went_to_no_meeting(registry: BodyRegistry) -> None:
    facts = _facts(LETTER_HEAD, "A draft resolution (S/2033/12), which the Council discussed informally, was withdrawn.\n", registry)
    assert not [f for f in facts if f[1] == "submittedTo" and f[0] == DocumentRef(symbols=("S/2033/12",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United Nations Coastal Observation Mission (UNCOM), whose establishment the Council decided in resolution "
        "2790 (2031) of 16 September 2031, works closely with the Panel.",
        "The United Nations Coastal Observation Mission, whose creation the Security Council decided upon by its resolution "
        "2790 (2031), works closely with the Panel.",
    ],
)
def test_whose_establishment_the_council_decided_in(sentence: str, registry: BodyRegistry) -> None:
    assert (_sc("2031", "2790"), "establishes", MISSION) in _facts(LETTER_HEAD, sentence + "\n", registry)


def test_a_creation_discussed_creates_nothing(registry: BodyRegistry) -> None:
    facts = _facts(
        LETTER_HEAD,
        "The United Nations Coastal Observation Mission, whose creation was discussed by the Council in resolution 2790 (2031), "
        "works closely with the Panel.\n",
        registry,
    )
    assert (_sc("2031", "2790"), "establishes", MISSION) not in facts


@pytest.mark.parametrize("verb", ["decided on the creation of", "decided upon the setting up of", "resolved to create"])
def test_the_council_decided_on_the_creation_of_the_working_group(verb: str, registry: BodyRegistry) -> None:
    facts = _facts(
        NOTE_HEAD,
        "1. The working group is a creation of Human Rights Council resolution 40/3 of 26 June 2019, which the Council "
        f"adopted at its fortieth session. By that resolution the Council {verb} an open-ended intergovernmental working "
        "group whose mandate would be to elaborate an instrument on ocean rights.\n"
        "2. The Council adopted, at the same session, resolution 40/12, in which it extended another mandate, and resolution "
        "41/12 is of the next session.\n",
        registry,
    )
    assert (_hrc("40", "3"), "establishes", WORKING_GROUP) in facts
    assert (_hrc("40", "12"), "adoptedAt", _hrc_session(40)) in facts


def test_a_resolution_of_another_session_is_not_adopted_at_the_same_session(registry: BodyRegistry) -> None:
    facts = _facts(
        NOTE_HEAD,
        "1. The Council held its fortieth session in June 2019. The Council adopted, at the same session, resolution 41/12, "
        "in which it extended the mandate.\n",
        registry,
    )
    assert (_hrc("41", "12"), "adoptedAt", _hrc_session(40)) not in facts


@pytest.mark.parametrize(
    ("opening", "adopted"),
    [
        ("At its forty-third session, by resolution 43/5,", True),
        ("During its forty-third session, through its resolution 43/5,", True),
        ("At its forty-third session, in resolution 42/5,", False),
    ],
)
def test_at_its_session_by_resolution(opening: str, adopted: bool, registry: BodyRegistry) -> None:
    facts = _facts(NOTE_HEAD, f"6. {opening} the Council asked the Secretary-General to report on ocean rights.\n", registry)
    number = opening.split("resolution ")[1].rstrip(",")
    assert ((_hrc(*number.split("/")), "adoptedAt", _hrc_session(43)) in facts) is adopted


@pytest.mark.parametrize(
    ("created", "kept"),
    [
        (
            "instituted an intersessional group of legal experts to assist the Chair-Rapporteur in preparing the revised draft",
            "the inter-sessional group of legal experts should remain in being as a permanent feature of the working group's methods of work",
        ),
        (
            "decided on the setting up of a group of technical experts to advise the working group",
            "the group of technical experts should remain in existence as a standing body",
        ),
    ],
)
def test_a_group_of_experts_instituted_then_made_permanent(created: str, kept: str, registry: BodyRegistry) -> None:
    facts = _facts(
        NOTE_HEAD,
        f"3. In its resolution 44/1 of 12 July 2030, the Council, having recalled its resolution 40/3, {created}, and "
        "requested the working group to hold consultations.\n"
        f"4. At its forty-sixth session, by resolution 46/2, the Council resolved that {kept}, and called on the High "
        "Commissioner to report to it.\n",
        registry,
    )
    born = {o.key for s, rel, o in facts if s == _hrc("44", "1") and rel == "establishes" and isinstance(o, BodyRef)}
    assert len(born) == 1 and "experts" in next(iter(born))
    assert (_hrc("46", "2"), "makesConstantElement", BodyRef(next(iter(born)))) in facts
    assert (_hrc("44", "1"), "requests", WORKING_GROUP) in facts
    assert (_hrc("46", "2"), "adoptedAt", _hrc_session(46)) in facts


def test_a_group_of_the_experts_choice_is_no_body(registry: BodyRegistry) -> None:
    facts = _facts(NOTE_HEAD, "3. By its resolution 44/1, the Council created a group of the experts' choice.\n", registry)
    assert not [f for f in facts if f[1] == "establishes"]


@pytest.mark.parametrize(
    "clauses",
    [
        "reaffirmed resolution 40/3, took note with appreciation of the report on the eighth session, and requested",
        "reaffirmed resolution 40/3 and requested",
        "recalled resolution 40/3, welcomed the progress made, and further requested",
    ],
)
def test_a_request_after_a_citation_in_the_clause(clauses: str, registry: BodyRegistry) -> None:
    facts = _facts(
        NOTE_HEAD,
        f"8. Most recently, the Council adopted resolution 47/1 on 7 April 2033, in which it {clauses} the working group "
        "to submit the third revised draft to the Council at its fiftieth session.\n",
        registry,
    )
    assert (_hrc("47", "1"), "requests", WORKING_GROUP) in facts
    assert (_hrc("40", "3"), "requests", WORKING_GROUP) not in facts


def test_a_proposal_to_establish_set_off_after_a_resolution_creates_nothing(registry: BodyRegistry) -> None:
    facts = _facts(
        NOTE_HEAD,
        "8. A proposal, made during the negotiations on resolution 47/1, to establish an advisory panel of eminent jurists "
        "for the working group was not retained in the text as adopted. A suggestion, put forward during the debate on "
        "resolution 47/1, to establish a task force on data was rejected.\n",
        registry,
    )
    assert not [f for f in facts if f[1] == "establishes"]
