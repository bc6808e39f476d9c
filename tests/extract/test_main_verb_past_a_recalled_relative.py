"""A report's account of an instrument that opens on it and its subject, then recalls an earlier
instrument with a relative clause, then goes on with the main verb: "In decision PC-74/2, the
Commission, recalling its decision PC-71/2, by which it had requested ..., decided to establish an
expert group on ...". The relative clause is the earlier instrument's; the verb after it, set off
by a comma, is the sentence's, and so is its instrument, the one told at its head (E272).

Invented sentences in a report of the Secretary-General (`phrasing.in_sg_report`); bodies are
the shipped General Assembly's and the Economic and Social Council's. Near misses: a verb joined
to the relative clause by "and" (the clause goes on), the clause's own "established" without a
comma before it.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize(
    "sentence",
    [
        "In resolution 88/12, the Assembly, recalling its resolution 86/40 of 3 December 2031, by which it had requested "
        "the Secretary-General to prepare a study, decided to establish an expert group on ocean data.",
        "In resolution 88/12, the General Assembly, recalling its resolution 86/40, by which it requested the "
        "Secretary-General to prepare a study, established an expert group on ocean data.",
        "By resolution 88/12, the Assembly, reaffirming its resolution 86/40, in which it had asked the "
        "Secretary-General to report, also decided to establish an expert group on ocean data.",
        "Under resolution 88/12, the Assembly, recalling its resolution 86/40, whereby it had invited Member States "
        "to share data, agreed to set up an expert group on ocean data.",
    ],
    ids=["decided-to-establish", "established", "reaffirming-also-decided", "under-agreed-to-set-up"],
)
def test_the_verb_after_the_relative_clause_is_the_sentences_instrument(sentence: str) -> None:
    established = in_sg_report(sentence, "establishes")
    assert {s for s, _ in established} == {"ga/res/88/12"}


def test_the_relative_clause_keeps_its_request() -> None:
    sentence = (
        "In decision 2035/201, the Economic and Social Council, recalling its resolution 2033/5, by which it had "
        "requested the Secretary-General to prepare a study, decided to establish an expert group on tidal data."
    )
    assert ("ecosoc/res/2033/5", "secretary-general") in in_sg_report(sentence, "requests")
    assert {s for s, _ in in_sg_report(sentence, "establishes")} == {"ecosoc/dec/2035/201"}


@pytest.mark.parametrize(
    "sentence",
    [
        # "and established": the relative clause goes on, the earlier resolution's act
        "In resolution 88/12, the Assembly, recalling its resolution 86/40, by which it had requested the "
        "Secretary-General to prepare a study and had established an expert group on ocean data, took note of the study.",
    ],
    ids=["and-had-established"],
)
def test_a_verb_joined_to_the_clause_stays_the_recalled_instruments(sentence: str) -> None:
    assert {s for s, _ in in_sg_report(sentence, "establishes")} <= {"ga/res/86/40"}
