"""A body created in a sentence that also tells its later session (E215, what E208 and E198 left):
"The Advisory Board on Coastal Finance, established by resolution 11/2, adopted at its eleventh
session, will hold its third session in Bangkok from 4 to 6 May 2032" gave the establishment and
nothing of the third session: the sentence's "its" had no known owner (the new body is minted while
the sentence's mandates are read, after its gatherings were resolved), or went to the body the set-off
clause names ("which the Commission established by …": `ccr#3`). A name in capitals opening the
sentence, its origin set off by commas ("established by …,", "created under …,", "which the Commission
established by …,"), then the subject's verb of holding "its" (`relate._ORIGIN_SET_OFF_THEN_HOLDS`):
the sentence's establishment is read first and its gatherings anew, as for "…, which shall hold its
first meeting" (`Reader.first_gathering_of_born`), and "its Nth session" after the verb is the new
body's, whatever its number.

Near misses: the set-off clause's own "at its eleventh session" stays the creator's (`adoptedAt`);
"recommended that the Commission hold its …" (another subject); a known body so told keeps its own
session; "its" of a sentence whose subject's origin is not set off ("The Advisory Board … held its third
session") creates nothing."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note

BOARD = "ccr/advisory-board-on-coastal-finance"


def _facts(sentence: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o in facts(in_note(sentence), relation) if not s.startswith(("ccr#12", "ccr#13", "E/CN"))}


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The Advisory Board on Coastal Finance, established by resolution 11/2, adopted at its eleventh session, will hold its third"
         " session in Bangkok from 4 to 6 May 2032.", "2032-05-04/2032-05-06"),
        ("The Advisory Board on Coastal Finance, established by the Commission in resolution 11/2, held its third session in Bangkok"
         " from 4 to 6 May 2031.", "2031-05-04/2031-05-06"),
        ("The Advisory Board on Coastal Finance, which the Commission established by resolution 11/2, will hold its third session in"
         " Bangkok from 4 to 6 May 2032.", "2032-05-04/2032-05-06"),
        ("The Advisory Board on Coastal Finance, created under resolution 11/2 of the Commission, is expected to hold its third"
         " session in Bangkok from 4 to 6 May 2032.", "2032-05-04/2032-05-06"),
    ],
)
def test_the_new_bodys_session_is_held(sentence, days):
    assert ("ccr/res/11/2", BOARD) in _facts(sentence, "establishes")
    assert _facts(sentence, "heldIn") == {(f"{BOARD}#3", "Bangkok")}
    assert _facts(sentence, "heldOn") == {(f"{BOARD}#3", days)}
    assert (f"{BOARD}#3", BOARD) in _facts(sentence, "meetingOf")


def test_the_set_off_clauses_session_stays_the_creators():
    sentence = ("The Advisory Board on Coastal Finance, established by resolution 11/2, adopted at its eleventh session, will hold its"
                " third session in Bangkok from 4 to 6 May 2032.")
    assert _facts(sentence, "adoptedAt") == {("ccr/res/11/2", "ccr#11")}


@pytest.mark.parametrize(
    ("sentence", "held_in"),
    [
        # another subject holds it
        ("The Advisory Board on Coastal Finance, established by resolution 11/2, recommended that the Commission hold its"
         " fourteenth session in Bangkok.", set()),
        # a known body: its own session, as before
        ("The Working Group on Early Warning Systems, established by resolution 11/2, will hold its third meeting in Bangkok from"
         " 4 to 6 May 2032.", {("ccr/wg-early-warning#3", "Bangkok")}),
        # no origin set off: no body created, no session of it
        ("The Advisory Board on Coastal Finance held its third session in Bangkok from 4 to 6 May 2031.", set()),
    ],
)
def test_near_misses(sentence, held_in):
    assert {(s, o) for s, o in _facts(sentence, "heldIn") if s.startswith(("ccr/", "ccr#"))} == held_in
