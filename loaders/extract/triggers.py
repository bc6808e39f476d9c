"""Rules run only where their words are: each sentence rule that can fire only when a sentence
holds one of a few words declares them once, and is skipped where none of them stands.

Most sentences name no mandate, send no document anywhere and speak of no document of their
own; yet every rule used to be entered for every sentence and to test its own patterns or
substrings there. A rule decorated with `triggered_by` says which lower-case fragments ("submi",
"pursuant", "present", "/") every text it can act on holds; the sentence is lower-cased once
(`sentence_lowered`, kept for the next rules of the same sentence) and the rule returns its
``otherwise`` value, without running, when none of its fragments occurs. A rule that declares
nothing runs as before: rules added later need no edit here.

The declaration is checked, not trusted: `Triggers.patterns` names the patterns the rule acts
on, and tests/extract/test_rule_triggers.py proves from each pattern's parse that every match
holds one of the fragments (a literal the pattern requires, in every alternative), and runs each
rule ungated over the sample corpus, dev and unseen sentences against its gated self.

Fragments are substrings of the lower-cased text, not whole words: a pattern's ``\\bpursuant``
needs "pursuant" in the text whatever follows it, and a case-sensitive pattern's "Pursuant"
lower-cases to it. A text that ``str.lower`` cannot stand for (the regex engine's IGNORECASE
takes "ſ" for an "s" and "ı" for an "i", which ``lower()`` leaves as they are) fires every rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable, TypeVar, cast

F = TypeVar("F", bound=Callable[..., object])

# letters IGNORECASE matches as ASCII letters that ``lower()`` leaves as they are ("K", the
# Kelvin sign, lower-cases to "k" and "İ" to "i" and a dot: both found as ASCII)
_FOLDED_APART = ("ſ", "ı")


@functools.lru_cache(maxsize=64)
def sentence_lowered(text: str) -> str | None:
    """``text.lower()``, made once for all the rules that ask about the same sentence; None when
    lower-casing cannot stand for what IGNORECASE matches (every rule then runs)."""
    lowered = text.lower()
    if not lowered.isascii() and any(c in lowered for c in _FOLDED_APART):
        return None
    return lowered


@dataclass(frozen=True)
class Triggers:
    """What a rule needs to find in a sentence before it can act: one of ``fragments`` (lower
    case); ``patterns`` are the patterns whose every match holds one of them (checked by
    tests/extract/test_rule_triggers.py)."""

    name: str
    fragments: tuple[str, ...]
    # the patterns, or a function that gives them (patterns the module defines below the rule)
    pattern_source: tuple[re.Pattern[str], ...] | Callable[[], tuple[re.Pattern[str], ...]] = field(default=())

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return self.pattern_source() if callable(self.pattern_source) else self.pattern_source

    def fire(self, text: str) -> bool:
        lowered = sentence_lowered(text)
        if lowered is None:
            return True
        for fragment in self.fragments:
            if fragment in lowered:
                return True
        return False


# every declared rule, by its qualified name: what the tests check
DECLARED: dict[str, Triggers] = {}


def declare(
    name: str,
    *fragments: str,
    patterns: tuple[re.Pattern[str], ...] | Callable[[], tuple[re.Pattern[str], ...]] = (),
) -> Triggers:
    """The triggers of a part of a rule that a caller tests itself (``if not T.fire(text):
    return``), declared and checked as a decorated rule's are."""
    assert all(f == f.lower() and f for f in fragments), "fragments are lower case"
    triggers = Triggers(name, fragments, patterns)
    DECLARED[name] = triggers
    return triggers


def _first_text(*args: object, **kwargs: object) -> str:
    return cast(str, args[0])


def triggered_by(
    *fragments: str,
    patterns: tuple[re.Pattern[str], ...] | Callable[[], tuple[re.Pattern[str], ...]] = (),
    otherwise: Callable[[], object],
    text_of: Callable[..., str] = _first_text,
    runs_when: Callable[..., bool] | None = None,
) -> Callable[[F], F]:
    """Skip the decorated rule where its sentence (its first argument, or ``text_of(*args)``)
    holds none of ``fragments``: it returns ``otherwise()`` there. ``runs_when(*args)`` true runs
    it whatever the words (what the rule acts on besides the text: "r.instruments")."""
    assert all(f == f.lower() and f for f in fragments), "fragments are lower case"

    def gate(rule: F) -> F:
        triggers = Triggers(rule.__qualname__, fragments, patterns)
        DECLARED[f"{rule.__module__}.{rule.__qualname__}"] = triggers
        fire = triggers.fire

        if runs_when is None and text_of is _first_text:

            @functools.wraps(rule)
            def dispatched(*args: object, **kwargs: object) -> object:
                # (the common case spelled out: one call fewer per sentence)
                return rule(*args, **kwargs) if fire(cast(str, args[0])) else otherwise()

        else:

            @functools.wraps(rule)
            def dispatched(*args: object, **kwargs: object) -> object:
                if (runs_when is not None and runs_when(*args)) or fire(text_of(*args)):
                    return rule(*args, **kwargs)
                return otherwise()

        dispatched.__wrapped_rule__ = rule  # type: ignore[attr-defined]  # the ungated rule, for the tests
        dispatched.triggers = triggers  # type: ignore[attr-defined]
        return cast(F, dispatched)

    return gate
