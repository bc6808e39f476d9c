"""A mandate given to "him" or "her": the post one person holds named before the verb in the same
sentence, as the subject or as whose paper it is ("The report of the Secretary-General (X) had been
prepared in response to resolution 86/266, which had asked him to update ...", "Report of the High
Commissioner on X, which the Assembly, in its resolution 68/268, requested her to submit"). A body is
never "him" or "her", and "her Government" is no addressee.

With it, a paper's writer followed by its topic in capitals ("the report of the Secretary-General on
the SAMOA Pathway") is that writer: no post is called "Secretary-General on ..." (the name had been
taken for the start of a longer name nobody knows), while "the Special Envoy of the Secretary-General
on Myanmar" keeps its longer name."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.references import body_matcher

from .phrasing import in_sg_report, shipped_registry


def requests(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "requests")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The report of the Secretary-General (A/87/318) had been prepared in response to paragraph 5 of resolution "
         "86/266, which had asked him to update the composition of the levels.",
         ("ga/res/86/266", "secretary-general")),
        ("The report of the Secretary-General on the SAMOA Pathway, which the General Assembly, in paragraph 22 of its "
         "resolution 86/219, requested him to prepare annually, is before the Assembly.",
         ("ga/res/86/219", "secretary-general")),
        ("The High Commissioner for Human Rights recalled that the Human Rights Council, in its resolution 52/3, "
         "had requested her to present an oral update.",
         ("hrc/res/52/3", "ohchr/high-commissioner")),
        ("The Executive Director of the United Nations Environment Programme noted that Environment Assembly "
         "resolution 6/4 requested her to convene a dialogue.",
         ("unea/res/6/4", "unep/executive-director")),
        ("As the Secretary-General indicated, the General Assembly, by its resolution 77/12, called upon him to "
         "strengthen coordination.",
         ("ga/res/77/12", "secretary-general")),
    ],
)
def test_him_or_her_is_the_post_named_before(sentence, fact):
    assert requests(sentence) == {fact}


@pytest.mark.parametrize(
    "sentence",
    [
        # no post named before: a committee is no "him"
        "The Committee noted that resolution 77/12 requested him to convene a meeting.",
        # "her Government": a possessive, no pronoun addressee
        "The General Assembly, in resolution 77/12, thanked the Permanent Representative of Chile and requested "
        "her Government to host the meeting.",
    ],
)
def test_near_misses_ask_no_one(sentence):
    assert requests(sentence) == set()


def _names(text: str) -> list[str | None]:
    registry = shipped_registry()
    return [b.key for b in body_matcher(registry).for_document(text, registry).find(text)]


def test_a_writer_then_the_topic_of_the_paper_is_the_writer():
    assert "secretary-general" in _names("The report of the Secretary-General on the SAMOA Pathway was issued.")
    assert "secretary-general" in _names("Note by the Secretary-General on the Programme of Action")


def test_a_post_of_the_writer_keeps_its_longer_name():
    assert "secretary-general" not in _names("The Special Envoy of the Secretary-General on Myanmar briefed the Council.")
