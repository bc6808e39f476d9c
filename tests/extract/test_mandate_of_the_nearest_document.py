"""Two documents before a session, each prepared under its own mandate, in one sentence: "a report
(X), prepared in accordance with decision A, and a note (Y) ..., which was prepared pursuant to the
request in decision B" — A is X's mandate and B is Y's, not both X's (E94). Documents named together
("X and Y, prepared pursuant to A") still share theirs.

Invented sentences (another body, symbols, numbers, participles), not the unseen document's lines.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("prepared in accordance with", "which was prepared pursuant to the request in paragraph 3 of"),
        ("submitted pursuant to", "which was submitted in response to"),
        ("prepared pursuant to", "prepared in accordance with"),
    ],
)
def test_each_document_holds_the_mandate_named_after_it(first: str, second: str) -> None:
    text = SESSION_REPORT + (
        "2. The Commission had before it a report of the Executive Secretary on coastal observation "
        f"(E/CN.21/2031/4), {first} resolution 10/2, and a note by the secretariat (E/CN.21/2031/6) on "
        f"the trust fund, {second} resolution 11/5.\n"
    )
    held = facts(text, "pursuantTo")
    assert ("E/CN.21/2031/4", "ccr/res/10/2") in held
    assert ("E/CN.21/2031/6", "ccr/res/11/5") in held
    assert ("E/CN.21/2031/4", "ccr/res/11/5") not in held


def test_documents_named_together_share_their_mandate() -> None:
    text = SESSION_REPORT + (
        "2. The Commission had before it the reports of the Executive Secretary (E/CN.21/2031/4 and "
        "E/CN.21/2031/6), prepared pursuant to resolution 10/2.\n"
    )
    assert facts(text, "pursuantTo") >= {("E/CN.21/2031/4", "ccr/res/10/2"), ("E/CN.21/2031/6", "ccr/res/10/2")}
