"""A report's title made long by a long body name must not swallow the session line under it
("Held at the Palais des Nations, Geneva, from 7 to 11 October 2030", "Geneva, 7–11 October 2030")
nor be joined to the symbol's line above it (`layout.masthead_item_lines`,
`layout.stacked_masthead_lines`). Invented bodies and wording; titles of 57 to 117 characters, in a
text wrapped at 60 to 120 characters and in one that sets a paragraph a line."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from tests.extract.reference_data import registry_from_turtle

# The same board under names of growing length: the title "Report of the <name> on its
# forty-first session" is 57, 82, 89, 102 and 117 characters long.
NAMES = {
    "salt": "Salt Trade Board",
    "salt-andes": "Salt Trade Board of the Andean Salt Union",
    "salt-union": "Salt Trade Board of the International Salt Union",
    "salt-carriage": "Salt Trade Board of the International Union for Salt Carriage",
    "salt-rail": "Salt Trade Board of the International Union for the Carriage of Salt by Rail",
}
PREFIXES = {"salt": "STB", "salt-andes": "STA", "salt-union": "STU", "salt-carriage": "STC", "salt-rail": "STR"}

BODY = (
    "The Board met to consider the fees charged for the carriage of salt by road and by rail, and the report "
    "of its working group on the standards applied to the weighing of salt at the borders. "
)

HELD_LINES = [
    ("Held at the Palais des Nations, Geneva, from 7 to 11 October 2030", "Geneva", dt.date(2030, 10, 7), dt.date(2030, 10, 11)),
    ("Held in Lima, Peru, on 3 May 2031", "Lima", dt.date(2031, 5, 3), dt.date(2031, 5, 3)),
    ("Geneva, 7–11 October 2030", "Geneva", dt.date(2030, 10, 7), dt.date(2030, 10, 11)),
]


def _turtle(key: str) -> str:
    return (
        "@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        f'<body/{key}> a mg:Body ; mg:key "{key}" ; skos:prefLabel "{NAMES[key]}"@en ; mg:shortName "Board" ;\n'
        f'    mg:gatheringTerm "session" ; mg:issuesInstruments true ; mg:symbolPrefix "{PREFIXES[key]}" .\n'
    )


@pytest.fixture(scope="module")
def registries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BodyRegistry]:
    return {key: registry_from_turtle(tmp_path_factory, _turtle(key)) for key in NAMES}


def _title(key: str) -> str:
    return f"Report of the {NAMES[key]} on its forty-first session"


def _masthead(key: str, held: str, between: str = "\n") -> str:
    return f"{PREFIXES[key]}/41/9\n{_title(key)}{between}{held}\n\n"


def _assert_session_read(text: str, key: str, registry: BodyRegistry, place: str, start: dt.date, end: dt.date) -> None:
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    session = GatheringRef(key, "session", 41)
    assert (DocumentRef(symbols=(f"{PREFIXES[key]}/41/9",)), "reportOf", session) in facts
    assert (session, "heldIn", place) in facts
    held_on = [o for s, r, o in facts if s == session and r == "heldOn"]
    assert [(o.start, o.end) for o in held_on] == [(start, end)]  # type: ignore[attr-defined]


def test_the_titles_range_from_short_to_longer_than_a_line() -> None:
    assert [len(_title(key)) for key in NAMES] == [57, 82, 89, 102, 117]


@pytest.mark.parametrize("key", list(NAMES))
@pytest.mark.parametrize("held, place, start, end", HELD_LINES)
@pytest.mark.parametrize("width", [60, 80, 100, 120])
def test_a_session_line_under_a_title_of_any_length_in_a_wrapped_text(
    registries: dict[str, BodyRegistry], key: str, held: str, place: str, start: dt.date, end: dt.date, width: int
) -> None:
    # the body wrapped at ``width``: the title is shorter, as long as, or longer than its lines
    text = _masthead(key, held) + textwrap.fill(BODY * 8, width) + "\n"
    _assert_session_read(text, key, registries[key], place, start, end)


@pytest.mark.parametrize("key", list(NAMES))
@pytest.mark.parametrize("held, place, start, end", HELD_LINES)
def test_a_session_line_under_a_title_of_any_length_in_a_text_of_a_paragraph_a_line(
    registries: dict[str, BodyRegistry], key: str, held: str, place: str, start: dt.date, end: dt.date
) -> None:
    # a Google Docs or Word export: each paragraph one line, whatever its length
    text = _masthead(key, held) + "\n\n".join([BODY] * 3) + "\n"
    _assert_session_read(text, key, registries[key], place, start, end)


@pytest.mark.parametrize("key", list(NAMES))
def test_a_blank_line_between_title_and_session_line_keeps_it_as_before(registries: dict[str, BodyRegistry], key: str) -> None:
    held, place, start, end = HELD_LINES[0]
    text = _masthead(key, held, between="\n\n") + textwrap.fill(BODY * 8, 80) + "\n"
    _assert_session_read(text, key, registries[key], place, start, end)


def _blocks(text: str) -> list[str]:
    cleaned = clean(text)
    return [cleaned.text[b.start : b.end] for b in cleaned.blocks if b.kind == "text"]


@pytest.mark.parametrize("key", list(NAMES))
def test_the_symbols_line_and_a_long_title_are_two_paragraphs(key: str) -> None:
    blocks = _blocks(f"{PREFIXES[key]}/41/9 – DRAFT (working copy)\n{_title(key)}\n\n" + "\n\n".join([BODY] * 3) + "\n")
    assert blocks[:2] == [f"{PREFIXES[key]}/41/9 – DRAFT (working copy)", _title(key)]


@pytest.mark.parametrize(
    "title, below",
    [
        # a title wrapped where its next line begins in lower case, or after "of": one paragraph
        ("Report of the Salt Trade Board of the International Union for the Carriage and Weighing of Salt", "on its forty-first session"),
        ("Report of the Salt Trade Board on its forty-first session, held at the headquarters of", "Geneva, 7–11 October 2030"),
    ],
)
def test_a_title_that_visibly_runs_on_stays_whole(title: str, below: str) -> None:
    blocks = _blocks(f"STB/41/9\n{title}\n{below}\n\n" + "\n\n".join([BODY] * 3) + "\n")
    assert f"{title} {below}" in blocks


@pytest.mark.parametrize("dates", ["7–11 October 2030", "30 September–2 October 2030", "7 to 11 October 2030"])
def test_the_dates_alone_under_a_session_line_are_an_item_of_their_own(dates: str) -> None:
    blocks = _blocks(f"Salt Trade Board\nAnnual session 2030\n{dates}\nItem 12 of the provisional agenda\n\n" + BODY + "\n")
    assert dates in blocks
    assert "Item 12 of the provisional agenda" in blocks
