"""An oversight report that calls itself "the present review", and a page's record drawn with
box-drawing lines (E251, from unseen u292, a JIU report's page saved by w3m).

- "The present review was prepared pursuant to paragraph 9 of General Assembly resolution 78/262":
  "the present review / evaluation / study / assessment / audit / inspection" is the document itself
  (`documents._OVERSIGHT_KIND`, only after "present"), as "the present report" is; "The present
  evaluation was conducted / undertaken / carried out pursuant to …" gives its mandate too
  (`relate._CARRIED_OUT`: the subject's own verb).
- "┌────┬────┐" / "│Symbol │JIU/REP/2035/4 │" / "├────┼────┤" / "│Type │System-wide report │" / "└────┴────┘"
  under the page's title: the box-drawn table is read as antiword's bar table (`box_tables`), each row
  "Symbol<tab>JIU/REP/2035/4", and the record's first row "Symbol" under a document's title is the
  page's own symbol (`document._RECORD_SYMBOL_ROW`), so what "the present review" and "the report" are
  said to do is said of that symbol, not of the file.

Near misses: "this review", "the review of the Board", "draws on the audit conducted pursuant to", a
box of several texts' record under "Resolutions adopted by …" (the symbol may be the report the page is
drawn from), a box drawn in prose, a rule of heavy lines alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.box_tables import box_table_changes
from mandate_graph.loaders.extract.characters import apply_changes
from tests.extract.phrasing import facts, in_sg_report


@pytest.mark.parametrize(
    ("sentence", "mandate"),
    [
        ("The present review was prepared pursuant to paragraph 9 of General Assembly resolution 78/262 of 23 December 2023, "
         "in which the Assembly requested the Joint Inspection Unit to assess the framework, and it was included in the "
         "programme of work of the Unit for 2025.", "ga/res/78/262"),
        ("The present evaluation was conducted in accordance with General Assembly resolution 78/262.", "ga/res/78/262"),
        ("The present study has been undertaken in response to Human Rights Council resolution 52/14.", "hrc/res/52/14"),
        ("The present audit was carried out pursuant to General Assembly resolution 78/262.", "ga/res/78/262"),
        ("The present system-wide review is submitted pursuant to General Assembly resolution 78/262.", "ga/res/78/262"),
        ("The present assessment responds to the request in paragraph 4 of Economic and Social Council resolution 2023/5.",
         "ecosoc/res/2023/5"),
    ],
)
def test_the_present_review_is_the_document(sentence: str, mandate: str) -> None:
    assert in_sg_report(sentence, "pursuantTo") == {("A/79/400", mandate)}


@pytest.mark.parametrize(
    "sentence",
    [
        "This review was prepared pursuant to General Assembly resolution 78/262.",
        "The review of the Board of Auditors was prepared pursuant to General Assembly resolution 78/262.",
        "The present review draws on the audit conducted pursuant to General Assembly resolution 78/262.",
        "The evaluation was conducted in accordance with General Assembly resolution 78/262.",
    ],
)
def test_no_present_review(sentence: str) -> None:
    assert in_sg_report(sentence, "pursuantTo") == set()


_PAGE = (
    "[logo] Joint Inspection Unit of the United Nations System\n\n"
    "Home > Reports > 2031 > JIU/REP/2031/6\n\n"
    "{title}\n\n"
    "{box}\n\n"
    "Objective and mandate\n\n"
    "The present review was prepared pursuant to paragraph 7 of General Assembly resolution 84/251.\n\n"
    "Consideration by legislative organs\n\n"
    "The report will be considered by the General Assembly at its eighty-seventh session under the item\n"
    '"Joint Inspection Unit".\n'
)
_LIGHT = (
    "┌──────────────────┬──────────────────────────────┐\n"
    "│Symbol            │JIU/REP/2031/6                │\n"
    "├──────────────────┼──────────────────────────────┤\n"
    "│Type              │System-wide report            │\n"
    "├──────────────────┼──────────────────────────────┤\n"
    "│Inspectors        │Ana Ruiz, Tomas Berg          │\n"
    "└──────────────────┴──────────────────────────────┘"
)
# the same box in double lines, indented, its rows not ruled apart
_DOUBLE = (
    "  ╔═══════════════╦══════════════════════════╗\n"
    "  ║Document symbol║JIU/REP/2031/6            ║\n"
    "  ║Type           ║Management review         ║\n"
    "  ╚═══════════════╩══════════════════════════╝"
)
_TITLE = "Review of travel policies in the United Nations system"


@pytest.mark.parametrize("box", [_LIGHT, _DOUBLE])
def test_a_box_drawn_record_gives_the_page_its_symbol(box: str) -> None:
    text = _PAGE.format(title=_TITLE, box=box)
    assert facts(text, "pursuantTo") == {("JIU/REP/2031/6", "ga/res/84/251")}
    assert facts(text, "submittedTo") == {("JIU/REP/2031/6", "ga#87")}


def test_a_record_under_a_title_of_several_texts_names_no_page() -> None:
    # "Resolutions adopted by …" over the record: the symbol may be the report the page is drawn from
    text = _PAGE.format(title="Resolutions adopted by the General Assembly on the Joint Inspection Unit", box=_LIGHT)
    assert not any(doc == "JIU/REP/2031/6" for doc, _ in facts(text, "submittedTo"))


@pytest.mark.parametrize(
    "lines",
    [
        # a rule of heavy horizontal lines alone: a page's separator, no table
        "━━━━━━━━━━━━━━━━━━━━\nText under the rule.",
        # a box with one row only
        "┌────┬────┐\n│Symbol│A/1│\n└────┴────┘",
        # no bottom rule
        "┌────┬────┐\n│Symbol│A/1│\n│Type│Note│\nThe page goes on.",
    ],
)
def test_no_box_table(lines: str) -> None:
    assert box_table_changes(lines.split("\n"), _starts(lines.split("\n"))) == []


def test_a_box_tables_rows_become_bar_rows() -> None:
    lines = _LIGHT.split("\n")
    fixed, offsets = apply_changes(_LIGHT, box_table_changes(lines, _starts(lines)))
    assert fixed.split("\n")[0] == "|Symbol            |JIU/REP/2031/6                |"
    assert len(fixed.split("\n")) == 3
    assert _LIGHT[offsets[fixed.index("JIU")]] == "J"  # each character maps to its own


def _starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts
