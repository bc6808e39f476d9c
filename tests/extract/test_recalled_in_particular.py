"""A recital that singles out what it recalls ("Recalling in particular that, by resolution 80/301,
it decided to establish ... and requested ...", "Noting, in particular, that in its decision ...")
tells what the earlier instrument did, as "Recalling also that, by ..." does (`relate._RECALLS_THAT_BY`,
E296). "Recalling in particular its resolution 80/301," tells no act of it."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import shipped_registry, stated

GA_TEXT = (
    "A/RES/81/290\nGeneral Assembly\nDistr.: General\n20 September 2027\nEighty-first session\nAgenda item 118\n"
    "Resolution adopted by the General Assembly on 12 September 2027\n"
    "81/290. Revitalization of the work of the General Assembly\n"
    "The General Assembly,\n{s}\n1. Welcomes the work of the Ad Hoc Working Group;\n"
)
GROUP = "ga/working-group-on-the-revitalization-of-the-work-of-the-general-assembly"


def told_of(sentence: str) -> set[tuple[str, str, str]]:
    found = stated(extract(GA_TEXT.format(s=sentence), source_key="test", registry=shipped_registry()))
    return {(r, s, o) for r, s, o in found if r in ("requests", "establishes") and s == "ga/res/80/301"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Recalling in particular that, by resolution 80/301, it decided to establish an ad hoc working group on the revitalization"
         " of the work of the General Assembly, and requested the Ad Hoc Working Group to submit a report,",
         {("establishes", "ga/res/80/301", GROUP), ("requests", "ga/res/80/301", GROUP)}),
        ("Recalling also, in particular, that by its resolution 80/301 it established an ad hoc working group on the revitalization"
         " of the work of the General Assembly,", {("establishes", "ga/res/80/301", GROUP)}),
        ("Noting in particular that in resolution 80/301 it requested the Secretary-General to report annually,",
         {("requests", "ga/res/80/301", "secretary-general")}),
        ("Recalling especially that, by its resolution 80/301, it requested the Secretary-General to report,",
         {("requests", "ga/res/80/301", "secretary-general")}),
    ],
)
def test_the_recital_tells_what_the_earlier_text_did(sentence, expected):
    assert told_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Recalling in particular its resolution 80/301,",
        "Recalling in particular the importance of its resolution 80/301 for the work of the Assembly,",
    ],
)
def test_a_recalled_text_alone_tells_no_act(sentence):
    assert told_of(sentence) == set()
