"""A unified diff (a corrigendum or revision sent as ``diff -u``) read as the new version
(`loaders/extract/export_layouts.py`, ``unified_diff_changes``): headers and removed lines go
whole, the first column of context and added lines goes; offsets are kept. Invented texts,
with texts that show a "---" rule or a "+" line and must stay."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/river-commission> a mg:Body ; mg:key "river-commission" ;
    skos:prefLabel "Commission on Inland Waterways"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CIW/{session}/{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _diff(preamble: str, removed: str) -> str:
    return (
        preamble
        + "--- report.txt\t2029-01-12 10:14:02 +0100\n+++ report-corr.txt\t2029-02-03 17:40:51 +0100\n"
        "@@ -1,9 +1,10 @@\n"
        " Resolution CIW/8/3\n \n"
        " The Commission on Inland Waterways,\n \n"
        f"-{removed}\n"
        "+Recalling its resolution CIW/7/11 of 4 March 2029,\n"
        " \n"
        "-1. Invites the secretariat to prepare\n"
        "+1. Requests the secretariat to prepare\n"
        " a study on port safety.\n"
        "\\ No newline at end of file\n"
    )


@pytest.mark.parametrize("preamble", ["diff -u report.txt report-corr.txt\n", "Index: report.txt\n" + "=" * 30 + "\n", ""])
@pytest.mark.parametrize("removed", ["Recalling its resolution CIW/6/2 of 4 March 2028,", "Noting resolution CIW/6/2,"])
def test_a_unified_diff_reads_as_the_new_text(registry: BodyRegistry, preamble: str, removed: str) -> None:
    text = _diff(preamble, removed)
    fixed, offsets = unwrap_export(text)
    assert offsets is not None and len(offsets) == len(fixed) + 1
    assert fixed.startswith("Resolution CIW/8/3\n\nThe Commission on Inland Waterways,\n\n")
    assert "Recalling its resolution CIW/7/11 of 4 March 2029,\n\n1. Requests the secretariat to prepare\na study" in fixed
    assert "CIW/6/2" not in fixed and "Invites" not in fixed and "@@" not in fixed and "No newline" not in fixed
    cited = {
        f.object: text.count("\n", 0, f.evidence.start) + 1
        for f in extract(text, source_key="doc", registry=registry).facts
        if f.relation in ("cites", "mentions") and isinstance(f.object, InstrumentRef)
    }
    assert cited.get(InstrumentRef("river-commission", "resolution", "7", "11")) == text[: text.index("CIW/7/11")].count("\n") + 1
    assert InstrumentRef("river-commission", "resolution", "6", "2") not in cited


@pytest.mark.parametrize(
    "text",
    [
        "Title\n---\n\nSome text.\n+ an added bullet\n- a bullet\n",
        "Report\n--- draft ---\n+++ final +++\nThe Board decided.\n",
    ],
)
def test_text_that_is_no_diff_stays(text: str) -> None:
    fixed, offsets = unwrap_export(text)
    assert offsets is None and fixed == text
