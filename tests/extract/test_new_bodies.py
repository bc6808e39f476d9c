"""Bodies born in the text: minted under their issuer with the name as written, and their later
mentions resolved to them before any older body of the same kind."""

from __future__ import annotations

import pytest

from mandate_graph.graph.identifiers import Identifiers, born_body_key
from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.namespaces import MG, ORG, SKOS
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.emit import Emitter
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.new_bodies import described_after, later_mentions
from mandate_graph.loaders.facts import Extraction

BASE = "https://w3id.org/mandate-graph/id/"
COP = "cop-untoc"
REPORT = (
    "United Nations CTOC/COP/2033/4\n\nDistr.: General 2 November 2033\n\n"
    "Report of the Conference of the Parties to the United Nations Convention against Transnational "
    "Organized Crime on its sixteenth session, held in Vienna from 3 to 7 October 2033\n\n"
    "I. Resolutions and decisions adopted by the Conference\n\n"
    "1. At its sixteenth session, the Conference adopted the following resolutions:\n\n"
    "Resolution 16/4\n\nMarine litter\n\n"
    "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
    "Recalling the work of the Working Group on Firearms,\n\n"
)
OWN = InstrumentRef(COP, "resolution", "16", "4")
EXPERTS = born_body_key(COP, "expert group on marine plastic litter")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def run(text: str, registry: BodyRegistry) -> tuple[Extraction, set[tuple[object, str, object]]]:
    e = extract(text, source_key="test", registry=registry)
    return e, {(f.subject, f.relation, f.object) for f in e.facts}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (" an ad hoc expert group on marine plastic litter to advise the Conference;", "ad hoc expert group on marine plastic litter", "expert group"),
        (", at its fifth session, an open-ended working group to study port security, and", "open-ended working group to study port security", "working group"),
        (" the Committee of Budget Experts, the membership of which", "Committee of Budget Experts", "committee"),
        (" an intergovernmental task force on Cybercrime to draft a convention.", "intergovernmental task force on Cybercrime", "task force"),
        (
            ", for a period of three years, the mandate of a Special Rapporteur on the rights of migrants at sea, with",
            "Special Rapporteur on the rights of migrants at sea",
            "special rapporteur",
        ),
        (" the mandate of an independent expert on debt relief;", "independent expert on debt relief", "independent expert"),
        # named after a place or a person, capitalised before the description
        (" the Belém expert group on capacity-building for adaptation planning, with", "Belém expert group on capacity-building for adaptation planning", "expert group"),
        (" the Santiago Network advisory group on loss and damage;", "Santiago Network advisory group on loss and damage", "advisory group"),
        # advisory and negotiating bodies
        (" an intergovernmental expert advisory group on the health workforce reserve, open to all",
         "intergovernmental expert advisory group on the health workforce reserve", "advisory group"),
        (" a consultative group of experts on ocean acidification;", "consultative group of experts on ocean acidification", "group of experts"),
        (" an intergovernmental negotiating committee to develop an instrument on plastic pollution;",
         "intergovernmental negotiating committee to develop an instrument on plastic pollution", "committee"),
        # the term after the name: "for an initial period of twelve months", "for a further term of"
        (" a Panel of Experts for an initial period of twelve months to assist the Committee;", "Panel of Experts", "panel"),
        (" a task force on port security for a further term of two years;", "task force on port security", "task force"),
        # "the right to ..." is a topic, not a purpose
        (" a special rapporteur on the right to food, and requests", "special rapporteur on the right to food", "special rapporteur"),
    ],
)
def test_what_an_establishing_verb_describes(text: str, name: str, kind: str) -> None:
    described = described_after(text, 0)
    assert described is not None and (described.name, described.kind) == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        " the Working Group", " the working group", " a report on the matter", " cooperation",
        " the said expert group on fisheries", " the advisory group", " the Belém expert group", " Working Group on Firearms",
    ],
)
def test_no_new_body_described(text: str) -> None:
    assert described_after(text, 0) is None


def test_a_body_described_with_the_and_known_by_that_name_is_the_known_one(registry: BodyRegistry) -> None:
    # "the working group on firearms" is described in full; the reference data knows it by that
    # name, so establishing it names the Working Group on Firearms and mints nothing.
    e, t = run(
        REPORT.replace("Recalling the work of the Working Group on Firearms,", "Recalling its resolution 9/8, by which it "
                       "established the working group on firearms,"),
        registry,
    )
    assert (InstrumentRef(COP, "resolution", "9", "8"), "establishes", BodyRef("cop-untoc/wg-firearms")) in t
    assert e.bodies == []


def test_a_later_mention_before_a_purpose_is_the_body() -> None:
    text = "The agenda will be before the expert group for adoption; the expert group for the review of ports is another."
    found = [m.written for m in later_mentions(text, "expert group", "expert group on marine plastic litter")]
    assert found == ["expert group"]


def test_later_mentions_leave_other_bodies_alone() -> None:
    text = "Requests the expert group and the Expert Group on Marine Plastic Litter, not the expert group on fisheries"
    found = [m.written for m in later_mentions(text, "expert group", "expert group on marine plastic litter")]
    assert found == ["expert group", "Expert Group on Marine Plastic Litter"]


def test_an_instrument_creates_a_body_and_tasks_it(registry: BodyRegistry) -> None:
    e, t = run(
        REPORT
        + "1. Decides to establish an ad hoc expert group on marine plastic litter to advise the Conference;\n\n"
        "2. Decides also that the expert group shall be a constant element of the Conference;\n\n"
        "3. Requests the Expert Group on Marine Plastic Litter to hold its first meeting before the seventeenth session;\n",
        registry,
    )
    born = BodyRef(EXPERTS)
    assert (OWN, "establishes", born) in t
    assert (OWN, "makesConstantElement", born) in t
    assert (OWN, "requests", born) in t
    assert (GatheringRef(EXPERTS, "meeting", 1), "meetingOf", born) in t
    # The Working Group on Firearms was named before: "the expert group" is not it, nor any other.
    assert not any(o == BodyRef("cop-untoc/wg-firearms") for _, r, o in t if r != "cites")
    [body] = e.bodies
    assert (body.key, body.name, body.parent) == (EXPERTS, "ad hoc expert group on marine plastic litter", COP)
    assert body.aliases == ("Expert Group on Marine Plastic Litter",)  # created, then renamed: one body


def test_the_new_body_comes_before_an_older_one_of_its_kind(registry: BodyRegistry) -> None:
    _, t = run(
        REPORT
        + "1. Decides to establish an open-ended working group to study port security;\n\n"
        "2. Requests the Working Group to report to the Conference;\n",
        registry,
    )
    born = BodyRef(born_body_key(COP, "working group to study port security"))
    assert (OWN, "requests", born) in t
    assert (OWN, "requests", BodyRef("cop-untoc/wg-firearms")) not in t


def test_reported_creations_by_other_issuers_and_by_name(registry: BodyRegistry) -> None:
    note = (
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
        "Distr.: General\n3 March 2033\n\nNote by the Secretariat\n\n"
        "4. In its decision 8/3, the Conference had decided to establish the Committee of Budget Experts, "
        "the membership of which would be open to all States parties.\n\n"
        "5. In its resolution 80/12, the General Assembly decided to establish an open-ended working group "
        "to draft a framework on space debris, including its financing.\n\n"
        "6. In its resolution 9/8, the Conference decided to establish an open-ended working group on firearms.\n"
    )
    e, t = run(note, registry)
    assert (InstrumentRef(COP, "decision", "8", "3"), "establishes", BodyRef(f"{COP}/committee-of-budget-experts")) in t
    ga_group = born_body_key("ga", "working group to draft a framework on space debris")
    assert (InstrumentRef(COP, "resolution", "80", "12"), "establishes", BodyRef(ga_group)) not in t
    assert (InstrumentRef("ga", "resolution", "80", "12"), "establishes", BodyRef(ga_group)) in t
    # A name the reference data knows is that body, not a new one.
    assert (InstrumentRef(COP, "resolution", "9", "8"), "establishes", BodyRef("cop-untoc/wg-firearms")) in t
    assert {b.key for b in e.bodies} == {f"{COP}/committee-of-budget-experts", ga_group}


def test_the_same_words_make_the_same_body_and_it_is_emitted_with_its_names(registry: BodyRegistry) -> None:
    text = REPORT + "1. Decides to establish an ad hoc expert group on marine plastic litter;\n"
    first, _ = run(text, registry)
    second, _ = run(text.replace("ad hoc", "open-ended"), registry)
    assert first.bodies[0].key == second.bodies[0].key == EXPERTS
    ids = Identifiers(BASE)
    triples = Emitter(ids, registry).triples(first, "test", "test.txt", "0" * 64)
    node = ids.body(EXPERTS)
    said = {(t.predicate.value, t.object.value) for t in triples if t.subject.value == node}
    assert (str(SKOS.prefLabel), "ad hoc expert group on marine plastic litter") in said
    assert (str(ORG.subOrganizationOf), ids.body(COP)) in said
    assert (str(MG.key), EXPERTS) in said  # a stable key, as reference bodies have (the SHACL shape asks it)


@pytest.mark.parametrize(
    "recalling, body",
    [
        ("Recalling its decision 3/4 of 1 May 2010, to establish an open-ended working group on firearms,", "cop-untoc/wg-firearms"),
        (
            'Recalling its decision 3/4, entitled "Ports", to establish, at its fourth session, an open-ended '
            "working group to study port security,",
            born_body_key(COP, "working group to study port security"),
        ),
    ],
)
def test_what_a_recalled_instrument_decided_to_establish(recalling: str, body: str, registry: BodyRegistry) -> None:
    text = REPORT.replace("Recalling the work of the Working Group on Firearms,\n\n", "") + recalling + "\n\n1. Requests the secretariat to report;\n"
    _, t = run(text, registry)
    assert {(s, o) for s, r, o in t if r == "establishes"} == {(InstrumentRef(COP, "decision", "3", "4"), BodyRef(body))}


def test_a_body_named_again_in_the_sentence_that_creates_it(registry: BodyRegistry) -> None:
    _, t = run(
        REPORT + "1. Decides to establish an ad hoc committee on the return of assets to advise the Conference, "
        "and decides that the committee shall be a standing body of the Conference;\n",
        registry,
    )
    committee = BodyRef(born_body_key(COP, "committee on the return of assets"))
    assert (OWN, "establishes", committee) in t and (OWN, "makesConstantElement", committee) in t


def test_a_body_described_before_was_established(registry: BodyRegistry) -> None:
    note = (
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
        "Distr.: General\n3 March 2033\n\nNote by the Secretariat\n\n"
        "4. Pursuant to resolution 9/6, an open-ended working group on asset forfeiture was established to advise the Conference.\n\n"
        "II. Other matters\n\n"
        "5. Pursuant to resolution 9/7, an open-ended working group was established to advise the Conference.\n"
    )
    e, t = run(note, registry)
    forfeiture = BodyRef(born_body_key(COP, "working group on asset forfeiture"))
    assert (InstrumentRef(COP, "resolution", "9", "6"), "establishes", forfeiture) in t
    # "an open-ended working group" and nothing more names no body to create.
    assert [b.key for b in e.bodies] == [forfeiture.key]


@pytest.mark.parametrize(
    ("sentence", "subject_is_known"),
    [
        ("The standing working group on improving the financial situation of the United Nations Office on "
         "Drugs and Crime was established by the Conference in its resolution 9/2.", False),
        ("An expert group for the evaluation of the programmes of the\nUnited Nations Office on Drugs and Crime "
         "was established pursuant to resolution 9/2.", False),
        ("The United Nations Office on Drugs and Crime was established by the Conference in its resolution 9/2.",
         True),
    ],
)
def test_a_known_body_ending_an_unknown_bodys_name_is_not_what_was_established(
    sentence: str, subject_is_known: bool, registry: BodyRegistry
) -> None:
    _, facts = run(REPORT + "1. Takes note that " + sentence[0].lower() + sentence[1:] + "\n", registry)
    established = {o for s, rel, o in facts if rel == "establishes"}
    assert ("unodc" in {getattr(o, "key", o) for o in established}) is subject_is_known


@pytest.mark.parametrize(
    ("establish", "post", "title"),
    [
        ("Decides to establish, for a period of three years, the mandate of a Special Rapporteur on port security, with the following mandate:",
         "special rapporteur on port security", "the Special Rapporteur"),
        ("Decides to establish, for an initial period of two years,\nthe mandate of an Independent Expert on marine litter;",
         "independent expert on marine litter", "the independent expert"),
    ],
)
def test_an_instrument_creates_a_mandate_held_by_one_person_and_tasks_it(
    establish: str, post: str, title: str, registry: BodyRegistry
) -> None:
    _, t = run(REPORT + "1. " + establish + "\n\n2. Requests " + title + " to submit an annual report to the Conference;\n", registry)
    born = BodyRef(born_body_key(COP, post))
    assert (OWN, "establishes", born) in t
    assert (OWN, "requests", born) in t


@pytest.mark.parametrize(
    "decides",
    [
        "1. Decides to establish the Vienna expert group on marine plastic litter, with the terms of reference annexed;",
        "1. DECIDES to establish an intergovernmental expert advisory group on marine plastic litter, open to all States;",
    ],
)
def test_a_body_whose_description_holds_a_known_short_name_is_a_new_one(decides: str, registry: BodyRegistry) -> None:
    # "expert group" is the short name of the expert group under resolution 9/1: a body described
    # in full ("the Vienna expert group on ...") is another one, born here
    e, t = run(REPORT + decides + "\n\n2. Requests the secretariat to report.\n", registry)
    established = {o for s, r, o in t if r == "establishes"}
    assert [b.key for b in e.bodies] == [o.key for o in established if isinstance(o, BodyRef)]
    assert len(established) == 1 and BodyRef("cop-untoc/expert-group-review-mechanism") not in established
