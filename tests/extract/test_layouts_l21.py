"""What other tools do to an instrument's title block (L21), as general layout rules:

- Word's text of a quoted mail sets a centred line's indent as a tab after the quotation marks
  (">>\tResolution 85/301", ">\tDECISION 12/3"); the tab belongs to the marks, as blanks do, or the
  line keeps a ">" and the title block is read as a quoted table.
- A title in capitals broken over two paragraphs by its writer ("… ON THE DATES AND VENUE OF THE" /
  "THIRTEENTH SESSION"), which antiword, LaTeX and stripped RTF set flush left with no blank line
  between, is one title: its second line is no heading of a section that ends the instrument before
  its opening formula, nor a heading "numbered otherwise" that hides the document's issuer.

Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl and the General
Assembly."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import extracted_with

facts = extracted_with()


def _parts(text: str) -> list[tuple[str, str | None]]:
    return [(" ".join(p.text.split()), p.part) for p in segment(clean(text))]


_REPLY = (
    "From: Coastal Desk <desk@example.org>\n"
    "Sent: Tuesday, 18 March 2031 10:02\n"
    "To: Delegation Office <office@example.org>\n"
    "Subject: RE: Text adopted this morning\n\n"
    "Thanks, we will circulate it.\n\n"
    "On Mon, 17 March 2031 at 17:40, Delegation Office wrote:\n\n"
    "> Dear colleagues,\n>\n> The text below was adopted this morning without a vote.\n>\n"
)

# Word's text: one paragraph a line, CR LF, the centred lines' indent a tab after the marks
_ASSEMBLY_WORD = [
    "»\tResolution 85/301",
    "»",
    "»\tCOASTAL RESILIENCE AND SEA-LEVEL RISE: A JOINT PROGRAMME",
    "»\tOF WORK",
    "»",
    "» The General Assembly,",
    "»",
    "» Recalling its resolution 84/212 of 19 December 2029,",
    "»",
    "» 1. Requests the Secretary-General to submit to the General Assembly at its eighty-sixth session a report on the implementation of the present resolution;",
    "»",
    "» 2. Invites the Commission on Coastal Resilience to contribute to that report.",
]
_COMMISSION_WORD = [
    "»\tDecision 12/3",
    "»",
    "»\tDATES AND VENUE OF THE THIRTEENTH SESSION OF THE COMMISSION",
    "»\tON COASTAL RESILIENCE",
    "»",
    "» The Commission on Coastal Resilience,",
    "»",
    "» Recalling its decision 11/7,",
    "»",
    "» 1. Decides to hold its thirteenth session in Nairobi in March 2032;",
    "»",
    "» 2. Requests the Executive Secretary to report on the preparations to the Commission at its thirteenth session.",
]


def _word(mark: str, body: list[str]) -> str:
    return (_REPLY + "\n".join(line.replace("»", mark) for line in body) + "\n").replace("\n", "\r\n")


@pytest.mark.parametrize("mark", [">>", ">"])
def test_a_tab_after_the_marks_is_the_marks(mark: str) -> None:
    found = facts(_word(mark, _ASSEMBLY_WORD))
    assert ("cites", "ga/res/85/301", "ga/res/84/212") in found, found
    assert any(r == "requests" and s == "ga/res/85/301" and "secretary-general" in o for r, s, o in found), found
    read = _parts(_word(mark, _ASSEMBLY_WORD))
    assert not any(t.startswith(">") for t, _ in read), read


@pytest.mark.parametrize("mark", [">>", ">"])
def test_a_commission_decision_quoted_with_tabs(mark: str) -> None:
    found = facts(_word(mark, _COMMISSION_WORD))
    assert any(r == "requests" and s.endswith("/dec/12/3") and o.endswith("executive-secretary") for r, s, o in found), found
    assert any(r == "cites" and s.endswith("/dec/12/3") and o.endswith("/dec/11/7") for r, s, o in found), found


# antiword, LaTeX, stripped RTF: the centred title's two paragraphs flush left, no blank line between,
# in a text wrapped at a width (the lines of the preamble run to it)
def _flush(heading: str, first: str, second: str, formula: str, clauses: list[str]) -> str:
    return "\n".join([
        "Distr.: General", "", heading, "", first, second, "", formula, "", *clauses,
    ]) + "\n"


_GA_CLAUSES = [
    "Recalling its resolution 84/212 of 19 December 2029 on coastal resilience and",
    "the protection of low-lying communities from the effects of sea-level rise,",
    "",
    "1. Requests the Secretary-General to submit to the General Assembly at its",
    "eighty-sixth session a report on the implementation of the present resolution;",
    "",
    "2. Invites the Commission on Coastal Resilience to contribute to that report.",
]
_CCR_CLAUSES = [
    "Recalling its decision 11/7, by which it decided to hold its sessions annually",
    "at the seat of its secretariat unless a host country offers to receive it,",
    "",
    "1. Decides to hold its thirteenth session in Nairobi in March 2032, at the",
    "invitation of the host country;",
    "",
    "2. Requests the Executive Secretary to report on the preparations to the",
    "Commission at its thirteenth session.",
]


def test_a_resolution_title_over_two_lines_is_one_title() -> None:
    text = _flush("Resolution 85/301", "COASTAL RESILIENCE AND SEA-LEVEL RISE: A JOINT PROGRAMME", "OF WORK",
                  "The General Assembly,", _GA_CLAUSES)
    read = _parts(text)
    assert ("OF WORK", "title") in read, read
    found = facts(text)
    assert ("title", "ga/res/85/301", "COASTAL RESILIENCE AND SEA-LEVEL RISE: A JOINT PROGRAMME OF WORK") in found, found
    assert ("cites", "ga/res/85/301", "ga/res/84/212") in found, found
    assert any(r == "requests" and s == "ga/res/85/301" and "secretary-general" in o for r, s, o in found), found


def test_a_decision_title_over_two_lines_is_one_title() -> None:
    text = _flush("Decision 12/3", "DATES AND VENUE OF THE THIRTEENTH SESSION OF THE COMMISSION", "ON COASTAL RESILIENCE",
                  "The Commission on Coastal Resilience,", _CCR_CLAUSES)
    read = _parts(text)
    assert ("ON COASTAL RESILIENCE", "title") in read, read
    found = facts(text)
    assert any(r == "requests" and s.endswith("/dec/12/3") and o.endswith("executive-secretary") for r, s, o in found), found


def test_the_formula_in_capitals_under_a_capitals_title_is_no_title() -> None:
    # near miss: the opening formula in capitals without its comma right under the title
    text = _flush("Resolution 85/301", "COASTAL RESILIENCE AND SEA-LEVEL RISE", "THE GENERAL ASSEMBLY",
                  "Recalling its resolution 84/212 of 19 December 2029,", _GA_CLAUSES[3:])
    found = facts(text)
    titles = [o for r, s, o in found if r == "title" and s == "ga/res/85/301"]
    assert titles and all("THE GENERAL ASSEMBLY" not in t for t in titles), found


def test_a_title_in_lower_case_keeps_its_heading_below() -> None:
    # near miss: a title in sentence case, then a heading in capitals: no title's second line
    text = _flush("Resolution 85/301", "Coastal resilience and sea-level rise", "ANNEX",
                  "The General Assembly,", _GA_CLAUSES)
    assert ("ANNEX", "title") not in _parts(text)


# A release page saved through LaTeX: the site's menu kept as "* Label <address>" lines, one a line
# or run into lines ("… <https://…> * General Assembly <https://…> * Security"), under the converter's
# preamble. A menu's link is no page's note: read as a note, it ran on over the lines below and
# the release was read from the menu (its symbol, its session lost).
_RELEASE_HEAD = [
    "\\documentclass[a4paper,11pt]{article}",
    "\\begin{document}",
    "",
    "Skip to main content <\\#main-content> \\\\",
    "Welcome to the United Nations <https://www.un.org/en/> \\\\",
    "* English <https://press.example.org/en> \\\\",
    "* Français <https://press.example.org/fr> \\\\",
    "Meetings Coverage and Press Releases <https://press.example.org/en> \\\\",
    "* Home <https://press.example.org/en> \\\\",
    "",
    "* Secretary-General <https://press.example.org/en/content/secretary-general> *",
    "General Assembly <https://press.example.org/en/content/general-assembly> * Security",
    "Council <https://press.example.org/en/content/security-council> * Press",
    "Briefings <https://press.example.org/en/content/press-briefings>",
    "",
]
_RELEASE_BODY = [
    "\\section*{GA/13120}",
    "",
    "\\section*{12~December 2031}",
    "",
    "\\section*{Eighty-sixth Session, 50th Meeting (AM)}",
    "",
    "\\section*{General Assembly Adopts Text on Coastal Resilience}",
    "",
    "NEW YORK, 12~December -- The General Assembly today adopted resolution 86/231 on",
    "coastal resilience without a vote. By that text, it requested the Secretary-General",
    "to submit a report on its implementation to the Assembly at its eighty-eighth",
    "session, and invited the Commission on Coastal Resilience to contribute to it.",
    "",
    "\\end{document}",
]


def test_a_menu_of_links_in_latex_is_no_note() -> None:
    text = "\n".join(_RELEASE_HEAD + _RELEASE_BODY) + "\n"
    found = facts(text)
    assert any(r == "requests" and s == "ga/res/86/231" and "secretary-general" in o for r, s, o in found), found
    assert ("invites", "ga/res/86/231", "ccr") in found, found
    assert ("adoptedAt", "ga/res/86/231", "ga#86") in found and ("mentions", "GA/13120", "ga/res/86/231") in found, found
    assert not any(b.kind == "footnote" for b in clean(text).blocks)


def test_a_starred_note_stays_a_note() -> None:
    # near miss: a page's note under a blank line, its text a sentence (a link in it or not)
    for note in ("* Reissued for technical reasons on 14 December 2031.",
                 "* The full text is available at <https://press.example.org/en/ga13120> as adopted."):
        text = "\n".join(_RELEASE_BODY[:-1] + ["", note, "", "\\end{document}"]) + "\n"
        cleaned = clean(text)
        assert any(b.kind == "footnote" for b in cleaned.blocks), [(b.kind, cleaned.text[b.start:b.end]) for b in cleaned.blocks]
