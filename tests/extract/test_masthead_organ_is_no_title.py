"""The organ's line of a resolution's masthead ("Security Council", beside "Distr.: General") is
no title of the resolution its symbol names: a Security Council resolution has no title at all,
and a General Assembly resolution's title is the line after its number, even when that title is
itself a body's name ("Office of the United Nations High Commissioner for Refugees")."""

from __future__ import annotations

from functools import lru_cache

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract


@lru_cache(maxsize=1)
def shipped() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


def titles(text: str) -> set[tuple[object, object]]:
    return {(f.subject, f.object) for f in extract(text, source_key="doc", registry=shipped()).facts if f.relation == "title"}


SC_TEXT = (
    "Resolution 2797 (2025)\n\n"
    "Adopted by the Security Council at its 9870th meeting, on 12 March 2025\n\n"
    "The Security Council,\n"
    "Recalling its resolutions 2374 (2017) and 2484 (2019),\n"
    "1. Requests the Secretary-General to report to the Council every 90 days;\n"
)


@pytest.mark.parametrize(
    "masthead",
    [
        "United Nations                                          S/RES/2797 (2025)\n"
        "Security Council                                        Distr.: General\n"
        "                                                        12 March 2025\n\n",
        "United Nations\tS/RES/2797 (2025)\nSecurity Council\tDistr.: General\n12 March 2025\n\n",
        "S/RES/2797 (2025)\n\nSecurity Council\n\nDistr.: General\n12 March 2025\n\n",
    ],
)
def test_a_security_council_resolution_has_no_title(masthead: str) -> None:
    found = extract(masthead + SC_TEXT, source_key="doc", registry=shipped()).facts
    resolution = InstrumentRef("security-council", "resolution", "2025", "2797")
    assert not titles(masthead + SC_TEXT)
    assert (resolution, "requests") in {(f.subject, f.relation) for f in found}


def test_a_resolution_titled_with_a_bodys_name_keeps_its_title() -> None:
    text = (
        "United Nations                                                        A/RES/78/118\n"
        "General Assembly                                                      Distr.: General\n"
        "                                                                      19 December 2023\n\n"
        "Seventy-eighth session\nAgenda item 63\n"
        "Resolution adopted by the General Assembly on 18 December 2023\n\n"
        "78/118. Office of the United Nations High Commissioner for Refugees\n\n"
        "The General Assembly,\n"
        "1. Requests the High Commissioner to report to the General Assembly at its seventy-ninth session.\n"
    )
    assert titles(text) == {
        (InstrumentRef("ga", "resolution", "78", "118"), "Office of the United Nations High Commissioner for Refugees")
    }
