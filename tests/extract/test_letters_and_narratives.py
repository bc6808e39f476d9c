"""E189: a letter's own mandate and the narrative around it, in letters, reports and statements.

- A forwarded e-mail whose document is pasted from its symbol line ("S/2033/564" over "Letter dated
  ..."): the document is that symbol's, its wrapper no part of it.
- "In accordance with paragraph 20 of resolution N, I have the honour to inform you that ...": the
  letter's mandate, as "The present report is submitted pursuant to ..." is a report's.
- "The Council also requested X, established by resolution N, to ..., and encouraged Y and Z,
  established by ... in its resolution M, to ...": the instruments that say where an addressee comes
  from do not act; the verbs go on telling of the instrument told of before.
- "In resolution N, adopted at its Nth meeting, on <day>, the Council, recalling resolutions A and B,
  ...": the day and the meeting are N's, not those of the resolutions it recalls.
- "The Council considered that report at its 10948th meeting": the one paper the sentence before named.
- "the Sixth Committee of the General Assembly during its eighty-seventh session": the session of the
  parent a committee with no sessions of its own sits in.
- "(X), prepared by the Secretariat pursuant to ...", "(X), which the Secretariat prepared pursuant
  to ..." right after a gathering: the paper's mandate, not the gathering's; an instrument's quoted
  title ("Report of the Commission on the work of its eightieth session") names no report.
- A session in two parts: "from 27 April to 5 June and from 6 July to 7 August 2034" (both parts).
- "the sixty-first annual session of the Organization"; "the fifty-ninth session of the Seminar"
  after "the International Coastal Law Seminar" (the one body the text names whose name ends so).
- "the 41st meeting of the Fourth Committee" (a main committee sitting in the Assembly's sessions)
  and a draft "introduced by the representative of X at" that meeting; "Its report (X) is before
  ..., together with ... (Y)" after "The Working Group held its sixteenth session".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import extracted_with, in_sg_report, registry

extracted = extracted_with(Path(__file__).resolve().parents[1] / "data" / "letters_and_narratives_e189.ttl")


def _of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


# ---------------------------------------------------------------- a forwarded letter and its mandate

_MAIL = (
    "From: Documents Unit <documents@un.org>\nSent: Wednesday, 13 July 2033 18:02\nTo: Desk Officer <desk@un.org>\n"
    "Subject: Advance text - S/2033/610\n\nPlease find below the advance text; it will be on ODS tomorrow.\n\n"
    "ADVANCE UNEDITED TEXT\n\nS/2033/610\n\nLetter dated 12 July 2033 from the Secretary-General addressed to the\n"
    "President of the Security Council\n\n{body}\n\n(Signed) A. Name\n"
)


def test_a_forwarded_letter_is_its_symbols_document_and_its_formula_gives_its_mandate():
    text = _MAIL.format(body="In accordance with paragraph 20 of Security Council resolution 3012\n(2033), I have the honour to "
                             "inform you that I have appointed the experts listed\nin the annex to the present letter.")
    extraction = extract(text, source_key="test", registry=registry())
    assert extraction.document.ref.symbols == ("S/2033/610",)
    assert _of(text, "pursuantTo") == {("S/2033/610", "security-council/res/2033/3012")}


def test_a_symbol_alone_in_a_cover_note_opens_no_document():
    text = (
        "From: Documents Unit <documents@un.org>\nSent: Wednesday, 13 July 2033 18:02\nTo: Desk Officer <desk@un.org>\n"
        "Subject: Documents\n\nThe documents are:\n\nS/2033/610\n\nPlease print them for the meeting.\n"
    )
    assert extract(text, source_key="test", registry=registry()).document.ref.symbols == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In accordance with paragraph 20 of Security Council resolution 3012 (2033), I have the honour to inform you that the "
         "Panel has been appointed.", {("S/2031/400", "security-council/res/2033/3012")}),
        ("Pursuant to paragraph 4 of resolution 3012 (2033), adopted on 29 May 2033, we have the honour to convey the "
         "following information.", {("S/2031/400", "security-council/res/2033/3012")}),
        # near miss: the mandate inside what the letter reports
        ("I have the honour to inform you that, pursuant to resolution 3012 (2033), the Committee has appointed a Coordinator.", set()),
        # near miss: another clause before the formula
        ("In accordance with resolution 3012 (2033), the Committee met on 3 May; I have the honour to report on its work.", set()),
    ],
)
def test_a_letters_formula_after_its_mandate(sentence, expected):
    text = (
        "S/2031/400\nSecurity Council\nDistr.: General\n3 August 2031\n\n"
        "Letter dated 1 August 2031 from the Secretary-General addressed to the President of the Security Council\n\n"
        f"{sentence}\n"
    )
    assert {(s, o) for s, o in _of(text, "pursuantTo") if s == "S/2031/400"} == expected


# ---------------------------------------------------------------- addressees described by their origin

_TOLD = "In resolution 78/12, adopted on 4 December 2023, the General Assembly requested the Secretary-General to report on the matter."


@pytest.mark.parametrize(
    ("sentence", "relation", "expected"),
    [
        ("The Assembly also requested the Human Rights Council, established by resolution 60/251 of 15 March 2006 and whose "
         "mandate was most recently reviewed by resolution 65/281, to assist the Secretary-General.",
         "requests", {("ga/res/78/12", "hrc")}),
        ("The Assembly also requested the Human Rights Council (established by resolution 60/251) to assist the Secretary-General.",
         "requests", {("ga/res/78/12", "hrc")}),
        ("The Assembly also encouraged the Economic and Social Council and the Human Rights Council, established by the General "
         "Assembly in its resolution 60/251, to exchange information.",
         "encourages", {("ga/res/78/12", "ecosoc"), ("ga/res/78/12", "hrc")}),
        # near miss: the instrument acts itself
        ("By resolution 60/251, the Assembly also requested the Human Rights Council to assist the Secretary-General.",
         "requests", {("ga/res/60/251", "hrc")}),
    ],
)
def test_instruments_that_describe_an_addressee_do_not_act(sentence, relation, expected):
    told = {pair for pair in in_sg_report(f"{_TOLD} {sentence}", relation) if pair != ("ga/res/78/12", "secretary-general")}
    assert told == expected


def test_a_mission_and_a_panel_described_in_a_letter_to_the_council():
    text = (
        "S/2031/400\nSecurity Council\nDistr.: General\n3 August 2031\n\n"
        "Letter dated 1 August 2031 from the Secretary-General addressed to the President of the Security Council\n\n"
        "In resolution 3012 (2031), adopted at its 10961st meeting, on 29 May 2031, the Council requested me to re-establish "
        "the Panel of Experts on Coastlandia.\n\n"
        "The Council also requested the United Nations Mission in Coastlandia (UNMICO), established by resolution 1996 (2011) "
        "of 8 July 2011 and whose mandate was most recently renewed by resolution 3004 (2031), to assist the Panel, and "
        "encouraged the Panel and the Human Rights Council, established by the General Assembly in its resolution 60/251, to "
        "exchange information.\n"
    )
    assert _of(text, "requests") >= {("security-council/res/2031/3012", "unmico")}
    assert _of(text, "encourages") == {("security-council/res/2031/3012", "sc-panel-coastlandia"), ("security-council/res/2031/3012", "hrc")}


# ---------------------------------------------------------------- recalled instruments and their days

# a report of the Secretary-General to the Security Council, its one paragraph the sentence tried
_SC_REPORT = "S/2033/400\nSecurity Council\nDistr.: General\n3 August 2033\n\nReport of the Secretary-General\n\n1. {s}\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In resolution 3012 (2033), adopted at its 10961st meeting, on 29 May 2033, the Council, recalling resolutions 2206 "
         "(2015) and 2428 (2018), decided to extend the mandate of the Panel.", {("security-council/res/2033/3012", "2033-05-29")}),
        ("At its 10961st meeting, on 29 May 2033, the Security Council adopted resolution 3012 (2033), recalling resolutions "
         "2206 (2015) and 2428 (2018).", {("security-council/res/2033/3012", "2033-05-29")}),
        # control: both adopted
        ("At its 10961st meeting, on 29 May 2033, the Security Council adopted resolutions 3012 (2033) and 3013 (2033).",
         {("security-council/res/2033/3012", "2033-05-29"), ("security-council/res/2033/3013", "2033-05-29")}),
    ],
)
def test_resolutions_recalled_take_no_adoption_day(sentence, expected):
    assert _of(_SC_REPORT.format(s=sentence), "adoptedOn") == expected


# ---------------------------------------------------------------- a report considered, named back


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ("The previous Panel submitted its final report (S/2033/371) pursuant to paragraph 19 of resolution 2981 (2032). "
         "The Council considered that report at its 10948th meeting, on 14 May 2033.",
         {("S/2033/371", "security-council#10948")}),
        # near miss: two papers named before
        ("The Panel submitted its final report (S/2033/371) and an update (S/2033/372). The Council considered that report at "
         "its 10948th meeting.", set()),
        # near miss: none named in the sentence before
        ("The Panel met in Juba. The Council considered that report at its 10948th meeting.", set()),
    ],
)
def test_a_report_considered_named_back(sentences, expected):
    assert _of(_SC_REPORT.format(s=sentences), "submittedTo") == expected


# ---------------------------------------------------------------- sessions of a parent, papers' mandates


_SUMMARY = (
    "For the consideration of its programme, the Commission had before it the topical summary of the discussion held in the "
    "Fourth Committee of the General Assembly during its eighty-seventh session (E/CN.21/2033/2), {participle} pursuant to "
    "paragraph 38 of General Assembly resolution 87/121 of 8 December 2032, entitled \"Report of the Commission on Coastal "
    "Resilience on the work of its twelfth session\", and a note by the Secretariat (E/CN.21/2033/3)."
)


@pytest.mark.parametrize("participle", ["prepared by the Secretariat", "which the Secretariat prepared"])
def test_a_committees_session_is_its_parents_and_the_papers_mandate_its_own(participle):
    text = _report_note(_SUMMARY.format(participle=participle))
    assert ("ga#87", "ga") in _of(text, "meetingOf")
    assert _of(text, "pursuantTo") == {("E/CN.21/2033/2", "ga/res/87/121")}
    assert not any(s == "E/CN.21/2033/3" for s, _ in _of(text, "reportOf"))


def _report_note(*paragraphs: str) -> str:
    return (
        "United Nations E/CN.21/2034/4\n\nEconomic and Social Council\n\nDistr.: General\n2 January 2034\n\n"
        "Commission on Coastal Resilience\n\nNote by the Secretariat\n\n"
        + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"
    )


# ---------------------------------------------------------------- sessions in two parts, of other bodies


def test_a_session_in_two_parts_has_the_days_of_each_part():
    text = _report_note("The Commission decided that its fourteenth session would be held in Geneva from 27 April to 5 June "
                        "and from 6 July to 7 August 2034.")
    assert _of(text, "heldOn") >= {("ccr#14", "2034-04-27/2034-06-05"), ("ccr#14", "2034-07-06/2034-08-07")}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The International Coastal Law Seminar met at the Palais des Nations.",
          "The fifty-ninth session of the Seminar will be held in Geneva from 6 to 24 July 2034."),
         {("icls#59", "Geneva")}),
        (("The Commission was represented at the sixty-first annual session of the Regional Tides Seminar, held in Kampala "
          "from 17 to 21 October 2032.",), {("tides-seminar#61", "Kampala")}),
        # near miss: two bodies named in full end on the word
        (("The International Coastal Law Seminar and the Regional Tides Seminar were represented.",
          "The fifty-ninth session of the Seminar will be held in Geneva from 6 to 24 July 2034."), set()),
        # near miss: the body is not named in full in the text
        (("The fifty-ninth session of the Seminar will be held in Geneva from 6 to 24 July 2034.",), set()),
    ],
)
def test_sessions_of_other_bodies(paragraphs, expected):
    assert {(s, o) for s, o in _of(_report_note(*paragraphs), "heldIn") if not s.startswith("ccr")} == expected


def test_a_second_annual_session_is_a_count():
    text = _report_note("A paragraph by which the Regional Tides Seminar would have held a second annual session was deleted.")
    assert not any(s.startswith("tides-seminar#") for s, _ in _of(text, "meetingOf"))


# ---------------------------------------------------------------- a main committee's meeting, a draft introduced


_STATEMENT = (
    "United Nations\tA/C.4/88/L.30\nGeneral Assembly\tDistr.: Limited\n\t14 November 2033\n\nEighty-eighth session\n"
    "Fourth Committee\nAgenda item 50\n\nProgramme budget implications of draft resolution A/C.4/88/L.12\n\n"
    "Statement submitted by the Secretary-General in accordance with rule 153 of the rules of procedure\n\n1.\t{s}\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It sets out the programme budget implications of draft resolution A/C.4/88/L.12, entitled \"Coastal matters\", which "
         "was introduced by the representative of Chile at the 21st meeting of the Fourth Committee, on 9 November 2033.",
         {("A/C.4/88/L.12", "ga/fourth-committee#21")}),
        ("Draft resolution A/C.4/88/L.12 was introduced by the delegation of Chile, on behalf of the sponsors, at the 21st "
         "meeting of the Fourth Committee.", {("A/C.4/88/L.12", "ga/fourth-committee#21")}),
        # near miss: no paper introduced
        ("The item was introduced by the representative of Chile at the 21st meeting of the Fourth Committee.", set()),
    ],
)
def test_a_draft_introduced_at_a_main_committees_meeting(sentence, expected):
    text = _STATEMENT.format(s=sentence)
    assert {(s, o) for s, o in _of(text, "submittedTo") if s != "A/C.4/88/L.30"} == expected
    assert ("ga/fourth-committee#21", "ga/fourth-committee") in _of(text, "meetingOf")


def test_a_main_committees_meeting_named_by_its_alone_stays_unread():
    text = _STATEMENT.format(s="The Fourth Committee considered the item at its 1st to 4th and 21st meetings.")
    assert not any(s.startswith("ga/fourth-committee#") for s, _ in _of(text, "meetingOf"))


def test_its_report_in_brackets_is_the_report_of_the_session_held():
    text = _report_note(
        "The Regional Tides Seminar held its sixteenth session in Nairobi from 10 to 13 April 2033. Its report "
        "(E/CN.21/2033/8) is before the Commission, together with the note by the Secretariat (E/CN.21/2033/9)."
    )
    assert _of(text, "reportOf") == {("E/CN.21/2033/8", "tides-seminar#16")}


# ---------------------------------------------------------------- no sign of another organisation


def test_a_governing_body_named_for_short_is_no_sign_of_another_organisations():
    """"Secretary of the Governing Body" in a user's file names its organisation by what any
    organisation's board is called: "the Governing Body" in another organisation's minutes shows
    nothing of it, and its "Working Group" stays unread there."""
    text = (
        "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n\nReport of the Secretary-General\n\n"
        "1. The Governing Body of the Organization met in Geneva. The Chair of the Working Group presented the report of its "
        "tenth meeting.\n"
    )
    assert not any(s.startswith("seed-treaty-gb") for s, _ in _of(text, "meetingOf"))


def test_the_other_organisation_named_in_full_is_read():
    text = (
        "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n\nReport of the Secretary-General\n\n"
        "1. The Governing Body of the International Seed Exchange Treaty met in Rome. The Ad Hoc Working Group on Seed Exchange "
        "held its tenth meeting in Rome on 3 May 2024.\n"
    )
    assert ("seed-treaty-gb/working-group#10", "seed-treaty-gb/working-group") in _of(text, "meetingOf")
