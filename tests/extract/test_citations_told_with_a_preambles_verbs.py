"""A report telling what an instrument cited, with the verbs its preamble uses: "In resolution 85/40,
the General Assembly welcomed / noted / acknowledged / reiterated / bore in mind / was guided by its
resolution 77/12", "Resolution 85/40 welcomed resolution 77/12", "made reference to". Only "recalled",
"reaffirmed", "referred to" and "took note of" had been read, though "Welcoming", "Noting",
"Acknowledging", "Guided by" cite in a preamble (a grid of verbs × frames found the rest reading as
nothing; `relate._REPORTED_CITING`, `relate._CITING_VERB_AFTER_SUBJECT`)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
HEAD = (
    "A/86/400\nGeneral Assembly\nDistr.: General\n3 August 2031\nEighty-sixth session\n"
    "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n1. "
)
VERBS = ["welcomed", "noted", "acknowledged", "reiterated", "bore in mind", "was guided by", "made reference to"]


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _cited(sentence: str, registry) -> set[tuple[str, str]]:
    e = extract(HEAD + sentence + "\n", source_key="report", registry=registry)
    return {
        (f"{f.subject.session}/{f.subject.number}", f"{f.object.session}/{f.object.number}")
        for f in e.facts
        if f.relation == "cites" and isinstance(f.subject, InstrumentRef) and isinstance(f.object, InstrumentRef)
    }


@pytest.mark.parametrize("verb", VERBS)
def test_a_preambles_verb_in_the_past_cites(verb: str, registry) -> None:
    sentence = f"In resolution 85/40, the General Assembly {verb} its resolution 77/12 on coastal fisheries."
    assert _cited(sentence, registry) == {("85/40", "77/12")}


@pytest.mark.parametrize("verb", ["welcomed", "acknowledged", "reiterated", "made reference to", "welcomes"])
def test_an_instrument_as_subject_cites_with_them(verb: str, registry) -> None:
    assert _cited(f"Resolution 85/40 {verb} resolution 77/12 of 3 December 2022.", registry) == {("85/40", "77/12")}


def test_a_sentence_naming_one_instrument_cites_nothing(registry) -> None:
    assert _cited("The Secretary-General welcomed the adoption of resolution 85/40.", registry) == set()


# Twelfth round (lead): the participles of a preamble, told after the subject between commas, and
# the past "took into account"; only "recalling" and "reaffirming" had been read there.
PARTICIPLES = ["taking into account", "bearing in mind", "guided by", "noting", "welcoming", "acknowledging", "mindful of", "having regard to"]


@pytest.mark.parametrize("participle", PARTICIPLES)
def test_a_preambles_participle_told_after_the_subject_cites(participle: str, registry) -> None:
    sentence = f"In resolution 85/40, the Assembly, {participle} its resolution 77/12, requested the Secretary-General to submit a report."
    assert _cited(sentence, registry) == {("85/40", "77/12")}


def test_took_into_account_cites(registry) -> None:
    assert _cited("In resolution 85/40, the Assembly took into account its resolution 77/12.", registry) == {("85/40", "77/12")}


def test_a_participle_of_a_sentence_whose_subject_is_no_instrument_cites_nothing(registry) -> None:
    sentence = "The Secretary-General, taking into account resolution 77/12, prepared the present report."
    assert _cited(sentence, registry) == set()
