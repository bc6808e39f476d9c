"""A verbatim record of a plenary meeting acts on drafts named by their symbol or by their roman
numeral in a committee's report, and gives the number each took in brackets after the adoption
("Draft resolution A/88/L.12 was adopted (resolution 88/31).", "Draft resolution II was adopted by
120 votes to 9, with 30 abstentions (resolution 88/32).") or in the next line ("It became resolution
88/31."). What the record told of the draft before (its title, what it "would" do in the words of the
one who introduced it) is the adopted text's; it was adopted at the masthead's session on the
sitting's day ("91st plenary meeting" / "Thursday, 14 December 2033, 3 p.m."). A draft withdrawn,
deferred or never adopted gives nothing, nor does another text a speaker tells of (`rules/
summary_records.py`, E153). Also: a speaker's present ("Resolution 88/31, just adopted, also asks
...") after the speaker's label; a relative clause naming the session then the instrument ("which
the Assembly decided to re-establish at its eighty-seventh session by resolution 87/40"); a paper's
mandate told back in its own sentence; a body made permanent in a relative clause. Invented
wording, bodies of the shipped reference data and of tests/data/phrasing.ttl."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import extracted_with

extracted = extracted_with()

MASTHEAD = (
    "United Nations{pad}A/88/PV.91\n"
    "General Assembly\n"
    "Eighty-eighth session\n"
    "Official Records\n"
    "91st plenary meeting\n"
    "Thursday, 14 December 2033, 3 p.m.\n"
    "New York\n\n"
    "President:       Ms. Halvorsen . . . . . . . . . . . . (Norway)\n\n"
    "The meeting was called to order at 3.05 p.m.\n\n"
)


def record(*paragraphs: str) -> str:
    return MASTHEAD.format(pad=" " * 40) + "\n\n".join(paragraphs) + "\n\nThe meeting rose at 6 p.m.\n"


def of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


INTRODUCED = (
    "Mr. Keller (Switzerland): I have the honour to introduce the draft resolution contained in\n"
    "document A/88/L.12. Under the draft resolution, the Assembly would decide to establish, at its\n"
    "eighty-ninth session, an open-ended working group on coastal early warning, and would request the\n"
    "Secretary-General to submit a report on its work. The Commission on Coastal Resilience would be\n"
    "invited to contribute to the working group."
)
PUT = (
    "The President: The Assembly will now take a decision on draft resolution A/88/L.12, entitled\n"
    "\"Coastal early warning for all\". May I take it that the Assembly decides to adopt draft\n"
    "resolution A/88/L.12?"
)


@pytest.mark.parametrize(
    "adopted",
    [
        "Draft resolution A/88/L.12 was adopted (resolution 88/31).",
        "Draft resolution A/88/L.12, as orally revised, was adopted (resolution 88/31).",
        "Draft resolution A/88/L.12 was adopted by 151 votes to 3, with 12 abstentions (resolution 88/31).",
        "Draft resolution A/88/L.12 was adopted.\n\nIt became resolution 88/31.",
    ],
)
def test_the_number_given_after_the_adoption_carries_the_draft(adopted: str) -> None:
    text = record(INTRODUCED, PUT, adopted)
    assert ("ga/res/88/31", "Coastal early warning for all") in of(text, "title")
    assert of(text, "adoptedAt") >= {("ga/res/88/31", "ga#88")}
    assert ("ga/res/88/31", "2033-12-14") in of(text, "adoptedOn")
    assert ("ga/res/88/31", "secretary-general") in of(text, "requests")
    assert ("ga/res/88/31", "ccr") in of(text, "invites")
    assert [s for s, _ in of(text, "establishes")] == ["ga/res/88/31"]
    # nothing of the draft is said of any text other than the one it became
    assert not {s for r, s, _ in extracted(text) if "L.12" in s or "draft" in s}


def test_drafts_of_a_committee_report_by_their_roman_numerals() -> None:
    text = record(
        "Agenda item 140\n\nPattern of conferences\n\nReport of the Fifth Committee (A/88/640)",
        "The President: The Assembly will now take a decision on the three draft resolutions\n"
        "recommended by the Fifth Committee in paragraph 12 of its report. Draft resolution I is\n"
        "entitled \"Calendar of conferences\". The Committee adopted it without a vote. May I take it\n"
        "that the Assembly wishes to do likewise?",
        "Draft resolution I was adopted (resolution 88/240).",
        "The President: Draft resolution II is entitled \"Documentation of the Assembly\". A recorded\nvote has been requested.",
        "Draft resolution II was adopted by 120 votes to 9, with 30 abstentions (resolution 88/241).",
        "The President: Draft resolution III, entitled \"Meetings records\", was withdrawn by its\nsponsors and is not before the Assembly.",
        "Draft decision I was adopted (decision 88/512).",
    )
    assert of(text, "title") >= {
        ("ga/res/88/240", "Calendar of conferences"), ("ga/res/88/241", "Documentation of the Assembly"),
    }
    assert not any(t == "Meetings records" for _, t in of(text, "title"))
    assert of(text, "adoptedAt") >= {("ga/res/88/240", "ga#88"), ("ga/res/88/241", "ga#88"), ("ga/dec/88/512", "ga#88")}
    assert {s for s, _ in of(text, "adoptedOn")} >= {"ga/res/88/240", "ga/res/88/241", "ga/dec/88/512"}


@pytest.mark.parametrize(
    "ending",
    [
        # withdrawn, deferred, not pressed: no adoption, no number
        "The President: Draft resolution A/88/L.12 has been withdrawn by its sponsors.",
        "The President: Action on draft resolution A/88/L.12 is postponed to a later date.",
        "The President: I give the floor to the representative of Egypt on a point of order.",
    ],
)
def test_a_draft_put_and_never_adopted_gives_nothing(ending: str) -> None:
    text = record(INTRODUCED, PUT, ending)
    assert not of(text, "establishes")
    assert ("secretary-general") not in {o for _, o in of(text, "requests")}
    assert not of(text, "title") - {(s, t) for s, t in of(text, "title") if s.startswith("A/88/PV")}
    assert not {s for r, s, _ in extracted(text) if "draft" in s or "L.12" in s}


def test_another_texts_conditional_is_no_part_of_the_draft() -> None:
    text = record(
        INTRODUCED.split(" Under the draft")[0] + ".",
        "Ms. Osei (Ghana): The draft resolution before the Commission on Coastal Resilience would request\n"
        "its Bureau to review the mandates of its working groups; that text is not before us.",
        "Draft resolution A/88/L.12 was adopted (resolution 88/31).",
    )
    assert not {s for s, o in of(text, "requests") if o == "ccr/bureau"}


def test_an_amendment_rejected_is_no_adoption() -> None:
    text = record(
        INTRODUCED,
        "The President: The Assembly will first take a decision on the amendment contained in document\n"
        "A/88/L.14 to draft resolution A/88/L.12. A recorded vote has been requested.",
        "The amendment (A/88/L.14) was rejected by 80 votes to 40, with 20 abstentions.",
    )
    assert not of(text, "establishes")
    assert not of(text, "adoptedAt")


@pytest.mark.parametrize(
    "speech, subject, addressee",
    [
        ("Ms. Petrova (Bulgaria): Resolution 88/31, just adopted, also asks the Secretary-General to consult Member States.", "ga/res/88/31", "secretary-general"),
        ("Mr. Tanaka (Japan): Resolution 88/31 requests the Secretary-General to report to the Assembly.", "ga/res/88/31", "secretary-general"),
        ("The President: Resolution 88/31 invites the Commission on Coastal Resilience to contribute.", "ga/res/88/31", "ccr"),
    ],
)
def test_a_speaker_tells_what_a_resolution_asks(speech: str, subject: str, addressee: str) -> None:
    text = record(speech)
    assert (subject, addressee) in of(text, "requests") | of(text, "invites")


@pytest.mark.parametrize(
    "told",
    [
        "The Working Group on Early Warning Systems, which the Assembly decided to re-establish at its\n"
        "eighty-seventh session by resolution 87/40, met four times.",
        "The Working Group on Early Warning Systems, which the Assembly decided to establish at its eighty-seventh session by its resolution 87/40, met four times.",
    ],
)
def test_a_relative_clause_names_the_session_then_the_instrument(told: str) -> None:
    text = record("The President: " + told)
    assert ("ga/res/87/40", "ccr/wg-early-warning") in of(text, "establishes")
    assert ("ga/res/87/40", "ga#87") in of(text, "adoptedAt")


@pytest.mark.parametrize(
    "told, paper",
    [
        ("By resolution 87/40, the Assembly requested the Secretary-General to review the calendar; the note prepared pursuant to that request (A/88/377) is before the Assembly.", "A/88/377"),
        ("The Working Group was re-established by resolution 87/40. Its report, submitted in accordance with paragraph 12 of that resolution, is contained in document A/88/902.", "A/88/902"),
        ("The Working Group was re-established by resolution 87/40. The report, prepared pursuant to that resolution, is issued as document A/88/903.", "A/88/903"),
    ],
)
def test_a_papers_mandate_told_back_in_its_sentence(told: str, paper: str) -> None:
    text = record("The President: " + told)
    assert (paper, "ga/res/87/40") in of(text, "pursuantTo")


def test_a_note_prepared_pursuant_to_a_request_no_sentence_told_is_under_no_instrument() -> None:
    text = record(
        "The President: Resolution 87/40 was adopted last year. The note prepared pursuant to that request (A/88/377) is before the Assembly."
    )
    assert not of(text, "pursuantTo")


@pytest.mark.parametrize(
    "told",
    [
        "We would rather the Commission on Coastal Resilience did that work itself, as the permanent subsidiary\norgan that the Assembly made it by resolution 51/211 A.",
        "We would rather the Commission on Coastal Resilience, which the Assembly made a standing body by its resolution 51/211 A, did that work itself.",
    ],
)
def test_a_body_made_permanent_in_a_relative_clause(told: str) -> None:
    text = record("Mr. Sato (Japan): " + told)
    assert ("ga/res/51/211", "ccr") in of(text, "makesConstantElement")


def test_made_responsible_is_no_constant_element() -> None:
    text = record("Mr. Sato (Japan): The Commission on Coastal Resilience, which the Assembly made responsible for the calendar by resolution 51/211 A, met twice.")
    assert not of(text, "makesConstantElement")


SC_RECORD = (
    "United Nations{pad}S/PV.9901\n"
    "Security Council\n"
    "Eighty-eighth year\n"
    "9901st meeting\n"
    "Friday, 8 December 2033, 10 a.m.\n"
    "New York\n\n"
    "President:       Mr. Abara . . . . . . . . . . . . (Nigeria)\n\n"
    "The meeting was called to order at 10.05 a.m.\n\n"
    "The President: Members of the Council have before them document S/2033/880, which contains the\n"
    "text of a draft resolution submitted by France. Under the draft resolution, the Council would\n"
    "decide to establish a panel of experts on the Great Lakes region, and would request the\n"
    "Secretary-General to report on its work.\n\n"
    "A vote was taken by show of hands.\n\n"
    "The President: The draft resolution received 15 votes in favour. {adopted}\n\n"
    "The meeting rose at 10.40 a.m.\n"
)


@pytest.mark.parametrize(
    "adopted, facts",
    [
        ("The draft resolution has been adopted unanimously as resolution 2755 (2033).", True),
        ("The draft resolution has not been adopted, owing to the negative vote of a permanent member.", False),
    ],
)
def test_the_security_councils_way(adopted: str, facts: bool) -> None:
    text = SC_RECORD.format(pad=" " * 40, adopted=adopted)
    resolution = "security-council/res/2033/2755"
    assert bool(of(text, "establishes")) is facts
    assert (((resolution, "secretary-general") in of(text, "requests"))) is facts
    assert ((resolution, "security-council#9901") in of(text, "adoptedAt")) is facts
