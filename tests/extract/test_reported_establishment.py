"""An establishment a report narrates ("In paragraph 9 of resolution 80/123, the Assembly decided
to establish an inter-agency task force on ..."): the instrument named establishes the body, not
the document that tells of it; and a body described by how it works across others or between
sessions ("inter-agency", "intersessional", "multi-stakeholder", "tripartite") is a body born in
the text like an "open-ended" one, whose first meeting is its own."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

REGISTRY = load_registry(DEFAULT_BASE_IRI)

REPORT = (
    "United Nations A/81/215\n\nGeneral Assembly\n\nDistr.: General\n1 July 2026\n\nEighty-first session\n\n"
    "Smooth transition\n\nReport of the Secretary-General\n\n1.  {sentence}\n\n2.  {later}\n"
)


def facts(text: str) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=REGISTRY).facts}


def born(text: str) -> list[str]:
    return [b.key for b in extract(text, source_key="doc", registry=REGISTRY).bodies]


@pytest.mark.parametrize("sentence, later, kind", [
    ("In paragraph 9 of resolution 80/123, the Assembly decided to establish an inter-agency task force on graduation "
     "support, convened by the Office of the High Representative, to coordinate the support of the system.",
     "The inter-agency task force on graduation support held its first meeting in New York on 3 March 2026.", "task-force"),
    ("In its resolution 80/123, the General Assembly decided to establish an intersessional working group on "
     "coastal erosion, composed of experts of each region.",
     "The working group held its first meeting in Geneva on 3 March 2026.", "working-group"),
    ("By resolution 80/123, the Assembly decided to establish a multi-stakeholder advisory group on data for "
     "development to advise the Secretary-General.",
     "The advisory group held its first meeting in Nairobi on 3 March 2026.", "advisory-group"),
])
def test_the_instrument_named_establishes_the_body(sentence: str, later: str, kind: str) -> None:
    text = REPORT.format(sentence=sentence, later=later)
    new = [k for k in born(text) if kind in k]
    assert len(new) == 1, born(text)
    found = facts(text)
    assert (InstrumentRef("ga", "resolution", "80", "123"), "establishes", BodyRef(new[0])) in found
    assert (GatheringRef(new[0], "meeting", 1), "meetingOf", BodyRef(new[0])) in found
    # the report narrates; it establishes nothing
    assert not [f for f in found if f[1] == "establishes" and f[0] != InstrumentRef("ga", "resolution", "80", "123")]


@pytest.mark.parametrize("sentence", [
    # an inter-agency effort that is no body; a task force only mentioned, never established
    "In paragraph 9 of resolution 80/123, the Assembly welcomed inter-agency cooperation on graduation support.",
    "In paragraph 9 of resolution 80/123, the Assembly took note of the work of an inter-agency task force on data.",
])
def test_no_establishing_verb_no_body(sentence: str) -> None:
    text = REPORT.format(sentence=sentence, later="No meeting was held.")
    assert not [f for f in facts(text) if f[1] == "establishes"]
