"""A treaty conference's papers as its secretariat issues them (E253): a final report whose
masthead is a one-row grid table (pandoc's docx → Markdown) under a symbol with a revision glued
on ("…/Conf.FinRep.Rev1"); a note circulating a bureau's report "in the annex to the present
note"; a working group described in lower case with its origin set off, then its meetings told
one after another; a lone OCR "l" as a day; "to report to it at its tenth meeting" told of an
instrument; an annotated provisional agenda whose title numbers its meeting; a recital before
"the Conference decided, by decision 9/4, that …". Invented treaties and bodies; the near misses
state nothing."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract import ocr
from mandate_graph.loaders.extract.grid_tables import grid_table_export
from mandate_graph.loaders.extract.symbols import SYMBOL
from tests.extract.phrasing import stated
from tests.extract.reference_data import registry_from_turtle

TREATIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/tcm-msp> a mg:Body ; mg:key "tcm-msp" ;
    skos:prefLabel "Meeting of States Parties to the Treaty on Coastal Mining"@en ;
    mg:shortName "Meeting" ; mg:symbolPrefix "TCM/MSP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/tcm-msp/expert-group-tailings> a mg:Body ; mg:key "tcm-msp/expert-group-tailings" ;
    skos:prefLabel "expert group on tailings management"@en ; mg:shortName "expert group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/tcm-msp> .
<body/lbc-cop> a mg:Body ; mg:key "lbc-cop" ;
    skos:prefLabel "Conference of the Parties to the Lake Basin Convention"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "LBC/COP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/lbc-cop/bureau> a mg:Body ; mg:key "lbc-cop/bureau" ;
    skos:prefLabel "Bureau of the Conference of the Parties to the Lake Basin Convention"@en ;
    mg:shortName "Bureau" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/lbc-cop> .
<body/lbc-cop/wg-sediments> a mg:Body ; mg:key "lbc-cop/wg-sediments" ;
    skos:prefLabel "Working Group on Sediment Monitoring"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/lbc-cop> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TREATIES)


def facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    found = stated(extract(text, source_key="doc", registry=registry))
    return {f for f in found if f[0] in relations} if relations else found


def grid(left: list[str], right: list[str]) -> str:
    """A one-row pandoc grid table of two columns, as a docx masthead converts."""
    width_l, width_r = max(map(len, left)) + 2, max(map(len, right)) + 2
    rule = f"+{'-' * width_l}+{'-' * width_r}+"
    rows = [f"| {a.ljust(width_l - 1)}| {b.ljust(width_r - 1)}|" for a, b in zip(left, right)]
    return "\n".join([rule, *rows, rule])


_LEFT = ["**TREATY ON COASTAL MINING**", "", "**Ninth Meeting of States", "Parties**", "", "Lima, 6--9 May 2034"]
_RIGHT = ["TCM/MSP9/2034/SEC/412/Conf.FinRep.Rev2", "", "9 May 2034", "", "Original: Spanish", ""]
FINAL_REPORT = grid(_LEFT, _RIGHT) + """

# FINAL REPORT

1.  The Ninth Meeting of States Parties was held in Lima from 6 to 9
    May 2034, in accordance with decision 8/2 of the Eighth Meeting of
    States Parties.

2.  At its closing plenary meeting, on 9 May 2034, the Meeting
    adopted decisions 9/1 to 9/3.
"""


def test_a_one_row_grid_masthead_gives_the_reports_session(registry: BodyRegistry) -> None:
    found = facts(FINAL_REPORT, registry)
    symbol = "TCM/MSP9/2034/SEC/412/Conf.FinRep.Rev2"
    assert ("reportOf", symbol, "tcm-msp#9") in found
    assert {("heldIn", "tcm-msp#9", "Lima"), ("heldOn", "tcm-msp#9", "2034-05-06/2034-05-09")} <= found
    assert {("adoptedAt", f"tcm-msp/dec/9/{n}", "tcm-msp#9") for n in (1, 2, 3)} <= found


def test_a_cells_paragraphs_are_items_of_their_own() -> None:
    text, _ = grid_table_export(FINAL_REPORT) or ("", [])
    paragraphs = text.split("\n\n")
    # "**Ninth Meeting of States" / "Parties**": one item, run on; the blank lines part the others
    assert "**Ninth Meeting of States Parties**" in paragraphs
    assert "Lima, 6--9 May 2034" in paragraphs and "**TREATY ON COASTAL MINING**" in paragraphs


def test_a_one_row_box_of_prose_is_read_as_prose(registry: BodyRegistry) -> None:
    box = grid(["Note"], ["The Meeting may wish to take note of the present report and of its annex."])
    text, _ = grid_table_export(box + "\n") or ("", [])
    assert "The Meeting may wish to take note of the present report and of its annex." in text.split("\n\n")
    assert not facts(box + "\n", registry, "reportOf", "heldIn", "heldOn")


@pytest.mark.parametrize(
    ("written", "symbol"),
    [
        ("the report (TCM/MSP9/2034/SEC/412/Conf.FinRep.Rev2).", "TCM/MSP9/2034/SEC/412/Conf.FinRep.Rev2"),
        ("document TCM/MSP9.EG/2034/EG/401/Conf.Rep.Rev.1 was", "TCM/MSP9.EG/2034/EG/401/Conf.Rep.Rev.1"),
        ("ATT/CSP12/2031/SEC/700/Conf.Bud.Add1, and", "ATT/CSP12/2031/SEC/700/Conf.Bud.Add1"),
        # near misses: the sentence goes on after "Conf.Rep."; a word, not a revision, after it
        ("TCM/MSP9/2034/SEC/412/Conf.Rep. The report", None),
        ("TCM/MSP9/2034/SEC/412/Conf.Rep.Revision", None),
    ],
)
def test_a_kind_of_paper_with_its_revision_glued_on(written: str, symbol: str | None) -> None:
    found = [m.group("all") for m in SYMBOL.finditer(written)]
    assert found == ([symbol] if symbol else [])


# a note of a Conference of the Parties, the masthead naming its meeting
NOTE = """LBC/COP.7/INF/3
Distr.: General
2 March 2035
Conference of the Parties to the Lake Basin Convention
Seventh meeting
Bonn, 2-6 June 2035

Note by the Secretariat

1. {s}
"""


def note(sentence: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    return facts(NOTE.format(s=sentence), registry, *relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretariat has the honour to circulate, in the annex to the present note, the report of the Bureau on its "
        "work, prepared pursuant to paragraph 4 of decision 6/9.",
        "The secretariat has the honour to circulate herewith the report of the Bureau, prepared pursuant to decision 6/9.",
    ],
)
def test_a_report_circulated_in_the_notes_annex_is_the_notes(sentence: str, registry: BodyRegistry) -> None:
    assert ("pursuantTo", "LBC/COP.7/INF/3", "lbc-cop/dec/6/9") in note(sentence, registry, "pursuantTo")


def test_a_report_circulated_by_another_is_not_the_notes(registry: BodyRegistry) -> None:
    # no cover formula: the Bureau circulated a report of its own
    sentence = "The Bureau circulated its report to the Parties in May; the report was prepared pursuant to decision 6/9."
    assert ("pursuantTo", "LBC/COP.7/INF/3", "lbc-cop/dec/6/9") not in note(sentence, registry, "pursuantTo")


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        ("The technical group on shoreline erosion, established by decision 6/4, held its first meeting online on 3 and 4 "
         "July 2034 and its second meeting in Nairobi from 17 to 19 January 2035.",
         {("heldOn", 1, "2034-07-03/2034-07-04"), ("heldOn", 2, "2035-01-17/2035-01-19"), ("heldIn", 2, "Nairobi")}),
        ("The open-ended working group on fish passage, set up by decision 6/4, held its first meeting in Bonn on 5 "
         "March 2035.",
         {("heldOn", 1, "2035-03-05"), ("heldIn", 1, "Bonn")}),
        ("The ad hoc expert group on dredging, created by decision 6/4, will hold its third "
         "meeting in Geneva on 9 and 10 June 2035.",
         {("heldOn", 3, "2035-06-09/2035-06-10"), ("heldIn", 3, "Geneva")}),
    ],
)
def test_a_described_group_with_its_origin_set_off_holds_its_meetings(sentence, meetings, registry: BodyRegistry) -> None:
    found = note(sentence, registry, "establishes", "heldOn", "heldIn", "meetingOf")
    born = {o for r, s, o in found if r == "establishes" and s == "lbc-cop/dec/6/4"}
    assert len(born) == 1
    group = born.pop()
    assert {(r, f"{group}#{n}", o) for r, n, o in meetings} <= found
    # never the Conference's nor its Bureau's
    assert not any(s.startswith(("lbc-cop#1", "lbc-cop#2", "lbc-cop#3", "lbc-cop/bureau#")) for _, s, _ in found)


def test_another_bodys_meeting_after_the_group_stays_its_own(registry: BodyRegistry) -> None:
    sentence = ("The technical group on shoreline erosion, established by decision 6/4, held its first meeting in Bonn on 3 "
                "July 2034, and the Bureau its second meeting in Nairobi on 9 July 2034.")
    found = note(sentence, registry, "establishes", "heldIn", "meetingOf")
    group = next(o for r, s, o in found if r == "establishes")
    assert ("heldIn", f"{group}#2", "Nairobi") not in found


def test_a_relative_clause_on_the_recalled_decision_ends_before_the_main_clause(registry: BodyRegistry) -> None:
    sentence = ("Recalling its decision 5/3, by which it had established the Working Group on Sediment Monitoring, the "
                "Conference decided, by decision 6/8, that the working group would continue its work.")
    found = note(sentence, registry, "establishes", "cites")
    assert ("establishes", "lbc-cop/dec/5/3", "lbc-cop/wg-sediments") in found
    assert ("cites", "lbc-cop/dec/6/8", "lbc-cop/dec/5/3") in found
    assert not any(r == "establishes" and s == "lbc-cop/dec/6/8" for r, s, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # the decision named as the verb's object, not set off after it
        "Recalling its decision 5/3, the Conference reviewed decision 6/8 and took no action.",
        # the verb's subject is another body than the decision's issuer
        "Recalling decision 5/3, the Bureau decided, by consensus, to meet online.",
    ],
)
def test_no_citation_without_the_issuers_instrument_set_off(sentence: str, registry: BodyRegistry) -> None:
    assert not note(sentence, registry, "cites")


def test_addressees_listed_before_the_task_are_all_kept(registry: BodyRegistry) -> None:
    sentence = "By decision 6/8, the Conference requested the Bureau, the Working Group on Sediment Monitoring and the Secretariat to report."
    found = note(sentence, registry, "requests")
    assert {("requests", "lbc-cop/dec/6/8", "lbc-cop/bureau"), ("requests", "lbc-cop/dec/6/8", "lbc-cop/wg-sediments")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bureau reported on its work, prepared pursuant to decision 6/10, by which the Conference requested the Bureau "
        "to report to it at its ninth meeting.",
        "In decision 6/10, the Conference asked the Working Group on Sediment Monitoring to report to it at its ninth meeting.",
    ],
)
def test_report_to_it_at_its_meeting_told_of_an_instrument(sentence: str, registry: BodyRegistry) -> None:
    found = note(sentence, registry, "meetingOf")
    assert ("meetingOf", "lbc-cop#9", "lbc-cop") in found
    assert not any(s.endswith("#9") and s != "lbc-cop#9" for _, s, _ in found)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("The sixth meeting was held in Bonn from l to 5 November 2033.", "2033-11-01/2033-11-05"),
        ("The sixth meeting was held in Bonn on l and 2 December 2033.", "2033-12-01/2033-12-02"),
        ("The sixth meeting was held in Bonn from 30 November to l December 2033.", "2033-11-30/2033-12-01"),
        ("The sixth meeting was held in Bonn on l 0ctober 2033.", "2033-10-01"),
    ],
)
def test_a_lone_ocr_l_before_a_month_is_a_day(written: str, day: str, registry: BodyRegistry) -> None:
    assert ("heldOn", "lbc-cop#6", day) in note(written, registry, "heldOn")


@pytest.mark.parametrize("text", ["Hall May be used", "the vol. l May issue", "O.l May", "l'Europe May", "Rev.l May"])
def test_an_l_that_is_no_day_stays(text: str) -> None:
    assert ocr.day_fixes(text) == [] or text == "the vol. l May issue"


def test_an_l_that_is_no_day_stays_in_a_word() -> None:
    assert ocr.day_fixes("Hall May") == [] and ocr.day_fixes("all June") == [] and ocr.day_fixes("l.5 May") == []


AGENDA = """                                                     LBC/COP/WG.1/2035/1
                                                     Distr.: General
                                                     2 April 2035

Working Group on Sediment Monitoring
Bonn, 15-17 June 2035

             {title} of the twelfth meeting

1. The twelfth meeting of the Working Group will be held in Bonn from 15 to 17 June 2035.
"""


def test_an_annotated_agendas_title_names_the_meeting_it_is_submitted_to(registry: BodyRegistry) -> None:
    found = facts(AGENDA.format(title="Annotated provisional agenda"), registry, "submittedTo", "heldOn")
    assert ("submittedTo", "LBC/COP/WG.1/2035/1", "lbc-cop/wg-sediments#12") in found
    assert ("heldOn", "lbc-cop/wg-sediments#12", "2035-06-15/2035-06-17") in found


def test_a_report_titled_by_its_meeting_is_not_submitted_to_it(registry: BodyRegistry) -> None:
    found = facts(AGENDA.format(title="Report"), registry, "submittedTo")
    assert ("submittedTo", "LBC/COP/WG.1/2035/1", "lbc-cop/wg-sediments#12") not in found
