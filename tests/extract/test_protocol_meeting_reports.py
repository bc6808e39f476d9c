"""The report of a protocol's meeting of the Parties, held beside its convention's Conference
(E105, from the spent u126). Invented treaties, bodies, numbers and wording:

- "the Conference of the Parties to the <Convention> serving as the meeting of the Parties to the
  <Protocol>" is the protocol's body (`serving_as`), not the convention's Conference whose name
  the words begin with;
- "Before the meeting were ... (X)", "The session had before it ... (X)": the gathering named by
  its word alone is the one the report is of (`rules/own_gathering_words`);
- "the meeting adopted the decisions listed in the table below": each row was adopted there."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.listed_below import adopted_below
from mandate_graph.loaders.extract.rules.own_gathering_words import gathering_word_after, gathering_word_subject
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/dune-cop> a mg:Body ; mg:key "dune-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Coastal Dunes"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "CCD/COP" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/sand-mop> a mg:Body ; mg:key "sand-mop" ;
    skos:prefLabel "Conference of the Parties serving as the meeting of the Parties to the Shingle Protocol on Dune Restoration"@en ;
    skos:altLabel "Conference of the Parties serving as the meeting of the Parties to the Shingle Protocol"@en ;
    mg:symbolPrefix "CCD/SP/MOP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "SP-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/tide-cop> a mg:Body ; mg:key "tide-cop" ;
    skos:prefLabel "Conference of the Parties to the Tidal Flats Agreement"@en ;
    mg:shortName "Conference" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/tide-cmp> a mg:Body ; mg:key "tide-cmp" ;
    skos:prefLabel "Conference of the Parties serving as the meeting of the Parties to the Mudflat Protocol"@en ;
    mg:symbolPrefix "TFA/CMP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(
    ("title", "symbol", "body", "word", "n"),
    [
        ("# Report of the Conference of the Parties to the Convention on Coastal Dunes serving as the meeting of the "
         "Parties to the Shingle Protocol on Dune Restoration on its fourth meeting", "CCD/SP/MOP/4/12", "sand-mop", "meeting", 4),
        ("REPORT OF THE CONFERENCE OF THE PARTIES TO THE CONVENTION ON COASTAL DUNES SERVING AS THE MEETING OF THE "
         "PARTIES TO THE SHINGLE PROTOCOL ON ITS ELEVENTH MEETING", "CCD/SP/MOP/11/9", "sand-mop", "meeting", 11),
        ("Report of the Conference of the Parties to the Tidal Flats Agreement serving as the meeting of the Parties "
         "to the Mudflat Protocol on its second session", "TFA/CMP/2/5", "tide-cmp", "session", 2),
    ],
)
def test_the_convention_named_inside_the_role_is_the_protocols_body(
    registry: BodyRegistry, title: str, symbol: str, body: str, word: str, n: int
) -> None:
    text = f"{title}\n\n**Symbol:** {symbol}\n\n1. The meeting opened its work.\n"
    facts = _facts(text, registry)
    own = GatheringRef(body, word, n)  # type: ignore[arg-type]
    assert (DocumentRef(symbols=(symbol,)), "reportOf", own) in facts
    assert (own, "meetingOf", BodyRef(body)) in facts
    convention = "dune-cop" if body == "sand-mop" else "tide-cop"
    assert not any(isinstance(s, GatheringRef) and s.body == convention for s, _, _ in facts)


def test_the_conference_alone_stays_the_conventions(registry: BodyRegistry) -> None:
    # no role after the convention: its own Conference, even beside a protocol's meeting
    text = (
        "# Report of the Conference of the Parties to the Convention on Coastal Dunes on its ninth meeting\n\n"
        "**Symbol:** CCD/COP/9/20\n\n1. The ninth meeting was held back to back with the fourth meeting of the "
        "Conference of the Parties serving as the meeting of the Parties to the Shingle Protocol.\n"
    )
    facts = _facts(text, registry)
    assert (DocumentRef(symbols=("CCD/COP/9/20",)), "reportOf", GatheringRef("dune-cop", "meeting", 9)) in facts
    assert (GatheringRef("sand-mop", "meeting", 4), "meetingOf", BodyRef("sand-mop")) in facts


REPORT = (
    "# Report of the Conference of the Parties to the Convention on Coastal Dunes serving as the meeting of the "
    "Parties to the Shingle Protocol on Dune Restoration on its fourth meeting\n\n**Symbol:** CCD/SP/MOP/4/12\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "2. Before the meeting were the provisional agenda (CCD/SP/MOP/4/1) and a note by the secretariat (CCD/SP/MOP/4/3).",
        "2. Also before the meeting were a note by the secretariat (CCD/SP/MOP/4/3) and the provisional agenda (CCD/SP/MOP/4/1).",
        "2. The meeting had before it the provisional agenda (CCD/SP/MOP/4/1) and a note by the secretariat (CCD/SP/MOP/4/3).",
        "2. For that item, the meeting had before it the provisional agenda (CCD/SP/MOP/4/1) and a note (CCD/SP/MOP/4/3).",
    ],
)
def test_the_meeting_named_by_its_word_receives_the_documents(registry: BodyRegistry, sentence: str) -> None:
    facts = _facts(REPORT + sentence + "\n", registry)
    own = GatheringRef("sand-mop", "meeting", 4)
    for symbol in ("CCD/SP/MOP/4/1", "CCD/SP/MOP/4/3"):
        assert (DocumentRef(symbols=(symbol,)), "submittedTo", own) in facts


def test_a_session_is_not_a_meeting(registry: BodyRegistry) -> None:
    # the report is of a meeting: "the session" names no gathering it knows
    facts = _facts(REPORT + "2. Before the session were the provisional agenda (CCD/SP/MOP/4/1) and a note (CCD/SP/MOP/4/3).\n", registry)
    assert not any(r == "submittedTo" for _, r, _ in facts)


@pytest.mark.parametrize(
    ("text", "at", "kind"),
    [
        ("Before the meeting were", 6, "meeting"),
        ("before the present session was", 6, "session"),
        ("Before the meeting of the Bureau were", 6, None),
        ("Before the meetings were", 6, None),
        # "submitted to this conference": the conference the document is of is its session (E164)
        ("submitted to this conference in", 12, "session"),
        ("submitted to the present conference", 12, "session"),
        ("submitted to this session", 12, "session"),
        ("submitted to the conference", 12, None),
        ("submitted to this conference's bureau", 12, None),
    ],
)
def test_the_gathering_word_after(text: str, at: int, kind: str | None) -> None:
    assert gathering_word_after(text, at) == kind


@pytest.mark.parametrize(
    ("before", "kind"),
    [("The meeting ", "meeting"), ("Under item 4, the session also ", "session"), ("The Bureau ", None), ("The meetings ", None)],
)
def test_the_gathering_word_as_subject(before: str, kind: str | None) -> None:
    assert gathering_word_subject(before) == kind


@pytest.mark.parametrize(
    "told",
    [
        "At its plenary sessions of 7 and 8 May 2033, the meeting adopted the decisions listed in the table below.",
        "The meeting adopted the decisions set out in the table below.",
        "On 8 May 2033, the meeting adopted the following decisions:",
    ],
)
def test_rows_of_the_table_below_were_adopted_at_the_meeting(registry: BodyRegistry, told: str) -> None:
    text = (
        REPORT + f"3. {told}\n\n| Decision | Title | Adopted |\n|---|---|---|\n"
        "| SP-4/1 | Compliance | 7 May 2033 |\n| SP-4/6 | Budget | 8 May 2033 |\n\n4. The summaries follow.\n"
    )
    facts = _facts(text, registry)
    own = GatheringRef("sand-mop", "meeting", 4)
    for number in ("1", "6"):
        assert (InstrumentRef("sand-mop", "decision", "4", number), "adoptedAt", own) in facts


def test_the_table_below_counts_as_below() -> None:
    assert adopted_below("the Assembly adopted the resolutions listed in the table below") == "resolution"
    assert adopted_below("the meeting adopted the decisions shown in the list below.") == "decision"
    assert adopted_below("the report lists the decisions in the table below") is None


SUMMARIES = REPORT + (
    "### A. Restoration (decision SP-4/3)\n\n"
    "5. In decision SP-4/3 the Parties took note of the report of the Conference of the Parties to the Tidal Flats "
    "Agreement on its second session.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "6. By that decision, the dune mapping programme was extended until the sixth meeting.",
        "6. The mandate of the roster, renewed in the same decision, runs until the sixth meeting.",
        "6. In that decision the Parties kept the roster up to the sixth meeting.",
    ],
)
def test_a_term_runs_to_the_deciding_bodys_own_meeting(registry: BodyRegistry, sentence: str) -> None:
    # the Agreement's Conference named before holds sessions, not meetings; the convention's
    # Conference holds meetings but decided nothing here: the sixth meeting is the protocol's own
    facts = _facts(SUMMARIES + sentence + "\n", registry)
    assert (GatheringRef("sand-mop", "meeting", 6), "meetingOf", BodyRef("sand-mop")) in facts
    assert not any(isinstance(s, GatheringRef) and s.ordinal == 6 and s.body != "sand-mop" for s, _, _ in facts)


def test_a_term_of_a_body_named_after_of_stays_that_bodys(registry: BodyRegistry) -> None:
    sentence = "6. By that decision, the roster was kept until the tenth meeting of the Conference of the Parties to the Convention on Coastal Dunes.\n"
    facts = _facts(SUMMARIES + sentence, registry)
    assert (GatheringRef("dune-cop", "meeting", 10), "meetingOf", BodyRef("dune-cop")) in facts
    assert (GatheringRef("sand-mop", "meeting", 10), "meetingOf", BodyRef("sand-mop")) not in facts


@pytest.mark.parametrize("opening", ["Under that decision", "By the same decision", "Through that decision", "In that decision"])
@pytest.mark.parametrize("tense", ["is requested", "was requested", "was also invited"])
def test_a_passive_mandate_under_a_decision_named_back(registry: BodyRegistry, opening: str, tense: str) -> None:
    text = SUMMARIES + (
        f"6. {opening}, the Conference of the Parties to the Tidal Flats Agreement {tense} to share its data "
        "with the secretariat.\n"
    )
    facts = _facts(text, registry)
    relation = "invites" if "invited" in tense else "requests"
    assert (InstrumentRef("sand-mop", "decision", "4", "3"), relation, BodyRef("tide-cop")) in facts


@pytest.mark.parametrize("subject", ["The meeting", "The Parties", "The Conference of the Parties to the Convention on Coastal Dunes serving as the meeting of the Parties to the Shingle Protocol"])
@pytest.mark.parametrize("verb", ["further invited", "also requested"])
def test_the_next_paragraph_goes_on_with_the_decision(registry: BodyRegistry, subject: str, verb: str) -> None:
    text = SUMMARIES + f"6. {subject} {verb} the Conference of the Parties to the Tidal Flats Agreement to share its data.\n"
    facts = _facts(text, registry)
    relation = "invites" if "invited" in verb else "requests"
    assert (InstrumentRef("sand-mop", "decision", "4", "3"), relation, BodyRef("tide-cop")) in facts


@pytest.mark.parametrize("heading", ["### B. Restoration (decision SP-4/3)", "## Dune restoration (decision SP-4/3)"])
@pytest.mark.parametrize(
    "duty",
    [
        "The Conference of the Parties to the Tidal Flats Agreement is to share its data once a year.",
        "The Conference of the Parties to the Tidal Flats Agreement is also to share its data once a year.",
        "Also, the Conference of the Parties to the Tidal Flats Agreement is to share its data once a year.",
    ],
)
def test_a_duty_told_with_is_to_under_the_decisions_heading(registry: BodyRegistry, heading: str, duty: str) -> None:
    text = REPORT + (
        f"{heading}\n\n5. In decision SP-4/3 the Parties took note of the restoration reports.\n\n6. {duty}\n"
    )
    facts = _facts(text, registry)
    assert (InstrumentRef("sand-mop", "decision", "4", "3"), "requests", BodyRef("tide-cop")) in facts


@pytest.mark.parametrize(
    ("heading", "below", "duty"),
    [
        # the paragraph below names another decision: the heading is no account of SP-4/3
        ("### B. Restoration (decision SP-4/3)", "5. In decision SP-3/8 the Parties took note of the reports.",
         "6. The Conference of the Parties to the Tidal Flats Agreement is to share its data."),
        # "is to be": what happens, no duty
        ("### B. Restoration (decision SP-4/3)", "5. In decision SP-4/3 the Parties took note of the reports.",
         "6. The Conference of the Parties to the Tidal Flats Agreement is to be informed of the reports."),
        # no heading naming a decision
        ("### B. Restoration", "5. In decision SP-4/3 the Parties took note of the reports.",
         "6. The Conference of the Parties to the Tidal Flats Agreement is to share its data."),
    ],
)
def test_no_duty_without_the_account_of_the_decision(registry: BodyRegistry, heading: str, below: str, duty: str) -> None:
    facts = _facts(REPORT + f"{heading}\n\n{below}\n\n{duty}\n", registry)
    assert not any(r == "requests" and o == BodyRef("tide-cop") for _, r, o in facts)


def test_lettered_entries_of_a_word_export_head_their_accounts(registry: BodyRegistry) -> None:
    # a Word export prints "A.<tab>Title (decision X)" as a lettered entry, no section heading:
    # each entry ends the account before it, and the "is to" of the second is the second's
    text = (
        REPORT.replace("# ", "") + "A.\tRestoration (decision SP-4/3)\n"
        "5.\tIn decision SP-4/3 the Parties took note of the restoration reports.\n"
        "B.\tBudget (decision SP-4/6)\n"
        "6.\tBy that decision, the Parties adopted the budget.\n"
        "7.\tThe Conference of the Parties to the Tidal Flats Agreement is to share its data once a year.\n"
    )
    facts = _facts(text, registry)
    assert (InstrumentRef("sand-mop", "decision", "4", "3"), "requests", BodyRef("tide-cop")) not in facts


@pytest.mark.parametrize(
    ("field", "place", "days"),
    [
        ("Meeting: Fourth meeting (SP-4), Nairobi, 12–24 October 2033", "Nairobi", ("2033-10-12", "2033-10-24")),
        ("Meeting: Fourth meeting, Montreal, 3-7 May 2033", "Montreal", ("2033-05-03", "2033-05-07")),
        ("Fourth meeting (SP-4), Geneva, 9 June 2033", "Geneva", ("2033-06-09", "2033-06-09")),
    ],
)
def test_field_lines_of_a_word_masthead(registry: BodyRegistry, field: str, place: str, days: tuple[str, str]) -> None:
    # a Word export (tab after each number, a tab-laid table), each field on a line of its own:
    # the distribution's date is no session's place and dates
    text = (
        "Report of the Conference of the Parties to the Convention on Coastal Dunes serving as the meeting of the "
        "Parties to the Shingle Protocol on Dune Restoration on its fourth meeting\n"
        f"Symbol: CCD/SP/MOP/4/12\nDistribution: General, 02.11.2033\n{field}\n"
        "I.\tIntroduction\n1.\tThe meeting opened its work.\n2.\tThe meeting adopted the decisions listed in the table below.\n"
        "Decision\tTitle\tAdopted\nSP-4/1\tCompliance\t7 May 2033\nSP-4/2\tBudget\t8 May 2033\n3.\tThe summaries follow.\n"
    )
    facts = _facts(text, registry)
    own = GatheringRef("sand-mop", "meeting", 4)
    assert (own, "heldIn", place) in facts
    assert not any(r == "heldIn" and o == "General" for _, r, o in facts)
    held = [o for s, r, o in facts if s == own and r == "heldOn"]
    assert [(d.start.isoformat(), d.end.isoformat()) for d in held] == [days]  # type: ignore[attr-defined]
