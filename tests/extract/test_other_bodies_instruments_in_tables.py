"""A table in one body's paper listing other bodies' instruments by their document symbol ("A/RES/86/187",
"E/RES/2031/5", "A/HRC/RES/52/1") with the title beside it or stacked under it in the cell
("A/RES/86/187<br>*Title*"): each row gives the series' body its instrument's title and adoption day.
Before, a table's symbol was read for the document's own body only (`relate.Reader.own_instrument_symbol`,
E74), and E167's symbols of other series only in running text. A document's symbol, a symbol of a series
the reference data does not know, or a cell holding more than the symbol give no instrument."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note

LEAD = "The following resolutions of other bodies concern the work of the Commission:\n\n"
ROWS = [
    ("A/RES/86/187", "Oceans and the law of the sea", "ga/res/86/187", "2031-12-19"),
    ("E/RES/2031/5", "Coastal data for all", "ecosoc/res/2031/5", "2031-07-20"),
    ("A/HRC/RES/52/1", "Human rights and the coasts", "hrc/res/52/1", "2031-04-03"),
]
DAYS = {"2031-12-19": ("19 December 2031", "19/12/2031"), "2031-07-20": ("20 July 2031", "20/07/2031"), "2031-04-03": ("3 April 2031", "03/04/2031")}


def beside(header: str, numeric: bool) -> str:
    rows = "".join(f"| {s} | {t} | {DAYS[d][numeric]} |\n" for s, t, _, d in ROWS)
    return f"| {header} | Title | Adopted on |\n|---|---|---|\n" + rows


def stacked(header: str, numeric: bool, markup: str) -> str:
    rows = "".join(f"| {s}{markup.format(t=t)} | {DAYS[d][numeric]} |\n" for s, t, _, d in ROWS)
    return f"| {header} | Date of adoption |\n|---|---|\n" + rows


TABLES = [
    *(beside(h, n) for h in ("Symbol", "Resolution", "No.") for n in (0, 1)),
    *(stacked(h, n, m) for h in ("Symbol", "Resolution") for n in (0, 1) for m in ("<br>{t}", "<br>*{t}*", "<br/><em>{t}</em>")),
]


@pytest.mark.parametrize("table", TABLES)
def test_each_row_gives_the_series_body_its_title_and_day(table):
    text = in_note(LEAD + table)
    titles, days = facts(text, "title"), facts(text, "adoptedOn")
    for _, title, key, day in ROWS:
        assert (key, title) in titles
        assert (key, day) in days
    # none is the Commission's
    assert not any(subject.startswith("ccr/") for subject, _ in titles | days)


@pytest.mark.parametrize(
    "row",
    [
        # a report's symbol is no instrument
        "| A/86/187 | Oceans and the law of the sea | 19 December 2031 |",
        # a series the reference data does not know
        "| XYZ/RES/86/187 | Oceans and the law of the sea | 19 December 2031 |",
        # more than the symbol in the cell
        "| See A/RES/86/187 and annex | Oceans and the law of the sea | 19 December 2031 |",
    ],
)
def test_near_misses_give_no_title(row):
    text = in_note(LEAD + "| Symbol | Title | Adopted on |\n|---|---|---|\n" + row + "\n")
    assert not any(title == "Oceans and the law of the sea" for _, title in facts(text, "title"))
