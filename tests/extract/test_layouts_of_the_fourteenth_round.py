"""What other tools do to the fourteenth round's documents (L4), as general layout rules: a page's
menu that antiword sets a line apiece is no table's header; a dash saved as " -- "; a line-end
hyphen that a re-flowing tool left before a space ("Secretary- General"); the line under a title
saying what the document is and who writes it ("Report of the Chair*"); an instrument's title over
the paragraph telling its adoption ("At its 6th meeting, ...") with no blank line between; a
decision told whole in one paragraph, after which a heading is the report's again. Invented text,
the invented Commission on Coastal Resilience of `tests/data/phrasing.ttl` and shipped bodies."""

from __future__ import annotations

from mandate_graph.loaders.extract.characters import fix_characters
from mandate_graph.loaders.extract.clean import clean

from .phrasing import facts, in_sg_report

# --------------------------------------------------------------------------- a menu set apart

_MENU = "\n\n".join(
    ["Skip to content", "United Nations", "Economic and Social Council", "Home", "About", "Meetings",
     "Subsidiary organs", "Documents", "Resolutions and decisions"]
)


def _saved_page(menu: str) -> str:
    return (
        f"{menu}\n\nHome > Documents > Resolutions and decisions > 2031\n\n"
        "Resolution 2031/5\n\nPublished: 14 June 2031\n\n"
        "Resolution adopted by the Economic and Social Council on 3 June 2031\n\n"
        "2031/5. Coastal early warning and the\nresilience of small island States\n\n"
        "The Economic and Social Council,\n\n"
        "1.  Requests the Secretary-General to report on the implementation of the\n"
        "    present resolution at its 2033 session;\n\n"
        "2.  Invites the Commission on Coastal Resilience to consider the matter at its\n"
        "    thirteenth session.\n"
    )


def test_a_menu_set_apart_heads_no_table() -> None:
    # antiword's (LaTeX's, stripped RTF's) text of a saved page: each menu item a paragraph; the
    # run's last items ("Documents" / "Resolutions and decisions") had headed a table of the
    # breadcrumb, the resolution's number, its dateline and its adoption line
    text = _saved_page(_MENU)
    assert "| Documents |" not in clean(text).text
    assert facts(text, "requests") == {("ecosoc/res/2031/5", "secretary-general")}
    assert facts(text, "adoptedOn") == {("ecosoc/res/2031/5", "2031-06-03")}
    assert ("ecosoc/res/2031/5", "ccr") in facts(text, "invites")


def test_a_table_one_cell_a_paragraph_still_reads() -> None:
    # near miss: a short table after a heading, its cells set apart, is still a table
    text = (
        "Documents before the Commission\n\nSymbol\n\nTitle\n\nE/CN.21/2031/4\n\nNote by the Secretariat\n\n"
        "E/CN.21/2031/5\n\nReport of the Executive Secretary\n\nThe Commission took note of them.\n"
    )
    assert "| Symbol | Title |" in clean(text).text


# --------------------------------------------------------------------------- "--" as a dash


def test_two_hyphens_between_words_are_a_dash() -> None:
    assert fix_characters("E/2032/24 -- Statistical Commission: report")[0] == "E/2032/24 \u2014 Statistical Commission: report"
    assert fix_characters('the note -- "Coastal data" -- was issued')[0] == 'the note \u2014 "Coastal data" \u2014 was issued'
    # near misses: an option, a range without spaces, a rule, a table's cell, a line's end
    for kept in ("run with --output x", "pages 3--6", "-----  -----", "| -- | -- |", "the end --\nnext"):
        assert fix_characters(kept)[0] == kept


# --------------------------------------------------------------------------- a re-flowed hyphen


def test_a_line_end_hyphen_reflowed_before_a_space() -> None:
    for sentence in (
        "By its resolution 77/12, the General Assembly requested the Secretary- General to report annually.",
        "By its resolution 77/12, the General Assembly requested the Secretary-  General to report annually.",
    ):
        assert in_sg_report(sentence, "requests") == {("ga/res/77/12", "secretary-general")}
    # (the document decides, as at a line's end: a word it prints whole elsewhere was cut)
    text = clean("The implemen- tation of the open- ended process was reviewed. Its implementation goes on.").text
    assert "implementation" in text and "open-ended" in text


def test_a_suspended_hyphen_keeps_its_space() -> None:
    for kept in ("pre- and post-session documents", "short- or long-term plans", "inter- to intra-agency"):
        assert kept in clean(f"The Committee considered {kept} at its meeting.").text


# --------------------------------------------------------------------------- "Report of the Chair"


def test_the_kind_and_author_line_is_an_item_of_the_masthead() -> None:
    # pdftotext -raw: no blank line anywhere, the title had run on into "Report of the Chair*"
    for kind in ("Report of the Chair*", "Note by the Secretary-General", "Report of the Co-Chairs", "Summary by the President"):
        text = (
            "United Nations\nE/CN.21/2032/7\nEconomic and Social Council\nDistr.: General\n2 January 2032\n"
            "Agenda item 3\nEarly warning for coastal communities, including the resilience of small island\n"
            "States and of low-lying coastal zones\n"
            "Forum on Early Warning, Coastal Resilience and Disaster Risk on its fourth session\n"
            f"{kind}\nSummary\nThe present report summarizes the discussions.\n"
        )
        blocks = [b for b in clean(text).text.split("\n\n")]
        assert "Forum on Early Warning, Coastal Resilience and Disaster Risk on its fourth session" in blocks
        assert kind.rstrip("*") in [b.rstrip("*") for b in blocks]


def test_a_title_wrapped_onto_the_kind_line_goes_on() -> None:
    # near miss: "... submitted in response to the" / "Report of the Secretary-General" is one line wrapped
    text = (
        "United Nations\nE/CN.21/2032/7\nEconomic and Social Council\nDistr.: General\n2 January 2032\n"
        "Follow-up to the recommendations contained in the\nReport of the Secretary-General\n"
        "Summary\nThe present note follows up.\n"
    )
    assert "Follow-up to the recommendations contained in the Report of the Secretary-General" in clean(text).text


# --------------------------------------------------------------------------- a title over "At its Nth meeting"

_DECISIONS_RAW = (
    "United Nations E/2031/31-E/CN.21/2031/9\n"
    "Economic and Social Council\n"
    "Commission on Coastal Resilience\n"
    "Report on the twelfth session (10–14 March 2031)\n"
    "A. Decisions\n"
    "4. At its 6th meeting, on 12 March 2031, the Commission adopted the following decisions.\n"
    "Decision 12/4\n"
    "Inclusion of the estuarine delta observatories in the list of the Commission's coastal mon-\n"
    "itoring networks for the early warning of storm surges in small island developing States\n"
    "At its 6th meeting, on 12 March 2031, the Commission on Coastal Resilience decided by 40\n"
    "votes to none, with 2 abstentions, to include the estuarine delta observatories in the list.\n"
)


def test_a_title_filling_its_line_ends_at_the_adoption_paragraph() -> None:
    assert ("ccr/dec/12/4", "2031-03-12") in facts(_DECISIONS_RAW, "adoptedOn")
    titles = {title for subject, title in facts(_DECISIONS_RAW, "title") if subject == "ccr/dec/12/4"}
    assert titles == {
        "Inclusion of the estuarine delta observatories in the list of the Commission's coastal monitoring"
        " networks for the early warning of storm surges in small island developing States"
    }


def test_at_its_meeting_after_a_sentence_or_a_comma_stays_in_its_paragraph() -> None:
    # near miss: "At its ..." after a line ending a clause is no new paragraph of a title's
    text = (
        "The Commission considered the item at two meetings. It heard statements from the floor,\n"
        "At its 5th meeting, the Commission heard the representative of the secretariat.\n"
    )
    assert clean(text).text.count("\n\n") == 0


# --------------------------------------------------------------------------- a decision told whole


def test_a_heading_after_a_narrated_decision_is_the_reports() -> None:
    # Word's text without its numbering: the report's own paragraphs no longer show they begin
    # again after the decision; its next heading does
    text = (
        "United Nations E/2031/31-E/CN.21/2031/9\n\nEconomic and Social Council\n\n"
        "Commission on Coastal Resilience\nReport on the twelfth session (10–14 March 2031)\n\n"
        "Decision 12/4\n\nInclusion of the delta observatories in the list of monitoring networks\n\n"
        "At its 6th meeting, on 12 March 2031, the Commission decided to include the delta observatories in the list.\n\n"
        "A proposal to include the lagoon stations was put to the vote and was not adopted.\n\n"
        "Follow-up to earlier mandates\n\n"
        "By its decision 11/2, the Commission had requested the Executive Secretary to prepare a"
        " consolidated note before each session.\n"
    )
    requests = facts(text, "requests")
    assert ("ccr/dec/11/2", "ccr/executive-secretary") in requests
    assert not any(subject == "ccr/dec/12/4" for subject, _ in requests)
