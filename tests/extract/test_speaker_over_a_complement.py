"""Whose gathering "its" is in an operative paragraph that opens on the speaker's verb and an
infinitive (E202): "Decides to review the functioning of the Committee on Coastal Data at its fourteenth
session": the body named before "at its" is a complement after "of" (or in the possessive), the
sentence names no subject, so "its" is the speaker's (the body whose resolution it is), as
"The Council will consider the report of the Board at its next session" is the subject's. Near
misses: someone asked between ("Requests the Committee on Coastal Data to review ... at its ..."), the
body the verb's object ("Decides to convene the Committee on Coastal Data at its ..."), a report "on its"
session."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution


def _sessions(paragraph: str) -> set[tuple[str, str]]:
    return facts(in_resolution("Recalling its resolution 11/2,", paragraph), "meetingOf")


@pytest.mark.parametrize(
    "paragraph",
    [
        "3. Decides to review the functioning of the Committee on Coastal Data at its fourteenth session;",
        "3. Agrees to consider the work of the Committee on Coastal Data at its fourteenth session.",
        "3. Also decides to evaluate the mandate of the Committee on Coastal Data during its fourteenth session;",
        "3. Decides to examine the Committee on Coastal Data's methods of work at its fourteenth session;",
    ],
)
def test_its_is_the_speakers_past_a_complement(paragraph: str) -> None:
    found = _sessions(paragraph)
    assert ("ccr#14", "ccr") in found
    assert ("ccr/committee-on-data#14", "ccr/committee-on-data") not in found


@pytest.mark.parametrize(
    "paragraph",
    [
        # the Committee asked: its own session
        "3. Requests the Committee on Coastal Data to review its methods of work at its fourteenth session;",
        # the Committee the verb's object, not a complement after "of"
        "3. Decides to convene the Committee on Coastal Data at its fourteenth session;",
    ],
)
def test_the_committees_session_where_it_is_no_complement(paragraph: str) -> None:
    assert ("ccr#14", "ccr") not in _sessions(paragraph)
