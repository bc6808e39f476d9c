"""Which instrument acts: an instrument named after "established", "respectively", "in the
same resolution" inside a sentence, and the meeting that adopted the recommendations endorsed."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.support.extraction import cop_report

BASE = "https://w3id.org/mandate-graph/id/"
COP = "cop-untoc"
WG_FA = "cop-untoc/wg-firearms"
WG_IC = "cop-untoc/wg-international-cooperation"
IRM = "cop-untoc/implementation-review-mechanism"
NOTE = (
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n3 March 2033\n\nNote by the Secretariat\n\n"
)
REPORT = cop_report("16/3", "Cooperation")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def res(session: int, number: int) -> InstrumentRef:
    return InstrumentRef(COP, "resolution", str(session), str(number))


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[object, object]]:
    e = extract(text, source_key="test", registry=registry)
    return {(f.subject, f.object) for f in e.facts if f.relation == relation}


@pytest.mark.parametrize(
    "sentence",
    [
        "4. The Working Group on Firearms was established by the Conference in its resolution 14/4 to advise it.",
        "4. The Working Group on Firearms was established pursuant to resolution 14/4.",
        "4. The Working Group on Firearms, established in accordance with resolution 14/4, met twice.",
        # a participle without a comma: "under", "pursuant to", "in accordance with" follow no active verb
        "4. The secretariat supported the Working Group on Firearms established pursuant to resolution 14/4.",
        "4. The secretariat supported the work of the Working Group on Firearms established under resolution 14/4.",
    ],
)
def test_established_by_an_instrument_named_after_the_verb(sentence: str, registry: BodyRegistry) -> None:
    assert facts(NOTE + sentence + "\n", registry, "establishes") == {(res(14, 4), BodyRef(WG_FA))}


def test_the_conference_establishing_is_no_body_established(registry: BodyRegistry) -> None:
    found = facts(NOTE + "4. The Conference established in its resolution 14/4 a review process.\n", registry, "establishes")
    assert (res(14, 4), BodyRef(COP)) not in found


def test_respectively_pairs_verbs_and_instruments(registry: BodyRegistry) -> None:
    text = REPORT + (
        "Recalling its resolutions 12/1 and 13/1, by which it established and launched, respectively, "
        "the Implementation Review Mechanism,\n\n1. Requests the secretariat to report;\n"
    )
    assert facts(text, registry, "establishes") == {(res(12, 1), BodyRef(IRM))}


def test_the_same_resolution_inside_a_sentence(registry: BodyRegistry) -> None:
    text = REPORT + (
        "Recalling its resolution 14/6, and noting that in the same resolution it endorsed the recommendations "
        "adopted by the Working Group on International Cooperation at its twentieth meeting,\n\n"
        "1. Requests the secretariat to report;\n"
    )
    assert (res(14, 6), GatheringRef(WG_IC, "meeting", 20)) in facts(text, registry, "endorses")


def test_the_meeting_that_adopted_the_recommendations_is_endorsed(registry: BodyRegistry) -> None:
    text = REPORT + (
        "1. Endorses the recommendations discussed by the Working Group on Firearms at its eighth meeting "
        "and adopted at its ninth meeting;\n"
    )
    assert facts(text, registry, "endorses") == {(res(16, 3), GatheringRef(WG_FA, "meeting", 9))}


@pytest.mark.parametrize(
    "next_clause",
    [
        ", and requests the Working Group to devote its tenth meeting to ammunition;",
        ", and also encourages the Working Group to hold its tenth meeting in Vienna;",
        ", and invites the Working Group to devote its tenth meeting to ammunition;",
    ],
)
def test_the_meetings_of_a_mandate_that_follows_an_endorsement_are_not_endorsed(
    next_clause: str, registry: BodyRegistry
) -> None:
    text = REPORT + (
        "1. Endorses the recommendations adopted by the Working Group on Firearms at its ninth meeting, held in "
        f"Vienna on 3 and 4 May 2033{next_clause}\n"
    )
    assert facts(text, registry, "endorses") == {(res(16, 3), GatheringRef(WG_FA, "meeting", 9))}


def test_a_standing_body_is_a_constant_element(registry: BodyRegistry) -> None:
    text = NOTE + (
        "4. Subsequently, by its resolution 9/2, the Conference decided that the Working Group on Firearms "
        "should continue its work as a standing body of the Conference.\n"
    )
    assert facts(text, registry, "makesConstantElement") == {(res(9, 2), BodyRef(WG_FA))}


@pytest.mark.parametrize(
    "sentence, acting",
    [
        ("In the latter resolution, the Conference requested the Working Group on Firearms to meet.", res(14, 2)),
        ("By the above-mentioned resolution, the Conference requested the Working Group on Firearms to meet.", res(14, 2)),
        ("In the former resolution, the Conference requested the Working Group on Firearms to meet.", res(13, 1)),
    ],
)
def test_back_references_to_an_instrument(sentence: str, acting: InstrumentRef, registry: BodyRegistry) -> None:
    text = NOTE + f"4. The Conference adopted resolutions 13/1 and 14/2 in 2030. {sentence}\n"
    assert facts(text, registry, "requests") == {(acting, BodyRef(WG_FA))}


def test_it_is_the_body_the_sentence_before_opened_with(registry: BodyRegistry) -> None:
    text = NOTE + (
        "4. The Working Group on Firearms was established pursuant to resolution 12/3. "
        "By resolution 13/5, it became a constant element of the Conference.\n"
    )
    assert facts(text, registry, "makesConstantElement") == {(res(13, 5), BodyRef(WG_FA))}
    # "it" with no body opening the sentence before stands for nothing.
    text = NOTE + "4. Many reports were issued. By resolution 13/5, it became a constant element of the Conference.\n"
    assert facts(text, registry, "makesConstantElement") == set()


def test_the_same_resolution_is_the_one_the_sentence_before_was_about(registry: BodyRegistry) -> None:
    text = NOTE + (
        "4. In its resolution 14/2, the Conference, recalling the declaration adopted by the General Assembly "
        "(resolution S-30/1, annex), requested the Working Group on Firearms to meet. In the same resolution, "
        "the Conference requested the secretariat to assist.\n"
    )
    found = facts(text, registry, "requests")
    assert (res(14, 2), BodyRef("unodc/secretariat")) in found
    assert not any(s.issuer == "ga" for s, _ in found)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "sentence, relation",
    [
        ("4. The United Nations Office on Drugs and Crime was requested, in resolution 13/4, to continue its work.", "requests"),
        ("4. States parties were urged by the Conference in its resolution 13/4 to cooperate.", "encourages"),
    ],
)
def test_a_passive_mandate_whose_instrument_follows(sentence: str, relation: str, registry: BodyRegistry) -> None:
    found = facts(NOTE + sentence + "\n", registry, relation)
    assert len(found) == 1 and next(iter(found))[0] == res(13, 4)


def test_a_body_named_in_capitals_before_established_under_an_instrument(registry: BodyRegistry) -> None:
    text = NOTE + "4. The secretariat supported the Intergovernmental Negotiating Body on Firearms Trafficking established under resolution 14/4.\n"
    e = extract(text, source_key="test", registry=registry)
    [body] = e.bodies
    assert body.name == "Intergovernmental Negotiating Body on Firearms Trafficking"
    assert {(f.subject, f.object) for f in e.facts if f.relation == "establishes"} == {(res(14, 4), BodyRef(body.key))}


def test_an_active_verb_with_its_object_establishes_no_body_named_before_it(registry: BodyRegistry) -> None:
    text = NOTE + "4. The Working Group on Firearms noted that the Conference established in its resolution 14/4 a review process.\n"
    assert (res(14, 4), BodyRef(WG_FA)) not in facts(text, registry, "establishes")
