"""A document sent by a noun ("its submission to the Council at its sixty-fourth session", "its
transmission to the Conference"), and "the report on its twelfth meeting" in the report of
that meeting: the document being read."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, facts

SELF = DocumentRef(symbols=("CTOC/COP/WG.6/2033/2",))
COP_17 = GatheringRef("cop-untoc", "session", 17)
MASTHEAD = (
    "United Nations CTOC/COP/WG.6/2033/2\n\nDistr.: General 20 May 2033\n\n"
    "Report of the Working Group on Firearms on its twelfth meeting, held in Vienna on 10 and 11 May 2033\n\n"
    "V. Adoption of the report\n\n"
)


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


@pytest.mark.parametrize(
    "sentence",
    [
        "12. At its 4th meeting, on 11 May 2033, the Working Group adopted the report on its twelfth meeting and "
        "entrusted the secretariat with its finalization and its submission to the Conference at its seventeenth session.",
        "12. On 11 May 2033, the Working Group adopted its report on its twelfth meeting and requested the Chair to "
        "finalize it for transmission to the Conference at its seventeenth session.",
        "12. The Working Group adopted the present report and entrusted the secretariat with its submission to the "
        "Conference at its seventeenth session.",
    ],
)
def test_the_report_being_read_is_sent_by_a_noun(sentence: str, registry: BodyRegistry) -> None:
    assert (SELF, COP_17) in facts(MASTHEAD + sentence + "\n", registry, "submittedTo")


@pytest.mark.parametrize(
    "sentence",
    [
        # another meeting's report
        "12. The Working Group recalled the report on its eleventh meeting and its submission to the Conference at "
        "its seventeenth session.",
        # a noun that sends nothing to a session
        "12. The Working Group set 1 June 2033 as the deadline for the submission of views to the secretariat.",
    ],
)
def test_no_submission_of_the_report_being_read(sentence: str, registry: BodyRegistry) -> None:
    assert (SELF, COP_17) not in facts(MASTHEAD + sentence + "\n", registry, "submittedTo")
