"""Two back-references of a report's narrative (E177, from the spent u219):

- "More recently, in its resolution 86/176 of 17 December 2031, the Assembly requested ...": an
  adverb of time set off before the opening phrase "in its resolution", whose instrument is the act
  of the subject named after it (as "In its resolution ..." and "Most recently, in resolution ..."
  were), not of the document's own council;
- "The working group ... owes its creation to resolution 57/15. It held its second session in
  Geneva ...": "It" and a verb of holding, then "its" session: the body the sentence before opened
  on (as "Its first meeting will be held ..." was), not the document's council.

Near misses: no adverb ("In its resolution" already read), an adverb not of time ("Notably, in its
resolution" is left as before), "It held its" after a sentence that opened on no body that holds
sessions."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, NOTE, REFERENCE, key


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE, Path(__file__).resolve().parents[1] / "data" / "numbers_of_the_author_e177.ttl"])


HRC_REPORT = (
    "A/HRC/61/29\nHuman Rights Council\nDistr.: General\n3 August 2032\nSixty-first session\nAgenda item 3\n\n"
    "Report of the United Nations High Commissioner for Human Rights\n\n{s}\n"
)
COMMISSION_NOTE = NOTE + "\n{s}\n"


def facts(frame: str, sentence: str) -> set[tuple[str, str, str]]:
    extraction = extract(frame.format(s=sentence), source_key="t", registry=registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


@pytest.mark.parametrize("frame", [HRC_REPORT, COMMISSION_NOTE], ids=["council-report", "commission-note"])
@pytest.mark.parametrize(
    "sentence, instrument",
    [
        ("4. More recently, in its resolution 76/176 of 17 December 2021, the Assembly called upon all States to act and "
         "requested the Secretary-General to report.", "ga/res/76/176"),
        ("4. Subsequently, by its decision 76/552, the General Assembly requested the Secretary-General to report.", "ga/dec/76/552"),
        ("4. Later, in its resolution 2031/7, the Economic and Social Council requested the Secretary-General to report.",
         "ecosoc/res/2031/7"),
        ("4. In 2031, in its resolution 76/176, the General Assembly requested the Secretary-General to report.", "ga/res/76/176"),
    ],
)
def test_an_adverb_of_time_before_in_its_resolution(frame: str, sentence: str, instrument: str) -> None:
    found = facts(frame, sentence)
    assert ("requests", instrument, "secretary-general") in found
    session, number = instrument.split("/")[2:]
    assert not {s for rel, s, _ in found if rel == "requests" and s.endswith(f"/{session}/{number}") and s != instrument}


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("5. The Committee on Coastal Data owes its origin to resolution 10/2. It held its second session in Geneva "
         "from 8 to 12 March 2032.", "ccr/committee-on-data"),
        ("5. The Forum on Mountain Ecosystems was established in 2025. It will hold its tenth session in Geneva from 8 to 12 "
         "March 2033.", "mountain-forum"),
        ("5. The Forum on Mountain Ecosystems met in Bern. It subsequently convened its ninth session in Geneva from 8 to 12 "
         "March 2032.", "mountain-forum"),
    ],
)
def test_it_held_its_session_is_the_body_the_sentence_before_opened_on(sentence: str, body: str) -> None:
    found = facts(HRC_REPORT, sentence)
    held = {s for rel, s, o in found if rel == "heldIn" and o == "Geneva"}
    assert held and all(s.startswith(f"{body}#") for s in held)


def test_it_held_its_session_after_no_body_that_meets_is_not_lent_to_it() -> None:
    found = facts(HRC_REPORT, "5. Resolution 57/15 was adopted without a vote. It held its second session in Geneva from 8 to 12 March 2032.")
    assert not {s for rel, s, _ in found if rel == "heldIn" and s.startswith("ga")}


# A third back-reference (E177, u219): the document, the subject of an active verb, "answered
# (responded to, met) that request", the request told earlier in the same sentence or the one before.
@pytest.mark.parametrize(
    "sentence",
    [
        "3. The General Assembly, in its resolution 68/167 of 18 December 2013, had earlier asked the High Commissioner to "
        "report on privacy; the first report on the subject (A/HRC/27/37), which answered that request, was before the Council.",
        "3. In its resolution 68/167, the General Assembly requested the Secretary-General to report on privacy, and his "
        "report (A/69/37) responded to the same request.",
        "3. In its resolution 68/167, the General Assembly asked the High Commissioner to report on privacy. The report "
        "(A/HRC/27/37), which had met this request, was before the Council.",
    ],
)
def test_a_report_that_answered_the_request_told_before(sentence: str) -> None:
    pursuant = {(s, o) for rel, s, o in facts(HRC_REPORT, sentence) if rel == "pursuantTo"}
    assert {s for s, o in pursuant if o == "ga/res/68/167"} & {"A/HRC/27/37", "A/69/37"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no request told before the symbol
        "3. In its resolution 68/167, the General Assembly welcomed the report (A/HRC/27/37), which answered that request.",
        # the report answered questions, not a request
        "3. In its resolution 68/167, the General Assembly asked the High Commissioner to report; the report (A/HRC/27/37) "
        "answered most questions.",
    ],
)
def test_no_request_answered_gives_no_mandate(sentence: str) -> None:
    assert not {s for rel, s, _ in facts(HRC_REPORT, sentence) if rel == "pursuantTo" and s == "A/HRC/27/37"}
