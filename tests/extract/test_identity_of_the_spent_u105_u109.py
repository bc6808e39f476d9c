"""Identity and phrasing families of the spent u105, u108 and u109 (E82), each on invented documents
of invented bodies (tests/data/spent_u105_u109.ttl with tests/data/phrasing.ttl), varied in bodies,
numbers, verbs and word order:

- "the Committee" in a letter of the Chair of one of a council's committees, where the reference
  data knows several committees of that council by that short name: the one the document names in
  full (identity);
- "By its resolution 450 (2013), the Council created the Monitoring Panel ..., and by resolution
  470 (2014) it established the Office ...": "created the <body>" establishes it, and the verb after
  the second instrument is that instrument's act (phrasing, identity);
- "shall continue as a standing office", "would remain a permanent scientific panel": made
  permanent, whatever the qualifier and with more head nouns (phrasing);
- "I have the honour to transmit herewith the twelfth report of the Panel, which the Panel submitted
  ... pursuant to paragraph 3 of resolution 690 (2030)": the letter's own mandate (identity: the
  letter is what it transmits);
- "Resolution 12/3 was adopted by the Commission ... In its preamble, the Commission recalled ... and
  reaffirmed its own resolution 11/6 ... In the same resolution, the Commission invited ...": the
  resolution told before cites and invites, not the one it recalled; "its own resolution" is the
  subject's (identity);
- `pdftotext -layout` paragraphs whose number stands in the margin and whose lines hang at the
  text's column: one paragraph, though the second line opens on a capital (layout identity);
- "on strengthening the Tribunal and the Assembly, and its resolution OTA-ASP/27/Res.5 ...": the
  title ends before the next instrument written in a symbol of two series (identity);
- "the Secretary-General" in a document of the Conference of the States Parties to a treaty, where
  another organization's "Secretary-General of the Conference" is known: the United Nations'
  (identity).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with, key

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u105_u109.ttl"

PIRACY = ("Ocean Safety Council Committee established pursuant to resolution 410 (2012) concerning piracy off the"
          " western coast", "msc/piracy-committee")
EMBARGO = ("Ocean Safety Council Committee established pursuant to resolution 512 (2015) concerning the arms"
           " embargo", "msc/embargo-committee")


_extracted = extracted_with(SPENT)


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in _extracted(text) if r == relation}


def letter(committee: str, *paragraphs: str, symbol: str = "MSC/2031/512") -> str:
    """A letter of a committee's Chair to the Council's President, as the Council issues it."""
    return (
        f"United Nations {symbol}\n\nOcean Safety Council\n\nDistr.: General\n14 July 2031\n\nOriginal: English\n\n"
        f"Letter dated 10 July 2031 from the Chair of the {committee} addressed to the President of the Ocean"
        " Safety Council\n\n" + "\n\n".join(paragraphs) + "\n"
    )


# ---------------------------------------------------------------- "the Committee" named in full once


@pytest.mark.parametrize("committee", [PIRACY, EMBARGO], ids=["piracy", "embargo"])
@pytest.mark.parametrize("verb, relation", [
    ("requested", "requests"), ("asked", "requests"), ("directed", "requests"), ("encouraged", "encourages"),
])
@pytest.mark.parametrize("opening", ["By resolution 690 (2030), the Council", "In paragraph 4 of resolution 690 (2030), the Council"])
def test_the_committee_is_the_one_named_in_full(committee: tuple[str, str], verb: str, relation: str, opening: str) -> None:
    text = letter(committee[0], f"{opening} {verb} the Committee to review its list of vessels at least once a year.")
    assert ("msc/res/2030/690", committee[1]) in facts(text, relation)


def test_the_committee_stays_unread_when_both_are_named_in_full() -> None:
    # the letter's heading names one committee, its text the other: "the Committee" may be either
    text = letter(
        PIRACY[0],
        f"The {EMBARGO[0]} met with the Committee on 3 May 2031.",
        "By resolution 690 (2030), the Council requested the Committee to review its list of vessels.",
    )
    assert not {o for _, o in facts(text, "requests")} & {PIRACY[1], EMBARGO[1]}


# ---------------------------------------------------------------- created, and a second instrument's clause


@pytest.mark.parametrize("subject", ["it", "the Council"])
@pytest.mark.parametrize("second_verb", ["established", "created"])
@pytest.mark.parametrize("years", [(450, 2013, 470, 2014), (601, 2026, 622, 2027)])
def test_a_second_instrument_opens_its_own_clause(subject: str, second_verb: str, years: tuple[int, int, int, int]) -> None:
    first, first_year, second, second_year = years
    text = letter(
        PIRACY[0],
        f"By its resolution {first} ({first_year}) of 30 January {first_year}, the Council created the Monitoring Panel"
        f" to support the Committee, and by resolution {second} ({second_year}) of 17 December {second_year}"
        f" {subject} {second_verb} the Office of the Maritime Mediator.",
    )
    established = facts(text, "establishes")
    assert (f"msc/res/{first_year}/{first}", "msc/piracy-committee/panel") in established
    assert (f"msc/res/{second_year}/{second}", "msc/mediator") in established
    assert (f"msc/res/{first_year}/{first}", "msc/mediator") not in established


@pytest.mark.parametrize("sentence", [
    "By resolution 450 (2013), the Council created the conditions for the Monitoring Panel to visit ports.",
    "By resolution 450 (2013), the Council asked the Committee to create the Monitoring Panel's website.",
])
def test_created_conditions_establish_nothing(sentence: str) -> None:
    # (the committee's own name in the heading says resolution 410 (2012) established it)
    assert not {s for s, _ in facts(letter(PIRACY[0], sentence), "establishes")} - {"msc/res/2012/410"}


# ---------------------------------------------------------------- made permanent


@pytest.mark.parametrize("phrase", [
    "shall continue as a standing office", "would remain a permanent scientific panel",
    "shall serve as a standing technical unit", "will become a permanent advisory office",
])
def test_made_standing_whatever_the_qualifier(phrase: str) -> None:
    text = letter(PIRACY[0], f"By resolution 690 (2030), the Council affirmed that the Office of the Maritime Mediator {phrase}.")
    assert ("msc/res/2030/690", "msc/mediator") in facts(text, "makesConstantElement")


def test_a_standing_invitation_makes_nothing_permanent() -> None:
    text = letter(PIRACY[0], "By resolution 690 (2030), the Council extended a standing invitation to the Office of the Maritime Mediator.")
    assert not facts(text, "makesConstantElement")


# ---------------------------------------------------------------- the cover formula's mandate


@pytest.mark.parametrize("thing", ["twelfth report", "annual report", "programme of work", "note"])
@pytest.mark.parametrize("mandate", ["pursuant to paragraph 3 of", "in accordance with", "in response to paragraph 3 of"])
@pytest.mark.parametrize("numbers", [(690, 2030), (702, 2031)])
def test_what_the_cover_formula_transmits_was_made_under_the_letters_mandate(thing: str, mandate: str, numbers: tuple[int, int]) -> None:
    number, year = numbers
    text = letter(
        PIRACY[0],
        f"I have the honour to transmit herewith the {thing} of the Maritime Monitoring Panel, which the Panel submitted"
        f" to the Committee {mandate} resolution {number} ({year}) (see annex).",
    )
    assert ("MSC/2031/512", f"msc/res/{year}/{number}") in facts(text, "pursuantTo")


def test_a_resolution_only_recalled_in_the_letter_is_no_mandate() -> None:
    text = letter(
        PIRACY[0],
        "I have the honour to transmit herewith the twelfth report of the Maritime Monitoring Panel (see annex).",
        "The Council recalled resolution 690 (2030) at its 9100th meeting.",
    )
    assert not facts(text, "pursuantTo")


# ---------------------------------------------------------------- the resolution told before


def board_report(*paragraphs: str) -> str:
    """A report of a treaty board on a resolution of the Commission, printed by pdftotext -layout."""
    head = (
        "                                                                     E/ICRB/2031/7\n\n"
        "                                                            Distr.: General\n"
        "                                                            20 December 2031\n\n"
        "International Coral Reef Board\n\n\n"
        "          Report of the International Coral Reef Board on the implementation of\n"
        "          Commission on Coastal Resilience resolution 12/3\n\n\n"
    )
    return head + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("part", ["In its preamble", "In the preamble of that resolution", "In the same resolution"])
@pytest.mark.parametrize("verbs", [("recalled", "reaffirmed"), ("recalls", "reaffirms")])
@pytest.mark.parametrize("own", ["its own resolution", "its resolution"])
def test_the_preamble_of_the_resolution_told_before(part: str, verbs: tuple[str, str], own: str) -> None:
    text = board_report(
        "  3.      Resolution 12/3 was adopted by the Commission at its twelfth session."
        f" {part}, the Commission {verbs[0]} Economic and Social Council resolution 2029/18 of 24 July 2029 and"
        f" {verbs[1]} {own} 11/6 on the sharing of coastal data.",
        "  4.      In the same resolution, the Commission invited the Working Group on Early Warning Systems to"
        " report on the data shared.",
    )
    cited = facts(text, "cites")
    assert ("ccr/res/12/3", "ecosoc/res/2029/18") in cited
    assert ("ccr/res/12/3", "ccr/res/11/6") in cited
    assert ("ccr/res/12/3", "ccr/wg-early-warning") in facts(text, "invites")
    assert ("ecosoc/res/2029/18", "ccr/wg-early-warning") not in facts(text, "invites")


def test_another_body_recalling_is_not_the_resolution_told() -> None:
    # "the Council" is not the issuer of the resolution told before: what it recalled is its own act
    text = board_report(
        "  3.      Resolution 12/3 was adopted by the Commission at its twelfth session. In its preamble, the"
        " Economic and Social Council recalled resolution 2029/18 of 24 July 2029.",
    )
    assert ("ccr/res/12/3", "ecosoc/res/2029/18") not in facts(text, "cites")


@pytest.mark.parametrize("verb", ["reaffirmed", "recalled", "noted"])
@pytest.mark.parametrize("subject, first, number, meant", [
    # the resolution named before "and" is another issuer's: "its" is still the subject's
    ("the Commission", "recalled Economic and Social Council resolution 2029/18", "11/6", "ccr/res/11/6"),
    ("the Economic and Social Council", "welcomed the report of the Commission on Coastal Resilience", "2029/18", "ecosoc/res/2029/18"),
    ("the Economic and Social Council", "recalled Commission resolution 11/6", "2030/4", "ecosoc/res/2030/4"),
])
def test_its_own_resolution_after_a_second_verb_is_the_subjects(verb: str, subject: str, first: str, number: str, meant: str) -> None:
    text = board_report(f"  5.      In 2031, {subject} {first} and {verb} its own resolution {number} on coastal data.")
    assert ("E/ICRB/2031/7", meant) in facts(text, "mentions")


# ---------------------------------------------------------------- a hanging indent under a number in the margin


@pytest.mark.parametrize("first_word", ["Drugs", "Reef", "States"])
@pytest.mark.parametrize("number", [4, 12])
def test_a_numbered_paragraph_hanging_at_the_text_column_is_one(first_word: str, number: int) -> None:
    label = f"{number}.".ljust(8)
    first = f"  {label}In the same resolution, the Commission invited the World Reef Customs Organization"
    # the first line filled: the next line's first word would not have fitted on it
    first = first.ljust(86 - len(first_word)) if len(first) < 86 - len(first_word) else first
    text = board_report(
        "  3.      Resolution 12/3 was adopted by the Commission at its twelfth session, held in Nairobi from 3\n"
        "          to 7 March 2031, and the Board reported on it to the Commission at its thirteenth session.",
        f"{first}\n"
        f"          {first_word} and partners to share the risk profiles developed by its member administrations,\n"
        "          and encouraged the Working Group on Early Warning Systems to publish them.",
    )
    assert ("ccr/res/12/3", "ccr/wg-early-warning") in facts(text, "encourages")


# ---------------------------------------------------------------- a title before a two-series symbol


@pytest.mark.parametrize("title", [
    "strengthening the Ocean Tribunal and the Assembly of Parties", "the review of working methods",
])
@pytest.mark.parametrize("joiner", [", and its resolution", ", and resolution", " and its resolution"])
def test_a_title_ends_before_an_instrument_written_as_a_symbol(title: str, joiner: str) -> None:
    text = (
        "OTA-ASP/30/20\nOfficial Records of the Assembly of Parties to the Statute of the Ocean Tribunal\n"
        "Thirtieth session\nThe Hague, 4-12 December 2031\n"
        "Resolution OTA-ASP/30/Res.4\nAdopted at the 8th plenary meeting, on 11 December 2031, by consensus\n"
        "OTA-ASP/30/Res.4\nReview of the Tribunal\nThe Assembly of Parties to the Statute of the Ocean Tribunal,\n"
        f"Recalling its resolution OTA-ASP/29/Res.6 of 9 December 2030 on {title}{joiner} OTA-ASP/27/Res.5 of 8\n"
        "December 2028, by which it established a review mechanism,\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert ("ota-asp/res/29/6", title) in facts(text, "title")


# ---------------------------------------------------------------- another organization's Secretary-General


@pytest.mark.parametrize("verb", ["Requests", "Also requests", "Invites"])
@pytest.mark.parametrize("number", ["24/2", "7/1"])
def test_the_secretary_general_of_another_conference_is_not_meant(verb: str, number: str) -> None:
    session = number.split("/")[0]
    text = (
        f"CORAL/CSP/20{session}/5\n\nConference of the States Parties to the Coral Treaty\n\nSession {session}\n\n"
        f"Decision {number}\n\nReef monitoring\n\nThe Conference of the States Parties,\n\n"
        f"1. {verb} the Secretary-General to prepare a report on reef monitoring;\n"
    )
    relation = "invites" if verb == "Invites" else "requests"
    addressed = {o for _, o in facts(text, relation)}
    assert "secretary-general" in addressed
    assert "cna/secretary-general" not in addressed


def test_the_conferences_own_secretary_general_stays_its_own() -> None:
    text = (
        "CNA/2031/4\n\nConference on Naval Arms\n\nThe Conference on Naval Arms decided on 3 May 2031 to request the"
        " Secretary-General of the Conference to convene informal consultations.\n\n"
        "The Conference thanked the Secretary-General for his report.\n"
    )
    named = {o for r, _, o in _extracted(text)} | {s for r, s, _ in _extracted(text)}
    assert "secretary-general" not in named


# ---------------------------------------------------------------- a listed paper's title says which sessions it reports

from tests.extract.phrasing import NOTE  # noqa: E402


def listed(*entries: str, marker: str = "- ") -> str:
    return NOTE + "1. The Commission will have before it the following documents:\n\n" + "\n".join(marker + e for e in entries) + "\n"


@pytest.mark.parametrize("marker", ["- ", "• ", ""])
@pytest.mark.parametrize("dash", ["—", "-", ":"])
@pytest.mark.parametrize("sessions, ordinals", [
    ("tenth, eleventh and twelfth sessions", (10, 11, 12)), ("eleventh and twelfth sessions", (11, 12)), ("Twelfth session", (12,)),
])
def test_an_official_records_title_reports_each_session_it_names(marker: str, dash: str, sessions: str, ordinals: tuple[int, ...]) -> None:
    text = listed(f"E/CN.21/2031/9 {dash} Report of the Commission on Coastal Resilience, {sessions}", marker=marker)
    assert {o for s, o in facts(text, "reportOf") if s == "E/CN.21/2031/9"} == {f"ccr#{n}" for n in ordinals}


@pytest.mark.parametrize("title", [
    "Progress of work in the Working Group on Early Warning Systems", "Work of the Working Group on Early Warning Systems in 2031",
])
@pytest.mark.parametrize("bracket, meeting", [
    ("(report on its fifth meeting, held in Nairobi from 3 to 5 May 2031)", 5), ("(Report of its sixth meeting)", 6),
])
def test_a_bracket_after_a_listed_title_says_which_meeting_it_reports(title: str, bracket: str, meeting: int) -> None:
    text = listed(f"E/CN.21/WG.1/2031/2 — {title} {bracket}")
    assert ("E/CN.21/WG.1/2031/2", f"ccr/wg-early-warning#{meeting}") in facts(text, "reportOf")


def test_a_report_about_a_session_is_not_its_report() -> None:
    text = listed("E/CN.21/2031/5 — Report of the Executive Secretary on the outcome of the twelfth session of the Commission")
    assert not {o for s, o in facts(text, "reportOf") if s == "E/CN.21/2031/5"}


# ---------------------------------------------------------------- a body created, across a page's header in the text

from tests.extract.phrasing import in_resolution  # noqa: E402


@pytest.mark.parametrize("header", [
    ["12-MAY-2031 16:42", "FROM: CCR SECRETARIAT NY +1 212 963 4174 TO: 0041227918000 P.03/03"],
    ["FROM: CCR SECRETARIAT +1 212 555 0100 P.02/04"],
    [],
])
@pytest.mark.parametrize("created, later", [
    ("an Ad Hoc Expert Group on Tidal Gauge Data", "the Ad Hoc Expert Group"),
    ("an open-ended working group on tidal gauge data", "the working group"),
])
def test_a_body_created_is_still_meant_after_a_page_header(header: list[str], created: str, later: str) -> None:
    text = in_resolution(
        "Recalling its resolution 11/2 of 3 March 2030,",
        f"1. Decides to establish {created}, which shall meet for the first time in Nairobi;",
        "2. Requests the secretariat to support the Bureau;",
        *header,
        f"3. Requests {later} to present its findings to the Commission at its thirteenth session;",
    )
    established = {o for s, o in facts(text, "establishes") if s == "ccr/res/12/1"}
    assert len(established) == 1
    assert ("ccr/res/12/1", established.pop()) in facts(text, "requests")


# ---------------------------------------------------------------- "met for the first time", told in the past

from tests.extract.phrasing import in_note  # noqa: E402


@pytest.mark.parametrize("subject, body", [
    ("The Working Group on Early Warning Systems", "ccr/wg-early-warning"), ("The Tides Committee", "ccr/tides-committee"),
])
@pytest.mark.parametrize("verb", ["met", "convened"])
@pytest.mark.parametrize("where_when, place, days", [
    ("in Geneva from 12 to 14 May 2031", "Geneva", "2031-05-12/2031-05-14"),
    ("in Nairobi on 3 June 2031", "Nairobi", "2031-06-03"),
])
def test_met_for_the_first_time_is_the_first_meeting(subject: str, body: str, verb: str, where_when: str, place: str, days: str) -> None:
    text = in_note(f"{subject} {verb} for the first time {where_when}, with 64 experts in attendance.")
    assert (f"{body}#1", body) in facts(text, "meetingOf")
    assert (f"{body}#1", days) in facts(text, "heldOn")
    assert (f"{body}#1", place) in facts(text, "heldIn")


def test_states_meeting_for_the_first_time_after_a_clause_name_no_meeting() -> None:
    text = in_note("In 2031, as agreed, the experts met for the first time in Geneva from 12 to 14 May 2031.")
    assert not {s for s, _ in facts(text, "heldOn") if s.endswith("#1")}


# ---------------------------------------------------------------- an instrument inside a body's name has no title there


@pytest.mark.parametrize("committee, number", [(PIRACY, "msc/res/2012/410"), (EMBARGO, "msc/res/2015/512")], ids=["piracy", "embargo"])
def test_the_topic_of_a_committee_named_after_a_resolution_is_no_title(committee: tuple[str, str], number: str) -> None:
    text = letter(committee[0], "By resolution 690 (2030) on maritime patrols, the Council requested the Committee to report.")
    titled = facts(text, "title")
    assert not {t for s, t in titled if s == number}
    assert ("msc/res/2030/690", "maritime patrols") in titled


# ---------------------------------------------------------------- a title in a relative clause's predicate


@pytest.mark.parametrize("clause", ["which is entitled", "which was entitled", "that is entitled", "entitled"])
@pytest.mark.parametrize("quotes", [("“", "”"), ('"', '"')])
def test_a_title_told_by_a_relative_clause(clause: str, quotes: tuple[str, str]) -> None:
    text = in_note(
        f"By its resolution 11/6 of 5 July 2030, {clause} {quotes[0]}Coastal data for all{quotes[1]}, the Commission"
        " created an expert working group."
    )
    assert ("ccr/res/11/6", "Coastal data for all") in facts(text, "title")


def test_which_is_on_the_agenda_is_no_title() -> None:
    text = in_note("Resolution 11/6 of 5 July 2030, which is on the agenda of the thirteenth session, concerns coastal data.")
    assert not {t for s, t in facts(text, "title") if s == "ccr/res/11/6"}
