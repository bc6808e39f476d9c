"""Documents listed after the sentence that says the session had them: drafts a body approved at its
session, and a section "Documents considered at the session" (E251, from unseen u299, a commission's
closing-day digest).

- "At its 10th meeting, the Commission approved two draft resolutions for adoption by the Council:" /
  "- draft resolution I, "Title" (E/CN.21/2032/L.3); and" / "- draft resolution II, "Title"
  (E/CN.21/2032/L.4), as orally revised.": the drafts a body approved were before its session
  (`documents._APPROVED_DRAFTS`, a receiver-first phrase like "had before it"); their lines, closed by
  the list's "; and" or ", as orally revised", are a list's entries (`segment._ENTRY_CLOSER`), not
  prose. The u295–u299 set's convention ("approved at the session (before it)"); the drafts of
  instruments "adopted" stay without a fact (the older sets' gold: u2, u216, u221, u265).
- "DOCUMENTS CONSIDERED AT THE SESSION (decision 13/101)" over hyphen-bulleted entries: each entry
  was before the session the document is for (`documents._LIST_OF_DOCUMENTS_BEFORE` reads the heading
  in capitals too); an entry that ends on the mandate it was written under ("(X), prepared pursuant to
  Council resolution 2029/4", no full stop) is an entry, not a heading over the others
  (`segment._without_mandate_after_entry`).

Near misses: a draft adopted, a draft another body approved, a proposal to approve one, a list under a
heading naming another session, a heading that names no documents. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import ACTION_TAKEN, NOTE, facts

# the Commission's closing-day digest of its thirteenth session, its masthead the note's
_DIGEST = NOTE.replace("Note by the Secretariat\n\n", "Daily digest No. 5\n\n") + "{body}\n\nYou are receiving this digest as a delegate.\n"
_DRAFTS = {("E/CN.21/2032/L.3", "ccr#13"), ("E/CN.21/2032/L.4", "ccr#13")}


def _sent(text: str) -> set[tuple[str, str]]:
    return facts(text, "submittedTo") - {("E/CN.21/2032/4", "ccr#13")}  # (the note's own masthead item)


@pytest.mark.parametrize(
    "body",
    [
        # a hyphen list after the colon, wrapped lines indented under the text
        "1. OUTCOME OF THE CLOSING MEETING\n\n"
        "At its 10th meeting, on 12 March 2032, the Commission approved two draft\nresolutions for adoption by the Economic and Social Council:\n\n"
        '  - draft resolution I, "Early warning for small island communities"\n    (E/CN.21/2032/L.3); and\n'
        '  - draft resolution II, "Mangrove restoration" (E/CN.21/2032/L.4), as\n    orally revised.',
        # "the following", a star list, a decision and the tense of a report
        "The Commission approved the following draft decisions, recommended for adoption by the Council:\n\n"
        "* draft decision I, entitled \"Dates of the fourteenth session\" (E/CN.21/2032/L.3);\n"
        "* draft decision II, entitled \"Provisional agenda\" (E/CN.21/2032/L.4).",
        # inline, in one sentence
        "At its closing meeting, the Commission approved draft resolution E/CN.21/2032/L.3, as orally revised, and draft "
        "resolution E/CN.21/2032/L.4, and recommended both to the Council for adoption.",
    ],
)
def test_drafts_approved_at_the_session_were_before_it(body: str) -> None:
    assert _sent(_DIGEST.format(body=body)) == _DRAFTS


def test_drafts_approved_in_a_sessions_report() -> None:
    # the report of the twelfth session: what the Commission approved there was before the twelfth
    text = ACTION_TAKEN.format(
        s="At its 9th meeting, on 14 March 2031, the Commission approved a revised draft resolution (E/CN.21/2031/L.5/Rev.1) "
        "for adoption by the Economic and Social Council."
    )
    assert ("E/CN.21/2031/L.5/Rev.1", "ccr#12") in facts(text, "submittedTo")


@pytest.mark.parametrize(
    "body",
    [
        # a draft adopted: the instrument it became tells it (the older sets' drafts carry nothing)
        "At its 10th meeting, the Commission adopted draft resolution E/CN.21/2032/L.3, as orally revised.",
        # another body approved it, at no session the digest names
        "The Economic and Social Council approved draft decision E/CN.21/2032/L.3 in July.",
        # a proposal to approve one, not taken up
        "A proposal that the Commission approve draft resolution E/CN.21/2032/L.3 was withdrawn.",
        # a list after a colon that says no body approved anything
        "Two draft resolutions were circulated informally:\n\n  - draft resolution I (E/CN.21/2032/L.3); and\n  - draft resolution II (E/CN.21/2032/L.4).",
    ],
)
def test_no_draft_sent_to_the_session(body: str) -> None:
    assert _sent(_DIGEST.format(body=body)) == set()


_LISTED = (
    "  - Report of the Secretary-General on coastal early warning systems (E/CN.21/2032/2),\n"
    "    prepared pursuant to Council resolution 2029/4\n"
    "  - Note by the Secretariat on mangrove restoration (E/CN.21/2032/3)\n"
    "  - Report of the Working Group on Early Warning Systems on its fifth meeting\n"
    "    (E/CN.21/WG.1/2032/2)\n"
)
_CONSIDERED = {("E/CN.21/2032/2", "ccr#13"), ("E/CN.21/2032/3", "ccr#13"), ("E/CN.21/WG.1/2032/2", "ccr#13")}


@pytest.mark.parametrize(
    "heading",
    [
        "2. DOCUMENTS CONSIDERED AT THE SESSION (decision 13/101)",
        "2. DOCUMENTS BEFORE THE COMMISSION",
        "2. Documents considered at the session",
        "2. Documents considered by the Commission",
    ],
)
def test_a_section_of_documents_considered(heading: str) -> None:
    text = _DIGEST.format(body=f"{'-' * 40}\n{heading}\n{'-' * 40}\n{_LISTED}\n{'-' * 40}\n3. NEXT SESSION\n{'-' * 40}\nThe Bureau will meet in May.")
    sent = _sent(text)
    assert sent == _CONSIDERED
    # the first entry's mandate is read, and the entry heads nothing
    assert ("E/CN.21/2032/2", "ecosoc/res/2029/4") in facts(text, "pursuantTo")


@pytest.mark.parametrize(
    "heading",
    [
        # another session's documents
        "2. DOCUMENTS CONSIDERED AT THE TWELFTH SESSION",
        # no documents named by the heading
        "2. READING LIST FOR DELEGATES",
    ],
)
def test_no_section_of_this_sessions_documents(heading: str) -> None:
    text = _DIGEST.format(body=f"{heading}\n\n{_LISTED}")
    assert not _sent(text) & _CONSIDERED
