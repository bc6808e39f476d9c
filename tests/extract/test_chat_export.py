"""A chat export (Teams, Slack, a messenger saved as text) read as its messages
(`loaders/extract/export_layouts.py`, ``chat_export_changes``): the export's header, stamp
lines, reactions, "(edited)" marks and reply quotes go, pasted text loses its "> " marks, and
every line a writer broke is a paragraph; offsets are kept. Invented chats of invented bodies,
with texts that show a bracketed time or a quote and must stay."""

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


def _chat(stamp: str, quote: str) -> str:
    return (
        "Chat export: delegation room\nParticipants: Doe, Jane; Roe, Rick\n" + "-" * 40 + "\n\n"
        f"{stamp.format('09:02')} Doe, Jane\nSession opened, coffee at the back.\n\n"
        f"{stamp.format('11:40')} Roe, Rick\nAdopted just now, text from the screen:\n"
        f"{quote}The Commission on Inland Waterways,\n"
        f"{quote}Recalling its resolution CIW/7/11 of 4 March 2029,\n"
        f"{quote}1. Requests the secretariat to prepare a study on port safety.\n"
        "(edited)\n👍 2\n\n"
        f"{stamp.format('11:45')} Doe, Jane\nreplying to Roe, Rick: \"text from the screen\"\nthanks, noted.\n"
    )


@pytest.mark.parametrize("stamp", ["[14/02/2028 {}]", "[2028-02-14 {}:05]", "[{} AM]"])
@pytest.mark.parametrize("quote", ["> ", ">", ""])
def test_a_chat_export_reads_as_its_messages(registry: BodyRegistry, stamp: str, quote: str) -> None:
    text = _chat(stamp, quote)
    fixed, offsets = unwrap_export(text)
    assert offsets is not None and len(offsets) == len(fixed) + 1
    assert "\n\nThe Commission on Inland Waterways,\n\nRecalling its resolution CIW/7/11 of 4 March 2029,\n\n1. Requests" in fixed
    for gone in ("Participants", "Doe, Jane", "(edited)", "👍", "replying to", "AM]", "----"):
        assert gone not in fixed
    assert "thanks, noted." in fixed
    cited = {
        f.object: text.count("\n", 0, f.evidence.start) + 1
        for f in extract(text, source_key="doc", registry=registry).facts
        if f.relation in ("cites", "mentions") and isinstance(f.object, InstrumentRef)
    }
    line = text[: text.index("CIW/7/11")].count("\n") + 1
    assert cited.get(InstrumentRef("river-commission", "resolution", "7", "11")) == line


@pytest.mark.parametrize(
    "text",
    [
        # minutes with one bracketed time
        "Minutes\n\n[10:00] Opening by the Chair.\nThe Board adopted its agenda.\n> a quoted line\n",
        # a transcript line or two, fewer than three stamps
        "[09:00] Chair\nWelcome.\n\n[09:05] Delegate\nThank you.\n",
    ],
)
def test_text_that_is_no_chat_export_stays(text: str) -> None:
    fixed, offsets = unwrap_export(text)
    assert offsets is None and fixed == text
