"""A body's full name printed with a curly apostrophe is the name the reference data writes with a
straight one (E172).

A word processor prints "High Commissioner’s Programme" where a reference file writes "High
Commissioner's Programme". Names are matched either way already (`graph.patterns`); the passes that
ask whether the document writes a body's full name (which of the bodies sharing a short name, "the
Standing Committee", the text means; which organization's bodies it speaks of) read the document as
`numbering.spaced_lower` writes it, which now writes the straight apostrophe: Word's text of a
standing committee's report (u212) read its masthead's "Standing Committee" as the parent's
"Executive Committee" before.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.numbering import spaced_lower


@pytest.mark.parametrize(
    "printed",
    [
        "Executive Committee of the High Commissioner’s Programme",
        "Executive Committee of the\nHigh Commissioner’s  Programme",
        "EXECUTIVE COMMITTEE OF THE HIGH COMMISSIONER'S PROGRAMME",
    ],
    ids=["curly", "curly-wrapped", "straight-capitals"],
)
def test_a_name_printed_with_either_apostrophe_reads_as_the_reference_datas(printed: str) -> None:
    name = "Executive Committee of the High Commissioner's Programme"
    assert " ".join(name.lower().split()) in spaced_lower(f"The report of the {printed} on its session.")


def test_other_quotation_marks_stay() -> None:
    # only the apostrophe: a closing single quotation mark before a space is the same character, which
    # a straight one replaces harmlessly; opening marks and double quotes are left as printed
    assert spaced_lower("‘Title’ and “Name”") == "‘title' and “name”"
