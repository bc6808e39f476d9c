"""submittedTo from a relative clause right after a document's symbol: "the report (X) and the
annual report (Y), which will also be before the Committee at its sixth session" sends Y there,
not X (the clause's antecedent is the document just named). Without the relative clause both
documents the subject names go ("X and Y will also be before ...")."""

from __future__ import annotations

from tests.extract.phrasing import facts, in_note

COMMITTEE = "ccr/committee-on-data#6"


def test_the_clause_sends_the_document_just_named() -> None:
    text = in_note(
        "The Commission will have before it the report of the Executive Secretary (E/CN.21/2032/5) and the annual "
        "report (E/CN.21/2032/6), which will also be before the Committee on Coastal Data at its sixth session."
    )
    found = facts(text, "submittedTo")
    assert ("E/CN.21/2032/6", COMMITTEE) in found
    assert ("E/CN.21/2032/5", COMMITTEE) not in found


def test_one_document_with_its_clause() -> None:
    text = in_note(
        "The annual report of the Executive Secretary (E/CN.21/2032/5), which will also be before the Committee "
        "on Coastal Data at its sixth session, is annexed."
    )
    assert ("E/CN.21/2032/5", COMMITTEE) in facts(text, "submittedTo")


def test_both_subjects_go_without_a_clause() -> None:
    text = in_note(
        "The report (E/CN.21/2032/5) and the note (E/CN.21/2032/6) will also be before the Committee on Coastal "
        "Data at its sixth session."
    )
    found = facts(text, "submittedTo")
    assert {("E/CN.21/2032/5", COMMITTEE), ("E/CN.21/2032/6", COMMITTEE)} <= found
