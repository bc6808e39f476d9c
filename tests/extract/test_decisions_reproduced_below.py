"""A report's chapter that says its body "adopted the decisions reproduced below" (E273, from the spent
u340): every text printed after the sentence was adopted at the gathering the sentence names, and on
the day of the sitting it sets off before the subject ("At its closing plenary session, on 17 November
2034, the Forty-Sixth Meeting of the Parties adopted ..."), as "adopted the following decisions" was.
A body that meets in numbered meetings (a treaty's Meeting of the Parties) adopts at its meeting as one
that meets in sessions does at its session. OCR's "l" for "1" in the day is read as the digit.

Near misses: "proposed that the Meeting adopt the decisions reproduced below" (no adoption), drafts
"submitted for consideration" below, a session named with no sitting day (no day given), a day that is
the report's own, not the sitting's.

The texts are invented; the bodies are invented in the Turtle below.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/lagoon-mop> a mg:Body ; mg:key "lagoon-mop" ;
    skos:prefLabel "Meeting of the Parties to the Lagoon Protocol on Brackish Waters"@en ;
    skos:altLabel "Meeting of the Parties to the Lagoon Protocol"@en ;
    mg:shortName "Meeting of the Parties" ; mg:symbolPrefix "LGP/MOP" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/peat-commission> a mg:Body ; mg:key "peat-commission" ;
    skos:prefLabel "Commission on Peatland Conservation"@en ;
    mg:shortName "Commission" ; mg:symbolPrefix "E/CN.31" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "resolution {session}/{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="doc", registry=registry).facts}


MOP_REPORT = (
    "LGP/MOP/21/9\nDistr.: General\n{masthead_day}\nOriginal: English\n\n"
    "Twenty-First Meeting of the Parties to the\nLagoon Protocol on Brackish Waters\nTunis, 6-10 October 2031\n\n"
    "Report of the Twenty-First Meeting of the Parties to the Lagoon Protocol on Brackish Waters\n\n"
    "VII. Adoption of decisions\n\n"
    "41. {sentence}\n\n"
    "Decision XXI/2: Monitoring of salinity\n\n"
    "The Twenty-First Meeting of the Parties decides:\n\n"
    "1. To request the Parties to share their salinity data;\n\n"
    "Decision XXI/3: Budget\n\n"
    "The Twenty-First Meeting of the Parties decides:\n\n"
    "1. To approve the budget for 2032;\n\n"
)
SESSION_REPORT = (
    "E/CN.31/2033/12\nDistr.: General\n30 April 2033\nOriginal: English\n\n"
    "Commission on Peatland Conservation\nReport on the ninth session (22-26 April 2033)\n\n"
    "Chapter II\n\nAdoption of resolutions\n\n"
    "12. {sentence}\n\n"
    "Resolution 9/1\n\nRewetting of drained peatlands\n\n"
    "The Commission on Peatland Conservation,\n\n"
    "1. Encourages Member States to rewet drained peatlands;\n\n"
    "Resolution 9/2\n\nPeat fires\n\n"
    "The Commission on Peatland Conservation,\n\n"
    "1. Calls for cooperation on peat fires;\n\n"
)
MOP_TEXTS = ("lagoon-mop/dec/21/2", "lagoon-mop/dec/21/3")
SESSION_TEXTS = ("peat-commission/res/9/1", "peat-commission/res/9/2")


@pytest.mark.parametrize(
    ("frame", "sentence", "texts", "gathering", "day"),
    [
        (MOP_REPORT, "At its closing plenary session, on 10 October 2031, the Twenty-First Meeting of the Parties to "
         "the Lagoon Protocol adopted the decisions reproduced below.", MOP_TEXTS, "lagoon-mop#21", "2031-10-10"),
        # OCR's "l" for "1" in the day
        (MOP_REPORT, "At its closing plenary session, on l0 October 2031, the Twenty-First Meeting of the Parties to "
         "the Lagoon Protocol adopted the decisions reproduced below.", MOP_TEXTS, "lagoon-mop#21", "2031-10-10"),
        (MOP_REPORT, "At its final plenary session, on 9 October 2031, the Twenty-First Meeting of the Parties to "
         "the Lagoon Protocol adopted the decisions set out below.", MOP_TEXTS, "lagoon-mop#21", "2031-10-09"),
        (MOP_REPORT, "At its 6th meeting, on 10 October 2031, the Twenty-First Meeting of the Parties to "
         "the Lagoon Protocol adopted the decisions contained below.", MOP_TEXTS, "lagoon-mop#21", "2031-10-10"),
        (SESSION_REPORT, "During its final plenary session, on 26 April 2033, the Commission on Peatland Conservation "
         "adopted the resolutions reproduced below.", SESSION_TEXTS, "peat-commission#9", "2033-04-26"),
        (SESSION_REPORT, "At its 8th meeting, on 25 April 2033, the Commission at its ninth session "
         "adopted the resolutions printed below.", SESSION_TEXTS, "peat-commission#9", "2033-04-25"),
    ],
)
def test_each_text_below_is_adopted_at_the_gathering_on_the_sitting_day(
    registry: BodyRegistry, frame: str, sentence: str, texts: tuple[str, ...], gathering: str, day: str
) -> None:
    facts = _facts(frame.format(sentence=sentence, masthead_day="12 October 2031"), registry)
    for text in texts:
        assert ("adoptedAt", text, gathering) in facts
        assert ("adoptedOn", text, day) in facts


def test_the_gathering_without_a_sitting_day_gives_no_day(registry: BodyRegistry) -> None:
    sentence = "The Twenty-First Meeting of the Parties to the Lagoon Protocol adopted the decisions reproduced below."
    facts = _facts(MOP_REPORT.format(sentence=sentence, masthead_day="12 October 2031"), registry)
    for text in MOP_TEXTS:
        assert ("adoptedAt", text, "lagoon-mop#21") in facts
        assert not any(f[0] == "adoptedOn" and f[1] == text for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        # a proposal: nothing adopted in the sentence
        "At its closing plenary session, on 10 October 2031, the Bureau proposed that the Twenty-First Meeting "
        "of the Parties to the Lagoon Protocol adopt the decisions reproduced below.",
        # drafts sent on for consideration
        "At its closing plenary session, on 10 October 2031, the Twenty-First Meeting of the Parties to "
        "the Lagoon Protocol considered the draft decisions reproduced below, which were not adopted.",
    ],
)
def test_no_adoption_told_gives_no_day(registry: BodyRegistry, sentence: str) -> None:
    facts = _facts(MOP_REPORT.format(sentence=sentence, masthead_day="12 October 2031"), registry)
    for text in MOP_TEXTS:
        assert ("adoptedOn", text, "2031-10-10") not in facts


def test_the_plenary_session_is_a_sitting_not_a_session(registry: BodyRegistry) -> None:
    # "its closing plenary session" is no session of the Commission's series: the ninth session
    # the report is of adopts the texts, not a session read from the sitting
    sentence = "At its closing plenary session, on 26 April 2033, the Commission adopted the resolutions reproduced below."
    facts = _facts(SESSION_REPORT.format(sentence=sentence), registry)
    assert not any(f[0] == "meetingOf" and f[1] not in ("peat-commission#9",) and f[2] == "peat-commission" for f in facts)
    for text in SESSION_TEXTS:
        assert ("adoptedOn", text, "2033-04-26") in facts


# "as set out in the report of that meeting (X)": "of that meeting" as "on that meeting" was — the
# report is of the one gathering the sentence named before it (E273, u340's Implementation Committee)
REPORT_OF_THAT = (
    "E/CN.31/2033/12\nDistr.: General\n30 April 2033\nOriginal: English\n\n"
    "Commission on Peatland Conservation\nReport on the ninth session (22-26 April 2033)\n\n"
    "Chapter I\n\n"
    "3. {sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "symbol", "gathering"),
    [
        ("The Commission endorsed the recommendations adopted by the Twenty-First Meeting of the Parties to the Lagoon "
         "Protocol, held in Tunis on 9 and 10 October 2031, as set out in the report of that meeting (LGP/MOP/21/9).",
         "LGP/MOP/21/9", "lagoon-mop#21"),
        ("The Commission took note of the work done at its eighth session, as reflected in the report of that session "
         "(E/CN.31/2032/10).", "E/CN.31/2032/10", "peat-commission#8"),
    ],
)
def test_the_report_of_that_meeting_is_of_the_gathering_named_before(
    registry: BodyRegistry, sentence: str, symbol: str, gathering: str
) -> None:
    assert ("reportOf", symbol, gathering) in _facts(REPORT_OF_THAT.format(sentence=sentence), registry)


def test_two_gatherings_before_leave_that_meeting_unsaid(registry: BodyRegistry) -> None:
    # two sessions named before "that session": which one is not said
    sentence = ("The Commission compared its seventh and eighth sessions, as set out in the report of that session "
                "(E/CN.31/2032/10).")
    facts = _facts(REPORT_OF_THAT.format(sentence=sentence), registry)
    assert not any(f[0] == "reportOf" and f[1] == "E/CN.31/2032/10" for f in facts)


# The report's own numbering resumes after the last text it reproduces ("131." after the clauses 1 to
# 4 of a decision printed under "130. ... adopted the decisions reproduced below"): the text ends
# there, and what paragraph 131 says is the report's, not the decision's (E273, u340's extra `cites`)
RESUMED = (
    "LGP/MOP/21/9\nDistr.: General\n12 October 2031\nOriginal: English\n\n"
    "Report of the Twenty-First Meeting of the Parties to the Lagoon Protocol on Brackish Waters\n\n"
    "57. The Twenty-First Meeting of the Parties to the Lagoon Protocol adopted the decisions reproduced below.\n\n"
    "Decision XXI/2: Monitoring of salinity\n\n"
    "The Twenty-First Meeting of the Parties decides:\n\n"
    "1. To request the Parties to share their salinity data;\n\n"
    "2. To approve the budget for 2032;\n\n"
    "{after}\n"
)


def test_the_reports_next_number_ends_the_text(registry: BodyRegistry) -> None:
    after = "58. In accordance with decision XXI/7, the Twenty-Second Meeting of the Parties will be held in Rabat."
    facts = _facts(RESUMED.format(after=after), registry)
    assert ("adoptedAt", "lagoon-mop/dec/21/2", "lagoon-mop#21") in facts
    assert ("cites", "lagoon-mop/dec/21/2", "lagoon-mop/dec/21/7") not in facts


def test_the_texts_next_clause_stays_in_the_text(registry: BodyRegistry) -> None:
    # near miss: "3." goes on from the clauses 1 and 2, whatever the report's number before
    after = "3. To take note of decision XXI/7 on the dates of the next meeting."
    facts = _facts(RESUMED.replace("57. The", "2. The").format(after=after), registry)
    assert ("cites", "lagoon-mop/dec/21/2", "lagoon-mop/dec/21/7") in facts
