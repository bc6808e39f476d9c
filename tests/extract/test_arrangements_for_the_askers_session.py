"""Whose session "for its Nth session" is when the body asked acts "at its Mth session" later in
the clause (E202): "The Commission requested the Bureau ... to make the arrangements for its
fourteenth session at its 31st meeting" — a body asked does not prepare a past gathering of its
own, so with M above N the first "its" is the asking body's. Near misses: the later session
numbered above (the addressee's next session prepared at its current one stays the addressee's),
no later "at its" (as before: the addressee's)."""

from __future__ import annotations

from tests.extract.phrasing import in_sg_report


def _sessions(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "meetingOf")


def test_for_its_lower_session_is_the_askers() -> None:
    found = _sessions(
        "The General Assembly requested the Economic and Social Council to make the arrangements for its "
        "eighty-second session at its 2031 management segment and at its 140th session."
    )
    assert ("ga#82", "ga") in found
    assert ("ecosoc#82", "ecosoc") not in found


def test_in_figures_and_during() -> None:
    found = _sessions(
        "The Human Rights Council asked the General Assembly to prepare for its 61st session during its 90th session."
    )
    assert ("hrc#61", "hrc") in found
    assert ("ga#90", "ga") in found
    assert ("ga#61", "ga") not in found


def test_the_addressees_next_session_prepared_at_its_current_one() -> None:
    found = _sessions(
        "The General Assembly requested the Human Rights Council to make the arrangements for its 62nd session at its 61st session."
    )
    assert ("hrc#62", "hrc") in found
    assert ("ga#62", "ga") not in found


def test_no_later_gathering_reads_as_before() -> None:
    found = _sessions("The General Assembly requested the Human Rights Council to make the arrangements for its 62nd session.")
    assert ("ga#62", "ga") not in found
