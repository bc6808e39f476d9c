"""A masthead's meeting line names its body by a short name other bodies share ("Ninth meeting of
the Conference of the Parties" under a convention's name, another convention's Conference named in
full further down): the meeting is the author's, held where and when the line below says, and no
meeting of the other body is read from it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

_TWO_CONVENTIONS = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/lakes-cop> a mg:Body ;
    mg:key "lakes-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on the Protection of Alpine Lakes"@en ;
    mg:shortName "Conference of the Parties" ;
    mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Res. {session}.{number}" ; mg:instrumentKind "resolution" ] .

<body/dunes-cop> a mg:Body ;
    mg:key "dunes-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Coastal Dunes"@en ;
    mg:shortName "Conference of the Parties" ;
    mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true ;
    mg:symbolPrefix "DUNES/COP" .
"""


@lru_cache(maxsize=1)
def _registry(folder: str) -> BodyRegistry:
    ttl = Path(folder) / "two_conventions.ttl"
    ttl.write_text(_TWO_CONVENTIONS)
    return load_registry(DEFAULT_BASE_IRI, [ttl])


@pytest.fixture()
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(str(tmp_path_factory.getbasetemp()))


def _text(meeting_line: str, place_line: str, number: str) -> str:
    return (
        "CONVENTION ON THE PROTECTION OF ALPINE LAKES\n\n"
        f"{meeting_line}\n{place_line}\n\n"
        f"Res. {number}\n\n"
        "Monitoring of lake water quality\n\n"
        "RECALLING the programme adopted by the Conference of the Parties to the Convention on Coastal Dunes;\n\n"
        "The Conference of the Parties\n\n"
        "REQUESTS the Standing Working Party to report on the monitoring network.\n"
    )


@pytest.mark.parametrize(
    ("meeting_line", "place_line", "number", "ordinal", "town", "days"),
    [
        ("Ninth meeting of the Conference of the Parties", "Lisbon (Portugal), 3 – 7 May 2030", "9.2", 9, "Lisbon", ("2030-05-03", "2030-05-07")),
        ("Twelfth meeting of the Conference of the Parties", "Nairobi, Kenya, 14-18 March 2033", "12.6", 12, "Nairobi", ("2033-03-14", "2033-03-18")),
        ("14th meeting of the Conference of the Parties", "Bonn (Germany), 2 – 4 June 2031", "14.1", 14, "Bonn", ("2031-06-02", "2031-06-04")),
    ],
)
def test_the_masthead_meeting_is_the_authors(
    meeting_line: str, place_line: str, number: str, ordinal: int, town: str, days: tuple[str, str], registry: BodyRegistry
) -> None:
    facts = extract(_text(meeting_line, place_line, number), source_key="doc", registry=registry).facts
    meeting = GatheringRef("lakes-cop", "meeting", ordinal)
    said = {(f.subject, f.relation, str(f.object)) for f in facts}
    assert (meeting, "heldIn", town) in said
    held_on = [f.object for f in facts if f.subject == meeting and f.relation == "heldOn"]
    assert [(str(d.start), str(d.end)) for d in held_on] == [days]  # type: ignore[union-attr]
    assert not [f for f in facts if isinstance(f.subject, GatheringRef) and f.subject.body == "dunes-cop"]


@pytest.mark.parametrize(
    ("line", "town", "days"),
    [
        # the place and days run on after the body's name, on the meeting's own line
        ("Ninth meeting of the Conference of the Parties to the Convention on the Protection of Alpine Lakes, Lisbon, Portugal, 3-7 May 2030", "Lisbon", ("2030-05-03", "2030-05-07")),
        ("Ninth meeting of the Conference of the Parties to the Convention on the Protection of Alpine Lakes Lisbon (Portugal), 3 – 7 May 2030", "Lisbon", ("2030-05-03", "2030-05-07")),
        ("Ninth meeting of the Conference of the Parties to the Convention on the Protection of Alpine Lakes, Addis Ababa, Ethiopia, 11-13 June 2031", "Addis Ababa", ("2031-06-11", "2031-06-13")),
    ],
)
def test_a_meeting_line_that_runs_on_into_its_place_and_days(line: str, town: str, days: tuple[str, str], registry: BodyRegistry) -> None:
    text = f"{line}\n\nRes. 9.2\n\nMonitoring of lake water quality\n\nThe Conference of the Parties\n\nREQUESTS the Standing Working Party to report.\n"
    facts = extract(text, source_key="doc", registry=registry).facts
    meeting = GatheringRef("lakes-cop", "meeting", 9)
    assert (meeting, "heldIn", town) in {(f.subject, f.relation, f.object) for f in facts}
    held_on = [f.object for f in facts if f.subject == meeting and f.relation == "heldOn"]
    assert [(str(d.start), str(d.end)) for d in held_on] == [days]  # type: ignore[union-attr]


def test_a_town_read_back_from_capitals_is_capitalised() -> None:
    from mandate_graph.loaders.extract.rules.gathering_lines import _as_written

    assert _as_written("geneva") == "Geneva"
    assert _as_written("rio de janeiro") == "Rio de Janeiro"
    assert _as_written("New York") == "New York"


@pytest.mark.parametrize(("session", "n"), [("Ninth session", 9), ("Twenty-first session", 21)])
@pytest.mark.parametrize("sitting", ["4th meeting", "12th meeting"])
def test_a_journals_sitting_under_a_session_line(session: str, n: int, sitting: str) -> None:
    from tests.extract.phrasing import registry as phrasing_registry

    text = (
        "Journal of the Coastal Programme\n\nNo. 2032/7\n\nProgramme of meetings and agenda\n\n"
        f"Committee on Coastal Data\n{session}\n\n{sitting}                10:00-13:00          Room 2\n\n"
        "1. Programme questions (continued)\n\n"
        "The Committee on Coastal Data will consider the draft programme of the Commission on Coastal Resilience.\n"
    )
    facts = extract(text, source_key="doc", registry=phrasing_registry()).facts
    meetings = {f.subject for f in facts if f.relation == "meetingOf"}
    assert GatheringRef("ccr/committee-on-data", "session", n) in meetings
    assert not [g for g in meetings if isinstance(g, GatheringRef) and g.ordinal == int(sitting.split("t")[0].rstrip("n"))]
