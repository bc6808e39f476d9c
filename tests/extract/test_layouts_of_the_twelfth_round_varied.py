"""Layouts the twelfth round's documents brought, varied: a statement quoted paragraph by
paragraph (each paragraph opening with a quotation mark, only the last closing it) in a Word
export, in curly marks and wrapped by pdftotext; a list of legislative mandates (an instrument's
number, then its title) as pdftotext -layout aligns its two columns, as pdftotext -raw gives its
cells one a line, and without blank lines before the next list's heading; a page's menu saved
through antiword, each line set apart, under a wrapped headline; and a masthead's place and
dates printed in capitals. Each beside a text of the same look that must stay as it was.
Invented texts and bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.capitals import venue_lines_recased
from mandate_graph.loaders.extract.clean import Block, clean
from mandate_graph.loaders.extract.layout import instrument_number_in_margin
from mandate_graph.loaders.extract.web_chrome import chrome_lines


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI, [])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="t", registry=registry).facts}


def _paragraphs(text: str) -> list[str]:
    cleaned = clean(text)
    return [cleaned.text[b.start : b.end] for b in cleaned.blocks]


# ---------------------------------------------------------------- a statement quoted paragraph by paragraph

_MASTHEAD = (
    "United Nations\tS/PRST/2031/4\nSecurity Council\tDistr.: General\n3 March 2031\n\nOriginal: English\n\n"
    "Statement by the President of the Security Council\n\n"
    "At the 9950th meeting of the Security Council, held on 3 March 2031, in connection with the "
    "Council's consideration of the item entitled \"Women and peace and security\", the President of the "
    "Security Council made the following statement on behalf of the Council:\n\n"
)
_STATEMENT = [
    "The Security Council recalls its resolutions 1325 (2000) and 2493 (2019), and the statement of its "
    "President of 12 May 2029 (S/PRST/2029/2).",
    "The Security Council notes that draft resolution S/2031/120, on women mediators, was put to the vote "
    "at its 9941st meeting, on 24 February 2031, and was not adopted.",
    "The Security Council decides to remain seized of the matter.",
]


def _quoted(paragraphs: list[str], opening: str = '"', closing: str = '"', wrap: int | None = None) -> str:
    out = []
    for i, paragraph in enumerate(paragraphs):
        text = opening + paragraph + (closing if i == len(paragraphs) - 1 else "")
        if wrap:
            lines, line = [], ""
            for word in text.split():
                if line and len(line) + 1 + len(word) > wrap:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            text = "\n".join([*lines, line])
        out.append(text)
    return _MASTHEAD + "\n\n".join(out) + "\n"


THE_VOTE = GatheringRef(body="security-council", kind="meeting", ordinal=9941)


@pytest.mark.parametrize(
    "text",
    [
        _quoted(_STATEMENT),  # Word's plain text, one paragraph a line
        _quoted(_STATEMENT, "“", "”"),  # curly marks
        _quoted(_STATEMENT, wrap=78),  # wrapped by pdftotext
        _quoted(_STATEMENT[:1] + [_STATEMENT[0].replace("1325 (2000)", "2250 (2015)")] + _STATEMENT[1:]),  # a paragraph more
    ],
    ids=["word", "curly", "wrapped", "four_paragraphs"],
)
def test_a_statement_quoted_paragraph_by_paragraph_reads_as_its_unquoted_text(text: str, registry: BodyRegistry) -> None:
    unquoted = _facts(_MASTHEAD + "\n\n".join(_STATEMENT) + "\n", registry)
    facts = _facts(text, registry)
    assert (THE_VOTE, "meetingOf", BodyRef("security-council")) in facts
    assert {f for f in facts if f[0] == THE_VOTE} == {f for f in unquoted if f[0] == THE_VOTE}
    statement = DocumentRef(symbols=("S/PRST/2031/4",))
    assert (statement, "mentions", InstrumentRef("security-council", "resolution", "2000", "1325")) in facts
    paragraphs = _paragraphs(text)
    assert not any(p.startswith(('"The Security', "“The Security")) for p in paragraphs)
    assert any(p.rstrip().endswith("seized of the matter.") for p in paragraphs)


def test_a_paragraph_that_closes_its_own_quotation_keeps_its_marks() -> None:
    text = (
        '"Agenda 2030" was the theme of the debate, which the Council held on 3 March 2031.\n\n'
        '"The Council recalls its resolution 2493 (2019).\n\n'
        "The Council met again on 4 March 2031.\n"
    )
    paragraphs = _paragraphs(text)
    # the first closes its mark; the second opens one alone, no run of two: both as printed
    assert paragraphs[0].startswith('"Agenda 2030"')
    assert paragraphs[1].startswith('"The Council recalls')


# ---------------------------------------------------------------- a list of legislative mandates

_MANDATES_LAYOUT = """\
          I.    Legislative mandates

                        Economic and Social Council resolutions

 2030/11        Strengthening of the coordination of emergency humanitarian assistance

                                 Commission resolutions

 301 (XXVII)                                Regional statistical capacity-building
 329 (XXXI)                                 Energy transition in the region
 345 (XXXVI)                                Transboundary groundwater cooperation

          3.    In resolution 345 (XXXVI), the Commission requested the Executive Secretary to
    report every two years to the Committee on Energy on progress towards the energy transition.
"""

_MANDATES_RAW = """\
I. Legislative mandates
Economic and Social Council resolutions
2030/11 Strengthening of the coordination of emergency humanitarian assistance in the
Commission resolutions
301 (XXVII)
Regional statistical capacity-building
329 (XXXI)
Energy transition in the region
345 (XXXVI)
Transboundary groundwater cooperation
3. In resolution 345 (XXXVI), the Commission requested the Executive Secretary to
report every two years to the Committee on Energy on progress towards the energy transition.
"""


@pytest.mark.parametrize("text", [_MANDATES_LAYOUT, _MANDATES_RAW], ids=["pdf_layout", "pdf_raw"])
def test_a_list_of_mandates_reads_one_instrument_a_paragraph(text: str) -> None:
    paragraphs = [" ".join(p.split()) for p in _paragraphs(text)]
    assert "301 (XXVII) Regional statistical capacity-building" in paragraphs
    assert "329 (XXXI) Energy transition in the region" in paragraphs
    assert "345 (XXXVI) Transboundary groundwater cooperation" in paragraphs
    assert "Commission resolutions" in paragraphs
    assert any(p.startswith("3. In resolution 345 (XXXVI), the Commission requested") for p in paragraphs)


def test_a_number_in_the_margin_is_a_row_only_before_one_column_of_title() -> None:
    assert instrument_number_in_margin(" 318 (XXIX)        Programme planning and review procedures") is not None
    assert instrument_number_in_margin("70/1       Transforming our world") is not None
    # a masthead's two items side by side, a row of three cells, a sentence: not a row
    assert instrument_number_in_margin("Forty-fifth session         12 May 2033") is None
    assert instrument_number_in_margin(" 318 (XXIX)        Programme planning        2031") is None
    assert instrument_number_in_margin("resolution 318 (XXIX)      Programme") is None
    assert instrument_number_in_margin(" 318 (XXIX)        and review procedures") is None


def test_an_instrument_number_alone_once_is_no_list() -> None:
    text = "Commission resolutions\n301 (XXVII)\nRegional statistical capacity-building in the region\nwas taken up."
    paragraphs = [" ".join(p.split()) for p in _paragraphs(text)]
    assert "301 (XXVII) Regional statistical capacity-building in the region" not in paragraphs


# ---------------------------------------------------------------- a page's menu saved through antiword

_MENU = ["Skip to main content", "Meetings Coverage and Press Releases", "Home", "Secretary-General",
         "General Assembly", "Security Council", "Economic and Social Council", "Press Briefings"]
_HEADLINE = (
    "Economic and Social Council Commission on Rural Development Concludes\n"
    "Twelfth Session, Adopting Outcome That Asks Task Force to Map Land\n"
    "Tenure Practices"
)
_LEAD = (
    "NEW YORK, 12 May -- The Commission on Rural Development concluded its twelfth\n"
    "session today, adopting by consensus its conclusions, which will be transmitted\n"
    "to the Economic and Social Council."
)


def _antiword_page(menu: list[str]) -> str:
    lines = ["[pic]", *menu, "12 May 2032", "ECOSOC/7399", _HEADLINE, _LEAD,
             "Share", "Facebook", "Email", "United Nations | Copyright | Privacy Notice | Terms of Use"]
    return "\n\n".join(lines) + "\n"


def test_a_menu_set_apart_line_by_line_under_a_wrapped_headline_is_the_pages_chrome() -> None:
    lines = _antiword_page(_MENU).split("\n")
    chrome = {lines[i] for i in chrome_lines(lines)}
    assert {"Home", "General Assembly", "Security Council", "Economic and Social Council"} <= chrome
    assert "ECOSOC/7399" not in chrome and "12 May 2032" not in chrome
    paragraphs = _paragraphs(_antiword_page(_MENU))
    assert "General Assembly" not in paragraphs and "Security Council" not in paragraphs


def test_short_lines_set_apart_in_a_document_that_is_no_page_stay() -> None:
    # no skip link, share bar or copyright line: a document's own short items, not a menu
    text = "\n\n".join(["Home", "General Assembly", "Security Council", "Economic and Social Council",
                        "Press Briefings", "Secretary-General", "12 May 2032", "ECOSOC/7399", _HEADLINE, _LEAD]) + "\n"
    lines = text.split("\n")
    assert chrome_lines(lines) == set()


# ---------------------------------------------------------------- a masthead's place and dates in capitals

_COUNCIL_MASTHEAD = """\
                                                                    A/HRC/59/1
                              HUMAN RIGHTS COUNCIL

                               Fifty-ninth session

                         {venue}

                           Annotations to the agenda

1.    The Human Rights Council will hold its fifty-ninth session at the United Nations Office
at Geneva. The session will be opened on the date set out above.
"""


@pytest.mark.parametrize(
    "venue",
    ["GENEVA, 16 JUNE – 9 JULY 2035", "Geneva, 16 June – 9 July 2035", "GENEVA, 16 JUNE-9 JULY 2035"],
    ids=["capitals", "ordinary", "capitals_hyphen"],
)
def test_a_masthead_place_and_dates_in_capitals_give_the_sessions_place_and_dates(venue: str, registry: BodyRegistry) -> None:
    facts = _facts(_COUNCIL_MASTHEAD.format(venue=venue), registry)
    session = GatheringRef(body="hrc", kind="session", ordinal=59)
    assert (session, "heldIn", "Geneva") in facts
    assert any(s == session and r == "heldOn" for s, r, _ in facts)


def test_only_a_place_and_dates_line_is_recased() -> None:
    text = "HUMAN RIGHTS COUNCIL\nUNITED NATIONS, NEW YORK\nNEW YORK, 12-16 JUNE 2033\nGENEVA, 3 AND 4 MAY 2032\n"
    assert venue_lines_recased(text).split("\n") == [
        "HUMAN RIGHTS COUNCIL", "UNITED NATIONS, NEW YORK", "New York, 12-16 June 2033", "Geneva, 3 and 4 May 2032", ""
    ]
    far = "x" * 3100 + "\nGENEVA, 3 AND 4 MAY 2032\n"
    assert venue_lines_recased(far) == far


# ---------------------------------------------------------------- html2text's masthead of two symbols as links

_LINKED_MASTHEAD = """\
[Skip to main content](https://www.un.org/en/#main-content)

  * [Home](https://www.un.org/en/)
  * [Documents](https://www.un.org/en/documents/)

[{first}](https://undocs.org/{first})  
[{second}](https://undocs.org/{second})

**Commission for Social Development**

Report on the thirty-third session  
(10–19 February 2031)
"""


@pytest.mark.parametrize(
    "first, second", [("E/2031/26", "E/CN.5/2031/9"), ("A/86/48", "A/AC.109/2031/1")], ids=["ecosoc", "assembly"]
)
def test_two_symbols_linked_on_lines_of_their_own_are_two_masthead_items(first: str, second: str) -> None:
    paragraphs = _paragraphs(_LINKED_MASTHEAD.format(first=first, second=second))
    assert first in paragraphs and second in paragraphs
    # the title broken by a <br> stays one item
    assert "Report on the thirty-third session (10–19 February 2031)" in paragraphs


def test_a_linked_symbol_a_title_runs_on_to_stays_in_it() -> None:
    text = (
        "**Commission for Social Development**\n\n"
        "Note by the Secretary-General transmitting the report contained in\n"
        "[E/CN.5/2031/3](https://undocs.org/E/CN.5/2031/3)\n"
    )
    paragraphs = [" ".join(p.split()) for p in _paragraphs(text)]
    assert "E/CN.5/2031/3" not in paragraphs
    assert any(p.endswith("contained in E/CN.5/2031/3") for p in paragraphs)


def test_a_page_number_over_a_job_number_is_no_instrument_listed() -> None:
    text = "the meeting rose at 1 p.m.\n\n2/24\n32-39561\nA/87/PV.61\n13/12/2032\n\nThe President: We turn to item 8.\n"
    paragraphs = _paragraphs(text)
    assert "2/24 32-39561" not in paragraphs and "A/87/PV.61 13/12/2032" not in paragraphs


def test_resolutions_numbered_over_their_titles_outside_a_list_of_mandates_stay_headings() -> None:
    # a compilation's contents: each number heads its resolution, no list's heading names them
    text = (
        "Contents\n812(XLII)\nSanto Domingo Declaration on productive development\n"
        "813(XLII)\nCare statistics and the Statistical Conference of the Americas\n"
    )
    paragraphs = [" ".join(p.split()) for p in _paragraphs(text)]
    assert "812(XLII) Santo Domingo Declaration on productive development" not in paragraphs
