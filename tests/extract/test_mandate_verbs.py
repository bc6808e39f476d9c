"""Mandate verbs and collective addressees, on sentences written for the purpose: active,
passive and recommendation forms, other bodies, other verbs, clauses moved around."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules import mandate_verbs
from tests.support.extraction import COP_NOTE, cop_report

BASE = "https://w3id.org/mandate-graph/id/"
COP = "cop-untoc"
PARTIES = BodyRef("states-parties")
UNODC = BodyRef("unodc")
SECRETARIAT = BodyRef("unodc/secretariat")
GENERAL = Path(__file__).resolve().parents[2] / "ontology" / "reference" / "optional" / "general-addressees.ttl"
REPORT = cop_report("16/2", "Ports and borders")
NOTE = COP_NOTE


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def res(session: int, number: int) -> InstrumentRef:
    return InstrumentRef(COP, "resolution", str(session), str(number))


def mandates(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    e = extract(text, source_key="test", registry=registry)
    return {(f.subject, f.relation, f.object) for f in e.facts if f.relation in ("requests", "encourages", "invites")}


@pytest.mark.parametrize(
    "verb, relation, present",
    [
        ("Calls upon", "requests", True),
        ("called on", "requests", False),
        ("asks", "requests", True),
        ("Directs", "requests", True),
        ("INSTRUCTS", "requests", True),
        ("Instructs", "requests", True),
        ("urged", "encourages", False),
        ("Urges", "encourages", True),
        ("invites", "invites", True),
        ("Decides to establish", "establishes", True),
        ("Reiterates its invitation to", "invites", True),
        ("reiterated its request to", "requests", False),
        ("Renews its call upon", "requests", True),
    ],
)
def test_verbs_and_their_relations(verb: str, relation: str, present: bool) -> None:
    assert mandate_verbs.relation_of(verb) == relation
    assert mandate_verbs.is_present(verb) is present
    assert mandate_verbs.MANDATE_VERB.search(verb.lower())


def test_passive_auxiliary_and_recommendations() -> None:
    assert mandate_verbs.passive_auxiliary("States parties are also ") == "are"
    assert mandate_verbs.passive_auxiliary("the Office was ") == "was"
    assert mandate_verbs.passive_auxiliary("the Conference ") is None
    text = "The Secretariat should continue to compile laws."
    found = mandate_verbs.recommendations(text)
    assert [text[:f.subject_end] for f in found] == ["The Secretariat"]
    assert [text[f.task_start :] for f in found] == ["compile laws."]
    assert mandate_verbs.recommendations("No recommendation here.") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("1. Calls upon States parties to review their laws;", (res(16, 2), "requests", PARTIES)),
        ("1. Urges States Parties, consistent with their obligations, to act;", (res(16, 2), "encourages", PARTIES)),
        ("1. Invites all States parties to designate experts;", (res(16, 2), "invites", PARTIES)),
        ("1. Asks the secretariat to prepare a study;", (res(16, 2), "requests", SECRETARIAT)),
        ("1. Encourages States parties to the Convention to share data;", (res(16, 2), "encourages", PARTIES)),
        ("1. Reiterates its invitation to the United Nations Office on Drugs and Crime to assist;", (res(16, 2), "invites", UNODC)),
        ("1. Renews its call upon States parties to ratify the Protocol;", (res(16, 2), "requests", PARTIES)),
    ],
)
def test_operative_verbs_reach_collective_addressees(sentence: str, expected, registry: BodyRegistry) -> None:
    assert expected in mandates(REPORT + sentence + "\n", registry)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("3. In its resolution 12/7, the Conference called upon States parties to act.", (res(12, 7), "requests", PARTIES)),
        ("3. In resolution 9/4, the Conference urged States parties to cooperate.", (res(9, 4), "encourages", PARTIES)),
        ("3. By its resolution 13/2, the Conference asked UNODC to assist.", (res(13, 2), "requests", UNODC)),
        ("3. In its resolution 14/1, States parties were encouraged to report.", (res(14, 1), "encourages", PARTIES)),
        (
            "3. In its resolution 14/3, the United Nations Office on Drugs and Crime was called upon to help.",
            (res(14, 3), "requests", UNODC),
        ),
    ],
)
def test_reported_mandates_in_active_and_passive(sentence: str, expected, registry: BodyRegistry) -> None:
    assert expected in mandates(NOTE + sentence + "\n", registry)


def test_member_states_are_no_addressee_unless_the_optional_file_is_loaded(registry: BodyRegistry) -> None:
    text = REPORT + "1. Invites Member States and relevant international and regional organizations to contribute;\n"
    assert mandates(text, registry) == set()
    wider = load_registry(BASE, [GENERAL])
    assert mandates(text, wider) == {
        (res(16, 2), "invites", BodyRef("member-states")),
        (res(16, 2), "invites", BodyRef("international-and-regional-organizations")),
    }


ANNEXED = (
    "1. Endorses the recommendations adopted by the Working Group on Firearms at its tenth meeting, "
    "which are set out in the annex to the present resolution;\n\n"
    "Annex\n\n"
    "(a) States parties are further encouraged to exchange good practices;\n\n"
    "(b) The United Nations Office on Drugs and Crime (UNODC) should continue to compile legislation;\n\n"
    "(c) In accordance with its mandate, the secretariat should develop a matrix of issues;\n\n"
    "(d) Member States are encouraged to exchange data;\n"
)


def test_recommendations_annexed_and_endorsed_are_the_instruments(registry: BodyRegistry) -> None:
    found = mandates(REPORT + ANNEXED, registry)
    assert found == {
        (res(16, 2), "encourages", PARTIES),
        (res(16, 2), "requests", UNODC),
        (res(16, 2), "requests", SECRETARIAT),
    }


def test_recommendations_not_annexed_to_the_instrument_are_nobodys(registry: BodyRegistry) -> None:
    # The endorsement does not say the recommendations are set out in the instrument's annex.
    text = REPORT + ANNEXED.replace(", which are set out in the annex to the present resolution", "")
    assert mandates(text, registry) == set()
    # Nor does a note's own "should": it speaks of no instrument.
    assert mandates(NOTE + "4. The secretariat should continue to compile legislation.\n", registry) == set()


@pytest.mark.parametrize("verb", ["requests", "calls upon", "called on", "asks", "directs", "urged", "decides to establish"])
def test_every_verb_passes_the_quick_test(verb: str) -> None:
    text = f"First sentence. The Conference {verb} the secretariat. Last sentence."
    index = mandate_verbs.VerbIndex(text)
    start = text.index("The")
    sentence = text[start : text.index("Last")].lower()
    assert index.may_name_a_mandate(sentence, start)
    assert not index.may_name_a_mandate("last sentence.", text.index("Last"))
    # Text whose lower case is longer ("İ") is scanned sentence by sentence.
    assert mandate_verbs.VerbIndex("İ" + text).may_name_a_mandate(sentence, start + 1)


def test_a_task_ends_where_the_next_mandate_begins(registry: BodyRegistry) -> None:
    text = NOTE + "3. In its resolution 12/7, the Conference requested the secretariat to prepare a study and invited States parties to share data.\n"
    e = extract(text, source_key="test", registry=registry)
    tasks = {(f.relation, f.object): f.task for f in e.facts if f.relation in ("requests", "invites")}
    assert tasks == {("requests", SECRETARIAT): "to prepare a study", ("invites", PARTIES): "to share data"}


@pytest.mark.parametrize("verb", ["INSTRUCTS", "Instructs"])
def test_instructs_is_a_request(verb: str, registry: BodyRegistry) -> None:
    text = REPORT + f"1. {verb} the secretariat to prepare a study on ports.\n"
    assert (res(16, 2), "requests", SECRETARIAT) in mandates(text, registry)


def test_instructed_in_a_narrative_is_no_request(registry: BodyRegistry) -> None:
    """"as instructed": past, a report of what was done, never read as a mandate of this text."""
    text = REPORT + "1. Notes that the secretariat, as instructed, prepared a study on ports;\n"
    assert (res(16, 2), "requests", SECRETARIAT) not in mandates(text, registry)
