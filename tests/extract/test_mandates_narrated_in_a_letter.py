"""What an organ did, told in the past tense by a letter or a report (E136, from the spent u155
and u159). Invented bodies, numbers, dates and wording:

- "pursuant to paragraph 7 of resolution 86/45, I have the honour to transmit herewith the outcome
  document of ...": the letter is the outcome document's cover, made under that mandate;
- "the Ocean Data Coordination Office, which the Assembly created by resolution 71/12", "set up
  under", "instituted through its resolution": the body before ", which" was established;
- "the Assembly formed a working group of the Committee on coastal erosion and asked it to report
  to the Committee": "formed" / "instituted" as "established"; "it" is the new group, which later
  sentences name "the working group on coastal erosion" (the body it hangs under left out);
- "Resolution 85/9, adopted ..., extended the mandate of X ... and requested the Committee and the
  Office to ...": a mandate verb coordinated with the instrument's first verb, whatever it is;
- "The resolution further encouraged X to ... with Y, which it also called upon to ...": the kind
  word alone in the past, and a relative clause whose "it" is who spoke before;
- "..., and the working group on coastal erosion was to continue as a permanent working group":
  the subject of the clause, not the bodies of the clause before;
- "by which the Assembly constituted it and charged it with examining ...", "an Ad Hoc Committee
  ..., set up two years earlier by resolution 28/88": "charged ... with" as "tasked ... with",
  when it was done between the participle and the instrument.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/committee-on-ocean-data> a mg:Body ; mg:key "ga/committee-on-ocean-data" ;
    skos:prefLabel "Committee on Ocean Data"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "A/AC.993" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/ga> .
<body/ga/ocean-data-office> a mg:Body ; mg:key "ga/ocean-data-office" ;
    skos:prefLabel "Ocean Data Coordination Office"@en ; mg:shortName "Coordination Office" ;
    org:subOrganizationOf <body/ga/committee-on-ocean-data> .
<body/coastal-agency> a mg:Body ; mg:key "coastal-agency" ;
    skos:prefLabel "United Nations Agency for Coastal Affairs"@en ; skos:altLabel "Agency for Coastal Affairs"@en .
<body/ga/ad-hoc-committee-ocean-charts> a mg:Body ; mg:key "ga/ad-hoc-committee-ocean-charts" ;
    skos:prefLabel "Ad Hoc Committee on Ocean Charts"@en ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/ga> .
"""

HEAD = (
    "United Nations\tA/86/901\nGeneral Assembly\tDistr.: General\n14 March 2032\nOriginal: English\n\n"
    "Letter dated 10 March 2032 from the Chair of the Committee on Ocean Data addressed to the President of "
    "the General Assembly\n\n"
)
COMMITTEE = BodyRef("ga/committee-on-ocean-data")
OFFICE = BodyRef("ga/ocean-data-office")
AGENCY = BodyRef("coastal-agency")
AD_HOC = BodyRef("ga/ad-hoc-committee-ocean-charts")
LETTER = DocumentRef(symbols=("A/86/901",))


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(paragraphs: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(HEAD + paragraphs, source_key="letter", registry=registry).facts}


def _ga(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("ga", "resolution", session, number)


def _born(facts: set[tuple[object, str, object]], relation: str, instrument: InstrumentRef) -> set[str]:
    """The keys of the bodies born in the text that ``instrument`` gives ``relation`` to."""
    return {o.key for s, rel, o in facts if s == instrument and rel == relation and isinstance(o, BodyRef) and "coastal-erosion" in o.key}


@pytest.mark.parametrize(
    "formula",
    [
        "Pursuant to paragraph 7 of resolution 86/45, I have the honour to transmit herewith the outcome document of the "
        "expert meeting on ocean data, held in Lisbon on 2 and 3 March 2032 (see annex).",
        "On behalf of the Committee, and in accordance with paragraph 7 of resolution 86/45, I have the honour to "
        "transmit herewith the declaration adopted by the Committee at its fifth session (see annex).",
        "On behalf of the Committee on Ocean Data, and pursuant to resolution 86/45, I have the honour to transmit "
        "the final document of the expert meeting (see annex).",
    ],
)
def test_a_letter_transmitting_an_outcome_is_made_under_its_mandate(registry: BodyRegistry, formula: str) -> None:
    assert (LETTER, "pursuantTo", _ga("86", "45")) in _facts(formula + "\n", registry)


@pytest.mark.parametrize(
    "told",
    [
        "The Committee is supported by the Ocean Data Coordination Office, which the Assembly created by resolution 71/12 "
        "of 3 May 2016.",
        "The Committee is supported by the Ocean Data Coordination Office, which the General Assembly set up under "
        "resolution 71/12.",
        "The Committee is supported by the Ocean Data Coordination Office, which the General Assembly instituted through "
        "its resolution 71/12.",
    ],
)
def test_which_the_issuer_created_by_an_instrument(registry: BodyRegistry, told: str) -> None:
    assert (_ga("71", "12"), "establishes", OFFICE) in _facts(told + "\n", registry)


def test_which_the_issuer_thanked_establishes_nothing(registry: BodyRegistry) -> None:
    facts = _facts(
        "The Committee is supported by the Ocean Data Coordination Office, which the Assembly thanked in resolution "
        "71/12 for its work.\n", registry,
    )
    assert not any(rel == "establishes" for _, rel, _ in facts)


@pytest.mark.parametrize(
    "told",
    [
        "By resolution 84/7 of 10 December 2029, the Assembly formed a working group of the Committee on coastal erosion "
        "and asked it to report to the Committee once a year.",
        "By resolution 84/7, the General Assembly instituted an expert group of the Committee on coastal erosion and "
        "tasked it with reporting to the Committee once a year.",
        "In resolution 84/7, the Assembly set up a task force of the Committee on coastal erosion and entrusted it with "
        "preparing a study for the Committee.",
    ],
)
def test_a_group_formed_and_asked_in_the_same_breath(registry: BodyRegistry, told: str) -> None:
    facts = _facts(told + "\n", registry)
    created = _born(facts, "establishes", _ga("84", "7"))
    assert len(created) == 1
    assert _born(facts, "requests", _ga("84", "7")) == created
    # "it" is the new group, not the Committee it reports to
    assert (_ga("84", "7"), "requests", COMMITTEE) not in facts


def test_the_group_named_again_without_the_body_it_hangs_under(registry: BodyRegistry) -> None:
    facts = _facts(
        "By resolution 84/7, the Assembly formed a working group of the Committee on coastal erosion.\n\n"
        "By resolution 85/9, the Secretary-General was requested to ensure that the Coordination Office has the "
        "resources it needs, and the working group on coastal erosion was to continue as a permanent working group of "
        "the Committee.\n", registry,
    )
    assert (_ga("85", "9"), "requests", BodyRef("secretary-general")) in facts
    assert _born(facts, "makesConstantElement", _ga("85", "9")) == _born(facts, "establishes", _ga("84", "7"))
    assert (_ga("85", "9"), "makesConstantElement", OFFICE) not in facts


@pytest.mark.parametrize(
    ("told", "relation"),
    [
        (
            "Resolution 85/9, adopted by the Assembly at its 60th plenary meeting, on 4 December 2030, extended the "
            "mandate of the Ocean Data Coordination Office until 2033 and requested the Committee and the Coordination "
            "Office to hold a joint meeting before 2032.", "requests",
        ),
        (
            "Resolution 85/9 extended the mandate of the Ocean Data Coordination Office until 2033, and urged the "
            "Committee and the Coordination Office to hold a joint meeting.", "encourages",
        ),
    ],
)
def test_a_mandate_verb_coordinated_with_another_past_verb(registry: BodyRegistry, told: str, relation: str) -> None:
    facts = _facts(told + "\n", registry)
    assert (_ga("85", "9"), relation, COMMITTEE) in facts
    assert (_ga("85", "9"), relation, OFFICE) in facts


def test_a_clause_with_its_own_subject_is_not_the_instruments(registry: BodyRegistry) -> None:
    facts = _facts(
        "Resolution 85/9 extended the mandate of the Ocean Data Coordination Office, and the Committee requested the "
        "Agency for Coastal Affairs to hold a joint meeting.\n", registry,
    )
    assert (_ga("85", "9"), "requests", AGENCY) not in facts


@pytest.mark.parametrize(
    ("told", "first", "second"),
    [
        (
            "The resolution further encouraged the Coordination Office to deepen its cooperation with the United "
            "Nations Agency for Coastal Affairs, which it also called upon to support the joint meeting.",
            "encourages", "requests",
        ),
        (
            "The resolution also invited the Coordination Office to deepen its cooperation with the Agency for Coastal "
            "Affairs, which it further urged to support the joint meeting.", "invites", "encourages",
        ),
        (
            "In resolution 85/9, the Assembly requested the Coordination Office to deepen its cooperation with the "
            "Agency for Coastal Affairs, which it also invited to support the joint meeting.", "requests", "invites",
        ),
    ],
)
def test_the_resolution_alone_and_which_it_also(registry: BodyRegistry, told: str, first: str, second: str) -> None:
    facts = _facts("Resolution 85/9 requested the Committee to meet twice. " + told + "\n", registry)
    assert (_ga("85", "9"), first, OFFICE) in facts
    assert (_ga("85", "9"), second, AGENCY) in facts


def test_which_it_invited_with_no_instrument_speaking_is_nothing(registry: BodyRegistry) -> None:
    facts = _facts(
        "The Committee welcomed the cooperation of the Coordination Office with the Agency for Coastal Affairs, which "
        "it also invited to attend its next session.\n", registry,
    )
    assert not any(o == AGENCY and rel in ("invites", "requests", "encourages") for _, rel, o in facts)


@pytest.mark.parametrize(
    "told",
    [
        "The Committee on Ocean Data owes its existence to resolution 30/99 of 15 December 1975, by which the Assembly "
        "constituted it and charged it with examining proposals on ocean data.",
        "The Committee on Ocean Data was established by resolution 30/99, by which the Assembly also entrusted it with "
        "examining proposals on ocean data.",
    ],
)
def test_charged_it_with(registry: BodyRegistry, told: str) -> None:
    facts = _facts(told + "\n", registry)
    assert (_ga("30", "99"), "establishes", COMMITTEE) in facts
    assert (_ga("30", "99"), "requests", COMMITTEE) in facts


def test_charged_with_and_no_object_is_no_mandate(registry: BodyRegistry) -> None:
    facts = _facts("The Committee on Ocean Data owes its existence to resolution 30/99. Its Chair was charged with fraud in 1980.\n", registry)
    assert (_ga("30", "99"), "requests", COMMITTEE) not in facts


@pytest.mark.parametrize(
    "when",
    ["created the year before by", "set up two years earlier by", "established in 1973 under", "created originally by"],
)
def test_when_between_the_participle_and_the_instrument(registry: BodyRegistry, when: str) -> None:
    facts = _facts(
        f"The Committee on Ocean Data succeeded the Ad Hoc Committee on Ocean Charts, {when} resolution 28/88 of 17 "
        "December 1973, whose single session did not result in agreed recommendations.\n", registry,
    )
    assert (_ga("28", "88"), "establishes", AD_HOC) in facts
