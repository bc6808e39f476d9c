"""A body the text created holds what its report is "on": "the report of the working group on its
third session (A/HRC/82/41)" after the sentence that told of the group's creation (E172).

A working group born in a text holds meetings unless the text says otherwise ("the working group held
its first session"); the report of the group "on its Nth session" (or "on the work of its Nth
meeting") says so too, whatever the number. Varied in body (the Human Rights Council's resolution
telling an earlier one's creation, a Conference of the Parties' decision creating the group), in the
group's words (modifiers before "working group") and in the gathering's word; near misses: a group
no report speaks of keeps its meetings, and "at its Nth session" after the group is the speaker's.

Bodies, numbers and texts are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from tests.extract.phrasing import facts as phrasing_facts, in_resolution
from tests.support.extraction import facts


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI, [])


HRC_RESOLUTION = (
    "United Nations\tA/HRC/RES/84/5\nGeneral Assembly\tDistr.: General\n\t12 April 2034\n\n"
    "Human Rights Council\nEighty-fourth session\n\n"
    "Resolution adopted by the Human Rights Council on 5 April 2034\n\n84/5.\tEfficiency of the Council\n\n"
    "The Human Rights Council,\n\n"
    "Recalling its resolution 79/3 of 2 April 2032, by which it established an open-ended intersessional working "
    "group on the efficiency of the Council with a mandate to examine its programme of work,\n\n"
    "{paragraph}\n\n"
    "1. Requests the working group to report to the Council at its eighty-seventh session;\n"
)


def _reported(text: str, registry: BodyRegistry, symbol: str) -> set[GatheringRef]:
    return {g for d, g in facts(text, registry, "reportOf") if isinstance(d, DocumentRef) and symbol in d.symbols and isinstance(g, GatheringRef)}


@pytest.mark.parametrize(
    ("paragraph", "ordinal", "word"),
    [
        ("Taking note of the report of the working group on its third session (A/HRC/84/41),", 3, "session"),
        ("Welcoming the report of the open-ended intersessional working group on its second session (A/HRC/84/41),", 2, "session"),
        ("Having considered the report of the working group on its second session, contained in document A/HRC/84/41,", 2, "session"),
    ],
    ids=["taking-note", "with-modifiers", "contained-in"],
)
def test_the_report_of_a_group_told_created_earlier(registry: BodyRegistry, paragraph: str, ordinal: int, word: str) -> None:
    text = HRC_RESOLUTION.format(paragraph=paragraph)
    reported = _reported(text, registry, "A/HRC/84/41")
    assert len(reported) == 1
    (gathering,) = reported
    assert gathering.body.startswith("hrc/") and "working-group" in gathering.body
    assert (gathering.kind, gathering.ordinal) == (word, ordinal)
    assert (gathering, gathering.body) in {(g, b.key) for g, b in facts(text, registry, "meetingOf")}
    # "at its eighty-seventh session" after the group is still the Council's
    assert not any(isinstance(g, GatheringRef) and g.ordinal == 87 and g.body != "hrc" for g, _ in facts(text, registry, "meetingOf"))


@pytest.mark.parametrize("gathering", ["meeting", "session"])
def test_a_commissions_group_created_in_the_same_text(gathering: str) -> None:
    text = in_resolution(
        "1. Decides to establish an expert group on tidal data;",
        f"2. Takes note of the report of the expert group on its second {gathering} (E/CN.21/2031/EG.1/2);",
    )
    reported = {g for d, g in phrasing_facts(text, "reportOf") if d == "E/CN.21/2031/EG.1/2"}
    assert len(reported) == 1
    (held,) = reported
    assert held.startswith("ccr/") and held.endswith("#2") and held != "ccr#2"


def test_a_group_no_report_speaks_of_keeps_its_meetings(registry: BodyRegistry) -> None:
    # nothing says the group holds sessions: "its third session" stays nobody's session of it
    text = HRC_RESOLUTION.format(paragraph="Noting that the third session of the Council was shortened,")
    assert not any(
        isinstance(g, GatheringRef) and "working-group" in g.body and g.kind == "session" for g, _ in facts(text, registry, "meetingOf")
    )
