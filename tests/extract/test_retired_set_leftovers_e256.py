"""What E249, E250 and E252 left in the retired set (E256), each a general rule, tried on invented
bodies in an inline `.ttl`:

- a masthead's note "(Also issued as A/89/12/Add.1, to be submitted to ...)" under the title: the
  document being read under a second symbol;
- "Having considered the note (X) presented to the Standing Committee at its 110th meeting" in a
  conclusion printed in the report of its issuer's session: the paper was before that session too;
- "Endorses the recommendations of the Standing Committee adopted at its 110th meeting": the meeting
  of the body named after "of" (the participle's agent left out);
- "... adopted related decisions on X (BC-19/11 and SC-14/10) on the same day": the day the text told
  last of an adoption.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phrasing import BASE, stated  # noqa: E402

_TTL = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/mpx> a mg:Body ; mg:key "mpx" ;
    skos:prefLabel "Executive Committee of the Migration Protection Programme"@en ; mg:shortName "Executive Committee" ;
    mg:gatheringTerm "session" ; mg:symbolPrefix "A/AC.301" ; mg:issuesInstruments true .
<body/mpx/standing> a mg:Body ; mg:key "mpx/standing" ;
    skos:prefLabel "Standing Committee of the Executive Committee of the Migration Protection Programme"@en ;
    mg:shortName "Standing Committee" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/mpx> .
<body/mpx/director> a mg:Body ; mg:key "mpx/director" ;
    skos:prefLabel "Director of the Migration Protection Programme"@en ; mg:shortName "Director" ;
    org:subOrganizationOf <body/mpx> .
<body/fish> a mg:Body ; mg:key "fish" ;
    skos:prefLabel "Commission on Inland Fisheries"@en ; mg:shortName "Commission" ;
    mg:gatheringTerm "session" ; mg:symbolPrefix "CIF" ; mg:issuesInstruments true .
<body/fish/panel> a mg:Body ; mg:key "fish/panel" ;
    skos:prefLabel "Technical Panel on Stock Assessment"@en ; mg:shortName "Panel" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/fish> .
<body/cop-lake> a mg:Body ; mg:key "cop-lake" ;
    skos:prefLabel "Conference of the Parties to the Lake Basin Convention"@en ; mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "LBC/COP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "LB-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/cop-dune> a mg:Body ; mg:key "cop-dune" ;
    skos:prefLabel "Conference of the Parties to the Coastal Dune Convention"@en ; mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "CDC/COP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "DC-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/cop-reef> a mg:Body ; mg:key "cop-reef" ;
    skos:prefLabel "Conference of the Parties to the Coral Reef Convention"@en ; mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "CRC/COP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CR-{session}/{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("e256") / "leftovers.ttl"
    path.write_text(_TTL)
    return load_registry(BASE, [path])


def facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="t", registry=registry)
    # (the document's own second symbol is an `owl:sameAs` of its node, as a joint document's is)
    own = extraction.document.ref.symbols
    found = stated(extraction) | {("alsoSymbol", own[0], other) for other in own[1:]}
    return {f for f in found if not relations or f[0] in relations}


# ------------------------------------------------------------------ a masthead's "(Also issued as X)"

_MASTHEAD = """UNITED NATIONS                                    A/AC.301/88
                                                  Distr.: GENERAL
                                                  12 October 2033

EXECUTIVE COMMITTEE OF THE
MIGRATION PROTECTION PROGRAMME
Forty-second session
Geneva, 3-7 October 2033

    REPORT OF THE FORTY-SECOND SESSION OF THE EXECUTIVE COMMITTEE OF
           THE MIGRATION PROTECTION PROGRAMME

{note}

1. The forty-second session of the Executive Committee was held in Geneva from 3 to 7 October 2033.
"""


@pytest.mark.parametrize(
    "note",
    [
        "    (Also issued as A/88/12/Add.1, to be submitted to the General\n     Assembly at its eighty-eighth session)",
        "(Also circulated as A/88/12/Add.1)",
        "(Issued also as document A/88/12/Add.1)",
        "Also published under the symbol A/88/12/Add.1",
    ],
)
def test_a_masthead_note_gives_the_document_a_second_symbol(note: str, registry: BodyRegistry) -> None:
    found = facts(_MASTHEAD.format(note=note), registry, "alsoSymbol")
    assert ("alsoSymbol", "A/AC.301/88", "A/88/12/Add.1") in found


@pytest.mark.parametrize(
    "note",
    [
        # another document's symbols, named with their own subject
        "(The report of the Standing Committee is also issued as A/88/12/Add.2)",
        # a paper named in brackets, no "also ... as"
        "(See also A/88/12/Add.1)",
        "(Issued as a supplement to A/88/12)",
    ],
)
def test_other_notes_give_no_second_symbol(note: str, registry: BodyRegistry) -> None:
    assert not facts(_MASTHEAD.format(note=note), registry, "alsoSymbol")


def test_the_note_in_the_body_of_the_text_names_no_second_symbol(registry: BodyRegistry) -> None:
    far = _MASTHEAD.format(note="") + "".join(
        f"\n{n}. The Committee heard statements on the protection of migrants at sea and in transit countries "
        "and on the resettlement of refugees in third countries, and thanked the host Government.\n"
        for n in range(2, 16)
    ) + "\n(Also issued as A/88/12/Add.3)\n"
    assert not facts(far, registry, "alsoSymbol")


# ------------------------------------------------------------------ "presented to ... at its 110th meeting"

_CONCLUSION = """A/AC.301/88
Distr.: GENERAL

EXECUTIVE COMMITTEE OF THE MIGRATION PROTECTION PROGRAMME
Forty-second session
Geneva, 3-7 October 2033

REPORT OF THE FORTY-SECOND SESSION OF THE EXECUTIVE COMMITTEE

III. CONCLUSIONS ADOPTED BY THE EXECUTIVE COMMITTEE

10. At its 702nd plenary meeting, on 7 October 2033, the Executive Committee adopted the following conclusion:

A. Conclusion on data on migrants and their inclusion in national systems

                     No. 88 (XLII) - 2033

The Executive Committee,

      {recital}

      {operative}
"""


@pytest.mark.parametrize(
    "recital",
    [
        "Having considered the note on migrant data (EC/42/SC/CRP.9) presented to the Standing Committee at its 91st meeting (Geneva, 2-4 June 2033),",
        "Having considered the paper on migrant data (EC/42/SC/CRP.9), submitted to the Standing Committee at its 91st meeting,",
        "Having examined the note (EC/42/SC/CRP.9), presented to the Standing Committee at its 91st meeting,",
    ],
)
def test_a_paper_sent_before_to_a_meeting_is_before_the_session_too(recital: str, registry: BodyRegistry) -> None:
    found = facts(_CONCLUSION.format(recital=recital, operative="(a) Requests the Director to report;"), registry, "submittedTo")
    assert ("submittedTo", "EC/42/SC/CRP.9", "mpx#42") in found
    assert ("submittedTo", "EC/42/SC/CRP.9", "mpx/standing#91") in found


def test_a_report_on_another_session_is_not_sent_to_the_adopting_one_by_this_rule(registry: BodyRegistry) -> None:
    # a gathering the paper went to, told before the symbol ("presented at ... (X)"): the old rule's
    recital = "Having considered the note presented to the Standing Committee at its 91st meeting (EC/42/SC/CRP.9),"
    found = facts(_CONCLUSION.format(recital=recital, operative="(a) Requests the Director to report;"), registry, "submittedTo")
    assert ("submittedTo", "EC/42/SC/CRP.9", "mpx#42") not in found


@pytest.mark.parametrize(
    "operative, target",
    [
        ("(a) Endorses the recommendations of the Standing Committee adopted at its 91st meeting on data;", "mpx/standing#91"),
        ("(a) Endorses the conclusions of the Standing Committee, as agreed at its 91st meeting;", "mpx/standing#91"),
        ("(a) Endorses the recommendations of the Standing Committee at its 91st meeting;", "mpx/standing#91"),
    ],
)
def test_recommendations_of_a_body_adopted_at_its_meeting(operative: str, target: str, registry: BodyRegistry) -> None:
    recital = "Recalling its Conclusion No. 80 (XL) - 2031,"
    found = facts(_CONCLUSION.format(recital=recital, operative=operative), registry, "endorses")
    assert ("endorses", "mpx/dec/42/88", target) in found


def test_recommendations_adopted_by_another_body_at_its_session(registry: BodyRegistry) -> None:
    # "adopted by the Commission at its session": the agent's gathering (the old rule), not the
    # Committee's: a body that holds no sessions gives none
    recital = "Recalling its Conclusion No. 80 (XL) - 2031,"
    operative = "(a) Endorses the recommendations of the Standing Committee adopted by the Commission on Inland Fisheries at its 12th session;"
    found = facts(_CONCLUSION.format(recital=recital, operative=operative), registry, "endorses")
    assert ("endorses", "mpx/dec/42/88", "mpx/standing#12") not in found


def test_a_panel_of_a_commission_in_a_resolution(registry: BodyRegistry) -> None:
    text = """CIF/12/REP
Commission on Inland Fisheries
Twelfth session
Rome, 4-8 May 2032

Report of the Commission on Inland Fisheries on its twelfth session

Resolution 12/3
Stock assessment

The Commission on Inland Fisheries,

1. Endorses the recommendations of the Technical Panel on Stock Assessment made at its fourth meeting;
"""
    assert ("endorses", "fish/res/12/3", "fish/panel#4") in facts(text, registry, "endorses")


# ------------------------------------------------------------------ "(X and Y) on the same day"

_MAIL = """From: Secretariat of the Lake Basin Convention
Sent: 14 May 2034
Subject: Advance text of decision LB-9/4

Dear colleagues,

The Conference of the Parties to the Lake Basin Convention, at its ninth meeting, held in Nairobi from
2 to 12 May 2034, adopted decision LB-9/4 on 11 May 2034.

{sentence}

LB-9/4: Shared monitoring

The Conference of the Parties,

1. Requests the secretariat to prepare a report;
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conferences of the Parties to the Coastal Dune and Coral Reef conventions adopted related decisions on joint monitoring (DC-7/2 and CR-5/6) on the same day.",
        "The other two Conferences approved parallel texts (decisions DC-7/2 and CR-5/6), both on the same day.",
        "Related decisions on joint monitoring were adopted by the other conferences (DC-7/2, CR-5/6) on the same date.",
    ],
)
def test_decisions_in_brackets_adopted_on_the_same_day(sentence: str, registry: BodyRegistry) -> None:
    found = facts(_MAIL.format(sentence=sentence), registry, "adoptedOn")
    assert ("adoptedOn", "cop-lake/dec/9/4", "2034-05-11") in found
    assert ("adoptedOn", "cop-dune/dec/7/2", "2034-05-11") in found
    assert ("adoptedOn", "cop-reef/dec/5/6", "2034-05-11") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # another day named between
        "The other Conferences adopted related decisions on 12 May 2034 (DC-7/2 and CR-5/6), on the same day as the closing.",
        # the same day as something else
        "The other Conferences adopted related decisions (DC-7/2 and CR-5/6) on the same day as their high-level segment.",
        # no adoption told
        "The other Conferences considered draft decisions (DC-7/2 and CR-5/6) on the same day.",
        # the next day
        "The other Conferences adopted related decisions (DC-7/2 and CR-5/6) on the following day.",
    ],
)
def test_near_misses_of_the_same_day(sentence: str, registry: BodyRegistry) -> None:
    found = facts(_MAIL.format(sentence=sentence), registry, "adoptedOn")
    assert ("adoptedOn", "cop-dune/dec/7/2", "2034-05-11") not in found
    assert ("adoptedOn", "cop-reef/dec/5/6", "2034-05-11") not in found


# ------------------------------------------------------------------ a two-column list of documents, titles wrapped

_ANNEX = """CIF/12/REP
Commission on Inland Fisheries
Twelfth session
Rome, 4-8 May 2032

Report of the Commission on Inland Fisheries on its twelfth session

1. The Commission adopted the present report at its closing meeting.

                                                                   CIF/12/REP

Annex
                    Documents before the Commission on Inland Fisheries at its
                    twelfth session

                    {header}

                    CIF/12/1                          Provisional agenda and annotations

                    CIF/12/4                          Report of the Technical Panel on Stock
                                                      Assessment on the work of its
                                                      fourth meeting

                    CIF/12/5                          Inland fisheries and climate: a note
                                                      by the secretariat

                    CIF/12/INF.1                      List of participants
"""


@pytest.mark.parametrize("header", ["Document                          Title", "Symbol                            Title"])
def test_a_wrapped_title_in_a_two_column_list_is_one_cell(header: str, registry: BodyRegistry) -> None:
    found = facts(_ANNEX.format(header=header), registry)
    # the title's last line, read alone, gave the Commission a "fourth meeting" of its own
    assert not any(s == "fish#4" for _, s, _ in found)
    assert ("reportOf", "CIF/12/4", "fish/panel#4") in found
    for symbol in ("CIF/12/1", "CIF/12/4", "CIF/12/5", "CIF/12/INF.1"):
        assert ("submittedTo", symbol, "fish#12") in found


def test_two_columns_of_prose_under_no_such_header_are_no_list() -> None:
    from mandate_graph.loaders.extract.aligned_tables import aligned_table_export

    # a two-column masthead and a "Notes   Remarks" header over text: left as they are
    text = (
        "UNITED NATIONS                    CIF/12/REP\n"
        "                                  Distr.: General\n\n"
        "                    Notes                             Remarks\n\n"
        "                    CIF/12/1                          Provisional agenda and\n"
        "                                                      annotations\n\n"
        "                    CIF/12/4                          Report of the Panel\n"
        "                                                      on its fourth meeting\n"
    )
    assert aligned_table_export(text) is None
    # the header over rows of one line each: read line by line, as before
    one_line_rows = (
        "                    Document                          Title\n\n"
        "                    CIF/12/1                          Provisional agenda\n\n"
        "                    CIF/12/4                          Report of the Panel\n"
    )
    assert aligned_table_export(one_line_rows) is None


# ------------------------------------------------------------------ a record's "Documents:" field, its value below

_PAGE = """   #[1]Commission on Inland Fisheries

                             Resolution 12/3

         Stock assessment in shared lakes

   Session:            Twelfth session of the Commission on Inland Fisheries
   Place and dates:    Rome, 4-8 May 2032
   Adopted:            8 May 2032 (4th plenary meeting)
   {field}
     __________________________________________________________________

   The Commission on Inland Fisheries,

    1. Requests the Technical Panel on Stock Assessment to report at its fifth meeting;
"""


@pytest.mark.parametrize(
    "field",
    [
        "Documents:          CIF/12/4; CIF/12/5",
        "Documents:          CIF/12/4, CIF/12/5",
        "Documents:          CIF/12/4 and CIF/12/5",
    ],
)
def test_a_records_documents_padded_by_a_text_browser(field: str, registry: BodyRegistry) -> None:
    found = facts(_PAGE.format(field=field), registry, "submittedTo")
    assert {("submittedTo", "CIF/12/4", "fish#12"), ("submittedTo", "CIF/12/5", "fish#12")} <= found


@pytest.mark.parametrize(
    "field",
    [
        # words beside the symbols: no list of papers alone
        "Documents:          see CIF/12/4 and the annex to CIF/12/5",
        # another label
        "Related:            CIF/12/4; CIF/12/5",
    ],
)
def test_no_papers_from_other_fields(field: str, registry: BodyRegistry) -> None:
    found = facts(_PAGE.format(field=field), registry, "submittedTo")
    assert ("submittedTo", "CIF/12/5", "fish#12") not in found


def test_a_mastheads_document_field_is_the_documents_own_symbol(registry: BodyRegistry) -> None:
    # "Document:   CIF/12/INF.9" in a masthead (singular): the document's own symbol, sent nowhere
    text = _PAGE.format(field="Document:").replace("   Session:", "   CIF/12/INF.9\n\n   Session:")
    found = facts(text, registry, "submittedTo")
    assert ("submittedTo", "CIF/12/INF.9", "fish#12") not in found
