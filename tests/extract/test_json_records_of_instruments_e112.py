"""A documents database's JSON export of records (E112): a list of records, each a symbol, a kind
("type": "resolution"), a title, a session written as the symbols write it ("RC12"), an adoption
day in a machine's form ("2031-09-05", "26/09/2031") and the instrument's text in one string
("The Regional Committee, Recalling ...; 1. ADOPTS ...; 2. REQUESTS ..."). A record of an
instrument reads as a compilation prints it: "Resolution <symbol>" as its heading, its title,
its fields, then its text, a paragraph for each recital and numbered paragraph; a record of a
report or an agenda ends the instrument's text above it. Minified, pretty-printed with lists
inline or one value a line, or JSON Lines: the same facts. Invented committee
(tests/data/qualified_siblings.ttl: resolutions "AND/RC{session}/R{number}")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "qualified_siblings.ttl")

COMMITTEE = "wso/andes/regional-committee"
RECORDS = [
    {
        "symbol": "AND/RC12/R1",
        "type": "resolution",
        "title": "Regional strategy for soil health 2032\u20132040",
        "body": "Regional Committee for the Andes",
        "session": "RC12",
        "adopted": "2031-09-05",
        "text": "The Regional Committee, Recalling resolution AND/RC10/R2; Having considered the report of the Regional Director;"
        " 1. ADOPTS the regional strategy; 2. DECIDES to establish a regional expert panel on soil carbon;"
        " 3. REQUESTS the Regional Director to convene the panel and to report to the Regional Committee at its thirteenth session.",
        "related": ["AND/RC12/5", "AND/RC12/R2"],
    },
    {
        "symbol": "AND/RC12/R2",
        "type": "resolution",
        "title": "Terraced farming",
        "body": "Regional Committee for the Andes",
        "session": "RC12",
        "adopted": "26/09/2031",
        "text": "The Regional Committee, Recalling resolution AND/RC12/R1; 1. URGES Member States to act; 2. INVITES the Regional Director to report.",
        "related": [],
    },
    {
        "symbol": "AND/RC12/5",
        "type": "report",
        "title": "Soil health: report of the Secretariat",
        "body": "Regional Committee for the Andes",
        "session": "RC12",
        "date": "2031-06-20",
        "text": "This report, prepared pursuant to resolution AND/RC9/R4, is before the Regional Committee.",
        "related": [],
    },
]
EXPORT = {"export": "records matching \"RC12\"", "count": 3, "records": RECORDS}
R1, R2 = f"{COMMITTEE}/res/12/1", f"{COMMITTEE}/res/12/2"
SESSION = f"{COMMITTEE}#12"


def inline_lists(value: object) -> str:
    """Pretty-printed, a list of strings on one line (as the export in the unseen set is)."""
    text = json.dumps(value, indent=2, ensure_ascii=True)
    return text.replace('[\n        "AND/RC12/5",\n        "AND/RC12/R2"\n      ]', '["AND/RC12/5", "AND/RC12/R2"]')


LAYOUTS = {
    "minified": lambda records: json.dumps({**EXPORT, "records": records}),
    "pretty, lists inline": lambda records: inline_lists({**EXPORT, "records": records}),
    "one value a line": lambda records: json.dumps({**EXPORT, "records": records}, indent=4),
    "json lines": lambda records: "\n".join(json.dumps(r) for r in records) + "\n",
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_record_of_a_resolution_reads_as_the_resolution(layout: str) -> None:
    found = facts(LAYOUTS[layout](RECORDS))
    assert ("title", R1, "Regional strategy for soil health 2032\u20132040") in found
    assert ("title", R2, "Terraced farming") in found
    assert ("cites", R1, f"{COMMITTEE}/res/10/2") in found
    assert ("cites", R2, R1) in found
    assert ("requests", R1, "wso/andes/regional-director") in found
    assert any(rel == "establishes" and s == R1 for rel, s, _ in found)


@pytest.mark.parametrize("layout", ["minified", "pretty, lists inline", "one value a line"])
def test_its_session_and_adoption_fields_say_where_and_when_it_was_adopted(layout: str) -> None:
    found = facts(LAYOUTS[layout](RECORDS))
    assert ("adoptedAt", R1, SESSION) in found and ("adoptedAt", R2, SESSION) in found
    assert ("adoptedOn", R1, "2031-09-05") in found
    assert ("adoptedOn", R2, "2031-09-26") in found


@pytest.mark.parametrize("layout", ["minified", "pretty, lists inline"])
def test_a_record_of_a_report_ends_the_resolutions_text(layout: str) -> None:
    # the report's mandate is no citation of the resolution above it
    found = facts(LAYOUTS[layout](RECORDS[1:]))
    assert not [f for f in found if f[0] == "cites" and f[2] == f"{COMMITTEE}/res/9/4"]


@pytest.mark.parametrize(
    ("session", "adopted"),
    [("EB12", "2031-09-05"), ("RC12", "05/09/2031"), ("RC 12th", "5 Sept")],
)
def test_a_session_in_other_letters_or_a_day_that_may_be_the_month_is_not_read(session: str, adopted: str) -> None:
    # near misses: "EB12" is not the letters the committee's symbols write before the session;
    # "05/09/2031" may be 9 May as an export from elsewhere writes it
    record = {**RECORDS[0], "session": session, "adopted": adopted}
    found = facts(json.dumps({**EXPORT, "records": [record, RECORDS[1]]}))
    assert (("adoptedAt", R1, SESSION) in found) == (session == "RC12")
    assert (("adoptedOn", R1, "2031-09-05") in found) == (adopted == "2031-09-05")
    assert ("adoptedOn", R1, "2031-05-09") not in found


def test_records_of_other_kinds_get_no_heading() -> None:
    # a list of reports only: their text is read, no instrument is made of them
    found = facts(json.dumps({**EXPORT, "records": [RECORDS[2], {**RECORDS[2], "symbol": "AND/RC12/6", "type": "agenda"}]}))
    assert not [f for f in found if f[0] in ("title", "adoptedAt", "adoptedOn")]


@pytest.mark.parametrize("layout", ["minified", "pretty, lists inline", "one value a line"])
def test_this_report_in_a_records_text_is_the_records_document(layout: str) -> None:
    found = facts(LAYOUTS[layout](RECORDS))
    assert ("pursuantTo", "AND/RC12/5", f"{COMMITTEE}/res/9/4") in found
    assert not [f for f in found if f[0] == "pursuantTo" and f[1] != "AND/RC12/5"]


@pytest.mark.parametrize(
    "text",
    [
        "The Regional Committee REQUESTS the Regional Director to report on the plan.",
        "The Regional Committee ALSO REQUESTS the Regional Director to report on the plan.",
        "The WSO Regional Committee for the Andes DECIDES to hold its thirteenth session in Lima; further REQUESTS the Regional Director to report on the plan.",
    ],
)
def test_a_text_of_one_paragraph_with_its_verb_in_capitals_is_operative(text: str) -> None:
    record = {**RECORDS[1], "text": text}
    found = facts(json.dumps({**EXPORT, "records": [record]}))
    assert ("requests", R2, "wso/andes/regional-director") in found


def test_a_text_opening_with_the_body_and_a_comma_is_no_operative_paragraph() -> None:
    # near miss: "The Regional Committee, Recalling ..." is the preamble's opener, asks no one
    record = {**RECORDS[1], "text": "The Regional Committee, Recalling that the Regional Director REQUESTS no report; Noting the plan"}
    found = facts(json.dumps({**EXPORT, "records": [record]}))
    assert ("requests", R2, "wso/andes/regional-director") not in found
