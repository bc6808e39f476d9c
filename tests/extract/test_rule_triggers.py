"""Rules skipped where their words are missing (loaders/extract/triggers.py) skip only sentences
they could not have acted on.

Each declared rule's patterns are read from their parse: every way a pattern can match must
hold one of the rule's fragments as a literal it requires (in every alternative), so that a
later edit of a pattern that adds a way to match without those words fails here, not silently
in a document. Then each gated rule is run ungated over the lines and sentences of the sample
corpus, the unseen set and the eval's dev set, and must agree with its gated self.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

# imported for the rules they declare
from mandate_graph.loaders.extract import relate  # noqa: F401
from mandate_graph.loaders.extract import triggers
from mandate_graph.loaders.extract.rules import documents

try:  # Python 3.11+: the regex parser's own modules
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[2]


def _one_letter(op: object, av: object) -> str | None:
    """The lower-case character a node matches, when it matches one character in either case
    only (a literal, with or without IGNORECASE, or "[Pp]"): the lower-cased text holds it."""
    if op is sre_constants.LITERAL:
        assert isinstance(av, int)
        return chr(av).lower()
    if op is sre_constants.IN:
        assert isinstance(av, list)
        if all(o is sre_constants.LITERAL for o, _ in av):
            letters = {chr(v).lower() for _, v in av}
            if len(letters) == 1:
                return letters.pop()
    return None


def covered(items: list[tuple[object, object]], fragments: tuple[str, ...], run: str = "") -> bool:
    """Whether every match of the node sequence ``items`` holds one of ``fragments`` (lower
    case) as a run of literals it requires; ``run``: the literals right before the sequence (a
    prefix the parser factored out of alternatives: "co(?:mpliance|nformity)"). Conservative:
    what it cannot read proves nothing."""
    for op, av in items:
        letter = _one_letter(op, av)
        if letter is not None:
            run += letter
            if any(f in run for f in fragments):
                return True
            continue
        before, run = run, ""
        if op is sre_constants.SUBPATTERN:
            assert isinstance(av, tuple)
            sub = av[-1]
            if covered(list(sub), fragments, before):
                return True
        elif op is sre_constants.BRANCH:
            assert isinstance(av, tuple)
            if all(covered(list(alternative), fragments, before) for alternative in av[1]):
                return True
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
            assert isinstance(av, tuple)
            low, _, item = av
            if low >= 1 and covered(list(item), fragments, before):
                return True
        elif op is sre_constants.ASSERT:  # a look-ahead or look-behind that must hold: its text is the sentence's
            assert isinstance(av, tuple)
            if covered(list(av[1]), fragments):
                return True
    return False


def pattern_covered(pattern: re.Pattern[str], fragments: tuple[str, ...]) -> bool:
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    # (a literal lower-cased stands for itself with or without IGNORECASE: `sentence_lowered`)
    return covered(list(parsed.data), fragments)


def test_every_declared_pattern_needs_one_of_its_rules_fragments() -> None:
    assert len(triggers.DECLARED) >= 5
    for name, declared in triggers.DECLARED.items():
        for pattern in declared.patterns:
            assert pattern_covered(pattern, declared.fragments), (
                f"{name}: a match of {pattern.pattern[:120]!r} may hold none of {declared.fragments}"
            )


@pytest.mark.parametrize(
    ("pattern", "fragments", "expected"),
    [
        (r"\bpursuant\s+to\b", ("pursuant",), True),
        (r"[Pp]ursuant\s+to", ("pursuant",), True),
        (r"PURSUANT", ("pursuant",), True),
        (r"(?:in\s+accordance|pursuant)\s+to", ("pursuant",), False),  # "in accordance" needs none
        (r"(?:in\s+accordance|pursuant)\s+to", ("pursuant", "accordance"), True),
        (r"(?:pursuant\s+)?to", ("pursuant",), False),  # optional
        (r"(?:pursuant\s+){1,2}to", ("pursuant",), True),
        (r"to(?=\s+pursuant)", ("pursuant",), True),
        (r"to(?!\s+pursuant)", ("pursuant",), False),
        (r"(?i:pur)suant", ("pursuant",), False),  # the literal run broken by a group: not proven
        (r"[A-Z]{1,6}/\d+", ("/",), True),
    ],
)
def test_the_coverage_reading_proves_only_what_holds(pattern: str, fragments: tuple[str, ...], expected: bool) -> None:
    assert pattern_covered(re.compile(pattern, re.IGNORECASE if pattern == "PURSUANT" else 0), fragments) is expected


@lru_cache(maxsize=1)
def pieces() -> tuple[str, ...]:
    """Every line of the texts, and every run of a line up to a full stop: sentence-like pieces."""
    folders = [ROOT / "corpus", ROOT / "tests" / "data" / "unseen", ROOT.parent / "shared" / "eval" / "dev"]
    texts = [p.read_text(encoding="utf-8") for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    assert len(texts) > 50, "the sample corpus and the unseen set are read"
    found = set()
    for text in texts:
        for line in text.split("\n"):
            found.add(line)
            found.update(re.split(r"(?<=\.)\s+", line))
    found.update(INVENTED)
    return tuple(sorted(found))


INVENTED = [
    "The present report is submitted in accordance with resolution 12/1.",
    "As requested in paragraph 5 of resolution 11/2, the Secretariat has prepared the present note.",
    "The Director-General hereby transmits the report of the Board.",
    "THE PRESENT NOTE, AS MANDATED BY RESOLUTION 3/1, REVIEWS THE WORK.",
    "The Commission requested the Secretariat to report; the present note has been prepared in response.",
    "Documents before the Commission at its thirteenth session:",
    "Documentation",
    "This ſtudy is ſubmitted purſuant to resolution 4/2.",  # a long s: every rule runs
]


def test_gated_rules_agree_with_their_ungated_selves_on_every_piece() -> None:
    gated = [documents.mandate_of_itself, documents.ends_with_documentation]
    agreed = 0
    for rule in gated:
        ungated = rule.__wrapped_rule__  # type: ignore[attr-defined]
        for piece in pieces():
            assert rule(piece) == ungated(piece), (rule.__name__, piece)
            agreed += bool(ungated(piece))
    assert agreed >= 5  # the rules did say yes somewhere


def test_a_sentence_that_fires_no_submission_word_sends_nothing_and_speaks_of_nothing() -> None:
    """`Reader.submissions` returns early on such a sentence (when it names no symbol, no
    instrument, and the document transmits nothing by a cover formula)."""
    skipped = 0
    for piece in pieces():
        if documents.SENDS_OR_SPEAKS_OF_ITSELF.fire(piece):
            continue
        skipped += 1
        assert not documents.find_submissions(piece), piece
        assert not documents.is_about_itself(piece), piece
        assert not documents.mandate_of_itself.__wrapped_rule__(piece), piece  # type: ignore[attr-defined]
        assert documents.clause_about_itself(piece) is None, piece
    assert skipped > 1000


def test_under_mandate_holds_only_where_its_words_are() -> None:
    for piece in pieces():
        if not documents.UNDER_MANDATE_WORDS.fire(piece):
            assert not documents.under_mandate(piece, len(piece)), piece


def test_a_text_lower_casing_cannot_stand_for_fires_every_rule() -> None:
    # IGNORECASE reads "ſ" as "s", which lower() keeps: the rule runs, whatever its words
    assert documents.UNDER_MANDATE_WORDS.fire("purſuant to resolution 4/2")
    assert not documents.UNDER_MANDATE_WORDS.fire("The Board met in Rome.")


def test_a_rule_declaring_no_words_runs_everywhere() -> None:
    calls: list[str] = []

    @triggers.triggered_by("pursuant", otherwise=list)
    def pursuant_rule(text: str) -> list[str]:
        calls.append(text)
        return [text]

    def plain_rule(text: str) -> list[str]:  # a rule another helper adds: no declaration
        calls.append(text)
        return [text]

    assert pursuant_rule("The Board met.") == [] and calls == []
    assert pursuant_rule("Pursuant to decision 3/1") == ["Pursuant to decision 3/1"]
    assert plain_rule("The Board met.") == ["The Board met."]
    triggers.DECLARED.pop(f"{__name__}.{pursuant_rule.__qualname__}", None)
