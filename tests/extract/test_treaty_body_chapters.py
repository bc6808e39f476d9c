"""A chapter of a committee's report printed under another body's symbol, and what its narrative
tells (E193, from u235, u67 and u238).

A treaty body's annual report goes to the General Assembly under the Assembly's symbol ("A/81/41");
a chapter of it printed alone ("Chapter II" / "Methods of work of the Committee") never names its
body in full: "the Committee" is the body whose report it is. Loaded beside other committees'
reference files (each "the Committee" in its own documents), the chapter's "the Committee" went to
whichever committee the text named last in passing ("that of the Human Rights Committee"), its
sessions to the Assembly ("At its one hundred and third session, held in Geneva ..., the Committee
adopted" gave `ga#103`). The chapter's body is now the one of the bodies answering to the word in its
headings whose own symbols it prints ("(CRC/C/103/3)"), when exactly one does and the document's author
does not answer to it (`rules.reporting_bodies.chapter_body`): "the Committee" is that body, a
section's session heading and a bare session are its (`Scope.reporting_body`), a bare decision counted
in Roman numbers ("decision 111/II") is its. A "Chapter IV" line ends the masthead: a session heading
under the chapter's title is the chapter's section, no session of the masthead's body.

The narrative: a session told in ordinal words of several ("At its one hundred and third session")
opens the clause as "At its 103rd session" does; a decision "adopted" under the heading of the
session its number carries was adopted there; "The Rapporteur ... met during the one hundred and
twelfth session, on 12 and 13 August" gives the session no days; a verb in the conditional perfect
("by which the Committee would have requested") lays no mandate; a decision's title heading that names
a body ("Working group on communications") is that decision's subject, not the subject of the page's
sections below it; "in accordance with article 44 of the Convention and paragraph 3 of resolution ..."
is a mandate; "the report of the Secretary-General submitted to the Conference at its fifteenth
session,1" is no report of that session; "in which the Assembly requested X to report to it at its
eighty-second session" is the Assembly's session, not the speaker's.

Near misses: two committees' series printed, or none, and the author's own word for itself (no
chapter body is guessed); another committee the subject of its sentence keeps its session; a decision
number of another session under a session heading; "met during its session" and "met during the
session ..., held in" keep the session's days; "acts in accordance with article 3 ... and the guidance
it gave in resolution 11/2" is no mandate. The compliance committee's chapter in its Conference's report
read right before this work too (the author's own child answers to "the Committee"): a control.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.extract import phrasing
from tests.support.extraction import BASE, cop_report
from tests.support.extraction import facts as support_facts

DATA = Path(__file__).resolve().parents[1] / "data"
extracted = phrasing.extracted_with(DATA / "phrasing_treaty.ttl", DATA / "treaty_body_chapters_e193.ttl")

Fact = tuple[str, str, str]

# The Committee on the Rights of the Child's chapter in `pdftotext -layout`: a running symbol at the
# right, indented paragraphs with hanging numbers, a page footer; the Human Rights Committee named in
# passing
CRC_LAYOUT = """                                                                                               A/81/41


          Chapter II
          Methods of work of the Committee


           1.    At its one hundred and third session, held in Geneva from 12 to 30 January
          2032, the Committee adopted decision 103/II, in which it requested the Office of the
          United Nations High Commissioner for Human Rights to publish a calendar of reviews.
          The Committee also agreed to align its calendar with that of the Human Rights
          Committee.

           2.    At its one hundred and fourth session, the Committee decided to hold its one
          hundred and fifth session in Geneva from 7 to 25 September 2032.

           3.    The note by the secretariat (CRC/C/103/3) was before the Committee at its one
          hundred and third session.


          31-04412                                                                        11/40
"""

# The Committee against Torture's chapter in Markdown: another committee the subject of a sentence
CAT_MARKDOWN = """**A/82/44**

# Chapter III

## Organizational and other matters of the Committee

1. During its eighty-eighth session, held in Geneva from 2 to 20 May 2033, the Committee adopted decision 88/1, by which it requested the Office of the United Nations High Commissioner for Human Rights to update the list of issues.

2. The Committee on the Rights of the Child, at its one hundred and tenth session, adopted a joint statement with the Committee. The Committee welcomed the statement at its eighty-ninth session.

3. The report of the working group on follow-up (CAT/C/88/2) was before the Committee at its eighty-eighth session.
"""

# The Committee on the Elimination of Racial Discrimination's chapter in raw `pdftotext`: a session
# heading right under the chapter's title, decisions told under it
CERD_RAW = """A/83/18
Chapter IV
Follow-up procedure of the Committee
One hundred and twelfth session
1. At its one hundred and twelfth session, held in Geneva from 4 to 29 August 2031, the
Committee reviewed its follow-up procedure.
2. Following that review, the Committee adopted decision 112/I, by which it invited the
United Nations Entity for Gender Equality and the Empowerment of Women to share
information. It also recalled decision 111/II, and adopted decision 111/III.
3. The Rapporteur of the Human Rights Committee met during the one hundred and twelfth
session, on 12 and 13 August 2031, with the Committee's follow-up coordinator.
4. A draft decision by which the Committee would have requested the Secretary-General to
extend its meeting time was withdrawn by its sponsors.
5. The note by the secretariat (CERD/C/112/4) was before the Committee at its one hundred
and twelfth session.
"""

# A compliance committee's chapter in its Conference's report (the Conference's own series)
COMPLIANCE = """RS/COP/15/2

Conference of the Parties to the Convention on Reef Sanctuaries

Chapter V

Work of the Committee since the fourteenth meeting of the Conference of the Parties

1. At its twelfth meeting, held in Bonn on 3 and 4 May 2031, the Committee adopted its report on reporting obligations (RS/COP/CC/12/2).

2. At its thirteenth meeting, the Committee agreed to consult the Commission on Coastal Resilience.
"""


def _chapter(symbol: str, body: str) -> str:
    """A chapter under ``symbol`` whose one paragraph tells of a session of "the Committee"."""
    return (
        f"{symbol}\n\nChapter II\nMethods of work of the Committee\n\n"
        f"1. At its one hundred and third session, held in Geneva from 12 to 30 January 2032, the Committee adopted "
        f"decision 103/II. {body}\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CRC_LAYOUT,
            {
                ("meetingOf", "crc-committee#103", "crc-committee"),
                ("heldIn", "crc-committee#103", "Geneva"),
                ("heldOn", "crc-committee#103", "2032-01-12/2032-01-30"),
                ("adoptedAt", "crc-committee/dec/103/2", "crc-committee#103"),
                ("requests", "crc-committee/dec/103/2", "ohchr"),
                ("meetingOf", "crc-committee#104", "crc-committee"),
                ("heldIn", "crc-committee#105", "Geneva"),
                ("heldOn", "crc-committee#105", "2032-09-07/2032-09-25"),
                ("submittedTo", "CRC/C/103/3", "crc-committee#103"),
            },
        ),
        (
            CAT_MARKDOWN,
            {
                ("meetingOf", "cat-committee#88", "cat-committee"),
                ("heldIn", "cat-committee#88", "Geneva"),
                ("heldOn", "cat-committee#88", "2033-05-02/2033-05-20"),
                ("adoptedAt", "cat-committee/dec/88/1", "cat-committee#88"),
                ("requests", "cat-committee/dec/88/1", "ohchr"),
                # another committee the subject of its own sentence keeps its session
                ("meetingOf", "crc-committee#110", "crc-committee"),
                ("meetingOf", "cat-committee#89", "cat-committee"),
                ("submittedTo", "CAT/C/88/2", "cat-committee#88"),
            },
        ),
        (
            CERD_RAW,
            {
                ("meetingOf", "cerd-committee#112", "cerd-committee"),
                ("heldIn", "cerd-committee#112", "Geneva"),
                ("heldOn", "cerd-committee#112", "2031-08-04/2031-08-29"),
                ("adoptedAt", "cerd-committee/dec/112/1", "cerd-committee#112"),
                ("invites", "cerd-committee/dec/112/1", "un-women"),
                ("mentions", "A/83/18", "cerd-committee/dec/111/2"),
                ("submittedTo", "CERD/C/112/4", "cerd-committee#112"),
            },
        ),
        (
            COMPLIANCE,
            {
                ("meetingOf", "rs-cop/compliance-committee#12", "rs-cop/compliance-committee"),
                ("heldIn", "rs-cop/compliance-committee#12", "Bonn"),
                ("heldOn", "rs-cop/compliance-committee#12", "2031-05-03/2031-05-04"),
                ("meetingOf", "rs-cop/compliance-committee#13", "rs-cop/compliance-committee"),
            },
        ),
    ],
    ids=["crc-layout", "cat-markdown", "cerd-raw", "cop-compliance"],
)
def test_the_chapters_committee_is_the_one_whose_series_it_prints(text: str, expected: set[Fact]) -> None:
    got = set(extracted(text))
    assert expected <= got
    # never the Assembly's session, nor another committee's, for what "the Committee" did
    assert not {f for f in got if f[0] in ("meetingOf", "heldIn", "heldOn", "adoptedAt") and f[1].startswith(("ga#", "ga/"))}
    assert not {f for f in got if f[1].startswith(("ccpr-committee", "ccr/committee-on-data"))}


def test_a_number_of_another_session_is_not_adopted_under_the_heading() -> None:
    got = set(extracted(CERD_RAW))
    # "adopted decision 111/III" under "One hundred and twelfth session": the number says another session
    assert not {f for f in got if f[0] == "adoptedAt" and f[1] in ("cerd-committee/dec/111/3", "cerd-committee/dec/111/2")}


def test_a_group_meeting_during_the_session_gives_the_session_no_days() -> None:
    got = set(extracted(CERD_RAW))
    assert not {f for f in got if f[0] == "heldOn" and f[2].startswith("2031-08-12")}


def test_a_mandate_in_the_conditional_perfect_is_none() -> None:
    got = set(extracted(CERD_RAW))
    assert not {f for f in got if f[0] == "requests"}


@pytest.mark.parametrize(
    "text",
    [
        _chapter("A/81/41", "The notes CRC/C/103/3 and CCPR/C/140/2 were before it."),  # two committees' series
        _chapter("A/81/41", "The notes before it are listed in annex II."),  # none printed
    ],
    ids=["two-series", "no-series"],
)
def test_no_committee_is_guessed(text: str) -> None:
    got = set(extracted(text))
    assert not {f for f in got if f[1].startswith(("crc-committee", "ccpr-committee", "cat-committee", "cerd-committee"))}


def test_the_authors_own_word_stays_the_authors() -> None:
    got = set(extracted(_chapter("CRC/C/103/2", "The Human Rights Committee (CCPR/C/140/2) was consulted.")))
    assert ("adoptedAt", "crc-committee/dec/103/2", "crc-committee#103") in got
    assert ("meetingOf", "crc-committee#103", "crc-committee") in got


# A committee's decisions page: the first decision's title names a body the reference data knows
DECISIONS_PAGE = """Decisions adopted at the one hundred and fourth session

Committee on the Rights of the Child (CRC)

Symbol: CRC/C/104/DEC/1

The Committee on the Rights of the Child held its one hundred and fourth session in Geneva from 4 to 22 May 2032.

Decision 104/I

Working group on communications

The Committee decides that the working group on communications shall meet before each session.

Adopted at the 2901st meeting, on 20 May 2032.

Decision 104/II

Dates of future sessions

The Committee decides to hold its one hundred and fifth session in Geneva from 7 to 25 September 2032.

Adopted at the 2902nd meeting, on 21 May 2032.

Report of the Committee

The report on the one hundred and second session, held in Geneva from 10 to 28 January 2032, is contained in A/87/41.
"""


def test_a_decisions_title_names_what_that_decision_is_about_only() -> None:
    got = set(extracted(DECISIONS_PAGE))
    assert {
        ("reportOf", "A/87/41", "crc-committee#102"),
        ("meetingOf", "crc-committee#102", "crc-committee"),
        ("heldIn", "crc-committee#102", "Geneva"),
        ("heldOn", "crc-committee#102", "2032-01-10/2032-01-28"),
        ("heldOn", "crc-committee#105", "2032-09-07/2032-09-25"),
    } <= got


@pytest.mark.parametrize(
    ("sentence", "mandate"),
    [
        ("The present note is submitted in accordance with rule 12 of the rules of procedure and paragraph 4 of resolution 11/2.", "ccr/res/11/2"),
        ("The present note is submitted in accordance with article 44 of the Convention and with paragraph 4 of resolution 11/2.", "ccr/res/11/2"),
        ("The present note is submitted pursuant to article 9 (2) of the Convention and General Assembly resolution 68/268.", "ga/res/68/268"),
    ],
)
def test_a_treaty_article_before_the_mandate(sentence: str, mandate: str) -> None:
    assert ("pursuantTo", phrasing.NOTE_SYMBOL, mandate) in phrasing.extracted_with()(phrasing.in_note(sentence))


def test_an_article_and_what_a_resolution_says_is_no_mandate() -> None:
    text = phrasing.in_note("The Commission acts in accordance with article 3 of its statute and the guidance it gave in resolution 11/2.")
    assert not {f for f in phrasing.extracted_with()(text) if f[0] == "pursuantTo"}


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        (
            "By its resolution 11/2, the Commission requested the Bureau to meet twice a year. A draft resolution by which the "
            "Commission would have requested the Executive Secretary to prepare a study was withdrawn.",
            "requests",
        ),
        ("In its resolution 11/2, the Commission invited the Bureau to meet, and it could have invited the Executive Secretary to attend.", "invites"),
        (
            "By its resolution 11/2, the Commission encouraged the Bureau to meet; under a proposal that was not adopted, it would "
            "also have encouraged the Executive Secretary to report.",
            "encourages",
        ),
    ],
)
def test_what_would_have_been_asked_is_not_asked(sentence: str, relation: str) -> None:
    got = {f for f in phrasing.extracted_with()(phrasing.in_note(sentence)) if f[0] == relation}
    assert got == {(relation, "ccr/res/11/2", "ccr/bureau")}  # the Bureau asked, the Executive Secretary never


@pytest.mark.parametrize(
    "sentence",
    [
        # the body's own session ("its"), as before
        "The Commission met during its twelfth session, from 10 to 14 March 2031, in Vienna.",
        # the session's own days, told by "held"
        "The Bureau met during the twelfth session of the Commission, held in Vienna from 10 to 14 March 2031.",
    ],
)
def test_a_session_met_during_keeps_its_own_days(sentence: str) -> None:
    got = set(phrasing.extracted_with()(phrasing.in_note(sentence)))
    assert {("heldIn", "ccr#12", "Vienna"), ("heldOn", "ccr#12", "2031-03-10/2031-03-14")} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        "The Working Group on Early Warning Systems met during the twelfth session, on 11 and 12 March 2031, with observers.",
        "Its Bureau will meet during the thirteenth session, on 9 March 2032.",
    ],
)
def test_a_sitting_during_a_session_is_no_day_of_the_session(sentence: str) -> None:
    got = phrasing.extracted_with()(phrasing.in_note(sentence))
    assert not {f for f in got if f[0] == "heldOn" and f[2] in ("2031-03-11/2031-03-12", "2032-03-09")}


@pytest.fixture(scope="module")
def shipped() -> BodyRegistry:
    return load_registry(BASE)


def test_a_report_submitted_to_a_session_is_not_its_report(shipped: BodyRegistry) -> None:
    text = cop_report() + (
        "Having considered the report of the Secretary-General submitted to the Conference at its fifteenth session,1\n\n"
        "Having considered also the report of the Working Group on Firearms on its twelfth meeting,2\n\n"
        "1. Requests the secretariat to report.\n\n2. Decides to remain seized of the matter.\n\n"
        "1 CTOC/COP/2031/3.\n\n2 CTOC/COP/WG.6/2033/2.\n"
    )
    sent = DocumentRef(symbols=("CTOC/COP/2031/3",))
    assert not {o for s, o in support_facts(text, shipped, "reportOf") if s == sent}
    assert (sent, GatheringRef("cop-untoc", "session", 15)) in support_facts(text, shipped, "submittedTo")
    group = DocumentRef(symbols=("CTOC/COP/WG.6/2033/2",))
    assert (group, GatheringRef("cop-untoc/wg-firearms", "meeting", 12)) in support_facts(text, shipped, "reportOf")


@pytest.mark.parametrize(
    ("recital", "expected"),
    [
        (
            "Recalling General Assembly resolution 80/5 of 3 December 2025, in which the Assembly requested the Secretary-General "
            "to report to it at its eighty-second session,",
            ("meetingOf", "ga#82", "ga"),
        ),
        (
            "Recalling Economic and Social Council resolution 2025/5, by which the Council asked the Commission to report to it "
            "at its 2027 session,",
            None,
        ),
    ],
)
def test_to_it_in_a_relative_clause_is_the_clauses_subject(recital: str, expected: Fact | None) -> None:
    got = set(phrasing.extracted_with()(phrasing.in_resolution(recital, "1. Requests the Executive Secretary to report to it at its thirteenth session;")))
    assert ("meetingOf", "ccr#13", "ccr") in got  # the speaker's own "to it at its"
    assert ("meetingOf", "ccr#82", "ccr") not in got
    if expected is not None:
        assert expected in got
