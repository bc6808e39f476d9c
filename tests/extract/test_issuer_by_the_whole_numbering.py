"""E191: the issuer of a bare number read against the whole document; the subject before a relative
clause set off by commas.

- A bare "resolution 60/124" in a document of the Economic and Social Council is read as the default
  issuer's when nothing said otherwise so far. Once the whole document is read, if the default issuer's
  numbers it names are all of the other shape ("the Council, in its resolution 2031/9": a year) and one
  other body's numbers are of this shape ("General Assembly resolution 86/124"), the number is that
  body's: E155's reading of the number's shape, with the evidence of the whole text rather than of the
  part before the number.
- "The Fund, which the Office manages, was instituted by resolution 60/124": the passive's subject is
  the name before the relative clause set off by commas, not the name inside it.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import facts, in_note, key, shipped_registry

# A report of the Secretary-General under the Council's symbol: bare numbers are the Council's by default
_ECOSOC_REPORT = (
    "E/2032/50\nEconomic and Social Council\nDistr.: General\n3 May 2032\nOriginal: English\n\n2032 session\n"
    "Item 9 of the provisional agenda\n\nCoordination of humanitarian assistance\n\nReport of the Secretary-General\n\n"
)


def _facts(*paragraphs: str) -> set[tuple[str, str, str]]:
    text = _ECOSOC_REPORT + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


_COUNCIL_BY_YEAR = "The Council, in its resolution 2031/9 of 23 June 2031, requested the Secretary-General to report annually."
_ASSEMBLY_BY_SESSION = "In its resolution 86/124, the General Assembly requested the Secretary-General to report to it at its eighty-seventh session."


@pytest.mark.parametrize("first", [
    "The coastal emergency fund was instituted by resolution 60/124 of 15 December 2005.",
    "Resolution 60/124 of 15 December 2005 set out the arrangements for the pooled funds.",
    "The present report describes the follow-up to resolution 60/124 of 15 December 2005.",
])
@pytest.mark.parametrize("later", [
    (_COUNCIL_BY_YEAR, _ASSEMBLY_BY_SESSION),
    (_ASSEMBLY_BY_SESSION, "By its resolution 2030/5, the Economic and Social Council requested the Secretary-General to report."),
])
def test_a_bare_number_of_the_other_bodys_shape_is_that_bodys(first: str, later: tuple[str, str]) -> None:
    found = _facts(first, *later)
    assert ("adoptedOn", "ga/res/60/124", "2005-12-15") in found
    assert not any("ecosoc/res/60/124" in (s, o) for _, s, o in found)


def test_a_number_read_after_the_evidence_was_read_already_so() -> None:
    found = _facts(_COUNCIL_BY_YEAR, _ASSEMBLY_BY_SESSION, "The fund was instituted by resolution 60/124 of 15 December 2005.")
    assert ("adoptedOn", "ga/res/60/124", "2005-12-15") in found


@pytest.mark.parametrize("later", [
    # no later number of either body: the default stands
    ("The Office reported on the work of the fund in 2031.",),
    # the Council's own numbers shown in both shapes: nothing says the number is not its own
    (_COUNCIL_BY_YEAR, _ASSEMBLY_BY_SESSION, "The Council, in its resolution 44/3, set up the coordination segment."),
    # the Assembly's numbers not shown: nobody else's shape fits
    (_COUNCIL_BY_YEAR,),
])
def test_the_default_stands_without_the_whole_documents_evidence(later: tuple[str, ...]) -> None:
    found = _facts("The fund was instituted by resolution 60/124 of 15 December 2005.", *later)
    assert ("adoptedOn", "ecosoc/res/60/124", "2005-12-15") in found


def test_a_year_numbered_bare_number_in_a_commissions_note_is_the_councils() -> None:
    # the other way round: the commission numbers by session ("its resolution 11/2"), the Council by
    # year, and the bare "resolution 2030/4" read first is the Council's
    text = in_note(
        "Resolution 2030/4 of 20 July 2030 set out the arrangements for coastal data.",
        "The Commission, in its resolution 11/2, requested the Secretariat to prepare the present note. "
        "The Economic and Social Council, in its resolution 2031/7, encouraged the Commission to continue its work.",
    )
    adopted = facts(text, "adoptedOn")
    assert ("ecosoc/res/2030/4", "2030-07-20") in adopted
    assert ("ccr/res/2030/4", "2030-07-20") not in adopted


# ---------------------------------------------------------------- the subject before a relative clause


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Working Group on Early Warning Systems, which the Secretariat services, was established by Commission "
     "resolution 11/2.", "ccr/wg-early-warning"),
    ("The Committee on Coastal Data, whose members the Bureau appoints, has been established "
     "by Commission resolution 11/2.", "ccr/committee-on-data"),
    ("The Working Group on Early Warning Systems, which reports to the Bureau, was originally established by "
     "Commission resolution 11/2.", "ccr/wg-early-warning"),
])
def test_the_passive_subject_stands_before_the_relative_clause(sentence: str, expected: str) -> None:
    established = facts(in_note(sentence), "establishes")
    assert ("ccr/res/11/2", expected) in established
    assert not any(body in ("ccr/secretariat", "ecosoc/statistical-commission", "ccr/bureau") for _, body in established)


def test_a_subject_right_before_the_verb_is_still_read() -> None:
    # no relative clause: the body right before the passive
    established = facts(in_note("The Committee on Coastal Data was established by Commission resolution 11/2."), "establishes")
    assert ("ccr/res/11/2", "ccr/committee-on-data") in established
