"""A symbol in brackets right after "pursuant to that resolution" (E277): "Having considered the
report of the High Commissioner submitted pursuant to that resolution (X), and the summary of the
expert consultation (Y)" — the participle and its mandate told back are X's alone, as they are
when the instrument is named ("pursuant to resolution 12/1 (X), and the summary (Y)"). Near miss:
"(X) and (Y), both prepared pursuant to that resolution" gives both."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report

RECALLED = "Recalling its resolution 12/1, by which it requested the Secretary-General to prepare a report. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission considered the report of the Secretary-General submitted pursuant to that resolution (E/CN.21/2031/4), and the summary of the expert meeting held in Geneva (E/CN.21/2031/CRP.2).",
        "The Board had before it the study prepared pursuant to paragraph 3 of that resolution (E/CN.21/2031/4) and the compilation of submissions (E/CN.21/2031/CRP.2).",
    ],
)
def test_the_symbol_right_after_that_resolution_is_the_one(sentence: str) -> None:
    assert in_sg_report(RECALLED + sentence, "pursuantTo") == {("E/CN.21/2031/4", "ga/res/12/1")}


def test_both_prepared_pursuant_to_that_resolution() -> None:
    sentence = "The Commission considered the report (E/CN.21/2031/4) and the note (E/CN.21/2031/5), both prepared pursuant to that resolution."
    assert in_sg_report(RECALLED + sentence, "pursuantTo") == {("E/CN.21/2031/4", "ga/res/12/1"), ("E/CN.21/2031/5", "ga/res/12/1")}
