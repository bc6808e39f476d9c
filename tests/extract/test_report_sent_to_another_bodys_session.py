"""A body's report on its session, printed under another body's session in the masthead ("General
Assembly / Eighty-sixth session" over "Report of the Peacebuilding Commission on its twenty-sixth
session"): the report is submitted to that session. The report of a body's own session, under its
own session, is of it, not sent to it."""

from __future__ import annotations

from tests.extract.phrasing import SESSION_REPORT, facts

FOR_THE_COMMISSION = (
    "United Nations E/CN.21/2032/7\n\nEconomic and Social Council\n\nDistr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n\nItem 4 of the provisional agenda\n\n"
    "Report of the Committee on Coastal Data on its fifth session\n\n"
    "1. The Committee met in Geneva.\n"
)


def test_another_bodys_report_goes_to_the_masthead_session() -> None:
    assert ("E/CN.21/2032/7", "ccr#13") in facts(FOR_THE_COMMISSION, "submittedTo")
    assert ("E/CN.21/2032/7", "ccr/committee-on-data#5") in facts(FOR_THE_COMMISSION, "reportOf")


def test_a_bodys_own_session_report_is_not_sent_to_that_session() -> None:
    text = SESSION_REPORT + "Requests the Bureau to report;\n"
    assert not {g for d, g in facts(text, "submittedTo") if g == "ccr#12"}
