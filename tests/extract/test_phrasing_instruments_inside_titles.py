"""An instrument named inside the title of a document (or of another instrument) that reports on
it: "Report of the Executive Secretary on the implementation of resolution 10/2 on coastal data",
"Status of implementation of resolution 10/2 on ...", "E/CN.21/2032/5 - Implementation of ...",
a quoted "Implementing resolution 10/2 on ...". The words after it are the rest of that title,
not the instrument's own title; and an instrument inside another instrument's on-title ("its
resolution 10/2 on progress in the implementation of resolution 2030/7") is not cited by the text.
Positives: an on-title after an instrument the sentence itself names keeps firing, as does a
verb "to report on the implementation of"."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

CITED = "ccr/res/10/2"


def _titles_of(text: str, subject: str) -> set[str]:
    return {o for s, o in facts(text, "title") if s == subject}


@pytest.mark.parametrize("paragraph", [
    "The Commission will have before it the report of the Executive Secretary on the implementation of resolution 10/2 on coastal data (E/CN.21/2032/5).",
    "The Commission will have before it the annual report on progress in the implementation of its resolution 10/2 on coastal data (E/CN.21/2032/5).",
    "The Commission will also have before it a note on the status of implementation of resolution 10/2 on coastal data (E/CN.21/2032/6).",
    "Documentation: E/CN.21/2032/5 - Implementation of resolution 10/2 on coastal data: note by the Secretariat.",
    "Documentation: E/CN.21/2032/5 Status of implementation of resolution 10/2 on coastal data.",
    "The Commission will have before it the report entitled \u201cProgress in the implementation of resolution 10/2 on coastal data\u201d (E/CN.21/2032/5).",
    'The Commission will have before it the study entitled "Implementing resolution 10/2 on coastal data" (E/CN.21/2032/5).',
])
def test_no_title_for_an_instrument_a_document_title_names(paragraph: str) -> None:
    text = in_note(paragraph)
    assert not _titles_of(text, CITED)
    assert any(o == CITED for _, o in facts(text, "mentions"))


@pytest.mark.parametrize("paragraph", [
    # the sentence names the instrument itself: its on-phrase is its title
    "The Commission, in its resolution 10/2 on coastal data, requested the Executive Secretary to report.",
    "Requests the Executive Secretary to report on the implementation of resolution 10/2 on coastal data.",
    "Welcoming the implementation of resolution 10/2 on coastal data,",
])
def test_an_instrument_the_sentence_names_keeps_its_title(paragraph: str) -> None:
    text = in_note(paragraph) if paragraph.startswith("The") else in_resolution(paragraph)
    assert _titles_of(text, CITED) == {"coastal data"}


@pytest.mark.parametrize("paragraph", [
    "Recalling its resolution 10/2 on progress in the implementation of its resolution 9/4,",
    "Recalling its resolution 10/2 on the follow-up to resolution 9/4,",
    "Recalling its resolution 10/2 on the review of resolution 9/4,",
])
def test_an_instrument_inside_a_cited_title_is_not_cited(paragraph: str) -> None:
    cited = {o for s, o in facts(in_resolution(paragraph), "cites") if s == RESOLUTION}
    assert CITED in cited
    assert "ccr/res/9/4" not in cited


@pytest.mark.parametrize("paragraph", [
    # a list: the next instrument is cited, whatever the first one's title
    "Recalling its resolution 10/2 on coastal data, and its resolution 9/4 on early warning,",
    "Recalling its resolution 10/2 on coastal data and resolution 9/4,",
])
def test_the_next_instrument_of_a_list_is_cited(paragraph: str) -> None:
    cited = {o for s, o in facts(in_resolution(paragraph), "cites") if s == RESOLUTION}
    assert {CITED, "ccr/res/9/4"} <= cited
