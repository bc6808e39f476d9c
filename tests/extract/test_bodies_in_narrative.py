"""Bodies whose establishment a report tells in a longer sentence, naming them with "the":
"in its resolution 41/7, decided to establish the open-ended intergovernmental working group on
...", "by which it established the standing ... working group on ...", "The ... expert group on
... was established by the Council in its resolution 2029/4 and by the Assembly in its
resolution 84/12". The body is minted once; its later mentions ("the working group", in any
later paragraph of the narrative), its sessions and the requests to it follow.

Invented texts, varied in body, issuer, numbers, ordinals and line breaks.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.support.extraction import BASE


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def _facts(text: str, registry: BodyRegistry) -> tuple[set[tuple[object, str, object]], dict[str, str]]:
    e = extract(text, source_key="test", registry=registry)
    return {(f.subject, f.relation, f.object) for f in e.facts}, {b.key: b.name for b in e.bodies}


def _report(first: str, later: str) -> str:
    return (
        "United Nations A/HRC/70/31\n\nDistr.: General 3 January 2031\n\nHuman Rights Council\n\nSeventieth session\n\n"
        "Report of the working group on its third session\n\nI. Introduction\n\n"
        f"1. {first}\n\n2. {later}\n\nII. Organization of the session\n\n"
        "3. The working group held its third session in Geneva from 4 to 8 November 2030.\n"
    )


@pytest.mark.parametrize(
    ("first", "issuer", "session", "number", "topic"),
    [
        (
            "The Human Rights Council, in its resolution 64/9 of 9 October 2027, decided to establish the open-ended "
            "intergovernmental working group on the rights of older persons, and requested the working group to report "
            "to the Council at its sixty-ninth session.",
            "hrc", "64", "9", "the rights of older persons",
        ),
        (
            "In its resolution 2027/18, the Economic and Social Council decided to establish the intergovernmental\n"
            "working group on statistics of the informal economy, and requested the working group to report to\n"
            "the Statistical Commission.",
            "ecosoc", "2027", "18", "statistics of the informal economy",
        ),
    ],
)
def test_a_body_established_with_the_in_a_narrative_is_minted_and_followed(
    registry: BodyRegistry, first: str, issuer: str, session: str, number: str, topic: str
) -> None:
    t, born = _facts(_report(first, "The working group met twice in the intersessional period."), registry)
    [(key, name)] = born.items()
    assert name.endswith(f"working group on {topic}")
    instrument = InstrumentRef(issuer, "resolution", session, number)
    assert (instrument, "establishes", BodyRef(key)) in t
    assert (instrument, "requests", BodyRef(key)) in t  # the verb after it in the same sentence
    # "held its third session": the group holds sessions, as the text says, in a later section
    third = GatheringRef(key, "session", 3)
    assert (third, "meetingOf", BodyRef(key)) in t
    assert (third, "heldIn", "Geneva") in t
    assert not any(s == GatheringRef("hrc", "session", 3) for s, _, _ in t)


def test_by_which_it_established_the_standing_body_in_a_decision(registry: BodyRegistry) -> None:
    text = (
        "E/2031/28\n\nCommission on Narcotic Drugs\n\nReport on the seventy-fourth session\n\n"
        "Chapter I\n\nDecision 74/2\n\nExtension of the mandate of the working group on precursor control\n\n"
        "At its 6th meeting, on 14 March 2031, the Commission on Narcotic Drugs, recalling its resolution 60/7 of "
        "17 March 2017, by which it established the standing open-ended intergovernmental working group on "
        "precursor control, decided to extend the mandate of the working group until 2033, and requested the "
        "working group to report to the Commission at its seventy-sixth session.\n"
    )
    t, born = _facts(text, registry)
    [key] = born
    assert (InstrumentRef("ecosoc/cnd", "resolution", "60", "7"), "establishes", BodyRef(key)) in t
    # past the relative clause, the decision itself requests
    assert (InstrumentRef("ecosoc/cnd", "decision", "74", "2"), "requests", BodyRef(key)) in t
    assert (InstrumentRef("ecosoc/cnd", "resolution", "60", "7"), "requests", BodyRef(key)) not in t


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_a_body_described_before_was_established_by_two_instruments(registry: BodyRegistry, wrap: str) -> None:
    text = (
        "E/CN.15/2031/1\n\nCommission on Crime Prevention and Criminal Justice\n\nFortieth session\n\n"
        "Annotated provisional agenda\n\n"
        f"The open-ended expert group on{wrap}crime statistics in conflict zones was established by the Economic and "
        f"Social Council in its resolution 2029/4 and by the General{wrap}Assembly in its resolution 84/12. In its "
        "resolution 39/2, the Commission requested the expert group to continue its work.\n"
    )
    t, born = _facts(text, registry)
    [(key, name)] = born.items()
    assert name == "open-ended expert group on crime statistics in conflict zones"
    assert (InstrumentRef("ecosoc", "resolution", "2029", "4"), "establishes", BodyRef(key)) in t
    assert (InstrumentRef("ga", "resolution", "84", "12"), "establishes", BodyRef(key)) in t
    assert (InstrumentRef("ecosoc/ccpcj", "resolution", "39", "2"), "requests", BodyRef(key)) in t


@pytest.mark.parametrize(("ordinal", "n"), [("second", 2), ("fourth", 4)])
def test_a_report_titled_after_a_body_born_in_its_text_reports_its_session(
    registry: BodyRegistry, ordinal: str, n: int
) -> None:
    text = (
        "United Nations A/HRC/71/40\n\nDistr.: General 9 January 2032\n\nHuman Rights Council\n\nSeventy-first session\n\n"
        f"Report of the intergovernmental working group on the right to a healthy environment on its {ordinal} session\n\n"
        "I. Introduction\n\n"
        "1. In its resolution 66/3 of 5 October 2027, the Human Rights Council decided to establish the intergovernmental "
        "working group on the right to a healthy environment.\n\n"
        "2. The working group will have before it a note by the Secretariat (A/HRC/WG.30/4/2).\n\n"
        f"3. At its 8th meeting, on 14 November 2031, the working group adopted the report on its {ordinal} session, "
        "in accordance with Council resolution 66/3.\n"
    )
    e = extract(text, source_key="test", registry=registry)
    [key] = [b.key for b in e.bodies]
    t = {(f.subject, f.relation, f.object) for f in e.facts}
    session = GatheringRef(key, "session", n)
    doc = e.document.ref
    assert (doc, "reportOf", session) in t
    assert (session, "meetingOf", BodyRef(key)) in t
    assert (DocumentRef(symbols=("A/HRC/WG.30/4/2",)), "submittedTo", session) in t
    assert not any(s == GatheringRef("hrc", "session", n) for s, _, _ in t)
    # the resolution the report was adopted under was not adopted that day
    assert not any(r == "adoptedOn" and o.year == 2031 for s, r, o in t if isinstance(s, InstrumentRef))


@pytest.mark.parametrize(
    ("named", "kind", "key"),
    [
        ("an open-ended intergovernmental working group on firearms", "working group", "cop-untoc/wg-firearms"),
        ("an open-ended interim working group on\ntrafficking in persons", "working group", "cop-untoc/wg-trafficking-in-persons"),
        ("the open-ended intergovernmental expert group established in accordance with resolution 9/1", "expert group",
         "cop-untoc/expert-group-review-mechanism"),
    ],
)
def test_the_kind_taken_up_in_a_later_clause_is_the_body_named_before(
    registry: BodyRegistry, named: str, kind: str, key: str
) -> None:
    text = (
        "CTOC/COP/2031/3\n\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
        "Fifteenth session\n\nNote by the Secretariat\n\n"
        f"1. The Conference recalled its decision 5/2 of 8 October 2010, by which it established {named}, and its "
        f"decision 6/1 of 19 October 2012, in which it decided that the {kind} would be a constant element of the "
        "Conference.\n"
    )
    e = extract(text, source_key="test", registry=registry)
    t = {(f.subject, f.relation, f.object) for f in e.facts}
    assert (InstrumentRef("cop-untoc", "decision", "6", "1"), "makesConstantElement", BodyRef(key)) in t


@pytest.mark.parametrize(
    ("named", "issuer", "kind", "session", "number", "known"),
    [
        ("its Subcommittee on Statistical Methods", "ecosoc", "resolution", "2001", "3", None),
        ("the Committee of Experts on Land\nAdministration", "ecosoc", "decision", "2030", "210", None),
        ("its Working Group on Firearms", "cop-untoc", "decision", "5", "4", "cop-untoc/wg-firearms"),
    ],
)
def test_a_body_named_before_established_by_after_a_comma(
    registry: BodyRegistry, named: str, issuer: str, kind: str, session: str, number: str, known: str | None
) -> None:
    by = "the Economic and Social Council" if issuer == "ecosoc" else "the Conference"
    text = (
        "E/CN.3/2032/2\n\nStatistical Commission\n\nSixty-third session\n\nNote by the Secretariat\n\n"
        f"1. The Commission may wish to recall that {named}, established by {by} in its {kind} {session}/{number}, "
        "meets once a year.\n"
    )
    t, born = _facts(text, registry)
    key = known or next(iter(born))
    assert (InstrumentRef(issuer, kind, session, number), "establishes", BodyRef(key)) in t  # type: ignore[arg-type]  # kind is one of the two


@pytest.mark.parametrize("join", [", as well as the", " and the", ", and also the"])
def test_every_known_body_named_after_established_is_established(registry: BodyRegistry, join: str) -> None:
    text = (
        "CTOC/COP/2031/3\n\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
        "Fifteenth session\n\nNote by the Secretariat\n\n"
        "1. By its decision 4/4, the Conference established the Working Group on Trafficking in Persons"
        f"{join} Working Group on the Smuggling of Migrants as open-ended bodies to advise it.\n"
    )
    t, _ = _facts(text, registry)
    decision = InstrumentRef("cop-untoc", "decision", "4", "4")
    assert (decision, "establishes", BodyRef("cop-untoc/wg-trafficking-in-persons")) in t
    assert (decision, "establishes", BodyRef("cop-untoc/wg-smuggling-of-migrants")) in t
