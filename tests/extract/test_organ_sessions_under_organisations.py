"""A specialized agency's final report with the resolutions of its congress or assembly, as a PDF's
raw text gives it (E243, from unseen u295): the organisation's name over its organ's session line
("WORLD SOIL ORGANIZATION" / "Twenty-first World Soil Congress" / "Geneva, 1–12 June 2037"), the
list's heading in capitals ("RESOLUTIONS ADOPTED BY THE SESSION") over the texts, each headed by its
number in the body's convention ("Resolution 9 (SC-21)").

- the organisation meets in no sessions of its own: the organ's session is the document's
  (`document.read_masthead`), with the place and days under it;
- the list's heading in capitals says what the one in lower case says: each text under it was
  adopted at the document's session (`segment.list_adopted_by`).

Near misses: an organ's line with no ordinal ("Executive Council" under the organisation), a line
that names the session and more ("Twenty-first World Soil Congress Newsletter"), a body that meets
in sessions on the first line (its own line stands), and the same texts under no list's heading
and with no session in the masthead. Bodies, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.support.extraction import BASE

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wso> a mg:Body ; mg:key "wso" ;
    skos:prefLabel "World Soil Organization"@en ; skos:altLabel "WSO"@en .
<body/wso/congress> a mg:Body ; mg:key "wso/congress" ;
    skos:prefLabel "World Soil Congress"@en ; mg:shortName "Congress" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (SC-{session})" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/wso> .
<body/wso/council> a mg:Body ; mg:key "wso/council" ;
    skos:prefLabel "Executive Council of the World Soil Organization"@en ; skos:altLabel "Executive Council"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (SEC-{session})" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/wso> .
<body/wso/secretary-general> a mg:Body ; mg:key "wso/secretary-general" ;
    skos:prefLabel "Secretary-General of the World Soil Organization"@en ; mg:shortName "Secretary-General" ;
    org:subOrganizationOf <body/wso> .
<body/sea-authority> a mg:Body ; mg:key "sea-authority" ;
    skos:prefLabel "Assembly of the Seabed Soil Authority"@en ; mg:shortName "Assembly" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (SSA-{session})" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "organs.ttl"
    path.write_text(_REFERENCE)
    return load_registry(BASE, [path])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="report", registry=registry).facts}


_TEXTS = (
    "Resolution 9 (SC-21)\nSoil carbon monitoring\nTHE WORLD SOIL CONGRESS,\nRecalling Resolution 4 (SC-20),\n"
    "Requests the Secretary-General to report on soil carbon to Congress at its twenty-second session;\n"
    "Resolution 10 (SC-21)\nSoil maps\nTHE WORLD SOIL CONGRESS,\nRequests the Executive Council to update the soil maps.\n"
)


@pytest.mark.parametrize(
    "masthead, place, days",
    [
        ("WORLD SOIL ORGANIZATION\nTwenty-first World Soil Congress\nGeneva, 1–12 June 2037\n"
         "Abridged final report with resolutions\nWSO-No. 1402\nRESOLUTIONS ADOPTED BY THE SESSION\n", "Geneva", "2037-06-01/2037-06-12"),
        ("World Soil Organization\nTWENTY-FIRST WORLD SOIL CONGRESS\nRome, 3-14 May 2037\nFinal report\n"
         "Resolutions adopted by the session\n", "Rome", "2037-05-03/2037-05-14"),
        ("WSO\nTwenty-first World Soil Congress\nNairobi, 10–21 June 2037\nRESOLUTIONS ADOPTED BY CONGRESS\n", "Nairobi", "2037-06-10/2037-06-21"),
    ],
)
def test_the_organs_session_under_the_organisation(masthead: str, place: str, days: str, registry: BodyRegistry) -> None:
    facts = _facts(masthead + _TEXTS, registry)
    assert ("adoptedAt", "wso/congress/res/21/9", "wso/congress#21") in facts
    assert ("adoptedAt", "wso/congress/res/21/10", "wso/congress#21") in facts
    assert ("heldIn", "wso/congress#21", place) in facts
    assert ("heldOn", "wso/congress#21", days) in facts
    # the session in a recalled number is no adoption there
    assert not {f for f in facts if f[0] == "adoptedAt" and f[1] == "wso/congress/res/20/4"}


@pytest.mark.parametrize(
    "masthead",
    [
        # an organ with no ordinal: no session of the document
        "WORLD SOIL ORGANIZATION\nExecutive Council\nGeneva, 1–12 June 2037\nFinal report\n",
        # the session's name and more on its line
        "WORLD SOIL ORGANIZATION\nTwenty-first World Soil Congress Newsletter\nGeneva, 1–12 June 2037\n",
    ],
)
def test_no_session_read_under_the_organisation(masthead: str, registry: BodyRegistry) -> None:
    facts = _facts(masthead + _TEXTS, registry)
    assert not {f for f in facts if f[0] in ("heldIn", "heldOn") and f[1] == "wso/congress#21"}


def test_a_body_meeting_in_sessions_on_the_first_line_keeps_it(registry: BodyRegistry) -> None:
    text = (
        "ASSEMBLY OF THE SEABED SOIL AUTHORITY\nTwenty-first World Soil Congress\nKingston, 1–5 June 2037\n"
        "Resolution 3 (SSA-30)\nTitle\nTHE ASSEMBLY,\nRequests the Secretary-General of the World Soil Organization to report.\n"
    )
    facts = _facts(text, registry)
    assert not {f for f in facts if f[1] == "wso/congress#21" and f[0] in ("heldIn", "heldOn")}


# "Resolutions 9 and 10 (SC-21) were adopted at the ninth plenary meeting, on 10 June 2037": numbers of
# one session written once after the last, in a convention that brackets a session code after the
# number (`numbering._SUFFIX_AFTER_NUMBER`)
_ADOPTED_LATER = "WORLD SOIL ORGANIZATION\nTwenty-first World Soil Congress\nGeneva, 1–12 June 2037\nNote\n\n{s}\n"


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        ("Resolutions 9 and 10 (SC-21) were adopted at the ninth plenary meeting, on 10 June 2037.", ("21/9", "21/10")),
        ("Congress adopted Resolutions 3, 4 and 7 (SC-21) on 10 June 2037.", ("21/3", "21/4", "21/7")),
        ("On 10 June 2037, the Executive Council adopted Resolutions 2 and 5 (SEC-84).", ("council/res/84/2", "council/res/84/5")),
        ("Resolutions 6 (SC-21) and 8 (SC-21) were adopted on 10 June 2037.", ("21/6", "21/8")),
    ],
)
def test_numbers_sharing_the_session_written_after_the_last(sentence: str, numbers: tuple[str, ...], registry: BodyRegistry) -> None:
    facts = _facts(_ADOPTED_LATER.format(s=sentence), registry)
    for number in numbers:
        ref = f"wso/{number}" if number.startswith("council") else f"wso/congress/res/{number}"
        assert ("adoptedOn", ref, "2037-06-10") in facts


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # a singular keyword: "9" is no number of the convention
        ("Resolution 9 and 10 (SC-21) were adopted on 10 June 2037.", "wso/congress/res/21/9"),
        # numbers of paragraphs before the resolution, not resolutions
        ("Paragraphs 9 and 10 of Resolution 11 (SC-21) were amended on 10 June 2037.", "wso/congress/res/21/9"),
        # a count, not a number
        ("Resolutions 2037 and 11 (SC-21) were adopted on 10 June 2037.", "wso/congress/res/21/2037"),
    ],
)
def test_no_number_read_without_the_plural_keyword(sentence: str, absent: str, registry: BodyRegistry) -> None:
    facts = _facts(_ADOPTED_LATER.format(s=sentence), registry)
    assert not {f for f in facts if absent in f}


@pytest.mark.parametrize(
    "closing",
    [
        "Resolutions 9 and 10 (SC-21) were adopted at the ninth plenary meeting, on 10 June 2037.",
        "Resolutions 9 (SC-21) and 10 (SC-21) were both adopted on 10 June 2037.",
    ],
)
def test_the_texts_told_adopted_together_cite_nothing(closing: str, registry: BodyRegistry) -> None:
    masthead = "WORLD SOIL ORGANIZATION\nTwenty-first World Soil Congress\nGeneva, 1–12 June 2037\nRESOLUTIONS ADOPTED BY THE SESSION\n"
    facts = _facts(masthead + _TEXTS + closing + "\n", registry)
    assert ("adoptedOn", "wso/congress/res/21/9", "2037-06-10") in facts
    assert ("adoptedOn", "wso/congress/res/21/10", "2037-06-10") in facts
    assert not {f for f in facts if f[0] == "cites" and f[2] == "wso/congress/res/21/9"}
    # the recital of the first text still cites
    assert ("cites", "wso/congress/res/21/9", "wso/congress/res/20/4") in facts


def test_a_text_recalling_others_adopted_together_still_cites_them(registry: BodyRegistry) -> None:
    text = (
        "WORLD SOIL ORGANIZATION\nTwenty-first World Soil Congress\nGeneva, 1–12 June 2037\nRESOLUTIONS ADOPTED BY THE SESSION\n"
        "Resolution 11 (SC-21)\nSoil data\nTHE WORLD SOIL CONGRESS,\n"
        "Recalling that Resolutions 4 and 5 (SC-20) were adopted at its twentieth session,\nRequests the Secretary-General to report.\n"
    )
    facts = _facts(text, registry)
    assert ("cites", "wso/congress/res/21/11", "wso/congress/res/20/4") in facts
    assert ("cites", "wso/congress/res/21/11", "wso/congress/res/20/5") in facts
