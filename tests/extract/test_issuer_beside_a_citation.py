"""Which body an instrument cited in a report is of, and which body a report's decision forms
(E73), on invented text:

- In the report of a body that numbers its own instruments "session/number" (the Commission on
  Coastal Resilience's "12/1", tests/data/phrasing.ttl; the Meeting of the Parties to an invented
  convention, tests/data/phrasing_treaty.ttl), a resolution cited with its issuer named in the
  same clause is that issuer's, in whichever order the clause names them: "By resolution 85/114,
  the General Assembly requested ...", "The Human Rights Council, in resolution 55/20, invited
  ...", "By resolution 2031/4, adopted on ..., the Economic and Social Council ...". The report's
  own body stays the issuer of a bare number when no other body acts by it ("By resolution 12/4,
  the Committee on Coastal Data was established").
- "agreed to form a working group on coastal erosion" creates the working group, though the
  reference data has another "Working Group" (on Early Warning Systems) and the sentence names
  no other mandate verb (before, only "a task force on ..." was read: its "task" held the stem
  "ask" the sentence filter looks for).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, facts, in_resolution, key

REPORT = (
    "United Nations                                              E/CN.21/2031/9\n\n"
    "Commission on Coastal Resilience\n\n"
    "Report of the Commission on its twelfth session\n\n"
    "{paragraphs}\n"
)


def report(*paragraphs: str) -> str:
    return REPORT.format(paragraphs="\n\n".join(f"{n}.  {p}" for n, p in enumerate(paragraphs, 1)))


# ---------------------------------------------------------------- the issuer named beside the number

ISSUERS = [
    ("the General Assembly", "resolution 85/114", "ga/res/85/114"),
    ("the Human Rights Council", "resolution 55/20", "hrc/res/55/20"),
    ("the Economic and Social Council", "resolution 2031/4", "ecosoc/res/2031/4"),
    ("the World Coastal Congress", "resolution 29/3", "wcc/res/29/3"),
]
ORDERS = [
    "By {cited}, {body} {verb} the Committee on Coastal Data to {task}.",
    "By its {cited}, {body} {verb} the Committee on Coastal Data to {task}.",
    "{Body}, in {cited}, {verb} the Committee on Coastal Data to {task}.",
    "{Body}, by {cited} of 4 April 2031, {verb} the Committee on Coastal Data to {task}.",
    "By {cited}, adopted on 4 April 2031, {body} {verb} the Committee on Coastal Data to {task}.",
    "The Commission recalled that {body}, in {cited}, had {verb} the Committee on Coastal Data to {task}.",
    "Subsequently, {body}, through {cited}, {verb} the Committee on Coastal Data to {task}.",
]
VERBS = [("requested", "requests", "report on tide gauges"), ("invited", "invites", "share its data on sea levels")]


@pytest.mark.parametrize(("body", "cited", "instrument"), ISSUERS)
@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(("verb", "relation", "task"), VERBS)
def test_an_issuer_named_in_the_same_clause_owns_the_number(
    body: str, cited: str, instrument: str, order: str, verb: str, relation: str, task: str
) -> None:
    sentence = order.format(cited=cited, body=body, Body=body[0].upper() + body[1:], verb=verb, task=task)
    text = report("The Commission held its twelfth session in Geneva from 3 to 7 March 2031.", sentence)
    assert ("E/CN.21/2031/9", instrument) in facts(text, "mentions")
    assert (instrument, "ccr/committee-on-data") in facts(text, relation)
    own = "ccr/res/" + cited.split()[-1]
    assert not any(own in pair for pair in facts(text, "mentions") | facts(text, relation))


@pytest.mark.parametrize(("sentence", "instrument"), [
    # the report's own body acts by the number, or nobody acts: the report's own
    ("By resolution 12/4, the Committee on Coastal Data was established.", "ccr/res/12/4"),
    ("By resolution 12/4, the Commission requested the secretariat to report.", "ccr/res/12/4"),
    ("The Committee on Coastal Data, in resolution 12/3, was requested to report.", "ccr/res/12/3"),
    ("The Commission took note of resolution 12/5.", "ccr/res/12/5"),
    # the issuer before the keyword, as before
    ("As requested in General Assembly resolution 85/114, the Commission reviewed its methods.", "ga/res/85/114"),
])
def test_the_reports_own_number_stays_its_own(sentence: str, instrument: str) -> None:
    assert ("E/CN.21/2031/9", instrument) in facts(report(sentence), "mentions")


TREATY = Path(__file__).resolve().parents[1] / "data" / "phrasing_treaty.ttl"


@lru_cache(maxsize=1)
def treaty_registry() -> BodyRegistry:
    return load_registry(BASE, [TREATY])


def treaty_report(paragraph: str) -> str:
    """The report of the fifth meeting of the Parties to the Convention on Coastal Wetlands, whose
    decisions are numbered "5/1"."""
    return (
        "United Nations CW/MOP.5/9\n\nDistr.: General\n30 June 2032\n\nOriginal: English\n\n"
        "Meeting of the Parties to the Convention on Coastal Wetlands\nFifth meeting\nGeneva, 21–23 June 2032\n\n"
        "Report of the Meeting of the Parties on its fifth meeting\n\n"
        "1. By decision 5/1, the Meeting of the Parties adopted its rules of procedure.\n\n"
        f"2. {paragraph}\n"
    )


@pytest.mark.parametrize(("sentence", "instrument", "relation"), [
    ("By resolution 86/12, the General Assembly invited the Implementation Committee to share its findings.", "ga/res/86/12", "invites"),
    ("The Human Rights Council, in resolution 56/7, requested the Implementation Committee to report.", "hrc/res/56/7", "requests"),
    ("By resolution 2032/3, adopted on 2 June 2032, the Economic and Social Council encouraged the Implementation Committee"
     " to publish its work.", "ecosoc/res/2032/3", "encourages"),
])
def test_in_a_treaty_bodys_report_too(sentence: str, instrument: str, relation: str) -> None:
    extraction = extract(treaty_report(sentence), source_key="test", registry=treaty_registry())
    found = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    assert (relation, instrument, "cw-mop/implementation-committee") in found
    assert not any(f.relation == relation and key(f.subject).startswith("cw-mop/") for f in extraction.facts)


# ---------------------------------------------------------------- a group sharing the registry's head noun

@pytest.mark.parametrize("verb", ["agreed to form", "decided to form", "resolved to form", "agreed also to form"])
@pytest.mark.parametrize(("kind", "topic", "born"), [
    ("a working group", "coastal erosion", "ccr/working-group-on-coastal-erosion"),
    ("an open-ended working group", "mangrove restoration", "ccr/working-group-on-mangrove-restoration"),
    ("an expert group", "tidal data", "ccr/expert-group-on-tidal-data"),
    ("a panel", "storm surges", "ccr/panel-on-storm-surges"),
    ("a task force", "coastal erosion", "ccr/task-force-on-coastal-erosion"),
])
@pytest.mark.parametrize("opening", ["In decision 12/1, the Commission", "By its decision 12/2, the Commission"])
def test_a_group_formed_on_a_topic_is_a_new_body(verb: str, kind: str, topic: str, born: str, opening: str) -> None:
    number = opening.split()[-3].rstrip(",")
    text = report(
        "The Working Group on Early Warning Systems met twice during the intersessional period.",
        f"{opening} {verb} {kind} on {topic}.",
    )
    assert (f"ccr/dec/{number}", born) in facts(text, "establishes")
    assert (f"ccr/dec/{number}", "ccr/wg-early-warning") not in facts(text, "establishes")


@pytest.mark.parametrize(("kind", "born"), [
    ("a working group on coastal erosion", "ccr/working-group-on-coastal-erosion"),
    ("an expert group on tidal data", "ccr/expert-group-on-tidal-data"),
])
def test_a_group_formed_holds_its_first_meeting(kind: str, born: str) -> None:
    text = report(
        f"By decision 12/3, the Commission agreed to form {kind}, which would hold its first meeting in Bangkok in May 2031.",
    )
    assert ("ccr/dec/12/3", born) in facts(text, "establishes")
    assert (f"{born}#1", "Bangkok") in facts(text, "heldIn")


@pytest.mark.parametrize("verb", ["Agrees to form", "Decides to form"])
def test_a_resolution_forming_a_working_group(verb: str) -> None:
    text = in_resolution(f"1.  {verb} a working group on coastal erosion;")
    assert ("ccr/res/12/1", "ccr/working-group-on-coastal-erosion") in facts(text, "establishes")
