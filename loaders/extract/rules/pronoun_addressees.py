"""A mandate given to a pronoun: "…, and requests it to report to the Board", "welcomes the work
of the Animals Committee and the Plants Committee and invites them to …", "the report of the
Secretary-General, which the Assembly requested him to prepare annually".

The pronoun stands for the subject named before the verb in the same sentence: the body that is
no complement of a preposition ("of the Executive Board", "to the Council") and not the body
whose instrument speaks, else the body whose report or work the sentence names ("the report of
the Ethics Office"); "them" for the bodies of the last coordination ("X and Y", "X, Y and
Z"). "him" and "her" stand for the last post one person holds (the Secretary-General, a High
Commissioner, a Special Rapporteur) named before the verb, as a subject or as whose report it is:
a body is never "him". A sentence naming no such body gives no addressee (the pronoun's antecedent
is then in another sentence, which this rule does not guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mandate_graph.loaders.extract.rules.own_voice import is_office

# right after the verb: "requests it to report", "invites them to consider", "tasked it with
# guiding" (E106), "requested him to prepare" (E169; "invited her Government to" is no pronoun
# addressee: "to" must follow it)
_PRONOUN = re.compile(r"\s+(?P<pronoun>it|them|him|her)\s+(?:also\s+)?(?P<task>to\s+(?=[a-z])|with\s+(?=[a-z]{2,}ing\b))")
_ARTICLE = re.compile(r"^(?:the|its|their)\s+", re.IGNORECASE)
# what stands before a body that is a complement, not a subject: "of the", "to", "by the"
_COMPLEMENT = re.compile(
    r"\b(?:of|with|by|from|to|on|in|at|for|among|between|through|via|under|before|after)\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# a body named as whose work or report it is: "the report of the", "the work of its"
_OF = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
# between two bodies of one coordination: ", the", " and the", ", and"
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def pronoun_after(text: str, verb_end: int) -> tuple[str, int] | None:
    """("it" or "them", where the task starts: its "to") when the verb's addressee is a pronoun."""
    m = _PRONOUN.match(text, verb_end)
    if m is None:
        return None
    return m["pronoun"].lower(), m.start("task")


def antecedents(
    text: str, bodies: Sequence[tuple[int, int, str]], verb_start: int, pronoun: str, speakers: set[str]
) -> list[str]:
    """The keys a pronoun after the verb at ``verb_start`` stands for. ``bodies``: (start, end,
    key) of the bodies the sentence names, in order; ``speakers``: the bodies whose instruments
    give the mandate, never their own addressee."""
    before = [b for b in bodies if b[1] <= verb_start and b[2] not in speakers]
    if pronoun in ("him", "her"):
        # "the report of the Secretary-General ..., which the Assembly requested him to prepare":
        # the last post one person holds, whether subject or complement
        posts = [b for b in before if is_office(_ARTICLE.sub("", text[b[0] : b[1]]))]
        return [posts[-1][2]] if posts else []
    subjects = [b for b in before if not _COMPLEMENT.search(text, max(0, b[0] - 16), b[0])]
    if not subjects:
        # "takes note of the report of the Ethics Office and requests it to continue": a report
        # or a work is not asked to act, the body it is "of" is
        subjects = [b for b in before if _OF.search(text, max(0, b[0] - 16), b[0])]
    if not subjects:
        return []
    last = subjects[-1]
    if pronoun == "it":
        alone = [b for b in before if b[0] > last[1] and not _in_a_coordination(text, before, b)]
        if alone and _in_a_coordination(text, before, last):
            # "invited UNCTAD and the World Bank to provide input to the group, and asked it to
            # report": of two bodies coordinated, the last is "it" only when no body stands alone
            # after them; one named after them, here the complement, is (E262)
            return [alone[-1][2]]
        return [last[2]]
    # "them": the bodies coordinated with the last subject, before and after it
    chain = [last]
    index = before.index(last)
    for earlier in reversed(before[:index]):
        if not _COORDINATED.match(text[earlier[1] : chain[0][0]]):
            break
        chain.insert(0, earlier)
    for later in before[index + 1 :]:
        if not _COORDINATED.match(text[chain[-1][1] : later[0]]):
            break
        chain.append(later)
    keys = list(dict.fromkeys(b[2] for b in chain))
    return keys if len(keys) > 1 else []


def _in_a_coordination(text: str, bodies: Sequence[tuple[int, int, str]], body: tuple[int, int, str]) -> bool:
    """Whether ``body`` is coordinated with the body named right before or after it ("X and the Y")."""
    index = bodies.index(body)
    before = bodies[index - 1] if index else None
    after = bodies[index + 1] if index + 1 < len(bodies) else None
    return (before is not None and _COORDINATED.match(text[before[1] : body[0]]) is not None) or (
        after is not None and _COORDINATED.match(text[body[1] : after[0]]) is not None
    )
