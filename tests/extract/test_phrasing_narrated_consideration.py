"""What a body did with a document, told in a report's narrative in the past tense: "The
Commission considered / examined / took note of the report of the Committee on its fifth session
(X)." The sentence is no listed document (it ends with a symbol, but a body is its subject and
the verb is finite), so the report is the fifth session's (reportOf); in the report on the
Commission's own session, when considered, examined or reviewed, it was before that session
(submittedTo; "took note of" is not, the corpus gold's convention). Another body's reading, a
reading at another session and a passage cited are not."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts, in_note

# The report on the Commission's twelfth session, at its narrative chapter (after chapter I's
# resolutions): the head of SESSION_REPORT, then chapter II.
_HEAD = SESSION_REPORT.split("Chapter I\n")[0]


def in_narrative(*paragraphs: str) -> str:
    return _HEAD + "Chapter II\n\nConsideration of reports of subsidiary bodies\n\n" + "\n\n".join(
        f"{n}. {p}" for n, p in enumerate(paragraphs, 1)
    ) + "\n"


REPORTED = [
    ("The Commission considered the report of the Committee on Coastal Data on its fifth session (E/CN.21/2032/6).",
     ("E/CN.21/2032/6", "ccr/committee-on-data#5")),
    ("The Commission also examined the report of the fifth session of the Committee on Coastal Data (E/CN.21/2032/6).",
     ("E/CN.21/2032/6", "ccr/committee-on-data#5")),
    ("At the same meeting, the Commission took note of the report of the Working Group on Early Warning Systems on its third meeting (E/CN.21/WG.1/2031/3).",
     ("E/CN.21/WG.1/2031/3", "ccr/wg-early-warning#3")),
    ("The Bureau of the Commission reviewed the report of the Committee on Coastal Data on its fifth session (E/CN.21/2032/6).",
     ("E/CN.21/2032/6", "ccr/committee-on-data#5")),
    ("In addition, the Commission welcomed the report of the Committee on Coastal Data on its fifth session (E/CN.21/2032/6).",
     ("E/CN.21/2032/6", "ccr/committee-on-data#5")),
]


@pytest.mark.parametrize("paragraph, fact", REPORTED)
def test_narrated_report_is_of_its_meeting(paragraph: str, fact: tuple[str, str]) -> None:
    assert fact in facts(in_note(paragraph), "reportOf")
    assert fact in facts(in_narrative(paragraph), "reportOf")


@pytest.mark.parametrize("paragraph", [p for p, _ in REPORTED])
def test_narrated_sentence_is_no_listed_title(paragraph: str) -> None:
    assert not any(title.startswith(("The ", "At ", "In ")) for _, title in facts(in_note(paragraph), "title"))


def test_a_listed_entry_still_is_one() -> None:
    # an entry of a documentation list: its words are the document's title
    text = in_note("Report of the Committee on Coastal Data on its fifth session (E/CN.21/2032/6)")
    assert ("E/CN.21/2032/6", "Report of the Committee on Coastal Data on its fifth session") in facts(text, "title")
    assert ("E/CN.21/2032/6", "ccr/committee-on-data#5") in facts(text, "reportOf")


BEFORE_THIS_SESSION = [
    ("The Commission considered the report of the Committee on Coastal Data on its fifth session (E/CN.21/2031/6).", ["E/CN.21/2031/6"]),
    ("The Commission reviewed the report of the Executive Secretary on early warning (E/CN.21/2031/2).", ["E/CN.21/2031/2"]),
    ("The Commission also examined the note by the Secretariat (E/CN.21/2031/3) and the report of the Executive Secretary (E/CN.21/2031/2).",
     ["E/CN.21/2031/3", "E/CN.21/2031/2"]),
    ("At its 3rd meeting, on 11 March 2031, the Commission considered the report of the Executive Secretary on early warning (E/CN.21/2031/2).",
     ["E/CN.21/2031/2"]),
    ("The Commission considered the report of the Executive Secretary (E/CN.21/2031/2) at its present session.", ["E/CN.21/2031/2"]),
    # a title in capitals (E53): "considered the Report of the 201st Session of the Finance Committee"
    ("The Commission considered the Report of the Fifth Session of the Committee on Coastal Data (E/CN.21/2031/6), held in Lisbon.",
     ["E/CN.21/2031/6"]),
    ("The Commission examined the Note by the Secretariat on Coastal Sensors (E/CN.21/2031/3).", ["E/CN.21/2031/3"]),
]


@pytest.mark.parametrize("paragraph, docs", BEFORE_THIS_SESSION)
def test_considered_in_the_session_report(paragraph: str, docs: list[str]) -> None:
    found = facts(in_narrative(paragraph), "submittedTo")
    for doc in docs:
        assert (doc, "ccr#12") in found


NOT_BEFORE_THIS_SESSION = [
    # another body read it
    "The Committee on Coastal Data considered the report of the Executive Secretary (E/CN.21/2031/2).",
    # at another session
    "The Commission considered the report of the Executive Secretary (E/CN.21/2031/2) at its eleventh session.",
    # a passage cited, no document before anyone
    "The Commission considered the report of the Executive Secretary (see E/CN.21/2031/2, para. 4).",
    # at a session named before the verb
    "At its previous session, the Commission considered the report of the Executive Secretary (E/CN.21/2031/2).",
    # "took note of": the corpus gold's convention gives it no submittedTo (a body notes papers
    # that were not before it too)
    "The Commission took note of the report of the Executive Secretary (E/CN.21/2031/2).",
    # what was considered is no paper, the symbol cited within it
    "The Commission considered the question of coastal data (E/CN.21/2031/2).",
    # a later clause's paper
    "The Commission considered the situation and decided to request a report (E/CN.21/2031/2).",
    # not the Commission's act: what it recalled
    "The Commission recalled that it had considered the report of the Executive Secretary (E/CN.21/2031/2).",
]


@pytest.mark.parametrize("paragraph", NOT_BEFORE_THIS_SESSION)
def test_not_considered_at_this_session(paragraph: str) -> None:
    assert ("E/CN.21/2031/2", "ccr#12") not in facts(in_narrative(paragraph), "submittedTo")


def test_past_reading_told_in_a_note_sends_nothing() -> None:
    # a note for the thirteenth session telling what the Commission did: no session of its own
    text = in_note("The Commission considered the report of the Executive Secretary (E/CN.21/2031/2).")
    assert not facts(text, "submittedTo") & {("E/CN.21/2031/2", "ccr#13")}
