"""The decisions of the General Assembly and the Economic and Social Council as their Official
Records print them: each under its number and title ("78/545. Revitalization of the work of the
General Assembly", the title maybe wrapped), its text opening with the meeting formula "At its 52nd
plenary meeting, on 20 December 2023, the General Assembly, on the recommendation of ..., decided
to ..." or "..., the Economic and Social Council:" over lettered clauses. Such a compilation had
been read as nothing: the heading ran into the formula's paragraph, no formula was known to open a
decision's text, and a title naming another body ("... of the Commission on the Status of Women")
made that body the issuer (`layout.instrument_heading_lines`,
`rules/instrument_headings.default_numbered_heading`, `issuer.issuer_from_meeting_formula`).
Invented decisions in the real shape."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"

COMPILATION = """II. Decisions

A. Elections and appointments

2031/215. Provisional agenda and documentation for the seventy-sixth
session of the Commission on the Status of Women
At its 12th plenary meeting, on 8 June 2031, the Economic and Social Council:
(a) Took note of the report of the Commission on the Status of Women on its seventy-fifth session;
(b) Approved the provisional agenda for the seventy-sixth session of the Commission;
(c) Requested the Secretary-General to submit to the Commission at its seventy-sixth session a report on the agreed conclusions.

2031/216. Expert group on time-use statistics
At its 13th plenary meeting, on 9 June 2031, the Economic and Social Council decided to establish an expert group on time-use statistics, and requested the expert group to report to the Statistical Commission at its sixty-third session.
"""


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _facts(text: str, registry) -> set[tuple[object, str, object]]:
    e = extract(text, source_key="compilation", registry=registry)
    return {(f.subject, f.relation, f.object) for f in e.facts}


def test_each_decision_under_its_number_is_the_council_s(registry) -> None:
    facts = _facts(COMPILATION, registry)
    first = InstrumentRef("ecosoc", "decision", "2031", "215")
    second = InstrumentRef("ecosoc", "decision", "2031", "216")
    assert (first, "title", "Provisional agenda and documentation for the seventy-sixth session of the Commission on the Status of Women") in facts
    assert (first, "adoptedOn", dt.date(2031, 6, 8)) in facts
    assert (second, "adoptedOn", dt.date(2031, 6, 9)) in facts
    assert (first, "requests", BodyRef("secretary-general")) in facts
    born = {o for s, r, o in facts if s == second and r == "establishes"}
    assert len(born) == 1 and "time-use" in next(iter(born)).key
    assert (second, "requests", next(iter(born))) in facts
    # nothing given to the commission the first title names
    assert not any(isinstance(s, InstrumentRef) and s.issuer == "ecosoc/csw" for s, _, _ in facts)


@pytest.mark.parametrize(
    "formula",
    [
        "At its 52nd plenary meeting, on 20 December 2023, the General Assembly, on the recommendation of the General Committee, decided to establish",
        "At its 52nd plenary meeting, on 20 December 2023, the General Assembly, on the proposal of the President, decided to establish",
        "At its 9th meeting, on 20 December 2023, the General Assembly decided to establish",
    ],
)
def test_the_assembly_s_decisions_in_a_volume(formula: str, registry) -> None:
    text = ("Decisions adopted by the General Assembly\n\n"
            "78/545. Revitalization of the work of the General Assembly\n"
            f"{formula} an ad hoc working group on the revitalization of its work, open to all Member States, "
            "and requested the ad hoc working group to submit a report to the Assembly at its seventy-ninth session.\n")
    facts = _facts(text, registry)
    decision = InstrumentRef("ga", "decision", "78", "545")
    assert (decision, "title", "Revitalization of the work of the General Assembly") in facts
    assert (decision, "adoptedOn", dt.date(2023, 12, 20)) in facts
    assert [r for s, r, _ in facts if s == decision and r in ("establishes", "requests")].count("establishes") == 1


def test_a_number_and_title_over_prose_are_no_decision(registry) -> None:
    # a report's section numbered like a decision, over a narrative that opens otherwise
    text = ("Contents\n\n"
            "78/545. Revitalization of the work of the General Assembly\n"
            "The Secretariat reviewed the working methods at its informal meetings in 2024.\n")
    facts = _facts(text, registry)
    assert not any(isinstance(s, InstrumentRef) and s.number == "545" and r == "title" for s, r, _ in facts)
