"""A digest, journal or e-mailed summary of a session, no report of it (E243, from unseen u299): its
masthead names the body and the session ("COMMISSION ON THE STATUS OF WOMEN" / "Seventy-fourth
session, New York, 9-20 March 2030"), and its prose tells what the body adopted:

- "the Commission adopted decision 74/101": the body named right before the verb adopted, at the
  masthead's session, the texts after the verb whose numbers carry that session
  (`relate.Reader.adopted_at_the_documents_session`);
- "At that meeting, the Commission also adopted decision 74/102": the meeting dated before, as "At
  the same meeting" reads it (`relate._PLENARY_AGAIN`).

Near misses: a decision of another session recalled or adopted, another body's resolution, a draft
the body only approved for its parent. Invented texts, the shipped reference data.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key, shipped_registry

_DIGEST = (
    "From: Secretariat <journal@example.org>\nSubject: {subject}\n\n"
    "{body}\n{session}\nDAILY DIGEST No. 5\n\n"
    "1. OUTCOME OF THE CLOSING MEETING\n\n{s}\n"
)


def _facts(s: str, body: str = "COMMISSION ON THE STATUS OF WOMEN", session: str = "Seventy-fourth session, New York, 9-20 March 2030") -> set[tuple[str, str, str]]:
    text = _DIGEST.format(subject="Closing day", body=body, session=session, s=s)
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="digest", registry=shipped_registry()).facts}


@pytest.mark.parametrize(
    "s, decisions",
    [
        ("At its 10th meeting, on 20 March 2030, the Commission adopted decision 74/101, entitled \"Documents\".", ("74/101",)),
        ("At the same meeting, the Commission also adopted decisions 74/101 and 74/102.", ("74/101", "74/102")),
        ("On 20 March 2030 the Commission on the Status of Women adopted decision 74/103 without a vote.", ("74/103",)),
    ],
)
def test_what_the_body_adopted_at_the_digests_session(s: str, decisions: tuple[str, ...]) -> None:
    facts = _facts(s)
    for number in decisions:
        assert ("adoptedAt", f"ecosoc/csw/dec/{number}", "ecosoc/csw#74") in facts


def test_at_that_meeting_dates_the_next_adoption() -> None:
    facts = _facts(
        "At its 10th meeting, on 20 March 2030, the Commission adopted decision 74/101.\n\n"
        "At that meeting, the Commission also adopted decision 74/102, entitled \"Themes\"."
    )
    assert ("adoptedOn", "ecosoc/csw/dec/74/102", "2030-03-20") in facts
    assert ("adoptedAt", "ecosoc/csw/dec/74/102", "ecosoc/csw#74") in facts


@pytest.mark.parametrize(
    "s, absent",
    [
        # another session's number: recalled, not adopted here
        ("The Commission recalled decision 73/101, which it adopted at its previous session.", "ecosoc/csw/dec/73/101"),
        # another body adopted it
        ("At the same meeting, the Economic and Social Council adopted resolution 2030/5 on the Commission.", "ecosoc/res/2030/5"),
        # the body is not the verb's subject
        ("The text that the Council adopted as decision 74/104 was proposed by the Commission.", "ecosoc/csw/dec/74/104"),
    ],
)
def test_near_misses_adopt_nothing_at_the_session(s: str, absent: str) -> None:
    assert not {f for f in _facts(s) if f[0] == "adoptedAt" and f[1] == absent}


def test_a_digest_of_no_session_adopts_nothing_there() -> None:
    facts = _facts("At its 10th meeting, the Commission adopted decision 74/101.", session="Intersessional meeting, New York, 9 March 2030")
    assert not {f for f in facts if f[0] == "adoptedAt"}


def test_a_text_named_as_the_means_of_another_adoption_is_no_object() -> None:
    # "adopted the recommendations … by its decision 74/105": the verb's object is the recommendations
    facts = _facts("At its 2nd meeting, the Commission adopted the recommendations of its Bureau by its decision 74/105.")
    assert not {f for f in facts if f[0] == "adoptedAt"}
