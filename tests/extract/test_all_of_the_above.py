"""A sentence that sums up the list right above it: "All four documents were before the twelfth
session." after a list of documents (each is submitted to it), "All three decisions were adopted
at the twelfth session" after the decisions the document holds (each was adopted there). A count
that does not match the list, a list cut off by a heading, or a decision numbered by another
session gives nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

HEAD = "## Twelfth session of the Commission on Coastal Resilience\n\nThe Commission on Coastal Resilience met in Nairobi.\n\n"
DOCUMENTS = (
    "## Documents\n\n"
    "- E/CN.21/2031/2 — Report of the Executive Secretary\n"
    "- E/CN.21/2031/3 — Note by the secretariat on coastal data\n"
    "- E/CN.21/2031/4 — Report of the Bureau\n\n"
)
DECISIONS = (
    "## Decisions\n\n| Decision | Title | Adopted |\n|---|---|---|\n"
    "| 12/1 | Early warning | 12 March 2031 |\n| 12/2 | Coastal data | 14 March 2031 |\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "All three documents were before the twelfth session.",
        "The documents listed above were before the twelfth session of the Commission.",
        "These documents were all before the twelfth session.",
    ],
)
def test_documents_before_the_session(sentence: str) -> None:
    found = facts(HEAD + DOCUMENTS + sentence + "\n", "submittedTo")
    assert {(f"E/CN.21/2031/{n}", "ccr#12") for n in (2, 3, 4)} <= found


@pytest.mark.parametrize(
    "text",
    [
        HEAD + DOCUMENTS + "All four documents were before the twelfth session.\n",  # the count differs
        HEAD + DOCUMENTS + "## Other matters\n\nAll three documents were before the twelfth session.\n",  # another section
        HEAD + DOCUMENTS + "All three documents will be considered later.\n",
    ],
)
def test_no_documents_before_the_session(text: str) -> None:
    assert not {d for d, g in facts(text, "submittedTo") if g == "ccr#12"}


@pytest.mark.parametrize(
    "sentence",
    ["All two decisions were adopted at the twelfth session without a vote.", "Both decisions were adopted at the twelfth session.",
     "The decisions were adopted at the twelfth session."],
)
def test_decisions_adopted_at_the_session(sentence: str) -> None:
    found = facts(HEAD + DECISIONS + sentence + "\n", "adoptedAt")
    assert {("ccr/dec/12/1", "ccr#12"), ("ccr/dec/12/2", "ccr#12")} <= found


def test_decisions_of_another_session_are_not_adopted_there() -> None:
    found = facts(HEAD + DECISIONS + "All two decisions were adopted at the thirteenth session.\n", "adoptedAt")
    assert not {d for d, g in found if g == "ccr#13"}
    found = facts(HEAD + DECISIONS + "All five decisions were adopted at the twelfth session.\n", "adoptedAt")
    assert not {d for d, g in found if g == "ccr#12"}
