"""E218: a conference's "action taken" addendum whose contents table lists decisions and a
resolution numbered in the convention's way ("1/CP.36<tab>Title<tab>Page", "2/CMP.19 | Title | 5"),
and an autonomous organization's decision page (a record's session field naming no body, the
decision's long title under its symbol, "More from this session", a "Cite as:" line).

- a contents row: the number its body's convention reads, the title cell, perhaps the page cell,
  under a caption naming the kind ("Decisions adopted by the Conference of the Parties", a lone
  "Resolution"); the "Page" column head split onto its own line is no heading; the kind is the
  caption's (decisions and resolutions are numbered apart); adopted at the session the title block
  says the document lists the actions of;
- "Session:<tab>12th Session (Part II), Reykjavik, Iceland": the issuer's session, its place;
- "Decision of the Council of … relating to …" under the symbol: the decision's title;
- "More from this session" / "12th Session (Part I) – Council, 3–7 March 2033" / "Assembly,
  6–10 October 2033": each organ's session and days (the page's session where no ordinal);
- "Cite as: …, PRA/12/C/4 (9 October 2033)." is the page's date of issue: no adoption day.
Near misses: a row of a list with no kind caption, a row ending in a full stop (a sentence),
"Goal 6" ending a title (no page), a line naming a session of no known organ."""

from __future__ import annotations

from pathlib import Path

from .phrasing import extracted_with

ORGANS = Path(__file__).resolve().parents[1] / "data" / "autonomous_organs_e218.ttl"
page_facts = extracted_with(ORGANS)

ADDENDUM = (
    "United Nations\t{symbol}\n\tPolar Ecosystems Convention\tDistr.: General\n\t\t15 March 2032\n\n"
    "{body}\n{ordinal} session\nBonn, 3–14 November 2031\n\n"
    "Report of the {body} on its {ordinal_lower} session, held in Bonn from 3 to 14 November 2031\n\n"
    "Addendum\nPart two: Action taken by the {body} at its {ordinal_lower} session\n\n"
    "Contents\n{rows}\n\n"
)


def conference(text: str) -> set[tuple[str, str, str]]:
    return set(page_facts(text))


def cop_addendum(rows: str) -> set[tuple[str, str, str]]:
    return conference(ADDENDUM.format(
        symbol="PEC/CP/2031/10/Add.1", body="Conference of the Parties", ordinal="Thirty-sixth", ordinal_lower="thirty-sixth", rows=rows
    ))


def test_tabbed_contents_rows_give_mentions_titles_and_the_session():
    found = cop_addendum(
        "Decisions adopted by the Conference of the Parties\tPage\n"
        "1/CP.36\tLong-term finance\t2\n"
        "2/CP.36\tMatters relating to the Adaptation Fund, 2032–2033\t5\n"
        "Resolution\t\t\n"
        "1/CP.36\tExpression of gratitude to the Government of Germany\t9"
    )
    assert ("title", "pec-cop/dec/36/1", "Long-term finance") in found
    assert ("title", "pec-cop/dec/36/2", "Matters relating to the Adaptation Fund, 2032–2033") in found
    # the lone "Resolution" caption: resolution 1/CP.36, another text than decision 1/CP.36
    assert ("title", "pec-cop/res/36/1", "Expression of gratitude to the Government of Germany") in found
    for instrument in ("pec-cop/dec/36/1", "pec-cop/dec/36/2", "pec-cop/res/36/1"):
        assert ("adoptedAt", instrument, "pec-cop#36") in found
        assert ("mentions", "PEC/CP/2031/10/Add.1", instrument) in found
    assert not any(r == "title" and o.endswith((" 2", " 5", " 9")) for r, _, o in found)


def test_a_meeting_of_the_parties():
    found = conference(ADDENDUM.format(
        symbol="PEC/MP/2031/8/Add.1", body="Meeting of the Parties to the Polar Ecosystems Protocol",
        ordinal="Twenty-first", ordinal_lower="twenty-first",
        rows="Decisions adopted by the Meeting of the Parties\tPage\n2/MP.21\tGuidance relating to the monitoring mechanism\t4\n3/MP.21\tBudget\t7",
    ))
    assert ("title", "pec-mp/dec/21/2", "Guidance relating to the monitoring mechanism") in found
    assert ("adoptedAt", "pec-mp/dec/21/2", "pec-mp#21") in found


def test_rows_without_a_kind_caption_or_as_sentences_give_no_title():
    found = cop_addendum(
        "Documents before the Conference\tPage\n"
        "1/CP.36\tLong-term finance\t2"
    )
    assert not any(r == "title" for r, _, _ in found)
    found = cop_addendum("Decisions adopted by the Conference of the Parties\tPage\n1/CP.36\tThe Conference adopted it.\t2")
    assert not any(r == "title" and s == "pec-cop/dec/36/1" for r, s, _ in found)


def test_a_title_ending_on_a_number_keeps_it():
    found = cop_addendum("Decisions adopted by the Conference of the Parties\tPage\n1/CP.36\tReport on Article 6")
    assert ("title", "pec-cop/dec/36/1", "Report on Article 6") in found


PAGE = (
    "Skip to main content\nPolar Resources Authority\nHome   About   Documents   News\nEnglish | Français\n"
    "You are here: Home > Documents > Council > 12th Session > PRA/12/C/4\n\n"
    "PRA/12/C/4\n{title}\n\n"
    "Symbol:\tPRA/12/C/4\nOrgan:\tCouncil\nSession:\t{session}\nDate of issue:\t9 October 2033\n"
    "Download PDF   Print   Share\n\n________________________________________\n"
    "The Council of the Polar Resources Authority,\n1. Requests the Assembly to consider the matter;\n"
    "15th meeting\n2 October 2033\n________________________________________\n\n"
    "{more}\n\n"
    "Cite as: Polar Resources Authority, Council, PRA/12/C/4 (9 October 2033).\n© Polar Resources Authority 2033\n"
)
TITLE = "Decision of the Council of the Polar Resources Authority relating to the monitoring of ice-shelf mining"
MORE = (
    "More from this session\n12th Session (Part I) – Council, 3–7 March 2033\n"
    "12th Session (Part II) – Council, 28 September–3 October 2033\nAssembly, 6–10 October 2033"
)


def test_a_decision_page_of_an_autonomous_body():
    found = set(page_facts(PAGE.format(title=TITLE, session="12th Session (Part II), Reykjavik, Iceland", more=MORE)))
    assert ("title", "pra/council/dec/12/4", TITLE) in found
    assert ("adoptedAt", "pra/council/dec/12/4", "pra/council#12") in found
    assert ("heldIn", "pra/council#12", "Reykjavik") in found
    assert ("heldOn", "pra/council#12", "2033-03-03/2033-03-07") in found
    assert ("heldOn", "pra/council#12", "2033-09-28/2033-10-03") in found
    assert ("heldOn", "pra/assembly#12", "2033-10-06/2033-10-10") in found
    assert ("meetingOf", "pra/assembly#12", "pra/assembly") in found
    # the meeting's day under the text; the citation's and the date are no adoption days
    assert {o for r, s, o in found if r == "adoptedOn" and s == "pra/council/dec/12/4"} == {"2033-10-02"}


def test_a_session_field_in_words_and_a_list_under_another_heading():
    more = "Other documents\nAssembly, 6–10 October 2033\nWorking Party, 1–2 May 2033"
    found = set(page_facts(PAGE.format(title=TITLE, session="Twelfth session, Reykjavik, Iceland", more=more)))
    assert ("adoptedAt", "pra/council/dec/12/4", "pra/council#12") in found
    assert ("heldIn", "pra/council#12", "Reykjavik") in found
    # no "More from this session" heading: the lines are not the session's parts
    assert not any(s == "pra/assembly#12" for _, s, _ in found)


def test_more_from_this_session_names_no_known_organ():
    more = "More from this session\nWorking Party, 1–2 May 2033"
    found = set(page_facts(PAGE.format(title=TITLE, session="12th Session (Part II), Reykjavik, Iceland", more=more)))
    assert not any(r == "heldOn" and o == "2033-05-01/2033-05-02" for r, _, o in found)
