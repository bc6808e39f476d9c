"""A compilation of the decisions a governing council adopted at a session, as pandoc Markdown
writes it (E147): a table of the decisions ("| Decision | Symbol | Title | Meeting | Date |") whose
titles wrap over the cells of the rows below, a number in a series written with its year
("decision 61 (2030)", issued as "S/AC.41/Dec.61 (2030)" under the parent body's symbol prefix), a
"Meeting" column naming sittings of the session, the session line and its place and dates in the
masthead, then each decision's text. The bodies, numbers and dates are made up."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phrasing import key  # noqa: E402

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/frc> a mg:Body ; mg:key "frc" ; skos:prefLabel "Fisheries Restitution Commission"@en ;
    mg:shortName "Commission" ; mg:symbolPrefix "S/AC.41" .
<body/frc/board> a mg:Body ; mg:key "frc/board" ;
    skos:prefLabel "Governing Board of the Fisheries Restitution Commission"@en ; mg:shortName "Governing Board" ;
    mg:symbolPrefix "S/AC.41" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {number} ({session})" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/frc> .
<body/frc/executive-secretary> a mg:Body ; mg:key "frc/executive-secretary" ;
    skos:prefLabel "Executive Secretary of the Fisheries Restitution Commission"@en ; mg:shortName "Executive Secretary" ;
    org:subOrganizationOf <body/frc> .
<body/frc/secretariat> a mg:Body ; mg:key "frc/secretariat" ;
    skos:prefLabel "secretariat of the Fisheries Restitution Commission"@en ; mg:shortName "secretariat" ;
    org:subOrganizationOf <body/frc> .
<body/frc/board/audit-panel> a mg:Body ; mg:key "frc/board/audit-panel" ;
    skos:prefLabel "Panel on Audit Follow-up"@en ; org:subOrganizationOf <body/frc/board> .
"""

MASTHEAD = """# Fisheries Restitution Commission

**S/AC.41/2030/7**

Distr.: General, 9 May 2030

## Governing Board — twelfth session

Nairobi, 3–5 May 2030

# Decisions adopted by the Governing Board at its twelfth session

The decisions listed below were taken at the 41st and 42nd meetings of the Board.

"""

TABLES = {
    "decision first": (
        "| Decision | Symbol | Title | Meeting | Date |\n|---|---|---|---|---|\n"
        "| 61 | S/AC.41/Dec.61 (2030) | Audit of the restitution accounts: | 41st | 3 May 2030 |\n"
        "| | | second review of the | | |\n| | | payments made | | |\n"
        "| 62 | S/AC.41/Dec.62 (2030) | Closure of the Commission | 42nd | 5 May 2030 |\n"
    ),
    "symbol first, title last": (
        "| Symbol | Decision | Meeting | Date | Title |\n|---|---|---|---|---|\n"
        "| S/AC.41/Dec.61 (2030) | 61 | 41st | 3 May 2030 | Audit of the restitution accounts: |\n"
        "| | | | | second review of the |\n| | | | | payments made |\n"
        "| S/AC.41/Dec.62 (2030) | 62 | 42nd | 5 May 2030 | Closure of the Commission |\n"
    ),
    "number with its year": (
        "| Decision | Title | Meeting | Date |\n|:---|:---|:---|---:|\n"
        "| 61 (2030) | Audit of the restitution accounts: second review | 41st | 3 May 2030 |\n"
        "| | of the payments made | | |\n"
        "| 62 (2030) | Closure of the Commission | 42nd | 5 May 2030 |\n"
    ),
    # pandoc's grid table: each cell's words wrapped over the lines of its row
    "grid": (
        "+----------+------------------------+----------------------------+---------+------------+\n"
        "| Decision | Symbol                 | Title                      | Meeting | Date       |\n"
        "+==========+========================+============================+=========+============+\n"
        "| 61       | S/AC.41/Dec.61 (2030)  | Audit of the restitution   | 41st    | 3 May 2030 |\n"
        "|          |                        | accounts: second review of |         |            |\n"
        "|          |                        | the payments made          |         |            |\n"
        "+----------+------------------------+----------------------------+---------+------------+\n"
        "| 62       | S/AC.41/Dec.62 (2030)  | Closure of the Commission  | 42nd    | 5 May 2030 |\n"
        "+----------+------------------------+----------------------------+---------+------------+\n"
    ),
}

TEXTS = """
A draft decision on the transfer of residual funds (S/AC.41/2030/CRP.2) was discussed at the
42nd meeting but not adopted.

### Decision 61 (2030)

*Audit of the restitution accounts: second review of the payments made*

The Governing Board,

*Recalling* its decision 33 (2022), by which the follow-up programme for restitution claims was
created, and its decision 40 (2024), which called the Panel on Audit Follow-up into being,

*Having before it* the second review (S/AC.41/2030/3), which the secretariat prepared as required by
decision 40 (2024),

1. *Requests* the Executive Secretary to report to the Board at its thirteenth session.

### Decision 62 (2030)

*Closure of the Commission*

The Governing Board,

*Recalling* its decision 55 (2028),

*Taking note* of the note by the secretariat (S/AC.41/2030/2), issued in compliance with that
decision and laid before the Board at its twelfth session,

1. *Decides* that a task force on the closure of the Commission shall be constituted;

2. *Requests* the task force to report to the Board at its thirteenth session, and the Panel on Audit
Follow-up, the Executive Secretary and the secretariat to assist it.

### Decision 63 (2030)

*Dates of the thirteenth session*

The Governing Board

*Decides* that its thirteenth session will be held at Nairobi on 10 and 11 October 2030.
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_each_row_gives_its_decisions_title_and_day(table: str, registry: BodyRegistry) -> None:
    facts = _facts(MASTHEAD + table + TEXTS, registry)
    assert ("adoptedOn", "frc/board/dec/2030/61", "2030-05-03") in facts
    assert ("adoptedOn", "frc/board/dec/2030/62", "2030-05-05") in facts
    # the title wrapped over the cells below its row is read whole, never cut at the row's end
    titles = {o for r, s, o in facts if r == "title" and s == "frc/board/dec/2030/61"}
    assert titles == {"Audit of the restitution accounts: second review of the payments made"}
    # "41st" in the Meeting column is a sitting of the twelfth session, no gathering of its own,
    # and "the 41st and 42nd meetings of the Board" is no other body's
    assert not {(r, s, o) for r, s, o in facts if r == "meetingOf" and s.endswith(("#41", "#42"))}


def test_the_masthead_session_line_gives_the_organs_session(registry: BodyRegistry) -> None:
    facts = _facts(MASTHEAD + TABLES["decision first"] + TEXTS, registry)
    assert ("heldIn", "frc/board#12", "Nairobi") in facts
    assert ("heldOn", "frc/board#12", "2030-05-03/2030-05-05") in facts
    assert ("adoptedAt", "frc/board/dec/2030/61", "frc/board#12") in facts
    assert not {(r, s, o) for r, s, o in facts if s == "frc#12"}  # the organ's, not the parent's


def test_the_texts_verbs_documents_and_next_session(registry: BodyRegistry) -> None:
    facts = _facts(MASTHEAD + TABLES["symbol first, title last"] + TEXTS, registry)
    task_force = "frc/board/task-force-on-the-closure-of-the-commission"
    assert {
        ("establishes", "frc/board/dec/2024/40", "frc/board/audit-panel"),  # "called ... into being"
        ("establishes", "frc/board/dec/2030/62", task_force),  # "shall be constituted"
        ("requests", "frc/board/dec/2030/62", task_force),
        # one verb, a second clause with three addressees: each asked
        ("requests", "frc/board/dec/2030/62", "frc/board/audit-panel"),
        ("requests", "frc/board/dec/2030/62", "frc/executive-secretary"),
        ("requests", "frc/board/dec/2030/62", "frc/secretariat"),
        ("pursuantTo", "S/AC.41/2030/3", "frc/board/dec/2024/40"),  # "as required by"
        ("pursuantTo", "S/AC.41/2030/2", "frc/board/dec/2028/55"),  # "in compliance with that decision"
        ("submittedTo", "S/AC.41/2030/2", "frc/board#12"),  # "and laid before the Board at its ..."
        ("submittedTo", "S/AC.41/2030/CRP.2", "frc/board#12"),  # "discussed at the 42nd meeting"
        ("heldIn", "frc/board#13", "Nairobi"),  # under "The Governing Board" without its comma
        ("heldOn", "frc/board#13", "2030-10-10/2030-10-11"),
    } <= facts
    # a follow-up programme "created" is no body; "the secretariat to assist it" asks no one else
    assert not {(r, s, o) for r, s, o in facts if r == "establishes" and s == "frc/board/dec/2022/33"}
    assert not {(r, s, o) for r, s, o in facts if r == "requests" and s == "frc/board/dec/2030/61" and o != "frc/executive-secretary"}


@pytest.mark.parametrize(
    "sentence, established",
    [
        ("*Recalling* its decision 40 (2024), which brought the Panel on Audit Follow-up into existence,", "frc/board/audit-panel"),
        ("*Recalling* its decision 40 (2024), which called the Panel on Audit Follow-up\ninto being,", "frc/board/audit-panel"),
    ],
)
def test_creation_verbs_wrapped_round_the_body(sentence: str, established: str, registry: BodyRegistry) -> None:
    text = MASTHEAD + "### Decision 64 (2030)\n\n*Audit*\n\nThe Governing Board,\n\n" + sentence + "\n\n1. *Takes note* of the audit.\n"
    assert ("establishes", "frc/board/dec/2024/40", established) in _facts(text, registry)


@pytest.mark.parametrize("verb", ["shall be formed", "shall be created", "shall be constituted"])
def test_a_body_that_shall_be_formed(verb: str, registry: BodyRegistry) -> None:
    text = (
        MASTHEAD + "### Decision 64 (2030)\n\n*Archives*\n\nThe Governing Board,\n\n"
        f"1. *Decides* that an open-ended working group on the archives of the Commission {verb}, open to all members;\n"
    )
    created = {o for r, s, o in _facts(text, registry) if r == "establishes" and s == "frc/board/dec/2030/64"}
    assert created == {"frc/board/working-group-on-the-archives-of-the-commission"}


def test_a_programme_created_is_no_body(registry: BodyRegistry) -> None:
    text = (
        MASTHEAD + "### Decision 64 (2030)\n\n*Programme*\n\nThe Governing Board,\n\n"
        "1. *Decides* that a follow-up programme for restitution claims shall be created;\n"
    )
    assert not {(r, s, o) for r, s, o in _facts(text, registry) if r == "establishes"}


@pytest.mark.parametrize("verb", ["prepared", "drew up"])
def test_a_paper_made_as_required_by_a_decision(verb: str, registry: BodyRegistry) -> None:
    text = (
        MASTHEAD + "### Decision 64 (2030)\n\n*Audit*\n\nThe Governing Board,\n\n"
        f"*Having before it* the third review (S/AC.41/2030/4), which the secretariat {verb} as required\nby decision 40 (2024),\n\n"
        "1. *Takes note* of the review.\n"
    )
    assert ("pursuantTo", "S/AC.41/2030/4", "frc/board/dec/2024/40") in _facts(text, registry)
