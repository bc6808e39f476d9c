"""G2: the second wave's rules (E256, E258, E259) widened where bodies and layouts their writers did
not use fell outside them. Invented text; the shipped reference data with the optional UN-system file
(a Main Committee with no gathering term) and the phrasing file.

- E256's masthead note "(Also issued as X)" run on after a title's line that has no stop ("Report of
  the Secretary-General (Also issued as A/91/65)"), or in square brackets: the document's second
  symbol (`documents.masthead_note_also_as`);
- E258's count of sessions above five ("has held six sessions, the first in Nairobi …")
  (`references._COUNTED_SERIES`);
- E259's note on the documents of a session in a commission's or the Human Rights Council's words:
  "contains the list of documents issued for …", "Listed below are the documents issued for …", a
  title "List of documents issued for the sixty-first session of …" (`relate._DOCUMENTS_PREPARED_FOR`).

Near misses: a note with its own subject, a note far into the body, a count within a year, a table
under a sentence that says no session's documents, a list of documents issued since a session."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, stated

_UN_SYSTEM = Path(__file__).resolve().parents[2] / "ontology" / "reference" / "optional" / "un-system.ttl"


@lru_cache(maxsize=1)
def _registry():
    return load_registry(BASE, [REFERENCE, _UN_SYSTEM])


def found(text: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="g2", registry=_registry())
    own = extraction.document.ref.symbols
    facts = stated(extraction) | {("alsoSymbol", own[0], other) for other in own[1:]}
    return {(s, o) for r, s, o in facts if r == relation}


# ------------------------------------------------------------------ E256: "(Also issued as X)"

_MASTHEAD = (
    "United Nations\tE/CN.3/2037/2\nEconomic and Social Council\tDistr.: General\n\t10 December 2036\n\n"
    "Statistical Commission\nFifty-eighth session\nItem 3 (a) of the provisional agenda\n\n"
    "Report of the Secretary-General on data for the 2030 Agenda\n\n{note}\n\nSummary\n\n1. The present report reviews data.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "(Also issued as A/91/65)",
        "(Also circulated as A/91/65.)",
        "(Issued also as document A/91/65)",
        "(Also issued under the symbol A/91/65)",
        "[Also issued as A/91/65]",
    ],
)
def test_a_note_run_on_after_the_title_gives_a_second_symbol(note: str) -> None:
    assert ("E/CN.3/2037/2", "A/91/65") in found(_MASTHEAD.format(note=note), "alsoSymbol")


def test_the_note_after_a_plain_title_in_a_text_without_tabs() -> None:
    text = (
        "UNEP/EA.7/4\nUnited Nations Environment Assembly of the\nUnited Nations Environment Programme\nDistr.: General\n"
        "2 December 2036\n\nSeventh session\nNairobi, 1–5 March 2037\n\nReport of the Executive Director\n"
        "(Also circulated as A/91/25/Add.1)\n\n1. The present report reviews the programme.\n"
    )
    assert ("UNEP/EA.7/4", "A/91/25/Add.1") in found(text, "alsoSymbol")


@pytest.mark.parametrize(
    "note",
    [
        "(The report of the Bureau is also issued as A/91/66)",  # its own subject
        "(See also A/91/65)",
        "(Issued as a supplement to A/91/65)",
    ],
)
def test_other_bracketed_notes_give_no_second_symbol(note: str) -> None:
    assert not found(_MASTHEAD.format(note=note), "alsoSymbol")


def test_the_bracketed_note_far_into_the_body_is_no_mastheads() -> None:
    body = "\n\n".join(f"{n}. The Commission reviewed the data of the region in its {n}th review of the programme of work." for n in range(2, 30))
    text = _MASTHEAD.format(note="") + body + "\n\n30. The summary of the review (Also issued as A/91/65) is attached.\n"
    assert not found(text, "alsoSymbol")


# ------------------------------------------------------------------ E258: a count above five

_SG = (
    "E/CN.3/2037/2\nEconomic and Social Council\nDistr.: General\n10 December 2036\n\nStatistical Commission\nFifty-eighth session\n"
    "Item 3 (a) of the provisional agenda\n\nReport of the Secretary-General\n\n1. {s}\n"
)


@pytest.mark.parametrize(
    ("sentence", "held_in"),
    [
        (
            "The United Nations Environment Assembly has held six sessions, the first in Nairobi in June 2014 and the second in Geneva in May 2016.",
            {("unea#1", "Nairobi"), ("unea#2", "Geneva")},
        ),
        (
            "The Environment Assembly has so far held 7 sessions: the first in Nairobi in June 2014, the sixth in Geneva in May 2034 and the seventh in Bonn in March 2036.",
            {("unea#1", "Nairobi"), ("unea#6", "Geneva"), ("unea#7", "Bonn")},
        ),
    ],
)
def test_a_count_above_five_then_each_by_its_place(sentence: str, held_in: set[tuple[str, str]]) -> None:
    assert held_in <= found(_SG.format(s=sentence), "heldIn")


@pytest.mark.parametrize(
    "sentence",
    [
        # a count within a year: no series told
        "The Environment Assembly has held six sessions in 2036, the first in Nairobi.",
        # the place beyond the count
        "The Environment Assembly has held six sessions, the seventh in Nairobi.",
    ],
)
def test_no_series_counted(sentence: str) -> None:
    assert not {g for g, _ in found(_SG.format(s=sentence), "heldIn")} & {"unea#1", "unea#7"}


# ------------------------------------------------------------------ E259: a session's documents in other bodies' words

_STAT_NOTE = (
    "United Nations E/CN.3/2037/INF/1\nEconomic and Social Council Distr.: General\n5 February 2037\n\n"
    "Statistical Commission\nFifty-eighth session\nNew York, 2–5 March 2037\nItem 2 of the provisional agenda*\n\n"
    "Status of documentation for the fifty-eighth session\n\nNote by the Secretariat\n\n{lead}\n\n"
    "| Symbol | Title | Mandate | Status |\n|---|---|---|---|\n"
    "| E/CN.3/2037/2 | Report of the Secretary-General on data for the 2030 Agenda | Economic and Social Council resolution 2036/5 | Issued |\n"
    "| E/CN.3/2037/3 | Report of the Friends of the Chair group on censuses | Statistical Commission decision 57/102 | Issued |\n\n"
    "3. The report of the Commission on its fifty-seventh session was issued as E/2036/24.\n"
)
_HRC_NOTE = (
    "United Nations A/HRC/61/1/Add.1\nGeneral Assembly Distr.: General\n20 February 2036\n\n"
    "Human Rights Council\nSixty-first session\n24 February–3 April 2036\nAgenda item 1\n\n"
    "{title}\n\nNote by the Secretariat\n\n{lead}\n\n"
    "Symbol\tAgenda item\tTitle\nA/HRC/61/12\t3\tRight to food: report of the Special Rapporteur\n"
    "A/HRC/61/15\t2\tReport of the United Nations High Commissioner for Human Rights\n\n2. The list will be updated.\n"
)
_HRC_TITLE = "List of documents issued for the sixty-first session of the Human Rights Council"


@pytest.mark.parametrize(
    "lead",
    [
        "1. The present note contains the list of documents issued for the fifty-eighth session of the Statistical Commission, with their mandates.",
        "1. The present note provides a list of the documents prepared for the fifty-eighth session of the Commission and the mandates under which they were prepared.",
    ],
)
def test_a_commissions_note_containing_the_list(lead: str) -> None:
    text = _STAT_NOTE.format(lead=lead)
    c = "ecosoc/statistical-commission#58"
    assert {("E/CN.3/2037/2", c), ("E/CN.3/2037/3", c)} <= found(text, "submittedTo")
    assert ("E/CN.3/2037/2", "ecosoc/res/2036/5") in found(text, "pursuantTo")


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Documents of the sixty-first session", "1. The present note contains the list of documents issued for the sixty-first session of the Human Rights Council."),
        ("Documents of the sixty-first session", "1. Listed below are the documents issued for the sixty-first session of the Council."),
        (_HRC_TITLE, ""),
    ],
)
def test_the_councils_list_of_documents_issued_for_the_session(title: str, lead: str) -> None:
    assert {("A/HRC/61/12", "hrc#61"), ("A/HRC/61/15", "hrc#61")} <= found(_HRC_NOTE.format(title=title, lead=lead), "submittedTo")


@pytest.mark.parametrize(
    "lead",
    [
        "1. The Council may wish to consider the following list of documents issued since its sixtieth session.",
        "1. A list of the documents issued for the sixtieth session was annexed to the report of that session.",
    ],
)
def test_no_session_for_a_list_no_sentence_gives_this_session(lead: str) -> None:
    submitted = found(_HRC_NOTE.format(title="Documents of the sixty-first session", lead=lead), "submittedTo")
    assert not {s for s, _ in submitted} & {"A/HRC/61/12", "A/HRC/61/15"}


# ------------------------------------------------------------------ E257: "At the same session, by resolution X, the <Body> …" in a third body's document

_HRC_OPENING = "At its fifty-fifth session, the Human Rights Council adopted resolution 55/1.\n\n2. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At that session, by resolution 55/3, the Human Rights Council requested the High Commissioner to report.", ("hrc/res/55/3", "hrc#55")),
        ("During the same session, through resolution 55/3, the Human Rights Council extended the mandate.", ("hrc/res/55/3", "hrc#55")),
        ("Also at the same session, by resolution 55/4, the Human Rights Council decided to hold a panel.", ("hrc/res/55/4", "hrc#55")),
    ],
)
def test_the_subject_after_the_session_told_back_issues_the_text(sentence: str, expected: tuple[str, str]) -> None:
    # a note for the Statistical Commission: the bare number is the Council's, named right after it
    assert expected in found(_SG.format(s=_HRC_OPENING + sentence), "adoptedAt")


def test_an_environment_assemblys_own_text_at_the_same_session() -> None:
    text = _SG.format(
        s="At its sixth session, held in Nairobi in February 2035, the United Nations Environment Assembly adopted resolution 6/1.\n\n"
        "2. At the same session, by its resolution 6/4, the Environment Assembly requested the Executive Director to report."
    )
    assert ("unea/res/6/4", "unea#6") in found(text, "adoptedAt")


@pytest.mark.parametrize(
    "sentence",
    [
        # no gathering opens the sentence: the session told before adopted nothing here
        "By resolution 55/3, the Human Rights Council extended the mandate.",
        # another session's number
        "At the same session, by resolution 52/3, the Human Rights Council recalled its earlier request.",
        # the text made something: no act of the subject
        "At the same session, by resolution 55/3, the Human Rights Council was requested to report.",
    ],
)
def test_near_misses_of_the_session_told_back(sentence: str) -> None:
    adopted = found(_SG.format(s=_HRC_OPENING + sentence), "adoptedAt")
    assert not {(s, g) for s, g in adopted if g == "hrc#55" and s != "hrc/res/55/1"}
