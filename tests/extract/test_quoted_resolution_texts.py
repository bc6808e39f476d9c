"""A resolution's text quoted after the account of its adoption, as the Yearbook of the United
Nations, a press release or a report prints it: "On 14 December 2022 [meeting 52], the General
Assembly ... adopted resolution 77/12 [draft: A/C.6/77/L.9] without vote." / its title / "The
General Assembly," / "Recalling its resolution 49/60 ..." / "5. Requests the Secretary-General ...".
The quoted paragraphs are the adopted resolution's (`quoted_resolutions`); a quotation after no
adoption, or after an account adopting several texts, stays as it was. The account's next
paragraph ("Also on 14 December [meeting 52], ... adopted resolution 77/13 ..., entitled "..."")
ends the text; its day and title are read, and "By decision 77/540 of the same date" takes the
account's day, not one the quoted text's citations gave. Invented chapters in the Yearbook's shape."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.quoted_resolutions import quoted_resolution_paragraphs

from .phrasing import key, shipped_registry

HEAD = "Yearbook of the United Nations 2022\nPart Four: Legal questions\n\nCoastal fisheries\n\nGENERAL ASSEMBLY ACTION\n\n"
TEXT = (
    "The General Assembly,\n\n"
    "Recalling its resolution 49/60 of 9 December 1994 and its resolution 71/151 of 13 December 2016,\n\n"
    "Having examined the report of the Secretary-General,\n\n"
    "...\n\n"
    "5. Requests the Secretary-General to continue to provide the Ad Hoc Committee with the necessary facilities;\n\n"
    "6. Invites the United Nations Environment Programme and the United Nations Office on Drugs and Crime "
    "to brief Member States at its seventy-eighth session;\n\n"
    "7. Decides to include in the provisional agenda of its seventy-eighth session the item entitled \"Coastal fisheries\".\n\n"
)
AFTER = (
    "Also on 14 December [meeting 52], the Assembly, on the recommendation of the Sixth Committee [A/77/491], adopted "
    "resolution 77/13 [draft: A/C.6/77/L.10] by recorded vote (150-2-12) [agenda item 80], entitled \"Accountability of "
    "fishing fleets\", by which it asked the Office of the United Nations High Commissioner for Human Rights to compile national legislation.\n\n"
    "By decision 77/540 of the same date, the Assembly took note of the oral report of the Chair of the working group.\n"
)


def _facts(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="chapter", registry=shipped_registry())
    return {(key(f.subject), f.relation, key(f.object)) for f in extraction.facts}


LEADS = [
    "On 14 December 2022 [meeting 52], the General Assembly, on the recommendation of the Sixth Committee [A/77/490], "
    "adopted resolution 77/12 [draft: A/C.6/77/L.9] without vote [agenda item 79].\n\nCoastal fisheries\n\n",
    # no title heading; the vote before the number
    "On 14 December 2022, the General Assembly adopted, by a recorded vote of 150 to 2, resolution 77/12.\n\n",
    # a press release's line between the account and the text
    "The General Assembly this morning adopted resolution 77/12 without a vote.\n\n"
    "The full text of resolution 77/12 reads as follows:\n\nCoastal fisheries\n\n",
]


@pytest.mark.parametrize("lead", LEADS)
def test_the_quoted_paragraphs_are_the_adopted_resolutions(lead: str) -> None:
    facts = _facts(HEAD + lead + TEXT + AFTER)
    assert {
        ("ga/res/77/12", "cites", "ga/res/49/60"),
        ("ga/res/77/12", "cites", "ga/res/71/151"),
        ("ga/res/77/12", "requests", "secretary-general"),
        ("ga/res/77/12", "invites", "unep"),
        ("ga/res/77/12", "invites", "unodc"),
    } <= facts
    # the account's next paragraph is no part of the text
    assert ("ga/res/77/12", "requests", "ohchr") not in facts and ("ga/res/77/13", "requests", "ohchr") in facts


def test_the_title_heading_between_the_account_and_the_formula() -> None:
    facts = _facts(HEAD + LEADS[0] + TEXT + AFTER)
    assert ("ga/res/77/12", "title", "Coastal fisheries") in facts


def test_the_accounts_next_adoption_its_day_title_and_the_same_date() -> None:
    facts = _facts(HEAD + LEADS[0] + TEXT + AFTER)
    assert ("ga/res/77/13", "adoptedOn", "2022-12-14") in facts
    assert ("ga/res/77/13", "title", "Accountability of fishing fleets") in facts
    # "of the same date": the account's day, not that of resolution 71/151 the text recalled
    assert ("ga/dec/77/540", "adoptedOn", "2022-12-14") in facts
    assert ("ga/dec/77/540", "adoptedOn", "2016-12-13") not in facts


def test_a_security_council_resolution_quoted_in_a_press_release() -> None:
    text = (
        "SC/15999\n\nSecurity Council extends mission\n\n"
        "The Security Council this morning unanimously adopted resolution 2797 (2025), extending the mandate.\n\n"
        "The full text of resolution 2797 (2025) reads as follows:\n\n"
        "The Security Council,\n\nRecalling its resolution 2701 (2023),\n\n"
        "1. Requests the Secretary-General to report to the Council every 90 days;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    facts = _facts(text)
    assert ("security-council/res/2025/2797", "requests", "secretary-general") in facts
    assert ("security-council/res/2025/2797", "cites", "security-council/res/2023/2701") in facts


@pytest.mark.parametrize(
    "lead",
    [
        # a quotation after no adoption
        "The Secretary-General drew attention to the text below.\n\n",
        # an account adopting two texts: which one is quoted is not said
        "On 14 December 2022 [meeting 52], the General Assembly adopted resolutions 77/12 and 77/14 without vote.\n\n",
        "On 14 December 2022, the General Assembly adopted resolution 77/12 and resolution 77/14.\n\n",
    ],
)
def test_no_adoption_of_one_text_no_quoted_resolution(lead: str) -> None:
    facts = _facts(HEAD + lead + TEXT)
    assert not any(s == "ga/res/77/12" and r in ("requests", "cites", "invites") for s, r, _ in facts)


def test_clauses_without_a_formula_are_not_marked() -> None:
    text = HEAD + LEADS[1] + TEXT.replace("The General Assembly,\n\n", "")
    extraction = extract(text, source_key="chapter", registry=shipped_registry())
    assert not any(key(f.subject) == "ga/res/77/12" and f.relation == "requests" for f in extraction.facts)


def test_unchanged_without_an_adoption() -> None:
    from mandate_graph.loaders.extract.clean import clean
    from mandate_graph.loaders.extract.segment import segment

    paragraphs = segment(clean(HEAD + "The report was discussed.\n\n" + TEXT))
    assert quoted_resolution_paragraphs(paragraphs, None) == paragraphs


@pytest.mark.parametrize(
    "notes",
    [
        " [draft: A/C.6/77/L.10] by recorded vote (150-2-12) [agenda item 80]",
        " [draft: [A/C.6/77/L.10](https://undocs.org/A/C.6/77/L.10)] without vote",  # html2text of the page
        " by a recorded vote of 150 to 2",
        " [agenda item 80] by consensus",
    ],
)
def test_the_title_after_the_yearbooks_notes_on_the_adoption(notes: str) -> None:
    text = HEAD + f"On 14 December 2022 [meeting 52], the Assembly adopted resolution 77/13{notes}, entitled \"Accountability of fishing fleets\".\n"
    assert ("ga/res/77/13", "title", "Accountability of fishing fleets") in _facts(text)
