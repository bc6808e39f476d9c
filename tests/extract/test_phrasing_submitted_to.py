"""submitted_to: the ways a document is said to be before a session ("before the Commission at
its Nth session", "the Commission will have before it", a "Documentation" list under an agenda
item of an annotated agenda, "considered", "took note of the report contained in document ...")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

DOC = "E/CN.21/2032/5"
SESSION = "ccr#13"

SENTENCES = [
    "The report of the Executive Secretary on early warning (E/CN.21/2032/5) will be before the Commission at its thirteenth session.",
    "The Commission will have before it the report of the Executive Secretary on early warning (E/CN.21/2032/5).",
    "The report of the Executive Secretary (E/CN.21/2032/5) will be submitted to the Commission at its thirteenth session.",
    "The report of the Executive Secretary (E/CN.21/2032/5) is submitted to the Commission for consideration at its thirteenth session.",
    "Under this item, the Commission will have before it a note by the Secretariat (E/CN.21/2032/5).",
    "The Commission, at its thirteenth session, will consider the report of the Executive Secretary (E/CN.21/2032/5).",
    "The report of the Executive Secretary on early warning (E/CN.21/2032/5) will be made available to the Commission at its thirteenth session.",
    "Document E/CN.21/2032/5 will be presented to the Commission at its thirteenth session.",
    "The report (E/CN.21/2032/5) is transmitted to the Commission at its thirteenth session.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_before_the_session(sentence: str) -> None:
    assert (DOC, SESSION) in facts(in_note(sentence), "submittedTo")


AGENDA = (
    "United Nations E/CN.21/2032/1\n\nEconomic and Social Council\n\n"
    "Distr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n\n"
    "Annotated provisional agenda\n\n"
    "Annotations\n\n"
    "3. Early warning for coastal communities\n\n"
    "Under agenda item 3, the Commission will consider progress in early warning.\n\n"
    "{documentation}\n"
)

LISTS = [
    "Documentation\n\nReport of the Executive Secretary on early warning (E/CN.21/2032/5)",
    "Documentation\n\nReport of the Executive Secretary on early warning (E/CN.21/2032/5)\n\nNote by the Secretariat on coastal data (E/CN.21/2032/6)",
    "Documentation:\nReport of the Executive Secretary on early warning (E/CN.21/2032/5)",
    "Documentation\n\nE/CN.21/2032/5 Report of the Executive Secretary on early warning",
    # the symbol first, then a title of any words, after a space, colon, dash or tab
    "Documentation\n\nE/CN.21/2032/5 Strengthening early warning for coastal communities",
    "Documentation\n\nE/CN.21/2032/5 Compilation of national submissions on coastal data",
    "Documentation\n\nE/CN.21/2032/5: Report of the Executive Secretary on early warning",
    "Documentation\n\nE/CN.21/2032/5 – Coastal data and statistics",
    "Documentation\n\nE/CN.21/2032/5\tCoastal data and statistics",
]


@pytest.mark.parametrize("documentation", LISTS)
def test_documentation_lists(documentation: str) -> None:
    assert (DOC, SESSION) in facts(AGENDA.replace("{documentation}", documentation), "submittedTo")


def test_a_document_cited_for_its_content_is_not_before_the_session() -> None:
    text = in_note("As noted in the report of the Executive Secretary (E/CN.21/2031/5), the data were incomplete.")
    assert not {o for s, o in facts(text, "submittedTo") if s == "E/CN.21/2031/5"}


@pytest.mark.parametrize("documentation", [
    # what follows a symbol on a masthead's or running header's line is no title
    "Documentation\n\nE/CN.21/2032/5 Page 3",
    "Documentation\n\nE/CN.21/2032/5 General Assembly Distr.: General",
    # a sentence that opens with a symbol says something of it
    "Documentation\n\nE/CN.21/2032/5 Coastal data statistics were not available and will be issued later.",
])
def test_no_symbol_first_documentation_line(documentation: str) -> None:
    assert (DOC, SESSION) not in facts(AGENDA.replace("{documentation}", documentation), "submittedTo")
