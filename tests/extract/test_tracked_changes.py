"""A draft resolution with its changes tracked, read as it would be once they are accepted
(`loaders/extract/tracked_changes.py`): deleted words state nothing, inserted words state what
the rest of the text does, in each mark-up a draft may reach the loader in; a masthead in two
columns whose left column wraps the body's name (`columns.rejoin_masthead_name`); and a
"Draft resolution" whose closing note says it was "adopted ... as resolution X": its text is
X's (`segment.adopted_draft_number`). Invented drafts of an invented regional committee."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.columns import rejoin_masthead_name
from mandate_graph.loaders.extract.tracked_changes import html_changes, tracked_removals
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/lake-rc> a mg:Body ; mg:key "lake-rc" ;
    skos:prefLabel "Regional Committee for the Great Lakes and Rift Valley"@en ; mg:shortName "Regional Committee" ;
    mg:symbolPrefix "GL/RC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "GL/RC{session}/R.{number}" ; mg:instrumentKind "resolution" ] .
<body/lake-rd> a mg:Body ; mg:key "lake-rd" ;
    skos:prefLabel "Regional Director for the Great Lakes and Rift Valley"@en ; mg:shortName "Regional Director" ;
    org:subOrganizationOf <body/lake-rc> .
<body/fishery-board> a mg:Body ; mg:key "fishery-board" ;
    skos:prefLabel "Inland Fishery Board"@en .
"""

RC = "lake-rc"
OWN = InstrumentRef(RC, "resolution", "41", "3")
CITED = InstrumentRef(RC, "resolution", "38", "2")
DELETED_CITATION = InstrumentRef(RC, "resolution", "35", "7")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


# Each mark-up's (deletion, insertion) of the same words
MARKUPS = {
    "bracketed labels": ("[deleted: {}]", "[inserted: {}]"),
    "bracketed labels, capitalised": ("[Deleted: {}]", "[Added: {}]"),
    "CriticMarkup": ("{{--{}--}}", "{{++{}++}}"),
    "word diff": ("[-{}-]", "{{+{}+}}"),
    "pandoc": ('[{}]{{.deletion author="J. Roe" date="2030-09-08T17:00:00Z"}}', '[{}]{{.insertion author="J. Roe"}}'),
    "HTML": ("<del>{}</del>", "<ins>{}</ins>"),
    "strikethrough": ("~~{}~~", "{}"),
}


def _draft(deleted: str, inserted: str) -> str:
    def cut(words: str) -> str:
        return deleted.format(words)

    def add(words: str) -> str:
        return inserted.format(words)

    return (
        "REGIONAL COMMITTEE FOR THE                                  GL/RC41/DR.3 Rev.2\n"
        "GREAT LAKES AND RIFT VALLEY                                 Changes shown against Rev.1\n"
        "Forty-first session\n"
        "Kigali, Rwanda, 7–10 September 2030\n\n"
        "                              Draft resolution\n\n"
        f"Inland fisheries {add('and wetlands')} in the Region\n\n"
        "The Regional Committee,\n\n"
        f"PP1   Recalling resolution GL/RC38/R.2 {cut('and resolution GL/RC35/R.7')} on inland\n"
        "      fisheries and food security in the countries of the Great Lakes and the Rift Valley;\n\n"
        f"1.    {cut('URGES')}{add('REQUESTS')} the Regional Director to prepare a regional\n"
        "      strategy on inland fisheries and to report on its progress every two years;\n\n"
        f"2.    {cut('REQUESTS the Inland Fishery Board to review the strategy;')}\n\n"
        "-----\n"
        "Action: adopted without amendment to Rev.2 as resolution GL/RC41/R.3 at the fourth\n"
        "meeting of the forty-first session, on September 9, 2030.\n"
    )


@pytest.mark.parametrize("markup", MARKUPS, ids=list(MARKUPS))
def test_a_tracked_draft_states_what_its_accepted_text_states(registry: BodyRegistry, markup: str) -> None:
    extraction = extract(_draft(*MARKUPS[markup]), source_key="draft", registry=registry)
    facts = {(f.subject, f.relation, f.object) for f in extraction.facts}
    assert extraction.document.author == RC
    assert (OWN, "cites", CITED) in facts
    assert (OWN, "requests", BodyRef("lake-rd")) in facts
    assert (OWN, "adoptedAt", GatheringRef(RC, "session", 41)) in facts
    # deleted words state nothing, not even a mention of what they cite
    assert not any(DELETED_CITATION in (s, o) for s, _, o in facts)
    assert not any(o == BodyRef("fishery-board") for _, _, o in facts)
    assert not any(r == "encourages" and s == OWN for s, r, _ in facts)
    # the title reads with the insertion
    assert (OWN, "title", "Inland fisheries and wetlands in the Region") in facts


def test_the_accepted_text_keeps_its_offsets() -> None:
    text = _draft(*MARKUPS["bracketed labels"])
    cleaned = clean(text)
    at = cleaned.text.index("REQUESTS the Regional Director")
    assert text[cleaned.offsets[at] : cleaned.offsets[at] + 8] == "REQUESTS"
    assert "GL/RC35/R.7" not in cleaned.text and "URGES" not in cleaned.text
    # a deletion leaves its line shorter than the wrap: the paragraph still reads as one
    assert "Recalling resolution GL/RC38/R.2 on inland fisheries and food security" in cleaned.text


def test_a_reviewers_comment_is_text_and_brackets_inside_close_where_they_open() -> None:
    text = (
        "[Comment (Rapporteur): changes are shown as [inserted: …] and [deleted: …].]\n\n"
        "1. DECIDES to meet in Arusha.\n\n[Comment (Kenya): the forty-second session will be held in Nairobi.]\n"
    )
    cleaned = clean(text).text
    assert "Comment (Kenya): the forty-second session will be held in Nairobi." in cleaned
    assert "[" not in cleaned and "deleted" not in cleaned.split("Rapporteur")[1].split(".")[0]


@pytest.mark.parametrize("text", [
    "OP12 [deleted]\n\nOP13 [new] Decides to meet again.",  # a negotiated text's placeholders: no words marked
    "See [the annex](#annex) and [A/80/5] [see paragraph 4], deleted: nothing.",
    "Temperatures of ~20 °C and a range -5 to +5 ({+5} in the table), {+} signs.",
    "<section>Decides to meet in Goma.</section> <strong>Invites</strong> the Board.",
])
def test_what_marks_no_change_is_kept(text: str) -> None:
    assert tracked_removals(text) == []
    assert html_changes(text) == []


def test_a_masthead_name_wrapped_in_its_left_column_is_read_whole() -> None:
    text = (
        "REGIONAL COMMITTEE FOR THE                      GL/RC41/DR.3\n"
        "GREAT LAKES AND RIFT VALLEY                     Original: English\n"
        "Forty-first session\n"
    )
    rejoined, offsets = rejoin_masthead_name(text)  # type: ignore[misc]
    assert rejoined.startswith("REGIONAL COMMITTEE FOR THE GREAT LAKES AND RIFT VALLEY")
    at = rejoined.index("GREAT")
    assert text[offsets[at] : offsets[at] + 5] == "GREAT"
    assert rejoined.count("GL/RC41/DR.3") == 1 and len(offsets) == len(rejoined) + 1
    # Word's plain text sets the two cells apart by a tab
    tabbed = "REGIONAL COMMITTEE FOR THE\tGL/RC41/DR.3\r\nGREAT LAKES AND RIFT VALLEY\tOriginal: English\r\nForty-first session\r\n"
    rejoined, _ = rejoin_masthead_name(tabbed)  # type: ignore[misc]
    assert rejoined.startswith("REGIONAL COMMITTEE FOR THE GREAT LAKES AND RIFT VALLEY\tGL/RC41/DR.3")
    # pdftotext -raw reads the row across: the symbol stands between the name's two lines
    raw = "REGIONAL COMMITTEE FOR THE\nGL/RC41/DR.3 Rev.2\nGREAT LAKES AND RIFT VALLEY\nOriginal: English\nForty-first session\n"
    rejoined, _ = rejoin_masthead_name(raw)  # type: ignore[misc]
    assert rejoined.startswith("REGIONAL COMMITTEE FOR THE GREAT LAKES AND RIFT VALLEY\nGL/RC41/DR.3 Rev.2\n")
    # an export's fields ("Exported at<tab>…" over "Symbol<tab>…") are no wrapped name
    assert rejoin_masthead_name("Exported at\t2029-09-14T08:12:55Z\n\nSymbol\tGL/RC41/R.3\n\nTitle\tInland fisheries\n") is None
    # a left column whose line ends a name ("Forty-first session") is two items, left alone
    assert rejoin_masthead_name(
        "REGIONAL COMMITTEE                              GL/RC41/DR.3\nForty-first session             Original: English\n"
    ) is None


def test_a_draft_without_its_adoption_or_adopted_twice_states_no_instrument(registry: BodyRegistry) -> None:
    draft = _draft(*MARKUPS["bracketed labels"])
    unadopted = draft.split("-----")[0]
    facts = extract(unadopted, source_key="draft", registry=registry).facts
    assert not any(f.subject == OWN for f in facts)
    assert not any(f.relation == "cites" for f in facts)
    twice = draft + "An earlier text was adopted as resolution GL/RC41/R.1 at the same meeting.\n"
    facts = extract(twice, source_key="draft", registry=registry).facts
    assert not any(f.relation == "cites" for f in facts)


def _resolution(preamble: str, operative: str) -> str:
    return (
        "REGIONAL COMMITTEE FOR THE GREAT LAKES AND RIFT VALLEY              GL/RC41/R.3\n"
        "Forty-first session\nKigali, Rwanda, 7–10 September 2030\n\n"
        "Resolution\n\nInland fisheries\n\nThe Regional Committee,\n\n" + preamble + "\n\n" + operative + "\n"
    )


def test_what_a_regional_committees_resolution_says_of_its_session_and_of_earlier_texts(registry: BodyRegistry) -> None:
    session = GatheringRef(RC, "session", 41)
    text = _resolution(
        "Having reviewed the technical paper on inland fisheries in the Region (GL/RC41/6);\n\n"
        "Noting the progress report of the Regional Director (GL/RC41/4), submitted to RC41;\n\n"
        "Recalling also that, by the above-mentioned resolution GL/RC38/R.2, the Regional Committee\n"
        "requested the Regional Director to prepare a regional strategy;",
        "1. DECIDES to establish a regional advisory committee on inland fisheries;\n\n"
        "2. REQUESTS the Regional Director to convene the first meeting of the advisory committee in Goma\n"
        "on 4–5 May 2031;\n\n"
        "[Comment (Uganda): RC42 will be held in Kampala in September 2031.]",
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="res", registry=registry).facts}
    assert (DocumentRef(symbols=("GL/RC41/6",)), "submittedTo", session) in facts
    assert (DocumentRef(symbols=("GL/RC41/4",)), "submittedTo", session) in facts
    assert (CITED, "requests", BodyRef("lake-rd")) in facts
    committee = next(o for s, r, o in facts if r == "establishes" and s == OWN)
    assert (GatheringRef(committee.key, "meeting", 1), "heldIn", "Goma") in facts  # type: ignore[union-attr]
    assert (GatheringRef(RC, "session", 42), "heldIn", "Kampala") in facts


def test_a_recital_of_what_someone_else_asked_is_no_earlier_texts_mandate(registry: BodyRegistry) -> None:
    text = _resolution(
        "Recalling resolution GL/RC38/R.2;\n\n"
        "Noting that the Regional Director requested the Inland Fishery Board to review the strategy;",
        "1. URGES Member States to act;\n\n2. Notes the outcome of COP43 on inland waters;\n\n3. NOTES that the RC43 guidelines were translated;",
    )
    facts = extract(text, source_key="res", registry=registry).facts
    assert not any(f.relation == "requests" for f in facts)
    # another body's gathering written short ("COP43") is not the Committee's, whose symbols say
    # "RC"; and "the RC43 guidelines" names no gathering where the text never defined "RC43"
    assert not any(isinstance(f.subject, GatheringRef) and f.subject.ordinal == 43 for f in facts)
