"""E155: an advisory committee's report and a forum's meetings coverage.

Reports named by their author after the document named them with their symbol ("The report of
the Secretary-General was submitted pursuant to ...", "Both reports are before the General
Assembly ..."); the numbered plenary meetings of a tribunal's judges; a press release's session
("concluded its seventeenth session today", "The four-day session, held at Headquarters in New
York from ..., was convened pursuant to ..."); an opening participle of origin ("Established by
General Assembly resolution 69/313 ... — entitled "..." — the Forum meets ..."); a text "adopted
earlier in the day"; the shape of a number as evidence of its issuer; a known name cut into a
longer one ("Economic and Social Council Forum ...").

Invented sentences on the bodies of the spent set u185-u189 (their reference files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"
READ = extracted_with(UNSEEN / "administration-of-justice.ttl", UNSEEN / "ffd-forum.ttl")

ACABQ = (
    "United Nations\nA/88/7/Add.9\nGeneral Assembly\nDistr.: General\n3 October 2033\nOriginal: English\n"
    "Eighty-eighth session\nAgenda item 140\nAdministration of justice at the United Nations\n"
    "Report of the Advisory Committee on Administrative and Budgetary Questions\n"
)


def acabq(*paragraphs: str) -> str:
    return ACABQ + "".join(f"{n}. {p}\n" for n, p in enumerate(paragraphs, 1))


CONSIDERED = (
    "The Advisory Committee has considered the report of the Secretary-General on the administration of justice "
    "(A/88/301) and the report of the {author} on its activities (A/88/190)."
)


@pytest.mark.parametrize("author", ["Internal Justice Council", "Office of Administration of Justice"])
@pytest.mark.parametrize(
    "told",
    [
        "The report of the Secretary-General was submitted pursuant to General Assembly resolution 87/245.",
        "The report of the Secretary-General has been prepared in accordance with section II of resolution 87/245.",
        "The report of the Secretary-General is submitted in response to the request in paragraph 7 of resolution 87/245.",
    ],
)
def test_a_report_named_by_its_author_is_the_one_named_before_with_its_symbol(author: str, told: str) -> None:
    facts = READ(acabq(CONSIDERED.format(author=author), told))
    assert ("pursuantTo", "A/88/301", "ga/res/87/245") in facts
    assert not any(f[0] == "pursuantTo" and f[1] in ("A/88/190", "A/88/7/Add.9") for f in facts)


@pytest.mark.parametrize("both", ["Both reports are", "The two reports are", "Both reports will be"])
def test_both_reports_are_the_two_the_sentence_before_named_by_author(both: str) -> None:
    text = acabq(
        CONSIDERED.format(author="Internal Justice Council"),
        "The Committee recommends that the Assembly take note of the report of the Secretary-General and of the report "
        f"of the Internal Justice Council. {both} before the General Assembly at its eighty-eighth session.",
    )
    facts = READ(text)
    assert ("submittedTo", "A/88/301", "ga#88") in facts
    assert ("submittedTo", "A/88/190", "ga#88") in facts


def test_the_previous_report_of_an_author_is_another_report() -> None:
    """"The previous report of the Secretary-General (A/87/312)" is not what a later "the report of
    the Secretary-General" means; and a report named by author before any symbol means none."""
    text = acabq(
        "The report of the Secretary-General was submitted pursuant to resolution 87/245.",
        CONSIDERED.format(author="Internal Justice Council"),
        "The previous report of the Secretary-General (A/87/312) was considered by the Assembly at its eighty-seventh session.",
        "The report of the Secretary-General was prepared in accordance with resolution 87/250.",
    )
    facts = READ(text)
    assert not any(f[0] == "pursuantTo" and f[2] == "ga/res/87/245" for f in facts)
    assert ("pursuantTo", "A/88/301", "ga/res/87/250") in facts
    assert ("pursuantTo", "A/87/312", "ga/res/87/250") not in facts


@pytest.mark.parametrize(
    ("first", "next_one"),
    [
        (
            "the views of the judges of the Dispute Tribunal, adopted at their eleventh plenary meeting, held in Nairobi from 6 to 8 May 2032, are annexed",
            "The twelfth plenary meeting of the judges is to be held in Geneva in May 2033.",
        ),
        (
            "the judges of the United Nations Dispute Tribunal, at their eleventh plenary meeting, held in Nairobi from 6 to 8 May 2032, adopted views",
            "The twelfth plenary meeting of the judges will be held in Geneva in May 2033.",
        ),
    ],
)
def test_the_numbered_plenary_meetings_of_a_tribunals_judges(first: str, next_one: str) -> None:
    facts = READ(acabq(f"The Committee notes that {first}. {next_one}"))
    assert ("meetingOf", "ga/undt#11", "ga/undt") in facts
    assert ("heldIn", "ga/undt#11", "Nairobi") in facts
    assert ("heldOn", "ga/undt#11", "2032-05-06/2032-05-08") in facts
    assert ("meetingOf", "ga/undt#12", "ga/undt") in facts
    assert ("heldIn", "ga/undt#12", "Geneva") in facts


def test_a_plenary_meeting_of_a_body_that_holds_sessions_is_a_sitting() -> None:
    facts = READ(acabq("At its fourth plenary meeting, on 10 December 2032, the General Assembly adopted resolution 87/250."))
    assert not any(f[0] == "meetingOf" and f[1] == "ga#4" for f in facts)


PRESS = (
    "Meetings Coverage and Press Releases\n\n25 April 2032\nECOSOC/7312\n\n"
    "Economic and Social Council Forum on Financing for Development Concludes Seventeenth Session\n\n"
    "NEW YORK, 25 April — The Economic and Social Council Forum on Financing for Development Follow-up "
    "concluded its seventeenth session today{adopting}.\n\n"
)


def press(*paragraphs: str, adopting: str = ", adopting by consensus its conclusions and recommendations") -> str:
    return PRESS.format(adopting=adopting) + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    "held",
    [
        "The four-day session, held at Headquarters in New York from 22 to 25 April 2032, was convened pursuant to Council decision 2031/242.",
        "The session, held in New York from 22 to 25 April 2032, was convened in accordance with Council decision 2031/242.",
        "The 4-day session, held at United Nations Headquarters in New York from 22 to 25 April 2032, was held pursuant to Council decision 2031/242.",
    ],
)
def test_the_session_a_press_release_covers(held: str) -> None:
    facts = READ(press(held))
    assert ("heldIn", "ecosoc/ffd-forum#17", "New York") in facts
    assert ("heldOn", "ecosoc/ffd-forum#17", "2032-04-22/2032-04-25") in facts
    assert ("pursuantTo", "ecosoc/ffd-forum#17", "ecosoc/dec/2031/242") in facts
    # the headline cuts the Forum's name short: no session of the Council
    assert not any(f[1].startswith("ecosoc#") for f in facts)


def test_a_lead_without_today_names_no_session_covered() -> None:
    text = press(adopting="").replace("session today", "session in 2031")
    facts = READ(text + "The four-day session, held at Headquarters in New York from 22 to 25 April 2032, was convened.\n")
    assert not any(f[0] == "heldIn" and f[1] == "ecosoc/ffd-forum#17" for f in facts)


@pytest.mark.parametrize(
    "opening",
    [
        'Established by General Assembly resolution 69/313 of 27 July 2015 — entitled "Addis Ababa Action Agenda" — the Forum meets annually.',
        "Established by General Assembly resolution 69/313 of 27 July 2015, the Forum meets annually.",
        "Created under General Assembly resolution 69/313, the Forum on Financing for Development Follow-up reports to the Council.",
    ],
)
def test_an_opening_participle_of_origin_makes_the_subject(opening: str) -> None:
    facts = READ(press(opening))
    assert ("establishes", "ga/res/69/313", "ecosoc/ffd-forum") in facts
    if "entitled" in opening:
        assert ("title", "ga/res/69/313", "Addis Ababa Action Agenda") in facts


def test_an_opening_participle_before_a_possessive_makes_nothing() -> None:
    facts = READ(press("Established by General Assembly resolution 69/313, the Forum's outcome feeds into the follow-up."))
    assert not any(f[0] == "establishes" and f[2] == "ecosoc/ffd-forum" for f in facts)


@pytest.mark.parametrize(
    "told",
    [
        "by decision 2032/211, adopted earlier in the day, the Council decided to hold the next session in New York.",
        "by decision 2032/211, which it adopted earlier today, the Council decided to hold the next session in New York.",
    ],
)
def test_a_text_adopted_earlier_in_the_day_is_of_the_release_s_day(told: str) -> None:
    facts = READ(press("Closing the session, the Council President announced that, " + told))
    assert ("adoptedOn", "ecosoc/dec/2032/211", "2032-04-25") in facts


def test_adopted_earlier_in_the_session_is_no_day() -> None:
    facts = READ(press("The Council recalled decision 2032/211, adopted earlier in the session."))
    assert not any(f[0] == "adoptedOn" and f[1] == "ecosoc/dec/2032/211" for f in facts)


YEAR_NUMBERED = "The session was convened pursuant to Council decision 2031/242 of 23 July 2031."
SESSION_NUMBERED = "Established by General Assembly resolution 69/313 of 27 July 2015, the Forum meets annually."


@pytest.mark.parametrize(
    "recounted",
    [
        "The representative of Egypt recalled resolution 86/210 of 21 December 2031, which called on the Forum to take up the question.",
        "The representative of Egypt said that in resolution 86/210 of 21 December 2031 the General Assembly had called on the Forum to act.",
        "The representative of Japan welcomed the report of the Secretary-General (E/FFDF/2032/3), submitted in accordance with resolution 86/210.",
    ],
)
def test_a_number_shaped_as_the_assembly_numbers_is_the_assembly_s(recounted: str) -> None:
    facts = READ(press(YEAR_NUMBERED, SESSION_NUMBERED, recounted))
    assert any(f[1] == "ga/res/86/210" or f[2] == "ga/res/86/210" for f in facts)
    assert not any(f[1] == "ecosoc/res/86/210" or f[2] == "ecosoc/res/86/210" for f in facts)


def test_a_year_shaped_number_stays_the_councils() -> None:
    facts = READ(press(YEAR_NUMBERED, SESSION_NUMBERED, "The representative of Mexico recalled resolution 2030/18 of 9 June 2030."))
    assert ("adoptedOn", "ecosoc/res/2030/18", "2030-06-09") in facts


def test_without_evidence_of_the_councils_numbering_the_default_stands() -> None:
    """No number of the Council's was written with its issuer: nothing says its numbering is by
    year, and a bare number is the document's issuer's as before."""
    facts = READ(press(SESSION_NUMBERED, "The representative of Egypt recalled resolution 86/210 of 21 December 2031."))
    assert ("adoptedOn", "ecosoc/res/86/210", "2031-12-21") in facts


@pytest.mark.parametrize("joined", ["together with", "along with"])
def test_a_document_considered_together_with_another_went_to_the_same_session(joined: str) -> None:
    facts = READ(acabq(
        "The previous report of the Secretary-General (A/87/221) was considered by the Assembly at its eighty-seventh "
        f"session, {joined} the report of the Internal Justice Council on its work in 2032 (A/87/169)."
    ))
    assert ("submittedTo", "A/87/221", "ga#87") in facts
    assert ("submittedTo", "A/87/169", "ga#87") in facts


def test_a_document_named_after_the_session_without_together_stays_out() -> None:
    facts = READ(acabq(
        "The previous report of the Secretary-General (A/87/221) was considered by the Assembly at its eighty-seventh "
        "session; the Council's report (A/87/169) was issued later."
    ))
    assert ("submittedTo", "A/87/169", "ga#87") not in facts
