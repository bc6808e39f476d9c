"""A body's own numbering may write letters of any length before the session: "PC-67/2" (two, the
CTBTO Preparatory Commission's), "GTO-14/3", "CMSR-9/1" (three, four). A report telling its
decisions under "Decision GTO-14/2. Title" headings reads them whatever the number of letters:
"decision GTO-14/2" is the decision with its keyword, so the recital set off before the subject
("Recalling ..., and its own decision GTO-12/2, the Council, in decision GTO-14/2, decided to
establish ...") gives the decision its citations and the body it sets up (E79: the CTBTO report
u100 worded with a renamed body's three letters lost them; the letters' count decided, not the
words).

Invented bodies (written to a temporary .ttl as a user describes a body the shipped data does not
know), invented numbers, two orders of the recital."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, key

BODIES = {
    # letters, key, full name, short name, symbol prefix
    "TC": ("tc", "Tidal Council of the Global Tide Organization", "Council", "GTO/TC"),
    "GTO": ("gto", "Governing Council of the Global Tide Organization", "Council", "GTO/GC"),
    "CMSR": ("cmsr", "Commission on Mountain Soil Restoration", "Commission", "ISU/CMSR"),
    "ILUB": ("ilub", "Board of the International Lighthouse Union", "Board", "ILU/B"),
}


def _ttl() -> str:
    blocks = ["@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .",
              "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .", ""]
    for letters, (body, name, short, prefix) in BODIES.items():
        blocks.append(
            f'<body/{body}> a mg:Body ;\n    mg:key "{body}" ;\n    skos:prefLabel "{name}"@en ;\n'
            f'    mg:shortName "{short}" ;\n    mg:symbolPrefix "{prefix}" ;\n    mg:gatheringTerm "session" ;\n'
            f'    mg:issuesInstruments true ;\n'
            f'    mg:instrumentNumbering [ mg:numberTemplate "{letters}-{{session}}/{{number}}" ;'
            f' mg:instrumentKind "decision" ] .\n'
        )
    return "\n".join(blocks)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    ttl = tmp_path_factory.mktemp("letters") / "bodies.ttl"
    ttl.write_text(_ttl(), encoding="utf-8")
    return load_registry(BASE, [REFERENCE, ttl])


def facts(text: str, relation: str, registry) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def report(letters: str, session: int, recital_first: bool) -> str:
    body, name, short, prefix = BODIES[letters]
    told = f"decision {letters}-{session}/2"
    cited = f"General Assembly resolution 85/70 of 7 December 2030, and its own decision {letters}-{session - 2}/4"
    opening = (f"Recalling {cited}, the {short}, in {told}, decided to establish an expert group on tide gauges,"
               " open to all members.")
    if not recital_first:
        opening = (f"Bearing in mind {cited}, the {short}, by {told}, decided to establish an expert group on tide"
                   " gauges, open to all members.")
    return (
        f"                                                              {prefix}-{session}/1\n"
        "                                                              14 June 2031\n\n"
        f"          {name}\n\n"
        f"          REPORT OF THE {name.upper()} ON ITS SESSION {session}\n\n"
        f"          4.        The {short} adopted two decisions at the session.\n\n"
        f"          Decision {letters}-{session}/1. Dates of the next session\n\n"
        f"          5.        By decision {letters}-{session}/1, adopted on 13 June 2031, the {short} decided that its\n"
        "          next session would be held in Lisbon.\n\n"
        f"          Decision {letters}-{session}/2. Expert group on tide gauges\n\n"
        f"          6.        {opening}\n\n"
        f"          7.        The {short} further decided that the expert group shall report to it.\n"
    )


@pytest.mark.parametrize("letters", list(BODIES))
@pytest.mark.parametrize("session", [14, 67])
@pytest.mark.parametrize("recital_first", [True, False])
def test_a_told_decision_in_letters_of_any_length_cites_and_establishes(
    letters: str, session: int, recital_first: bool, registry  # type: ignore[no-untyped-def]
) -> None:
    body = BODIES[letters][0]
    text = report(letters, session, recital_first)
    decision = f"{body}/dec/{session}/2"
    assert {(decision, "ga/res/85/70"), (decision, f"{body}/dec/{session - 2}/4")} <= facts(text, "cites", registry)
    born = {o for s, o in facts(text, "establishes", registry) if s == decision}
    assert len(born) == 1 and "tide-gauges" in next(iter(born))
