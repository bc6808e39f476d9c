"""Misreadings of OCR that the context proves: "l" for "1" inside numbers, "rn" for "m" in a
word the document otherwise spells with "m"."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.characters import apply_changes
from mandate_graph.loaders.extract.ocr import digit_fixes, rn_fixes


def _digits(text: str) -> str:
    return apply_changes(text, digit_fixes(text))[0]


def _rn(text: str, names: tuple[str, ...] = ()) -> str:
    return apply_changes(text, rn_fixes(text, names))[0]


@pytest.mark.parametrize(
    "read, meant",
    [
        ("Geneva, 6 – l7 December 2027", "Geneva, 6 – 17 December 2027"),
        ("at the l6th meeting and the 2lst session", "at the 16th meeting and the 21st session"),
        ("Resolution Conf. 2l.4 (Rev. CoPl9)", "Resolution Conf. 21.4 (Rev. CoPl9)"),  # "CoPl9": a letter before
        ("(Geneva, l5-19 June 2026), l,500 copies, 20l0", "(Geneva, 15-19 June 2026), 1,500 copies, 2010"),
    ],
)
def test_l_for_one_in_numbers(read: str, meant: str) -> None:
    assert _digits(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "p. l, item l and all of them",  # no digit in the token
        "Annex II.1, Resolution I.9",  # capital I: a Roman numeral may be meant
        "hello l2a, A/l/2, html5",  # a letter beside the token
        "lll 12 l",
    ],
)
def test_what_is_no_misread_number(text: str) -> None:
    assert _digits(text) == text


def test_rn_for_m_where_the_names_prove_it() -> None:
    text = "the Animals Cornmittee and the Standing Committee; the recornmendations of the Cornmittee"
    fixed = _rn(text, ("Animals Committee",))
    assert fixed == "the Animals Committee and the Standing Committee; the recornmendations of the Committee"
    assert _rn("ENDORSES the recornmendations", ("Recommendations Unit",)) == "ENDORSES the recommendations"


@pytest.mark.parametrize(
    "text", ["a modern turn in government, a corner of the barn", "the Cornmittee" ]
)
def test_real_words_with_rn_stay(text: str) -> None:
    # "the Cornmittee" with no name holding "Committee": nothing proves it
    names = ("Animals Committee", "Governing Council") if "Cornmittee" not in text else ()
    assert _rn(text, names) == text


@pytest.mark.parametrize(
    "text",
    [
        "the Cornmittee and the governrnent, in turn, returned; modern internrnational",
        "rn at the start, at the end: rn",
        "Gouvernement: pas de rn ici, l'État; kernel\nRNA rn-rn rnrn",
        "no such letters at all",
    ],
)
def test_the_words_with_rn_are_each_run_of_letters_holding_it(text: str) -> None:
    from mandate_graph.loaders.extract.ocr import _RN_WORD, _words_with_rn

    lowered = text.lower()
    by_pieces = {part for piece in lowered.split() for part in _RN_WORD.findall(piece)}
    assert _words_with_rn(lowered) == by_pieces


@pytest.mark.parametrize(
    ("text", "beside"),
    [("l7 December", True), ("Conf. 2l.4", True), ("at the l5th", True), ("hello world 12 ll", False), ("1 l 2", False)],
)
def test_an_l_beside_a_digit_is_seen(text: str, beside: bool) -> None:
    from mandate_graph.loaders.extract.ocr import _L_BESIDE_DIGIT

    assert (_L_BESIDE_DIGIT.search(text) is not None) is beside


# A "0" or "1" among a word's letters: the letter it looks like, where only that spelling is a
# known word (the names', the base vocabulary's or the document's own). Invented sentences.
def _letters(text: str, names: tuple[str, ...] = ()) -> str:
    from mandate_graph.loaders.extract.clean import BASE_VOCABULARY
    from mandate_graph.loaders.extract.ocr import letter_digit_fixes

    # (as `clean` passes them: the base vocabulary of UN documents with the names)
    return apply_changes(text, letter_digit_fixes(text, (*BASE_VOCABULARY, *names)))[0]


@pytest.mark.parametrize(
    "read, meant",
    [
        ("adopted at the 4th plenary sessi0n", "adopted at the 4th plenary session"),
        ("the Board, which met twice, and a forum wh1ch is to meet", "the Board, which met twice, and a forum which is to meet"),
        ("the Standing C0mmittee on Fisheries", "the Standing Committee on Fisheries"),
        ("a forum that meets annua1ly; annually it reports", "a forum that meets annually; annually it reports"),
        ("The Wetland Counci1 and its 0bservers", "The Wetland Council and its 0bservers"),
    ],
)
def test_a_digit_among_letters_where_the_word_proves_it(read: str, meant: str) -> None:
    assert _letters(read, ("Standing Committee on Fisheries", "Wetland Council")) == meant


@pytest.mark.parametrize(
    "text",
    [
        "the H1N1 virus and h1n1 strains",  # no known word with letters for the digits
        "form B2B and code a1b",
        "a forum wh1ch is to meet",  # "which" written nowhere else, and no name holds it
        "CO2 and ISO 9001 and 2031-10-19",
    ],
)
def test_digits_no_word_proves_stay(text: str) -> None:
    assert _letters(text) == text
