"""A document answering a request whose requester is named in the possessive (E197, a cell of the lead's
grid r17; E192 left it): "The present report responds to the Assembly's request, in resolution 77/12,
that …", "is submitted in response to the Economic and Social Council's request in resolution
2031/12": the document's mandate (`pursuantTo`), as "the request made by the Assembly in resolution
77/12" gives it (`rules/documents._UNDER_MANDATE`, `_RESPONDS_ITSELF`), and the possessive names the
instrument's issuer (`resolve._POSSESSIVE_REQUEST_IN`).

Near misses: a body noting the request (no document answers it); a body responding to it by its
work (no document)."""

from __future__ import annotations

import pytest

from .phrasing import NOTE_SYMBOL, extracted_with, in_note, in_sg_report

with_commission = extracted_with()


@pytest.mark.parametrize(
    ("sentence", "mandate"),
    [
        ("The present report responds to the Assembly's request, in resolution 77/12, that the Secretary-General report on the matter.",
         "ga/res/77/12"),
        ("This report responds to the General Assembly's request in resolution 77/12 that the Secretary-General report on the matter.",
         "ga/res/77/12"),
        ("The present report is submitted pursuant to the Assembly's request in resolution 77/12.", "ga/res/77/12"),
        ("The present report is submitted in response to the Economic and Social Council's request in resolution 2031/12.",
         "ecosoc/res/2031/12"),
        ("The present report responds to the Economic and Social Council's request, in resolution 2031/12, that the Secretary-General"
         " report on the matter.", "ecosoc/res/2031/12"),
    ],
)
def test_the_report_answers_the_request_of_the_body_in_the_possessive(sentence, mandate):
    assert in_sg_report(sentence, "pursuantTo") == {("A/79/400", mandate)}


def test_the_request_is_read_too():
    sentence = "The present report responds to the Economic and Social Council's request, in resolution 2031/12, that the Secretary-General report."
    assert in_sg_report(sentence, "requests") == {("ecosoc/res/2031/12", "secretary-general")}


def test_a_commissions_note():
    sentence = "The present note responds to the Commission's request, in resolution 11/2, that the Executive Secretary report on the matter."
    assert ("pursuantTo", NOTE_SYMBOL, "ccr/res/11/2") in with_commission(in_note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee noted the Assembly's request, in resolution 77/12, that the Secretary-General report on the matter.",
        "The Advisory Committee responded to the Assembly's request in resolution 77/12 by holding two meetings.",
    ],
)
def test_no_document_answers(sentence):
    assert in_sg_report(sentence, "pursuantTo") == set()
