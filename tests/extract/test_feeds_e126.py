"""News and documents feeds (RSS 2.0, Atom) read as their items (E126, from the spent u146): each
item's title a heading, its description and content the HTML they carry however it is escaped;
on the invented commission of tests/data/phrasing.ttl and invented wording."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.export_layouts import unwrap_export
from mandate_graph.loaders.extract.feeds import feed_changes
from tests.extract.phrasing import extracted_with

extracted = extracted_with()

_HELD = "<p>The Committee on Coastal Data held its fifth session in Geneva on 10&nbsp;and\n11&nbsp;September 2031.</p>"


def _rss(description: str, content: str = "", order: tuple[str, ...] = ("news", "decisions")) -> str:
    items = {
        "news": (
            "    <item>\n      <title>Committee on Coastal Data concludes its fifth session</title>\n"
            "      <link>https://example.org/news/5</link>\n      <guid isPermaLink=\"false\">news-5</guid>\n"
            "      <pubDate>Fri, 12 Sep 2031 09:00:00 +0200</pubDate>\n      <category>News</category>\n"
            f"      <description>{description}</description>\n    </item>\n"
        ),
        "decisions": (
            "    <item>\n      <title>E/CN.21/2031/L.9/Add.1 – Resolutions adopted at the twelfth session</title>\n"
            "      <dc:creator>Secretariat</dc:creator>\n"
            f"      <content:encoded>{content}</content:encoded>\n    </item>\n"
        ),
        "report": (
            "    <item>\n      <title>E/CN.21/2031/7 – Report of the Committee on Coastal Data on its fifth session</title>\n"
            "      <description>&lt;p&gt;Advance unedited version.&lt;/p&gt;</description>\n    </item>\n"
        ),
    }
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "  <channel>\n    <title>Commission on Coastal Resilience: documents and news</title>\n"
        "    <link>https://example.org/ccr</link>\n"
        "    <description>Documents and news of the Commission on Coastal Resilience</description>\n"
        "    <language>en</language>\n    <generator>CMS 9</generator>\n"
        + "".join(items[name] for name in order if name != "decisions" or content)
        + "  </channel>\n</rss>\n"
    )


def _escaped(html_text: str, times: int = 1) -> str:
    for _ in range(times):
        html_text = html_text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return html_text


def _atom(summary: str, kind: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "  <title>Commission on Coastal Resilience: documents and news</title>\n"
        '  <link href="https://example.org/ccr"/>\n  <updated>2031-09-12T09:00:00Z</updated>\n'
        "  <id>urn:uuid:ccr-feed</id>\n"
        "  <entry>\n    <title>Committee on Coastal Data concludes its fifth session</title>\n"
        '    <link href="https://example.org/news/5"/>\n    <id>urn:uuid:news-5</id>\n'
        "    <updated>2031-09-12T09:00:00Z</updated>\n    <author><name>Secretariat</name></author>\n"
        f'    <summary type="{kind}">{summary}</summary>\n  </entry>\n</feed>\n'
    )


_SAID = "The Committee on Coastal Data held its fifth session in Geneva on 10 and 11 September 2031."


@pytest.mark.parametrize(
    "feed",
    [
        _rss(_escaped(_HELD)),  # RSS's description: HTML escaped once, its entities twice
        _rss(f"<![CDATA[{_HELD}]]>"),
        _rss(_escaped(_HELD, times=2)),  # escaped once more than RSS says
        _atom(_escaped(_HELD), "html"),
        _atom(f'<div xmlns="http://www.w3.org/1999/xhtml">{_HELD}</div>', "xhtml"),
    ],
    ids=["escaped", "cdata", "escaped-twice", "atom-html", "atom-xhtml"],
)
def test_an_items_html_reads_as_its_text_however_it_is_carried(feed: str) -> None:
    text, offsets = unwrap_export(feed)
    assert offsets is not None
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    assert paragraphs[0] == "# Commission on Coastal Resilience: documents and news"
    assert "## Committee on Coastal Data concludes its fifth session" in paragraphs
    assert _SAID in paragraphs
    # what only the feed needs is gone: links, ids, dates of posting, authors, categories
    assert not any(word in text for word in ("https://", "news-5", "urn:", "Secretariat", "2031-09-12", "12 Sep", "News\n"))
    # each character kept maps into the feed as saved: the sentence's last word is on its line
    at = text.index("September 2031.")
    assert feed[offsets[at] : offsets[at] + 9] == "September"
    assert ("heldOn", "ccr/committee-on-data#5", "2031-09-10/2031-09-11") in extracted(feed)
    assert ("heldIn", "ccr/committee-on-data#5", "Geneva") in extracted(feed)


_DECISIONS = (
    "<h3>Resolution 12/3<br/>Tide gauges for small island States</h3>\n"
    "<p>The Commission on Coastal Resilience,</p>\n"
    "<p><em>Recalling</em> its resolution 11/4,</p>\n"
    "<p>1. <em>Requests</em> the Working Group on Early Warning Systems to report to the Commission at its\n"
    "thirteenth session;</p>\n"
    "<p><del>2. <em>Requests</em> the Tides Committee to map gauges.</del> [deleted]</p>\n"
)
_NEWS = _escaped("<p>The Commission adopted resolution 12/3. The Currents Committee was invited to comment.</p>")


@pytest.mark.parametrize("order", [("decisions", "news", "report"), ("news", "report", "decisions"), ("report", "decisions", "news")])
@pytest.mark.parametrize("carried", ["cdata", "escaped"])
def test_an_items_resolution_is_read_as_its_text_and_ends_with_the_item(order: tuple[str, ...], carried: str) -> None:
    content = f"<![CDATA[\n{_DECISIONS}]]>" if carried == "cdata" else _escaped(_DECISIONS)
    found = extracted(_rss(_NEWS, content, order))
    assert ("title", "ccr/res/12/3", "Tide gauges for small island States") in found
    assert ("cites", "ccr/res/12/3", "ccr/res/11/4") in found
    assert ("requests", "ccr/res/12/3", "ccr/wg-early-warning") in found
    # struck text says nothing; the next item's news is no paragraph of the resolution
    assert ("requests", "ccr/res/12/3", "ccr/tides-committee") not in found
    assert not any(s == "ccr/res/12/3" and o == "ccr/currents-committee" for _, s, o in found)
    # the feed lists documents: the first item's symbol is not the feed's own
    assert not any(relation == "mentions" and subject.startswith("E/CN.21/") for relation, subject, _ in found)
    assert ("reportOf", "E/CN.21/2031/7", "ccr/committee-on-data#5") in found


def test_a_report_listed_as_an_item_reports_on_its_session() -> None:
    feed = _rss(_escaped(_HELD)).replace(
        "Committee on Coastal Data concludes its fifth session",
        "E/CN.21/2031/7 – Report of the Committee on Coastal Data on its fifth session",
    )
    found = extracted(feed)
    assert ("reportOf", "E/CN.21/2031/7", "ccr/committee-on-data#5") in found
    assert ("heldOn", "ccr/committee-on-data#5", "2031-09-10/2031-09-11") in found


@pytest.mark.parametrize(
    "text",
    [
        # an XML export whose records are called items, no feed
        '<?xml version="1.0"?>\n<catalog>\n  <item>\n    <title>Report</title>\n  </item>\n</catalog>\n',
        # a page that quotes a feed's tags in its prose
        "The feed's <item> elements list the documents; see <rss> in the manual.\n",
        # a feed of no items
        '<?xml version="1.0"?>\n<rss version="2.0">\n  <channel>\n    <title>Empty</title>\n  </channel>\n</rss>\n',
    ],
)
def test_other_texts_are_no_feeds(text: str) -> None:
    assert feed_changes(text) == []
