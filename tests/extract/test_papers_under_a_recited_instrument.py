"""A paper a decision's recital says was prepared "pursuant to that decision" when the recital before it
named the decision ("Recalling decision IPCC-LXXIV-4, by which … / Having considered document X, prepared
by the Secretariat pursuant to that decision,"), and a board's decisions told in the past tense ("(a) Took
note of the report of the Committee on its fifty-fourth session (X);"). The first gave nothing: "that
decision" was read back only from an operative paragraph, or when one instrument alone came before
(`relate.Reader.told_back_under`), and "prepared by the Secretariat pursuant to" had too many words
between. The second was read as an entry of a list of documents, its verb made the paper's title and its
report lost (E294). Near misses: two resolutions recited ("that resolution" says not which), a paper
prepared under an instrument named in the same sentence stays that one's."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import shipped_registry, stated

_DECISION = """# cnd-decisions

Unofficial transcription of the decisions adopted by the Commission on Narcotic Drugs at its seventieth session.

### Decision 70/3. Drug information systems

The Commission on Narcotic Drugs,

{recitals}

1. Requests the United Nations Office on Drugs and Crime to report to it at its seventy-first session.
"""


def facts(recitals: str, *relations: str) -> set[tuple[str, str, str]]:
    extraction = extract(_DECISION.format(recitals=recitals), source_key="test", registry=shipped_registry())
    return {f for f in stated(extraction) if f[0] in relations and not f[1].startswith("ecosoc/cnd/dec/70")}


@pytest.mark.parametrize(
    ("recitals", "mandate"),
    [
        ("Recalling its decision 68/2, by which it requested the Secretariat to prepare a study,\n\n"
         "Having considered the report of the Secretariat (E/CN.7/2037/6), prepared by the Secretariat pursuant to that decision,",
         "ecosoc/cnd/dec/68/2"),
        ("(a) Recalling General Assembly resolution 90/12 and its own decision 68/2;\n\n"
         "(b) Having considered the report of the Executive Director (E/CN.7/2037/6), prepared pursuant to that resolution;",
         "ga/res/90/12"),
        ("Recalling General Assembly resolution 90/12,\n\nRecalling also its decision 68/2,\n\n"
         "Having examined the note (E/CN.7/2037/6), submitted by the Executive Director in accordance with that decision,",
         "ecosoc/cnd/dec/68/2"),
    ],
)
def test_a_later_recitals_paper_under_the_instrument_recited(recitals, mandate):
    assert facts(recitals, "pursuantTo") == {("pursuantTo", "E/CN.7/2037/6", mandate)}


@pytest.mark.parametrize(
    "recitals",
    [
        # two resolutions recited: "that resolution" says not which
        "Recalling General Assembly resolutions 90/12 and 90/15,\n\n"
        "Having considered the report of the Executive Director (E/CN.7/2037/6), prepared pursuant to that resolution,",
        # no paper is said to be prepared under it
        "Recalling its decision 68/2,\n\nHaving considered the report of the Executive Director (E/CN.7/2037/6),",
    ],
)
def test_near_misses_give_no_mandate(recitals):
    assert facts(recitals, "pursuantTo") == set()


@pytest.mark.parametrize(
    ("clause", "paper", "session"),
    [
        ("(a) Took note of the report of the Commission on Crime Prevention and Criminal Justice on its forty-sixth session (E/CN.15/2037/12);",
         "E/CN.15/2037/12", "ecosoc/ccpcj#46"),
        ("(b) Considered the report of the Commission for Social Development on its seventy-fifth session (E/CN.5/2037/9);",
         "E/CN.5/2037/9", "ecosoc/csocd#75"),
        ("(c) Also took note of the report of the Commission on the Status of Women on its eighty-first session (E/CN.6/2037/10);",
         "E/CN.6/2037/10", "ecosoc/csw#81"),
    ],
)
def test_a_clause_told_in_the_past_is_no_listed_title(clause, paper, session):
    found = facts(clause, "reportOf", "title")
    assert ("reportOf", paper, session) in found
    assert not {f for f in found if f[0] == "title" and f[1] == paper}
