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


# --------------------------------------------------------------------------- what an item says


def _item(title: str, description: str) -> str:
    return f"    <item>\n      <title>{title}</title>\n      <description>{_escaped(description)}</description>\n    </item>\n"


def _feed(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n'
        "    <title>Commission on Coastal Resilience: documents and news</title>\n"
        "    <description>Documents and news of the Commission on Coastal Resilience</description>\n"
        + "".join(items)
        + "  </channel>\n</rss>\n"
    )


_OTHER = _item("E/CN.21/2031/2 – Provisional agenda", "<p>Advance unedited version.</p>")


@pytest.mark.parametrize(
    "said",
    [
        "Prepared pursuant to resolution 11/4 and submitted to the Commission at its twelfth session.",
        "Submitted to the Commission at its twelfth session. Prepared pursuant to resolution 11/4.",
        "Prepared in accordance with resolution 11/4 and\nsubmitted to the Commission at its twelfth session.",
    ],
)
@pytest.mark.parametrize("first", [True, False])
def test_an_items_note_tells_of_the_document_its_title_names(said: str, first: bool) -> None:
    item = _item("E/CN.21/2031/5 – Tide gauges: progress report", f"<p>{said}</p>")
    found = extracted(_feed(item, _OTHER) if first else _feed(_OTHER, item))
    assert ("pursuantTo", "E/CN.21/2031/5", "ccr/res/11/4") in found
    assert ("submittedTo", "E/CN.21/2031/5", "ccr#12") in found
    # the note is the item's alone
    assert not any(subject == "E/CN.21/2031/2" for relation, subject, _ in found if relation in ("pursuantTo", "submittedTo"))


@pytest.mark.parametrize(
    ("description", "held"),
    [
        (
            "<p>Report of the Committee on Coastal Data on its fifth session and of the Tides Committee on its"
            " third meeting, held jointly in Geneva from 16 to 19 September 2031.</p>",
            True,
        ),
        (
            "<p>Report of the Tides Committee on its third meeting and of the Committee on Coastal Data on its"
            " fifth session, both held in Nairobi on 16 and 17 September 2031.</p>",
            True,
        ),
        ("<p>Report of the Committee on Coastal Data on its fifth session and of the Tides Committee on its third meeting.</p>", False),
    ],
)
@pytest.mark.parametrize("first", [True, False])
def test_a_joint_reports_description_names_each_session_it_reports(description: str, held: bool, first: bool) -> None:
    item = _item("E/CN.21/2031/8–E/CN.21/2031/9 – Report of the joint session", description)
    found = extracted(_feed(item, _OTHER) if first else _feed(_OTHER, item))
    for session in ("ccr/committee-on-data#5", "ccr/tides-committee#3"):
        assert ("reportOf", "E/CN.21/2031/8", session) in found
        assert any(relation == "heldOn" and subject == session for relation, subject, _ in found) == held
    # the feed itself is no report, whichever item comes first
    assert not any(relation == "reportOf" and subject == "<test>" for relation, subject, _ in found)


def test_a_description_that_is_no_report_title_reports_nothing() -> None:
    item = _item(
        "E/CN.21/2031/8 – Information note",
        "<p>Report of the Committee on Coastal Data on its fifth session, which the note summarizes, is"
        " expected in October.</p>",
    )
    assert not any(relation == "reportOf" and subject == "E/CN.21/2031/8" for relation, subject, _ in extracted(_feed(_OTHER, item)))


# --------------------------------------------------------------------------- adopted at the session named before


@pytest.mark.parametrize(
    "adopted",
    [
        "At its closing meeting it adopted resolutions 12/1 to 12/3.",
        "At that session, the Commission adopted resolutions 12/1, 12/2 and 12/3.",
        "At its final plenary meeting the Commission also adopted resolutions 12/1 to 12/3.",
    ],
)
def test_texts_adopted_at_the_closing_meeting_of_the_session_named_before(adopted: str) -> None:
    item = _item(
        "Commission concludes its twelfth session",
        f"<p>The Commission on Coastal Resilience held its twelfth session in Geneva from 11 to 14 March 2031. {adopted}</p>",
    )
    found = extracted(_feed(item))
    for number in ("1", "2", "3"):
        assert ("adoptedAt", f"ccr/res/12/{number}", "ccr#12") in found


@pytest.mark.parametrize(
    "before",
    [
        # the session named last is another body's
        "The Committee on Coastal Data held its fifth session in Geneva from 11 to 14 March 2031.",
        # a session the texts' numbers rule out
        "The Commission on Coastal Resilience held its eleventh session in Geneva from 11 to 14 March 2030.",
    ],
)
def test_texts_adopted_at_a_closing_meeting_of_another_session_are_not_adopted_at_it(before: str) -> None:
    item = _item("News", f"<p>{before} At its closing meeting the Commission adopted resolutions 12/1 to 12/3.</p>")
    found = extracted(_feed(item))
    assert not any(relation == "adoptedAt" and subject.startswith("ccr/res/12/") for relation, subject, _ in found)
