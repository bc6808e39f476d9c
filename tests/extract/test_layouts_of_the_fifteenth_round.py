"""What other tools do to the fifteenth round's documents (L6), as general layout rules: a number in
words whose line-end hyphen a converter dropped ("eighty-" / "sixth" joined as "eightysixth"); a
chapter's heading run into a title that fills its line (pdftotext -raw, no blank line anywhere); a
report's numbered paragraphs without their numbers (Word's text of automatic numbering), where a
report listed under the first paragraph is no title of the page's own. Invented text, the invented
Commission on Coastal Resilience of `tests/data/phrasing.ttl`."""

from __future__ import annotations

from mandate_graph.loaders.extract.characters import fix_characters
from mandate_graph.loaders.extract.clean import clean

from .phrasing import SESSION_REPORT, facts

# --------------------------------------------------------------------------- a fused number


def test_a_fused_number_in_words_gets_its_hyphen_back() -> None:
    assert fix_characters("at its eightysixth session")[0] == "at its eighty-sixth session"
    assert fix_characters("Twentyfirst session; ninetynine members")[0] == "Twenty-first session; ninety-nine members"
    # near misses: a number already hyphenated, a word that only begins like one
    for kept in ("seventy-first", "fortyish", "the Seventyfold Path", "twenty seconds"):
        assert fix_characters(kept)[0] == kept


def test_a_session_named_by_a_fused_number_is_read() -> None:
    text = (
        SESSION_REPORT.replace("twelfth session (10–14 March 2031)", "twentysecond session (10–14 March 2031)")
        .replace("Resolution 12/1", "Resolution 22/1")
        + "1. Requests the Secretariat to report to the Commission.\n"
    )
    assert ("ccr/res/22/1", "ccr#22") in facts(text, "adoptedAt")
    assert ("E/2031/31", "ccr#22") in facts(text, "reportOf")


# --------------------------------------------------------------------------- a chapter's heading

_PROCEEDINGS = (
    "United Nations CCR/2031/9\n"
    "Distr.: General\n"
    "20 March 2031\n"
    "Commission on Coastal Resilience\n"
    "Twelfth session\n"
    "Apia, 10–14 March 2031\n"
    "Proceedings of the Commission on Coastal Resilience at its twelfth session, Apia\n"
    "{heading}\n"
    "1. The twelfth session of the Commission was held in Apia from 10 to 14 March\n"
    "2031. At its 5th meeting, on 14 March 2031, the Commission adopted resolution 12/1.\n"
)


def _blocks(text: str) -> list[str]:
    cleaned = clean(text)
    return [cleaned.text[b.start : b.end] for b in cleaned.blocks]


def test_a_chapter_heading_under_a_full_title_begins_anew() -> None:
    # pdftotext -raw: the title fills its line, no room was left for "I.", no blank line between
    text = _PROCEEDINGS.format(heading="I. Opening of the session")
    blocks = _blocks(text)
    assert "I. Opening of the session" in blocks
    assert "Proceedings of the Commission on Coastal Resilience at its twelfth session, Apia" in blocks
    assert ("ccr/res/12/1", "ccr#12") in facts(text, "adoptedAt")


def test_a_chapter_named_in_a_sentence_runs_on() -> None:
    # near misses: a sentence naming a chapter goes on with its number; a Roman line ending on a
    # stop is a sentence's end, not a heading
    text = (
        "The texts adopted by the Commission at its twelfth session are contained in chapter\n"
        "IV. Draft decisions recommended for adoption\n"
        "1. The Commission held its twelfth session in Apia.\n"
    )
    assert not any(b.startswith("IV.") for b in _blocks(text))
    text = (
        "Proceedings of the Commission on Coastal Resilience at its twelfth session, Apia\n"
        "II. The session was opened by the Chair.\n"
        "1. The Commission held its twelfth session in Apia.\n"
    )
    assert not any(b.startswith("II.") for b in _blocks(text))


# --------------------------------------------------------------------------- unnumbered paragraphs

_UNNUMBERED_REPORT = (
    "United Nations\tE/CN.21/2031/9\r\n"
    "Economic and Social Council\tDistr.: General\r\n"
    "20 March 2031\r\n"
    "Commission on Coastal Resilience\r\n"
    "Twelfth session\r\n"
    "Report of the Bureau\r\n"
    "Introduction\r\n"
    "The Bureau of the Commission held a substantive debate on the coastal programme (see E/CN.21/2031/2, "
    "para. 2). Action on the programme was taken at the 4th and 5th meetings of the Commission, on 12 and "
    "14 March 2031. An account of the debate is contained in the relevant summary records.\r\n"
    "For its consideration of the programme, the Bureau had before it:\r\n"
    "Report of the Commission on Coastal Resilience on its eleventh session, held at Apia (E/2030/31).\r\n"
    "Note by the Secretariat on early warning (E/CN.21/2031/4).\r\n"
)


def test_unnumbered_running_prose_ends_the_masthead() -> None:
    # Word's text without its automatic numbering: the first paragraph is no masthead's line, and
    # the report listed two paragraphs below is not the page's own title (it had made the page a
    # report of the eleventh session)
    assert ("E/CN.21/2031/9", "ccr#11") not in facts(_UNNUMBERED_REPORT, "reportOf")
    assert ("E/2030/31", "ccr#11") in facts(_UNNUMBERED_REPORT, "reportOf")


# --------------------------------------------------------------------------- a rule of dashes


def test_a_rule_of_dashes_runs_into_nothing() -> None:
    # a pandoc table's border kept by pdftotext -raw (no blank line) or -layout (a blank line under
    # it): dashes are no hyphen, and the masthead's first line begins anew
    rule = "---------------------------------- -----------------------------------"
    for gap in ("\n", "\n\n"):
        text = (
            f"{rule}{gap}UNITED NATIONS CCR/2031/9\nCommission on Coastal Resilience\nTwelfth session\n"
            "Apia, 10–14 March 2031\n"
        )
        assert "UNITED NATIONS CCR/2031/9" in _blocks(text)
    # near miss: a paragraph ending on a hyphenated word's first part still runs on across a blank line
    text = (
        "The Bureau considered the proposals of the secretariat on budgets and funding for the\n\n"
        "2032 and 2033 period, which it approved.\n"
    )
    assert any("funding for the 2032 and 2033 period" in b for b in _blocks(text))
