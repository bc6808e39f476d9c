"""A line printer's listing with ASA carriage control in column 1 ("1" new page, "0" a blank
line, "-" two, "+" an overprinted underline) reads as its text: the column goes, a new page is a
page break, the overprinted line goes; a listing's decision points numbered under their agenda
item ("7.1  DECIDES ...") are paragraphs of their own (`loaders/extract/plain_layouts.py`,
`clean.py`). Invented text."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.plain_layouts import normalise_layout

LISTING = (
    "1RPT0042   HARBOUR COUNCIL   RUN 2031-02-03   PAGE   1\n"
    "0                       HC/12/4\n"
    "0 DECISIONS OF THE TWELFTH SESSION\n"
    "+ ________________________________\n"
    "0 THE HARBOUR COUNCIL,\n"
    "  3.1  REQUESTS THE SECRETARIAT TO PREPARE A STUDY ON PORT FEES AND TO\n"
    "       REPORT AT THE THIRTEENTH SESSION;\n"
    "  3.2  INVITES THE SHIPPING FORUM TO CONTRIBUTE TO THE STUDY;\n"
    "1RPT0042   HARBOUR COUNCIL   RUN 2031-02-03   PAGE   2\n"
    "- 4.1  DECIDES THAT THE NEXT SESSION WILL BE HELD IN DAKAR.\n"
)


def test_the_control_column_goes_and_spacing_stays() -> None:
    fixed, offsets = normalise_layout(LISTING)
    assert offsets is not None
    lines = fixed.split("\n")
    assert "________" not in fixed
    assert "\n\n DECISIONS OF THE TWELFTH SESSION\n" in fixed
    assert "\f" in fixed and "\n\n\n 4.1  DECIDES" in fixed
    assert not any(line.startswith(("0", "+", "-")) for line in lines)


def test_decision_points_are_paragraphs_of_their_own() -> None:
    paragraphs = [b for b in clean(LISTING).text.split("\n\n")]
    starts = [p.split()[0] for p in paragraphs if p.strip()]
    assert "3.1" in starts and "3.2" in starts and "4.1" in starts
    assert any(p.startswith("3.1") and "thirteenth session;" in p for p in paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary text whose lines happen to open with digits or spaces
        "1 January 2030\n  The Council met.\n0 votes against.\n0 abstentions.\n  Adopted.\n",
        # a list of points, no page control first
        "0 The Council,\n0 recalling its decision,\n- decides to meet.\n  Adopted.\n",
        # numbers in column 1 followed by digits: a numbered text
        "1 The Council\n10 decides\n0 abstentions\n0 votes\n- one\n",
    ],
)
def test_texts_that_are_no_listing_stay(text: str) -> None:
    fixed, _ = normalise_layout(text)
    assert fixed == text


@pytest.mark.parametrize("previous", ["The Harbour Council,", "Recalling its decision 8.4 on port fees,"])
def test_a_point_label_after_a_comma_opens_a_paragraph_in_fixed_width_text(previous: str) -> None:
    filler = "The secretariat reported on the port fees collected in the past year and on the study.\n"
    text = filler * 6 + "\n" + previous + "\n2.1  Requests the secretariat to report on the fees;\n"
    assert "\n\n2.1" in clean(text).text or clean(text).text.startswith("2.1")


def test_a_figure_in_running_text_opens_no_paragraph() -> None:
    filler = "The secretariat reported on the port fees collected in the past year and on the study.\n"
    text = filler * 6 + "\nThe fees rose by\n2.5 per cent in the year under review.\n"
    assert "rose by 2.5 per cent" in clean(text).text
