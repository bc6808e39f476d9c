"""A report a sentence sends to a session without its symbol, which a footnote gives: "Taking
note of the report of the High Commissioner,¹ submitted to the Council at its sixtieth session
pursuant to resolution 58/9" / "¹ A/HRC/60/27.". The footnote's document receives the
sentence's submittedTo and pursuantTo ("pursuant to that resolution": the one named before).

Invented texts, varied in issuer, numbers, marker form (Markdown superscript, a digit glued to
the last word, as a plain-text export leaves it) and distance between the sentence and its note.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, cop_report, facts


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def _resolution(preamble: str, notes: str) -> str:
    return (
        "United Nations A/RES/84/40\n\nGeneral Assembly\n\nEighty-fourth session\n\n"
        "Resolution adopted by the General Assembly on 12 December 2029\n\n"
        "84/40. Protection of migrants at sea\n\n*The General Assembly*,\n\n"
        "*Recalling* its resolution 82/77 of 4 December 2027,\n\n"
        f"{preamble}\n\n"
        "1. *Requests* the Secretary-General to report on the implementation of the present resolution;\n\n"
        "2. *Decides* to remain seized of the matter.\n\n"
        f"{notes}\n"
    )


@pytest.mark.parametrize(
    ("preamble", "notes", "symbol", "session", "mandate"),
    [
        (
            "*Taking note* of the report of the Secretary-General,<sup>1</sup> submitted to the General Assembly at its "
            "eighty-third session pursuant to resolution 82/77,",
            "<sup>1</sup> A/83/301.",
            "A/83/301", 83, ("ga", "82", "77"),
        ),
        (
            "*Having considered* the report of the Secretary-General on the implementation of resolution 82/77,2 "
            "submitted to the General Assembly at its eighty-fourth session pursuant to that resolution,",
            "2 A/84/156.",
            "A/84/156", 84, ("ga", "82", "77"),
        ),
    ],
)
def test_the_footnote_names_the_report_the_sentence_submits(
    registry: BodyRegistry, preamble: str, notes: str, symbol: str, session: int, mandate: tuple[str, str, str]
) -> None:
    text = _resolution(preamble, notes)
    report = DocumentRef(symbols=(symbol,))
    assert (report, GatheringRef("ga", "session", session)) in facts(text, registry, "submittedTo")
    assert (report, InstrumentRef(mandate[0], "resolution", mandate[1], mandate[2])) in facts(text, registry, "pursuantTo")


def test_a_footnote_under_a_sentence_that_sends_nothing_submits_nothing(registry: BodyRegistry) -> None:
    text = _resolution(
        "*Taking note* of the report of the Secretary-General,<sup>1</sup>",
        "<sup>1</sup> A/83/301.",
    )
    assert facts(text, registry, "submittedTo") == set()


@pytest.mark.parametrize(
    ("named", "notes"),
    [("the report of the Secretary-General on rural women (E/CN.6/2029/3)", ""),
     ("the report of the Secretary-General on rural women,2", "2 E/CN.6/2029/3.")],
)
def test_a_report_a_session_considered_was_before_it(registry: BodyRegistry, named: str, notes: str) -> None:
    text = (
        "E/CN.6/2030/4\n\nCommission on the Status of Women\n\nSeventy-fourth session\n\nNote by the Secretariat\n\n"
        f"1. At its seventy-third session, held from 5 to 16 March 2029, the Commission considered {named} and "
        "adopted resolution 73/1, in which it requested the Secretary-General to report again.\n\n"
        f"{notes}\n"
    )
    report = DocumentRef(symbols=("E/CN.6/2029/3",))
    assert (report, GatheringRef("ecosoc/csw", "session", 73)) in facts(text, registry, "submittedTo")


def test_having_considered_in_a_preamble_means_before_the_session_that_adopts(registry: BodyRegistry) -> None:
    text = _resolution(
        "*Having considered* the report of the Secretary-General on the safety of seafarers [A/84/212],",
        "",
    )
    assert (DocumentRef(symbols=("A/84/212",)), GatheringRef("ga", "session", 84)) in facts(text, registry, "submittedTo")


@pytest.mark.parametrize(("marker", "note"), [("<sup>3</sup>", "<sup>3</sup> E/CN.7/2030/6."), ("3", "3 E/CN.7/2030/6.")])
def test_its_report_on_that_session_is_the_sessions_report(registry: BodyRegistry, marker: str, note: str) -> None:
    text = (
        "E/CN.7/2031/2\n\nCommission on Narcotic Drugs\n\nSeventy-fourth session\n\nNote by the Secretariat\n\n"
        "1. The Commission held its seventy-third session in Vienna from 11 to 15 March 2030. "
        f"Its report on that session{marker} was submitted to the Economic and Social Council pursuant to "
        "Council resolution 2029/4.\n\n"
        f"{note}\n"
    )
    report = DocumentRef(symbols=("E/CN.7/2030/6",))
    assert (report, GatheringRef("ecosoc/cnd", "session", 73)) in facts(text, registry, "reportOf")
    assert (report, InstrumentRef("ecosoc", "resolution", "2029", "4")) in facts(text, registry, "pursuantTo")


def _cop_resolution(preamble: str, operative: str, notes: str) -> str:
    return cop_report("16/2") + f"{preamble}\n\n{operative}\n\n2. Decides to remain seized of the matter.\n\n{notes}\n"


@pytest.mark.parametrize(
    ("preamble", "note"),
    [
        ("Having considered the report of the Working Group on Firearms on its twelfth meeting,1 held in Vienna on "
         "3 and 4 May 2033,", "1 CTOC/COP/WG.6/2033/2."),
        ("Having considered the report of the Working Group on Firearms on its twelfth meeting,<sup>1</sup> held in "
         "Vienna on 3 and 4 May 2033,", "<sup>1</sup> CTOC/COP/WG.6/2033/2."),
        ("Having considered the report of the Working Group on Firearms at its twelfth meeting1, held in Vienna on "
         "3 and 4 May 2033,", "1 CTOC/COP/WG.6/2033/2."),
    ],
)
def test_the_footnote_of_a_considered_report_names_the_meetings_report(
    registry: BodyRegistry, preamble: str, note: str
) -> None:
    text = _cop_resolution(preamble, "1. Requests the secretariat to report.", note)
    report = DocumentRef(symbols=("CTOC/COP/WG.6/2033/2",))
    meeting = GatheringRef("cop-untoc/wg-firearms", "meeting", 12)
    assert {(s, o) for s, o in facts(text, registry, "reportOf") if s == report} == {(report, meeting)}
    assert (report, GatheringRef("cop-untoc", "session", 16)) in facts(text, registry, "submittedTo")
    assert {o for s, o in facts(text, registry, "heldIn") if s == meeting} == {"Vienna"}
    assert {o.start.isoformat() + "/" + o.end.isoformat() for s, o in facts(text, registry, "heldOn") if s == meeting} == {
        "2033-05-03/2033-05-04"
    }



# A decision as raw pdftotext prints it: paragraph numbers alone on their line, a rule above the
# page's footnotes, then the next page's header.
RAW_DECISION = """United Nations
CTOC/COP/2033/4/Add.1
Distr.: General
2 November 2033
Original: English
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Report of the Conference of the Parties to the United Nations Convention against
Transnational Organized Crime on its sixteenth session, held in Vienna from 3 to 7 October 2033
Addendum
V.33-04417(E)
*3304417*

CTOC/COP/2033/4/Add.1
2
V.33-04417
Decision 16/2
Firearms
The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,
Recalling its resolution 15/3,
1.
{welcomes}
2.
Requests the secretariat to prepare a synthesis report for consideration by the Working
Group on Firearms at its thirteenth meeting;
3.
Decides to remain seized of the matter.
_______________________
1 CTOC/COP/WG.6/2033/1.
2 CTOC/COP/WG.6/2033/2, annex.

CTOC/COP/2033/4/Add.1
V.33-04417
3
"""


@pytest.mark.parametrize(
    ("welcomes", "reported"),
    [
        # note 2 is on the progress report of paragraph 1: paragraph 2's meeting has no report yet
        ("Welcomes the annual progress report of the Working Group on Firearms for 2033;2", None),
        # note 2 on the report of a meeting: that meeting's
        ("Welcomes the report of the Working Group on Firearms on its twelfth meeting;2", 12),
    ],
)
def test_a_footnote_belongs_to_the_sentence_bearing_its_mark(
    registry: BodyRegistry, welcomes: str, reported: int | None
) -> None:
    text = RAW_DECISION.replace("{welcomes}", welcomes)
    report = DocumentRef(symbols=("CTOC/COP/WG.6/2033/2",))
    meetings = {o for s, o in facts(text, registry, "reportOf") if s == report}
    assert meetings == ({GatheringRef("cop-untoc/wg-firearms", "meeting", reported)} if reported else set())
