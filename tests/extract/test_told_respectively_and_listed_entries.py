"""E217: what a Main Committee's report and a functional commission's report chapter tell in ways
the loader missed — gatherings held in several places and on several days told with
"respectively"; a listed document whose entry goes on after its symbol; "the Committee" of a report
of one committee that names another; an adoption day after a bracketed instrument; a list's issuer
past a cited passage ("resolution S-23/2, annex, and resolution S-23/3"); a note printed inside an
instrument whose mark stands before it; a short name read inside a longer one after "a" or "its";
the day of a sitting within a session. All texts invented; near misses give nothing."""

from __future__ import annotations

import pytest

from functools import lru_cache
from pathlib import Path

from tests.extract.phrasing import BASE, facts, in_resolution, in_sg_report, key
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

# the Second Committee, as the unseen set's reference data writes it (the shipped data leaves it optional)
SECOND_COMMITTEE = Path(__file__).resolve().parents[1] / "data" / "unseen" / "second-committee.ttl"


@lru_cache(maxsize=1)
def with_second_committee() -> BodyRegistry:
    return load_registry(BASE, [SECOND_COMMITTEE])


def stated(text: str, relation: str) -> set[tuple[str, str]]:
    ex = extract(text, source_key="test", registry=with_second_committee())
    return {(key(f.subject), key(f.object)) for f in ex.facts if f.relation == relation}


# --------------------------------------------------------------------- held ..., respectively

@pytest.mark.parametrize(
    "sentence, held_in, held_on",
    [
        (
            "The Commission on Narcotic Drugs held its twelfth and thirteenth sessions, held in Vienna and in"
            " Bangkok from 3 to 5 May and from 9 to 11 October 2031, respectively.",
            {("ecosoc/cnd#12", "Vienna"), ("ecosoc/cnd#13", "Bangkok")},
            {("ecosoc/cnd#12", "2031-05-03/2031-05-05"), ("ecosoc/cnd#13", "2031-10-09/2031-10-11")},
        ),
        (
            "The report covers the twelfth and thirteenth sessions of the Commission on Narcotic Drugs, which"
            " took place in Vienna and Nairobi, respectively.",
            {("ecosoc/cnd#12", "Vienna"), ("ecosoc/cnd#13", "Nairobi")},
            set(),
        ),
        (
            "The report covers the twelfth and thirteenth sessions of the Commission on Narcotic Drugs, held in"
            " Vienna from 3 to 5 May 2031 and on 9 October 2031, respectively.",
            {("ecosoc/cnd#12", "Vienna"), ("ecosoc/cnd#13", "Vienna")},
            {("ecosoc/cnd#12", "2031-05-03/2031-05-05"), ("ecosoc/cnd#13", "2031-10-09")},
        ),
    ],
)
def test_each_gathering_gets_its_own_place_and_days(sentence: str, held_in: set, held_on: set) -> None:
    assert in_sg_report(sentence, "heldIn") == held_in
    assert in_sg_report(sentence, "heldOn") == held_on


def test_counts_that_fit_no_gathering_say_nothing_of_each() -> None:
    # three places for two sessions: which is which is not told
    sentence = (
        "The report covers the twelfth and thirteenth sessions of the Commission on Narcotic Drugs, held in"
        " Vienna, Bangkok and Nairobi, respectively."
    )
    assert not any(town == "Nairobi" for _, town in in_sg_report(sentence, "heldIn"))


# --------------------------------------------------------------------- a Main Committee's report

MAIN_COMMITTEE_REPORT = """A/91/512
General Assembly
Distr.: General
20 November 2036
Ninety-first session
Agenda item 71

Report of the Second Committee

1. At its 2nd plenary meeting, on 15 September 2036, the General Assembly, on the recommendation of the General Committee, decided to allocate the item to the Second Committee.

2. For its consideration of the item, the Committee had before it, at its 14th meeting, held on 12 October 2036, the following documents:

(a) Report of the Secretary-General on the work of the Board of Auditors (A/91/220), which covers the thirtieth and thirty-first sessions of the Board, held in New York from 3 to 5 February 2036;

(b) Letter dated 2 October 2036 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General (A/C.2/91/4).

II. Consideration of proposals

3. At its 21st meeting, on 4 November, the Committee had before it a statement submitted by the Secretary-General in accordance with rule 153 of the rules of procedure of the General Assembly (A/C.2/91/L.60).

4. At the same meeting, the Committee had before it a draft resolution (A/C.2/91/L.12).
"""


def test_a_listed_entry_goes_on_after_its_symbol() -> None:
    sent = stated(MAIN_COMMITTEE_REPORT, "submittedTo")
    assert ("A/91/220", "ga/second-committee#14") in sent
    assert ("A/C.2/91/4", "ga/second-committee#14") in sent


def test_the_committee_of_a_committees_report_that_names_another() -> None:
    sent = stated(MAIN_COMMITTEE_REPORT, "submittedTo")
    assert ("A/C.2/91/L.60", "ga/second-committee#21") in sent
    # near miss: a draft before a committee that recommends its texts carries no fact
    assert not any(doc == "A/C.2/91/L.12" for doc, _ in sent)


# --------------------------------------------------------------------- adoption day after a bracket

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Recalling the Final Document of its special session (resolution S-12/2), adopted on 30 June 1982,",
         {("ga/res/S-12/2", "1982-06-30")}),
        ("Recalling the Programme of Action (resolution 80/12), adopted on 3 May 2030, the Assembly requested the Secretary-General to report.",
         {("ga/res/80/12", "2030-05-03")}),
        # near misses: the bracket holds more than the instrument
        ("Recalling the Programme of Action (see resolution 80/12), adopted on 3 May 2030,", set()),
        ("Recalling the Programme (resolution 80/12, annex), adopted on 3 May 2030,", set()),
    ],
)
def test_adoption_day_after_a_bracketed_instrument(sentence: str, expected: set) -> None:
    assert in_sg_report(sentence, "adoptedOn") == expected


# --------------------------------------------------------------------- issuers and notes

def test_a_list_keeps_its_issuer_past_a_cited_passage() -> None:
    text = in_resolution("Recalling General Assembly resolution S-23/2, annex, and resolution S-23/3, annex,")
    assert facts(text, "cites") >= {("ccr/res/12/1", "ga/res/S-23/2"), ("ccr/res/12/1", "ga/res/S-23/3")}
    assert not any(o.startswith("ccr/res/S-") for _, o in facts(text, "cites"))


NOTE_UNDER_THE_NEXT_RESOLUTION = """United Nations E/2031/31-E/CN.21/2031/9

Economic and Social Council

Distr.: General
20 March 2031

Commission on Coastal Resilience
Report on the twelfth session (10–14 March 2031)

Chapter I

Matters calling for action by the Economic and Social Council or brought to its attention

A. Draft resolution recommended for adoption by the Council

1. The Commission recommends to the Council the adoption of the following draft resolution:

The Economic and Social Council,

Recalling the outcome of the special session of the General Assembly,1

1. Requests the Secretary-General to report.

B. Matters brought to its attention

2. The following resolution adopted by the Commission is brought to the attention of the Council:

Resolution 12/1

Strengthening early warning for coastal communities

The Commission on Coastal Resilience,

Recalling its resolution 11/4,2

1 General Assembly resolution S-27/2, annex.
2 See E/2030/31, chap. I.

1. Requests the Secretary-General to report.
"""


def test_a_note_marked_before_the_instrument_is_no_citation_of_it() -> None:
    cites = facts(NOTE_UNDER_THE_NEXT_RESOLUTION, "cites")
    assert ("ccr/res/12/1", "ccr/res/11/4") in cites
    assert ("ccr/res/12/1", "ga/res/S-27/2") not in cites


# --------------------------------------------------------------------- a sitting's day

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The opening meeting of the twelfth session of the Commission on Narcotic Drugs was held on 3 May 2031.", set()),
        ("The Commission on Narcotic Drugs decided to hold the first meeting of its thirteenth session on 14 March 2031.", set()),
        # the session itself
        ("The twelfth session of the Commission on Narcotic Drugs was held on 3 May 2031.", {("ecosoc/cnd#12", "2031-05-03")}),
        # a sitting named, then the session's own days in brackets or a participle: the session's
        (
            "The texts were adopted at the closing meeting of the twelfth session of the Commission on Narcotic Drugs (Vienna, 3-7 May 2031).",
            {("ecosoc/cnd#12", "2031-05-03/2031-05-07")},
        ),
        (
            "The texts were adopted at the final meeting of the twelfth session of the Commission on Narcotic Drugs, held in Vienna from 3 to 7 May 2031.",
            {("ecosoc/cnd#12", "2031-05-03/2031-05-07")},
        ),
    ],
)
def test_the_day_of_a_sitting_is_no_day_of_the_session(sentence: str, expected: set) -> None:
    assert in_sg_report(sentence, "heldOn") == expected
