"""An ordinal counted from an event that recurs ("at its first session following Congress", "the
second meeting after each session of the Commission") is no session number of the body: no
meeting #1 or #2 is read. One counted from the start ("its first meeting after its
establishment", "after the entry into force") and the plain ordinal still are."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution


def _meetings(paragraph: str) -> set[str]:
    return {s for s, o in facts(in_resolution(paragraph), "meetingOf")}


@pytest.mark.parametrize("paragraph", [
    "1. Requests the Committee on Coastal Data to approve its terms of reference at its first session following Congress;",
    "1. Requests the Committee on Coastal Data to report at its first meeting after each session of the Commission;",
    "1. Requests the Committee on Coastal Data to review the matter at its second session following the Conference;",
])
def test_an_ordinal_counted_from_a_recurring_event_is_no_session(paragraph: str) -> None:
    meetings = _meetings(paragraph)
    assert not any(m.endswith(("#1", "#2")) for m in meetings)


@pytest.mark.parametrize("paragraph", [
    "1. Requests the Committee on Coastal Data to approve its terms of reference at its first session;",
    "1. Requests the Committee on Coastal Data to approve its terms of reference at its first session after its establishment;",
    "1. Requests the Committee on Coastal Data to report at its second session following the entry into force of the amendment;",
])
def test_an_ordinal_of_the_bodys_own_numbering_is_read(paragraph: str) -> None:
    assert any(m.endswith(("#1", "#2")) for m in _meetings(paragraph))
