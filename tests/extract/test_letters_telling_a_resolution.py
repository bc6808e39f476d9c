"""A letter telling what a resolution did, as a President of the General Assembly writes one when
appointing co-facilitators: the session it was adopted at set off ("at its current, eighty-ninth,
session"), a report "requested in paragraph 7 of the resolution" issued under a symbol, a request
told in the past passive after the account ("X and Y were invited, respectively, to ..."), a paper
"prepared pursuant to resolution Z" that "will be considered by" a body at a session, and a title
quoting another resolution before "by which the Assembly ... requested". Invented letters in that
shape; each family with a near miss that must not give the fact."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import key, shipped_registry

LETTER = "THE PRESIDENT\nOF THE\nGENERAL ASSEMBLY\n\n14 January 2035\n\nExcellency,\n\n{s}\n\nPlease accept, Excellency, the assurances of my highest consideration.\n"


def _facts(*paragraphs: str) -> set[tuple[str, str, str]]:
    extraction = extract(LETTER.format(s="\n\n".join(paragraphs)), source_key="letter", registry=shipped_registry())
    return {(key(f.subject), f.relation, key(f.object)) for f in extraction.facts}


@pytest.mark.parametrize(
    "sentence, resolution, session",
    [
        ("I have the honour to refer to General Assembly resolution 89/215 of 20 December 2034, entitled \"Scope of the meeting\", "
         "which the Assembly adopted without a vote at its current, eighty-ninth, session.", "ga/res/89/215", "ga#89"),
        ("I refer to General Assembly resolution 72/301, which the Assembly adopted at its present (seventy-second) session.",
         "ga/res/72/301", "ga#72"),
        ("I refer to Human Rights Council resolution 58/6, which the Council adopted at its current, fifty-eighth, session.",
         "hrc/res/58/6", "hrc#58"),
    ],
)
def test_the_session_set_off_after_current(sentence: str, resolution: str, session: str) -> None:
    assert (resolution, "adoptedAt", session) in _facts(sentence)


def test_the_current_session_without_its_ordinal_names_none() -> None:
    facts = _facts("I refer to General Assembly resolution 89/215, which the Assembly adopted at its current session.")
    assert not any(r == "adoptedAt" for _, r, _ in facts)


ACCOUNT = (
    "I have the honour to refer to General Assembly resolution 89/215. By that resolution, the Assembly decided to convene "
    "a high-level meeting."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly further requested the Secretary-General to submit a progress report; the report requested in "
        "paragraph 7 of the resolution will be issued as A/89/845 by 31 March 2035.",
        "The report requested in paragraph 7 of that resolution has been issued as A/89/845.",
        "The note requested in paragraph 3 of the resolution is issued as document A/89/845.",
    ],
)
def test_a_report_requested_in_a_paragraph_of_the_resolution_issued_as(sentence: str) -> None:
    assert ("A/89/845", "pursuantTo", "ga/res/89/215") in _facts(ACCOUNT + " " + sentence)


def test_a_report_requested_in_the_resolution_after_two_named_is_not_placed() -> None:
    facts = _facts(
        "I refer to General Assembly resolutions 89/215 and 89/216.",
        "The report requested in paragraph 7 of the resolution will be issued as A/89/845.",
    )
    assert not any(s == "A/89/845" and r == "pursuantTo" for s, r, _ in facts)


@pytest.mark.parametrize(
    "sentence, invited",
    [
        ("The United Nations Environment Programme and the Human Rights Council were invited, respectively, to brief Member "
         "States and to contribute to the preparatory process.", {"unep", "hrc"}),
        ("The United Nations Office on Drugs and Crime was also invited to brief Member States.", {"unodc"}),
    ],
)
def test_a_request_told_in_the_past_passive_after_the_account(sentence: str, invited: set[str]) -> None:
    facts = _facts(ACCOUNT + " The Assembly further requested the Secretary-General to submit a progress report. " + sentence)
    assert {("ga/res/89/215", "invites", body) for body in invited} <= facts


def test_the_past_passive_after_no_account_is_no_request() -> None:
    facts = _facts(
        "I refer to General Assembly resolution 89/215.",
        "The consultations will open in February. The United Nations Environment Programme was invited to attend the first meeting.",
    )
    assert ("ga/res/89/215", "invites", "unep") not in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "The report by the Secretary-General on the preparations (A/89/77), prepared pursuant to Human Rights Council "
        "resolution 58/6, will be considered by the Human Rights Council at its sixtieth session, to be held in Geneva.",
        "The report by the Secretary-General on the preparations (A/89/77) will be considered by the Human Rights Council at its sixtieth session.",
        "The note by the Secretariat (A/89/77), submitted in accordance with Human Rights Council resolution 58/6, is to be "
        "considered by the Human Rights Council at its sixtieth session.",
    ],
)
def test_a_paper_named_by_its_symbol_will_be_considered_at_a_session(sentence: str) -> None:
    facts = _facts(sentence)
    assert ("A/89/77", "submittedTo", "hrc#60") in facts
    # the letter itself goes nowhere, and the session is held under no resolution
    assert ("<letter>", "submittedTo", "hrc#60") not in facts
    assert ("hrc#60", "pursuantTo", "hrc/res/58/6") not in facts


def test_the_present_report_will_be_considered_at_a_session() -> None:
    assert ("<letter>", "submittedTo", "hrc#60") in _facts("The present report will be considered by the Human Rights Council at its sixtieth session.")


def test_a_resolution_named_inside_a_quoted_title_is_no_subject() -> None:
    facts = _facts(
        "I wish to inform you that, in accordance with resolution 87/290 of 28 June 2033, entitled \"Review of the implementation "
        "of General Assembly resolution 68/1 on the strengthening of the Economic and Social Council\", by which the Assembly "
        "decided to conduct that review and requested the Secretary-General to submit a report, I have appointed two co-facilitators."
    )
    assert ("ga/res/87/290", "requests", "secretary-general") in facts
    assert ("ga/res/68/1", "requests", "secretary-general") not in facts


def test_the_past_passive_after_an_adoption_alone_is_no_request() -> None:
    # the sentence before tells the adoption, not what the resolution did
    facts = _facts("The Assembly adopted resolution 89/215 on 20 December 2034. The United Nations Environment Programme was invited to comment.")
    assert ("ga/res/89/215", "invites", "unep") not in facts
