"""Numbers that count within one gathering of their body and print no session.

A fund's council names its decisions by the agenda item of the meeting that took them
("Decision on Agenda Item 5 Work Program for GEF Trust Fund" in the joint summary of its 79th
meeting); many boards number the decisions of a session's report from 1 ("Decision 3"). The
number alone is no key: the decision is the body's decision of that meeting, number 5. A user
declares such a convention in the reference data with a template that has no ``{session}``
(``mg:numberTemplate "Decision on Agenda Item {number}"``, `graph.reference`, on a body that holds
gatherings); this module reads it in one document:

- the session is the gathering of the body the document is of (its masthead: "79th GEF Council
  Meeting", "Report of the Board on its fifth session"), or the one written right after the number
  ("its decision on Agenda Item 10 at its 77th meeting", "decision 3 of its fifth session"), which
  wins;
- a number in a document that says neither is left out, with a warning that says why: guessing a
  session would key the decision of another meeting.

The template's words match in any case ("its decision on agenda item 10"); the number is one to
three figures not followed by a slash, a letter or a decimal ("decision 16/32", "decision 4/CP.35"
are other conventions' numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.graph.model import GatheringRef, InstrumentKind
from mandate_graph.graph.ordinals import ORDINAL, ordinal_value
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.numbering import NumberedInstrument, NumberingFinder
from mandate_graph.loaders.extract.own_bare_numbers import OneDocumentsNumbering
from mandate_graph.loaders.extract.per_registry import of_registry

# "at its 77th meeting", "of its fifth session", "adopted at the 77th Council meeting": the
# gathering written after the number, which keys it instead of the document's own
_GATHERING_AFTER = (
    rf"(?:\s*,?\s+(?:(?:adopted|taken)\s+)?(?:at|of)\s+(?:its|the)\s+(?P<ordinal>{ORDINAL})"
    r"(?:\s+[A-Z][\w/-]*){0,3}\s+(?:meeting|session)s?\b)?"
)
_AFTER_NUMBER = r"(?![\w/]|\.\d)"


@dataclass(frozen=True)
class _Convention:
    pattern: re.Pattern[str]
    issuer: str
    kind: InstrumentKind
    # the text every number in it holds, lower-cased: a cheap test before the pattern
    word: str


def _literal(text: str) -> str:
    """A piece of a template as a pattern: each run of spaces any run of spaces or a line break."""
    return r"\s+".join(re.escape(piece) for piece in text.split(" ")) if text else ""


def _convention(body: Body, template: str, kind: InstrumentKind) -> _Convention:
    before, _, after = template.partition("{number}")
    text = (
        r"(?<![\w/.])" + _literal(" ".join(before.split()) + (" " if before[-1:].isspace() else ""))
        + r"(?P<number>\d{1,3})" + _literal(after) + _AFTER_NUMBER + _GATHERING_AFTER
    )
    longest = max(before.split() + after.split(), key=len).lower()
    return _Convention(re.compile(text, re.IGNORECASE), body.key, kind, longest)


@of_registry
def _conventions_of(bodies: tuple[Body, ...]) -> tuple[_Convention, ...]:
    return tuple(
        _convention(body, n.template, n.kind) for body in bodies for n in body.numbering_in_gathering
    )


@dataclass(frozen=True)
class GatheringNumbering(OneDocumentsNumbering):
    """The conventions of ``base``, and those that print no session, each with the document's
    gathering of its body (None where the document says none)."""

    counted: tuple[tuple[_Convention, int | None], ...] = ()

    def find(self, text: str) -> list[NumberedInstrument]:
        found = self.base.find(text) if self.base is not None else []
        lowered: str | None = None
        for convention, own in self.counted:
            if lowered is None:
                lowered = text.lower()
            if convention.word not in lowered:
                continue
            for m in convention.pattern.finditer(text):
                if any(n.start < m.end() and m.start() < n.end for n in found):
                    continue
                session = ordinal_value(m["ordinal"]) if m["ordinal"] else own
                if session is None:
                    continue
                # the span is the number's own words: "at its 77th meeting" after it is the
                # gathering's, which the sentence rules read as such
                end = m.end("number") if m["ordinal"] else m.end()
                found.append(NumberedInstrument(m.start(), end, convention.kind, str(session), str(int(m["number"])), convention.issuer))
        return sorted(found, key=lambda n: n.start)


# How many characters above the first number a heading or an opening sentence naming the gathering
# may stand ("79th GEF Council Meeting", "The 79th meeting of the GEF Council was held ...")
_HEAD = 3000


def _gathering_named_above(body: Body, text: str, pattern: re.Pattern[str]) -> int | None:
    """The one gathering of ``body`` that the text above its first number names, by the body's
    name ("79th GEF Council Meeting", "the 79th meeting of the GEF Council", "Board, fifth
    session"); None where it names none or several (a summary of two meetings)."""
    first = pattern.search(text)
    head = text[: min(first.start() if first else len(text), _HEAD)]
    names = sorted({n for n in (*body.names, body.short_name or "") if len(n) > 3}, key=len, reverse=True)
    if not names or body.gathering_term is None:
        return None
    name = "(?:" + "|".join(_literal(" ".join(n.split())) for n in names) + ")"
    term = body.gathering_term
    told = re.compile(
        rf"(?<![\w-])(?P<ordinal>{ORDINAL})\s+(?:(?:{term}\s+of\s+(?:the\s+)?{name})|(?:(?:the\s+)?{name}\s+{term}))(?![\w-])|"
        rf"(?<![\w-]){name}(?:,|\s+[-–—:])\s+(?P<after>{ORDINAL})\s+{term}\b",
        re.IGNORECASE,
    )
    found = {ordinal_value(m["ordinal"] or m["after"]) for m in told.finditer(head)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def sessionless_numbers_written(registry: BodyRegistry, text: str) -> bool:
    """Whether ``text`` may write a number of a convention without session (a cheap test: the
    template's longest word, in any case)."""
    conventions = _conventions_of(registry)
    if not conventions:
        return False
    lowered = text.lower()
    return any(c.word in lowered and c.pattern.search(text) is not None and _evident(registry.bodies[c.issuer], text) for c in conventions)


def _evident(body: Body, text: str) -> bool:
    """Whether ``text`` names ``body`` by one of its names or prints its symbol series: another
    organisation's "decision on agenda item 4" is none of this body's numbers (a user's file is
    loaded with many others)."""
    if body.symbol_prefix and any(body.symbol_prefix + sep in text for sep in "/.-"):
        return True
    return any(name in text for name in body.names if len(name) > 3)


def gathering_numbering(
    numbering: NumberingFinder, registry: BodyRegistry, text: str, gatherings: list[GatheringRef]
) -> tuple[NumberingFinder | None, list[str]]:
    """``numbering`` with the conventions without session of the bodies whose numbers ``text``
    may write, each counted in the body's gathering among ``gatherings`` (the masthead's), and the
    warnings of those whose document names none; (None, []) when no such convention is in play."""
    conventions = _conventions_of(registry)
    if not conventions:
        return None, []
    lowered = text.lower()
    present = [
        c for c in conventions
        if c.word in lowered and c.pattern.search(text) is not None and _evident(registry.bodies[c.issuer], text)
    ]
    if not present:
        return None, []
    counted: list[tuple[_Convention, int | None]] = []
    warnings: list[str] = []
    for convention in present:
        own = next((g.ordinal for g in gatherings if g.body == convention.issuer), None)
        if own is None:
            own = _gathering_named_above(registry.bodies[convention.issuer], text, convention.pattern)
        if own is None and not any(m["ordinal"] for m in convention.pattern.finditer(text)):
            first = convention.pattern.search(text)
            warnings.append(
                f"numbers of {convention.issuer!r} written without their session (\"{first[0] if first else ''}\")"
                " are left out: the document names none of the body's gatherings in its masthead and none after"
                " the number (\"at its 77th meeting\"), so the session of the decision is not known"
            )
        counted.append((convention, own))
    return GatheringNumbering(None, (), (), base=numbering, counted=tuple(counted)), warnings


def counted_issuers(numbering: NumberingFinder) -> frozenset[str]:
    """The bodies whose numbers ``numbering`` counts within a gathering of theirs (none unless a
    `GatheringNumbering` is among its wrappers)."""
    finder: NumberingFinder | None = numbering
    while finder is not None:
        if isinstance(finder, GatheringNumbering):
            return frozenset(c.issuer for c, _ in finder.counted)
        base = getattr(finder, "base", None)
        finder = base if isinstance(base, NumberingFinder) else None
    return frozenset()
