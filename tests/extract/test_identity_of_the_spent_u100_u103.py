"""Identity and layout families of the spent u100, u102 and u103 (E77), each on invented documents
of invented bodies (tests/data/spent_u100_u103.ttl with tests/data/phrasing.ttl) varied in
numbering, wording, widths and order:

- a page of decisions saved as text, each decision set apart by a horizontal rule: the rule parts
  them, so each decision keeps its own heading, date and clauses;
- a report printed by `pdftotext -layout` whose paragraph numbers stand in the margin, the text at a
  tab stop and the lines below flush with the number: one paragraph, not two columns;
- a decision's heading over the report's own account of it ("Decision OC-23/2. Title" / "7. ...,
  the Council, in decision OC-23/2, decided ..."): the account tells that decision, paragraph after
  paragraph, and a recital set off before the subject is that decision's citation;
- "The Board adopted three decisions at its forty-first session": each text of the page adopted
  there, when the count matches;
- "Having before it ... (X)," in a decision's preamble, "Also before the Council was a note ...
  (X)": the paper was before the session;
- an aligned table whose header is set apart from its rows by a blank line;
- "General Assembly resolutions 1514 (XV) of ..., containing ..., and 1654 (XVI) of ...": the
  Assembly's, each of them, whatever other body numbers its resolutions so;
- a bare "the forty-second session" in a Board's list of decisions is the Board's, not that of
  another organization's commission a decision invites."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with, in_resolution, key

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u100_u103.ttl"


_extracted = extracted_with(SPENT)


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in _extracted(text) if r == relation}


# ---------------------------------------------------------------- a page of decisions parted by rules

_ORDINALS = {41: ("forty-first", "forty-second"), 80: ("eightieth", "eighty-first")}


def decisions_page(session: int, rule: str, adopted_line: str = "The Board adopted three decisions at its {ordinal} session;"
                   " they are reproduced below.") -> str:
    ordinal, following = _ORDINALS[session]
    n = session
    return f"""Skip to main content
SBB
Staff Benefits Board
Home    About the Board    Sessions    Contact us
English | Français
Search

Home › Governance › Sessions › {n}th session

Benefits Board – {n}th session
Bonn, 3–7 May 2031

Download (PDF, 212 KB) | Print | Share

Decisions of the Staff Benefits Board at its {ordinal} session

The Staff Benefits Board held its {ordinal} session in Bonn from 3 to 7 May 2031, under the chairmanship of Ms. Ana Reis, with the participation of representatives of all member organizations, of the associations of participants and retirees and of the secretariat of the Board.

{adopted_line.format(ordinal=ordinal)}

List of decisions
{n}/1  Adoption of the agenda
{n}/2  Report of the Audit Panel
{n}/3  Date and place of the {following} session

{rule}

Decision {n}/1
Adoption of the agenda

The Benefits Board,
Having before it the provisional agenda of its {ordinal} session (SBB/{n}/R.1),
Adopts the agenda as amended orally.

Adopted at the 1st meeting, 3 May 2031

{rule}

Decision {n}/2
Report of the Audit Panel

The Benefits Board,
1. Requests the Chief Benefits Officer to report to the Board at its {following} session;
2. Invites the Civil Service Review Commission to share its experience with the Audit Panel.

Adopted at the 4th meeting, 5 May 2031

{rule}

Decision {n}/3
Date and place of the {following} session

The Benefits Board,
Decides to hold its {following} session in Nairobi from 10 to 14 May 2032.

Adopted at the 6th meeting, 7 May 2031

{rule}

Contact | Terms of use | Privacy notice
© Staff Benefits Board 2031
"""


RULES = ["_" * 40, "-" * 24, "\u2014" * 12, "_" * 8]


def word_export(page: str) -> str:
    """The page as a Word plain-text export prints it: each paragraph on a line of its own, no
    blank line between them, the horizontal line a line of underscores."""
    return "\r\n".join(line for line in page.split("\n") if line.strip()) + "\r\n"


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("session", [41, 80])
def test_a_rule_between_decisions_parts_them(session: int, rule: str) -> None:
    text = decisions_page(session, rule)
    n = session
    assert facts(text, "adoptedOn") >= {
        (f"sbb/dec/{n}/1", "2031-05-03"), (f"sbb/dec/{n}/2", "2031-05-05"), (f"sbb/dec/{n}/3", "2031-05-07"),
    }
    assert {s for s, _ in facts(text, "adoptedOn") if s.startswith("sbb/")} == {f"sbb/dec/{n}/{k}" for k in (1, 2, 3)}
    assert (f"sbb/dec/{n}/1", "Adoption of the agenda") in facts(text, "title")
    assert facts(text, "requests") == {(f"sbb/dec/{n}/2", "sbb/chief-officer")}
    assert {s for s, _ in facts(text, "containedIn")} == {f"sbb/dec/{n}/{k}" for k in (1, 2, 3)}


@pytest.mark.parametrize("rule", ["_" * 40, "_" * 12])
@pytest.mark.parametrize("session", [41, 80])
def test_a_line_of_underscores_parts_the_decisions_of_a_word_export(session: int, rule: str) -> None:
    text = word_export(decisions_page(session, rule))
    n = session
    assert {s for s, _ in facts(text, "adoptedOn") if s.startswith("sbb/")} == {f"sbb/dec/{n}/{k}" for k in (1, 2, 3)}
    assert (f"sbb/dec/{n}/1", "2031-05-03") in facts(text, "adoptedOn")
    assert facts(text, "adoptedAt") >= {(f"sbb/dec/{n}/{k}", f"sbb#{n}") for k in (1, 2, 3)}
    assert facts(text, "requests") == {(f"sbb/dec/{n}/2", "sbb/chief-officer")}


@pytest.mark.parametrize("session", [41, 80])
def test_a_bare_session_in_the_list_is_the_boards_not_an_invited_commissions(session: int) -> None:
    text = decisions_page(session, "_" * 40)
    sessions = facts(text, "meetingOf")
    assert (f"sbb#{session + 1}", "sbb") in sessions
    assert not any(body == "ga/csrc" for _, body in sessions)


@pytest.mark.parametrize(("line", "adopted"), [
    ("The Board adopted three decisions at its {ordinal} session; they are reproduced below.", True),
    ("The Board adopted 3 decisions at its {ordinal} session.", True),
    ("At its {ordinal} session, the Board adopted a total of three decisions, reproduced below.", True),
    ("The Board adopted the following three decisions at its {ordinal} session:", True),
    ("The Board adopted four decisions at its {ordinal} session.", False),  # the page holds three
    ("The Board adopted three resolutions at its {ordinal} session.", False),  # no resolution here
])
@pytest.mark.parametrize("session", [41, 80])
def test_a_counted_adoption_adopts_each_text_of_the_page(session: int, line: str, adopted: bool) -> None:
    text = decisions_page(session, "_" * 40, line)
    expected = {(f"sbb/dec/{session}/{k}", f"sbb#{session}") for k in (1, 2, 3)}
    assert (facts(text, "adoptedAt") >= expected) is adopted


@pytest.mark.parametrize("session", [41, 80])
def test_having_before_it_sends_the_paper_to_the_adopting_session(session: int) -> None:
    text = decisions_page(session, "-" * 24)
    assert (f"SBB/{session}/R.1", f"sbb#{session}") in facts(text, "submittedTo")


@pytest.mark.parametrize("opening", ["Having before it", "Having had before it"])
@pytest.mark.parametrize("papers", [
    ("the report of the Secretary-General on coastal data (E/CN.21/2031/3)",),
    ("the note by the secretariat (E/CN.21/2031/4) and the report of the Committee on Coastal Data (E/CN.21/2031/5)",),
])
def test_having_before_it_in_a_resolution_of_a_session_report(opening: str, papers: tuple[str]) -> None:
    text = in_resolution(f"{opening} {papers[0]},", "1. Requests the secretariat to report.")
    sent = facts(text, "submittedTo")
    for symbol in ("E/CN.21/2031/3", "E/CN.21/2031/4", "E/CN.21/2031/5"):
        assert ((symbol, "ccr#12") in sent) is (symbol in papers[0])


# ---------------------------------------------------------------- a report in pdftotext -layout

def _numbered(label: str, text: str, gap: int, width: int) -> str:
    """A paragraph as pdftotext -layout prints it: its number at the margin, the text at a tab
    stop, the lines below flush with the number."""
    margin = " " * 10
    return textwrap.fill(text, width=width, initial_indent=margin + label + " " * gap, subsequent_indent=margin)


def council_report(gap: int, width: int) -> str:
    paragraphs = [
        ("heading", "I.     Introduction"),
        ("1.", "The Preparatory Council for the Ocean Observation Organization held its twenty-third session in Lisbon"
               " from 10 to 13 June 2031 under the chairmanship of Ambassador Ana Reis."),
        ("2.", "Working Group 2 held its fourteenth session in Lisbon from 24 February to 7 March 2031. It recommended"
               " that the Council approve the revised calibration procedures."),
        ("3.", "Also before the Council was a note by the Technical Secretariat on the status of the observing network"
               " (OOO/TS/INF.88), prepared pursuant to decision OC-22/5."),
        ("heading", "II.    Decisions adopted by the Council"),
        ("4.", "The Council adopted three decisions at its twenty-third session. They are summarized below and listed in"
               " the annex to the present report."),
        ("heading", "Decision OC-23/1. Report of Working Group 2 on its fourteenth session"),
        ("5.", "By decision OC-23/1, adopted on 12 June 2031, the Council endorsed the recommendations adopted by Working"
               " Group 2 at its fourteenth session and approved the report of that session."),
        ("6.", "In the same decision, the Council requested the Technical Secretariat to revise the manual for buoy"
               " maintenance. The Council also recalled its decision OC-20/4 on buoy certification."),
        ("heading", "Decision OC-23/2. Expert group on deep-ocean sensors"),
        ("7.", "Recalling General Assembly resolution 85/70 of 7 December 2030, and its own decision OC-21/2, the"
               " Council, in decision OC-23/2, decided to establish an expert group on deep-ocean sensors, open to all"
               " signatories, under Working Group 1."),
        ("8.", "The Council further decided that the expert group shall serve as a standing subsidiary body of Working"
               " Group 1, and requested the expert group to submit its first report to the Council at its twenty-fifth"
               " session."),
        ("9.", "The Executive Secretary was requested to provide the expert group with the support it requires."),
        ("heading", "Decision OC-23/3. Dates of the twenty-fourth session"),
        ("10.", "By decision OC-23/3, adopted on 13 June 2031, the Council decided that its twenty-fourth session would"
                " be held in Lisbon from 1 to 4 December 2031, and requested the Executive Secretary to report to the"
                " Council at that session on the observing network."),
    ]
    body = []
    for label, text in paragraphs:
        body.append(" " * 10 + text if label == "heading" else _numbered(label, text, gap, width))
    annex = (
        "                  Decisions adopted by the Council at its twenty-third session\n\n"
        "          Decision     Title                                              Date of adoption\n\n"
        "          OC-23/1      Report of Working Group 2 on its fourteenth        12 June 2031\n"
        "                       session\n"
        "          OC-23/2      Expert group on deep-ocean sensors                 12 June 2031\n"
        "          OC-23/3      Dates of the twenty-fourth session                 13 June 2031\n"
    )
    return (
        "                                                                          OOO/PC-23/1\n"
        "                                                                          14 June 2031\n\n"
        "                                                                          Original: English\n\n\n"
        "          Preparatory Council for the Ocean\n"
        "          Observation Organization\n"
        "          Twenty-third session\n"
        "          Lisbon, 10–13 June 2031\n\n\n"
        "                 REPORT OF THE TWENTY-THIRD SESSION OF THE PREPARATORY COUNCIL\n"
        "                    FOR THE OCEAN OBSERVATION ORGANIZATION\n\n\n"
        + "\n\n".join(body)
        + "\n\n\n                                                                                    Annex\n\n"
        + annex
    )


LAYOUTS = [(6, 88), (8, 90), (11, 84), (9, 96)]


@pytest.mark.parametrize(("gap", "width"), LAYOUTS)
def test_a_number_in_the_margin_keeps_its_paragraph_whole(gap: int, width: int) -> None:
    text = council_report(gap, width)
    assert ("oc#23", "2031-06-10/2031-06-13") in facts(text, "heldOn")
    assert ("oc/wg-2#14", "2031-02-24/2031-03-07") in facts(text, "heldOn")
    assert ("OOO/TS/INF.88", "oc#23") in facts(text, "submittedTo")
    assert ("OOO/TS/INF.88", "oc/dec/22/5") in facts(text, "pursuantTo")


@pytest.mark.parametrize(("gap", "width"), LAYOUTS)
def test_the_accounts_under_decision_headings_tell_those_decisions(gap: int, width: int) -> None:
    text = council_report(gap, width)
    assert facts(text, "endorses") == {("oc/dec/23/1", "oc/wg-2#14")}
    requests = facts(text, "requests")
    assert ("oc/dec/23/1", "oc/ts") in requests
    assert ("oc/dec/23/3", "oc/executive-secretary") in requests
    assert ("oc/dec/23/2", "oc/executive-secretary") in requests
    born = {body for decision, body in facts(text, "establishes") if decision == "oc/dec/23/2"}
    assert len(born) == 1
    assert ("oc/dec/23/2", next(iter(born))) in requests
    assert ("oc/dec/23/2", next(iter(born))) in facts(text, "makesConstantElement")
    assert facts(text, "cites") >= {
        ("oc/dec/23/1", "oc/dec/20/4"), ("oc/dec/23/2", "ga/res/85/70"), ("oc/dec/23/2", "oc/dec/21/2"),
    }
    assert not any(s.startswith("oc/dec/23/") for s, _ in facts(text, "containedIn"))


@pytest.mark.parametrize(("gap", "width"), LAYOUTS)
def test_a_table_headed_over_a_blank_line_and_a_counted_adoption(gap: int, width: int) -> None:
    text = council_report(gap, width)
    assert facts(text, "adoptedOn") >= {
        ("oc/dec/23/1", "2031-06-12"), ("oc/dec/23/2", "2031-06-12"), ("oc/dec/23/3", "2031-06-13"),
    }
    assert facts(text, "adoptedAt") >= {(f"oc/dec/23/{k}", "oc#23") for k in (1, 2, 3)}


# ---------------------------------------------------------------- narrated decisions in default numbering

REPORT = (
    "United Nations                                              E/CN.21/2031/9\n\n"
    "Commission on Coastal Resilience\n\n"
    "Report of the Commission on its twelfth session\n\n"
    "III. Decisions adopted by the Commission\n\n"
    "{paragraphs}\n"
)


@pytest.mark.parametrize("heading", ["Decision 12/2. Expert group on tide gauges", "Decision 12/2: Expert group on tide gauges"])
@pytest.mark.parametrize("opening", [
    "In decision 12/2, the Commission decided to establish an expert group on tide gauges.",
    "By decision 12/2, adopted on 4 March 2031, the Commission decided to establish an expert group on tide gauges.",
    "Recalling its decision 11/2, the Commission, in decision 12/2, decided to establish an expert group on tide gauges.",
])
def test_an_account_goes_on_over_its_paragraphs(heading: str, opening: str) -> None:
    paragraphs = [
        heading,
        f"8.  {opening}",
        "9.  The Commission further decided that the expert group shall serve as a standing subsidiary body of the"
        " Working Group on Early Warning Systems, and requested the expert group to report to the Commission at its"
        " fourteenth session.",
        "10.  The Executive Secretary was requested to support the expert group, and the Committee on Coastal Data was"
        " invited to contribute its data.",
    ]
    text = REPORT.format(paragraphs="\n\n".join(paragraphs))
    born = {body for decision, body in facts(text, "establishes") if decision == "ccr/dec/12/2"}
    assert len(born) == 1
    group = next(iter(born))
    assert ("ccr/dec/12/2", group) in facts(text, "makesConstantElement")
    assert facts(text, "requests") >= {("ccr/dec/12/2", group), ("ccr/dec/12/2", "ccr/executive-secretary")}
    assert ("ccr/dec/12/2", "ccr/committee-on-data") in facts(text, "invites")


# ---------------------------------------------------------------- recitals before the subject

@pytest.mark.parametrize("opener", ["Recalling", "Noting", "Bearing in mind", "Reaffirming"])
@pytest.mark.parametrize("cited", [
    ("General Assembly resolution 85/64", ("ga/res/85/64",)),
    ("General Assembly resolution 85/64 of 7 December 2030, entitled \"Coastal futures\", and its own decision 11/2",
     ("ga/res/85/64", "ccr/dec/11/2")),
])
@pytest.mark.parametrize(("set_off", "number"), [
    ("in decision 12/3", "ccr/dec/12/3"), ("by decision 12/4 of 6 March 2031", "ccr/dec/12/4"),
    ("through resolution 12/1", "ccr/res/12/1"),
])
def test_a_recital_before_the_subject_is_the_set_off_instruments(
    opener: str, cited: tuple[str, tuple[str, ...]], set_off: str, number: str,
) -> None:
    text = REPORT.format(paragraphs=f"8.  {opener} {cited[0]}, the Commission, {set_off}, requested the Executive"
                                    " Secretary to report on tide gauges.")
    assert (number, "ccr/executive-secretary") in facts(text, "requests")
    assert {(number, ref) for ref in cited[1]} <= facts(text, "cites")


def test_a_recital_with_no_instrument_set_off_cites_nothing() -> None:
    text = REPORT.format(paragraphs="8.  Recalling General Assembly resolution 85/64, the Commission requested the"
                                    " Executive Secretary to report on tide gauges.")
    assert not any(s.startswith("ccr/") for s, _ in facts(text, "cites"))


# ---------------------------------------------------------------- papers before the session, told first

@pytest.mark.parametrize("opening", [
    "Also before the Commission was", "Before the Commission was also", "In addition, before the Commission was",
    "Further before the Commission was",
])
def test_a_paper_told_before_the_session_first(opening: str) -> None:
    text = REPORT.format(paragraphs=f"8.  {opening} a note by the secretariat on coastal data (E/CN.21/2031/4),"
                                    " prepared pursuant to resolution 11/2.")
    assert ("E/CN.21/2031/4", "ccr#12") in facts(text, "submittedTo")
    assert ("E/CN.21/2031/4", "ccr/res/11/2") in facts(text, "pursuantTo")


def test_papers_told_before_the_session_first_in_the_plural() -> None:
    text = REPORT.format(paragraphs="8.  Also before the Commission were a note by the secretariat (E/CN.21/2031/4)"
                                    " and the report of the Committee on Coastal Data (E/CN.21/2031/5).")
    assert facts(text, "submittedTo") >= {("E/CN.21/2031/4", "ccr#12"), ("E/CN.21/2031/5", "ccr#12")}


# ---------------------------------------------------------------- a plural keyword over its whole list

@pytest.mark.parametrize(("first", "second", "keys"), [
    ("1514 (XV) of 14 December 1960", "1654 (XVI) of 27 November 1961", ("ga/res/15/1514", "ga/res/16/1654")),
    ("2200 (XXI) of 16 December 1966", "2106 (XX) of 21 December 1965", ("ga/res/21/2200", "ga/res/20/2106")),
    ("85/1 of 3 April 2030", "85/7 of 4 May 2030", ("ga/res/85/1", "ga/res/85/7")),
])
@pytest.mark.parametrize("phrase", [
    "containing the Declaration on Coastal Rights of Peoples and Communities",
    "concerning the protection of deltas and estuaries",
])
def test_a_plural_keywords_issuer_covers_its_described_members(first: str, second: str, keys: tuple[str, str], phrase: str) -> None:
    text = in_resolution(
        f"Recalling General Assembly resolutions {first}, {phrase}, and {second}, by which the Assembly established"
        " the Committee on Coastal Data,",
        "1. Invites the Regional Commission for Coastal States to share its data with the Commission.",
    )
    cited = {ref for s, ref in facts(text, "cites") if s == "ccr/res/12/1"}
    assert set(keys) <= cited
    assert not any(ref.startswith("rccs/") for ref in cited)
    assert facts(text, "establishes") == {(keys[1], "ccr/committee-on-data")}
    assert {s for s, _ in facts(text, "adoptedOn")} >= set(keys)


def test_a_relative_clause_after_the_first_member_stays_with_it() -> None:
    text = in_resolution(
        "Recalling General Assembly resolutions 85/1, by which the Assembly established the Committee on Coastal"
        " Data, and 85/7 of 4 May 2030, concerning its work,",
    )
    assert facts(text, "establishes") == {("ga/res/85/1", "ccr/committee-on-data")}
