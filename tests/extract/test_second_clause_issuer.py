"""A mandate verb in a second clause whose subject is a body with its own citation (E74), on
invented text: "The Commission took note of resolution 12/3, and the Human Rights Council, in
resolution 55/20, requested the Committee on Coastal Data to ..." gives the Council's request,
as the same clause opening the sentence did (E73). Before, only the sentence's first instrument
could stand for an opening ("The Council, in resolution 55/20, requested"), so the second
clause's verb had no instrument; "by its resolution" was read, a bare number was not.
"""

from __future__ import annotations

import pytest

from tests.extract.test_issuer_beside_a_citation import report
from tests.extract.phrasing import facts

ISSUERS = [
    ("the Human Rights Council", "resolution 55/20", "hrc/res/55/20"),
    ("the General Assembly", "resolution 80/5", "ga/res/80/5"),
    ("the Economic and Social Council", "decision 2031/4", "ecosoc/dec/2031/4"),
    ("the World Coastal Congress", "resolution 29/3", "wcc/res/29/3"),
]
FIRST_CLAUSES = [
    "The Commission took note of resolution 12/3",
    "The Bureau recalled decision 11/2 on the work programme",
]
SECOND_CLAUSES = [
    ", and {body}, in {cited}, {verb} the Committee on Coastal Data to {task}.",
    ", and then {body}, in {cited}, {verb} the Committee on Coastal Data to {task}.",
    "; {body}, by {cited}, {verb} the Committee on Coastal Data to {task}.",
    ", while {body}, through {cited} of 4 April 2031, also {verb} the Committee on Coastal Data to {task}.",
    "; and {body}, under {cited}, further {verb} the Committee on Coastal Data and the secretariat to {task}.",
]
VERBS = [
    ("requested", "requests", "report on tide gauges"),
    ("invited", "invites", "share its data on sea levels"),
    ("encouraged", "encourages", "publish its findings"),
]


@pytest.mark.parametrize(("body", "cited", "instrument"), ISSUERS)
@pytest.mark.parametrize("first", FIRST_CLAUSES)
@pytest.mark.parametrize("second", SECOND_CLAUSES)
@pytest.mark.parametrize(("verb", "relation", "task"), VERBS)
def test_the_second_clause_verb_is_its_issuers_instrument(
    body: str, cited: str, instrument: str, first: str, second: str, verb: str, relation: str, task: str
) -> None:
    text = report(
        "The Commission held its twelfth session in Geneva from 3 to 7 March 2031.",
        first + second.format(body=body, cited=cited, verb=verb, task=task),
    )
    assert ("E/CN.21/2031/9", instrument) in facts(text, "mentions")
    assert (instrument, "ccr/committee-on-data") in facts(text, relation)
    # the first clause's instrument asks nothing
    assert not any(pair[0].startswith("ccr/") for pair in facts(text, relation))
