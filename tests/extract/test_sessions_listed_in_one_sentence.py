"""Sessions listed in one sentence in the past simple (E295): "The Preparatory Committee held three
sessions: the first in Vienna from …, the second in Geneva from … and the third at Headquarters in
New York from …" — each ordinal is a gathering of the subject, with its place and its days, when the
members span more than one year (a body's series, as in the perfect of E258's
`test_counted_sessions_and_deadlines.py`).

Near misses: a count whose members fall in one year ("held two meetings: the first in Bonn on 4 May
2031, the second in Lima on 8 June 2031" may be that year's meetings), a future, a stranger
described in lower case, the Secretary-General, who holds no sessions. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

_MASTHEAD = {("ccr#13", "New York"), ("ccr#13", "2032-03-08/2032-03-12")}
_DATA = "ccr/committee-on-data"
_GROUP = "ccr/wg-early-warning"


@pytest.mark.parametrize(
    ("sentence", "held_in", "held_on"),
    [
        (
            "The Committee on Coastal Data held three sessions: the first in Vienna from 2 to 13 May 2033, the second in Geneva "
            "from 24 April to 5 May 2034 and the third at United Nations Headquarters in New York from 27 April to 8 May 2035.",
            {(f"{_DATA}#1", "Vienna"), (f"{_DATA}#2", "Geneva"), (f"{_DATA}#3", "New York")},
            {(f"{_DATA}#1", "2033-05-02/2033-05-13"), (f"{_DATA}#2", "2034-04-24/2034-05-05"), (f"{_DATA}#3", "2035-04-27/2035-05-08")},
        ),
        (
            "The Working Group on Early Warning Systems convened four meetings: the first in Manila on 4 May 2031; the second in "
            "Apia on 3 November 2031; the third in Suva on 2 March 2032; and the fourth in Nadi on 5 May 2033.",
            {(f"{_GROUP}#1", "Manila"), (f"{_GROUP}#2", "Apia"), (f"{_GROUP}#3", "Suva"), (f"{_GROUP}#4", "Nadi")},
            {(f"{_GROUP}#1", "2031-05-04"), (f"{_GROUP}#2", "2031-11-03"), (f"{_GROUP}#3", "2032-03-02"), (f"{_GROUP}#4", "2033-05-05")},
        ),
        (
            "During the period under review the Committee on Coastal Data held two sessions, the first in Bonn in May 2031 and "
            "the second in Lima in June 2032.",
            {(f"{_DATA}#1", "Bonn"), (f"{_DATA}#2", "Lima")},
            set(),
        ),
    ],
)
def test_sessions_listed_in_the_past_simple(sentence: str, held_in: set[tuple[str, str]], held_on: set[tuple[str, str]]) -> None:
    text = in_note(sentence)
    assert facts(text, "heldIn") - _MASTHEAD == held_in
    assert facts(text, "heldOn") - _MASTHEAD == held_on


@pytest.mark.parametrize(
    "sentence",
    [
        "The Working Group held two meetings: the first in Bonn on 4 and 5 May 2031, the second in Lima on 8 June 2031.",
        "The Committee on Coastal Data held two sessions: the first in Bonn in May 2031 and the second in Lima in December.",
        "The Committee on Coastal Data will hold two sessions: the first in Bonn in May 2033 and the second in Lima in June 2034.",
        "An expert group on tidal gauges held two meetings: the first in Bonn in May 2031, the second in Lima in June 2032.",
        "The Secretary-General convened two meetings: the first in Bonn in May 2031, the second in Lima in June 2032.",
    ],
)
def test_no_series_listed(sentence: str) -> None:
    text = in_note(sentence)
    assert (facts(text, "heldIn") | facts(text, "heldOn")) - _MASTHEAD == set()
