"""Documents listed as bullets under the sentence that says why and where they go: "Pursuant to
paragraph 6 of Economic and Social Council decision 2030/251, the secretariat prepared the following documents, which are
before the Commission at its thirteenth session:" then "• E/CN.21/2032/1 - Provisional agenda",
one entry a bullet (a web page's list as a text browser dumps it, "* [10]E/CN.21/2032/1 - ...", or
a note's). Each entry is pursuant to the instrument and submitted to the session the sentence
names (`segment._symbol_first` reads a bulleted entry as a listed document;
`relate.submissions` keeps the receiver of "the following documents, which are before ...:").

Negative cases: bullets that name no document, a bullet whose symbol is inside a sentence, a list
under a sentence that names no receiver or no mandate."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, NOTE_UNDER_NO_ITEM, facts

SESSION = "ccr#13"
LISTED = ("E/CN.21/2032/1", "E/CN.21/2032/2", "E/CN.21/2032/3")


def _note(opener: str, bullet: str = "•", dash: str = "-") -> str:
    entries = (
        f"{bullet} E/CN.21/2032/1 {dash} Provisional agenda and annotations\n\n"
        f"{bullet} E/CN.21/2032/2 {dash} Report of the Executive Secretary on early warning systems\n\n"
        f"{bullet} E/CN.21/2032/3 {dash} Follow-up to the recommendations of the Commission: note by the Secretariat\n\n"
    )
    return NOTE + f"1. {opener}\n\n" + entries + "2. The Commission will also hear a panel on tides.\n"


@pytest.mark.parametrize("opener", [
    "Pursuant to paragraph 6 of Economic and Social Council decision 2030/251, the secretariat prepared the following documents, which are "
    "before the Commission at its thirteenth session:",
    "In accordance with Economic and Social Council decision 2030/251, the secretariat has issued the following documents, which will be "
    "before the Commission at its thirteenth session:",
])
@pytest.mark.parametrize(("bullet", "dash"), [("•", "-"), ("•", "–"), ("-", "–"), ("▪", ":")])
def test_each_bulleted_entry_is_pursuant_and_before_the_session(opener: str, bullet: str, dash: str) -> None:
    text = _note(opener, bullet, dash)
    pursuant = facts(text, "pursuantTo")
    submitted = facts(text, "submittedTo")
    for symbol in LISTED:
        assert (symbol, "ecosoc/dec/2030/251") in pursuant
        assert (symbol, SESSION) in submitted


def test_a_web_page_dumped_by_a_text_browser() -> None:
    page = (
        "   [1]Skip to main content\n   [2]United Nations [3]Commission on Coastal Resilience\n\n"
        "   * [4]Home\n   * [5]Sessions\n   * [6]Documents\n\n"
        "Thirteenth session of the Commission on Coastal Resilience (2032)\n\n"
        "   The thirteenth session of the Commission on Coastal Resilience will take place in New York\n"
        "   from 8 to 12 March 2032.\n\n"
        "Documents\n\n"
        "   Pursuant to paragraph 6 of Economic and Social Council\n   decision 2030/251, the secretariat of the Commission\n"
        "   prepared the following documents, which are before the Commission at its thirteenth\n"
        "   session:\n\n"
        "   * [7]E/CN.21/2032/1 - Provisional agenda\n"
        "   * [8]E/CN.21/2032/2 - Report of the Executive Secretary on early warning systems in\n"
        "     the small island developing States\n"
        "   * [9]E/CN.21/2032/3 - Follow-up to the recommendations of the Commission: note by\n"
        "     the Secretariat\n\n"
        "   Share: [10]Facebook [11]X\n\n"
        "References\n\n"
        "   1. https://example.org/ccr/13#main\n   2. https://www.un.org/\n   3. https://example.org/ccr\n"
        "   4. https://example.org/ccr\n   5. https://example.org/ccr/sessions\n   6. https://example.org/ccr/documents\n"
        "   7. https://undocs.org/E/CN.21/2032/1\n   8. https://undocs.org/E/CN.21/2032/2\n"
        "   9. https://undocs.org/E/CN.21/2032/3\n  10. https://www.facebook.com/sharer\n  11. https://x.com/intent\n"
    )
    pursuant = facts(page, "pursuantTo")
    submitted = facts(page, "submittedTo")
    for symbol in LISTED:
        assert (symbol, "ecosoc/dec/2030/251") in pursuant
        assert (symbol, SESSION) in submitted


def test_bullets_that_name_no_document_give_nothing() -> None:
    text = NOTE_UNDER_NO_ITEM + (
        "1. Pursuant to decision 2030/251, the secretariat prepared the following documents, which are before "
        "the Commission at its thirteenth session:\n\n"
        "• Economic and Social Council\n\n• Working Group on Early Warning Systems\n\n"
    )
    assert not any(s.startswith("E/CN.21/2032/") for s, _ in facts(text, "submittedTo") | facts(text, "pursuantTo"))


def test_a_symbol_inside_a_bulleted_sentence_is_no_entry() -> None:
    text = NOTE + (
        "1. Pursuant to decision 2030/251, the secretariat prepared the following documents, which are before "
        "the Commission at its thirteenth session:\n\n"
        "• The Bureau recalled that document E/CN.21/2031/7 had been withdrawn by the secretariat.\n\n"
    )
    assert ("E/CN.21/2031/7", SESSION) not in facts(text, "submittedTo")


def test_a_list_without_a_receiver_goes_nowhere() -> None:
    text = _note("The secretariat prepared the following documents during the year:")
    assert not any(s in LISTED for s, _ in facts(text, "submittedTo"))
    assert not any(s in LISTED for s, _ in facts(text, "pursuantTo"))
