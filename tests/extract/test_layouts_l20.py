"""What other tools do to a mail that quotes a quoted text (L20), as a general layout rule: a reply
quotes a message that pasted a decision, so the decision's lines carry two marks (">> " or "> > "),
and a tool that re-flowed the quoted paragraphs as prose (Word's text, antiword, LaTeX, html2text,
pdftotext) ran the marks of the lines it joined into the paragraph ("… of the Commission >> on Coastal
Resilience …", a line ending "… of its twelfth session, >>" over the next quoted line). The marks are
no words: the decision is read as the text it quotes, as L17 reads a passage quoted once.
Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl and the General
Assembly."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import extracted_with

facts = extracted_with()


def _texts(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in segment(clean(text))]


_REPLY = (
    "From: Coastal Desk <desk@example.org>\n"
    "Sent: Tuesday, 18 March 2031 10:02\n"
    "To: Delegation Office <office@example.org>\n"
    "Subject: RE: Decision adopted on the dates of the next session\n\n"
    "Thanks, we will circulate it.\n\n"
    "On Mon, 17 March 2031 at 17:40, Delegation Office wrote:\n\n"
)


def _reply(mark: str, body: list[str]) -> str:
    """The reply, its quoted message (one mark) and the text that message pasted (``mark``: two)."""
    return _REPLY + "\n".join([
        "> Dear colleagues,",
        ">",
        "> The text below was adopted this morning without a vote; the > delegations asked for",
        "the report to come > first to the Bureau.",
        ">",
        *(line.replace("»", mark) for line in body),
    ]) + "\n"


# Word's text and antiword: each quoted paragraph one line, its old line ends' marks inside it
_COMMISSION = [
    "» Decision 12/3",
    "»",
    "» Dates and venue of the thirteenth session of the Commission",
    "»",
    "» The Commission on Coastal Resilience,",
    "»",
    "» Recalling its decision 11/7, by which it decided to hold its » sessions annually,",
    "»",
    "» 1. Decides to hold its thirteenth session in Nairobi » in March 2032;",
    "»",
    "» 2. Requests the Executive Secretary to report on » the preparations to the Commission » at its thirteenth session. »",
    "» 3. Invites the Bureau to consider the » provisional agenda.",
]
# html2text and pdftotext -raw: the re-flowed lines wrapped anew, the marks left where the old lines ended
_ASSEMBLY = [
    "» Resolution 85/301",
    "»",
    "» Coastal resilience and sea-level rise",
    "»",
    "» The General Assembly,",
    "»",
    "» Recalling its resolution 84/212 of 19 December 2029, » by which it",
    "requested the Secretary-General to report to it at its » eighty-fifth session,",
    "»",
    "» 1. Requests the Secretary-General to submit to the » General Assembly",
    "at its eighty-sixth session a report on the implementation of » the present resolution;",
    "»",
    "» 2. Invites the Commission on Coastal Resilience to » contribute to that report.",
]


@pytest.mark.parametrize("mark", [">>", "> >"])
def test_a_decision_quoted_twice_and_re_flowed_reads_as_its_text(mark: str) -> None:
    found = facts(_reply(mark, _COMMISSION))
    requested = {o for r, s, o in found if r == "requests" and s.endswith("/dec/12/3")}
    assert any(o.endswith("executive-secretary") for o in requested), found
    assert any(r == "cites" and s.endswith("/dec/12/3") and o.endswith("/dec/11/7") for r, s, o in found), found
    read = _texts(_reply(mark, _COMMISSION))
    assert "Requests the Executive Secretary to report on the preparations to the Commission at its thirteenth session." in read, read


@pytest.mark.parametrize("mark", [">>", "> >"])
def test_a_resolution_quoted_twice_and_wrapped_anew_reads_as_its_text(mark: str) -> None:
    found = facts(_reply(mark, _ASSEMBLY))
    assert ("cites", "ga/res/85/301", "ga/res/84/212") in found, found
    assert any(r == "requests" and s == "ga/res/85/301" and "secretary-general" in o for r, s, o in found), found
    read = _texts(_reply(mark, _ASSEMBLY))
    assert any(t.startswith("Requests the Secretary-General to submit to the General Assembly at its eighty-sixth session") for t in read), read


def test_a_greater_than_sign_in_one_quoted_paragraph_stays() -> None:
    # near miss: one paragraph with ">>" inside (a comparison, a shell prompt) is no re-flow
    text = _REPLY + "> The threshold rose (2030 >> 2029 levels) as the Commission noted.\n>\n> Regards,\n> Desk\n"
    read = _texts(text)
    assert any(">> 2029 levels" in t for t in read), read
