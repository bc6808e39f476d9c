"""Three families of a committee's report on a programme (unseen u237), each written for any body:

- a paper named by what it holds, its symbol closing the object of "considered" ("At its 6th and 7th
  meetings, the Committee considered programme 20, Human rights, of the proposed programme plan for
  2036 (A/90/6 (Sect. 24))"): before the session the report is of, as "considered the report (X)" is;
  a draft so named stays none (the unseen set's convention);
- a post created: "by which the Assembly had created the post of the United Nations High
  Commissioner for Human Rights", "established the position of ...": the instrument establishes the
  office-holder, as "created the mandate of" does; "decided to create the mandate of ..." no longer
  raises (the bare verb had no relation);
- a note that names its document again by its kind ("¹ The evaluation report was prepared in
  response to General Assembly resolution 89/246"): the mandate of the document of the sentence that
  bears the mark; where the layout took the mark out (Markdown, `<sup>`), of the one document the page
  before the note named with that word ("evaluation").

Invented texts: the phrasing commission (`tests/data/phrasing.ttl`) and the General Assembly of the
shipped reference data."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_sg_report

REPORT = (
    "United Nations E/CN.21/2031/9\n\n"
    "Commission on Coastal Resilience\n\n"
    "Report of the Commission on its twelfth session\n\n"
    "1. {s}\n\n"
    "2. The Commission recommended that the Council approve the plan.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 6th and 7th meetings, on 5 March 2031, the Commission considered programme 4, Coastal data, of the proposed programme plan for 2032 and programme performance information for 2030 (E/CN.21/2031/6 (Sect. 4)).",
        "At its 6th meeting, the Commission considered the proposed programme plan for 2032 (E/CN.21/2031/6).",
        "The Commission reviewed section 4, Coastal data, of the proposed budget (E/CN.21/2031/6).",
        "At its 6th meeting, the Commission examined the work programme of the secretariat for 2032 (document E/CN.21/2031/6).",
    ],
)
def test_a_paper_named_by_what_it_holds_was_before_the_session(sentence: str) -> None:
    received = facts(REPORT.format(s=sentence), "submittedTo")
    assert {doc for doc, session in received if session == "ccr#12" and doc.startswith("E/CN.21/2031/6")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a draft carries no fact of its own
        "At its 7th meeting, the Commission considered a draft decision on the programme plan (E/CN.21/2031/L.3).",
        "At its 7th meeting, the Commission considered the revised draft resolution on tide gauges (E/CN.21/2031/L.3/Rev.1).",
        # another session's reading
        "At its eleventh session, the Commission considered the proposed programme plan for 2031 (E/CN.21/2030/6).",
        # the symbol in another clause
        "The Commission considered the question of tide gauges, and decided to take note of the plan (E/CN.21/2031/6).",
        # what was considered is no paper
        "At its 6th meeting, the Commission considered the question of coastal data and the plan of action (E/CN.21/2031/6).",
        "At its 6th meeting, the Commission considered agenda item 4, Coastal data (E/CN.21/2031/6).",
    ],
)
def test_near_misses_are_before_no_session_here(sentence: str) -> None:
    received = facts(REPORT.format(s=sentence), "submittedTo")
    assert not {doc for doc, session in received if session == "ccr#12" and doc != "E/CN.21/2031/9"}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The programme derives its mandate from General Assembly resolution 48/141, by which the Assembly had created the post of the United Nations High Commissioner for Human Rights.",
         ("ga/res/48/141", "ohchr/high-commissioner")),
        ("By its resolution 48/141, the General Assembly established the post of High Commissioner for Human Rights.",
         ("ga/res/48/141", "ohchr/high-commissioner")),
        ("In resolution 48/141, the General Assembly created the position of United Nations High Commissioner for Human Rights.",
         ("ga/res/48/141", "ohchr/high-commissioner")),
        ("The programme rests on General Assembly resolution 48/141, by which the Assembly decided to create the post of the United Nations High Commissioner for Human Rights.",
         ("ga/res/48/141", "ohchr/high-commissioner")),
        # the mandate of the post, with "decided to create" (raised before)
        ("By resolution 48/141, the General Assembly decided to create the mandate of the United Nations High Commissioner for Human Rights.",
         ("ga/res/48/141", "ohchr/high-commissioner")),
    ],
)
def test_creating_the_post_creates_its_holder(sentence: str, fact: tuple[str, str]) -> None:
    assert in_sg_report(sentence, "establishes") == {fact}


@pytest.mark.parametrize(
    "sentence",
    [
        "By its resolution 48/141, the General Assembly abolished the post of High Commissioner for Human Rights.",
        "By its resolution 48/141, the General Assembly requested that the post of High Commissioner for Human Rights be filled.",
        # a post nobody knows is no body
        "By its resolution 48/141, the General Assembly created the post of Special Adviser on Tide Gauges.",
        "By its resolution 48/141, the General Assembly created the post of a Chief of Section.",
    ],
)
def test_near_misses_create_no_post(sentence: str) -> None:
    assert in_sg_report(sentence, "establishes") == set()


NOTED = (
    "United Nations E/CN.21/2031/9\n\n"
    "Commission on Coastal Resilience\n\n"
    "Report of the Commission on its twelfth session\n\n"
    "1. The Commission took note of the report of the Executive Secretary on the evaluation of the tide programme "
    "(E/CN.21/2031/7), which the Commission had before it at its twelfth session.{mark} The evaluation had been "
    "carried out by the secretariat.\n\n"
    "2. The Commission also considered the note by the Secretariat on storm records (E/CN.21/2031/8).\n\n"
    "{label} {note}\n"
)


@pytest.mark.parametrize(
    ("mark", "label"),
    [("<sup>1</sup>", "<sup>1</sup>"), ("¹", "¹"), ("[^1]", "[^1]:")],
)
@pytest.mark.parametrize(
    "note",
    [
        "The evaluation report was prepared in response to Economic and Social Council resolution 2029/12.",
        "The evaluation report was prepared in response to Economic and Social Council resolution 2029/12 and is also available online.",
        "The evaluation report has been submitted pursuant to Economic and Social Council resolution 2029/12.",
    ],
)
def test_a_note_naming_the_report_by_its_kind_gives_its_mandate(mark: str, label: str, note: str) -> None:
    text = NOTED.format(mark=mark, label=label, note=note)
    assert facts(text, "pursuantTo") == {("E/CN.21/2031/7", "ecosoc/res/2029/12")}


@pytest.mark.parametrize(("mark", "label"), [("¹", "¹")])
def test_a_note_saying_the_report_where_its_mark_shows(mark: str, label: str) -> None:
    # the mark shows: the sentence that bears it names the one document the note speaks of
    text = NOTED.format(mark=mark, label=label, note="The report was prepared in response to Economic and Social Council resolution 2029/12.")
    assert facts(text, "pursuantTo") == {("E/CN.21/2031/7", "ecosoc/res/2029/12")}


@pytest.mark.parametrize(
    ("mark", "label", "note"),
    [
        # the mark is gone and "The report" says too little to find the document
        ("<sup>1</sup>", "<sup>1</sup>", "The report was prepared in response to Economic and Social Council resolution 2029/12."),
        # no document the page named is an evaluation report
        ("<sup>1</sup>", "<sup>1</sup>", "The audit report was prepared in response to Economic and Social Council resolution 2029/12."),
        # the present report is the document being read, not the one the note hangs on
        ("¹", "¹", "The present report was prepared in response to Economic and Social Council resolution 2029/12."),
        # the work, not a paper
        ("¹", "¹", "The evaluation was carried out in response to Economic and Social Council resolution 2029/12."),
    ],
)
def test_near_misses_give_the_noted_document_no_mandate(mark: str, label: str, note: str) -> None:
    text = NOTED.format(mark=mark, label=label, note=note)
    assert not {m for doc, m in facts(text, "pursuantTo") if doc in ("E/CN.21/2031/7", "E/CN.21/2031/8")}


def test_a_mark_on_a_sentence_naming_two_papers_says_nothing() -> None:
    text = (
        "United Nations E/CN.21/2031/9\n\nCommission on Coastal Resilience\n\n"
        "Report of the Commission on its twelfth session\n\n"
        "1. The Commission took note of the evaluation report (E/CN.21/2031/7) and of the note on storm records "
        "(E/CN.21/2031/8).¹\n\n"
        "¹ The report was prepared in response to Economic and Social Council resolution 2029/12.\n"
    )
    assert not {m for doc, m in facts(text, "pursuantTo") if doc in ("E/CN.21/2031/7", "E/CN.21/2031/8")}
