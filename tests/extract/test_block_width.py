"""A box set narrower than the page keeps its paragraphs whole, whatever its lines' lengths.

``pdftotext -layout`` prints a Summary box (or an indented quotation) narrower than the body of
the page, with no blank line between the paragraphs of the body. Where a paragraph ends is
read from the fill of the lines (``layout.paragraph_breaks``): a line ends its paragraph when
the next line's first word would have fitted on it. Judged against the page's width, a full
line of the narrower box looked short, and whether it was cut depended on one character of
one line elsewhere on the page. Judged against its own block's margin, it is not.

Every page here is invented and wrapped greedily with each line's limit moved by up to five
characters either way (ragged right, as a proportional font fills lines), the box 8 to 24
characters narrower than the body; the paragraphs must come out the same every time.
"""

from __future__ import annotations

import random

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.layout import block_margins, line_width, paragraph_breaks

_BOX_PARAGRAPH = (
    "The present report is submitted in accordance with General Assembly resolution 79/123, in "
    "which the Assembly requested the Secretary-General to report to it at its eighty-first "
    "session on the implementation of that resolution. It reviews the work of the regional "
    "centres for disarmament and the support given to them by Member States."
)
_BODY_PARAGRAPHS = [
    "1. In its resolution 79/123, the General Assembly welcomed the activities carried out by "
    "the regional centres in the past year and invited all States to make voluntary "
    "contributions to strengthen their programmes and the implementation of those programmes.",
    "2. The Assembly also requested the Secretary-General to continue to provide all necessary "
    "support, within existing resources, to the regional centres in carrying out their "
    "programmes of activities, and to report on the matter at its next session.",
    "3. At its seventy-eighth session, held in New York from 3 to 14 October 2025, the First "
    "Committee considered the report of the Secretary-General on the regional centres and "
    "recommended a draft resolution for adoption by the General Assembly without a vote.",
    "4. The Centre for Peace and Disarmament in Africa continued to assist States in the "
    "region with the control of small arms and light weapons, in cooperation with the African "
    "Union and with the subregional organizations concerned with those weapons.",
]


def _wrap(text: str, width: int, first_indent: int, indent: int, jitter: random.Random, spread: int) -> list[str]:
    """Greedy fill, each line's limit moved by up to ``spread`` characters either way."""
    lines: list[str] = []
    words = text.split()
    current = " " * first_indent + words[0]
    limit = width + jitter.randint(-spread, spread)
    for word in words[1:]:
        if len(current) + 1 + len(word) <= limit:
            current += " " + word
        else:
            lines.append(current)
            current = " " * indent + word
            limit = width + jitter.randint(-spread, spread)
    lines.append(current)
    return lines


def _page(body_width: int, box_width: int, seed: int, spread: int) -> str:
    jitter = random.Random(seed)
    lines = [" " * 60 + "A/80/123", "", " General Assembly", " Eightieth session", "", "   Summary"]
    lines += _wrap(_BOX_PARAGRAPH, box_width, 11, 5, jitter, spread)
    lines += ["", "", " I. Introduction"]
    for paragraph in _BODY_PARAGRAPHS:
        number, _, rest = paragraph.partition(" ")
        wrapped = _wrap(rest, body_width, 17, 5, jitter, spread)
        wrapped[0] = " " * 11 + number + "    " + wrapped[0].lstrip()
        lines += wrapped
    return "\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    cleaned = clean(text)
    return [" ".join(cleaned.text[b.start : b.end].split()) for b in cleaned.blocks]


def _expected() -> list[str]:
    return [_BOX_PARAGRAPH, *_BODY_PARAGRAPHS]


@pytest.mark.parametrize("body_width", [80, 84, 87, 88, 92])
@pytest.mark.parametrize("narrower_by", [8, 12, 16, 24])
@pytest.mark.parametrize("seed", range(6))
def test_a_narrower_box_and_the_body_keep_their_paragraphs(body_width: int, narrower_by: int, seed: int) -> None:
    page = _page(body_width, body_width - narrower_by, seed, spread=2 + seed % 4)
    found = _paragraphs(page)
    for paragraph in _expected():
        assert paragraph in found, f"cut or run on:\n{paragraph}\n--- in ---\n{page}\n--- read ---\n" + "\n".join(found)


@pytest.mark.parametrize("seed", [2, 5, 9])
@pytest.mark.parametrize("longer", range(0, 6))
def test_one_longer_line_of_the_body_does_not_cut_the_box(longer: int, seed: int) -> None:
    """The width read from the page moves with its longest lines; the box's paragraph stays
    (judged against the page's width, these boxes were cut once one line grew by 8 characters)."""
    page = _page(86, 74, seed=seed, spread=1).splitlines()
    last_body = max(i for i, line in enumerate(page) if line.startswith("     ")) - 1
    page[last_body] = page[last_body] + " x" * longer  # a wider line at the page's foot
    found = _paragraphs("\n".join(page) + "\n")
    assert _BOX_PARAGRAPH in found


def test_a_paragraph_ending_short_inside_the_box_still_ends_there() -> None:
    """The box's own margin reads a short last line as the end of its paragraph."""
    box = [
        "           The Committee adopted the report of its working group on the",
        "     review of the implementation of the Convention, with the amendments.",
        "     It adopted decisions.",
        "     The Committee also decided to hold its next session in Geneva in the",
        "     second half of the year, subject to the availability of resources.",
    ]
    body = ["     " + "word " * 16 + "words" for _ in range(12)]
    lines = box + [""] + body
    width = line_width(lines)
    assert width is not None and width > 80
    margins = block_margins(lines, width, set())
    assert margins[0] == max(len(line) for line in box)
    assert paragraph_breaks(lines, width, set()) & {1, 2, 3, 4} == {3}


@pytest.mark.parametrize(
    "stack",
    [
        # a masthead's items, a site's menu, a YAML header: each line a paragraph of its own
        ["Commission on Population and Development", "Report on the sixty-first session",
         "(10–14 April 2028)", "Economic and Social Council", "Official Records, 2028"],
        ["   • Home", "   • About us", "   • Sessions", "   • Documents", "   • News"],
        ['title: "Decisions of the Council at its eighty-first session"', "layout: governance-page",
         'venue: "UNU Centre, Tokyo"', "date: 2032-01-09", "session: 81"],
    ],
)
def test_a_stack_of_short_items_is_no_box(stack: list[str]) -> None:
    body = ["     " + "word " * 16 + "words" for _ in range(12)]
    lines = stack + [""] + body
    width = line_width(lines)
    assert width is not None
    assert block_margins(lines, width, set()) == {}
    assert set(range(1, len(stack))) <= paragraph_breaks(lines, width, set())
