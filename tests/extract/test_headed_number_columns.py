"""A table of decisions that `pdftotext -layout` aligns with spaces, its number column headed
"No.", "Number", "Symbol" or "Decision No." rather than by the instruments' kind (E74), on
invented text: each row gives the instrument's title and adoption day, when every cell of the
column is an instrument number ("12/1") or a symbol of the document's own body
("E/CN.21/DEC/12/1"), the kind told by the lead-in ("adopted the following decisions:") or by
the symbol. Before, only a header naming the kind ("Decision") made the table one of decisions
(E72). A table of documents in the same report ("Symbol  Title  Agenda item", a report's symbol
and title, no instrument) stays a list of documents, and a column of another body's resolutions
("A/RES/80/5") gives the report's body none (E168: it gives the Assembly its titles and days).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

TITLES = ["Tide gauges", "Coastal data and early warning networks", "Dates and venue of the thirteenth session"]
DAYS = [("9 March 2031", "2031-03-09"), ("10 March 2031", "2031-03-10"), ("11 March 2031", "2031-03-11")]
OTHERS = [
    ("A/RES/80/5", "Oceans and the law of the sea", "5 December 2025"),
    ("A/RES/80/6", "Sustainable fisheries", "5 December 2025"),
    ("A/RES/80/7", "Coastal zone management", "8 December 2025"),
]
DOCUMENTS = [
    ("E/CN.21/2031/1", "Provisional agenda and annotations", "2"),
    ("E/CN.21/2031/4", "Report of the Secretary-General on tide gauges", "3"),
    ("E/CN.21/2031/6", "Note by the secretariat on coastal data", "4"),
]


def aligned(indent: int, header: tuple[str, str, str], rows: list[tuple[str, str, str]], gap: int) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) + gap for i in range(2)]
    return "\n".join(
        " " * indent + f"{a:<{widths[0]}}{b:<{widths[1]}}{c}" for a, b, c in [header, *rows]
    )


def report(number_header: str, numbers: list[str], lead: str, indent: int, gap: int) -> str:
    decisions = aligned(indent, (number_header, "Title", "Adopted on"), [
        (n, t, d) for n, t, (d, _) in zip(numbers, TITLES, DAYS)
    ], gap)
    documents = aligned(indent, ("Symbol", "Title", "Agenda item"), DOCUMENTS, gap)
    others = aligned(indent, (number_header, "Title", "Adopted on"), OTHERS, gap)
    return (
        "                                                                        E/CN.21/2031/9\n"
        "Commission on Coastal Resilience\n\n"
        "                    Report of the Commission on Coastal Resilience on its twelfth session\n\n"
        "        II. Outcome of the session\n\n"
        f"          4.    {lead}\n\n"
        f"{decisions}\n\n"
        "          5.    The Commission took note of the following resolutions of the General Assembly:\n\n"
        f"{others}\n\n"
        "          6.    The Commission closed its twelfth session on 11 March 2031.\n\n"
        "        Annex\n\n"
        "        List of documents before the Commission at its twelfth session\n\n"
        f"{documents}\n"
    )


@pytest.mark.parametrize(("number_header", "numbers", "kind"), [
    *((header, ["12/1", "12/2", "12/3"], "dec") for header in ("No.", "Number", "Symbol")),
    *((header, ["E/CN.21/DEC/12/1", "E/CN.21/DEC/12/2", "E/CN.21/DEC/12/3"], "dec") for header in ("No.", "Symbol", "Decision No.")),
    *((header, ["E/CN.21/RES/12/1", "E/CN.21/RES/12/2", "E/CN.21/RES/12/3"], "res") for header in ("Number", "Symbol", "Resolution No.")),
])
@pytest.mark.parametrize(("lead", "indent", "gap"), [
    ("The Commission adopted the following decisions:", 16, 4),
    ("At its 9th to 11th meetings, the Commission adopted the decisions listed below.", 4, 6),
    ("The decisions adopted by the Commission at its twelfth session are listed below:", 10, 3),
])
def test_a_number_column_headed_no_or_symbol_gives_the_decisions(
    number_header: str, numbers: list[str], kind: str, lead: str, indent: int, gap: int
) -> None:
    if kind == "res":
        lead = lead.replace("decisions", "resolutions")
    text = report(number_header, numbers, lead, indent, gap)
    titles, days = facts(text, "title"), facts(text, "adoptedOn")
    for n, (title, (_, day)) in enumerate(zip(TITLES, DAYS), 1):
        assert (f"ccr/{kind}/12/{n}", title) in titles
        assert (f"ccr/{kind}/12/{n}", day) in days
    # the table of documents is no table of decisions: no instrument gets a document's title;
    # the General Assembly's resolutions are none of the Commission's, but the Assembly's own
    # (the series' body, as running text reads "A/RES/80/5", E168)
    assert not any(title == row[1] for _, title in titles for row in DOCUMENTS)
    assert not any(subject.startswith("ccr/") and "/80/" in subject for subject, _ in titles | days)
    for symbol, title, _ in OTHERS:
        assert (f"ga/res/80/{symbol.rsplit('/', 1)[1]}", title) in titles
