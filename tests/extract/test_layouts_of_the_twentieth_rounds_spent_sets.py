"""What other tools do to the twentieth round's spent sets (u290–u299, L16), as general layout rules:
an instrument's numbered heading on a line indented as pdftotext -layout and lynx set the text
("    121 (XII). Title"), so that the next heading run onto the paragraph above after its full stop
is still told ("… thirteenth session. 122 (XII). Title"); and a page's number that a re-flowing tool
ran onto the last line of its page, above the next page's running head ("…; 4" / "E/2031/31").
Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl."""

from __future__ import annotations

import textwrap

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import SESSION_REPORT, extracted_with

facts = extracted_with()


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in segment(clean(text)) if p.kind == "paragraph"]


def _texts(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in segment(clean(text))]


# --------------------------------------------------------------------------- an indented numbered heading

_REPORT_HEAD = (
    "      B.    Resolutions adopted by the Commission at its twelfth session\n\n"
    "      2.    At its 6th meeting, on 14 March 2031, the Commission adopted the following\n"
    "resolutions:\n\n"
)
_FIRST = "121 (XII). Strengthening early warning for coastal communities"
_NEXT = "122 (XII). Dates of the thirteenth session of the Commission"


@pytest.mark.parametrize("indent", ["    ", "   "])  # pdftotext -layout's margin, lynx's
def test_an_indented_heading_counts_for_the_next_one_run_onto_a_paragraph(indent: str) -> None:
    lines = [
        _FIRST,
        "",
        "The Commission on Coastal Resilience,",
        "Recalling its resolution 11/2 of 9 March 2030,",
        "",
        "      1.    Requests the Secretary-General to report to it at its thirteenth",
        f"session. {_NEXT}",
        "",
        "The Commission on Coastal Resilience,",
        "      1.    Decides to hold its thirteenth session in Suva from 3 to 7 March 2032.",
    ]
    text = _REPORT_HEAD + "\n".join(indent + line if line and not line.startswith(" ") else line for line in lines) + "\n"
    read = [(p.kind, " ".join(p.text.split())) for p in segment(clean(text))]
    assert ("heading", _FIRST) in read and ("heading", _NEXT) in read, read


def test_an_indented_number_out_of_sequence_stays_in_its_sentence() -> None:
    text = _REPORT_HEAD + f"    {_FIRST}\n\n    The Commission on Coastal Resilience,\n    1. Recalls its resolution 119 (XI). 125 (XII). As amended.\n"
    assert not any(p.text.startswith("125 (XII)") for p in segment(clean(text)))


# --------------------------------------------------------------------------- a page number run onto its page's last line

_ESTABLISHES = (
    "1. Decides to establish a Committee on Coastal Data, composed of experts nominated by member "
    "States, which shall take over the work of the Working Group on Early Warning Systems from 1 January 2033;"
)
_NEXT_PARAGRAPH = "2. Requests the Executive Secretary to report on the transition to the Commission at its thirteenth session."


def _report(page_end: str, head: str) -> str:
    # the running head of the next page repeats on each page: twice here
    return (
        SESSION_REPORT
        + "Recalling its resolution 11/2 of 9 March 2030,\n\n"
        + "\n".join(textwrap.wrap(_ESTABLISHES, 76)) + f"{page_end}\n"
        + head
        + f"{_NEXT_PARAGRAPH}\n\n"
        + "Annex\n\nList of documents\n\n"
        + "Some further text of the annex.\n"
        + head
    )


_HEADS = {
    "pdf_raw": "E/2031/31\nE/CN.21/2031/9\n",  # pdftotext -raw: the head's lines right under the text
    "lynx": "\n   [13]E/2031/31\n   [14]E/CN.21/2031/9\n\n",  # lynx: the symbols as links
}


@pytest.mark.parametrize("layout", sorted(_HEADS))
def test_a_page_number_run_onto_the_pages_last_line_goes(layout: str) -> None:
    text = _report(" 4", _HEADS[layout])
    assert _ESTABLISHES.removeprefix("1. ") in _paragraphs(text)
    assert ("establishes", "ccr/res/12/1", "ccr/committee-on-data") in facts(text)


def test_a_paragraph_reference_above_a_running_head_stays() -> None:
    # "… as set out in para. 4" at a page's end: the number is the sentence's, not the page's
    text = _report(" as set out in para. 4", _HEADS["pdf_raw"])
    assert any(p.endswith("para. 4") for p in _texts(text))


def test_a_number_above_no_running_head_stays() -> None:
    # the symbol under it printed once (a document listed), no page's head
    text = (
        SESSION_REPORT
        + "Recalling its resolution 11/2 of 9 March 2030,\n\n"
        + "1. Takes note of the documents listed below; 4\nE/CN.21/2031/7\n"
    )
    assert any(p.endswith("; 4") for p in _texts(text))


# --------------------------------------------------------------------------- a heading run onto the page's running foot

_FOOT = "REPORT OF THE TWELFTH SESSION OF THE COMMISSION ON COASTAL RESILIENCE 14"
_SECOND_RESOLUTION = (
    "Resolution 12/2\n\nDates of the thirteenth session\n\n"
    "The Commission on Coastal Resilience,\n\n"
    "Recalling its resolution 11/2 of 9 March 2030,\n\n"
    "1. Requests the Executive Secretary to convene the thirteenth session of the Commission in Suva.\n"
)


def _resolution_after(foot: str) -> str:
    return (
        SESSION_REPORT
        + "Recalling its resolution 11/2 of 9 March 2030,\n\n"
        + "1. Requests the Secretary-General to report to it at its thirteenth session.\n\n"
        + foot
        + _SECOND_RESOLUTION.removeprefix("Resolution 12/2")
    )


@pytest.mark.parametrize(
    "foot",
    [
        f"{_FOOT} Resolu-\ntion 12/2",  # re-flowed with the foot, the word hyphenated at the new line end
        f"{_FOOT} Resolution 12/2",  # re-flowed, one line
        f"{_FOOT}\nResolution 12/2",  # the heading on the next line, no blank line between (html2text)
        f"    {_FOOT} Resolu-\n    tion 12/2",  # pdftotext -layout's margin before both lines
        f"   {_FOOT[:-3]}\n   14 Resolution 12/2",  # lynx: the long foot wrapped before its page number
    ],
)
def test_a_heading_run_onto_the_running_foot_above_stands_alone(foot: str) -> None:
    text = _resolution_after(foot)
    assert "Resolution 12/2" in _texts(text)
    assert ("requests", "ccr/res/12/2", "ccr/executive-secretary") in facts(text)


def test_a_capitals_line_before_a_word_that_heads_nothing_stays() -> None:
    # "… 14 Reports 12": no instrument's heading word after the number
    text = _resolution_after(f"{_FOOT} Reports 3 and 4 were considered.\n\n")
    assert not any(p.startswith("Reports 3") for p in _texts(text))


# --------------------------------------------------------------------------- an operative paragraph run onto the last recital

_LAST_RECITAL = "Noting that the Bureau considered but did not take up a proposal to merge the working groups,"
_FIRST_OPERATIVE = "Endorses the recommendations of the Working Group on Early Warning Systems on its work;"
_RUN_IN = f"{_LAST_RECITAL} {_FIRST_OPERATIVE}"


@pytest.mark.parametrize(
    "body",
    [
        f"{_RUN_IN}\r\n2.\tRequests the Executive Secretary to report on it.\r\n",  # Word's text, one paragraph a line
        "\n".join(textwrap.wrap(_RUN_IN, 76)) + "\n\nRequests the Executive Secretary to report on it.\n",  # antiword
    ],
)
def test_an_operative_paragraph_run_onto_the_last_recital_stands_alone(body: str) -> None:
    text = SESSION_REPORT + "Recalling its resolution 11/2 of 9 March 2030,\n\n" + body
    paragraphs = _paragraphs(text)
    assert _LAST_RECITAL in paragraphs and _FIRST_OPERATIVE in paragraphs, paragraphs


def test_an_operative_verb_inside_a_sentence_that_is_no_recital_stays() -> None:
    # a report's own sentence, no recital: "…, Requests" would be a quotation's word, kept whole
    text = SESSION_REPORT + "1. The Chair read out the text, Requests the Secretariat to circulate it being its first words.\n"
    assert not any(p.startswith("Requests the Secretariat") for p in _texts(text))
