"""What other tools do to the seventeenth round's second half (u240–u249, L8), as general layout rules.
A copied page's line of fields under a decision's heading ("Theme: …    Adopted: …    Download …") as
Word's text gives it (its spaces a tab: not a table's row) and as antiword gives it (the tab set as
spaces to the next stop: not two columns); a quoted title holding a colon ("entitled “Clean seas:" /
"the way forward”") cut into two paragraphs at the colon by a tool that ends a paragraph at a line
ending on one; a line ending on "resolution" over the line opening with its number ("… pursuant to
resolution" / "14/1;", lynx's wrapping). Invented text."""

from __future__ import annotations

import textwrap

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment


def _blocks(text: str) -> list[tuple[str, str]]:
    cleaned = clean(text)
    return [(b.kind, cleaned.text[b.start : b.end]) for b in cleaned.blocks]


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in segment(clean(text))]


FIELDS = "Theme: Oceans and seas{gap}Adopted: 3 June 2031{gap}Download decision (PDF, 120 KB)"


def _page(gap: str, blank: str | None = None) -> str:
    lines = [
        "Decisions adopted by the Assembly of the Parties to the Coastal Waters Convention at its fourth meeting",
        blank,
        "The Assembly of the Parties adopted 12 decisions at its fourth meeting. The texts of the decisions below are those of the advance versions; the official texts are contained in annex I to the report of the meeting.",
        blank,
        "CWC-4/2: Marine litter and the coastal zone",
        FIELDS.format(gap=gap),
        blank,
        "The Assembly of the Parties,",
        blank,
        "Having considered the report of the scientific committee on its third meeting, held in Nairobi from 4 to 6 December 2030, and the recommendations set out in that report,",
        blank,
        "1.\tRequests the Secretariat to prepare a report on marine litter in the coastal zone for consideration by the Assembly of the Parties at its fifth meeting;",
        blank,
        "2.\tInvites Parties and observers to submit information on national measures against marine litter to the Secretariat by 31 December 2031.",
        blank,
        "CWC-4/5: Venue and date of the fifth meeting",
        "Theme: Organizational" + gap + "Adopted: 4 June 2031" + gap + "Download decision (PDF, 80 KB)",
        blank,
        "The Assembly of the Parties",
        blank,
        "Decides to hold its fifth meeting in Nairobi in the first half of 2033, back to back with the meetings of the other conventions of the region, subject to the availability of resources.",
    ]
    return "\n".join(line for line in lines if line is not None) + "\n"


def test_words_tabbed_line_of_fields_is_the_headings_note_not_a_table() -> None:
    text = _page("\t")  # (the loader reads Word's CR LF as LF)
    blocks = _blocks(text)
    assert ("table", FIELDS.format(gap=" ")) not in blocks
    paragraphs = _paragraphs(text)
    assert FIELDS.format(gap=" ") in paragraphs
    # the next decision's title no longer runs into its opening words
    assert "CWC-4/5: Venue and date of the fifth meeting" in paragraphs
    assert "The Assembly of the Parties" in paragraphs


def test_antiwords_line_of_fields_set_to_tab_stops_is_one_line() -> None:
    paragraphs = _paragraphs(_page("       ", blank=""))  # antiword sets paragraphs apart
    assert FIELDS.format(gap=" ") in paragraphs
    assert "Theme: Oceans and seas" not in paragraphs


def test_a_tabbed_row_without_an_adoption_field_is_still_a_table() -> None:
    text = "Introduction\nCountry\tRegion\tMembers\nKenya\tAfrica\t12\nThe table lists the members.\n"
    assert any(kind == "table" for kind, _ in _blocks(text))


QUOTED_TITLE = (
    "The General Assembly,\n\n"
    "Recalling its resolution 12/3 of 4 May 2031, entitled {o}Clean seas:\n\n"
    "the way forward{c}, and its resolution 12/7 of 6 May 2031 on coastal resilience,\n\n"
    "Recalling also its resolution 13/1,\n"
)


def test_a_quoted_title_cut_at_its_colon_runs_on() -> None:
    for opening, closing in (("\u201c", "\u201d"), ('"', '"')):
        paragraphs = _paragraphs(QUOTED_TITLE.format(o=opening, c=closing))
        assert any(
            p.startswith("Recalling its resolution 12/3") and p.endswith("on coastal resilience,") for p in paragraphs
        ), paragraphs


def test_a_paragraph_ending_on_a_colon_outside_a_quotation_stays_apart() -> None:
    text = (
        "The Committee had before it the following documents, among them the note entitled \u201cClean seas\u201d:\n\n"
        "a note by the Secretariat on the coastal zone (CWC/4/2);\n"
    )
    paragraphs = _paragraphs(text)
    assert not any(p.endswith("(CWC/4/2);") and p.startswith("The Committee") for p in paragraphs), paragraphs


_PROSE = (
    "The Group had before it a note by the Secretariat on the status of country reviews in the "
    "second review cycle of the Mechanism and on the resources available for the reviews, "
    "including the extrabudgetary contributions received since the last session of the Group, "
    "submitted pursuant to resolution"
)


def _wrapped(paragraphs: list[str]) -> str:
    return "\n\n".join(textwrap.fill(p, 76, initial_indent="   ", subsequent_indent="   ") for p in paragraphs) + "\n"


def test_a_line_ending_on_resolution_runs_on_into_its_number() -> None:
    # lynx's text at a fixed width: the sentence wraps just before the resolution's number
    first = _PROSE + " 14/1; the Group took note of it."
    lines = textwrap.wrap(_PROSE, 76)
    text = _wrapped([
        "The Group held its twenty-fourth session in Vienna from 12 to 14 June 2033, under the "
        "chairmanship of a representative of the host country, and adopted its agenda and its "
        "programme of work at the first meeting of the session, without changes to either.",
    ]) + "\n" + "\n".join("   " + line for line in lines) + "\n   14/1; the Group took note of it.\n\n" + _wrapped([
        "The secretariat reported that, as at 1 June 2033, most executive summaries of the country "
        "reviews of the second cycle had been finalized and that several were still outstanding.",
    ])
    paragraphs = _paragraphs(text)
    assert first in paragraphs, paragraphs


def test_a_heading_ending_on_decision_over_a_numbered_title_stays_apart() -> None:
    text = _wrapped([
        "The Assembly held its fourth meeting in Nairobi from 2 to 6 June 2031, under the chairmanship "
        "of a representative of the host country, and adopted the decisions set out below.",
    ]) + "\n   Draft decision\n   14/1. Marine litter and the coastal zone\n\n" + _wrapped([
        "The Assembly of the Parties requests the Secretariat to prepare a report on marine litter.",
    ])
    paragraphs = _paragraphs(text)
    assert not any("Draft decision 14/1" in p for p in paragraphs), paragraphs


HTML2TEXT_NOTE = (
    "**A/RES/91/14**\n\n"
    "# Resolution adopted by the General Assembly on 12 December 2036\n\n"
    "## 91/14. Coastal resilience\n\n"
    "_The General Assembly_,\n\n"
    "_Recalling_ its resolutions 89/20 of 20 December 2034 and 90/31 of 18 December\n"
    "2035,\n\n"
    "_Having_ considered the report of the Secretary-General submitted pursuant to\n"
    "resolution 90/31,1\n\n"
    "1\\. _Takes_ note of the report of the Secretary-General;\n\n"
    "2\\. _Requests_ the Secretary-General to report to it at its ninety-third\n"
    "session on the implementation of the present resolution.\n\n"
    "1 [A/91/276](https://undocs.org/A/91/276).  \n"
    "36-00214 (E)  \n"
)


def test_html2texts_note_with_its_symbol_a_link_is_a_note() -> None:
    # html2text of the PDF: the page's note "1 A/91/276." with the symbol a Markdown link
    assert ("footnote", "1 A/91/276.") in _blocks(HTML2TEXT_NOTE), _blocks(HTML2TEXT_NOTE)


def test_html2texts_link_whose_address_holds_brackets_reads_as_its_text() -> None:
    # html2text links a symbol to its address, which repeats the symbol's brackets
    text = (
        "4\\. By decision [CWC/COP4(9)](https://undocs.org/CWC/COP4(9)), on the coastal zone,\n"
        "the Conference decided to establish an expert group on marine litter.\n"
    )
    assert any("By decision CWC/COP4(9), on the coastal zone" in block for _, block in _blocks(text)), _blocks(text)


def test_a_bracket_going_on_in_lower_case_after_a_page_break_runs_on() -> None:
    # pdftotext -layout: the sentence breaks at a page's foot after a date, its symbol in brackets
    # and the rest of the sentence atop the next page
    body = [
        "    The Working Group will adopt a report on its fifth meeting, the draft of which will",
        "    be prepared by the secretariat. In accordance with resolution 3/2, that report and",
        "    the report on the fourth meeting, held in Nairobi on 5 and 6 June 2031",
        "",
        "GE.31-01234                                                                      3/4",
        "\fCWC/WG.2/2032/1",
        "",
        "    (CWC/WG.2/2031/5), will be made available to the Assembly at its sixth meeting, to",
        "    be held in Nairobi in October 2032.",
        "",
        "    (a) the list of participants will be issued as a document of the meeting.",
    ]
    lead = [
        "CWC/WG.2/2032/1",
        "",
        "    1. The Working Group on Marine Litter of the Assembly of the Parties to the Coastal",
        "    Waters Convention will hold its fifth meeting in Nairobi from 4 to 6 March 2032. The",
        "    meeting will be opened by the Chair of the Working Group on the morning of 4 March.",
        "",
    ]
    paragraphs = _paragraphs("\n".join(lead + body) + "\n")
    assert any(p.endswith("to be held in Nairobi in October 2032.") and p.startswith("The Working Group will adopt") for p in paragraphs), paragraphs
