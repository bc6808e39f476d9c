""""Having considered the report of the Committee on Coastal Data on its second session (X)" in the
preamble of a resolution printed in the report on its issuer's session: X was before that session
(`submittedTo`), as a report that names no gathering is; the gathering the report is of is no
other session. A sentence naming another gathering besides ("... and the outcome of the second
session of the Committee") still sends nothing: which session had the report is not said."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

CONSIDERED = [
    ("Having considered the report of the Committee on Coastal Data on its second session (E/CN.21/CD/2031/2),", "E/CN.21/CD/2031/2"),
    ("Having examined the report of the Working Group on Early Warning Systems on its ninth meeting (E/CN.21/2031/7),", "E/CN.21/2031/7"),
    ("Having considered the report of the Secretary-General (E/CN.21/2031/3),", "E/CN.21/2031/3"),
]


@pytest.mark.parametrize("recital, document", CONSIDERED)
def test_a_report_on_a_gathering_considered_at_the_session(recital: str, document: str) -> None:
    assert (document, "ccr#12") in facts(in_resolution(recital), "submittedTo")


def test_another_gathering_named_besides_sends_nothing() -> None:
    recital = "Having considered the report of the Secretary-General (E/CN.21/2031/3) and the outcome of the second session of the Committee on Coastal Data,"
    assert not {s for s, o in facts(in_resolution(recital), "submittedTo") if s == "E/CN.21/2031/3"}
