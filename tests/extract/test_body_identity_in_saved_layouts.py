"""Which body and session a document is of, told by the way it is laid out rather than by its
sentences (the families of the spent u96–u99, E72): a report printed in another body's series
under a title naming its own body over its session lines; a web page whose site banner sits
under a bar of languages; tables of decisions that `pdftotext -layout` aligns with spaces or
that pandoc prints as a multiline table, under a heading naming the session that adopted them."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

# ---------------------------------------------------------------- "Report of the <body>" / its sessions

OFFICIAL_RECORDS = (
    "| | |\n|---|---|\n| **A/{assembly}/{supplement}** | United Nations |\n"
    "| Official Records of the General Assembly<br>{assembly_words} Session<br>Supplement No. {supplement} | |\n\n"
    "# Report of the {body}\n\n"
    "{sessions}\n\n---\n\n"
    "1.  The {short} had before it the note by the secretariat on tide gauges (E/CN.21/{year}/7).\n\n"
    "2.  The {short} decided that its {next_words} session would be held in Bangkok from 2 to 6 May {next_year}.\n"
)


@pytest.mark.parametrize(("body", "short", "key", "sessions", "ordinal", "days"), [
    ("Commission on Coastal Resilience", "Commission", "ccr", "**Twelfth session (3–7 March 2031)**", 12, "2031-03-03/2031-03-07"),
    ("Commission on Coastal Resilience", "Commission", "ccr", "Twelfth session (3 to 7 March 2031)", 12, "2031-03-03/2031-03-07"),
    ("Committee on Coastal Data", "Committee", "ccr/committee-on-data", "**Forty-first session (10–21 June 2030)**", 41, "2030-06-10/2030-06-21"),
    ("Committee on Coastal Data", "Committee", "ccr/committee-on-data", "41st session", 41, None),
])
def test_a_report_in_the_assemblys_series_is_of_the_body_its_title_names(
    body: str, short: str, key: str, sessions: str, ordinal: int, days: str | None,
) -> None:
    year = days[:4] if days else "2030"
    text = OFFICIAL_RECORDS.format(
        assembly=86, supplement=10, assembly_words="Eighty-sixth", body=body, sessions=sessions, short=short,
        year=year, next_words="forty-second" if ordinal == 41 else "thirteenth", next_year=int(year) + 1,
    )
    session = f"{key}#{ordinal}"
    assert ("A/86/10", session) in facts(text, "reportOf")
    assert (f"E/CN.21/{year}/7", session) in facts(text, "submittedTo")
    if days:
        assert (session, days) in facts(text, "heldOn")
    # "its thirteenth session" of the Commission, not the Assembly's of the series
    following = f"{key}#{ordinal + 1}"
    assert (following, "Bangkok") in facts(text, "heldIn")
    assert not any(subject.startswith("ga#") for subject, _ in facts(text, "heldOn"))


def test_two_session_lines_are_both_reported() -> None:
    text = OFFICIAL_RECORDS.format(
        assembly=85, supplement=48, assembly_words="Eighty-fifth", body="Committee on Coastal Data",
        sessions="Fortieth session (3–14 March 2030)\n\nForty-first session (8–19 September 2030)", short="Committee",
        year=2030, next_words="forty-second", next_year=2031,
    )
    assert {("A/85/48", "ccr/committee-on-data#40"), ("A/85/48", "ccr/committee-on-data#41")} <= facts(text, "reportOf")


def test_a_title_naming_no_known_body_changes_nothing() -> None:
    text = OFFICIAL_RECORDS.format(
        assembly=86, supplement=10, assembly_words="Eighty-sixth", body="Panel on Sand Dunes",
        sessions="Twelfth session (3–7 March 2031)", short="Panel", year=2031, next_words="thirteenth", next_year=2032,
    )
    assert not any(subject.startswith("ccr") for subject, _ in facts(text, "reportOf"))


# ---------------------------------------------------------------- a page's banner under its languages

PAGE = (
    "Skip to main content\n"
    "{languages}\n"
    "{site}\n"
    "Menu\nBodies\nCommissions\n"
    "{section}\n"
    "Sessions\nHome\n>\nCommissions\n>\nCCR\n>\n"
    "{ordinal} session\n"
    "E/CN.21/{year}/1 - Provisional agenda and annotations\n"
    "Download: PDF (English) | Word (English)\n"
    "Session: {ordinal} session, Bangkok, 2-6 March {year}\n"
    "Annotations\n"
    "Item 1. Adoption of the agenda\n"
    "The Commission will have before it a note by the secretariat (E/CN.21/{year}/4).\n"
    "Last updated: 1 December {prior}\n"
    "Contact us | Accessibility | Privacy notice\n"
    "© United Nations\n"
)


@pytest.mark.parametrize("languages", ["English | Français | Español", "EN | FR | ES | RU | AR | ZH", "English | Español"])
@pytest.mark.parametrize("site", ["Office of the High Commissioner for Human Rights", "World Coastal Congress"])
@pytest.mark.parametrize(("ordinal", "n", "year"), [("13th", 13, 2032), ("21st", 21, 2040)])
# the site's section title over the breadcrumb, too long to be read as a menu entry
@pytest.mark.parametrize("section", ["Commission on Coastal Resilience (CCR)", "Commissions and their subsidiary bodies"])
def test_a_site_name_under_a_bar_of_languages_is_no_masthead(languages: str, site: str, ordinal: str, n: int, year: int, section: str) -> None:
    text = PAGE.format(languages=languages, site=site, ordinal=ordinal, year=year, prior=year - 1, section=section)
    session = f"ccr#{n}"
    assert (f"E/CN.21/{year}/4", session) in facts(text, "submittedTo")
    assert (session, "Bangkok") in facts(text, "heldIn")
    assert {subject for subject, _ in facts(text, "meetingOf")} <= {session}


# ---------------------------------------------------------------- tables of decisions in text layouts

ALIGNED = (
    "                                                                        E/CN.21/2031/9\n"
    "Commission on Coastal Resilience\n\n"
    "                    Report of the Commission on Coastal Resilience on its twelfth session\n\n"
    "        {heading}\n\n"
    "          4.    The Commission adopted the following decisions:\n\n"
    "                {number_header:<14}{title_header:<51}{date_header}\n"
    "                12/1          Tide gauges                                        9 March 2031\n"
    "                12/2          Coastal data and early warning                     10 March 2031\n"
    "                12/3          Dates of the thirteenth session                    11 March 2031\n\n"
    "          5.    By decision 12/1, the Commission requested the secretariat to compile tide records.\n"
)


@pytest.mark.parametrize(("number_header", "title_header", "date_header"), [
    ("Decision", "Title", "Adopted on"),
    ("Decision", "Subject", "Date of adoption"),
    ("Decision", "Title", "Adopted"),
])
@pytest.mark.parametrize("heading", ["II. Decisions adopted by the Commission", "II. Decisions adopted at the twelfth session"])
def test_an_aligned_table_of_decisions_gives_titles_and_days(number_header: str, title_header: str, date_header: str, heading: str) -> None:
    text = ALIGNED.format(number_header=number_header, title_header=title_header, date_header=date_header, heading=heading)
    assert {
        ("ccr/dec/12/1", "Tide gauges"), ("ccr/dec/12/2", "Coastal data and early warning"),
        ("ccr/dec/12/3", "Dates of the thirteenth session"),
    } <= facts(text, "title")
    assert {("ccr/dec/12/1", "2031-03-09"), ("ccr/dec/12/3", "2031-03-11")} <= facts(text, "adoptedOn")


def test_an_aligned_table_of_documents_stays_as_it_was() -> None:
    text = ALIGNED.format(number_header="Symbol", title_header="Title", date_header="Item", heading="Annex").replace(
        "12/1    ", "E/CN.21/2031/1").replace("12/2    ", "E/CN.21/2031/2").replace("12/3    ", "E/CN.21/2031/3")
    assert not facts(text, "title") & {("ccr/dec/12/1", "Tide gauges")}


MULTILINE = (
    "United Nations                                              E/CN.21/2031/9\n\n"
    "Commission on Coastal Resilience\n\n"
    "Report of the Commission on its twelfth session\n\n"
    "{heading}\n\n"
    "4.  The Commission adopted the decisions listed below.\n\n"
    "  ------------------------------------------------------------------\n"
    "  {number_header:<11}{title_header:<42}{date_header}\n"
    "  ---------- ----------------------------------------- -------------\n"
    "  12/1       Tide gauges                               2 March 2031\n"
    "{gap}"
    "  12/2       Coastal data, early warning and           5 March 2031\n"
    "             community preparedness\n"
    "{gap}"
    "  12/3       Dates of the thirteenth session           7 March 2031\n"
    "  ------------------------------------------------------------------\n\n"
    "5.  In decision 12/1, the Commission requested the secretariat to compile tide records.\n"
)


@pytest.mark.parametrize("gap", ["\n", ""])
@pytest.mark.parametrize(("number_header", "title_header", "date_header"), [
    ("Decision", "Title", "Adopted"), ("Decision", "Subject", "Adopted on"),
])
@pytest.mark.parametrize(("heading", "session"), [
    ("II. Decisions adopted at the twelfth session", "ccr#12"),
    ("B. Decisions adopted by the Commission at its twelfth session", "ccr#12"),
    ("II. Decisions adopted at the 12th session", "ccr#12"),
])
def test_a_multiline_table_of_decisions_is_read_row_by_row(
    gap: str, number_header: str, title_header: str, date_header: str, heading: str, session: str,
) -> None:
    text = MULTILINE.format(gap=gap, number_header=number_header, title_header=title_header, date_header=date_header, heading=heading)
    assert {
        ("ccr/dec/12/1", "Tide gauges"),
        ("ccr/dec/12/2", "Coastal data, early warning and community preparedness"),
        ("ccr/dec/12/3", "Dates of the thirteenth session"),
    } <= facts(text, "title")
    assert {("ccr/dec/12/2", "2031-03-05"), ("ccr/dec/12/3", "2031-03-07")} <= facts(text, "adoptedOn")
    assert {("ccr/dec/12/1", session), ("ccr/dec/12/2", session), ("ccr/dec/12/3", session)} <= facts(text, "adoptedAt")


def test_a_heading_naming_another_session_gives_no_adoption_there() -> None:
    text = MULTILINE.format(gap="\n", number_header="Decision", title_header="Title", date_header="Adopted",
                            heading="II. Decisions adopted at the eleventh session")
    assert not {g for _, g in facts(text, "adoptedAt")} & {"ccr#11"}


# ---------------------------------------------------------------- "it" after the body just created

@pytest.mark.parametrize(("verb", "kind"), [
    ("created", "working group"), ("decided to establish", "expert group"), ("agreed to form", "task force"),
])
@pytest.mark.parametrize("standing", [
    "would function as a standing working group of the Commission",
    "would remain in place as a standing mechanism",
    "would operate as a permanent body",
    "should be a standing working group",
])
def test_it_after_a_body_just_created_is_that_body(verb: str, kind: str, standing: str) -> None:
    text = (
        "United Nations E/CN.21/2031/9\n\nCommission on Coastal Resilience\n\n"
        "Report of the Commission on its twelfth session\n\n"
        f"5. By decision 12/4, the Commission {verb} a {kind} on coastal erosion and decided that it {standing}.\n"
    )
    made = facts(text, "makesConstantElement")
    assert len(made) == 1 and next(iter(made))[0] == "ccr/dec/12/4"
    assert "erosion" in next(iter(made))[1]
