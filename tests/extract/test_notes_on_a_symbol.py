"""A footnote hung on a document's symbol (E89): "… is contained in document E/CN.21/2032/6.2" (the
mark glued on by pdftotext) and at the page's foot "2 The report will be before the Commission under
this item; it is issued also as E/CN.21/WG.1/2032/3." The note speaks of the document whose symbol
bears its mark: its second symbol is the same document's (`Extraction.joint_documents`), and it goes
to the session the text is for. A note whose number no symbol bears says nothing of one. Invented
bodies (tests/data/phrasing.ttl), a page laid out as `pdftotext -layout` prints it."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.notes_on_a_symbol import also_issued_as, before_the_body
from tests.extract.phrasing import key, registry

DOC, OTHER = "E/CN.21/2032/6", "E/CN.21/WG.1/2032/3"
INDENT = " " * 21


def _page(mark: str, note_lines: list[str], number: str = "2") -> str:
    note = "".join(f"           {number + ' ' if i == 0 else '  '}{line}\n" for i, line in enumerate(note_lines))
    return (
        " " * 77 + "E/CN.21/2032/4\n"
        "           United\n           Nations\n" + " " * 77 + "Distr.: General\n"
        "           Economic and Social Council" + " " * 39 + "2 January 2032\n\n"
        + " " * 77 + "Original: English\n\n"
        "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n"
        "Item 3 of the provisional agenda*\nEarly warning for coastal communities\n\n\n"
        + INDENT + "Annotated provisional agenda\n"
        + INDENT + "1.    The Working Group on Early Warning Systems held its second meeting in Lima,\n"
        + INDENT + "from 3 to 5 February 2032. The report of the Working Group on that meeting is\n"
        + INDENT + f"contained in document {DOC}{mark}\n\n"
        + INDENT + "2.    The Commission will also discuss coastal data and the programme of work\n"
        + INDENT + "for the biennium, as set out in the note by the Secretariat.\n\n"
        "           _________________\n" + note
        + "\n2          K3200021\n" + " " * 77 + "E/CN.21/2032/4\n\n"
        + INDENT + "3.    The Commission will adopt its report on the last day of the session.\n"
    )


NOTES = [
    (["The report will be before the Commission under this item; it is issued also", f"as {OTHER}."], True),
    ([f"The report is before the Commission; it is also issued as document {OTHER}."], True),
    ([f"This document is also circulated as {OTHER}."], False),
]


@pytest.mark.parametrize("note, before", NOTES)
@pytest.mark.parametrize("mark", [".2", ".\u00b2"])
def test_the_note_on_a_symbol_gives_its_second_symbol_and_its_session(note: list[str], before: bool, mark: str) -> None:
    extraction = extract(_page(mark, note), source_key="test", registry=registry())
    assert (DOC, OTHER) in [ref.symbols for ref in extraction.joint_documents]
    facts = {(key(f.subject), f.relation, key(f.object)) for f in extraction.facts}
    assert ((DOC, "submittedTo", "ccr#13") in facts) == before


@pytest.mark.parametrize("note, before", NOTES)
def test_a_note_whose_mark_no_symbol_bears_names_no_document(note: list[str], before: bool) -> None:
    extraction = extract(_page(".", note, number="3"), source_key="test", registry=registry())
    assert all(DOC not in ref.symbols for ref in extraction.joint_documents)
    assert (DOC, "submittedTo", "ccr#13") not in {(key(f.subject), f.relation, key(f.object)) for f in extraction.facts}


def test_what_the_note_says() -> None:
    assert also_issued_as(f"2 It is issued also as {OTHER}.") == (OTHER,)
    assert also_issued_as(f"2 It was prepared as {OTHER}.") == ()
    assert before_the_body("2 The note will be before the Commission on Coastal Resilience under this item.") == (
        "Commission on Coastal Resilience"
    )
    assert before_the_body("2 Before the session, the Commission met.") is None
