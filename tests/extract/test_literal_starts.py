"""`literal_starts.LiteralStarts`: a pattern searched from the literal texts its matches begin
with finds exactly what the pattern's own ``finditer`` finds, on real sentences, on invented
word salad (look-behind contexts, line breaks, words that begin like a verb and are none), and
for patterns of every shape the reading of prefixes meets."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mandate_graph.loaders.extract.literal_starts import LiteralStarts, literal_starts
from mandate_graph.loaders.extract.rules.mandate_verbs import MANDATE_VERB

ROOT = Path(__file__).resolve().parents[2]


def spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def same(pattern: re.Pattern[str], text: str) -> None:
    assert spans(LiteralStarts(pattern).finditer(text)) == spans(pattern.finditer(text)), text


def test_mandate_verbs_found_as_the_pattern_finds_them_in_every_sample_text() -> None:
    scanned = LiteralStarts(MANDATE_VERB)
    assert scanned.starts is not None, "the verbs' pattern is searched from its first words"
    found = 0
    folders = [ROOT / "corpus", ROOT / "tests" / "data" / "unseen"]
    for path in [p for folder in folders for p in sorted(folder.glob("*.txt"))]:
        lowered = path.read_text(encoding="utf-8").lower()
        expected = spans(MANDATE_VERB.finditer(lowered))
        assert spans(scanned.finditer(lowered)) == expected, path.name
        found += len(expected)
    assert found > 500


WORDS = [
    "requests", "requested", "request", "requesting", "to", "and", "decides", "decided", "is", "are", "was",
    "been", "shall", "establish", "established", "establishment", "the", "of", "an", "a", "mandates",
    "mandated", "tasked", "tasks", "with", "its", "calls", "upon", "on", "set", "up", "created", "also",
    "further", "reiterates", "invitation", "appeals", "directed", "at", "urged", "secretariat", "group",
    "convene", "agrees", "approves", "hereby", "charges", "encouraged", "invite", "urge", "settle", "asks",
    "direction", "taskforce", "**", "",
]
SEPARATORS = [" ", " ", " ", "\n", "  ", ", ", ". ", "-", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40))
def test_mandate_verbs_found_as_the_pattern_finds_them_in_word_salad(words: list[tuple[str, str]]) -> None:
    same(MANDATE_VERB, "".join(word + separator for word, separator in words))


def test_prefixes_read_from_a_pattern() -> None:
    pattern = re.compile(r"\b(?:(?:(?<=is )|(?<=are ))tasked|call(?:s|ed)\s+on|[Rr]esolutions?|to\s+x)")
    # look-behinds consume nothing; a choice of whole texts lengthens the prefix; a class of
    # two letters gives two prefixes; a repeat ends the prefix
    assert literal_starts(pattern) == (True, ("Resolution", "called", "calls", "resolution", "tasked", "to"))
    assert literal_starts(re.compile(r"x\d")) == (False, ("x",))


def test_patterns_without_literal_starts_are_searched_as_they_are() -> None:
    for pattern in [
        re.compile(r"\bresolution", re.IGNORECASE),  # a literal in any case
        re.compile(r"[a-z]+ing"),  # a class of many letters first
        re.compile(r"x*"),  # an empty match
        re.compile(r"(?:a|\d+)b"),  # an alternative without a literal start
        re.compile(r"\s+and"),
    ]:
        assert literal_starts(pattern) is None, pattern.pattern
        scanned = LiteralStarts(pattern)
        assert scanned.starts is None
        text = "Resolution a1b 22b xx testing and  and"
        assert spans(scanned.finditer(text)) == spans(pattern.finditer(text))


def test_anchors_flags_and_overlaps_as_the_pattern_has_them() -> None:
    cases = [
        (re.compile(r"(?m)^(?:to|and to) (?:request|invite)"), "to request\nand to invite\nnot to request"),
        (re.compile(r"(?<=^)mandates|(?<=and )mandates"), "mandates and mandates, not mandates"),
        (re.compile(r"\bcafé\b", re.ASCII), "écafé café cafés"),  # \b of ASCII words only
        (re.compile(r"\bcafé\b"), "écafé café cafés"),
        (re.compile(r"abab|ab"), "abababab ab"),  # a match ends where the next may begin
        (re.compile(r"\b(?:de|dec)(?:ide|ides)\b"), "decide decides dec ide decides"),
    ]
    for pattern, text in cases:
        assert LiteralStarts(pattern).starts is not None, pattern.pattern
        same(pattern, text)


def test_writes_itself_searched_as_the_pattern_searches() -> None:
    from mandate_graph.loaders.extract.rules.documents import _WRITES_ITSELF, _WRITES_ITSELF_STARTS

    assert _WRITES_ITSELF_STARTS.starts is not None
    invented = [
        "The Director-General hereby transmits the report.",
        "As requested in resolution 11/2, the Secretariat has prepared the present note.",
        "It represents this present note; the Board presents this\nReport and submitted the present paper.",
    ]
    paths = sorted((ROOT / "tests" / "data" / "unseen").glob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
    found = 0
    for text in [*(p.read_text(encoding="utf-8") for p in paths), *invented]:
        for piece in [text, *text.split("\n\n"), *re.split(r"(?<=\.)\s+", text)]:
            expected = _WRITES_ITSELF.search(piece)
            got = _WRITES_ITSELF_STARTS.search(piece)
            assert (got and got.span()) == (expected and expected.span()), piece[:100]
            found += expected is not None
    assert found >= 6
