"""What a sentence tells as proposed and not adopted, or declined (E215): its words give no fact.

- a proposal (suggestion, idea, offer) whose own predicate says it failed: "a proposal to convert the
  expert group into a standing committee did not obtain support", "the proposal that the Commission
  hold its next session in Geneva was not taken up", "… failed to gain consensus", "… was rejected";
- a proposal nobody agreed on: "no agreement (consensus) was reached on a proposal to establish …",
  "there was no support for the idea of holding …";
- an act declined: "the Commission decided not to establish …", "Decides not to convert …".

`unadopted_spans` gives where such words run (the proposal's noun to its failed predicate; the
denial or the declining verb to the end of its clause); the reader gives no establishment, no
constant element and no session's town or days for what stands inside one. A proposal told as
adopted ("a proposal to establish X was approved", "accepted the proposal to") is no span, nor one
whose fate the sentence does not tell ("a proposal to establish X is before the Commission").
Pure functions of a sentence's text.
"""

from __future__ import annotations

import re

# the proposal's noun, then its content up to the failed predicate, in one clause (no ";", no
# sentence stop: a comma may set off what the proposal was about)
_PROPOSAL = r"\b(?:proposals?|suggestions?|ideas?|propositions?|offers?)\b"
_FAILED = (
    r"(?:did|does|do|has|have|had)\s+not\s+(?:obtain|obtained|gain|gained|receive|received|attract|attracted|find|found|win|won|command|commanded|secure|secured|meet|met)"
    r"\s+(?:with\s+)?(?:(?:sufficient|enough|the\s+necessary|general|broad|any|wide)\s+)?(?:support|consensus|agreement|approval|acceptance)"
    r"|(?:failed|fails)\s+to\s+(?:obtain|gain|receive|attract|find|win|command|secure|meet\s+with)\s+(?:(?:sufficient|enough|the\s+necessary|general|broad|any|wide)\s+)?(?:support|consensus|agreement|approval|acceptance)"
    r"|(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:not\s+(?:taken\s+up|retained|adopted|accepted|approved|agreed(?:\s+(?:to|upon))?|pursued|supported|endorsed|followed)"
    r"|rejected|withdrawn|turned\s+down|dropped|defeated|set\s+aside|abandoned)\b"
)
_PROPOSAL_FAILED = re.compile(rf"{_PROPOSAL}(?:[^;.]|\.(?=\S)){{0,300}}?\s(?:{_FAILED})", re.IGNORECASE)
# a denial before what it denies: "no agreement was reached on", "there was no support for",
# "no consensus could be reached regarding"; a declining verb: "decided not to", "Decides not to",
# "agreed not to"
_DENIED = re.compile(
    r"\bno\s+(?:agreement|consensus|decision)\s+(?:was|could\s+be|has\s+been|had\s+been)\s+(?:reached|taken)\s+(?:on|about|regarding|concerning|with\s+regard\s+to)\s"
    r"|\bthere\s+(?:was|were)\s+no\s+(?:agreement|consensus|support)\s+(?:on|for|about|regarding)\s"
    r"|\b(?:decided|decides|decide|agreed|agrees|agree)\s+not\s+to\s",
    re.IGNORECASE,
)
# where a denied clause ends: a semicolon, the sentence's stop, or a new clause ", and"/", but"
_CLAUSE_END = re.compile(r";|\.(?:\s|$)|,\s+(?:and|but|while|whereas)\s|\s+but\s")

_ANY_DENIAL = re.compile(r"\b(?:not|no|fail(?:ed|s)|rejected|withdrawn|turned|dropped|defeated|set\s+aside|abandoned)\b", re.IGNORECASE)


# The letters IGNORECASE reads as an ASCII letter that `str.lower` does not lower to it (as
# `own_bare_numbers._FOLDED_OTHERWISE`): a text holding one skips `_may_tell_unadopted`.
_FOLDED_OTHERWISE = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ


def _may_tell_unadopted(text: str) -> bool:
    """Whether the lower-cased ``text`` holds the words every match of `_PROPOSAL_FAILED` or
    `_DENIED` holds: a proposal's noun; or "no" with "reached"/"taken" or "there", or "not" with
    a verb of deciding or agreeing. Most sentences hold none of them, and a few ``in`` tests cost
    a fraction of `_ANY_DENIAL`, which opens with ``\\b`` and is tried at every position."""
    if any(c in text for c in _FOLDED_OTHERWISE):
        return True
    lowered = text.lower()
    if "proposal" in lowered or "proposition" in lowered or "suggestion" in lowered or "idea" in lowered or "offer" in lowered:
        return True
    return "no" in lowered and (
        "reached" in lowered or "taken" in lowered or "there" in lowered
        or "not" in lowered and ("decide" in lowered or "agree" in lowered)
    )


def unadopted_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence tells a proposal not adopted or an act declined (see the module)."""
    if not _may_tell_unadopted(text) or _ANY_DENIAL.search(text) is None:
        return []
    spans = [m.span() for m in _PROPOSAL_FAILED.finditer(text)]
    for denied in _DENIED.finditer(text):
        end = _CLAUSE_END.search(text, denied.end())
        spans.append((denied.start(), end.start() if end is not None else len(text)))
    return sorted(spans)


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` falls inside one of ``spans``."""
    return any(start <= position < end for start, end in spans)
