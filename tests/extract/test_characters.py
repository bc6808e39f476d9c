"""Characters a copy or a conversion got wrong: ligatures a PDF viewer copies as one character
and mojibake (UTF-8 read as Windows-1252). Fixed before cleaning, with offsets that still point
into the text as read."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.characters import fix_characters
from mandate_graph.loaders.extract.clean import clean


def _as_mojibake(text: str) -> str:
    """What a text looks like after its UTF-8 bytes were read as Windows-1252 (bytes that code
    page cannot show are lost, as the byte 0x9D of "”" is)."""
    return text.encode("utf-8").decode("cp1252", errors="ignore")


@pytest.mark.parametrize(
    "meant",
    [
        "entitled “Implementing national courts”, which",
        "the Secretary-General’s report – annex",
        "Côte d’Ivoire, Türkiye and Réunion — 14–22 June",
        "a list… • item ‘quoted’ €5",
    ],
)
def test_mojibake_is_undone(meant: str) -> None:
    garbled = _as_mojibake(meant)
    assert garbled != meant
    fixed, offsets = fix_characters(garbled)
    assert fixed == meant
    assert offsets is not None and len(offsets) == len(fixed) + 1


@pytest.mark.parametrize(
    "text",
    [
        "Âge and Ãtre stay as written",  # a lead character with no continuation after it
        "café’” résumé, naïve, Zürich",  # real accents, even before punctuation
        "plain ASCII text, 7/1 and A/RES/80/1",
        "©2027 ±5 §3",
    ],
)
def test_text_that_is_no_mojibake_is_kept(text: str) -> None:
    fixed, _ = fix_characters(text)
    assert fixed == text


@pytest.mark.parametrize(
    "copied, meant",
    [
        ("the Scientiﬁc Panel’s ﬁrst meeting", "the Scientific Panel’s first meeting"),
        ("ﬁnancial ﬂows and ﬂoodplains", "financial flows and floodplains"),
        ("eﬀective, eﬃcient, baﬄing", "effective, efficient, baffling"),
    ],
)
def test_ligatures_are_spelled_out(copied: str, meant: str) -> None:
    assert fix_characters(copied)[0] == meant


def test_cleaned_offsets_point_into_the_text_as_read() -> None:
    original = "1. DECIDES that the Group shall hold its ﬁrst meeting in Gland;\n\n2. NOTES the â€œﬁnal reportâ€.\n"
    cleaned = clean(original)
    for word, as_read in (("first meeting", "ﬁrst meeting"), ("“final", "â€œﬁnal"), ("Gland", "Gland")):
        start = cleaned.text.index(word)
        begin, end = cleaned.original_span(start, start + len(word))
        assert original[begin:end] == as_read
    # A character that replaced several maps to the first of them: a span ending on it ends there.
    start = cleaned.text.index("report”")
    begin, end = cleaned.original_span(start, start + len("report”"))
    assert original[begin:end] == "reportâ"
    # no line break was added or removed: a line number read from an offset is the original's
    newline = cleaned.text.index("2. NOTES")
    assert original[: cleaned.offsets[newline]].count("\n") == 2


BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/fen-cop> a mg:Body ; mg:key "fen-cop" ;
    skos:prefLabel "Conference of the Parties to the Fen Convention"@en ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/fen-panel> a mg:Body ; mg:key "fen-panel" ;
    skos:prefLabel "Scientific and Technical Fen Panel"@en ; skos:altLabel "SFP"@en ;
    mg:gatheringTerm "meeting" .
"""


@pytest.mark.parametrize("garble", [lambda t: t.replace("fi", "ﬁ").replace("fl", "ﬂ"), _as_mojibake])
def test_a_resolution_reads_the_same_through_ligatures_and_mojibake(garble, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    text = (
        "Meeting of the Conference of the Parties to the Fen Convention\n\nResolution 9.2\n\n"
        "Fen financing and “flow” data\n\n"
        "1. REQUESTS the Scientific and Technical Fen Panel to hold its first meeting in 2030;\n"
    )
    garbled = garble(text)
    assert garbled != text
    e = extract(garbled, source_key="doc", registry=registry)
    facts = {(f.subject, f.relation, f.object) for f in e.facts}
    own = InstrumentRef("fen-cop", "resolution", "9", "2")
    assert (own, "title", "Fen financing and “flow” data") in facts
    assert (own, "requests", BodyRef("fen-panel")) in facts
    assert (GatheringRef("fen-panel", "meeting", 1), "meetingOf", BodyRef("fen-panel")) in facts


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("plain ASCII text", False),
        ("the o\ufb03ce", True),  # a ligature
        ("rÃ©solution", True),  # mojibake: a lead character and a continuation
        ("résolution, été, à Genève – “quoted”", False),  # accents and punctuation, no mojibake
        ("Ã alone", False),
        ("â€œquotedâ€\u009d", True),
    ],
)
def test_what_needs_fixing_is_a_ligature_or_a_lead_and_continuation(text: str, needs: bool) -> None:
    from mandate_graph.loaders.extract.characters import needs_fixing

    assert needs_fixing(text) is needs
