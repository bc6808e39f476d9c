"""An annotated agenda's "Documentation" lists as `pdftotext -layout` prints them: the agenda's own
symbol listed under "Adoption of the agenda" ("E/CN.21/2032/1   Provisional agenda and annotations")
is that document listed, not a running head, on the page of the heading (a running head comes after
a page break: `clean._DOCUMENTATION_HEADING`); and entries whose symbol and one-line title the layout
read as a listing go on with the list after the two-column ones (`relate._DocumentMemory`)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import facts, key, registry

SESSION = "ccr#13"
HEAD = (
    "                                                                       E/CN.21/2032/1\n"
    "             United Nations\n"
    "             Economic and Social Council                               Distr.: General\n"
    "                                                                       2 January 2032\n\n"
    "                                                                       Original: English\n\n"
    "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n\n"
    "            Annotated provisional agenda\n\n"
    "            Annotations\n\n"
)
OWN = (
    "            1.    Adoption of the agenda\n\n"
    "                  The Commission will adopt the agenda for the session on the basis of the\n"
    "            present document.\n\n"
    "            Documentation\n"
    "            E/CN.21/2032/1                 Provisional agenda and annotations\n\n\n"
)
REPORTS = (
    "            2.    Coastal data\n\n"
    "                  The Commission will consider the reports listed below.\n\n"
    "            Documentation\n"
    "            E/CN.21/2032/5                 Report of the Executive Secretary on early warning\n"
    "                                           and the state of coastal data\n"
    "            E/CN.21/2032/6                 Note by the Secretariat on coastal sensors\n"
    "            E/CN.21/2032/7                 Report of the Working Group on Early Warning Systems\n"
    "            HRI/CORE/PRT/2030              Common core document forming part of the\n"
    "                                           reports of States parties: Portugal\n\n"
    "            3.    Other matters\n\n"
    "                  The Commission will consider any other matters.\n"
)
PAGE_BREAK = "\n 31-01234\n\n\f\nE/CN.21/2032/1\n\n"


@pytest.mark.parametrize("between", ["", PAGE_BREAK])
def test_the_agenda_listed_under_its_own_item(between: str) -> None:
    found = facts(HEAD + OWN + between + REPORTS, "submittedTo")
    assert ("E/CN.21/2032/1", SESSION) in found
    assert {("E/CN.21/2032/5", SESSION), ("E/CN.21/2032/6", SESSION), ("E/CN.21/2032/7", SESSION)} <= found


def test_listed_lines_go_on_with_the_list() -> None:
    assert ("HRI/CORE/PRT/2030", SESSION) in facts(HEAD + OWN + REPORTS, "submittedTo")


def test_a_running_head_after_a_page_break_is_no_entry() -> None:
    text = HEAD + REPORTS.replace("            3.    Other", "\f\nE/CN.21/2032/1 Annotated provisional agenda\n\n            3.    Other")
    # the agenda is submitted to its session by its masthead (E53), never by its running head
    extraction = extract(text, source_key="test", registry=registry())
    told = [f.evidence.quote for f in extraction.facts if f.relation == "submittedTo" and key(f.subject) == "E/CN.21/2032/1"]
    assert not [quote for quote in told if "Annotated provisional agenda" in quote and "E/CN.21/2032/1" in quote]
