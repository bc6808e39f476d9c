"""A mailing list's digest of a board's outcome (E95, from the spent u117): the mail's folded
headers are one header again (a continuation's bare "B.17/4" is no decision heading), and a mail
with no masthead is the document of the body its sender names ('From: "RFB secretariat" <...>'),
so that "the secretariat" it writes of is that body's own."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.mail import folded_header_changes

from .phrasing import BASE, REFERENCE, key

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u117.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE, SPENT])


def _digest(sender: str, subject: str, fold: str, body: str) -> str:
    return (
        "Today's Topics:\n\n   1. Outcome of the meeting (secretariat)\n\n"
        + "-" * 70 + "\n\nMessage: 1\nDate: Tue, 4 Mar 2031 10:00:00 +0000\n"
        f"From: {sender}\nTo: observers@lists.example.org\n"
        f"Subject: {subject}\n{fold}\nMessage-ID: <abc123@lists.example.org>\n\n"
        f"Dear colleagues,\n\n{body}\n\nBest regards,\n"
    )


CASES = [
    ('"RFB secretariat" <sec@rfb.example>', "Outcome of RFB17: decisions B.17/1 to", "\tB.17/4",
     "The seventeenth meeting of the Resilience Facility Board was held in Nairobi on 2 and 3 March 2031.\n\n"
     "By decision B.17/2, the Board requested the secretariat to prepare a study on losses.",
     "rfb", ("rfb/dec/17/2", "rfb/secretariat")),
    ("Secretariat of the Wetlands Loss Council <council@wlc.example>", "Re: [wlc-l] Decisions C.9/1 to",
     "    C.9/7 now online",
     "In decision C.9/3 the Council requested the secretariat to circulate a revised plan for comments.",
     "wlc", ("wlc/dec/9/3", "wlc/secretariat")),
    ('"WLC secretariat" <wlc@wlc.example>', "[wlc-l] Call for comments on", "\t the draft plan (C.9/5)",
     "Under decision C.9/5, the Council asked the secretariat to report at its tenth meeting.",
     "wlc", ("wlc/dec/9/5", "wlc/secretariat")),
]


@pytest.mark.parametrize(("sender", "subject", "fold", "body", "author", "asked"), CASES)
def test_a_digest_sent_by_a_secretariat_is_its_boards(sender: str, subject: str, fold: str, body: str, author: str, asked: tuple[str, str]) -> None:
    extraction = extract(_digest(sender, subject, fold, body), source_key="digest", registry=registry())
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    assert extraction.document.author == author
    assert ("requests", *asked) in facts
    # the folded line is no heading: no title, no text held, no preamble after it
    assert not any(f.relation in ("title", "containedIn") for f in extraction.facts)


@pytest.mark.parametrize(
    "sender", ["Julia Morales <jm@observers.example>", '"Lists admin" <admin@lists.example.org>']
)
def test_a_person_sending_names_no_issuer(sender: str) -> None:
    text = _digest(sender, "Re: Outcome", "\tof the meeting", "Thank you. Will observers join the task force?")
    assert extract(text, source_key="digest", registry=registry()).document.author is None


def test_only_a_header_block_is_unfolded() -> None:
    text = (
        "Send observers mailing list submissions to\n\tobservers@lists.example.org\n\n"
        "Date: Mon, 13 Oct 2031 09:14:22 +0000\nSubject: decisions 12/1 to\n\t12/6\nTo: x@y.example\n\n"
        "Decision 12/1\n    Indented text of a decision, not a header.\n"
    )
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    changes = folded_header_changes(lines, starts)
    # one fold joined: "to" and "12/6" on the Subject line; the digest's banner and the decision stay
    assert changes == [(text.index(" to\n\t12/6") + 3, text.index("12/6"), " ")]
