"""A document of another organization that creates its own "expert group" and then calls it by
that word alone (E109). The shipped reference data names a group of the crime convention's
Conference "expert group" and "open-ended intergovernmental expert group" (ontology/reference/
untoc.ttl); in a document that never names that Conference nor its group in full, the words are
only the kind of body the document's own group is: they never take the crime convention's group,
whether the text names its group before or after creating it, in the passive, in a footnote, in
another paragraph, in capitals, under a masthead or with none. The body the document created takes
them. Invented treaty and texts (tests/data/generic_alias_strangers.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "generic_alias_strangers.ttl")

STRANGER = "cop-untoc"
LAYOUTS = {
    "report": (
        "Meeting of the Parties to the Convention on Alpine Peatlands\tAP/MOP/9/4\n\nDistr.: General\n3 November 2031\n\n"
        "Ninth meeting\nInnsbruck, 20–24 October 2031\n\nReport of the Meeting of the Parties on its ninth meeting\n\n"
    ),
    "no masthead": "",
    "press release": "Press release\n\nPeatland Parties agree on restoration\n\nINNSBRUCK, 24 October 2031 — ",
}
DECISION = "ap-mop/dec/9/3"


def text(layout: str, *paragraphs: str, notes: str = "") -> str:
    body = "".join(f"{n}.\t{p}\n" for n, p in enumerate(paragraphs, 1))
    return LAYOUTS[layout] + body + (f"\n__________\n{notes}\n" if notes else "")


def created(kind: str) -> str:
    article = "an" if kind[0] in "aeiou" else "a"
    return f"In decision 9/3, the Meeting of the Parties to the Convention on Alpine Peatlands decided to establish {article} {kind} on peat restoration."


def strangers(found: tuple[tuple[str, str, str], ...]) -> list[tuple[str, str, str]]:
    return [f for f in found if f[1].startswith(STRANGER) or f[2].startswith(STRANGER)]


def born(found: tuple[tuple[str, str, str], ...]) -> set[str]:
    return {o for rel, s, o in found if rel == "establishes" and s == DECISION}


KINDS = ["expert group", "ad hoc technical expert group", "open-ended intergovernmental expert group"]
# the words the later sentence calls the group by: the crime convention's alias, in any case
CALLED = ["the expert group", "the Expert Group", "the open-ended intergovernmental expert group"]
ORDERS = {
    "same paragraph, passive": lambda kind, called: (created(kind) + f" {called[:1].upper()}{called[1:]} was requested to report to the Meeting at its tenth meeting.",),
    "next paragraph": lambda kind, called: (created(kind), f"In the same decision, the Meeting requested {called} to submit its findings to the secretariat."),
    "created in the passive": lambda kind, called: (
        f"An {kind.removeprefix('an ')} on peat restoration was established by the Meeting in decision 9/3.",
        f"Decision 9/3 also requested {called} to report to the tenth meeting.",
    ),
}


@pytest.mark.parametrize("layout", ["report", "no masthead"])
@pytest.mark.parametrize("order", list(ORDERS))
@pytest.mark.parametrize("called", CALLED)
@pytest.mark.parametrize("kind", KINDS)
def test_a_group_the_document_creates_takes_its_kind_word(layout: str, order: str, called: str, kind: str) -> None:
    found = facts(text(layout, *ORDERS[order](kind, called)))
    assert strangers(found) == []
    if order == "created in the passive" and layout == "no masthead":
        return  # ("the Meeting" of no known author: the establishment is not read at all)
    (group,) = born(found)
    assert ("requests", DECISION, group) in found


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("called", CALLED)
@pytest.mark.parametrize(
    "where",
    [
        "before it is created",
        "in a footnote",
        "in another paragraph",
    ],
)
def test_a_group_named_by_its_kind_alone_holds_no_strangers_meeting(layout: str, called: str, where: str) -> None:
    held = f"{called[:1].upper()}{called[1:]} will hold its first meeting in Bonn in March 2032."
    if where == "before it is created":
        document = text(layout, held, created("ad hoc technical expert group"))
    elif where == "in a footnote":
        document = text(layout, created("ad hoc technical expert group") + "\u00b9", "The Meeting invited Parties to nominate experts.", notes=f"\u00b9 {held}")
    else:
        document = text(layout, created("ad hoc technical expert group"), "The Meeting invited Parties to nominate experts.", held)
    assert strangers(facts(document)) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("verb", ["was established by the Meeting in decision 9/3", "was set up under decision 9/3"])
def test_an_opening_line_that_creates_a_group_makes_no_stranger_the_author(kind: str, verb: str) -> None:
    # a release's first line, read as its title block: the words are no body's name there
    found = facts(text("press release", f"An {kind} on peat restoration {verb}.", "Decision 9/3 also requested the expert group to report to the tenth meeting."))
    assert strangers(found) == []


@pytest.mark.parametrize("called", CALLED)
def test_where_the_document_names_the_crime_conventions_conference_its_group_is_read(called: str) -> None:
    # the other side: a document that names the Conference in full still reads its group
    document = (
        "1.\tIn its resolution 11/2, the Conference of the Parties to the United Nations Convention against"
        f" Transnational Organized Crime requested {called} to report to it at its twelfth session.\n"
    )
    assert ("requests", "cop-untoc/res/11/2", "cop-untoc/expert-group-review-mechanism") in facts(document)


@pytest.mark.parametrize("layout", ["report", "no masthead"])
@pytest.mark.parametrize("organ", ["Bureau", "Office", "Mechanism", "Forum", "Expert Group", "expert group"])
@pytest.mark.parametrize("decision", ["In decision 9/2, the Meeting of the Parties to the Convention on Alpine Peatlands requested", "Decision 9/2 also invited"])
def test_an_organ_word_alone_takes_no_body_of_an_organization_never_named(layout: str, organ: str, decision: str) -> None:
    # "the Bureau" (the crime convention's Conference's), "the Office" (UNODC's), "the Forum" (the
    # Forum on Forests'): the one shipped body of that short name, in a document of a treaty that
    # never names that body or its organization, is the treaty's own organ, unknown to the reference data
    found = facts(text(layout, f"{decision} the {organ} to review the budget.", f"The {organ} held its first meeting in Bonn on 3 March 2032."))
    shipped = ("cop-untoc", "unodc", "ecosoc")
    assert not [f for f in found if f[1].startswith(shipped) or f[2].startswith(shipped)]
    assert not [f for f in found if f[0] == "meetingOf" and f[1].endswith("#1")]


@pytest.mark.parametrize(
    ("organ", "named", "key"),
    [
        ("Bureau", "the Bureau of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "cop-untoc/bureau"),
        ("Forum", "the United Nations Forum on Forests", "ecosoc/unff"),
        ("Office", "the United Nations Office on Drugs and Crime", "unodc"),
    ],
)
def test_where_the_document_names_the_organ_in_full_its_short_name_is_read(organ: str, named: str, key: str) -> None:
    document = text("report", f"The Meeting took note of the work of {named}.", f"In decision 9/2, the Meeting requested the {organ} to review the budget.")
    assert ("requests", DECISION.replace("9/3", "9/2"), key) in facts(document)
