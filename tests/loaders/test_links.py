"""Matching a document that prints no symbol to the symbol another document lists it under."""

from mandate_graph.loaders.links import match_documents, normalize_title

NOTE = "http://x/document/source/note"
LISTED = "http://x/document/CTOC/COP/2022/5"
OTHER = "http://x/document/CTOC/COP/2022/6"

HEADING = (
    "Reports on the meetings of the Working Group on Trafficking in Persons held in\n"
    "Vienna on 12 and 13 October 2021 and on 29 and 30 June 2022"
)
LISTING = (
    "Note by the Secretariat transmitting the reports on the meetings of the Working Group on "
    "Trafficking in Persons held in Vienna on 12 and 13 October 2021 and on 29 and 30 June 2022 "
    "([CTOC/COP/2022/5](#))"
)


def test_listing_lead_in_symbols_and_layout_are_ignored() -> None:
    assert normalize_title(HEADING) == normalize_title(LISTING)


def test_a_listed_title_matching_a_heading_links_the_documents() -> None:
    links = match_documents({NOTE: ["Note by the Secretariat", HEADING]}, {LISTED: [LISTING]})
    assert [(l.unsymboled, l.symboled) for l in links] == [(NOTE, LISTED)]


def test_ambiguous_or_short_titles_link_nothing() -> None:
    assert match_documents({NOTE: [HEADING]}, {LISTED: [LISTING], OTHER: [LISTING]}) == []
    assert match_documents({NOTE: ["Technical assistance"]}, {LISTED: ["Technical assistance"]}) == []
    changed = LISTING.replace("29 and 30 June", "27 and 28 June")
    assert match_documents({NOTE: [HEADING]}, {LISTED: [changed]}) == []


def test_the_corpus_note_is_known_by_the_symbol_it_is_cited_under(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The note (file 000) prints no symbol; the session's agenda lists it as CTOC/COP/2022/5.
    After loading, its evidence and views show that symbol, and reloading keeps one link."""
    from tests.conftest import CORPUS, loader_for, make_context

    ctx = make_context(str(tmp_path / "store"))
    loader_for(ctx).load([CORPUS])
    note = ctx.ids.base + "document/source/000-d44268bbfd2a0297"
    query = f"SELECT ?s ?same WHERE {{ <{note}> skos:notation ?s ; owl:sameAs ?same }}"
    rows = [(r["s"].value, r["same"].value) for r in ctx.store.query(query)]
    assert rows == [("CTOC/COP/2022/5", ctx.ids.base + "document/CTOC/COP/2022/5")]
    loader_for(ctx).load([CORPUS / "000_d44268bbfd2a0297.txt"])
    assert [(r["s"].value, r["same"].value) for r in ctx.store.query(query)] == rows
