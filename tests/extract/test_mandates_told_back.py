"""A document's mandate told away from the instrument's name (E87, from the spent u110-u112 and u42):

- "In its resolution 11/2, the Commission requested ... A note (X), prepared in response to that
  request, will be before the Commission": the request told the sentence before is X's mandate;
- "The Commission has considered the report (X). The report was submitted pursuant to section II
  of resolution 11/2": "the report" is X, the one document named just before;
- "Pursuant to resolution 11/2, the Secretariat has prepared three notes, which will be before the
  Commission:" over (a), (b), (c): a count of documents announces the list below as "the
  following documents" does; the paragraph numbered next ends the list;
- "pursuant to resolution 11/2 (X and X/Add.1)": every symbol of the bracket;
- "| X | 4 (b) | Report ..., prepared pursuant to resolution 11/2 |": a table's row.

Invented texts on the phrasing body (tests/data/phrasing.ttl), varied in documents, verbs, counts
and word order; negatives where the words give no document its mandate.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

RES = "ccr/res/11/2"
PAPER = "E/CN.21/2032/5"
OTHER = "E/CN.21/2032/6"


def mandates(*paragraphs: str) -> set[tuple[str, str]]:
    return facts(in_note(*paragraphs), "pursuantTo")


# ---------------------------------------------------------------- "in response to that request"

REQUESTS = [
    "In its resolution 11/2 of 14 March 2031, the Commission requested the Secretariat to review the network of tide gauges and to report thereon at its thirteenth session.",
    "By resolution 11/2, the Commission requested the Executive Secretary to present options for the use of coastal data.",
]


@pytest.mark.parametrize("request_told", REQUESTS)
@pytest.mark.parametrize(
    "answer",
    [
        "A note by the Secretariat on the review of the network ({doc}), prepared in response to that request, will also be before the Commission.",
        "Those options were set out in the study ({doc}), submitted in response to that request, and are updated below.",
        "The Commission will have before it a paper ({doc}), which was prepared pursuant to this request.",
        "The report ({doc}) was issued in response to the above request.",
    ],
)
def test_a_document_prepared_in_response_to_the_request_before(request_told: str, answer: str) -> None:
    text = request_told + " " + answer.format(doc=PAPER)
    assert (PAPER, RES) in mandates(text)


@pytest.mark.parametrize(
    "first, answer",
    [
        # no request told before "that request"
        ("In its resolution 11/2, the Commission took note of the network of tide gauges.",
         "A note ({doc}), prepared in response to that request, will also be before the Commission."),
        # the request is answered by another document than the one named
        (REQUESTS[0], "The paper ({doc}) describes the network; a note prepared in response to that request is forthcoming."),
    ],
    ids=["no-request", "another-document"],
)
def test_no_mandate_without_a_request_answered_by_the_document(first: str, answer: str) -> None:
    assert (PAPER, RES) not in mandates(first + " " + answer.format(doc=PAPER))


# ---------------------------------------------------------------- "The report was submitted pursuant to"


@pytest.mark.parametrize(
    "named",
    [
        "The Commission has considered the report of the Executive Secretary on tide gauges ({doc}).",
        "The Committee also had before it the annual review of coastal data ({doc}), as revised.",
    ],
)
@pytest.mark.parametrize(
    "told",
    [
        "The report was submitted pursuant to section II of resolution 11/2 of 14 March 2031.",
        "The note has been prepared in accordance with paragraph 4 of Commission resolution 11/2.",
        "That study was issued in response to resolution 11/2.",
    ],
)
def test_the_document_named_before_is_the_one_submitted(named: str, told: str) -> None:
    assert (PAPER, RES) in mandates(named.format(doc=PAPER) + " " + told)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two documents named before: "the report" may be either
        (f"The Commission has considered the report ({PAPER}) and the note ({OTHER}). The report was submitted pursuant to resolution 11/2.",),
        # named in another paragraph
        (f"The Commission has considered the report ({PAPER}).", "The report was submitted pursuant to resolution 11/2."),
        # "This report" is the note being read
        (f"The Commission has considered the report ({PAPER}). This report is submitted pursuant to resolution 11/2.",),
    ],
    ids=["two-named", "other-paragraph", "this-report"],
)
def test_no_document_before_for_the_mandate(paragraphs: tuple[str, ...]) -> None:
    assert (PAPER, RES) not in mandates(*paragraphs)


# ---------------------------------------------------------------- a counted list


@pytest.mark.parametrize(
    "lead",
    [
        "Pursuant to resolution 11/2, the Secretary-General has prepared three reports, which will be before the Commission:",
        "In accordance with Commission resolution 11/2, the Secretariat has issued 3 information notes:",
        "As requested in paragraph 4 of resolution 11/2, three papers have been prepared for the Commission:",
    ],
)
def test_a_counted_list_under_a_mandate(lead: str) -> None:
    listed = (
        f"\n\n(a) Tide gauges: status of the network ({PAPER});"
        f"\n\n(b) Tide gauges: maintenance ({OTHER});"
        "\n\n(c) Tide gauges: data exchange (E/CN.21/2032/7)."
    )
    found = mandates(lead + listed, f"The Commission will also have before it a note on the Bureau (E/CN.21/2032/8).")
    assert {(PAPER, RES), (OTHER, RES), ("E/CN.21/2032/7", RES)} <= found
    # the paragraph numbered next after the lead is no line of its list
    assert ("E/CN.21/2032/8", RES) not in found


def test_a_count_of_something_else_lists_no_documents() -> None:
    found = mandates(
        "Pursuant to resolution 11/2, the Secretariat has held three meetings, which reviewed:"
        f"\n\n(a) Tide gauges ({PAPER});\n\n(b) Maintenance ({OTHER})."
    )
    assert (PAPER, RES) not in found and (OTHER, RES) not in found


# ---------------------------------------------------------------- every symbol of the bracket


@pytest.mark.parametrize(
    "bracket, docs",
    [
        (f"({PAPER} and {PAPER}/Add.1)", [PAPER, f"{PAPER}/Add.1"]),
        (f"({PAPER}, {OTHER} and E/CN.21/2032/7)", [PAPER, OTHER, "E/CN.21/2032/7"]),
    ],
)
def test_every_symbol_of_the_bracket_after_the_mandate(bracket: str, docs: list[str]) -> None:
    text = f"The Commission had before it the quadrennial reports submitted pursuant to Commission resolution 11/2 {bracket}."
    assert {(d, RES) for d in docs} <= mandates(text)


def test_a_document_named_after_the_bracket_is_not_in_it() -> None:
    text = f"The Commission had before it the reports submitted pursuant to resolution 11/2 ({PAPER}) and a note on the Bureau ({OTHER})."
    found = mandates(text)
    assert (PAPER, RES) in found and (OTHER, RES) not in found


# ---------------------------------------------------------------- a table's row


@pytest.mark.parametrize(
    "title, told",
    [
        ("Report of the Executive Secretary on tide gauges, prepared pursuant to resolution 11/2", True),
        ("Note by the Secretariat on coastal data, submitted in accordance with Commission resolution 11/2", True),
        ("Implementation of resolution 11/2 on tide gauges", False),
    ],
)
def test_a_row_whose_title_gives_the_mandate(title: str, told: bool) -> None:
    table = (
        "The Commission had before it the following documents:\n\n"
        "| Symbol | Item | Title |\n|---|---|---|\n"
        f"| {PAPER} | 4 (b) | {title} |\n"
        f"| {OTHER} | 5 | Report of the Bureau |\n"
    )
    found = mandates(table)
    assert ((PAPER, RES) in found) is told
    assert (OTHER, RES) not in found


# ---------------------------------------------------------------- "the present annex" (u68)


@pytest.mark.parametrize(
    "field",
    [":Document: E/CN.21/2032/9, annex II", ":Document: E/CN.21/2032/9"],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "The present annex responds to the request in paragraph 14 of Commission resolution 11/2 of 14 March 2031.",
        "The present annex has been prepared pursuant to resolution 11/2.",
    ],
)
def test_an_annex_issued_under_a_reports_symbol_is_that_document(field: str, sentence: str) -> None:
    text = (
        "=================================================\n"
        "Commission on Coastal Resilience: status of tide gauges\n"
        "=================================================\n\n"
        f"{field}\n:Date: 14 February 2032\n:Prepared by: secretariat of the Commission\n\n"
        "Introduction\n============\n\n"
        f"1. {sentence}\n\n2. The Commission will consider the annex at its thirteenth session.\n"
    )
    assert ("E/CN.21/2032/9", RES) in facts(text, "pursuantTo")


def test_the_present_annex_to_a_resolution_is_no_document() -> None:
    text = in_note("The present annex to resolution 11/2 lists the tide gauges of the network.")
    assert not any(o == RES for _, o in facts(text, "pursuantTo"))


# ---------------------------------------------------------------- a document described, listed below (u86)


@pytest.mark.parametrize(
    "sentence, entry",
    [
        ("The Commission will have before it a note by the Secretariat on the organization of the work of the session, prepared pursuant to resolution 11/2.",
         "Note by the Secretariat on tide gauges ({doc})"),
        ("A report of the Executive Secretary on the first year of the network, submitted in accordance with paragraph 4 of resolution 11/2, will be before the Commission.",
         "Report of the Executive Secretary on the network of tide gauges ({doc})"),
    ],
)
def test_the_one_listed_document_of_the_kind_described(sentence: str, entry: str) -> None:
    text = in_note(f"{sentence}\n\nDocumentation\n\n{entry.format(doc=PAPER)}\n\nProvisional agenda ({OTHER})")
    found = mandates(text)
    assert (PAPER, RES) in found and (OTHER, RES) not in found


@pytest.mark.parametrize(
    "entries",
    [
        # two notes of the same author: which one is not said (the sentence's "secretariat" in lower
        # case, as u86 writes it: no capitalised name for the titles to fit)
        f"Note by the secretariat on tide gauges ({PAPER})\n\nNote by the secretariat on currents ({OTHER})",
        # listed: another kind, or another author
        f"Report of the Bureau on tide gauges ({PAPER})\n\nNote by the Executive Secretary on currents ({OTHER})",
    ],
    ids=["two-of-the-kind", "none-of-the-kind"],
)
def test_no_listed_document_of_the_kind_described(entries: str) -> None:
    sentence = "The Commission will have before it a note by the secretariat on the organization of the work of the session, prepared pursuant to resolution 11/2."
    found = mandates(f"{sentence}\n\nDocumentation\n\n{entries}")
    assert (PAPER, RES) not in found and (OTHER, RES) not in found
