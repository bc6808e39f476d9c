"""The issuer of a bare number is the subject of the relative clause that tells what it did (E172).

"… together with resolution 58/153 of 22 December 2003, by which the Assembly had decided to
continue the Office": the body opening the clause right after the instrument ("by which", "in
which", "whereby", "through which") acted by it, so it issued it, whoever wrote the document. Varied
in relative word, tense, body and what stands between (a day); near misses: a passive ("by which
the Human Rights Council was established": the body set up, not the issuer), a clause opening on a
body that issues nothing, a number with its issuer already named.

Numbers are invented; the frame is a note of the phrasing commission, whose own numbers are "12/1".
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


def _mentioned(sentence: str) -> set[str]:
    return {o for _, o in facts(in_note(sentence), "mentions")}


@pytest.mark.parametrize(
    ("sentence", "issued"),
    [
        ("The mandate rests on resolution 58/153 of 22 December 2003, by which the General Assembly had decided to "
         "continue the Office.", "ga/res/58/153"),
        ("The Commission recalled resolution 2031/4, in which the Economic and Social Council requested it to report.",
         "ecosoc/res/2031/4"),
        ("The network was built under resolution 77/12, whereby the Assembly invited Member States to share data.",
         "ga/res/77/12"),
        ("The review follows resolution 52/4, through which the Human Rights Council asked for a study.", "hrc/res/52/4"),
    ],
    ids=["by-which-past-perfect", "in-which", "whereby-short-name", "through-which"],
)
def test_the_clauses_subject_issued_it(sentence: str, issued: str) -> None:
    found = _mentioned(sentence)
    assert issued in found
    number = issued.split("/res/")[1]
    assert f"ccr/res/{number}" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive: the Council was set up by it, it did not adopt it
        "The Commission recalled resolution 12/9, by which the Human Rights Council was established.",
        "The Commission recalled resolution 12/9, by which the Human Rights Council had been set up.",
        # the Bureau issues nothing: the number stays the Commission's
        "The Commission recalled resolution 12/9, by which the Bureau was asked to plan the session.",
    ],
    ids=["passive", "passive-pluperfect", "no-issuer"],
)
def test_no_issuer_from_a_passive_or_a_body_issuing_nothing(sentence: str) -> None:
    found = _mentioned(sentence)
    assert "hrc/res/12/9" not in found
    assert "ccr/res/12/9" in found
