"""The symbol a report named before "would be issued as" once adopted: "Mr. X introduced the
draft annual report of the Commission covering its tenth, eleventh and twelfth sessions (X).
Once adopted, the report would be issued as A/86/44": A/86/44 is the report of each session the
draft covers (a draft and its issued version are two documents, each the report of them)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

COVERING = "Mr. Haddad introduced the draft annual report of the Commission covering its tenth, eleventh and twelfth sessions (E/CN.21/2031/L.1)."


@pytest.mark.parametrize(
    "issued",
    [
        "Once adopted, the report would be issued as A/86/44 and would be submitted to the General Assembly.",
        "When adopted, the report will be issued as A/86/44.",
        "The final report will be issued as A/86/44.",
    ],
)
def test_the_issued_symbol_reports_each_session_covered(issued: str) -> None:
    text = in_note(f"{COVERING} {issued}")
    assert {("A/86/44", f"ccr#{n}") for n in (10, 11, 12)} <= facts(text, "reportOf")
    assert {("E/CN.21/2031/L.1", f"ccr#{n}") for n in (10, 11, 12)} <= facts(text, "reportOf")


def test_no_report_named_before() -> None:
    text = in_note("The Commission discussed its methods of work. Once adopted, the report would be issued as A/86/44.")
    assert not {s for s, _ in facts(text, "reportOf") if s == "A/86/44"}


def test_another_paragraph_is_another_report() -> None:
    # the report said of in the paragraph before is not the one this paragraph's sentence issues
    text = in_note(COVERING, "The Commission took note of the Bureau's work. The report will be issued as A/86/45.")
    assert not {s for s, _ in facts(text, "reportOf") if s == "A/86/45"}
