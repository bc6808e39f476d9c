"""A statement by the President of a council printed paragraph by paragraph in quotation marks,
and the narrative of a functional commission's report to its council (E154).

- the continued-quotation convention: each paragraph of the statement opens with a quotation mark
  and only the last closes it, one paragraph a line or wrapped; the marks are the layout's, and
  the paragraphs read as if unquoted ("its own resolution …, adopted at its 8305th meeting");
- "its own resolution 2427 (2018), adopted at its 8305th meeting, on 9 July 2018" after another
  body's resolution: the meeting of the cited resolution's issuer;
- "by which the Assembly created the mandate of the Special Envoy …": the post is established;
- "By that resolution, adopted at its thirty-ninth session, the Commission had asked …": the
  session of the resolution the back reference means;
- "Recalling General Assembly resolution …, by which the Assembly requested the Council to set up
  the Commission, and its own resolution 2029/14": the speaking council's own resolution;
- "takes note of the report of the Commission on its fortieth session and approves the provisional
  agenda for its forty-first session": the Commission's next session, not the council's;
- "Decides that the Expert Group … shall continue its work on a standing basis": made permanent;
- a body a resolution created, named by its whole name in a later chapter;
- a report's two symbols printed one under the other on its cover.

Bodies, numbers and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.quoted_paragraphs import continued_quotation_marks
from mandate_graph.loaders.facts import DateRange
from tests.support.extraction import facts

BODIES = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/ecosoc/cmr> a mg:Body ;
    mg:key "ecosoc/cmr" ;
    skos:prefLabel "Commission on Mountain Regions"@en ;
    mg:shortName "Commission" ;
    mg:symbolPrefix "E/CN.22" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/ecosoc> .

<body/envoy-youth> a mg:Body ;
    mg:key "envoy-youth" ;
    skos:prefLabel "Special Envoy of the Secretary-General on Youth in Conflict"@en ;
    mg:shortName "Special Envoy" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


SC = "security-council"
ENVOY = "envoy-youth"
CMR = "ecosoc/cmr"

STATEMENT_PARAGRAPHS = [
    "The Security Council reaffirms its commitment to the protection of young people in conflict.",
    "The Security Council further recalls General Assembly resolution 61/44 of 4 December 2006, by which the "
    "Assembly created the mandate of the Special Envoy of the Secretary-General on Youth in Conflict, and its own "
    "resolution 2519 (2020), adopted at its 8722nd meeting, on 3 March 2020, in which it asked the Secretary-General "
    "to report annually.",
    "The Security Council notes that draft resolution S/2034/211 was put to the vote at its 11042nd meeting, on "
    "2 May 2034, and was not adopted.",
    "The Security Council decides to remain seized of the matter.",
]


def _statement(paragraphs: list[str], opening: str = '"', closing: str = '"', wrap: int | None = None) -> str:
    head = (
        "United Nations\tS/PRST/2034/4\nSecurity Council\tDistr.: General\n14 May 2034\n\nOriginal: English\n\n"
        "Statement by the President of the Security Council\n\n"
        "At the 11050th meeting of the Security Council, held on 14 May 2034, in connection with the Council's "
        'consideration of the item entitled "Youth in conflict", the President of the Security Council made the '
        "following statement on behalf of the Council:\n\n"
    )
    quoted = [opening + p for p in paragraphs]
    quoted[-1] += closing
    if wrap is not None:
        quoted = ["\n".join(_wrapped(p, wrap)) for p in quoted]
    return head + "\n\n".join(quoted) + "\n"


def _wrapped(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


@pytest.mark.parametrize(
    ("opening", "closing", "wrap"),
    [('"', '"', None), ("\u201c", "\u201d", None), ('"', '"', 78)],
    ids=["straight-one-a-line", "curly-one-a-line", "wrapped"],
)
def test_a_statement_quoted_paragraph_by_paragraph_reads_as_unquoted(
    registry: BodyRegistry, opening: str, closing: str, wrap: int | None
) -> None:
    text = _statement(STATEMENT_PARAGRAPHS, opening, closing, wrap)
    resolution = InstrumentRef(SC, "resolution", "2020", "2519")
    earlier, voted = GatheringRef(SC, "meeting", 8722), GatheringRef(SC, "meeting", 11042)
    assert (resolution, earlier) in facts(text, registry, "adoptedAt")
    assert {(earlier, BodyRef(SC)), (voted, BodyRef(SC))} <= facts(text, registry, "meetingOf")
    assert (voted, DateRange(dt.date(2034, 5, 2), dt.date(2034, 5, 2))) in facts(text, registry, "heldOn")
    assert (InstrumentRef("ga", "resolution", "61", "44"), BodyRef(ENVOY)) in facts(text, registry, "establishes")


def test_the_marks_dropped_are_those_of_the_run_only() -> None:
    text = _statement(STATEMENT_PARAGRAPHS)
    blocks, start = [], 0
    for part in text.split("\n\n"):
        blocks.append((start, start + len(part)))
        start += len(part) + 2
    spans = continued_quotation_marks(text, blocks)
    assert [text[a:b] for a, b in spans] == ['"'] * (len(STATEMENT_PARAGRAPHS) + 1)
    # the item's title in quotes, on the meeting line, keeps its marks
    assert spans[0][0] == text.index(":\n\n") + 3


@pytest.mark.parametrize(
    "text",
    [
        # two quoted paragraphs: too few to be the convention
        '"The Council recalls its resolution 12/1.\n\n"The Council requests the Bureau to report."\n',
        # paragraphs each quoting a title, balanced
        '"Climate" was the theme.\n\n"Water" was the next.\n\n"Soil" was the last.\n',
        # a run that never closes
        '"The Council recalls.\n\n"The Council notes.\n\n"The Council requests.\n\nThe end.\n',
    ],
    ids=["two-paragraphs", "balanced-titles", "never-closed"],
)
def test_no_run_no_marks_dropped(text: str) -> None:
    blocks, start = [], 0
    for part in text.split("\n\n"):
        blocks.append((start, start + len(part)))
        start += len(part) + 2
    assert continued_quotation_marks(text, blocks) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Council recalls General Assembly resolution 61/44, by which the Assembly renewed the mandate of "
        "the Special Envoy of the Secretary-General on Youth in Conflict.",
        "The Security Council recalls General Assembly resolution 61/44, by which the Assembly created the conditions "
        "for the Special Envoy of the Secretary-General on Youth in Conflict to act.",
    ],
    ids=["renewed", "created-conditions"],
)
def test_a_mandate_renewed_or_conditions_created_establish_nothing(registry: BodyRegistry, sentence: str) -> None:
    assert facts(_statement([sentence, "The Security Council remains seized."]), registry, "establishes") == set()


def test_a_meeting_of_another_body_than_the_cited_issuers_is_left_alone(registry: BodyRegistry) -> None:
    # "adopted at its 41st meeting" of a General Assembly resolution: the Assembly holds sessions
    text = _statement(
        [
            "The Security Council recalls its resolution 2519 (2020) and General Assembly resolution 61/44, adopted "
            "at its 41st meeting, on 4 December 2006.",
            "The Security Council remains seized.",
        ]
    )
    # (the statement itself was made at the Council's 11050th meeting, E160)
    assert {subject for subject, _ in facts(text, registry, "adoptedAt")} <= {
        InstrumentRef(SC, "statement", "2034", "4", "S/PRST/2034/4")
    }


def _report(narrative: str, preamble: str = "", decision: str = "") -> str:
    return (
        " E/2034/31\n E/CN.22/2034/12\n\n\n Commission on Mountain Regions\n\n Report on the twelfth session\n"
        " (2–11 April 2034)\n\n\n Economic and Social Council\n Official Records, 2034\n Supplement No. 11\n\n"
        "Chapter I\n           Matters calling for action by the Economic and Social Council\n\n"
        "           A.   Draft resolution for adoption by the Council\n\n"
        "           1.   The Commission recommends to the Economic and Social Council the adoption of the\n"
        "           following draft resolution:\n\n"
        "                      Mountain observatories\n\n"
        "                     The Economic and Social Council,\n"
        f"{preamble}"
        "                     1.   Requests the Secretary-General to support the Commission.\n\n"
        "           B.   Draft decision for adoption by the Council\n\n"
        f"{decision}"
        "           C.   Matters brought to the attention of the Council\n\n"
        "                           Resolution 12/1\n                           Mountain data\n\n"
        "                     The Commission on Mountain Regions,\n"
        "                     Recalling its resolution 10/2 of 9 April 2032, by which it established the\n"
        "                 Expert Group on Mountain Ecosystem Indicators, and its resolution 11/4 of 8 April 2033,\n"
        "                     1.   Decides that the Expert Group on Mountain Ecosystem Indicators shall\n"
        "                 continue its work on a standing basis under the Commission;\n"
        "                     2.   Requests the Expert Group to continue its work on the basis of its plan.\n\n"
        "Chapter II\n           Organization of the session\n\n"
        f"{narrative}"
    )


NARRATIVE = (
    "           5.   The Commission had before it the report of the Secretary-General on mountain\n"
    "           data (E/CN.22/2034/3), drawn up in response to Commission resolution 11/4. By that reso-\n"
    "           lution, adopted at its eleventh session, the Commission had asked the Secretary-General\n"
    "           to report at its twelfth session; in the same resolution it entrusted the Expert Group on\n"
    "           Mountain Ecosystem Indicators with a review of the index.\n"
)
GROUP = "ecosoc/cmr/expert-group-on-mountain-ecosystem-indicators"


def test_a_back_referenced_resolution_takes_the_session_set_off_after_it(registry: BodyRegistry) -> None:
    text = _report(NARRATIVE)
    resolution = InstrumentRef(CMR, "resolution", "11", "4")
    assert (resolution, GatheringRef(CMR, "session", 11)) in facts(text, registry, "adoptedAt")
    # a resolution numbered by another session is not adopted at the one set off after it
    other = text.replace("adopted at its eleventh session", "adopted at its ninth session")
    assert not any(s == resolution for s, _ in facts(other, registry, "adoptedAt"))


def test_a_body_created_in_chapter_one_is_tasked_by_its_whole_name_in_chapter_two(registry: BodyRegistry) -> None:
    text = _report(NARRATIVE)
    resolution = InstrumentRef(CMR, "resolution", "11", "4")
    assert (resolution, BodyRef(GROUP)) in facts(text, registry, "requests")
    # its kind alone ("the expert group") in the later chapter is no mention of it
    kind_only = text.replace("entrusted the Expert Group on\n           Mountain Ecosystem Indicators", "entrusted the expert group")
    assert (resolution, BodyRef(GROUP)) not in facts(kind_only, registry, "requests")


def test_continuing_its_work_on_a_standing_basis_makes_the_body_permanent(registry: BodyRegistry) -> None:
    made = facts(_report(NARRATIVE), registry, "makesConstantElement")
    # "to continue its work on the basis of its plan" is no such thing: one fact, of the decision
    assert made == {(InstrumentRef(CMR, "resolution", "12", "1"), BodyRef(GROUP))}


def test_its_own_resolution_in_the_councils_preamble_is_the_councils(registry: BodyRegistry) -> None:
    preamble = (
        "                     Recalling General Assembly resolution 47/191 of 22 December 1992, by which the\n"
        "                 Assembly requested the Council to set up the Commission, and its own resolution\n"
        "                 2031/19 of 23 July 2031,\n"
    )
    cited = facts(_report(NARRATIVE, preamble=preamble), registry, "adoptedOn")
    assert (InstrumentRef("ecosoc", "resolution", "2031", "19"), dt.date(2031, 7, 23)) in cited
    assert not any(isinstance(s, InstrumentRef) and s.issuer == CMR and s.session == "2031" for s, _ in cited)


def test_the_agenda_for_its_next_session_is_the_commissions(registry: BodyRegistry) -> None:
    decision = (
        "                     The Economic and Social Council takes note of the report of the\n"
        "                 Commission on Mountain Regions on its twelfth session and approves the\n"
        "                 provisional agenda for its thirteenth session.\n\n"
    )
    sessions = facts(_report(NARRATIVE, decision=decision), registry, "meetingOf")
    assert (GatheringRef(CMR, "session", 13), BodyRef(CMR)) in sessions
    assert (GatheringRef("ecosoc", "session", 13), BodyRef("ecosoc")) not in sessions


@pytest.mark.parametrize(
    "cover",
    [" E/2034/31\n E/CN.22/2034/12\n", "E/2034/31  E/CN.22/2034/12\n", "[E/2034/31](https://undocs.org/E/2034/31)  \n[E/CN.22/2034/12](https://undocs.org/E/CN.22/2034/12)\n"],
    ids=["two-lines", "one-line", "html2text"],
)
def test_the_two_symbols_on_the_cover_are_one_documents(registry: BodyRegistry, cover: str) -> None:
    text = _report(NARRATIVE).replace(" E/2034/31\n E/CN.22/2034/12\n", cover, 1)
    extraction = extract(text, source_key="report", registry=registry)
    assert extraction.document.ref.symbols == ("E/2034/31", "E/CN.22/2034/12")


@pytest.mark.parametrize(
    ("cover", "symbols"),
    [
        (" E/2034/31\n E/2034/32\n", ("E/2034/31",)),  # two documents of one series: a list
        (" E/2034/31\n E/2034/31/Add.1\n", ("E/2034/31",)),  # the document and its addendum
        (" E/2034/31\n E/CN.22/2034/12\n E/CN.23/2034/4\n", ("E/2034/31",)),  # three symbols: a list
    ],
    ids=["one-series", "addendum", "three"],
)
def test_symbols_that_are_no_second_symbol(registry: BodyRegistry, cover: str, symbols: tuple[str, ...]) -> None:
    text = _report(NARRATIVE).replace(" E/2034/31\n E/CN.22/2034/12\n", cover, 1)
    assert extract(text, source_key="report", registry=registry).document.ref.symbols == symbols


def test_a_document_and_its_corrigendum_on_one_line_are_not_one_document(registry: BodyRegistry) -> None:
    text = _report(NARRATIVE).replace(" E/2034/31\n E/CN.22/2034/12\n", "E/2034/31  E/2034/31/Corr.1\n", 1)
    assert "E/2034/31/Corr.1" not in extract(text, source_key="report", registry=registry).document.ref.symbols
