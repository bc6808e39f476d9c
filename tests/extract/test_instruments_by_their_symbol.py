"""E167. An instrument named by its own document's symbol ("A/RES/77/12", "A/HRC/DEC/52/101",
"UNEP/EA.6/Res.2", "A/RES/2758 (XXVI)") is its series' body's instrument, with or without a kind
word before it, for a body the reference data knows that numbers "{session}/{number}"; a report's
symbol ("A/77/123") stays a document. And a bare number whose shape the document's body never
writes, or whose issuer is named by a name the reference data does not know, gets no issuer rather
than the document's body. Invented sentences in a report of the Secretary-General (shipped data)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, key, shipped_registry


@pytest.fixture(scope="module")
def registry():
    return shipped_registry()


def _mentioned(sentence: str, registry, frame: str = SG_REPORT) -> set[str]:
    e = extract(frame.format(s=sentence), source_key="report", registry=registry)
    return {key(f.object) for f in e.facts if f.relation == "mentions" and "/" in key(f.object) and key(f.object)[:1].islower()}


def _facts(sentence: str, registry) -> set[tuple[str, str, str]]:
    e = extract(SG_REPORT.format(s=sentence), source_key="report", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in e.facts}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Assembly recalled resolution A/RES/77/12.", {"ga/res/77/12"}),
        ("In A/RES/77/12, the Assembly requested the Secretary-General to report.", {"ga/res/77/12"}),
        ("See A/RES/77/12.", {"ga/res/77/12"}),
        ("The Council recalled A/HRC/RES/52/1 and\nA/HRC/DEC/52/101.", {"hrc/res/52/1", "hrc/dec/52/101"}),
        ("Reference is made to E/RES/2023/5, E/DEC/2023/215 and E/CN.15/RES/32/1.", {"ecosoc/res/2023/5", "ecosoc/dec/2023/215", "ecosoc/ccpcj/res/32/1"}),
        ("The Environment Assembly adopted UNEP/EA.6/Res.2 and UNEP/EA.6/Dec.1.", {"unea/res/6/2", "unea/dec/6/1"}),
        ("The Assembly, by A/RES/2758 (XXVI) and A/RES/812(XLII), decided.", {"ga/res/26/2758", "ga/res/42/812"}),
        ("The resolutions A/RES/77/11 and A/RES/77/12 (see A/77/123) were recalled.", {"ga/res/77/11", "ga/res/77/12"}),
        ("The Assembly recalled A/RES/S-8/1 and A/RES/ES-10/21.", {"ga/res/S-8/1", "ga/res/ES-10/21"}),
    ],
)
def test_an_instrument_named_by_its_symbol(sentence: str, expected: set[str], registry) -> None:
    assert _mentioned(sentence, registry) == expected


def test_the_symbol_names_the_instrument_that_requests(registry) -> None:
    assert ("requests", "ga/res/77/12", "secretary-general") in _facts(
        "In A/RES/77/12, the Assembly requested the Secretary-General to report.", registry
    )


def test_a_footnote_cites_the_symbol(registry) -> None:
    frame = SG_REPORT.replace("1. {s}\n", "1. The Assembly requested a report.1\n\n__________\n1 {s}\n")
    assert _mentioned("See A/HRC/RES/52/1 and A/RES/77/12.", registry, frame) == {"hrc/res/52/1", "ga/res/77/12"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The report (A/77/123) was noted.",  # a report's symbol: no kind part
        "See A/RES/77/12/Add.1 for the annex.",  # a longer symbol: an addendum, a document
        "The Council recalled resolution S/RES/2719 (2023).",  # a declared convention reads it (below)
        "The draft (A/C.3/77/L.12) was adopted.",  # a draft's symbol
    ],
)
def test_near_misses_name_no_default_instrument(sentence: str, registry) -> None:
    assert not {k for k in _mentioned(sentence, registry) if k.startswith(("ga/", "hrc/"))}


def test_a_declared_convention_still_reads_its_symbol(registry) -> None:
    assert _mentioned("The Council recalled resolution S/RES/2719 (2023).", registry) == {"security-council/res/2023/2719"}


def test_the_masthead_symbol_stays_the_document_s_own_resolution(registry) -> None:
    text = (
        "United Nations\nA/RES/81/214\nGeneral Assembly\nDistr.: General\n20 December 2026\nEighty-first session\n"
        "Agenda item 70\n\nResolution adopted by the General Assembly on 18 December 2026\n\n"
        "81/214. Strengthening of the coordination\n\nThe General Assembly,\n\n"
        "Recalling its resolution A/RES/80/100,\n\n1. Requests the Secretary-General to submit a report;\n"
    )
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="r", registry=registry).facts}
    assert ("containedIn", "ga/res/81/214", "A/RES/81/214") in facts
    assert ("cites", "ga/res/81/214", "ga/res/80/100") in facts
    assert ("requests", "ga/res/81/214", "secretary-general") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Commission on Human Rights resolution 2005/69 was recalled.",
        "Conference of the Parties decision 16/1 was recalled.",
        "The Sub-Commission on the Promotion and Protection of Human Rights resolution 2003/12 was noted.",
    ],
)
def test_an_issuer_the_reference_data_does_not_know_is_none(sentence: str, registry) -> None:
    assert not {k for k in _mentioned(sentence, registry) if k.startswith("ga/")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Decision BC-16/1 was recalled.",
        "The parties recalled decision SC-11/4 and decision RC-10/2.",
    ],
)
def test_letters_before_the_session_are_no_fallback_body_s(sentence: str, registry) -> None:
    assert _mentioned(sentence, registry) == set()


def test_a_year_after_the_body_s_numbers_by_session(registry) -> None:
    sentence = "General Assembly resolution 77/12 was recalled, as was resolution 2005/69."
    assert _mentioned(sentence, registry) == {"ga/res/77/12"}


@pytest.mark.parametrize(
    "sentence",
    [
        "General Assembly resolution 77/12 was recalled.",  # a known name
        "The Assembly recalled resolution 77/12 and resolution S-8/1.",  # the body's own shapes
    ],
)
def test_the_default_issuer_keeps_its_own_numbers(sentence: str, registry) -> None:
    assert _mentioned(sentence, registry) and all(k.startswith("ga/") for k in _mentioned(sentence, registry))


def test_an_issuer_named_between_a_back_reference_s_words(registry) -> None:
    text = SG_REPORT.replace(
        "1. {s}\n",
        "1. The Assembly adopted resolution 77/12 on coastal fisheries.\n\n"
        "2. The Human Rights Council adopted resolution 52/1 on water.\n\n"
        "3. Under the above-mentioned Assembly resolution, a report is due. The same resolution invites "
        "the United Nations Environment Programme to contribute.\n",
    )
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="r", registry=registry).facts}
    assert ("invites", "ga/res/77/12", "unep") in facts
    assert ("invites", "hrc/res/52/1", "unep") not in facts
