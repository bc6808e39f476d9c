"""Whose addressee and whose citation (E90): "States parties" in another treaty's instrument,
", as the secretariat of X," after an addressee, "the secretariat" that a shipped body's alias
would take, and "Recalling X, by which ..., and Y". Invented bodies and wording, varied."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, RESOLUTION, facts, in_resolution, key

PARTIES = "states-parties"


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Calls upon States parties to review their coastal laws;",
        "1. Urges States Parties that have not yet done so to designate focal points;",
        "1. Encourages all States parties to share monitoring data;",
        "1. Invites States parties to the Convention to nominate experts by 1 May 2032;",
    ],
)
def test_another_treatys_body_addresses_no_shipped_states_parties(paragraph: str) -> None:
    # The invented Commission is a body of a user's reference file: its instruments speak to
    # its own treaty's parties, which the shipped STATES-PARTIES node does not stand for.
    found = {o for relation in ("requests", "encourages", "invites") for s, o in facts(in_resolution(paragraph), relation)}
    assert PARTIES not in found


@pytest.mark.parametrize(
    "paragraph, addressee",
    [
        ("1. Calls upon States parties and the Bureau to review the guidelines;", "ccr/bureau"),
        ("1. Requests the Bureau and States parties to report on progress;", "ccr/bureau"),
    ],
)
def test_other_addressees_beside_the_parties_stay(paragraph: str, addressee: str) -> None:
    found = facts(in_resolution(paragraph), "requests")
    assert (RESOLUTION, addressee) in found
    assert (RESOLUTION, PARTIES) not in found


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Requests further the Bureau, as the secretariat of the Working Group on Early Warning Systems, to prepare a note;",
        "1. Requests the Bureau, in its capacity as the secretariat of the Committee on Coastal Data, to circulate the report;",
        "1. Invites the Bureau, as the secretariat of the Committee on Coastal Data, to assist;",
    ],
)
def test_a_role_after_an_addressee_is_no_second_addressee(paragraph: str) -> None:
    found = {o for relation in ("requests", "invites") for s, o in facts(in_resolution(paragraph), relation)}
    assert "ccr/bureau" in found
    assert not found & {"ccr/secretariat", "ccr/wg-early-warning", "ccr/committee-on-data"}


def test_as_well_as_still_joins_two_addressees() -> None:
    found = facts(in_resolution("1. Requests the Bureau, as well as the secretariat, to prepare a note;"), "requests")
    assert {(RESOLUTION, "ccr/bureau"), (RESOLUTION, "ccr/secretariat")} <= found


_CONVENTION = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/regional-commission> a mg:Body ;
    mg:key "regional-commission" ;
    skos:prefLabel "Regional Commission for the Northern Seas"@en ;
    mg:shortName "Commission" .

<body/dunes-mop> a mg:Body ;
    mg:key "dunes-mop" ;
    skos:prefLabel "Meeting of the Parties to the Convention on the Protection of Coastal Dunes"@en ;
    skos:altLabel "Meeting of the Parties to the Dunes Convention"@en ;
    mg:shortName "Meeting of the Parties" ;
    mg:symbolPrefix "DUN/MP" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .

<body/dunes-mop/secretariat> a mg:Body ;
    mg:key "dunes-mop/secretariat" ;
    skos:prefLabel "secretariat of the Dunes Convention"@en ;
    mg:shortName "secretariat" ;
    org:subOrganizationOf <body/regional-commission> .
"""

_DECISION = """United Nations DUN/MP/2031/2

Meeting of the Parties to the Convention on the Protection of Coastal Dunes

Report of the Meeting of the Parties on its sixth session

Decision VI/2
Monitoring of dune erosion
The Meeting of the Parties,
1. Decides to establish an expert group on dune erosion;
2. {verb} the secretariat to {task};
"""


@pytest.mark.parametrize(
    "verb, task",
    [
        ("Calls upon", "service the meetings of the expert group"),
        ("Requests", "prepare a glossary of terms"),
        ("Invites", "compile national reports"),
    ],
)
def test_lower_case_secretariat_is_the_conventions_own(tmp_path: Path, verb: str, task: str) -> None:
    # The shipped UNODC secretariat carries "secretariat" as an alias; in a document of the
    # Meeting of the Parties to the Dunes Convention, the secretariat "of the Dunes Convention" is meant.
    ttl = tmp_path / "dunes.ttl"
    ttl.write_text(_CONVENTION)
    registry = load_registry(BASE, [ttl])
    extraction = extract(_DECISION.format(verb=verb, task=task), source_key="test", registry=registry)
    addressed = {key(f.object) for f in extraction.facts if f.relation in ("requests", "invites", "encourages")}
    assert "dunes-mop/secretariat" in addressed
    assert "unodc/secretariat" not in addressed


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        ("2. The secretariat is requested to service the meetings of the expert group;", True),
        ("2. The secretariat is invited to compile national reports;", True),
        # capitalised too: the shipped "Secretariat" (UNODC's) is a stranger's name in a document
        # that never points to UNODC, and the author's own secretariat is meant (E115, E128)
        ("2. The Secretariat is requested to service the meetings of the expert group;", True),
    ],
)
def test_the_secretariat_opening_a_clause_in_lower_case_is_the_conventions_own(tmp_path: Path, clause: str, asked: bool) -> None:
    # (E126: "The secretariat is requested to ..." in a decision of the Executive Body of the Air
    # Convention, the spent u146: the capital of the article is the sentence's)
    ttl = tmp_path / "dunes.ttl"
    ttl.write_text(_CONVENTION)
    registry = load_registry(BASE, [ttl])
    text = _DECISION.replace("2. {verb} the secretariat to {task};", clause)
    extraction = extract(text, source_key="test", registry=registry)
    addressed = {key(f.object) for f in extraction.facts if f.relation in ("requests", "invites", "encourages")}
    assert ("dunes-mop/secretariat" in addressed) == asked


@pytest.mark.parametrize(
    "recital",
    [
        "Recalling resolution 9/3 of 2 March 2029, by which the Commission adopted its strategic plan, and resolution 10/5,",
        "Recalling also its resolution 9/3, in which it endorsed the coastal agenda, and its resolution 10/5 of 4 March 2030,",
        "Reaffirming resolution 9/3, by which it decided to meet every two years, and resolution 10/5,",
    ],
)
def test_an_instrument_recalled_beside_another_is_not_cited_by_it(recital: str) -> None:
    found = facts(in_resolution(recital, "1. Decides to continue its work;"), "cites")
    assert {(RESOLUTION, "ccr/res/9/3"), (RESOLUTION, "ccr/res/10/5")} <= found
    assert ("ccr/res/9/3", "ccr/res/10/5") not in found


def test_a_citation_inside_the_clause_is_still_the_recalled_instruments() -> None:
    text = in_resolution(
        "Recalling resolution 10/5, in which the Commission, recalling its resolution 9/3, requested the Bureau to report,",
        "1. Decides to continue its work;",
    )
    assert ("ccr/res/10/5", "ccr/res/9/3") in facts(text, "cites")


@pytest.mark.parametrize(
    "sentence, relation, addressee",
    [
        ("The decision also urges the Bureau to publish the data.", "encourages", "ccr/bureau"),
        ("The decision further requests the Working Group on Early Warning Systems to report.", "requests", "ccr/wg-early-warning"),
        ("The resolution also invites the Committee on Coastal Data to contribute.", "invites", "ccr/committee-on-data"),
    ],
)
def test_the_instrument_a_report_just_named_speaks_on(sentence: str, relation: str, addressee: str) -> None:
    from tests.extract.phrasing import in_note

    kind = "decision" if "decision" in sentence.split()[1] else "resolution"
    number = "12/4"
    text = in_note(f"3. The Commission adopted {kind} {number} on coastal monitoring. {sentence}")
    subject = f"ccr/{'dec' if kind == 'decision' else 'res'}/12/4"
    assert (subject, addressee) in facts(text, relation)


@pytest.mark.parametrize(
    "heading, adopted",
    [
        ("Resolution 12/1\n\nAdopted on 14 March 2031\n\nStrengthening early warning for coastal communities", "2031-03-14"),
        ("Resolution 12/1\n\n**Adopted on 2 April 2031**\n\nStrengthening early warning for coastal communities", "2031-04-02"),
        ("Resolution 12/1\n\nStrengthening early warning for coastal communities\n\nAdopted without a vote on 9 March 2031", "2031-03-09"),
    ],
)
def test_an_adoption_line_under_the_heading_dates_the_instrument(heading: str, adopted: str) -> None:
    from tests.extract.phrasing import SESSION_REPORT

    text = SESSION_REPORT.replace(
        "Resolution 12/1\n\nStrengthening early warning for coastal communities", heading
    ) + "1. Requests the Bureau to report;\n"
    assert (RESOLUTION, adopted) in facts(text, "adoptedOn")


@pytest.mark.parametrize(
    "closing",
    ["\t\t31st plenary meeting\n\t\t12 March 2031\n", "31st plenary meeting\n12 March 2031\n", "Thirty-first plenary meeting, 12 March 2031\n"],
)
def test_a_decision_told_in_one_sentence_is_dated_by_its_closing_lines(closing: str) -> None:
    from tests.extract.phrasing import SESSION_REPORT

    text = SESSION_REPORT.replace("Resolution 12/1", "Decision 12/101").replace(
        "Strengthening early warning for coastal communities\n\nThe Commission on Coastal Resilience,\n\n",
        "Date and venue of the thirteenth session\n\n",
    ) + "The Commission on Coastal Resilience decided that its thirteenth session would be held in Geneva from 9 to 13 March 2032.\n\n" + closing
    assert ("ccr/dec/12/101", "2031-03-12") in facts(text, "adoptedOn")


@pytest.mark.parametrize(
    "operative, annex_line",
    [
        (
            "2. Decides to establish a working group on coastal data, with the terms of reference contained in Annex 1 to the present Resolution;",
            "2. The working group shall take into account the plan of action adopted by resolution 10/5.",
        ),
        (
            "2. Adopts the work plan set out in the annex to this resolution;",
            "(b) Activities under resolution 10/5 on coastal monitoring continue.",
        ),
        (
            "2. Establishes an expert group, whose mandate is as set out in the annex to the present resolution;",
            "The expert group shall build on the guidelines of resolution 10/5.",
        ),
    ],
)
def test_an_annex_the_instrument_makes_its_own_cites_for_it(operative: str, annex_line: str) -> None:
    text = in_resolution("Recalling its resolution 9/3,", "1. Requests the Bureau to report;", operative, "Annex 1", "Terms of reference", annex_line)
    assert (RESOLUTION, "ccr/res/10/5") in facts(text, "cites")


def test_an_annex_the_instrument_does_not_adopt_cites_nothing_for_it() -> None:
    text = in_resolution(
        "Recalling its resolution 9/3,", "1. Requests the Bureau to report;", "Annex", "List of participants",
        "Observers under resolution 10/5 attended the session.",
    )
    assert (RESOLUTION, "ccr/res/10/5") not in facts(text, "cites")


@pytest.mark.parametrize(
    "recital, title",
    [
        ("Recalling its resolution 10/5, Consolidated statement of continuing policies on coastal data;", "Consolidated statement of continuing policies on coastal data"),
        ("Recalling also resolution 10/5, Guidelines for the exchange of early warning data;", "Guidelines for the exchange of early warning data"),
        ("Reaffirming its resolution 10/5, Strategy for resilient coastal infrastructure,", "Strategy for resilient coastal infrastructure"),
    ],
)
def test_a_title_set_off_by_a_comma_ends_the_recital(recital: str, title: str | None) -> None:
    found = {o for s, o in facts(in_resolution(recital, "1. Requests the Bureau to report;"), "title") if s == "ccr/res/10/5"}
    assert found == ({title} if title else set())


@pytest.mark.parametrize(
    "sentence",
    [
        "By resolution 10/5, Commission members decided that the Bureau shall be a standing body;",
        "Recalling its resolution 10/5, General Assembly resolution 70/1 and the Sendai Framework;",
        "Recalling its resolution 10/5, Article 4 of the Convention;",
        "Recalling its resolution 10/5, Noting the report of the Bureau;",
    ],
)
def test_a_clause_or_a_name_after_the_comma_is_no_title(sentence: str) -> None:
    found = {o for s, o in facts(in_resolution(sentence, "1. Requests the Bureau to report;"), "title") if s == "ccr/res/10/5"}
    assert found == set()


_DECISIONS_PAGE = (
    "Decisions adopted at the twelfth session of the Commission on Coastal Resilience\n\n"
    "Decision 12/4 - Coastal data exchange\n\n"
    "The Commission on Coastal Resilience requests the Bureau to prepare a note on coastal data.\n\n"
    "{note}\n\n"
    "Related documents\n\n"
    "12/2 - Follow-up to decision 10/5: financial implications\n\n"
    "10/5 - Coastal monitoring: preparations for the thirteenth session\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "(E/CN.21/2031/9, paragraph 12, adopted on 14 March 2031)",
        "(E/CN.21/2031/9, para. 12, as amended by the Commission, adopted on 14 March 2031)",
    ],
)
def test_a_bracketed_adoption_note_closes_the_text_and_a_listed_subtitle_stays(note: str) -> None:
    text = _DECISIONS_PAGE.format(note=note)
    assert ("ccr/dec/12/4", "ccr/dec/10/5") not in facts(text, "cites")
    assert ("ccr/dec/12/4", "2031-03-14") in facts(text, "adoptedOn")


@pytest.mark.parametrize(
    "line, title",
    [
        ("12/2 - Follow-up to decision 10/5: financial implications", "Follow-up to decision 10/5: financial implications"),
        ("EB.77/INS/3 – Coastal monitoring: preparations for the Conference", "Coastal monitoring: preparations for the Conference"),
        ("Decision 4/1 – Programme budget: Part II: Annex", "Programme budget"),
    ],
)
def test_a_listed_title_keeps_its_subtitle_in_lower_case(line: str, title: str) -> None:
    from mandate_graph.loaders.extract.rules.titles import title_after

    number_end = line.index(" ", line.index("/"))
    found = title_after(line, number_end)
    assert found is not None and found.title == title


@pytest.mark.parametrize(
    "paragraph, body",
    [
        ("1. Decides that the open-ended working group on coastal data, established by resolution 10/5, shall continue as a standing body;", "ccr/working-group-on-coastal-data"),
        ("1. Notes that the informal task force on beach erosion, established by resolution 10/5, has met twice;", "ccr/task-force-on-beach-erosion"),
        ("1. Decides that the expert group on sediment monitoring, established by its resolution 10/5, shall meet annually;", "ccr/expert-group-on-sediment-monitoring"),
    ],
)
def test_a_body_described_in_lower_case_set_off_by_established_by(paragraph: str, body: str) -> None:
    assert ("ccr/res/10/5", body) in facts(in_resolution(paragraph), "establishes")


def test_a_body_described_in_lower_case_without_the_comma_is_left_alone() -> None:
    text = in_resolution("1. Takes note of the report of the working group on coastal data established by resolution 10/5;")
    assert not {o for s, o in facts(text, "establishes") if s == "ccr/res/10/5"}


@pytest.mark.parametrize(
    "paragraph, body",
    [
        ("1. Decides to establish a Finance and Audit Committee of five members;", "ccr/finance-and-audit-committee"),
        ("1. Decides to establish a Science and Technology Panel;", "ccr/science-and-technology-panel"),
        ("1. Decides to set up a Data and Statistics Task Force of twelve experts;", "ccr/data-and-statistics-task-force"),
    ],
)
def test_a_new_body_named_by_two_words_joined_by_and(paragraph: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(in_resolution(paragraph), "establishes")


@pytest.mark.parametrize(
    "told, standing",
    [
        ("Commission decided to establish a Coastal Finance Panel.", "The Panel is to be a standing panel of the Commission."),
        ("The Commission decided to establish a working group on coastal finance.", "The working group shall be a standing body of the Commission."),
        ("The Commission on Coastal Resilience agreed to establish a Coastal Finance Panel.", "The Panel shall remain a standing body."),
    ],
)
def test_a_decision_told_in_the_past_under_its_heading_is_its_text(told: str, standing: str) -> None:
    from tests.extract.phrasing import SESSION_REPORT

    text = SESSION_REPORT.replace("Resolution 12/1", "Decision 12/102").replace(
        "Strengthening early warning for coastal communities\n\nThe Commission on Coastal Resilience,\n\n",
        "Coastal finance (adopted 12 March 2031)\n\n",
    ) + told + "\n\n" + standing + "\n"
    established = {o for s, o in facts(text, "establishes") if s == "ccr/dec/12/102"}
    assert established
    assert {o for s, o in facts(text, "makesConstantElement") if s == "ccr/dec/12/102"} == established


@pytest.mark.parametrize(
    "paragraph, body",
    [
        ("1. Decides to establish a Coastal Data Interoperability Group (CDIG), open to all members;", "ccr/coastal-data-interoperability-group"),
        ("1. Decides to establish a Sediment Monitoring Group to advise the Commission;", "ccr/sediment-monitoring-group"),
    ],
)
def test_a_new_group_named_in_capitals(paragraph: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(in_resolution(paragraph), "establishes")


def test_a_group_of_states_is_no_new_body() -> None:
    text = in_resolution("1. Decides to establish a Group of Friends of Coastal Resilience;")
    assert not {o for s, o in facts(text, "establishes") if "group" in o and "friends" not in o}


@pytest.mark.parametrize(
    "note",
    [
        "(Proposal 12.0.3, Committee 2, 4th meeting; Commission – 9th plenary meeting, 14.03.2031)",
        "(Proposal 3.1, Plenary; Commission - ninth plenary meeting, 14 March 2031)",
        "(Draft 7/Rev.1; 9th plenary meeting, 14 March 2031)",
    ],
)
def test_a_bracketed_note_ending_on_the_plenary_dates_the_text(note: str) -> None:
    text = in_resolution("1. Requests the Bureau to report;", "2. Invites the Committee on Coastal Data to contribute;", note)
    assert (RESOLUTION, "2031-03-14") in facts(text, "adoptedOn")
