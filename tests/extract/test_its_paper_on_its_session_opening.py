"""A sentence opening on the subject's own paper about its session, the subject named after the
comma: "In its report on its fifty-eighth session (A/86/53), the Human Rights Council recommended
...". "its" was the document author's (the General Assembly's fifty-eighth session); it is the
subject's, as in "At its tenth session, the Conference adopted" (`resolve._ITS_PAPER_ON_ITS_OPENING`)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
HEAD = (
    "A/86/400\nGeneral Assembly\nDistr.: General\n3 August 2031\nEighty-sixth session\n"
    "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n1. "
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _reports(sentence: str, registry) -> set[tuple[str, str]]:
    e = extract(HEAD + sentence + "\n", source_key="report", registry=registry)
    return {("|".join(f.subject.symbols), f"{f.object.body}#{f.object.ordinal}") for f in e.facts if f.relation == "reportOf"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In its report on its fifty-eighth session (A/86/53), the Human Rights Council recommended measures.", ("A/86/53", "hrc#58")),
        ("In its annual report on the work of its seventy-fifth session (E/2031/27), the Commission on the Status of Women drew attention to the matter.",
         ("E/2031/27", "ecosoc/csw#75")),
        ("In the report of the Human Rights Council on its fifty-eighth session (A/86/53), the Assembly found recommendations.", ("A/86/53", "hrc#58")),
    ],
)
def test_its_is_the_subject_named_after_the_comma(sentence: str, expected: tuple[str, str], registry) -> None:
    assert _reports(sentence, registry) == {expected}
