"""What a report says an instrument did, told in its own prose after the instrument is named: "In
it the Commission recalled ... and requested ...", "Under the above-mentioned Commission
resolution, the Bureau is to ...", a paragraph opening on the duty of a body the paragraph before
said the instrument created, ", which also established the Committee ...", "The Commission also
recalled ... and its own resolution 9/4", "has been requested by that resolution".

Invented sentences on the phrasing body (tests/data/phrasing.ttl), with their variants; near
misses: "In it" after a sentence about a report, a heading between the paragraphs, "also
recalled" with no account of an instrument before it, an issuer word that names no instrument
told before.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

RES = "ccr/res/11/2"
EARLIER = "ccr/res/9/4"
ES = "ccr/executive-secretary"
BUREAU = "ccr/bureau"
SECRETARIAT = "ccr/secretariat"
COMMITTEE = "ccr/committee-on-data"

MANDATE_OPENING = [
    "The current mandate of the Commission is resolution 11/2 of 14 March 2030, entitled \"Tidal data\".",
    "The Commission works under its resolution 11/2 of 14 March 2030.",
]


@pytest.mark.parametrize("opening", MANDATE_OPENING)
@pytest.mark.parametrize("pronoun", ["In it", "In it,", "By it"])
def test_in_it_is_the_instrument_named_before(opening: str, pronoun: str) -> None:
    text = in_note(
        f"{opening} {pronoun} the Commission recalled its resolution 9/4 and requested the Executive Secretary "
        "to prepare a glossary. By the same resolution a task force on tidal data was created."
    )
    requests = facts(text, "requests")
    assert (RES, ES) in requests
    assert (EARLIER, ES) not in requests
    assert (RES, EARLIER) in facts(text, "cites")
    established = facts(text, "establishes")
    assert any(s == RES for s, _ in established)
    assert not any(s == EARLIER for s, _ in established)


def test_in_it_after_a_report_is_not_the_instrument() -> None:
    # "it" is the report; the Executive Secretary, not the Commission, opens the clause
    text = in_note(
        "The Executive Secretary issued a report pursuant to resolution 11/2. In it the Executive Secretary "
        "requested the Bureau to review the glossary."
    )
    assert (RES, BUREAU) not in facts(text, "requests")


@pytest.mark.parametrize("back", ["Under the above-mentioned Commission resolution", "By that Commission resolution", "In the same Commission resolution"])
@pytest.mark.parametrize("duty", ["the Bureau is to prepare a glossary", "the Bureau is also to prepare a glossary by 2032"])
def test_back_reference_naming_its_issuer(back: str, duty: str) -> None:
    text = in_note(
        "In resolution 11/2, the Commission requested the secretariat to compile data. Economic and Social "
        "Council resolution 2031/5 welcomed the work of the Commission.",
        f"{back}, {duty}, and the Executive Secretary is requested to support it. The same resolution invites "
        "the Committee on Coastal Data to share its research.",
    )
    requests = facts(text, "requests")
    assert {(RES, BUREAU), (RES, ES)} <= requests
    assert not any(s.startswith("ecosoc/") for s, _ in requests)
    assert (RES, COMMITTEE) in facts(text, "invites")


def test_issuer_word_with_no_instrument_of_that_issuer() -> None:
    text = in_note(
        "Economic and Social Council resolution 2031/5 welcomed the work of the Commission.",
        "Under the above-mentioned Commission resolution, the Bureau is to prepare a glossary.",
    )
    assert not facts(text, "requests")


def test_above_mentioned_is_near() -> None:
    # the Commission's resolution was named two headings back: "above-mentioned" means nothing near
    text = in_note("In resolution 11/2, the Commission requested the secretariat to compile data.") + (
        "\nII. Data\n\nThe Commission met in Geneva.\n\nIII. Glossary\n\n"
        "Under the above-mentioned Commission resolution, the Bureau is to prepare a glossary.\n"
    )
    assert (RES, BUREAU) not in facts(text, "requests")


@pytest.mark.parametrize("passive", [
    "and the Bureau is requested by the Commission to support it",
    "and the Bureau is requested to support it",
])
def test_paragraph_opening_on_a_created_body_goes_on(passive: str) -> None:
    text = in_note(
        "The current mandate is resolution 11/2 of 14 March 2030. By the same resolution a task force on tidal "
        "data was created (the \"task force\").",
        f"The task force is to report to the Commission at its fourteenth session, {passive}.",
    )
    requests = facts(text, "requests")
    born = [o for s, o in facts(text, "establishes") if s == RES]
    assert born and (RES, born[0]) in requests
    assert (RES, BUREAU) in requests


@pytest.mark.parametrize("closing", [
    "The Bureau is invited to take note of the present note.",
    "The Bureau is requested to consider the proposals set out in annex I.",
    "The Bureau is to meet in May 2032.",
])
def test_paragraph_of_the_note_own_after_an_account(closing: str) -> None:
    # a paragraph that opens on a body neither the instrument created nor asked "by the
    # Commission": the note's own suggestion, not the resolution's request
    text = in_note(
        "The current mandate is resolution 11/2 of 14 March 2030. By the same resolution a task force on tidal "
        "data was created (the \"task force\").",
        closing,
    )
    assert (RES, BUREAU) not in facts(text, "requests") | facts(text, "invites")


def test_heading_between_ends_the_account() -> None:
    text = in_note(
        "The current mandate is resolution 11/2 of 14 March 2030. By the same resolution a task force on tidal "
        "data was created (the \"task force\")."
    ) + "\nII. Other matters\n\nThe Bureau is requested to prepare a glossary.\n"
    assert (RES, BUREAU) not in facts(text, "requests")


@pytest.mark.parametrize("sentence", [
    "The Commission was reconfigured by Economic and Social Council resolution 2031/5 of 2 May 2031, which also "
    "established the Committee on Coastal Data beside the Bureau.",
    "The Council adopted resolution 2031/5, which created the Committee on Coastal Data.",
])
def test_which_established_a_known_body(sentence: str) -> None:
    assert ("ecosoc/res/2031/5", COMMITTEE) in facts(in_note(sentence), "establishes")


@pytest.mark.parametrize("recalled", [
    "The Commission also recalled General Assembly resolution 75/314 and its own resolution 9/4.",
    "The Commission further recalled General Assembly resolution 75/314, and its resolution 9/4.",
])
def test_issuer_also_recalled(recalled: str) -> None:
    text = in_note(
        f"In resolution 11/2, adopted on 14 March 2030, the Commission requested the Bureau to review the glossary. {recalled}"
    )
    cites = facts(text, "cites")
    assert {(RES, "ga/res/75/314"), (RES, EARLIER)} <= cites


@pytest.mark.parametrize("before", [
    "The Commission met in Geneva.",
    # the instrument named only as the mandate of a report
    "The report of the Executive Secretary was issued pursuant to resolution 11/2.",
])
def test_also_recalled_with_no_account_before(before: str) -> None:
    text = in_note(f"{before} The Commission also recalled its resolution 9/4.")
    assert not facts(text, "cites")


def test_in_it_after_a_report_issued_under_the_instrument() -> None:
    text = in_note(
        "The report of the Executive Secretary was issued pursuant to resolution 11/2. In it the Commission "
        "requested the Bureau to review the glossary."
    )
    assert (RES, BUREAU) not in facts(text, "requests")


@pytest.mark.parametrize("passive", [
    "the Executive Secretary has been requested by that resolution to provide it with support",
    "the Executive Secretary was asked under the above-mentioned resolution to provide it with support",
])
def test_passive_request_by_the_instrument_named_again(passive: str) -> None:
    text = in_note(f"By resolution 11/2, the Commission decided to review the glossary; {passive}.")
    assert (RES, ES) in facts(text, "requests")


@pytest.mark.parametrize("sentence", [
    "The Working Group on Early Warning Systems was established in 2030 pursuant to paragraph 4 of the Programme "
    "of Action for Coastal Resilience (resolution 11/2) to advise the Commission.",
    "The Working Group on Early Warning Systems was set up on 3 May 2030 by paragraph 4 of resolution 11/2.",
    "The Working Group on Early Warning Systems was established in March 2030 pursuant to resolution 11/2.",
])
def test_established_told_with_its_year_and_paragraph(sentence: str) -> None:
    assert (RES, "ccr/wg-early-warning") in facts(in_note(sentence), "establishes")


def test_established_then_a_report_under_the_instrument() -> None:
    text = in_note(
        "The Working Group on Early Warning Systems was established in 2030, and its report was issued pursuant to resolution 11/2."
    )
    assert (RES, "ccr/wg-early-warning") not in facts(text, "establishes")


MANDATES_TABLE_INTRO = "The table below lists the new mandates since the twelfth session."


@pytest.mark.parametrize("header", [
    "| Resolution | Adopted | What it asks of the Commission and others |\n|---|---|---|\n",
    "| Resolution | Adopted | What the resolutions request |\n|---|---|---|\n",
])
def test_table_of_what_each_instrument_asks(header: str) -> None:
    # "| A/RES/86/187 ... | 19/12/2031 | Establishes ...; requests ... |": the row quotes the
    # instrument's own operative words
    row = (
        "| Resolution 11/2 Tidal data | 14/03/2030 | Establishes a task force on tidal data; requests the "
        "Executive Secretary to provide the Commission with the resources necessary |\n"
    )
    text = in_note(MANDATES_TABLE_INTRO) + "\n" + header + row
    assert (RES, ES) in facts(text, "requests")
    assert any(s == RES for s, _ in facts(text, "establishes"))


def test_table_without_a_column_of_what_it_asks() -> None:
    text = in_note(MANDATES_TABLE_INTRO) + (
        "\n| Resolution | Adopted | Title |\n|---|---|---|\n"
        "| Resolution 11/2 | 14/03/2030 | Requests for tidal data: a review |\n"
    )
    assert not facts(text, "requests")
