"""A list of related documents under a page, or of documents consulted in an annex, gives a session
report as a digital library's catalogue titles it: "E/2032/24-E/CN.3/2032/37 — Statistical
Commission: report on the sixty-third session (3-6 March 2032)", its author, a colon, then the session
reported on. The entry's symbol is the report of that session of the author's
(`relate._AUTHOR_THEN_REPORT_ON`, `Reader.authored_report_title`), and the session is the author's,
whatever body the text spoke of before (`resolve._catalogue_author`). An entry that is no report of
the author's own session gives no `reportOf`."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import key, registry, shipped_registry

PAGE = (
    "Resolution 2032/7\n\nResolution adopted by the Economic and Social Council on 10 June 2032\n\n2032/7. Ocean accounts\n\n"
    "The Economic and Social Council,\n\n1. Requests the Secretary-General to report.\n\n21st plenary meeting\n10 June 2032\n\n"
    "Related documents\n{lines}\n"
)
ANNEX = (
    "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\nItem 70 of the provisional agenda\n\n"
    "Report of the Secretary-General\n\n1. The Secretary-General reports on the work.\n\nAnnex\n\nDocuments consulted\n\n{lines}\n"
)


def reports(frame: str, lines: str, with_commission: bool = False) -> set[tuple[str, str]]:
    extraction = extract(frame.format(lines=lines), source_key="test", registry=(registry if with_commission else shipped_registry)())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "reportOf" and key(f.subject) != "A/79/400"}


@pytest.mark.parametrize(
    ("frame", "lines", "expected"),
    [
        (PAGE, "E/2032/24-E/CN.3/2032/37 — Statistical Commission: report on the sixty-third session (3-6 March 2032)",
         {("E/2032/24", "ecosoc/statistical-commission#63")}),
        (PAGE, "E/2032/24 – Statistical Commission: Report on the sixty-third session", {("E/2032/24", "ecosoc/statistical-commission#63")}),
        (ANNEX, "A/79/53 — Human Rights Council: report on the fifty-fifth session", {("A/79/53", "hrc#55")}),
        # two entries, each its own author's session of the same number
        (ANNEX, "E/2032/24 — Commission for Social Development: report on the sixty-third session\n\n"
                "E/2032/26 — Statistical Commission: report on the sixty-third session",
         {("E/2032/24", "ecosoc/csocd#63"), ("E/2032/26", "ecosoc/statistical-commission#63")}),
    ],
)
def test_an_entry_titled_author_colon_report_on_the_session(frame, lines, expected):
    assert reports(frame, lines) == expected


def test_a_body_the_user_describes_on_a_council_page():
    # the session is the Commission's, not the Council's whose page it is
    lines = "E/2031/31 — Commission on Coastal Resilience: report on the twelfth session (10–14 March 2031)"
    assert reports(PAGE, lines, with_commission=True) == {("E/2031/31", "ccr#12")}
    extraction = extract(PAGE.format(lines=lines), source_key="test", registry=registry())
    assert {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "heldOn"} == {("ccr#12", "2031-03-10/2031-03-14")}


@pytest.mark.parametrize(
    ("frame", "lines"),
    [
        (PAGE, "E/2032/25 — Statistical Commission: provisional agenda for the sixty-fourth session"),
        (PAGE, "E/2032/25 — Statistical Commission: report of the Secretary-General on the sixty-fourth session"),
        # the session of another body than the title's author
        (ANNEX, "A/79/400 — General Assembly: report on the fifty-fifth session of the Human Rights Council"),
        (PAGE, "E/2032/L.12 — Draft resolution (English)"),
    ],
)
def test_near_misses_give_no_report(frame, lines):
    assert reports(frame, lines) == set()
