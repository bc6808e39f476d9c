"""One-word abbreviations two loaded bodies share (E215, what E207 left): "RTC", the alias of an invented
trade conference's Regional Trade Committee and of a transport commission's Road Transport Committee
(`tests/data/abbreviations_e215.ttl`), like the unseen set's "ITC", "PBC", "OEWG", "CRC". E207 read a
name of several words two bodies carry as a short name of each, which the document's context decides
(`resolve.Scope`); an abbreviation of one word still went to the body whose key sorts first
(`by_name.setdefault`), or, where the sentence's "its" then found no such body, to another. Now a name
of one word in capitals that several bodies carry is demoted as those names are
(`references._ONE_WORD_ABBREVIATION` in `_matcher_for`): the document's masthead body, the body named in
full before, none otherwise.

Near miss: a document that names neither committee in full and is neither's gives no session to the
abbreviation, and none to the document's own body ("its" is the RTC's, not the General Assembly's)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, key

DATA = Path(__file__).resolve().parents[1] / "data" / "abbreviations_e215.ttl"
TRADE, TRANSPORT = "e215-trade/rtc", "e215-transport/rtc"
SENTENCE = "The RTC will hold its fifth session in Porto from 3 to 5 May 2033."


@lru_cache(maxsize=1)
def _registry():
    return load_registry(BASE, [DATA])


def _held_in(text: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=_registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "heldIn"}


def _note(symbol: str, parent: str, committee: str) -> str:
    return f"{symbol}/2032/4\n{parent}\n{committee}\nFourth session\nLisbon, 4-6 May 2032\n\nNote by the secretariat\n\n1. {SENTENCE}\n"


def _sg_report(*paragraphs: str) -> str:
    numbered = "".join(f"{n}. {p}\n\n" for n, p in enumerate(paragraphs, 1))
    return "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\n\nReport of the Secretary-General\n\n" + numbered


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (_note("CCX/RTC", "Commission on Coastal Transport", "Road Transport Committee"), TRANSPORT),
        (_note("CCT/RTC", "Conference on Coastal Trade", "Regional Trade Committee"), TRADE),
        (_sg_report("The Road Transport Committee (RTC) met in Lisbon in 2031.", SENTENCE), TRANSPORT),
        (_sg_report("The Regional Trade Committee met in Lisbon in 2031.", SENTENCE), TRADE),
    ],
    ids=["masthead-second-key", "masthead-first-key", "in-full-second-key", "in-full-first-key"],
)
def test_the_document_decides_whose_abbreviation_it_is(text, owner):
    assert (f"{owner}#5", "Porto") in _held_in(text)
    assert not {s for s, _ in _held_in(text) if s.endswith("#5") and not s.startswith(owner)}


def test_a_document_that_decides_nothing_gives_no_session():
    assert _held_in(_sg_report(SENTENCE)) == set()
