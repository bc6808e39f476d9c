"""A masthead's meeting line names its body by a short name other bodies share ("Ninth meeting of
the Conference of the Parties" under a convention's name, another convention's Conference named in
full further down): the meeting is the author's, held where and when the line below says, and no
meeting of the other body is read from it."""

from __future__ import annotations


import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

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


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _TWO_CONVENTIONS)


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


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("The Panel shall elect a Chair from among its members at its first meeting.", 1),
        ("The Panel will adopt its rules of procedure at its second meeting.", 2),
        ("The Panel shall review its working methods at its third meeting.", 3),
    ],
)
def test_an_unknown_subjects_meeting_is_not_the_speakers(sentence: str, n: int, registry: BodyRegistry) -> None:
    # the Conference meets in meetings and speaks; "The Panel" is no body the reference data knows
    text = _text("Ninth meeting of the Conference of the Parties", "Lisbon (Portugal), 3 – 7 May 2030", "9.2").replace(
        "REQUESTS the Standing Working Party to report on the monitoring network.\n",
        f"DECIDES to establish an advisory panel on lake monitoring;\n\n{sentence}\n",
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert GatheringRef("lakes-cop", "meeting", n) not in {f.subject for f in facts if f.relation == "meetingOf"}


_STRANGER = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/dunes-cop/expert-group> a mg:Body ;
    mg:key "dunes-cop/expert-group" ;
    skos:prefLabel "open-ended expert group on dune restoration"@en ;
    skos:altLabel "dune expert group"@en ;
    mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/dunes-cop> .
"""


@pytest.fixture(scope="module")
def registry_with_stranger(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _TWO_CONVENTIONS + _STRANGER)


@pytest.mark.parametrize("group", ["dune expert group", "the dune expert group"])
def test_another_organizations_generic_name_is_not_read_as_its_body(group: str, registry_with_stranger: BodyRegistry) -> None:
    registry = registry_with_stranger
    text = _text("Ninth meeting of the Conference of the Parties", "Lisbon (Portugal), 3 – 7 May 2030", "9.2").replace(
        "REQUESTS the Standing Working Party to report on the monitoring network.\n",
        f"AGREES that an expert group on lake sediments should be considered, and that {group} should hold its first meeting in 2031.\n",
    ).replace("RECALLING the programme adopted by the Conference of the Parties to the Convention on Coastal Dunes;\n\n", "")
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not [f for f in facts if isinstance(f.subject, GatheringRef) and f.subject.body == "dunes-cop/expert-group"]


def test_the_generic_name_is_its_bodys_where_its_organization_is_named(registry_with_stranger: BodyRegistry) -> None:
    registry = registry_with_stranger
    text = _text("Ninth meeting of the Conference of the Parties", "Lisbon (Portugal), 3 – 7 May 2030", "9.2").replace(
        "REQUESTS the Standing Working Party to report on the monitoring network.\n",
        "NOTES that the Conference of the Parties to the Convention on Coastal Dunes asked the dune expert group to meet, "
        "and that the dune expert group held its fourth meeting in Bonn on 3 May 2030.\n",
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert GatheringRef("dunes-cop/expert-group", "meeting", 4) in {f.subject for f in facts}
