"""The writer's "me" under a title that names what the report is on: "Report of the Secretary-General on
the United Nations Mission in South Sudan", "Report of the High Commissioner on the Situation in
Myanmar". A capital after "on" made the office's name look like the start of a longer name the
reference data does not know, so the report had no voice and "the Security Council requested me to
report" asked nobody (`relate.Reader.voice_of_heading`, `_WRITERS_TOPIC`)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import key, shipped_registry

SC_REPORT = "S/2024/100\nSecurity Council\nDistr.: General\n3 August 2024\n\n{title}\n\n1. {s}\n"


def asked(title: str, sentence: str) -> set[tuple[str, str]]:
    extraction = extract(SC_REPORT.format(title=title, s=sentence), source_key="test", registry=shipped_registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "requests"}


@pytest.mark.parametrize(
    "title",
    [
        "Report of the Secretary-General on the United Nations Mission in South Sudan",
        "Report of the Secretary-General on the Situation in the Central African Republic",
        "Report of the Secretary-General on Somalia",
        "Report of the Secretary-General",
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "In its resolution 2742 (2024), the Security Council requested me to report every four months.",
        "By resolution 2742 (2024), the Council requested that I report every four months.",
        "The Council, in its resolution 2742 (2024), asked me to keep it informed.",
    ],
)
def test_the_writer_is_asked(title, sentence):
    assert asked(title, sentence) == {("security-council/res/2024/2742", "secretary-general")}


def test_an_unknown_office_under_a_topical_title_is_no_voice():
    """"Report of the Special Rapporteur on the Rights of Older Persons", a post the reference data
    does not know: "me" is nobody the text names (not whichever special rapporteur "Special
    Rapporteur" alone could mean)."""
    assert asked(
        "Report of the Special Rapporteur on the Rights of Older Persons",
        "In its resolution 2742 (2024), the Security Council requested me to report every four months.",
    ) == set()


def test_the_high_commissioner_named_with_the_organisation_speaks_in_the_first_person():
    """"Report of the United Nations High Commissioner for Human Rights": the organisation's name
    before the post (`rules/own_voice._OFFICE`)."""
    text = (
        "A/HRC/58/40\nGeneral Assembly\nDistr.: General\n3 January 2025\nHuman Rights Council\nFifty-eighth session\n\n"
        "The right to privacy in the digital age\n\nReport of the United Nations High Commissioner for Human Rights\n\n"
        "1. In its resolution 55/9, the Council requested me to prepare a report on the right to privacy.\n"
    )
    extraction = extract(text, source_key="test", registry=shipped_registry())
    assert {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "requests"} == {
        ("hrc/res/55/9", "ohchr/high-commissioner")
    }
