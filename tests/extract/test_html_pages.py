"""HTML pages saved from the server, read as the page a browser shows
(`loaders/extract/html_pages.py`), whatever their line layout: the head (but for its title),
scripts, styles, comments over lines and the page's chrome (nav, footer, aside) go; blocks are
paragraphs, ``<br>`` a line break, a numbered list's items keep their numbers ("type", "start"),
a table row's cells are set apart by tabs, entities are their characters. Text with a tag or
two, and Markdown with a ``<br>``, stays as it is."""

from __future__ import annotations

import re

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>GLF/8/REP &ndash; Report of the Commission</title>
  <style>p.lead { font-weight: bold; } /* <p>not text</p> */</style>
  <script>var menu = "<li>Home</li>"; if (a < b && c > d) {}</script>
</head>
<body>
  <nav class="crumbs"><a href="/">Home</a> &raquo; <a href="/glf/">Commission</a></nav>
  <!-- template: report_v2
       (do not edit) -->
  <h1>Commission on Great Lakes Fisheries</h1>
  <p class="venue">Eighth session<br>Duluth, 3&ndash;5&nbsp;May&nbsp;2031</p>
  <p>The Commission on Great Lakes Fisheries,</p>
  <p><em>Recalling</em> its resolution GLF/7/11 on lake
     trout,</p>
  <ol type="a" start="3">
    <li><em>Decides</em> to review the quotas;</li>
    <li>Requests the secretariat to report.</li>
  </ol>
  <table>
    <tr><th>Symbol</th><th>Title</th></tr>
    <tr>
      <td>GLF/8/2</td>
      <td><p>Report of the panel</p><p>on stocking</p></td>
    </tr>
  </table>
  <footer>&copy; 2031 Commission &middot; Contact</footer>
</body>
</html>
"""
MINIFIED = re.sub(r">\s+<", "><", PAGE).replace("\n", " ")  # as a minifier writes it: one line


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize("page", [PAGE, MINIFIED])
def test_a_page_reads_as_the_browser_shows_it(page: str) -> None:
    text = cleaned(page)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "GLF/8/REP \u2013 Report of the Commission"
    assert "Commission on Great Lakes Fisheries" in paragraphs
    assert "Recalling its resolution GLF/7/11 on lake trout," in paragraphs
    assert "(c) Decides to review the quotas;" in paragraphs and "(d) Requests the secretariat to report." in paragraphs
    assert "Duluth, 3\u20135 May 2031" in text
    for gone in ("Home", "font-weight", "var menu", "template", "\u00a9", "Contact", "<", "&"):
        assert gone not in text


def test_a_table_row_is_one_row_of_cells() -> None:
    fixed, _ = unwrap_export(PAGE)
    assert "GLF/8/2\tReport of the panel on stocking" in fixed
    assert "Symbol\tTitle" in fixed


@pytest.mark.parametrize("page", [PAGE, MINIFIED])
def test_a_resolution_on_a_page_points_at_its_line(registry: BodyRegistry, page: str) -> None:
    assert points_at(page, registry, "GLF/7/11")


@pytest.mark.parametrize(
    "text",
    [
        "The Board decided.\nA <b>bold</b> word in a line.\nIf x < y and y > z the rule holds.\n",
        "# Decision\n\n| a | b<br>c |\n|---|---|\n| 1 | 2 |\n\nText &amp; more text.\n",
        "<Draft> The Commission on Great Lakes Fisheries met.\nIt closed.\n",
    ],
)
def test_text_with_a_few_tags_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)


def test_an_xml_export_is_no_page() -> None:
    # an XML record with paragraphs of its own is the markup pass's: a number element alone on
    # its line joins the text of the next line, as a page's blocks would not
    xml = "<document>\n<paragraph>\n<num>1.</num>\n<content><p>Decides to review the quotas;</p></content>\n</paragraph>\n" * 3 + "</document>\n"
    fixed, _ = unwrap_export(xml)
    assert "1. Decides to review the quotas;" in fixed
