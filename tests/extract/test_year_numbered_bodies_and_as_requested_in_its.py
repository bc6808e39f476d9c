"""Two ways the issuer of a bare number goes wrong, and what reads now.

A body a user's reference file numbers the default way ("{session}/{number}") but that the document
shows numbering its texts by year — "the Commission on Human Rights created in its resolution
1985/33" — adopted no "resolution 72/163": in that document its numbering takes only numbers whose
session is a year (`numbering.YearSessionsOnly`), and the Assembly's numbers stay the Assembly's.
"as the Council requested in its resolution 58/21": "its" is the subject of the verb right before
"in its" (`resolve._VERB_IN_ITS`). Invented sentences in a web page's and a report's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT

BASE = "https://w3id.org/mandate-graph/id/"
COMMISSION = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/chr> a mg:Body ;
    mg:key "chr" ;
    skos:prefLabel "Commission on Human Rights"@en ;
    mg:shortName "Commission" ;
    mg:symbolPrefix "E/CN.4" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/ecosoc> .
"""
PAGE = (
    "United Nations Voluntary Fund for Coastal Communities\n\nAbout the Fund\n\n"
    "The Fund was established by the General Assembly in its resolution 36/151 of 16 December 1981.\n\n"
    "{s}\n\n"
    "The Special Rapporteur on coastal communities, whose mandate the Commission on Human Rights created in its resolution 1985/33, "
    "works closely with the Fund.\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("chr")
    (folder / "chr.ttl").write_text(COMMISSION, encoding="utf-8")
    return load_registry(BASE, [folder])


def _instruments(text: str, registry) -> set[InstrumentRef]:
    e = extract(text, source_key="page", registry=registry)
    return {f.object for f in e.facts if f.relation == "mentions" and isinstance(f.object, InstrumentRef)}


def test_a_body_numbered_by_year_here_takes_no_number_of_a_session(registry) -> None:
    found = _instruments(PAGE.format(s="In its resolution 72/163 of 19 December 2017, the Assembly urged States to contribute."), registry)
    assert InstrumentRef("ga", "resolution", "72", "163") in found
    assert not any(ref.issuer == "chr" and ref.session == "72" for ref in found)
    assert InstrumentRef("chr", "resolution", "1985", "33") in found


def test_without_evidence_of_years_the_numbering_reads_as_before(registry) -> None:
    # the Commission named, but no number of its written by year: its numbering is not narrowed
    text = "The Commission on Human Rights adopted resolution 61/12 at its sixty-first session.\n"
    assert InstrumentRef("chr", "resolution", "61", "12") in _instruments(text, registry)


REPORT = SG_REPORT


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General reports to the Human Rights Council as the Council requested in its resolution 58/21.",
        "The Secretary-General, as the Human Rights Council requested in its resolution 58/21, submits the report.",
        "A report was submitted to the Human Rights Council, which the Council had requested in its resolution 58/21.",
    ],
)
def test_as_the_body_requested_in_its_resolution(sentence: str) -> None:
    registry = load_registry(BASE)
    assert InstrumentRef("hrc", "resolution", "58", "21") in _instruments(REPORT.format(s=sentence), registry)
