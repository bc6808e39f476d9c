"""A bare number in the document's own body's convention is its own body's (E100).

"decision 94/12" in a document of the Executive Committee of the Multilateral Fund, which numbers
its decisions in the default "session/number" way, is the Committee's decision 12 of its 94th
meeting. The Meeting of the Parties to the Montreal Protocol writes its decisions "decision
XXXVI/2", and its reference data says so with a template "decision {session}/{number}": a
template of the same shape as every body's default numbering. `NumberingFinder.preferring` keeps
such a template in a document that names its body (the Committee's briefing names the Meeting
of the Parties and prints its symbol prefix inside the Committee's own), and the template then
took every "decision 94/12" of the page from the Committee.

The document's own body wins: when it issues instruments and has no convention of its own (it
numbers in the default way), a number another body's default-shaped convention reads whose
session is written in digits, as the default writes it, is left to the default reading, which
gives it to the document's own body. The other body keeps what only its template reads (the
Roman session of "decision XXXVI/2"), and a number named with its issuer ("decision 36/2 of the
Meeting of the Parties") is still read as that issuer's by the sentence rules. Where the document
gave `preferring` no sign of that body (its symbols printed under another prefix), a body above
the author (the Meeting of the Parties over its Fund's Committee) keeps that reading all the same:
a body's parent is in evidence in the body's documents.

Only a body the document shows numbering otherwise cedes its digits: one whose convention reads,
somewhere in the document, a number whose session is not written in digits ("decision XXXVI/2").
A body whose numbers the document writes only in digits ("decision 5/2" of a group of experts
named on a Journal page) uses the default's shape as its own, and a document of another body that
numbers the default way (a parent, a page that lists several bodies' meetings) does not take them.

A body the document names only as the issuer of the numbers it cites ("Commission on Human Rights
resolution 2005/2", every time its name is written) cedes its digits too (E146): the document wrote
its name where its numbers stand, and a number written bare ("in particular resolution 85/151",
"prepared in pursuance of resolution 85/151") is the document's own body's. A document whose author
issues no instruments (a Main Committee's draft, a subsidiary group's report) cites its nearest
issuing ancestor's numbers bare: the General Assembly's "resolution 85/151" in a Third Committee
draft. A body named otherwise (alone, "the Commission", before a session or a report, or by its
symbol series beside one of its names) keeps its convention, as before. A body named by its symbol
series alone, no name of it written (a paper of it cited in a footnote), cedes its digits (E180).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.lowered import lower_document
from mandate_graph.loaders.extract.numbering import NumberedInstrument, NumberingFinder, numbering_finder, prints_series
from mandate_graph.loaders.extract.per_registry import of_registry

# The default's shape inside a number's text: the session in digits, a slash, the number.
_DIGITS_SLASH_DIGITS = re.compile(r"\d\s*/\s*\d")
# A template reading the two numbers as the default does: session first, after an optional kind word
_DEFAULT_ORDER = re.compile(r"^(?:[A-Za-z]+ )?\{session\}/\{number\}$")


@dataclass(frozen=True)
class OneDocumentsNumbering(NumberingFinder):
    """A finder made for one document over the reference data's finder ``base``: it points where
    ``base`` points and is already that document's preference; subclasses change what it finds."""

    base: NumberingFinder | None = None

    def point_issuer(self) -> str | None:
        return self.base.point_issuer() if self.base is not None else None

    def point_instrument(self, label: str) -> tuple[InstrumentKind, str, str] | None:
        return self.base.point_instrument(label) if self.base is not None else None

    def preferring(self, document: str, evident: frozenset[str] = frozenset()) -> NumberingFinder:
        return self


@dataclass(frozen=True)
class OwnBareNumbers(OneDocumentsNumbering):
    """``base``'s conventions, less the digit-written numbers of ``ceded`` bodies' default-shaped
    ones (those are the document's own body's)."""

    ceded: frozenset[str] = frozenset()
    # the conventions of the ``restored`` bodies alone (`preferring` dropped them)
    full: NumberingFinder | None = None
    restored: frozenset[str] = frozenset()

    def find(self, text: str) -> list[NumberedInstrument]:
        found = self.base.find(text) if self.base is not None else []
        if self.restored and self.full is not None and (parents := self.full.find(text)):
            # the parent's reading wins over another body's convention written alike
            found = [f for f in found if not any(f.start < n.end and n.start < f.end for n in parents)] + parents
            found.sort(key=lambda n: n.start)
        return [n for n in found if not (n.issuer in self.ceded and _DIGITS_SLASH_DIGITS.search(text, n.start, n.end))]


def own_bare_numbers(numbering: NumberingFinder, author: str | None, registry: BodyRegistry, text: str) -> NumberingFinder:
    """``numbering`` in a document of ``author`` whose text is ``text``: unchanged unless the author
    issues instruments in the default numbering and another body's convention, written in the
    default's shape, reads a number of ``text`` whose session is not in digits."""
    if author is None or author not in registry:
        return numbering
    author = _issuing_self_or_ancestor(author, registry)
    own = registry.bodies[author]
    if not own.issues_instruments or own.numbering:
        return numbering
    underlying = _underlying(numbering)
    ceded = frozenset(key for key in _default_shaped(registry) if key != author)
    if not ceded:
        return numbering
    kept = {issuer for issuer, _ in underlying.conventions}
    parents: list[str] = []
    parent = own.parent
    while parent is not None and parent in registry and parent not in parents:
        parents.append(parent)
        parent = registry.bodies[parent].parent
    restored = tuple(registry.bodies[k] for k in parents if k in ceded and k not in kept)
    if not restored and not ceded & kept:
        return numbering  # no convention of the shape is read in this document
    full = numbering_finder(restored) if restored else None
    ceded = (
        _numbering_otherwise(ceded, text, numbering, full)
        | _named_only_as_issuer(ceded & kept, text, registry)
        | _never_named_with_a_number(ceded & kept, text, registry)
    )
    if any(b.key not in ceded for b in restored):
        restored = tuple(b for b in restored if b.key in ceded)
        full = numbering_finder(restored) if restored else None
    if not ceded:
        return numbering  # the document writes those bodies' numbers as the default does
    # (a finder of the parents' conventions alone: another body's convention written alike would
    # win the number in the reference data's whole finder)
    return OwnBareNumbers(
        None, (), (), base=numbering, ceded=ceded,
        full=full, restored=frozenset(b.key for b in restored),
    )


def _numbering_otherwise(bodies: frozenset[str], text: str, *finders: NumberingFinder | None) -> frozenset[str]:
    """Those of ``bodies`` whose convention reads a number of ``text`` with a session not in digits.
    (`in_document`: the document's numbers the matcher's `for_document` read already, in 52 of
    the 55 unseen documents that ask, rather than a second pass over the whole text.)"""
    return frozenset(
        n.issuer
        for finder in finders
        if finder is not None
        for n in finder.in_document(text)
        if n.issuer in bodies and not _DIGITS_SLASH_DIGITS.search(text, n.start, n.end)
    )


def _issuing_self_or_ancestor(author: str, registry: BodyRegistry) -> str:
    """``author`` if it issues instruments, else its nearest ancestor that does (the General
    Assembly over its Third Committee), else ``author``."""
    key: str | None = author
    seen: set[str] = set()
    while key is not None and key in registry and key not in seen:
        if registry.bodies[key].issues_instruments:
            return key
        seen.add(key)
        key = registry.bodies[key].parent
    return author


# What follows a body's name where the name qualifies a number: "resolution 2005/2",
# "decisions 12/3 and 12/4", "resolution No. 4/1"
_BEFORE_A_NUMBER = re.compile(r"(?:'s)?\s+(?:resolution|decision)s?\s+(?:No\.\s*)?\d", re.IGNORECASE)


# The letters IGNORECASE reads as an ASCII letter that `str.lower` does not lower to it
# (every code point tried against each ASCII letter, Python 3.11): a text holding one is searched as it is.
_FOLDED_OTHERWISE = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ


def _words_absent(words: list[str], text: str, ignore_case: bool) -> bool:
    """Whether one of a name's ``words`` (ASCII ones) stands nowhere in ``text``, as written or,
    ``ignore_case``, in any case: then no pattern of the name written word after word can match,
    and its whole-text search (tried at every position: it opens with a look-behind) is skipped."""
    if ignore_case:
        if any(c in text for c in _FOLDED_OTHERWISE):
            return False
        text = lower_document(text)
        return any(w.isascii() and w.lower() not in text for w in words)
    return any(w not in text for w in words)


def _named_only_as_issuer(bodies: frozenset[str], text: str, registry: BodyRegistry) -> frozenset[str]:
    """Those of ``bodies`` whose every name in ``text`` stands right before a number it issued
    ("Commission on Human Rights resolution 2005/2"), never alone, never as "the" and its short
    name, and whose symbol series the text does not print; or that the text names only by its
    symbol series, by no name at all."""
    ceded: set[str] = set()
    for key in bodies:
        body = registry.bodies[key]
        # (a body the text names by no name, only by its series, cedes too: "(E/CN.4/1998/53/Add.2)",
        # a former commission's paper cited in an Assembly document's footnote, says nothing of
        # whose "resolution 88/196" the text means, E180)
        series = bool(body.symbol_prefix) and prints_series(f"{body.symbol_prefix}/", text)
        names = [n for n in body.names if " " in n.strip()]
        if body.short_name:
            names.append(f"the {body.short_name}")
        named = qualifying = 0
        for name in names:
            # a short name keeps its capital ("the Commission", not "the commission of a crime")
            flags = 0 if name.startswith("the ") else re.IGNORECASE
            if _words_absent(name.split(), text, bool(flags)):
                continue  # named nowhere: no match below
            words = r"\s+".join(re.escape(w) for w in name.split())
            for m in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text, flags):
                named += 1
                if _BEFORE_A_NUMBER.match(text, m.end()):
                    qualifying += 1
                else:
                    break
            if qualifying < named:
                break
        if (named and qualifying == named and not series) or (series and not named):
            ceded.add(key)
    return frozenset(ceded)


# A number tied to a body's name in the same sentence: the name, then the kind word and a number
# ("Forum resolution 21/2", "the Conference of the Parties, decision 12/3", "The Forum, in its
# resolution 21/2", "the Board adopted decision 5/2"), or the number, then "of" and the name
# ("decision 12/3 of the Conference of the Parties", "resolution 21/2 of 5 May 2031 of the Forum",
# "decision 5/2 adopted by the Board"; not "decision 86/552, the Assembly took note of the report of")
_NAME_THEN_NUMBER = r"(?:'s)?[^.;:\n]{0,60}?\b(?:resolution|decision)s?\s+(?:No\.\s*)?\d"
_NUMBER_THEN_NAME = (
    r"\b(?:resolution|decision)s?\s+(?:No\.\s*)?\d{1,4}\s*/\s*\d{1,4}\b(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?,?"
    r"\s+(?:(?:adopted\s+)?by|of)\s+(?:the\s+)?"
)


def _never_named_with_a_number(bodies: frozenset[str], text: str, registry: BodyRegistry) -> frozenset[str]:
    """Those of ``bodies`` that ``text`` names (or does not) but never where a number stands: no
    name of theirs (full, alias, "the" and the short name) right before a kind word and a number in
    its sentence, none after a number and "of", and no symbol of their series printed. The
    document's author numbers the default way; such a body's convention, written in the same
    shape, is no sign that a bare number is its own rather than the author's: "Decision 2032/210 /
    Dates and venue of the twenty-eighth session of the United Nations Forum on Forests" on the
    Economic and Social Council's list of its decisions is the Council's (E177), though a user's
    file gives the Forum "{session}/{number}" resolutions. A body the document does tie to a
    number ("the Conference of the Parties, decision 12/3") keeps its convention (E100's lead)."""
    ceded: set[str] = set()
    for key in bodies:
        body = registry.bodies[key]
        if body.symbol_prefix and prints_series(body.symbol_prefix + "/", text):
            continue
        names = [n for n in body.names if n.strip()]
        if body.short_name:
            names.append(f"the {body.short_name}")
        tied = False
        for name in names:
            # a short name or an acronym keeps its capitals ("the Forum", "UNFF"), its article not
            flags = re.IGNORECASE if " " in name.strip() and not name.startswith("the ") else 0
            if _words_absent(name.split()[1:] if name.startswith("the ") else name.split(), text, bool(flags)):
                continue  # named nowhere: neither search below can match
            words = r"\s+".join(re.escape(w) for w in name.split())
            if name.startswith("the "):
                words = "[Tt]" + words[1:]
            written = rf"(?<![\w-]){words}(?![\w-])"
            if re.search(written + _NAME_THEN_NUMBER, text, flags) or re.search(_NUMBER_THEN_NAME + written, text, flags):
                tied = True
                break
        if not tied:
            ceded.add(key)
    return frozenset(ceded)


@of_registry
def _default_shaped(bodies: tuple[Body, ...]) -> frozenset[str]:
    """The bodies with a convention that reads a number as the default does ("decision
    {session}/{number}"), whether or not a document's `preferring` kept it."""
    return frozenset(b.key for b in bodies if any(_DEFAULT_ORDER.match(n.template) for n in b.numbering))


def _underlying(numbering: NumberingFinder) -> NumberingFinder:
    """The reference data's finder under the wrappers of one document (`ShownNumbering`)."""
    base = getattr(numbering, "base", None)
    return _underlying(base) if isinstance(base, NumberingFinder) else numbering


# A template that marks the session of a "session/number" with letters of the body's own: "decision
# VC {session}/{number}" (the Vienna Convention's Conference of the Parties), "BC-{session}/{number}",
# "IG.{session}/{number}", "AC {session}/{number}" (not the default's "Decision {session}/{number}")
_MARKED_SESSION = re.compile(r"^(?:[A-Za-z]+ )?[A-Z][A-Za-z.]*[ .-]?\{session\}/\{number\}$")


@dataclass(frozen=True)
class OwnMeetingNumbers(OneDocumentsNumbering):
    """``base``'s conventions, with the numbers of the document's own meeting written without the
    author's mark given to the author: ``author``'s, of session ``session``."""

    author: str = ""
    session: str = ""
    kinds: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()

    def find(self, text: str) -> list[NumberedInstrument]:
        found = self.base.find(text) if self.base is not None else []
        return [
            replace(n, issuer=self.author)
            if n.issuer in self.others and n.session == self.session and n.kind in self.kinds
            else n
            for n in found
        ]


def own_meeting_numbers(numbering: NumberingFinder, author: str | None, session: int | None, registry: BodyRegistry) -> NumberingFinder:
    """``numbering`` in a document of ``author``'s meeting ``session`` (its masthead's): a body
    that marks its numbers ("decision VC XIV/1") drops the mark for the drafts of the meeting it
    holds ("draft decision XIV/1 was adopted"), which another body's convention written the
    default way ("decision {session}/{number}": the Montreal Protocol's "decision XXXVI/4") would
    read as that body's. A number of that meeting's session is the author's; a number of another
    session ("decision XXXVI/4", a decision of the fourteenth meeting cited at the fifteenth) is
    left to the convention that reads it."""
    if author is None or session is None or author not in registry:
        return numbering
    own = registry.bodies[author]
    kinds = frozenset(
        n.kind for n in own.numbering if _MARKED_SESSION.match(n.template) and not _DEFAULT_ORDER.match(n.template)
    )
    if not own.issues_instruments or not kinds:
        return numbering
    others = frozenset(key for key in _default_shaped(registry) if key != author)
    if not others & {issuer for issuer, _ in _underlying(numbering).conventions}:
        return numbering
    return OwnMeetingNumbers(None, (), (), base=numbering, author=author, session=str(session), kinds=kinds, others=others)
