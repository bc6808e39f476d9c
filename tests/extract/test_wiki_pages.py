"""MediaWiki source (an internal wiki's page): "== Heading ==", '''bold''', ''italic'',
[[links|with text]], templates ("{{Infobox ...}}" over several lines), "__TOC__", categories,
and a "{| class="wikitable" ... |}" table whose rows are "|-"-separated, cells "||"-separated or
one a line, a cell wrapped over several lines. The table is read as a pipe table: a list of
decisions gives each one's title and adoption date. Text without wiki markup is untouched."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.markup_pages import is_wiki_source
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.phrasing import facts

PAGE = """{{Infobox session
| name   = Twelfth session
| body   = [[Commission on Coastal Resilience]]
| dates  = 10–14 March 2031
}}
'''Twelfth session of the Commission on Coastal Resilience''' is the wiki page of the [[Commission on Coastal Resilience|Commission]].
''This page is maintained by the secretariat.''

__TOC__

== Background ==
The twelfth session of the Commission on Coastal Resilience was held in Nairobi from 10 to 14 March 2031.

=== Decisions ===
{| class="wikitable sortable"
! Decision !! Title !! Adopted
|-
| 12/1 || Early warning for coastal communities || 12 March 2031
|-
| 12/2
| Coastal data
and observation
| 14 March 2031
|-
| style="text-align:left" | 12/3 || [[Mangroves]] || 14 March 2031
|}

[[Category:Sessions]]
"""


def test_headings_links_and_templates() -> None:
    fixed, offsets = normalise_layout(PAGE)
    assert "## Background\n" in fixed and "### Decisions\n" in fixed
    assert "Infobox" not in fixed and "__TOC__" not in fixed and "Category" not in fixed
    assert "'''" not in fixed and "''This" not in fixed
    assert "wiki page of the Commission." in fixed
    assert offsets is not None and len(offsets) == len(fixed) + 1


def test_a_wikitable_is_a_pipe_table() -> None:
    fixed, _ = normalise_layout(PAGE)
    assert "| Decision | Title | Adopted |\n|---|---|---|\n" in fixed
    assert "| 12/2 | Coastal data and observation | 14 March 2031 |" in " ".join(fixed.split(" "))
    rows = [line for line in fixed.split("\n") if line.startswith("|")]
    assert len(rows) == 5  # header, delimiter, three rows: "|-" lines gone


@pytest.mark.parametrize(
    "number, title, day",
    [("1", "Early warning for coastal communities", "2031-03-12"), ("2", "Coastal data and observation", "2031-03-14"), ("3", "Mangroves", "2031-03-14")],
)
def test_each_row_gives_title_and_adoption(number: str, title: str, day: str) -> None:
    assert (f"ccr/dec/12/{number}", title) in facts(PAGE, "title")
    assert (f"ccr/dec/12/{number}", day) in facts(PAGE, "adoptedOn")


@pytest.mark.parametrize(
    "text",
    [
        "The result == the expected one.\nA set {| of things.\n",
        "# Markdown heading\n\nSome ''quoted'' text.\n",
        "Decision 12/1\n\nThe Commission on Coastal Resilience,\n",
    ],
)
def test_no_wiki_markup_no_change(text: str) -> None:
    assert not is_wiki_source(text)
    assert normalise_layout(text)[0] == text


CONTENT_TABLE = """== Decisions ==
{| class="wikitable"
! Decision !! Title !! Adopted !! {header}
|-
| 12/4 || Coastal data || 14 March 2031 || recalls its decision 10/4 on coastal observation;
requests the Executive Secretary to report on data gaps;
invites the Bureau to consult Member States;
urges Member States to contribute to the trust fund
|-
| 12/5
| Mangroves
| 14 March 2031
| decides to establish an open-ended working group on mangrove restoration
|}
"""


@pytest.mark.parametrize("header", ["Operative content", "Operative part", "Content", "Summary"])
def test_a_content_column_is_the_instruments_text(header: str) -> None:
    text = PAGE.split("=== Decisions ===")[0] + CONTENT_TABLE.replace("{header}", header)
    assert ("ccr/dec/12/4", "ccr/dec/10/4") in facts(text, "cites")
    assert ("ccr/dec/12/4", "ccr/executive-secretary") in facts(text, "requests")
    assert ("ccr/dec/12/4", "ccr/bureau") in facts(text, "invites")
    assert {s for s, _ in facts(text, "establishes")} == {"ccr/dec/12/5"}
    # "urges Member States": no addressee
    assert not any(s == "ccr/dec/12/4" for s, _ in facts(text, "encourages"))


def test_no_content_column_no_clauses() -> None:
    text = PAGE.split("=== Decisions ===")[0] + CONTENT_TABLE.replace("{header}", "Remarks")
    assert not facts(text, "requests") and not facts(text, "establishes")
