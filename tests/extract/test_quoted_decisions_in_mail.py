"""Decisions transmitted in an e-mail, quoted with "> ": the quotation marks go, a heading
"2031/4  Title" over the opening formula opens a decision numbered in the default convention
(the kind the cover note calls them), and the date alone under the last clause is the day it
was adopted. A symbol prefix counts as a sign of its body only where a symbol begins."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.mail import quote_marker_changes
from mandate_graph.loaders.extract.numbering import prints_series as _prints_prefix
from tests.extract.phrasing import facts


def _unquoted(text: str) -> str:
    from mandate_graph.loaders.extract.characters import apply_changes

    lines = text.split("\n")
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return apply_changes(text, quote_marker_changes(lines, starts))[0]


@pytest.mark.parametrize(
    ("quoted", "plain"),
    [
        ("> The Commission,\n>\n> 1. Requests the Bureau;\n", "The Commission,\n\n1. Requests the Bureau;\n"),
        (">> The Commission,\n>>\n>> 1. Requests the Bureau;\n", "The Commission,\n\n1. Requests the Bureau;\n"),
        ("> > The Commission,\n> >\n> > 1. Requests the Bureau;\n", "The Commission,\n\n1. Requests the Bureau;\n"),
        (">The Commission,\n>\n>1. Requests the Bureau;\n", "The Commission,\n\n1. Requests the Bureau;\n"),
    ],
)
def test_quotation_marks_go(quoted: str, plain: str) -> None:
    assert _unquoted(quoted) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Home\n>\nTreaty bodies\n>\nSessions\n>\n91st session\n",  # a breadcrumb: lone ">" between items
        "> one quoted line\n> and another\n\nthen prose\n",  # two lines are no quoted passage
        "the ratio a > b holds\n> not\nat the start\n",
        ">> MS ROSSI (Italy): thank you\nwe agree\n>> CHAIR: next\n",  # speakers of a transcript
    ],
)
def test_no_quoted_passage(text: str) -> None:
    assert _unquoted(text) == text


COVER = (
    "From: Secretariat of the Commission <ccr@example.org>\n"
    "Sent: Friday, 14 March 2031 17:05\n"
    "To: Members of the Commission on Coastal Resilience\n"
    "Subject: {subject}\n\n"
    "Dear colleagues,\n\n"
    "The secretariat transmits below the advance text of the two {kinds} that the\n"
    "Commission on Coastal Resilience adopted at its twelfth session.\n\n"
)


def _mail(heading_one: str, heading_two: str, kinds: str = "decisions", quote: str = "> ", date: str = "14 March 2031") -> str:
    blank = quote.rstrip()
    body = [
        heading_one, blank, f"{quote}The Commission,", blank,
        f"{quote}1. Recalls its decision 2029/7 on coastal monitoring;", blank,
        f"{quote}2. Requests the Bureau to prepare a proposal on early warning.", blank,
        f"{quote}{date}", "",
        heading_two, blank, f"{quote}The Commission,", blank,
        f"{quote}1. Requests the secretariat to report on the matter at its thirteenth session.", blank,
        f"{quote}{date}", "",
        "With best regards,", "", "The secretariat",
    ]
    return COVER.format(subject="Twelfth session - texts adopted", kinds=kinds) + "\n".join(body) + "\n"


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("> 2031/4  Early warning for coastal communities", "> 2031/5  Coastal data"),
        ("> 2031/4 – Early warning for coastal communities", "> 2031/5 – Coastal data"),
        ("> 2031/4: Early warning for coastal communities", "> 2031/5: Coastal data"),
        ("> 2031/4. Early warning for coastal communities", "> 2031/5. Coastal data"),
    ],
)
def test_quoted_decisions_are_read(one: str, two: str) -> None:
    text = _mail(one, two)
    assert ("ccr/dec/2031/4", "Early warning for coastal communities") in facts(text, "title")
    assert ("ccr/dec/2031/5", "Coastal data") in facts(text, "title")
    assert ("ccr/dec/2031/4", "ccr/dec/2029/7") in facts(text, "cites")
    assert ("ccr/dec/2031/4", "ccr/bureau") in facts(text, "requests")
    assert ("ccr/dec/2031/5", "ccr/secretariat") in facts(text, "requests")
    assert facts(text, "adoptedOn") >= {("ccr/dec/2031/4", "2031-03-14"), ("ccr/dec/2031/5", "2031-03-14")}


def test_unquoted_decisions_in_the_same_layout() -> None:
    text = _mail("2032/1  Early warning for coastal communities", "2032/2  Coastal data", quote="", date="2 April 2032")
    assert ("ccr/dec/2032/1", "ccr/bureau") in facts(text, "requests")
    assert ("ccr/dec/2032/2", "2032-04-02") in facts(text, "adoptedOn")


def test_resolutions_when_the_note_calls_them_so() -> None:
    text = _mail("> 2031/4  Early warning for coastal communities", "> 2031/5  Coastal data", kinds="resolutions")
    assert ("ccr/res/2031/4", "ccr/bureau") in facts(text, "requests")


def test_no_kind_named_no_instrument() -> None:
    # nothing before the headings says what the numbered texts are: the number is left unread
    text = _mail("> 2031/4  Early warning for coastal communities", "> 2031/5  Coastal data", kinds="texts")
    assert not any(subject.startswith("ccr/dec/2031") or subject.startswith("ccr/res/2031") for subject, _ in facts(text, "requests"))


def test_a_numbered_line_without_the_formula_opens_nothing() -> None:
    text = COVER.format(subject="decisions", kinds="decisions") + (
        "2031/4  Early warning for coastal communities\n\n"
        "The text will follow once the Bureau has cleared it. It requests the secretariat to wait.\n"
    )
    assert not any(subject.startswith("ccr/dec/2031") for subject, _ in facts(text, "requests"))
    assert not any(subject.startswith("ccr/dec/2031") for subject, _ in facts(text, "title"))


def test_a_date_between_clauses_is_no_adoption_date() -> None:
    text = COVER.format(subject="decisions", kinds="decisions") + (
        "2031/4  Early warning for coastal communities\n\nThe Commission,\n\n"
        "1. Requests the Bureau to meet on the following day:\n\n"
        "2 May 2031\n\n"
        "2. Requests the secretariat to support it.\n"
    )
    assert ("ccr/dec/2031/4", "ccr/secretariat") in facts(text, "requests")
    assert not facts(text, "adoptedOn")


@pytest.mark.parametrize(
    ("prefix", "text", "printed"),
    [
        ("dp/", "the executive boards of undp/unfpa/unops and of unicef", False),
        ("dp/", "the report (dp/2031/4) is before the board", True),
        ("dp/", "document dp/fpa/2031/1", True),
        ("e/icef/", "symbol xe/icef/2031/3", False),
        ("e/icef/", "e/icef/2031/3", True),
    ],
)
def test_a_symbol_prefix_only_where_a_symbol_begins(prefix: str, text: str, printed: bool) -> None:
    assert _prints_prefix(prefix, text) is printed
