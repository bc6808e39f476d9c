"""A body's session told "opened" or "convened" under a mandate, and bulleted items of a plain-text
e-mail whose lines wrap under their text (E247, from unseen u299, a commission's closing-day digest).

- "In accordance with Council decision 2002/206, the Commission opened its fourteenth session
  immediately after the closure of the thirteenth": the session is held under the decision
  (`pursuantTo`), as "held its fourteenth session" was read (`documents._HELD_WORDS`, `_HELD_BEFORE`);
  "will convene its fourteenth session pursuant to …" too.
- "* The fourteenth session will be held in …" / "  2033." : a list item opening with "* ", its
  next line indented under its text, is an item of a list when another "* " item follows past the
  wrapped lines (`clean._asterisk_list_item`), not a page's note marked "*" (read as a footnote, so
  nothing in it was read).

Near misses: the opening of a session told in an instrument's narrated history ("the Council
noted that the Commission had opened …"), "would open" in what a decision decided, a report's mandate in a clause after a semicolon; a page's note
"* Reissued for technical reasons." under a blank line stays a note. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts, in_note

_MASTHEAD = {("ccr#13", "New York"), ("ccr#13", "2032-03-08/2032-03-12")}


@pytest.mark.parametrize(
    ("sentence", "mandate"),
    [
        ("In accordance with Council decision 2002/206, the Commission opened its fourteenth session immediately after the "
         "closure of the thirteenth, for the sole purpose of electing its Bureau.", "ecosoc/dec/2002/206"),
        ("Pursuant to Economic and Social Council resolution 2031/5, the Commission opened its fourteenth session on the "
         "last day of the thirteenth.", "ecosoc/res/2031/5"),
        ("The Commission will convene its fourteenth session pursuant to Council resolution 2031/5.", "ecosoc/res/2031/5"),
        ("The Commission convenes its fourteenth session in accordance with Council decision 2002/206.", "ecosoc/dec/2002/206"),
    ],
)
def test_a_session_opened_or_convened_under_a_mandate(sentence: str, mandate: str) -> None:
    assert facts(in_note(sentence), "pursuantTo") == {("ccr#14", mandate)}


@pytest.mark.parametrize(
    "sentence",
    [
        "In its decision 2002/206, the Council noted that the Commission had opened its fourteenth session.",
        "By its resolution 2002/206, the Council decided that the Commission would open its fourteenth session immediately.",
        "In accordance with Council decision 2002/206, the Chair opened the general debate.",
        # the mandate of another thing, in a clause after a semicolon
        "The Commission will convene its fourteenth session in May 2033, as requested; the report of that session, "
        "prepared in line with Council resolution 2031/5, will be issued in June.",
    ],
)
def test_no_session_opened_under_it(sentence: str) -> None:
    assert facts(in_note(sentence), "pursuantTo") == set()


_DIGEST = NOTE.replace("Note by the Secretariat\n\n", "Daily digest\n\n") + (
    "Next session\n\n"
    "{items}\n\n"
    "You are receiving this digest as a registered delegate.\n"
)


@pytest.mark.parametrize(
    "items",
    [
        # a wrapped item between two others
        "* The report of the Commission on its thirteenth session will be\n  issued shortly.\n"
        "* In accordance with Council decision 2002/206, the Commission opened\n  its fourteenth session immediately after the closure of the\n"
        "  thirteenth.\n* The fourteenth session will be held in Geneva from 12 to 16 May\n  2033.",
        # the wrapped items last, indented by four
        "* Welcome to the delegates.\n"
        "* In accordance with Council decision 2002/206, the Commission opened\n    its fourteenth session immediately after the closure of the thirteenth.\n"
        "* The fourteenth session will be held in Geneva from 12 to\n    16 May 2033.",
    ],
)
def test_wrapped_bulleted_items_of_a_digest_are_read(items: str) -> None:
    text = _DIGEST.format(items=items)
    assert ("ccr#14", "ecosoc/dec/2002/206") in facts(text, "pursuantTo")
    assert ("ccr#14", "Geneva") in facts(text, "heldIn")
    assert ("ccr#14", "2033-05-12/2033-05-16") in facts(text, "heldOn")


def test_a_pages_note_marked_with_an_asterisk_stays_a_note() -> None:
    # one "*" line under a blank line, its wrapped line indented, no item after it: a page's note
    text = _DIGEST.format(
        items="The Commission will meet again in 2033.\n\n* The fourteenth session will be held in Geneva from 12 to 16\n  May 2033, subject to confirmation."
    )
    assert facts(text, "heldIn") - _MASTHEAD == set()
