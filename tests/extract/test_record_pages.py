"""A record copied from a digital library's web page: the instrument's number and title on
two lines, then the record's fields a row each ("Document code<tab>...", "Session<tab>..."),
then the text. The rows stand between the title and the text: the text's first line is not
the end of the title."""

from __future__ import annotations

from mandate_graph.loaders.extract.clean import clean


def test_a_line_after_record_rows_does_not_run_on_the_title_before_them() -> None:
    text = (
        "12 A/Resolution 3\nOcean literacy: a framework for action on the teaching of marine sciences and the follow-up to the Recommendation\n\n"
        "Share\tPrint\tCite\n\nDocument code\t12 A/Resolution 3\nLanguage\tEnglish\n\n"
        "Text of the resolution\n\nThe Assembly,\n"
    )
    blocks = [clean(text).text[b.start : b.end] for b in clean(text).blocks if b.kind == "text"]
    assert "Text of the resolution" in blocks
    assert not any("framework for action" in b and "Text of" in b for b in blocks)
