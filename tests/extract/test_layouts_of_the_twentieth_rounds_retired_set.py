"""What other tools do to the twentieth round's retired set (u285–u294, L15), as general layout rules:
a resolution's formula that a re-flowing tool ran onto its first recital ("… Peoples, Having considered
…,") or onto the end of the instrument's heading ("398 (XL). Title … region The Commission …,"); an
instrument's numbered heading run onto the paragraph above after its sentence's end ("… budgets.
400 (XL). Title"); an antiword footnote whose number two spaces set apart under the notes' rule.
Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl."""

from __future__ import annotations

import textwrap

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import extracted_with

facts = extracted_with()


def of(relation: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts(text) if r == relation}


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in segment(clean(text)) if p.kind == "paragraph"]


# --------------------------------------------------------------------------- a formula run onto its first recital

_FORMULA = "The Commission on Coastal Resilience of the Economic and Social Council for the Western Seaboard,"
_RECITAL = "Having considered the report of the Secretary-General on coastal early warning,"
_SECOND = "Recalling its resolution 11/2 of 9 March 2030 on coastal early warning systems,"


def _layouts() -> dict[str, str]:
    run_in = f"{_FORMULA} {_RECITAL}"
    return {
        # Word's text: one paragraph a line
        "word": f"{run_in}\n{_SECOND}\n",
        # stripped RTF, the same with Windows line ends
        "rtf": f"{run_in}\r\n{_SECOND}\r\n",
        # antiword: wrapped at 76, blank lines between paragraphs
        "antiword": "\n".join(textwrap.wrap(run_in, 76)) + "\n\n" + "\n".join(textwrap.wrap(_SECOND, 76)) + "\n",
        # LaTeX: the recital wrapped onto the formula's last line, no blank line between them
        "latex": "\n".join(textwrap.wrap(_FORMULA, 80)) + "\n" + _RECITAL + "\n\n" + _SECOND + "\n",
    }


@pytest.mark.parametrize("layout", sorted(_layouts()))
def test_a_formula_run_onto_its_first_recital_stands_alone(layout: str) -> None:
    paragraphs = [" ".join(p.split()) for p in _paragraphs("Resolution 12/3. Coastal early warning\n\n" + _layouts()[layout])]
    assert _FORMULA in paragraphs
    assert _RECITAL in paragraphs


def test_a_body_acting_in_lower_case_stays_one_paragraph() -> None:
    # ITU's style: "The Council, recalling …" is one sentence, no formula over a recital
    text = "The Council, recalling its earlier decisions on the matter, agreed to defer the item to its next session.\n"
    assert not any(p.startswith("recalling") for p in _paragraphs(text))


def test_a_formula_over_an_indented_recital_is_read_as_printed() -> None:
    # pdftotext -layout: the recital on the formula's next line, its numbered paragraphs under it
    text = (
        "          12/3. Coastal early warning\n\n"
        "                  The Commission on Coastal Resilience,\n"
        "                  Taking note of the report on the eleventh session of the Commission, held in\n"
        "          Suva from 3 to 7 June 2030 (E/CN.21/2031/4),\n"
        "                  1.     Requests the Secretary-General to report at its thirteenth session;\n\n"
    )
    assert ("E/CN.21/2031/4", "ccr#11") in of("reportOf", text)


# --------------------------------------------------------------------------- headings run in

_REPORT_HEAD = (
    "B. Resolutions adopted by the Commission at its twelfth session\n"
    "2. At its 6th meeting, on 14 March 2031, the Commission adopted the following resolutions:\n"
)
_FIRST = "121 (XII). Strengthening early warning for coastal communities"
_THIRD = "122 (XII). Dates of the thirteenth session of the Commission"


def test_a_formula_run_onto_its_heading_and_a_heading_run_onto_the_paragraph_above() -> None:
    # Word's text of a PDF viewer's copy: the formula on the heading's line, the next heading after the
    # last operative paragraph's full stop
    text = (
        _REPORT_HEAD
        + f"{_FIRST} The Commission on Coastal Resilience,\n"
        + "Recalling its resolution 11/2 of 9 March 2030,\n"
        + "1.\tRequests the Secretary-General to report to it at its thirteenth session. "
        + f"{_THIRD}\n"
        + "The Commission on Coastal Resilience,\n"
        + "1.\tDecides to hold its thirteenth session in Suva from 3 to 7 March 2032.\n"
    )
    read = [(p.kind, p.text) for p in segment(clean(text))]
    assert ("heading", _FIRST) in read and ("heading", _THIRD) in read, read


def test_a_heading_number_that_does_not_follow_stays_in_its_sentence() -> None:
    text = _REPORT_HEAD + f"{_FIRST}\nThe Commission on Coastal Resilience,\n1.\tRecalls its resolution 119 (XI). 125 (XII). As amended.\n"
    assert not any(p.text.startswith("125 (XII)") for p in segment(clean(text)))


# --------------------------------------------------------------------------- antiword's footnote

def test_an_antiword_note_two_spaces_from_its_number_is_a_note() -> None:
    text = (
        "1.  Takes note of the report of the Secretary-General on coastal early warning; 1\n\n"
        "2.  Requests the Secretary-General to report at its thirteenth session.\n\n"
        "_______________\n\n"
        "1  E/CN.21/2031/4.\n"
    )
    notes = [p.text for p in segment(clean(text)) if p.kind == "footnote"]
    assert notes and notes[0].lstrip("1 ").startswith("E/CN.21/2031/4")


def test_a_layout_note_under_the_next_pages_head_is_a_note() -> None:
    # pdftotext -layout: the rule at one page's foot, its notes under the next page's running head
    text = (
        "                                                                     E/CN.21/2031/L.4\n\n"
        "          The Commission on Coastal Resilience,\n\n"
        "1/3                                                                          GE.31-01234\n"
        "\f                                                                    E/CN.21/2031/L.4\n\n"
        "          1.    Takes note of the report of the Secretary-General on coastal early warning; 1\n\n"
        "          2.    Requests the Secretary-General to report at its thirteenth session.\n\n\n"
        "    _______\n\n\n"
        "2/3                                                                          GE.31-01234\n"
        "\f                                                                    E/CN.21/2031/L.4\n\n"
        "1     E/CN.21/2031/4.\n"
    )
    notes = [p.text for p in segment(clean(text)) if p.kind == "footnote"]
    assert notes and notes[0].lstrip("1 ").startswith("E/CN.21/2031/4")
