"""E297: a report pasted into a post, a mail or a wiki page under the poster's own words.

- A forum's chrome: the account links alone on a line ("Sign Up  Log In", "Log in | Register") and
  the software's footer ("Powered by Discourse, …") are marks of a copied page, as "Skip to main
  content" is (`web_chrome._PAGE_MARKS`): with two marks, the forum's name above the post ("Fifth
  Committee & CPC Practitioners' Forum") is chrome, and a Main Committee it names is not the
  document's body.
- The pasted masthead: after a sentence of the poster's ("below is the chapter as issued:"), the
  first line that is a document symbol alone opens the document's masthead
  (`web_chrome._pasted_masthead`): the symbol is the document's, and the report's own committee
  ("Report of the Committee for Programme and Coordination") is "the Committee" of its text.

Near misses: a footer sentence "powered by" within a paragraph, a symbol cited in a sentence, a
symbol alone under a poster's title with no sentence (the ordinary masthead reading), a document
whose symbol heads it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.web_chrome import chrome_lines, full_text_start
from tests.extract.phrasing import BASE, REFERENCE, stated

_UN_SYSTEM = Path(__file__).resolve().parents[2] / "ontology" / "reference" / "optional" / "un-system.ttl"


@lru_cache(maxsize=1)
def _registry():
    return load_registry(BASE, [REFERENCE, _UN_SYSTEM])


def _read(text: str):
    extraction = extract(text, source_key="e297", registry=_registry())
    return extraction, stated(extraction)


_FORUM = (
    "Skip to main content\n{forum}\n{account}\n\n{topic}\nplanning  cpc  evaluation\n\njdoe\nJane Doe\nMay 2033\n\n"
    "{intro}\n\n{masthead}\n\nChapter III\nEvaluation\n\nA. Evaluation of the Department of Global Communications\n\n"
    "1. At its 5th meeting, on 6 June 2033, the Committee considered the report of the Office of Internal "
    "Oversight Services on the evaluation of the Department of Global Communications (E/AC.51/2033/4).\n\n"
    "2. The Under-Secretary-General for Internal Oversight Services introduced the report and responded to the "
    "questions raised by delegations during the consideration of the item; the Under-Secretary-General for Global "
    "Communications made a statement.\n\n"
    "Discussion\n\n3. Delegations welcomed the evaluation, which they found thorough and balanced, and asked about its "
    "methods, its sample of country offices and the weight it gave to the views of Member States, and recalled "
    "that the Department had been evaluated only once before, when its structure and its network of information "
    "centres were different.\n\n"
    "Conclusions and recommendations\n\n"
    "4. The Committee decided to consider the matter again at its seventy-fourth session.\n\n"
    "3 Likes\n\nReply\n\nakim\nAn Kim\nMay 2033\n\nThanks, very useful for the budget talks next month; we will "
    "circulate it to the whole group with the other chapters once they are out, and we will flag the paragraphs that "
    "matter for the draft resolution on programme planning that the Fifth Committee will negotiate in the autumn.\n\n"
    "{footer}\n"
)
_CPC_MASTHEAD = (
    "A/88/16\nReport of the Committee for Programme and Coordination\nSeventy-third session (3-28 June 2033)\n"
    "General Assembly\nOfficial Records\nEighty-eighth Session\nSupplement No. 16"
)


@pytest.mark.parametrize(
    ("forum", "account", "footer"),
    [
        ("Fifth Committee & CPC Practitioners' Forum", "Sign Up  Log In", "Powered by Discourse, best viewed with JavaScript enabled"),
        ("Fifth Committee delegates' board", "Log in | Register", "Powered by phpBB."),
        ("Third Committee and CPC community", "Sign in", "Powered by Discourse"),
    ],
)
def test_a_forum_post_pasting_a_committee_report_is_the_committee_s(forum: str, account: str, footer: str) -> None:
    text = _FORUM.format(
        forum=forum, account=account, footer=footer, topic="CPC 73 - chapter on evaluation, with notes",
        intro="As promised, here is the evaluation chapter of this year's report as issued:", masthead=_CPC_MASTHEAD,
    )
    extraction, facts = _read(text)
    assert extraction.document.ref.symbols == ("A/88/16",)
    assert ("reportOf", "A/88/16", "ecosoc/cpc#73") in facts
    assert ("submittedTo", "A/88/16", "ga#88") in facts
    assert ("submittedTo", "E/AC.51/2033/4", "ecosoc/cpc#73") in facts
    assert ("meetingOf", "ecosoc/cpc#74", "ecosoc/cpc") in facts
    # the forum's name is chrome: no Main Committee meets in the text
    assert not {f for f in facts if "committee#" in f[1] and "cpc" not in f[1]}


def test_a_mail_forwarding_a_commission_report_reads_its_masthead() -> None:
    text = (
        "From: desk officer\nSubject: CND report\n\n"
        "Colleagues, please find below the text of the report as it will be issued.\n\n"
        "E/2033/28-E/CN.7/2033/15\nCommission on Narcotic Drugs\nReport on the seventy-sixth session (13-17 March 2033)\n"
        "Economic and Social Council\nOfficial Records, 2033\nSupplement No. 8\n\n"
        "1. The Commission had before it the report of the Executive Director (E/CN.7/2033/2).\n"
    )
    extraction, facts = _read(text)
    assert extraction.document.ref.symbols[0] == "E/2033/28"
    assert ("reportOf", "E/2033/28", "ecosoc/cnd#76") in facts
    assert ("submittedTo", "E/CN.7/2033/2", "ecosoc/cnd#76") in facts


@pytest.mark.parametrize(
    "texts",
    [
        # the symbol heads the document: the ordinary reading
        ["A/88/16", "Report of the Committee for Programme and Coordination", "1. The Committee met."],
        # a poster's title and name, no sentence of the poster's before the symbol
        ["CPC 73 - chapter III", "Jane Doe", "A/88/16", "Report of the Committee for Programme and Coordination"],
        # a symbol cited in a sentence, never alone on its line
        ["Here is the report we discussed last week, see A/88/16 for the full text.", "Report of the Committee"],
    ],
)
def test_no_pasted_masthead(texts: list[str]) -> None:
    assert full_text_start(texts) is None


def test_one_mark_or_a_sentence_about_power_makes_no_page() -> None:
    lines = [
        "Skip to main content", "Fifth Committee forum", "", "1. The facility is powered by solar panels.",
        "Powered by the sun, the new building opened.", "Sign up for the newsletter below.",
    ]
    assert chrome_lines(lines) == set()
    assert chrome_lines(["Skip to main content", "Fifth Committee forum", "Log in", "", "Text."]) == {0, 1, 2}


# ------------------------------------------------------------------ a wiki page's inline footnote

_WIKI = (
    "== Report of the fifty-fourth session ==\n"
    "=== I. Organization of the session ===\n"
    "1. The Statistical Commission adopted the report on its fifty-third session,{ref} held in New York from "
    "1 to 4 March 2032.\n\n2. The Commission had before it the report of the Secretary-General.\n"
)


@pytest.mark.parametrize(
    "ref", ["<ref>E/2032/24.</ref>", '<ref name="r1">E/2032/24</ref>', "<ref>E/2032/24</ref>"],
)
def test_a_wiki_footnote_holding_a_symbol_is_read_where_its_marker_stands(ref: str) -> None:
    _, facts = _read(_WIKI.format(ref=ref))
    assert ("reportOf", "E/2032/24", "ecosoc/statistical-commission#53") in facts
    assert ("heldIn", "ecosoc/statistical-commission#53", "New York") in facts
    assert ("heldOn", "ecosoc/statistical-commission#53", "2032-03-01/2032-03-04") in facts


def test_a_long_wiki_footnote_is_left_as_it_is() -> None:
    note = "<ref>The report was issued late, after the consultations of the Bureau had ended, see E/2032/24 and its two corrigenda.</ref>"
    _, facts = _read(_WIKI.format(ref=note))
    assert ("heldIn", "ecosoc/statistical-commission#53", "New York") not in facts
