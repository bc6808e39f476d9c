"""Two columns side by side (pdftotext -layout of a page set in two columns) are read column
after column; a masthead, a list with symbols at the right and one-column text are left alone."""

from __future__ import annotations

import textwrap

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.columns import unfold_columns

LEFT = [
    "The Assembly of the Lagoon Convention,",
    "Recalling its resolution 2/7 of 9 June 2023 on lagoon restoration and on the protection of reefs,",
    "Noting the work of the Lagoon Panel on sediment flows and the report of its bureau on the same,",
]
RIGHT = [
    "1. Requests the Lagoon Panel to prepare guidance on sediment flows for the next session of the Assembly;",
    "2. Decides to establish an open-ended working group on lagoon finance, which shall report to the Assembly;",
    "3. Invites the Reef Fund to support the working group within available resources and to report on it.",
]


def _two_columns(left: list[str], right: list[str], width: int, gutter: int, margin: int = 2) -> str:
    def wrapped(paragraphs: list[str]) -> list[str]:
        lines: list[str] = []
        for paragraph in paragraphs:
            lines.extend([*textwrap.wrap(paragraph, width, break_on_hyphens=False), ""])
        return lines

    lefts, rights = wrapped(left), wrapped(right)
    rows = max(len(lefts), len(rights))
    lefts += [""] * (rows - len(lefts))
    rights += [""] * (rows - len(rights))
    return "\n".join(
        (" " * margin + l).ljust(gutter) + r if r else (" " * margin + l if l else "") for l, r in zip(lefts, rights)
    )


@pytest.mark.parametrize("width, gutter", [(40, 50), (44, 52), (34, 42)])
def test_each_column_is_read_whole(width: int, gutter: int) -> None:
    page = _two_columns(LEFT, RIGHT, width, gutter)
    text = "                      3/4. Lagoon finance\n\n" + page + "\n"
    cleaned = clean(text)
    paragraphs = [cleaned.text[b.start : b.end] for b in cleaned.blocks]
    for sentence in (*LEFT, *RIGHT):
        assert sentence in paragraphs
    # every character still points at itself in the text as read
    unfolded, offsets = unfold_columns(text)
    assert offsets is not None
    assert all(c == text[offsets[i]] for i, c in enumerate(unfolded) if c != "\n")


@pytest.mark.parametrize(
    "text",
    [
        # a masthead: the symbol and the distribution at the right, on a few lines
        "                                                   HSP/HA.3/5\n  United Nations Lagoon Assembly"
        "                       Distr.: General\n                                                   2 May 2027\n"
        "  Third session                                    Original: English\n",
        # a list of documents, their symbols at the right
        "\n".join(f"  Report of the Panel on item {n}                      LAG/A/3/{n}" for n in range(1, 9)) + "\n",
        # one column of prose
        textwrap.fill(" ".join(LEFT + RIGHT), 70) + "\n",
    ],
)
def test_what_is_not_two_columns_is_kept(text: str) -> None:
    assert unfold_columns(text) == (text, None)


BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/lagoon-assembly> a mg:Body ; mg:key "lagoon-assembly" ;
    skos:prefLabel "Assembly of the Lagoon Convention"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lagoon-panel> a mg:Body ; mg:key "lagoon-panel" ; skos:prefLabel "Lagoon Panel"@en .
<body/reef-fund> a mg:Body ; mg:key "reef-fund" ; skos:prefLabel "Reef Fund"@en .
"""


def test_facts_of_both_columns(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    text = (
        "            Resolution adopted by the Assembly of the Lagoon Convention on 11 June 2027\n\n"
        "                      3/4. Lagoon finance\n\n" + _two_columns(LEFT, RIGHT, 42, 50) + "\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    facts = {(f.subject, f.relation, f.object) for f in e.facts}
    own = InstrumentRef("lagoon-assembly", "resolution", "3", "4")
    assert (own, "cites", InstrumentRef("lagoon-assembly", "resolution", "2", "7")) in facts
    assert (own, "requests", BodyRef("lagoon-panel")) in facts
    assert (own, "invites", BodyRef("reef-fund")) in facts
    for f in e.facts:  # evidence spans stay in the text, whatever order it was read in
        assert 0 <= f.evidence.start <= f.evidence.end <= len(text)
