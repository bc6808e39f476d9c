"""A special session's resolution in Word's text, and bodies named again by part of their name (E223).

- "S-39/2.<TAB>Situation of …" under "Resolution adopted by the Human Rights Council on …": a special
  (or emergency special) session's number heads the text as "52/3." does; Word's tab after it is a
  label's tab, not a table's cell (the whole instrument was lost: title, date, preamble, operative).
- "Decides to urgently establish a commission of inquiry on …": an adverb splitting the infinitive.
- "the commission of inquiry", "the panel of experts": a body born in the text named again by its
  kind and what it is made of, its topic left out.
- "The Unit was established by the General Assembly in its resolution 2150 (XXI)": the head in
  capitals of a name the text wrote before ("Joint Inspection Unit"), opening a passive.
- A Journal's programme "General Assembly / Eighty-fifth session / Fifth Committee / 31st meeting": a
  Main Committee that a user's file gives numbered meetings still meets within the session.
- "the Secretariat" in an Assembly document: not the secretariat of a sibling organ (a commission under
  the Assembly) that carries the name.

Invented texts and reference data; near misses in each group.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, in_sg_report, shipped_registry, stated
from tests.support.extraction import BASE


_PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""


def _registry(tmp_path: Path, turtle: str):
    """The shipped reference data and the invented bodies of ``turtle``, as a user's file."""
    path = tmp_path / "bodies.ttl"
    path.write_text(_PREFIXES + turtle, encoding="utf-8")
    return load_registry(BASE, [path])


def _stated(text: str, registry=None) -> set[tuple[str, str, str]]:
    return stated(extract(text, source_key="test", registry=registry or shipped_registry()))


# --- special sessions -------------------------------------------------------------------------

_HRC_WORD = (
    "United Nations\tA/HRC/RES/S-39/2\nGeneral Assembly\tDistr.: General\n\t2 March 2033\n\t\n\tOriginal: English\n\n"
    "Human Rights Council\nThirty-ninth special session\n28 February–1 March 2033\nAgenda item 1\n"
    "Situation of human rights in the Lake Chad basin\n\n"
    "\t\tResolution adopted by the Human Rights Council on 1 March 2033\n"
    "\t\tS-39/2.\tSituation of human rights in the Lake Chad basin\n"
    "\tThe Human Rights Council,\n\tRecalling its resolution 52/3 of 3 April 2023,\n"
    "\t1.\tRequests the United Nations High Commissioner for Human Rights to present an oral update to the Council "
    "at its fifty-fifth session;\n\t2.\tDecides to remain seized of the matter.\n\t\t2nd meeting\n\t\t1 March 2033\n"
)
# the same as a PDF's text gives it, spaces for the tabs: the frame of the groups below, which main
# read already
_HRC_PLAIN = _HRC_WORD.replace("\t\t", "    ").replace("\t", "    ")
_GA_EMERGENCY = (
    "{pad}A/RES/ES-12/1\nUnited Nations\nGeneral Assembly{gap}Distr.: General\n{pad}20 May 2034\n"
    "Twelfth emergency special session\nAgenda item 5\n\n"
    "{ind}Resolution adopted by the General Assembly on 18 May 2034\n\n"
    "{ind}ES-12/1.{tab}Protection of civilians in the Kivu region\n\n"
    "{ind}The General Assembly,\n{ind}Recalling its resolution 78/12 of 4 December 2023,\n"
    "{ind}1.{tab}Requests the Secretary-General to report to it within thirty days;\n"
)


@pytest.mark.parametrize(
    ("text", "own", "cited", "addressee", "day", "title"),
    [
        (_HRC_WORD, "hrc/res/S-39/2", "hrc/res/52/3", "ohchr/high-commissioner", "2033-03-01",
         "Situation of human rights in the Lake Chad basin"),
        # the same as a PDF's text gives it, spaces for the tabs
        (_HRC_PLAIN, "hrc/res/S-39/2", "hrc/res/52/3", "ohchr/high-commissioner",
         "2033-03-01", "Situation of human rights in the Lake Chad basin"),
        # an emergency special session of the Assembly, in Word's text and in a PDF's
        (_GA_EMERGENCY.format(pad="\t", gap="\t", ind="\t", tab="\t"), "ga/res/ES-12/1", "ga/res/78/12", "secretary-general",
         "2034-05-18", "Protection of civilians in the Kivu region"),
        (_GA_EMERGENCY.format(pad=" " * 50, gap=" " * 20, ind="    ", tab="   "), "ga/res/ES-12/1", "ga/res/78/12", "secretary-general",
         "2034-05-18", "Protection of civilians in the Kivu region"),
    ],
)
def test_a_special_sessions_resolution_is_read_as_the_text_it_heads(text, own, cited, addressee, day, title):
    found = _stated(text)
    assert {("title", own, title), ("adoptedOn", own, day), ("cites", own, cited), ("requests", own, addressee)} <= found


def test_a_special_sessions_number_cited_in_a_paragraph_heads_nothing():
    # "S-39/2" inside a clause of another resolution: cited, never the text's own number
    text = _HRC_WORD.replace("\t\tS-39/2.\tSituation of human rights in the Lake Chad basin\n", "\t\t55/4.\tFollow-up\n").replace(
        "Recalling its resolution 52/3 of 3 April 2023,", "Recalling its resolution S-39/2 of 1 March 2033,"
    )
    found = _stated(text)
    assert not any(s == "hrc/res/S-39/2" and r in ("title", "requests", "cites") for r, s, _ in found)
    assert ("cites", "hrc/res/55/4", "hrc/res/S-39/2") in found


def test_word_tabs_after_ordinary_labels_still_set_off_a_table_row():
    # "17/1.<tab>Report ...<tab>2": cells after the number make a row of a table, not a heading
    text = _HRC_WORD.replace("\t\tS-39/2.\tSituation of human rights in the Lake Chad basin\n", "\t\tS-39/2.\tSituation\t2\n")
    assert not any(s == "hrc/res/S-39/2" and r == "title" for r, s, _ in _stated(text))


# --- establishing with a split infinitive --------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    ["Decides to urgently establish", "Decides to formally establish", "Decides also to immediately establish",
     "Decides to urgently set up", "Agrees to jointly establish"],
)
def test_an_adverb_splitting_the_infinitive_of_establishing(verb):
    text = _HRC_PLAIN.replace(
        "    2.    Decides to remain seized of the matter.",
        f"    2.    {verb} an independent international commission of inquiry on the Lake Chad basin, composed of three members;",
    )
    assert ("establishes", "hrc/res/S-39/2", "hrc/commission-of-inquiry-on-the-lake-chad-basin") in _stated(text)


@pytest.mark.parametrize(
    "clause",
    [
        "Decides not to establish an independent international commission of inquiry on the Lake Chad basin;",
        "Decides to urgently convene a panel discussion on the Lake Chad basin;",
        "Decides to urgently consider the establishment of a commission of inquiry at its next session;",
    ],
)
def test_no_establishment_without_the_act(clause):
    text = _HRC_PLAIN.replace("    2.    Decides to remain seized of the matter.", f"    2.    {clause}")
    assert not any(r == "establishes" for r, _, _ in _stated(text))


# --- a body born in the text, named again by its kind and what it is made of ---------------------


@pytest.mark.parametrize(
    ("born", "again", "body"),
    [
        ("an independent international commission of inquiry on the Lake Chad basin", "the commission of inquiry",
         "hrc/commission-of-inquiry-on-the-lake-chad-basin"),
        ("a panel of experts on the Lake Chad basin", "the panel of experts", "hrc/panel-of-experts-on-the-lake-chad-basin"),
        ("a committee of experts for the Lake Chad basin", "the committee of experts", "hrc/committee-of-experts-for-the-lake-chad-basin"),
    ],
)
def test_a_born_body_named_again_by_its_kind_and_make(born, again, body):
    text = _HRC_PLAIN.replace(
        "    2.    Decides to remain seized of the matter.",
        f"    2.    Decides to establish {born}, for a period of one year;\n    3.    Requests {again} to present a report to the Council at its fifty-sixth session;",
    )
    found = _stated(text)
    assert ("establishes", "hrc/res/S-39/2", body) in found
    assert ("requests", "hrc/res/S-39/2", body) in found


def test_the_same_words_with_another_topic_are_another_body():
    text = _HRC_PLAIN.replace(
        "    2.    Decides to remain seized of the matter.",
        "    2.    Decides to establish a commission of inquiry on the Lake Chad basin;\n"
        "    3.    Requests the commission of inquiry on the Sahel to share its findings;",
    )
    found = _stated(text)
    assert not any(r == "requests" and o == "hrc/commission-of-inquiry-on-the-lake-chad-basin" for r, _, o in found)


# --- the head of a name in capitals opening a passive establishment ---------------------------------

_UNITS = """
<body/ga/joint-evaluation-unit> a mg:Body ;
    mg:key "ga/joint-evaluation-unit" ;
    skos:prefLabel "Joint Evaluation Unit"@en ;
    skos:altLabel "JEU"@en ;
    org:subOrganizationOf <body/ga> .
<body/ga/data-support-unit> a mg:Body ;
    mg:key "ga/data-support-unit" ;
    skos:prefLabel "Data Support Unit"@en ;
    org:subOrganizationOf <body/ga> .
"""


def _established(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    found = _stated(SG_REPORT.format(s=sentence), _registry(tmp_path, _UNITS))
    return {(s, o) for r, s, o in found if r == "establishes"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Joint Evaluation Unit met in Geneva. The Unit was established by the General Assembly in its resolution 2150 (XXI) of 4 November 1966.",
        "The Joint Evaluation Unit met in Geneva. The Unit was established by General Assembly resolution 2150 (XXI).",
        "The Joint Evaluation Unit met in Geneva.\n\n2. The Unit had been established by the Assembly in its resolution 2150 (XXI).",
        "The report of the JEU is before the Assembly. The Unit was originally established by the Assembly in its resolution 2150 (XXI).",
    ],
)
def test_a_head_in_capitals_opening_a_passive_establishment(tmp_path: Path, sentence):
    assert _established(tmp_path, sentence) == {("ga/res/21/2150", "ga/joint-evaluation-unit")}


@pytest.mark.parametrize(
    "sentence",
    [
        # no body whose name ends on the head was named before
        "The Unit was established by the General Assembly in its resolution 2150 (XXI).",
        # two were: the head says neither
        "The Joint Evaluation Unit and the Data Support Unit met. The Unit was established by the Assembly in its resolution 2150 (XXI).",
        # the head is no subject of the passive establishment
        "The Joint Evaluation Unit met in Geneva. The Unit was informed that resolution 2150 (XXI) had established the Board.",
    ],
)
def test_no_one_body_of_the_head_no_establishment(tmp_path: Path, sentence):
    assert ("ga/res/21/2150", "ga/joint-evaluation-unit") not in _established(tmp_path, sentence)


# --- a Main Committee with numbered meetings in a Journal's programme --------------------------------

_MAIN_COMMITTEE = """
<body/ga/c2-test> a mg:Body ;
    mg:key "ga/c2-test" ;
    skos:prefLabel "Economic and Financial Committee (Second Committee)"@en ;
    skos:altLabel "Second Committee"@en ;
    mg:shortName "Committee" ;
    mg:gatheringTerm "{term}" ;
    org:subOrganizationOf <body/ga> .
"""
_JOURNAL = (
    "Journal of the United Nations\nProgramme of meetings and agenda\nNo. 2033/61\tThursday, 3 November 2033\n\n"
    "Official meetings\nThursday, 3 November 2033\n\n"
    "General Assembly\nEighty-eighth session\nSecond Committee\n{part}"
    "21st meeting\t10:00–13:00\tConference Room 2\n"
    "Agenda item 18\tMacroeconomic policy questions\n"
    "\tReport of the Secretary-General on external debt sustainability (A/88/204)\n\n"
    "Informal consultations\nDraft resolution on commodities (closed)\t15:00–18:00\tConference Room 7\n"
)


@pytest.mark.parametrize("term", ["meeting", ""])
@pytest.mark.parametrize("part", ["", "Resumed session\n"])
def test_a_main_committee_meeting_in_numbered_meetings_meets_within_the_session(tmp_path: Path, term, part):
    turtle = _MAIN_COMMITTEE.format(term=term).replace('    mg:gatheringTerm "" ;\n', "")
    found = _stated(_JOURNAL.format(part=part), _registry(tmp_path, turtle))
    assert ("submittedTo", "A/88/204", "ga#88") in found
    assert not any(r == "submittedTo" and o.startswith("ga/c2-test") for r, _, o in found)


def test_a_body_meeting_in_sessions_of_its_own_is_no_committee_within():
    # a commission of its own sessions under the Assembly's heading opens no programme of the Assembly's
    text = _JOURNAL.format(part="").replace("Second Committee", "Disarmament Commission")
    assert ("submittedTo", "A/88/204", "ga#88") not in _stated(text)


# --- "the Secretariat" and a sibling organ's secretariat ------------------------------------------------

_SIBLING_SECRETARIAT = """
<body/ga/salary-commission> a mg:Body ;
    mg:key "ga/salary-commission" ;
    skos:prefLabel "International Salary Review Commission"@en ;
    org:subOrganizationOf <body/ga> .
<body/ga/salary-commission/secretariat> a mg:Body ;
    mg:key "ga/salary-commission/secretariat" ;
    skos:prefLabel "secretariat of the International Salary Review Commission"@en ;
    skos:altLabel "Secretariat"@en ;
    mg:shortName "secretariat" ;
    org:subOrganizationOf <body/ga/salary-commission> .
"""


def test_a_sibling_organs_secretariat_is_not_the_assemblys(tmp_path: Path):
    registry = _registry(tmp_path, _SIBLING_SECRETARIAT)
    text = in_sg_report_text("In resolution 86/12, the Assembly requested the Secretariat to prepare a study.")
    assert not any(r == "requests" and o == "ga/salary-commission/secretariat" for r, _, o in _stated(text, registry))


def in_sg_report_text(sentence: str) -> str:
    return SG_REPORT.format(s=sentence)
