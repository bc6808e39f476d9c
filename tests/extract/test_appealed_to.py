""""appealed to", the past of "Appeals to", presses the body to act (`encourages`) as the present
does; it had been read as nothing (only "appeals to"). Invented sentences in a report's shape."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, shipped_registry

REPORT = SG_REPORT


@pytest.fixture(scope="module")
def registry():
    return shipped_registry()


def _pressed(sentence: str, registry) -> set[tuple[str, str, str]]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return {(f"{f.subject.session}/{f.subject.number}", f.relation, f.object.key) for f in e.facts if isinstance(f.object, BodyRef) and f.relation in ("requests", "encourages")}


@pytest.mark.parametrize(
    "sentence",
    [
        "By resolution 77/12, the Assembly appealed to the Secretary-General to report on coastal fisheries.",
        "In resolution 77/12, the Assembly also appealed to the Secretary-General to report on coastal fisheries.",
    ],
)
def test_appealed_to_encourages(sentence: str, registry) -> None:
    assert _pressed(sentence, registry) == {("77/12", "encourages", "secretary-general")}


def test_an_appeal_to_states_names_no_body(registry) -> None:
    assert _pressed("By resolution 77/12, the Assembly appealed to Member States for contributions.", registry) == set()
