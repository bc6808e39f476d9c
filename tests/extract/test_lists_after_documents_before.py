"""The annex of a session's report that lists the documents before it ("Documents before the
Commission at its reconvened seventy-sixth session", a table "Symbol | Agenda item | Title"),
read as a web page prints it (E185):

- a draft resolution or decision among its rows ("E/CN.7/2033/L.19 | 3 (b) | Draft resolution") is a
  text the session acts on, not a document submitted to it: no `submittedTo` (u131's drafts, u228); a
  draft report listed stays (u80);
- the page's "Related documents" list after it is no row of that annex: its reports are the reports
  of their sessions, not documents before the session the annex names."""

from __future__ import annotations

from .phrasing import extracted_with

extracted = extracted_with()

PAGE = (
    "Skip to main content\n"
    "Commission on Coastal Resilience\n"
    "Report on the reconvened twelfth session (7 and 8 December 2031)\n"
    "E/2031/31/Add.1-E/CN.21/2031/9/Add.1\n\n"
    "1. The Commission on Coastal Resilience held its reconvened twelfth session in Geneva on 7 and 8 December 2031.\n"
    "2. The Commission had before it the documents listed in the annex.\n\n"
    "Annex\n"
    "{heading}\n"
    "Symbol\tAgenda item\tTitle\n"
    "E/CN.21/2031/10\t3\tReport of the Executive Secretary on the budget\n"
    "E/CN.21/2031/L.1\t4\tDraft report\n"
    "E/CN.21/2031/L.4\t3\tDraft resolution\n"
    "E/CN.21/2031/L.5\t3\tRevised draft decision (withdrawn)\n\n"
    "Related documents\n"
    "Report on the twelfth session (E/2031/31-E/CN.21/2031/9)\n"
    "Report of the Committee on Coastal Data on its third meeting (E/CN.21/2031/12)\n"
    "Terms of use\tPrivacy notice\n"
)


def submitted(heading: str) -> set[str]:
    return {s for r, s, o in extracted(PAGE.format(heading=heading)) if r == "submittedTo" and o == "ccr#12"}


def test_the_annex_rows_but_drafts_of_instruments():
    for heading in (
        "Documents before the Commission at its reconvened twelfth session",
        "Documents before the Commission at its twelfth session",
    ):
        found = submitted(heading)
        assert {"E/CN.21/2031/10", "E/CN.21/2031/L.1"} <= found
        assert not found & {"E/CN.21/2031/L.4", "E/CN.21/2031/L.5"}


def test_related_documents_are_no_rows_of_the_annex():
    facts = extracted(PAGE.format(heading="Documents before the Commission at its reconvened twelfth session"))
    assert not [f for f in facts if f[0] == "submittedTo" and f[1] in ("E/2031/31", "E/CN.21/2031/12")]
    assert ("reportOf", "E/2031/31", "ccr#12") in facts
