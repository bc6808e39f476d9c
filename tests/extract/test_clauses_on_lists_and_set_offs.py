"""Clauses the reader hung on too few things, or lost behind words set off (E200, from u245, u247, u248):

- a relative clause after instruments dated alike and joined by a bare "and" ("its resolutions 86/229
  of 21 December 2031 and 87/231 of 20 December 2032, in which it requested") speaks of each; a title,
  or a comma before the next, still tells one apart (`relate._nearest_of_list`);
- "(A/CN.10/243 and Add.1), prepared in accordance with resolution 88/68": symbols joined in one bracket
  share the mandate the participle after them gives (`relate._mandate_of_the_nearest_document`);
- "Having considered the report of the Secretary-General submitted pursuant to resolution 87/231,1"
  with the symbol in the footnote: the paper the footnote names gets the mandate as well as the session
  (`relate.Reader.considered_paper`);
- "the Office …, which the Assembly had asked in resolution 87/248 to publish …": the instrument between
  the verb and its infinitive, no commas (`rules/relative_mandates._WHICH_THE_ISSUER_ASKED_IN`);
- "was established by the General Assembly at its tenth special session, the first …, as a deliberative
  body …, in paragraph 118 of the Final Document of that session (resolution S-10/2)": appositions set
  off by commas between the establishing body and the instrument (`relate._ESTABLISHED_WHEN_BY`).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry

from tests.support.extraction import BASE, facts as facts_of
from tests.extract.test_footnoted_submissions import _resolution

from .phrasing import facts, in_note, in_resolution, in_sg_report


# ------------------------------------------------------------------ dated lists before "in which"

@pytest.mark.parametrize(
    "sentence",
    [
        "Recalling its resolutions 9/4 of 12 March 2029 and 10/6 of 20 March 2030, in which it requested the Secretariat to report,",
        "Recalling also its resolutions 9/4 of 12 March 2029 and 10/6 of 20 March 2030, by which it requested the Secretariat to report,",
    ],
)
def test_a_dated_list_joined_by_and_shares_the_clause(sentence: str) -> None:
    assert facts(in_resolution(sentence), "requests") == {("ccr/res/9/4", "ccr/secretariat"), ("ccr/res/10/6", "ccr/secretariat")}


def test_a_dated_list_in_a_report_to_the_assembly() -> None:
    told = in_sg_report(
        "The Assembly recalled its resolutions 76/229 of 21 December 2021 and 77/231 of 20 December 2022, in which it "
        "requested the Secretary-General to report.",
        "requests",
    )
    assert told == {("ga/res/76/229", "secretary-general"), ("ga/res/77/231", "secretary-general")}


@pytest.mark.parametrize(
    "sentence",
    [
        'Recalling its resolutions 9/4 of 12 March 2029, entitled "Coasts", and 10/6 of 20 March 2030, in which it requested the Secretariat to report,',
        "Recalling its resolutions 9/4 of 12 March 2029, and 10/6 of 20 March 2030, in which it requested the Secretariat to report,",
    ],
)
def test_a_title_or_a_comma_still_tells_the_first_apart(sentence: str) -> None:
    assert facts(in_resolution(sentence), "requests") == {("ccr/res/10/6", "ccr/secretariat")}


# ------------------------------------------------------------------ symbols joined in one bracket

@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("The Commission had before it a note (A/CN.10/241), submitted pursuant to resolution 78/71; a compilation "
         "(A/CN.10/243 and Add.1), prepared in accordance with resolution 78/68; and a working paper (A/CN.10/2034/WG.I/CRP.2).",
         {"A/CN.10/243", "A/CN.10/243/Add.1"}),
        ("The Commission had before it a note (A/CN.10/241), submitted pursuant to resolution 78/71, and three compilations "
         "(A/CN.10/243, A/CN.10/244 and A/CN.10/245), prepared in accordance with resolution 78/68.",
         {"A/CN.10/243", "A/CN.10/244", "A/CN.10/245"}),
    ],
)
def test_symbols_joined_in_one_bracket_share_the_mandate(sentence: str, joined: set[str]) -> None:
    told = in_sg_report(sentence, "pursuantTo")
    assert {(s, "ga/res/78/68") for s in joined} <= told
    assert ("A/CN.10/241", "ga/res/78/68") not in told and ("A/CN.10/2034/WG.I/CRP.2", "ga/res/78/68") not in told


def test_a_paper_named_apart_keeps_its_own_mandate() -> None:
    told = in_sg_report(
        "The Commission had before it the note (A/CN.10/241) and the study (A/CN.10/242), prepared in accordance with "
        "resolution 78/68, and the letter (A/CN.10/250), submitted pursuant to resolution 78/71.",
        "pursuantTo",
    )
    assert ("A/CN.10/241", "ga/res/78/71") not in told and ("A/CN.10/250", "ga/res/78/68") not in told


# ------------------------------------------------------------------ a considered report named in a footnote

@pytest.fixture(scope="module")
def shipped() -> BodyRegistry:
    return load_registry(BASE)


@pytest.mark.parametrize(
    "preamble",
    [
        "*Having considered* the report of the Secretary-General submitted pursuant to resolution 82/77,1",
        "Having considered the report of the Secretary-General submitted pursuant to resolution\n82/77,1",
        "*Having considered* the report of the Secretary-General,1 prepared in accordance with resolution 82/77,",
    ],
)
def test_the_footnoted_report_considered_gets_its_mandate(shipped: BodyRegistry, preamble: str) -> None:
    text = _resolution(preamble, "1 A/84/156.")
    report = DocumentRef(symbols=("A/84/156",))
    assert (report, InstrumentRef("ga", "resolution", "82", "77")) in facts_of(text, shipped, "pursuantTo")
    assert (report, GatheringRef("ga", "session", 84)) in facts_of(text, shipped, "submittedTo")


def test_a_report_on_an_instrument_has_no_mandate_from_it(shipped: BodyRegistry) -> None:
    text = _resolution("*Having considered* the report of the Secretary-General on the implementation of resolution 82/77,1", "1 A/84/156.")
    assert facts_of(text, shipped, "pursuantTo") == set()


# ------------------------------------------------------------------ "which X had asked in resolution R to"

@pytest.mark.parametrize(
    ("sentence", "relation", "fact"),
    [
        ("The Statistical Commission, which the Assembly had asked in resolution 77/248 to publish statistics, did so in 2024.",
         "requests", ("ga/res/77/248", "ecosoc/statistical-commission")),
        ("The Statistical Commission, which the General Assembly requested in its resolution 77/248 to publish statistics, met.",
         "requests", ("ga/res/77/248", "ecosoc/statistical-commission")),
    ],
)
def test_the_antecedent_is_asked_by_the_instrument_between(sentence: str, relation: str, fact: tuple[str, str]) -> None:
    assert fact in in_sg_report(sentence, relation)


def test_the_antecedent_in_a_commission_note() -> None:
    text = in_note("The Committee on Coastal Data, which the Commission had invited in resolution 11/2 to review its methods, met twice.")
    assert ("ccr/res/11/2", "ccr/committee-on-data") in facts(text, "invites")


@pytest.mark.parametrize(
    "sentence",
    [
        # another issuer than the instrument's: no mandate
        "The Statistical Commission, which the Economic and Social Council had asked in resolution 77/248 to publish statistics, met.",
        # the clause's verb is no request
        "The Statistical Commission, which the Assembly had thanked in resolution 77/248 for its work, met.",
    ],
)
def test_near_misses_ask_the_antecedent_nothing(sentence: str) -> None:
    assert ("ga/res/77/248", "ecosoc/statistical-commission") not in in_sg_report(sentence, "requests", "invites")


# ------------------------------------------------------------------ establishment behind set-off words

@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Disarmament Commission was established by the General Assembly at its tenth special session, the first special "
         "session devoted to disarmament, as a deliberative body and a subsidiary organ of the Assembly, in paragraph 118 of "
         "the Final Document of that session (resolution S-10/2).", ("ga/res/S-10/2", "ga/disarmament-commission")),
        ("The Peacebuilding Commission was established by the General Assembly, as an intergovernmental advisory body, in resolution 60/180.",
         ("ga/res/60/180", "ga/peacebuilding-commission")),
        ("The Peacebuilding Commission was established by the General Assembly at its sixtieth session, as an advisory body, by its "
         "resolution 60/180.", ("ga/res/60/180", "ga/peacebuilding-commission")),
    ],
)
def test_establishment_behind_set_off_words(sentence: str, fact: tuple[str, str]) -> None:
    assert fact in in_sg_report(sentence, "establishes")


def test_establishment_in_a_commission_note() -> None:
    text = in_note("The Committee on Coastal Data was established by the Commission at its ninth session, as a subsidiary body, in resolution 9/3.")
    assert ("ccr/res/9/3", "ccr/committee-on-data") in facts(text, "establishes")


def test_a_later_clause_joined_by_and_establishes_nothing() -> None:
    told = in_sg_report(
        "The Peacebuilding Commission was established by the General Assembly at its sixtieth session, and in resolution 70/262 the "
        "Assembly reviewed its work.",
        "establishes",
    )
    assert ("ga/res/70/262", "ga/peacebuilding-commission") not in told
