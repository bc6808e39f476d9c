"""submitted_to (E89): "Having examined the report of the 125th Session of the Committee on … (X)" in
the preamble of a resolution printed in the report on its issuer's session names the reported
session right after "the report of", before the body: the report was before the issuer's session,
as "the report of the Committee on its fourth session (X)" was already. Invented bodies
(tests/data/phrasing.ttl)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

DOC = "E/CN.21/2031/5"


@pytest.mark.parametrize(
    "preamble",
    [
        "Having examined the report of the 4th Session of the Committee on Coastal Data ({doc}),",
        "Having considered the report of the fourth session of the Committee on Coastal Data ({doc}),",
        "Having considered the report of the Fourth Session of the Committee on Coastal Data ({doc}) and the comments made,",
        "Having examined the report of the Committee on Coastal Data on its fourth session ({doc}),",
    ],
)
def test_the_report_of_a_session_named_first_was_before_the_issuers_session(preamble: str) -> None:
    text = SESSION_REPORT + preamble.format(doc=DOC) + "\n\n1. Requests the Executive Secretary to report.\n"
    assert (DOC, "ccr#12") in facts(text, "submittedTo")
    assert (DOC, "ccr/committee-on-data#4") in facts(text, "reportOf")
