"""Stage 5, relating: the sentence-level rules that turn resolved references into facts.

The document is read once, in order. Each sentence is handled with what the text before it
established (`Scope`, and the `Reader`'s memory: the last instrument named, the meetings a
paragraph spoke of, the dates meetings were held on), so that "In the same resolution",
"those meetings", "the Working Group" and "their meetings held from 23 to 27 May 2022"
can be resolved, and left out when they cannot.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from graph.reference import BodyRegistry
from loaders.extract.clean import Cleaned
from loaders.extract.dates import find_dates
from loaders.extract.document import Masthead
from loaders.extract.references import (
    GatheringMention,
    InstrumentMention,
    SentenceRefs,
    body_matcher,
    find_references,
    lowered_for_patterns,
    shift,
)
from loaders.extract.resolve import Scope, resolve_bodies, resolve_gatherings, resolve_issuers, section_focus
from loaders.extract.segment import Paragraph, Sentence
from loaders.extract.symbols import SymbolMention, find_symbols
from loaders.facts import DateRange, Evidence, Fact

# --------------------------------------------------------------------------- patterns

_MANDATE_VERB = re.compile(
    r"\b(?P<verb>requests|requested|encourages|encouraged|invites|invited|"
    r"establishes|established|(?:decided|decides)\s+to\s+establish)\b",
    re.IGNORECASE,
)
_MANDATE_VERB_LOWER = re.compile(_MANDATE_VERB.pattern)  # for lower-cased text
from ontology.relations import verb_relations  # noqa: E402 (here, beside its one use: the verbs of the relation table)
_RELATION_OF = verb_relations()  # verb stem -> mandate relation
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?$")
_CONSTANT = re.compile(r"\b(?:constant|permanent)\s+element\b")
_ENDORSE = re.compile(r"\b(?:endorses|endorsed)\s+the\s+recommendations?\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:in|under|by|through|with|whereby)\s+which\b|\bwhereby\b")
_INTRO = re.compile(
    r"^(?:(?:Also|Furthermore|Moreover|In addition|Further),?\s+)?"
    r"(?:In|Through|By|Under|Pursuant to|In accordance with|With)\b[^,;]*$",
    re.IGNORECASE,
)
_THROUGH_ITS = re.compile(r",\s*(?:through|in|by)\s+(?:its|their)\s+$")
_SAME = re.compile(
    r"^(?:(?:Also|Furthermore|Moreover),?\s+)?(?:In|Through|By|Under)\s+(?:the same|that|this)\s+(?:resolution|decision)\b"
)
_CARRY_SUBJECT = re.compile(
    r"^(?:(?:Furthermore|Moreover|In addition|Also|Finally),?\s+)?The\s+[A-Z][\w -]{2,60}?\s+(?:also\s+|further\s+)?"
    r"(?:requested|encouraged|invited|established|decided|endorsed)\b"
)
# Where the addressee of a mandate ends: "to" + a verb, "that", "for", or the clause end.
_ADDRESSEE_END = re.compile(
    r"\b(?:to|that|so as to|in order to)\s+(?!the\b|a\b|an\b|its\b|their\b|all\b|this\b|these\b|those\b|"
    r"States?\b|Member\b|relevant\b|other\b|each\b)[a-z]|[;:]|\.(?:\s|$)"
)
_NOT_ADDRESSEE = re.compile(r"\b(?:of|with|by|from|to|on|in|at|for|among|between)\s+(?:the\s+)?$")
_CONNECTS = re.compile(r"^\s*,?\s*(?:and|as well as|or)?\s*(?:also\s+)?(?:the\s+)?$")
_JOINT_BEFORE = re.compile(
    r"\b(?:back[- ]to[- ]back|in conjunction|jointly|together|concurrently)\s+with\s+(?:the\s+)?$"
)
_NOT_HELD = re.compile(r"\b(?:conclusion|end|close|margins?|outcome|results?)\s+of\s+(?:the\s+)?$")
_HELD = re.compile(
    # "held its eleventh meeting on", "meeting, held in Vienna from", "is scheduled to be held on";
    # an auxiliary needs its verb ("the deadline for the session is Monday, 3 October" is no date of it).
    r"^\s*,?\s*(?:(?:which\s+)?(?:(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+)?"
    r"(?:(?:scheduled|expected|planned)\s+to\s+be\s+)?(?P<verb>held|convened|opened|took\s+place))?"
    r"(?:\s+in\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?))?\s*,?\s*(?:on|from)?\s*(?:[A-Z][a-z]+day,\s*)?$"
)
_DATE_GAP = re.compile(r"^\s*,?\s*(?:and\s+)?(?:on|from)?\s*$")
_PLACE_ONLY = re.compile(r"^\s*,?\s*(?:which\s+)?(?:(?:was|were|is|will be)\s+)?(?:held|took place)\s+in\s+(?P<place>[A-Z][a-z]+)\b")
_REPORT_ON = re.compile(r"\breports?\s+(?:on|of)\b", re.IGNORECASE)
_TRANSMITTING = re.compile(r"\btransmitting\s+(?:the\s+)?$", re.IGNORECASE)
_THOSE = re.compile(r"\b(?:those|these|the|both)\s+meetings\b")
_THE_MEETING = re.compile(r"\b(?:the|that|this)\s+meeting\b(?!\s+of)")
_SUBMITTED = re.compile(
    r"\b(?:made available|submitted|presented|transmitted|before)\s+(?:to\s+)?(?:the\s+)?", re.IGNORECASE
)
_SEE = re.compile(r"\bsee\s*$")
_PLENARY = re.compile(
    r"\b[Aa]t\s+(?:its|the)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+meeting\b[^.;]{0,40}?,\s+on\s+(?=\d)"
)
_PLENARY_AGAIN = re.compile(r"\b(?:[Aa]t the same meeting|[Aa]lso at its (?P<n>\d{1,3})(?:st|nd|rd|th) meeting)\b")
_AT_SESSION = re.compile(r"^(?:Also\s+)?[Aa]t\s+its\s+\S+(?:-\S+)?\s+session\b")
_ADOPTED = re.compile(r"\badopted\b")
_FOLLOWING = re.compile(r"\badopted the following (?P<what>resolutions|decisions)\b")
_FOR_THE_TEXT = re.compile(r"^\(?For the text, see\b")
_CITING = re.compile(
    r"\b(?P<verb>(?:Recalling|Reaffirming|Reiterating|Taking note|Noting|Welcoming|Bearing in mind|Affirming|"
    r"Acknowledging|Recognizing|Emphasizing|Stressing|Underlining|Underscoring|Highlighting|"
    r"Taking into account|Taking into consideration|Guided by|Mindful of|Considering|Endorsing|"
    r"Expressing|Commending|Noting with appreciation)(?:\s+(?:also|further|with appreciation|with concern))?(?:\s+of)?)\b",
    re.IGNORECASE,
)
_OPERATIVE_CITING = re.compile(
    r"\b(?P<verb>in accordance with|pursuant to|in furtherance of|consistent with|in line with|"
    r"as requested in|as set out in|annexed to|contained in)\s+(?:its\s+|the\s+)?(?:\w+\s+){0,6}$",
    re.IGNORECASE,
)
# "in accordance with Conference resolution 10/6": the instrument keyword may follow a few words.
_UNDER_MANDATE = re.compile(
    r"\b(?:in accordance with|pursuant to|as mandated by|as requested (?:by|in))\s+(?:\w+\s+){0,4}$", re.IGNORECASE
)
_ENTITLED_LISTING = re.compile(r"entitled\s+[“\"](?P<title>[^”\"]+)[”\"]")
_LISTING_ENTRY = re.compile(r"(?P<desc>[^()]*?(?:\([^()]*\)[^()]*?)*?)\s*\((?:see\s+)?(?P<sym>[A-Z][^()]*?)\)\s*[;.]?\s*")
_LABEL_PREFIX = re.compile(r"^\s*(?:\([a-z]{1,3}\)|\d{1,3}\.)\s+")


def _same_ordinal(ref: GatheringRef, held: list[GatheringRef]) -> GatheringRef:
    """The meeting held earlier in the paragraph with the same number, when there is one."""
    same = {g for g in held if g.kind == ref.kind and g.ordinal == ref.ordinal}
    return same.pop() if len(same) == 1 else ref


def _tail(text: str, end: int, size: int = 80) -> str:
    """The words just before ``end``: patterns anchored at ``$`` need no more."""
    return text[max(0, end - size) : end]


def _verb_relation(verb: str) -> str:
    verb = " ".join(verb.lower().split())
    for stem, relation in _RELATION_OF.items():
        if verb.startswith(stem):
            return relation
    raise ValueError(verb)


@dataclass
class _Resolved:
    """A sentence with its references resolved."""

    sentence: Sentence
    paragraph: Paragraph
    refs: SentenceRefs
    bodies: dict[int, str]
    instruments: list[tuple[InstrumentMention, InstrumentRef]]
    gatherings: list[tuple[GatheringMention, list[GatheringRef]]]
    symbols: list[SymbolMention]


@dataclass
class Reader:
    cleaned: Cleaned
    registry: BodyRegistry
    masthead: Masthead
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        info = self.masthead.info
        self.doc: DocumentRef = info.ref
        self.matcher = body_matcher(self.registry)
        self.scope = Scope(self.registry, self.matcher, info.author, default_issuer=info.author)
        self._seen: set[tuple[object, str, object, int]] = set()
        self.last_instrument: list[InstrumentRef] = []
        self.held: dict[GatheringRef, DateRange] = {}
        self.joint: dict[GatheringRef, set[GatheringRef]] = {}
        self.meeting_mandates: dict[GatheringRef, list[tuple[InstrumentRef, Sentence]]] = {}
        self.opened: dict[tuple[str, dt.date], GatheringRef] = {}
        self.plenary: dict[int, dt.date] = {}
        self.last_plenary: dt.date | None = None
        self.adopting: GatheringRef | None = None  # "adopted the following resolutions:"
        self.report_session = self.masthead.report_of[0] if self.masthead.report_of else None

    # ------------------------------------------------------------------ facts

    def evidence(self, sentence: Sentence, paragraph: Paragraph, characterization: str | None = None) -> Evidence:
        start, end = self.cleaned.original_span(sentence.start, sentence.end)
        return Evidence(start, end, sentence.text, paragraph.evidence_label, characterization)

    def evidence_across(self, first: Sentence, last: Sentence, paragraph: Paragraph) -> Evidence:
        """Evidence for a fact that two sentences make together ("held ... in accordance with
        resolution 10/6. The report on the meeting (X) ..."): the span from one to the other."""
        if first.start >= last.start:
            return self.evidence(last, paragraph)
        joined = Sentence(first.start, last.end, self.cleaned.text[first.start : last.end])
        return self.evidence(joined, paragraph)

    def add(self, subject, relation: str, obj, ev: Evidence, task: str | None = None, due_at=None) -> None:
        # The same fact stated in several sentences keeps each statement as evidence.
        key = (subject, relation, obj, ev.start)
        if key in self._seen or subject == obj:
            return
        self._seen.add(key)
        self.facts.append(Fact(subject, relation, obj, ev, task, due_at))

    # ------------------------------------------------------------------ the document

    def read(self, paragraphs: list[Paragraph]) -> list[Fact]:
        self.masthead_facts()
        sections: dict[int, list] = {}
        # Bodies are found once per paragraph; sentences and sections share the result.
        self.paragraph_bodies = {id(p): self.matcher.find(p.text) for p in paragraphs if p.kind != "table"}
        for p in paragraphs:
            if p.kind in ("paragraph", "heading", "listing"):
                sections.setdefault(p.section, []).extend(self.paragraph_bodies[id(p)])
        focus = {n: section_focus(mentions, self.scope) for n, mentions in sections.items()}
        part_focus: str | None = None
        current_section = -1
        pending_title: InstrumentRef | None = None
        for p in paragraphs:
            if p.kind == "table":
                continue
            if p.section != current_section:
                current_section = p.section
                self.last_instrument = []
            if p.kind == "heading":
                whole = self.paragraph_bodies[id(p)]
                if len(whole) == 1 and whole[0].key and whole[0].start == 0 and whole[0].end == len(p.text):
                    part_focus = whole[0].key
            self.scope.focus = focus.get(p.section) or part_focus
            self.scope.recent = []
            self.scope.last_gathering_body = None
            own = self.own_instrument(p)
            if own is not None and p.kind == "heading" and p.part == "title" and p.text.lower().startswith(own.kind):
                self.instrument_heading(own, p)
                pending_title = own
                continue
            if pending_title is not None and p.kind == "heading" and p.part == "title":
                self.add(pending_title, "title", p.text, self.evidence(p.sentences[0], p))
                pending_title = None
                continue
            pending_title = None
            if p.kind == "listing":
                self.listing(p)
            self.paragraph(p, own)
        return self.facts

    def own_instrument(self, p: Paragraph) -> InstrumentRef | None:
        if p.instrument is None or self.scope.author is None:
            return None
        kind, session, number = p.instrument
        return InstrumentRef(self.scope.author, kind, session, number)  # type: ignore[arg-type]

    def masthead_facts(self) -> None:
        m = self.masthead
        for ref, dates, place, para in m.gatherings:
            ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
            self.add(ref, "meetingOf", BodyRef(ref.body), ev)
            if dates:
                self.add(ref, "heldOn", dates, ev)
                self.held[ref] = dates
            if place:
                self.add(ref, "heldIn", place, ev)
            if m.report_of is None or m.report_of[0] != ref:
                self.add(self.doc, "preparedFor", ref, ev)
        if m.report_of:
            ref, para = m.report_of
            ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
            self.add(self.doc, "reportOf", ref, ev)

    def finish(self) -> None:
        """Facts that need the whole text: meetings the masthead names without a number."""
        for key, dates, place, para in self.masthead.unnumbered:
            ref = self.opened.get((key, dates.start)) if dates else None
            if ref is None and dates is not None:
                ref = next((g for g, d in self.held.items() if g.body == key and d == dates), None)
            if ref is None:
                self.warnings.append(f"masthead names {key} without the meeting's number")
                continue
            ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
            self.add(self.doc, "preparedFor", ref, ev)
            if dates:
                self.add(ref, "heldOn", dates, ev)
            if place:
                self.add(ref, "heldIn", place, ev)

    # ------------------------------------------------------------------ instruments' own texts

    def instrument_heading(self, ref: InstrumentRef, p: Paragraph) -> None:
        ev = self.evidence(p.sentences[0], p)
        self.add(self.doc, "mentions", ref, ev)
        if p.draft:
            return  # a draft annexed to a report was not adopted
        self.add(ref, "containedIn", self.doc, ev)
        if self.adopting is not None:
            self.add(ref, "adoptedAt", self.adopting, ev)

    # ------------------------------------------------------------------ paragraphs

    def paragraph(self, p: Paragraph, own: InstrumentRef | None) -> None:
        held_before: list[list[GatheringRef]] = []  # per sentence: the meetings held
        carry: list[InstrumentRef] = []
        plenary_date: dt.date | None = None
        adopted_in_paragraph = False
        for sentence in p.sentences:
            r = self.resolve(sentence, p)
            # Only the facts of instruments, meetings and documents cite this evidence here (the
            # rules below make their own): most sentences name none, and need none made.
            ev = self.evidence(sentence, p) if r.instruments or r.gatherings or r.symbols else None
            for mention, ref in r.instruments:
                self.add(self.doc, "mentions", ref, ev)
                if mention.date:
                    self.add(ref, "adoptedOn", mention.date.start, ev)
                if mention.title:
                    self.add(ref, "title", mention.title, ev)
            if p.kind == "footnote":
                continue
            held = self.gathering_facts(r, ev)
            intro = self.intro_instruments(r)
            if intro:
                carry = intro
            if own is not None and not p.draft and p.part in ("preamble", "operative") and r.instruments:
                self.cites(r, own, p)
            self.mandates(r, own, intro, carry)
            if "ndorse" in sentence.text:
                self.endorsements(r, own, intro, carry)
            if r.symbols and "eport" in sentence.text:
                self.reports(r, held_before, ev)
            # Adoption at a session and on a date.
            text = sentence.text
            adopted = _ADOPTED.search(text) if "adopted" in text else None
            following = _FOLLOWING.search(text) if adopted else None
            if following and r.gatherings:
                sessions = [ref for g, refs in r.gatherings for ref in refs if ref.kind == "session"]
                if sessions:
                    self.adopting = sessions[0]
            elif adopted and r.gatherings and _AT_SESSION.match(text):
                session = r.gatherings[0][1][0]
                for mention, ref in r.instruments:
                    if mention.start > adopted.start():
                        self.add(ref, "adoptedAt", session, ev)
            plenary = _PLENARY.search(text) if "meeting" in text else None
            if plenary:
                dates = find_dates(text[plenary.end():plenary.end() + 40])
                if dates:
                    plenary_date = dates[0].value.start
                    self.plenary[int(plenary["n"])] = plenary_date
            again = _PLENARY_AGAIN.search(text) if "meeting" in text else None
            if again and plenary_date is None:
                plenary_date = self.plenary.get(int(again["n"])) if again["n"] else self.last_plenary
            if adopted:
                adopted_in_paragraph = True
            for_the_text = bool(_FOR_THE_TEXT.match(text))
            if adopted_in_paragraph and plenary_date is not None and (for_the_text or adopted):
                for mention, ref in r.instruments:
                    if for_the_text or mention.start > adopted.start():  # type: ignore[union-attr]
                        self.add(ref, "adoptedOn", plenary_date, ev)
                        if self.report_session is not None and ref.issuer == self.report_session.body:
                            self.add(ref, "adoptedAt", self.report_session, ev)
            held_before.append(held)
            if r.instruments:
                self.last_instrument = [ref for _, ref in r.instruments]
        if plenary_date is not None:
            self.last_plenary = plenary_date

    def resolve(self, sentence: Sentence, p: Paragraph) -> _Resolved:
        offset = sentence.start - p.start
        bodies_here = shift(self.paragraph_bodies[id(p)], offset, offset + len(sentence.text))
        refs = find_references(sentence.text, self.matcher, bodies_here)
        bodies = resolve_bodies(refs, self.scope)
        resolve_issuers(sentence.text, refs, bodies, self.scope)
        gatherings = []
        for g in resolve_gatherings(sentence.text, refs, bodies, self.scope):
            term = self.registry.bodies[g.body].gathering_term  # type: ignore[index]
            gatherings.append((g, [GatheringRef(g.body, term, n) for n in g.ordinals]))  # type: ignore[arg-type]
        instruments = [
            (m, InstrumentRef(m.issuer, m.kind, m.session, m.number))  # type: ignore[arg-type]
            for m in refs.instruments
            if m.issuer is not None
        ]
        return _Resolved(sentence, p, refs, bodies, instruments, gatherings, find_symbols(sentence.text))

    # ------------------------------------------------------------------ sessions and meetings

    def gathering_facts(self, r: _Resolved, ev: Evidence | None) -> list[GatheringRef]:
        """meetingOf, heldOn, heldIn, jointWith; returns the meetings the sentence says were held."""
        text = r.sentence.text
        held: list[GatheringRef] = []
        previous: list[GatheringRef] = []
        dates = r.refs.dates
        for g, refs in r.gatherings:
            before = _tail(text, g.start)
            for ref in refs:
                self.add(ref, "meetingOf", BodyRef(ref.body), ev)
            joint = bool(_JOINT_BEFORE.search(before))
            if joint and previous:
                for a in previous:
                    for b in refs:
                        self.add(a, "jointWith", b, ev)
                        self.add(b, "jointWith", a, ev)
                        self.joint.setdefault(a, set()).add(b)
                        self.joint.setdefault(b, set()).add(a)
            if _NOT_HELD.search(before):
                continue
            if not joint:
                held.extend(refs)
                previous = refs
                self.held_under_mandate(r, g.end, refs)
            connective = None
            following = [d for d in dates if d.start >= g.end]
            if following:
                gap = text[g.end : following[0].start]
                connective = _HELD.match(gap)
            if connective is None:
                place = _PLACE_ONLY.match(text, g.end)
                if place:
                    for ref in refs:
                        self.add(ref, "heldIn", place["place"], ev)
                continue
            run = [following[0]]
            for d in following[1:]:
                if _DATE_GAP.match(text[run[-1].end : d.start]):
                    run.append(d)
                else:
                    break
            if connective["verb"] == "opened":
                for ref in refs[:1]:
                    self.opened[(ref.body, run[0].value.start)] = ref
                continue
            if len(refs) == len(run):
                pairs = list(zip(refs, run))
            else:
                pairs = [(ref, run[0]) for ref in refs[:1]]
            for ref, date in pairs:
                self.add(ref, "heldOn", date.value, ev)
                self.held[ref] = date.value
                if connective["place"]:
                    self.add(ref, "heldIn", connective["place"], ev)
        return held

    def held_under_mandate(self, r: _Resolved, after: int, meetings: list[GatheringRef]) -> None:
        """"... its thirteenth meeting ..., with a joint thematic discussion in accordance with
        resolution 10/6": the instrument a meeting was held under, which the report on that
        meeting is then made pursuant to. The clause belongs to the last meeting named before
        it, so only instruments up to the next held meeting count."""
        text = r.sentence.text
        later = [g.start for g, _ in r.gatherings if g.start >= after and not _JOINT_BEFORE.search(_tail(text, g.start))]
        stop = later[0] if later else len(text)
        for mention, ref in r.instruments:
            if after <= mention.start < stop and _UNDER_MANDATE.search(_tail(text, mention.start, 60)):
                for meeting in meetings:
                    self.meeting_mandates.setdefault(meeting, []).append((ref, r.sentence))

    # ------------------------------------------------------------------ which instrument acts

    def intro_instruments(self, r: _Resolved) -> list[InstrumentRef]:
        """"In its resolution 10/6, ...", "Pursuant to decision 4/4 ...", "In the same resolution"."""
        text = r.sentence.text
        if _SAME.match(text):
            return list(self.last_instrument[-1:])
        if not r.instruments:
            return []
        first, _ = r.instruments[0]
        before = text[: first.keyword_start]
        # "In its resolution 10/6, ..." or "the Commission on Narcotic Drugs, through its resolution 65/2"
        if first.keyword_start > 300 or not (_INTRO.match(before) or _THROUGH_ITS.search(before)):
            return []
        return [ref for m, ref in r.instruments if m.keyword_start == first.keyword_start]

    def acting(
        self, r: _Resolved, position: int, own: InstrumentRef | None, intro: list[InstrumentRef],
        carry: list[InstrumentRef], present: bool,
    ) -> list[InstrumentRef]:
        text = r.sentence.text
        before = [(m, ref) for m, ref in r.instruments if m.end <= position]
        if before:
            m, ref = before[-1]
            if _RELATIVE.search(text[m.end : position]):
                same = [x for y, x in r.instruments if y.keyword_start == m.keyword_start]
                return same
        p = r.paragraph
        if own is not None and p.part == "operative" and not p.draft:
            if present or own.kind == "decision":
                return [own]
            return []
        if p.part == "preamble" or p.part == "annex" or p.part == "title":
            return []
        if present:
            return []
        if intro:
            first = min(m.start for m, ref in r.instruments if ref in intro) if r.instruments and any(
                ref in intro for _, ref in r.instruments
            ) else 0
            if position > first:
                return intro
        if carry and _CARRY_SUBJECT.match(text):
            return carry
        return []

    # ------------------------------------------------------------------ mandates

    def addressees(self, r: _Resolved, start: int, limit: int = 140) -> tuple[list[str], int]:
        """Bodies named right after a verb ("requested the Working Group ... and the ..."), and
        where the addressee part ends."""
        text = r.sentence.text
        end_match = _ADDRESSEE_END.search(text, start)
        end = end_match.start() if end_match else len(text)
        chosen: list[str] = []
        last_end = start
        for b in r.refs.bodies:
            if b.start < start or b.start >= end:
                continue
            key = r.bodies.get(b.start)
            if key is None or _NOT_ADDRESSEE.search(text[max(0, b.start - 12) : b.start]):
                continue
            if not chosen:
                if b.start - start > limit:
                    break
            elif not _CONNECTS.match(text[last_end : b.start]) and b.start - last_end > 60:
                break
            chosen.append(key)
            last_end = b.end
        return chosen, end

    def mandates(self, r: _Resolved, own, intro, carry) -> None:
        text = r.sentence.text
        # Most sentences name no mandate: a substring test is far cheaper than the pattern.
        # Every verb _MANDATE_VERB matches has one of these stems (an ``or`` of ``in`` tests
        # costs a fraction of ``any()`` over a generator). On lower-cased text the pattern
        # needs no IGNORECASE: the same matches, twice as fast, the verb lower-cased.
        lowered = lowered_for_patterns(text)
        if lowered is None:  # a text the lower-cased fast path cannot stand for
            verbs = list(_MANDATE_VERB.finditer(text))
        elif "request" in lowered or "encourag" in lowered or "invit" in lowered or "establish" in lowered:
            verbs = list(_MANDATE_VERB_LOWER.finditer(lowered))
        else:
            verbs = []
        spans = [(b.start, b.end) for b in r.refs.bodies] if verbs else []
        for m in verbs:
            if any(s <= m.start() < e for s, e in spans):
                continue  # "expert group established in accordance with ..." is a name
            verb = m["verb"]
            relation = _verb_relation(verb)
            present = verb.lower().endswith("s") or verb.lower().startswith("decides")
            passive = bool(_PASSIVE_BEFORE.search(_tail(text, m.start())))
            if passive and relation != "establishes":
                continue
            acting = self.acting(r, m.start(), own, intro, carry, present)
            if not acting:
                continue
            if passive:
                before = [
                    b for b in r.refs.bodies
                    if b.end <= m.start() and m.start() - b.end < 60 and b.start in r.bodies
                    and not any(mm.end > b.start for mm, _ in r.instruments if mm.start < b.start and mm.end > b.end)
                ]
                targets = [r.bodies[before[-1].start]] if before else []
                task_start = None
            else:
                targets, task_start = self.addressees(r, m.end())
            task = due = None
            if task_start is not None and relation != "establishes" and task_start < len(text):
                stop = len(text)
                semicolon = text.find(";", task_start)
                if semicolon > 0:
                    stop = semicolon
                task = text[task_start:stop].strip().rstrip(".,;:").strip() or None
                if task and not task.startswith(("to ", "that ")):
                    task = None
                if task and len(task) > 600:
                    task = task[:600].rsplit(" ", 1)[0] + " …"
                for g, refs in r.gatherings:
                    if g.start >= task_start and refs[0].kind == "session":
                        due = refs[0]
                        break
            ev = self.evidence(r.sentence, r.paragraph)
            for instrument in acting:
                for key in targets:
                    if key == instrument.issuer:
                        continue
                    self.add(instrument, relation, BodyRef(key), ev, task=task, due_at=due)
        for m in _CONSTANT.finditer(text) if "element" in text else ():
            acting = self.acting(r, m.start(), own, intro, carry, False)
            if not acting and own is not None and r.paragraph.part == "operative":
                acting = [own]
            if not acting:
                continue
            floor = max([mm.end for mm, ref in r.instruments if mm.end <= m.start()] + [0])
            anchor = max(text.rfind(" that ", 0, m.start()), text.rfind(" which ", 0, m.start()), floor)
            targets = [
                r.bodies[b.start] for b in r.refs.bodies
                if anchor <= b.start and b.end <= m.start() and b.start in r.bodies
                and not _NOT_ADDRESSEE.search(text[max(0, b.start - 12) : b.start])
            ]
            ev = self.evidence(r.sentence, r.paragraph)
            for instrument in acting:
                for key in targets:
                    if key != instrument.issuer:
                        self.add(instrument, "makesConstantElement", BodyRef(key), ev)

    def endorsements(self, r: _Resolved, own, intro, carry) -> None:
        text = r.sentence.text
        for m in _ENDORSE.finditer(text):
            acting = self.acting(r, m.start(), own, intro, carry, m.group(0).lower().startswith("endorses"))
            if not acting:
                continue
            stop_match = re.compile(r"[;]|\bwhich (?:are|is) (?:set out|contained)").search(text, m.end())
            stop = stop_match.start() if stop_match else len(text)
            targets: list[GatheringRef] = []
            for g, refs in r.gatherings:
                if m.end() <= g.start < stop and not _JOINT_BEFORE.search(_tail(text, g.start)):
                    targets.extend(refs)
            if not targets:
                # "at their meetings held from 23 to 27 May 2022": known by their dates.
                held_at = re.compile(r"\b(?:its|their)\s+meetings?,?\s+held\s+(?:on|from)\s+").search(text, m.end(), stop)
                if held_at:
                    dates = [d for d in r.refs.dates if d.start == held_at.end()]
                    bodies = {
                        r.bodies[b.start] for b in r.refs.bodies
                        if m.end() <= b.start < held_at.start() and b.start in r.bodies
                    }
                    if dates:
                        targets = [g for g, d in self.held.items() if d == dates[0].value and g.body in bodies]
            ev = self.evidence(r.sentence, r.paragraph)
            for instrument in acting:
                for g in targets:
                    self.add(instrument, "endorses", g, ev)

    # ------------------------------------------------------------------ citations

    def cites(self, r: _Resolved, own: InstrumentRef, p: Paragraph) -> None:
        text = r.sentence.text
        for mention, ref in r.instruments:
            if ref == own:
                continue
            verb = None
            if p.part == "preamble":
                found = list(_CITING.finditer(text, 0, mention.keyword_start))
                if found:
                    verb = found[-1]["verb"]
            else:
                found_op = _OPERATIVE_CITING.search(_tail(text, mention.keyword_start, 120))
                if found_op:
                    verb = found_op["verb"]
            characterization = None
            if verb:
                characterization = " ".join(
                    w for w in verb.lower().split() if w not in ("also", "further")
                )
            self.add(own, "cites", ref, self.evidence(r.sentence, p, characterization))

    # ------------------------------------------------------------------ documents

    def listing(self, p: Paragraph) -> None:
        text = _LABEL_PREFIX.sub("", p.text)
        ev = self.evidence(p.sentences[0], p) if p.sentences else None
        if ev is None:
            return
        for entry in _LISTING_ENTRY.finditer(text):
            found = find_symbols(entry["sym"])
            if not found or entry["sym"].strip() != entry["sym"][found[0].start - 0 : found[-1].end].strip():
                continue
            desc = entry["desc"].strip().rstrip(",")
            if not desc:
                continue
            entitled = _ENTITLED_LISTING.search(desc)
            title = entitled["title"].strip() if entitled else desc
            for mention in found:
                self.add(DocumentRef(symbols=mention.symbols), "title", title, ev)

    def reports(self, r: _Resolved, held_before: list[list[GatheringRef]], ev: Evidence) -> None:
        """"the reports on those meetings (A and B, respectively) will be made available to the
        Conference at its eleventh session", "In accordance with resolution 7/1, ..."."""
        text = r.sentence.text
        if r.paragraph.kind == "listing" or not r.symbols:
            return
        for phrase in _REPORT_ON.finditer(text):
            if _TRANSMITTING.search(_tail(text, phrase.start())):
                continue
            after = [s for s in r.symbols if s.start > phrase.end()]
            if not after:
                continue
            if _SEE.search(_tail(text, after[0].start).rstrip("( ")):
                continue
            close = text.find(")", after[0].start)
            group = [s for s in after if close < 0 or s.start < close]
            # Stop at the next "report on": each phrase owns the symbols that follow it.
            next_phrase = _REPORT_ON.search(text, phrase.end())
            if next_phrase and next_phrase.start() < group[0].start:
                continue
            docs = [DocumentRef(symbols=s.symbols) for s in group]
            # The meetings reported on are named before "will be made available to ...".
            verb = _SUBMITTED.search(text, phrase.end(), group[0].start)
            limit = verb.start() if verb else group[0].start
            between = text[phrase.end() : limit]
            targets: list[GatheringRef] = []
            earlier_held = [g for h in held_before for g in h]
            for g, refs in r.gatherings:
                if phrase.end() <= g.start < limit and not _JOINT_BEFORE.search(_tail(text, g.start)):
                    if g.of_body is None:
                        # "The twelfth meeting of the Working Group A ..., back to back with the
                        # eleventh meeting of B. The report on the twelfth meeting": the meeting
                        # just said to be held, not B's twelfth.
                        refs = [_same_ordinal(ref, earlier_held) for ref in refs]
                    targets.extend(refs)
            if not targets:
                earlier = [h for h in held_before if h]
                if _THOSE.search(between) and earlier:
                    targets = earlier[-1]
                elif _THE_MEETING.search(between) and earlier:
                    targets = earlier[-1][:1]
            if not targets:
                continue
            if len(targets) == len(docs):
                pairs = list(zip(docs, targets))
            elif len(docs) == 1:
                pairs = [(docs[0], t) for t in targets]
            else:
                continue
            for doc, target in pairs:
                self.add(doc, "reportOf", target, ev)
                for instrument, said_in in self.meeting_mandates.get(target, ()):
                    self.add(doc, "pursuantTo", instrument, self.evidence_across(said_in, r.sentence, r.paragraph))
                if len(doc.symbols) > 1:
                    others = {
                        b.key for s in doc.symbols[1:] if (b := self.registry.by_symbol(s)) is not None
                    } | {b.key for s in doc.symbols[:1] if (b := self.registry.by_symbol(s)) is not None}
                    for partner in self.joint.get(target, ()):
                        if partner.body in others:
                            self.add(doc, "reportOf", partner, ev)
            tail_start = group[-1].end
            session = None
            submitted = _SUBMITTED.search(text, tail_start)
            if submitted:
                for g, refs in r.gatherings:
                    if g.start >= submitted.start() and refs[0].kind == "session":
                        session = refs[0]
                        break
            intro = [
                ref for m, ref in r.instruments
                if m.end <= phrase.start() and re.search(r"\b(?:[Ii]n accordance with|[Pp]ursuant to)\b", text[: m.start])
            ]
            for doc in docs:
                if session is not None:
                    self.add(doc, "submittedTo", session, ev)
                for ref in intro:
                    self.add(doc, "pursuantTo", ref, ev)
