"""Stage 3, finding references in a sentence: bodies, instruments, sessions and meetings.

Finders only say what the words are ("resolution 10/6 of 16 October 2020", "the Working
Group", "its eleventh session"); deciding *which* entity they mean is `resolve`'s job.
Body names, aliases and short names come from the registry, never from code.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterator

from mandate_graph.graph.model import GatheringKind, InstrumentKind, gathering_kind
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.dates import DATE, MONTHS, DateMention, date_opening, find_dates
from mandate_graph.loaders.extract.rules.adoption_days_after_titles import bracketed_adoption_day
from mandate_graph.loaders.extract.symbol_numbered import SymbolNumbering, instrument_symbols, symbol_numbered_instruments, symbol_numbering
from mandate_graph.loaders.extract.numbering import NumberedInstrument, NumberingFinder, numbering_finder, prints_series, spaced_lower
from mandate_graph.loaders.extract.rules import initialled_names, numbered_members, own_body_names, places, shortened_offices
from mandate_graph.loaders.extract.rules.instrument_headings import listed_title
from mandate_graph.loaders.extract.descriptive_names import generic_name, is_descriptive, shipped_by_kind
from mandate_graph.loaders.extract.lowered import lower_document
from mandate_graph.loaders.extract.ordinals import ORDINAL, ORDINAL_RUN, is_numeral, ordinal_run_values, ordinal_value
from mandate_graph.loaders.extract.patterns import trie_pattern
from mandate_graph.loaders.extract.per_registry import of_registry
from mandate_graph.loaders.extract.serving_as import serving_as_mentions
from mandate_graph.loaders.extract.roman import ROMAN, arabic_session, is_roman, roman_value
from mandate_graph.loaders.extract.rules.titles import title_after
from mandate_graph.loaders.extract.symbols import find_symbols
from mandate_graph.loaders.facts import DateRange

# --------------------------------------------------------------------------- bodies


@dataclass(frozen=True)
class BodyMention:
    start: int
    end: int
    text: str
    key: str | None  # set when a full name or alias matched
    short: str | None = None  # the short name or descriptor matched ("Working Group")


@dataclass(frozen=True)
class OrganisationSigns:
    """What shows that a document is of an organisation a user's reference file describes (the
    body with no parent its bodies sit under): the full names of its bodies and the organisation
    named in them after "of" ("Secretary-General of the International Maritime Organization"),
    found in lower case (``names``); its symbol series followed by "/" and its abbreviations, as
    written (``written``: "CA/", "IMO"). One pattern each for every organisation, so that a
    document is read once whatever the number of reference files; ``owners`` says whose each
    sign is."""

    names: re.Pattern[str] | None = None
    written: re.Pattern[str] | None = None
    owners: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def shown_in(self, text: str, lowered: str) -> set[str]:
        """The organisations ``text`` (``lowered``: lower case, spaces collapsed) gives evidence of."""
        shown: set[str] = set()
        if self.names is not None:
            # overlapping: "river basin convention" inside "compliance committee of the river basin
            # convention" is a sign of its own (of another body, maybe)
            position = 0
            while (m := self.names.search(lowered, position)) is not None:
                shown.update(self.owners.get(m.group(0), ()))
                position = m.start() + 1
        if self.written is not None:
            for m in self.written.finditer(text):
                sign, start, end = m.group(0), m.start(), m.end()
                before = text[start - 1 : start]
                after = text[end : end + 1]
                if before and (before.isalnum() or before in "_/"):
                    continue  # inside a longer word or symbol
                if not sign.endswith("/") and after and (
                    after.isalnum() or after == "_" or after == "-" and not text[end + 1 : end + 2].isdigit()
                ):
                    continue  # "IMO" is no sign in "IMOX" nor in "IMO-IOC"; it is in "IPCC-66"
                shown.update(self.owners.get(sign, ()))
        return shown


# `BodyMatcher._set_aside`: answers kept for at most this many sets of organisations in evidence
_MOST_EVIDENCED_SETS = 256
# `BodyMatcher._family_answers`: answers kept for at most this many authors' lineages
_MOST_FAMILIES = 256


@lru_cache(maxsize=4096)
def _first_two_words(name: str) -> str:
    """The first two words of a lower-cased, spaced name (the name itself if it has fewer)."""
    first = name.find(" ")
    second = name.find(" ", first + 1) if first >= 0 else -1
    return name if second < 0 else name[:second]


# The bodies each registry calls by a titled short name (`BodyMatcher._titled_bodies`), by the
# registry's identity (the registry itself kept beside, so that a new one at a reused id is not
# taken for the old).
_TITLED_BODIES: dict[int, tuple[BodyRegistry, list[tuple[str, str, tuple[str, ...]]]]] = {}


@dataclass
class BodyMatcher:
    """Compiled patterns for every name, alias and short name in the registry."""

    any_case: re.Pattern[str]  # names of several words, in any case
    exact_case: re.Pattern[str]  # one-word names and short names, as written
    by_name: dict[str, str]  # normalised name -> body key
    shorts: dict[str, list[str]]  # normalised short name -> body keys
    generic: re.Pattern[str]  # "an open-ended interim working group": a short name, described
    # ``any_case`` without the flag, for lower-cased text: three times faster than IGNORECASE.
    lower_case: re.Pattern[str] | None = None
    # Instrument numbers in the bodies' own conventions ("7/CP.30", "WHA79.12").
    numbering: NumberingFinder = field(default_factory=lambda: NumberingFinder(None, (), ()))
    # Names several bodies carry ("Conference of the Parties"), with those bodies, and what
    # shows that a document is a body's own: its full names and its symbol prefix.
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    carried_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Every name or alias (one word or several) that several bodies carry, with those bodies.
    homonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A title of office another body is named by or declares as its short name ("executive
    # director", "secretariat"), with the bodies whose full name is that title of an
    # organization ("Executive Director of the United Nations Environment Programme") but which
    # declare no short name: which of them a bare "the Executive Director" means, the
    # document's author decides (`resolve.Scope.own_office`).
    titled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What shows that a document is of an organisation a user's reference file added (a body
    # with no parent, and the bodies under it): see `OrganisationSigns`.
    organisations: OrganisationSigns = field(default_factory=OrganisationSigns)
    organisation_of: dict[str, str] = field(default_factory=dict)  # added body key -> its organisation
    # The added bodies of the organisations the document gives no evidence of (`for_document`):
    # their abbreviations are not read as them, nor is a short name or a bare number.
    unevidenced: frozenset[str] = frozenset()
    # A body's name that other bodies take as their short name ("Executive Board"), read as a
    # short name for that reason (`_matcher_for`), with the body whose name it is.
    demoted: dict[str, str] = field(default_factory=dict)
    # "the Meeting", "the Board": the words the document uses for its own body
    # (`rules.own_body_names`), with the body each stands for
    own_heads: re.Pattern[str] | None = None
    own_head_keys: dict[str, str] = field(default_factory=dict)
    # Each short name as its bodies write it ("Committee", "committee"), with those bodies: a word
    # matched as one body writes it is not another's ("a standing committee" is not the
    # "Committee" of a file that writes it capitalised).
    short_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Each short name with the names and short names of the parents of its bodies: "the
    # Committee of Experts of the Conference" is the Committee of Experts, not a longer name
    parent_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # Each known name of several words that begins another body's longer name, with the words that
    # continue it there: "economic and social council" -> {"forum"} (of "Economic and Social Council
    # Forum on Financing for Development Follow-up"), `_begins_a_longer_name` (E155)
    continued_by: dict[str, frozenset[str]] = field(default_factory=dict)
    # `_set_aside`'s answers by the organisations in evidence, shared with every matcher
    # `replace` makes of this one (it passes the same dict on)
    _set_aside_by: dict[
        frozenset[str], tuple[tuple[object, ...], frozenset[str], dict[str, str]]
    ] = field(default_factory=dict, repr=False, compare=False)
    # The one-word names and short names written in lower case first ("committee", "secretariat"),
    # apart from ``exact_case`` (`_names_as_written`), and those names
    exact_lower: re.Pattern[str] | None = None
    # the names of several words demoted to short names, as their owners write them: written ->
    # owner (`_demoted_forms`)
    demoted_forms: dict[str, str] = field(default_factory=dict)
    lower_first: tuple[str, ...] = ()
    # Instruments known by a symbol of their body's own series ("decision CD/2466").
    symbol_numbered: SymbolNumbering = field(default_factory=SymbolNumbering)
    # each body's names, lower case, as `organization_names` first read them from ``by_name``,
    # shared the same way
    _names_of: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    # The generic names of shipped bodies (`descriptive_names.shipped_by_kind`: "conference of the
    # parties", "cop", "secretariat"), with their body: followed by "to the"/"of the" and another
    # name ("Conference of the Parties to the Convention on Biological Diversity"), they begin
    # that other body's name (E115)
    kind_aliases: dict[str, str] = field(default_factory=dict)
    # The shipped bodies named by generic words ("Conference of the Parties", "COP", "Working
    # Group", "Review Mechanism": `kind_aliases`, or a generic short name) that this document never
    # points to (`for_document`, E118): set aside as ``unevidenced`` bodies are, so that no such name,
    # no bare number and no title or masthead reads as them
    strangers: frozenset[str] = frozenset()
    # "the Secretary of the Programme": an office named after the programme the document spells
    # out, its name cut to its last word (`with_shortened_offices`), and the body each form means
    shortened_offices: re.Pattern[str] | None = None
    shortened_office_keys: dict[str, str] = field(default_factory=dict)
    # "CPD": a body the document spells out and then writes by its initials
    # (`with_initialled_names`, E302), and the body each form means
    initialled: re.Pattern[str] | None = None
    initialled_keys: dict[str, str] = field(default_factory=dict)
    # "Working Group I" of "Working Group I (Micro, Small and Medium-sized Enterprises)": the bodies
    # numbered in a series of their kind (`rules.numbered_members`), and those whose parent the
    # document names (`for_document`), which the short name and the numeral name there (E173)
    numbered_members: dict[tuple[str, str], numbered_members.NumberedMember] = field(default_factory=dict)
    numbered_here: dict[tuple[str, str], str] = field(default_factory=dict)
    # "bureau of the council": an alias made of a body's short name and its parent's, which other
    # bodies' short names make too (`_named_after_their_parent`), with the body whose file gives it:
    # found as that body's name, read as a short name of them all (E173)
    relative_names: dict[str, str] = field(default_factory=dict)
    # the regular sessions the document names by their place in a year ("first regular session
    # 2035", `year_named_regular_sessions`): its "First regular session" alone is that one (E221)
    year_named_regular: frozenset[int] = frozenset()
    # `_family_answers`' answers by the author's family and lineage, shared the same way
    _family_answers_by: dict[
        tuple[str, tuple[str, ...]], tuple[tuple[object, ...], list[tuple[str, str]], list[tuple[str, list[str], str, bool]]]
    ] = field(default_factory=dict, repr=False, compare=False)

    def with_own_heads(self, keys: list[str], registry: BodyRegistry, text: str | None = None) -> BodyMatcher:
        """This matcher, reading "the Meeting", "the Conference", ... as the first of ``keys``
        (the author, the bodies whose meeting the masthead names, the author's parents) whose
        name has that head; a form that is a name of another body in full stays that body's,
        unless (``text``, the document, given) it is the head of the nearest own body's name and
        the document never names that other body otherwise ("the Conference of the Parties" in
        the record of the Vienna Convention's Conference of the Parties, where UNTOC's
        Conference, which the shipped data also calls so, is never named in full)."""
        lowered = spaced_lower(text) if text is not None else None
        chosen: dict[str, str] = {}  # normalised form -> body
        written: set[str] = set()  # the forms as the names write them
        titled: set[str] = set()  # short names numbered as gatherings ("the Ninth Review Conference")
        abbreviations: set[str] = set()  # the series of the body's symbols, numbered as its gatherings ("ExCom 95")
        cut: str | None = None  # the abbreviations cut from the first own body's short name ("ExCom")
        for key in keys:
            if key not in registry:
                continue
            body = registry.bodies[key]
            for form in own_body_names.head_forms([*body.names, body.short_name or ""]):
                normal = _normal(form)
                if normal in chosen:
                    continue
                other = next((k for k in (self.by_name.get(normal, key), self.by_name.get("the " + normal, key)) if k != key), None)
                if other is not None and not (
                    lowered is not None and key == keys[0] and " " in normal and _a_stranger_here(other, normal, keys, registry, lowered)
                ):
                    continue
                chosen[normal] = key
                written.add(form)
            for form in own_body_names.titled_forms(body.short_name):
                normal = _normal(form)
                if normal not in chosen and self.by_name.get(normal, key) == key:
                    chosen[normal] = key
                    titled.add(form)
            series = own_body_names.series_abbreviation(body.symbol_prefix)
            if series is not None and _normal(series) not in chosen:
                # "ExCom 95" of the body whose documents are "UNEP/OzL.Pro/ExCom/95/..." (E100): in
                # its documents, even where another body is called "ExCom" too
                chosen[_normal(series)] = key
                abbreviations.add(series)
            if cut is None and (cut := own_body_names.syllabic_abbreviation(body.short_name)) is not None:
                # "ExCom 95" of the Executive Committee, "PrepCom 3" of a Preparatory Committee
                chosen[_CUT_ABBREVIATION] = key
        numbered: set[str] = set()  # short names of bodies named in full, read only after an ordinal
        if lowered is not None:
            for key, form in self._titled_named_in_full(registry, lowered):
                normal = _normal(form)
                if normal not in chosen:
                    # "The Eighth United Nations Conference to Review All Aspects of the Set, held
                    # ... The report of the Eighth Review Conference": the gatherings of a body the
                    # document names in full, numbered before its short name (the short name
                    # alone stays the context's: "the Advisory Committee" may be another) (E135)
                    chosen[normal] = key
                    numbered.add(form)
        pattern = own_body_names.head_pattern(written, titled, abbreviations, cut, numbered)
        if pattern is None:
            return self
        return replace(self, own_heads=pattern, own_head_keys=chosen)

    def with_shortened_offices(self, registry: BodyRegistry, text: str) -> BodyMatcher:
        """This matcher, reading "the Secretary of the Programme" as the one body named "Secretary
        of the <full name of a programme>" whose programme ``text`` spells out
        (`shortened_offices.cut_forms_in`); a cut form that is some body's name already stays its."""
        shortenable = _shortenable_names(registry)
        if not shortenable:
            return self
        cut = {
            form: key for form, key in shortened_offices.cut_forms_in(spaced_lower(text), shortenable).items()
            if _normal(form) not in self.by_name and "the " + _normal(form) not in self.by_name
        }
        if not cut:
            return self
        alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(cut, key=len, reverse=True))
        pattern = re.compile(rf"(?<=[Tt]he\s)(?:{alternatives})\b(?![\w-])")
        return replace(self, shortened_offices=pattern, shortened_office_keys={_normal(f): k for f, k in cut.items()})

    def with_initialled_names(self, registry: BodyRegistry, text: str) -> BodyMatcher:
        """This matcher, reading "CPD" as the Commission on Population and Development where
        ``text`` spells that name out and writes its initials (`initialled_names.initials_in`)."""
        forms = initialled_names.initials_in(text, spaced_lower(text), _initialled_bodies(registry), {*self.by_name, *self.shorts})
        if not forms:
            return self
        alternatives = "|".join(sorted(forms, key=len, reverse=True))
        # (not before a bare number: "CND 81" in a tool's lines is a board's or a list's label as
        # often as the session, whose days the line's time stamp would then give)
        pattern = re.compile(rf"(?<![\w/.-])(?:{alternatives})(?![\w/-])(?!\s+\d+(?![\w.]))")
        return replace(self, initialled=pattern, initialled_keys=forms)

    def _titled_named_in_full(self, registry: BodyRegistry, lowered: str) -> list[tuple[str, str]]:
        """(key, short name) of each body whose short name is a titled form ("Review Conference")
        that names it alone, when the document (``lowered``) names the body in full."""
        # A name stands only where its first two words do: each such head is looked for once per
        # document (62 heads for the 132 names of the unseen set's 73 titled bodies), a name only
        # where its head stands.
        heads: dict[str, bool] = {}
        found = []
        for key, form, names in self._titled_bodies(registry):
            for name in names:
                head = _first_two_words(name)
                present = heads.get(head)
                if present is None:
                    present = heads[head] = head in lowered
                if present and name in lowered:
                    found.append((key, form))
                    break
        return found

    def _titled_bodies(self, registry: BodyRegistry) -> list[tuple[str, str, tuple[str, ...]]]:
        """(key, titled short name, its full names lower-cased) of the registry's bodies with
        such a short name: the same for every document read with one registry, found once."""
        cached = _TITLED_BODIES.get(id(registry))
        if cached is not None and cached[0] is registry:
            return cached[1]
        found = []
        for body in registry.bodies.values():
            forms = own_body_names.titled_forms(body.short_name)
            if not forms or self.by_name.get(_normal(forms[0]), body.key) != body.key:
                continue
            names = tuple(spaced_lower(name) for name in body.names if len(name) > len(forms[0]))
            if names:
                found.append((body.key, forms[0], names))
        if len(_TITLED_BODIES) > 8:
            _TITLED_BODIES.clear()
        _TITLED_BODIES[id(registry)] = (registry, found)
        return found

    def for_author(self, author: str | None, registry: BodyRegistry, *, shared_shorts_own: bool = False) -> BodyMatcher:
        """This matcher, with each name several bodies carry ("secretariat") read as the one of
        the author's family (under the same top body), when only one of them is; the author's
        organisation is evidenced, whatever its text names. ``shared_shorts_own``: a short name
        two organs share ("the Executive Committee") is the author's own organ's, where the
        document says it reports the author's session under another body's symbol."""
        if author is not None and author in self.organisation_of and author in self.unevidenced:
            own = self.organisation_of[author]
            unevidenced = frozenset(k for k in self.unevidenced if self.organisation_of.get(k) != own)
            # a name restored to its body (`_evidenced`) is a short name again if the author's
            # organisation has a body of that short name
            by_name = {
                name: key for name, key in self.by_name.items()
                if name not in self.demoted or all(k == key or k in unevidenced for k in self.standing_for(name))
            }
            return replace(self, unevidenced=unevidenced, by_name=by_name).for_author(author, registry, shared_shorts_own=shared_shorts_own)
        if author is None or author not in registry:
            return self
        if self.strangers:
            # the author known, its text's generic names are read as E115 reads them (a stranger's
            # generic name is the author's word for its own body: `resolve`); set aside, they were
            # only kept from making the stranger the author (E118)
            return replace(self, strangers=frozenset(), unevidenced=self.unevidenced - self.strangers).for_author(
                author, registry, shared_shorts_own=shared_shorts_own
            )
        family = _top(author, registry)
        lineage = _lineage(author, registry)
        ours_of_names, nearest_of_shorts = self._family_answers(family, lineage, registry)
        chosen: dict[str, str] = {}
        for name, own in ours_of_names:
            # "the Secretariat" as an alias is the same name
            for written in (name, "the " + name):
                if self.by_name.get(written, own) != own:
                    chosen[written] = own
        # "the secretariat": an alias of another organisation's body and the short name of a
        # child of the author or of one of its parents (a regional commission's own secretariat,
        # an organisation's Technical Secretariat): in the author's documents, that child. The
        # nearest wins: the author's own child, else its parent's, ...
        for short, owners, nearest, by_family in nearest_of_shorts:
            for written in (short, "the " + short):
                elsewhere = chosen.get(written, self.by_name.get(written))
                if by_family:
                    # "Requests the Executive Secretary" in a decision of the IPBES Plenary that
                    # also names the "Executive Secretary of the Convention on Biological Diversity"
                    # (whose file gives the bare title as an alias): the one officer of that title
                    # in the author's own organization, a grandchild of it (its secretariat's), not
                    # the other organization's officer the document names in full (E292)
                    if elsewhere is not None and elsewhere != nearest and _top(elsewhere, registry) != family:
                        chosen[written] = nearest
                    continue
                if shared_shorts_own and elsewhere is None and len(owners) > 1 and registry.bodies[nearest].parent == author:
                    # a short name two organs share ("Executive Committee" of two commissions under
                    # the Council) reads as neither; in the author's own report it is its organ's
                    chosen[written] = nearest
                    continue
                if elsewhere is None or elsewhere == nearest or elsewhere in lineage:
                    continue
                # another organisation's body, or one of the same organisation that is no child of
                # the author's line, even the one of the family that carries the name itself (the
                # secretariat of a convention of the Economic Commission for Europe in a regional
                # commission's resolution, both bodies under the Economic and Social Council)
                if _top(elsewhere, registry) != family or _nearest([elsewhere], lineage, registry) is None:
                    chosen[written] = nearest
        chosen.update(self._organs_of_the_author(author, registry, family))
        return replace(self, by_name={**self.by_name, **chosen}) if chosen else self

    def _family_answers(
        self, family: str, lineage: list[str], registry: BodyRegistry
    ) -> tuple[list[tuple[str, str]], list[tuple[str, list[str], str, bool]]]:
        """What `for_author` reads from the reference data alone, for an author of ``family``
        (its top body) and ``lineage``: each name several bodies carry of which one is of the
        family, with that body; each short name with the nearest of its bodies under the
        lineage (`_nearest`), where one is. Asked for every document, of the same few authors,
        and the same while the registry's bodies, the homonyms and the short names are the
        same objects (no `replace` changes the last two): kept per family and lineage."""
        shared = (registry.bodies, self.homonyms, self.shorts)
        key = (family, tuple(lineage))
        kept = self._family_answers_by.get(key)
        if kept is not None and all(a is b for a, b in zip(kept[0], shared)):
            return kept[1], kept[2]
        ours_of_names = []
        for name, keys in self.homonyms.items():
            ours = [k for k in keys if _top(k, registry) == family]
            # (a body of the family on no branch of the author's line, a sibling organ's own
            # "Secretariat" (the ICSC's under the Assembly), is not the author's: as for short
            # names below, E223)
            if len(ours) == 1 and (ours[0] in lineage or registry.bodies[ours[0]].parent in lineage):
                ours_of_names.append((name, ours[0]))
        nearest_of_shorts = []
        for short, owners in self.shorts.items():
            nearest = _nearest(owners, lineage, registry)
            if nearest is not None:
                nearest_of_shorts.append((short, owners, nearest, False))
            elif _HEAD_OF_A_SECRETARIAT.fullmatch(short) and len(
                ours := [k for k in owners if k in registry and _top(k, registry) == family]
            ) == 1 and ours[0] not in lineage and _an_office(registry.bodies[ours[0]]):
                # no child of the author's line bears the title of a head of secretariat, but one
                # officer of its organization does (the Platform's secretariat's Executive
                # Secretary): `for_author` reads the bare title as that officer over another
                # organization's (E292); not a board or a secretariat of the family, which the
                # context tells apart (a report of one board under the Assembly's masthead)
                nearest_of_shorts.append((short, owners, ours[0], True))
        if len(self._family_answers_by) >= _MOST_FAMILIES:
            self._family_answers_by.clear()  # a bound on memory over a long load
        self._family_answers_by[key] = (shared, ours_of_names, nearest_of_shorts)
        return ours_of_names, nearest_of_shorts

    def _organs_of_the_author(self, author: str, registry: BodyRegistry, family: str) -> dict[str, str]:
        """"the Bureau of the Conference" in a document of a conference whose short name is
        "Conference": its own organ of that short name, where another organisation's body
        carries the phrase as an alias (a convention's conference's bureau)."""
        own_short = registry.bodies[author].short_name
        if not own_short:
            return {}
        chosen: dict[str, str] = {}
        for body in registry.children(author):
            if not body.short_name:
                continue
            form = _normal(f"{body.short_name} of the {own_short}")
            for written in (form, "the " + form):
                elsewhere = self.by_name.get(written)
                if elsewhere is not None and elsewhere != body.key and _top(elsewhere, registry) != family:
                    chosen[written] = body.key
        return chosen

    def evidenced_bodies(self) -> list[str]:
        """The bodies of users' reference files whose organisation this document's matcher has
        evidence of (`_evidenced`): the added bodies not set aside."""
        return sorted(key for key in self.organisation_of if key not in self.unevidenced)

    def for_document(self, text: str, registry: BodyRegistry | None = None) -> BodyMatcher:
        """This matcher for one document: names several bodies share read as the document's
        (`_carried_names`), the bodies of organisations the document gives no evidence of
        set aside (`_evidenced`), and (``registry`` given) the shipped bodies known by generic
        words that the document never points to (`_strangers_set_aside`)."""
        shown = self.organisations.shown_in(text, spaced_lower(text)) if self.organisation_of else set()
        # (most documents show no organisation of a user's file: none of its bodies is evident)
        evident = frozenset(k for k, organisation in self.organisation_of.items() if organisation in shown) if shown else frozenset()
        matcher = self._carried_names(text, evident)._evidenced(text, shown)
        if year_named := year_named_regular_sessions(text):
            matcher = replace(matcher, year_named_regular=year_named)
        if self.numbered_members and (here := numbered_members.named_here(self.numbered_members, spaced_lower(text))):
            matcher = replace(matcher, numbered_here=here)
        return matcher if registry is None else matcher._strangers_set_aside(text, registry)

    def _strangers_set_aside(self, text: str, registry: BodyRegistry) -> BodyMatcher:
        """This matcher, with the shipped bodies that generic words name ("Conference of the
        Parties", "COP", "the Working Group", "Review Mechanism") set aside as `_evidenced` sets
        aside a user's bodies, where the document never points to them: it names neither the body
        in full, nor its organization (`kind_words.organization_named`), nor prints the symbol
        series of one of its organization's bodies ("CTOC/COP/"). Every treaty's conference is
        "the Conference of the Parties" in its own documents: read as the shipped one, the
        document's heading, its masthead, its report's title and its bare numbers ("decision
        BC-15/1") were that conference's (E118; E115 stopped the names one path at a time)."""
        generic = _generic_named_bodies(self, registry)
        if not generic:
            return self
        from mandate_graph.loaders.extract.rules import kind_words  # (kind_words reads this module)

        lowered = spaced_lower(text)
        pointed: dict[str, bool] = {}
        strangers: set[str] = set()
        for key, top in generic:
            if top not in pointed:
                pointed[top] = kind_words.organization_named(key, registry, lowered) or _series_of_family_printed(top, registry, lowered)
            if not pointed[top] and not kind_words.organization_named(key, registry, lowered):
                strangers.add(key)
        if not strangers:
            return self
        found = frozenset(strangers)
        return replace(self, strangers=found, unevidenced=self.unevidenced | found)

    def _evidenced(self, text: str, shown: set[str]) -> BodyMatcher:
        """This matcher, with the bodies that users' reference files add set aside
        (``unevidenced``) unless the document gives evidence of their organisation (``shown``:
        it names one of the organisation's bodies in full or the organisation itself ("of the
        International Maritime Organization"), prints its symbol series ("CA/") or its
        abbreviation ("IMO")), or numbers an instrument in one of its bodies' own conventions
        ("WHA79.12"). Another organisation's committee's abbreviation ("LEG" in "Circular letter
        4127(DIRCAB.LEG)1031"), its short name ("the Group") or a number that only signs write
        ("1(2)") is no such evidence: read as that body, it takes the document's own facts."""
        if not self.organisation_of:
            return self
        evidenced = set(shown)
        evidenced |= {self.organisation_of[n.issuer] for n in self.numbering.in_document(text) if n.issuer in self.organisation_of}
        unevidenced, restored = self._set_aside(frozenset(evidenced))
        if unevidenced == self.unevidenced:
            return self
        by_name = {**self.by_name, **restored} if restored else self.by_name
        return replace(self, unevidenced=unevidenced, by_name=by_name)

    def _set_aside(self, evidenced: frozenset[str]) -> tuple[frozenset[str], dict[str, str]]:
        """The added bodies of the organisations not in ``evidenced``, and the demoted names
        restored to their bodies for that reason. It depends only on the organisations, the
        demoted names and the short names, which every matcher made from this one shares (no
        `replace` changes them): the documents of a load show the same few sets of
        organisations, and each set's answer is kept (a walk over every added body and every
        demoted name per document before)."""
        shared = (self.organisation_of, self.demoted, self.shorts)
        kept = self._set_aside_by.get(evidenced)
        if kept is not None and all(a is b for a, b in zip(kept[0], shared)):
            return kept[1], kept[2]
        unevidenced = frozenset(k for k, organisation in self.organisation_of.items() if organisation not in evidenced)
        # "Executive Board", the World Health Assembly's board's name and another organisation's
        # board's short name: where that organisation is not in evidence, the name is the body's.
        restored = {
            name: owner for name, owner in self.demoted.items()
            if owner not in unevidenced and all(k == owner or k in unevidenced for k in self.standing_for(name))
        }
        if len(self._set_aside_by) >= _MOST_EVIDENCED_SETS:
            self._set_aside_by.clear()  # a bound on memory over a long load of varied documents
        self._set_aside_by[evidenced] = (shared, unevidenced, restored)
        return unevidenced, restored

    def standing_for(self, short: str) -> list[str]:
        """The bodies a short name may stand for: those that take it as their short name, and, for
        a name some bodies carry and another takes as its short name (``demoted``), every body that
        carries it, not only the one whose file was loaded first: "Panel of Experts", an alias of
        each sanctions committee's panel and another treaty's panel's short name, is the panel the
        document is about, which the context decides, whichever file came first (E207)."""
        keys = self.shorts.get(short, [])
        carriers = self.carriers_of_demoted(short)
        return list(dict.fromkeys([*keys, *carriers])) if carriers else keys

    def carriers_of_demoted(self, name: str) -> tuple[str, ...]:
        """The bodies that carry ``name`` as a name or alias, where it is read as a short name
        for that another body takes it as its short name (``demoted``); none otherwise."""
        return self.homonyms.get(name.removeprefix("the "), ()) if name in self.demoted else ()

    def _carried_names(self, text: str, evident: frozenset[str] = frozenset()) -> BodyMatcher:
        """This matcher, with each shared name read as the body the document carries: the one
        of its bodies whose full name or symbol prefix the text holds, when only one does (a
        climate convention's decision says "The Conference of the Parties," of its own); when
        none does, the body in whose convention the document's first such number is written
        ("Decision 7/CP.30")."""
        numbering = self.numbering.preferring(text, evident)
        if numbering is not self.numbering:
            return replace(self, numbering=numbering)._carried_names(text, evident)
        if not self.shared:
            return self
        lowered = lower_document(text)
        present = [name for name in self.shared if name in lowered]
        if not present:
            return self
        lowered = spaced_lower(text)  # a full name may be wrapped over two lines
        numbered = self.numbering.in_document(text)
        chosen: dict[str, str] = {}
        for name in present:
            keys = self.shared[name]
            signs = {k: self.carried_by.get(k, ()) for k in keys}
            by_name = [k for k in keys if any(_carried(sign, lowered) for sign in signs[k] if not sign.endswith("/"))]
            carried = [k for k in keys if k in by_name or any(prints_series(sign, lowered) for sign in signs[k] if sign.endswith("/"))]
            if not by_name:
                # A symbol prefix is a weaker sign than a heading numbered in a body's own
                # convention ("Resolution A/RES/812(XXVI)"): bodies of two organizations may
                # both write "A/..." symbols.
                headed = next((n.issuer for n in numbered if _heads_a_line(text, n.start)), None)
                if headed in keys:
                    carried = [headed]
            if not carried and numbered and numbered[0].issuer in keys:
                carried = [numbered[0].issuer]
            if len(carried) == 1 and self.by_name.get(name) != carried[0]:
                chosen[name] = carried[0]
        if not chosen:
            return self
        return replace(self, by_name={**self.by_name, **chosen})

    def find(self, text: str) -> list[BodyMention]:
        lowered = lowered_for_patterns(text)
        if self.lower_case is not None and lowered is not None:
            names_pattern, searched = self.lower_case, lowered
        else:
            names_pattern, searched = self.any_case, text
            lowered = text.lower()
        candidates = list(names_pattern.finditer(searched))
        if self.unevidenced and candidates:
            candidates += self._hidden_by_set_aside(names_pattern, searched, text, candidates)
        if self.kind_aliases and candidates:
            candidates += self._hidden_by_an_article(names_pattern, searched, candidates)
        # "Commission on the Status of Women": a short name that begins a name we do not know.
        candidates += [
            m for m in self._names_as_written(text)
            if not _LONGER_NAME.match(text, m.end()) or self._of_its_parent(text, m) or _head_then_topic(text, m)
        ]
        bare = None
        # (every duty's words hold "to": 1,314 of the 5,754 unseen texts with a capital first reach
        # the pattern, which is tried at every space of their first 120 characters)
        if text[:1].isupper() and text.find("to", 0, 120) >= 0 and not _OPENING_ARTICLE.match(text) and _DUTY_AFTER_A_BARE_NAME.search(text, 0, 120):
            bare = self._named_without_article(names_pattern, text, searched is lowered)
        if self.own_heads is not None and self.own_heads.search(text):
            # first, so that the document's own body wins a tie with another body's short name
            candidates = [*self.own_heads.finditer(text), *candidates]
        if self.shortened_offices is not None and " of the " in text:
            candidates += self.shortened_offices.finditer(text)
        if self.initialled is not None:
            candidates += self.initialled.finditer(text)
        if any(word in lowered for word in _GENERIC_WORDS):
            # "an open-ended working group": the short name of a body the context decides; but
            # "the open-ended intergovernmental working group on human rights in the digital
            # environment" is the body so described (a known body's full name, found on its own,
            # or one the text creates), not whichever body the context lends the short name to.
            candidates += [m for m in self.generic.finditer(text) if not _DESCRIBED_AFTER.match(text, m.end())]
        # Longest first, then drop what overlaps a longer match. (Most paragraphs name one
        # body or none: no sorting, and no overlap test for the first.)
        if len(candidates) > 1:
            candidates.sort(key=lambda m: (m.start() - m.end(), m.start()))
        taken: list[tuple[int, int]] = []
        found = []
        for m in candidates:
            # "the Ninth Review Conference": the name without the ordinal before it
            start, end = m.span("name") if m.re is self.own_heads and "name" in m.re.groupindex and m.group("name") else m.span()
            if taken and any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            if m.re is self.generic:
                found.append(BodyMention(start, end, m.group(0), None, _normal(m.group("short"))))
                continue
            if m.re is self.shortened_offices:
                found.append(BodyMention(start, end, text[start:end], self.shortened_office_keys[_normal(text[start:end])]))
                continue
            if m.re is self.initialled:
                found.append(BodyMention(start, end, text[start:end], self.initialled_keys[text[start:end]]))
                continue
            if m.re is self.own_heads:
                form = m.group("title") if "title" in m.re.groupindex and m.group("title") else text[start:end]
                cut_form = "cut" in m.re.groupindex and m.group("cut") is not None
                own_key = self.own_head_keys[_CUT_ABBREVIATION if cut_form and _normal(form) not in self.own_head_keys else _normal(form)]
                found.append(BodyMention(start, end, text[start:end], own_key))
                continue
            if text[start - 1 : start] == "/" or text[end : end + 1] == "/":
                continue  # "E/ECA/WGDP/4/3": an abbreviation inside a document's symbol names no body
            if text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalpha() and not self.by_name.get(_normal(text[start:end])):
                # "the Sub-Committee", "the Vice-President": a short name closing a compound word is
                # the compound's, another kind of body or office than the one the short name stands for
                taken.pop()
                continue
            written = text[start:end]
            name = _normal(written)
            key = self.by_name.get(name)
            if key is not None and key in self.unevidenced and (" " not in name or is_descriptive(name)):
                # "LEG" of another organisation's committee: the one body of that abbreviation
                # the document gives evidence of, else no body at all (a name of several words
                # is the document's word for a body, shared or not: the context decides; unless
                # it only describes, "Conference of the Parties to the Convention", and so fits
                # any treaty's conference as a short name does)
                key = self._evidenced_homonym(name)
                if key is None:
                    taken.pop()
                    continue
            if key is None and self.unevidenced and (m.re is self.exact_case or m.re is self.exact_lower):
                owners = self.short_forms.get(written)
                if owners and all(k in self.unevidenced for k in owners) and any(
                    k not in owners for k in self.shorts.get(name, ())
                ) and self.demoted_forms.get(written, owners[0]) in self.unevidenced and all(
                    # (nor where a body in evidence carries it as a name of its own: the short name
                    # stands for that body as much, `standing_for`, E207)
                    k in self.unevidenced for k in self.carriers_of_demoted(name)
                ):
                    # a short name as only the bodies of organisations the document gives no
                    # evidence of write it ("committee"), which would be lent to another body
                    # that writes it otherwise ("Committee"): as if their files were not loaded.
                    # Not where it is the whole name of a body in evidence, as written: "The
                    # Group of Experts" of a sanctions committee's Repertoire extract, a
                    # geographical names body's short name too, is the committee's group's (E163)
                    taken.pop()
                    continue
            if key is None and self._ends_another_name(text, start, name):
                continue
            if key is None and self.numbered_here and (numeral := numbered_members.numeral_after(text, end)) is not None:
                member = self.numbered_here.get((name, numeral["numeral"]))
                if member is not None and member not in self.unevidenced:
                    # "Working Group I: forty-fourth session": the group of that number (E173)
                    end = numeral.end()
                    taken[-1] = (start, end)
                    found.append(BodyMention(start, end, text[start:end], member))
                    continue
            if key is not None and " " in name and self._joined_to_another_name(text, start):
                continue
            if key is not None and self.kind_aliases.get(name) == key and _another_name_goes_on(text, end):
                continue
            if key is not None and name in self.continued_by and _begins_a_longer_name(text, end, self.continued_by[name]):
                continue
            if key is not None and self.relative_names.get(name) == key:
                # "the Bureau of the Council": whichever council's the context says (E173)
                found.append(BodyMention(start, end, written, None, name))
                continue
            found.append(BodyMention(start, end, written, key, None if key else name))
        if bare is not None and not any(s < bare.end and bare.start < e for s, e in taken):
            found.append(bare)
        if " of " in text and found:
            found = self._with_offices_of_abbreviated(text, found)
        if " and " in text and _PLURAL_HEAD.search(text):
            found = self._with_spread_plurals(text, found)
        found = self._with_roles_served(text, lowered, found)
        if len(found) > 1:
            found.sort(key=lambda b: b.start)
        return found

    def _hidden_by_an_article(self, names_pattern: re.Pattern[str], searched: str, candidates: list[re.Match[str]]) -> list[re.Match[str]]:
        """The longer names that begin after the article of a shipped body's generic name: "the
        Secretariat" is a name, so the pattern, scanning on, never tries "Secretariat of the Global
        Resources Council" one word later; once a stranger's generic name no longer stands for the
        shipped body (E115), the longer name must be there to be read."""
        hidden = []
        for m in candidates:
            if m.group(0)[:4].lower() != "the " or _normal(m.group(0)) not in self.kind_aliases:
                continue
            longer = names_pattern.match(searched, m.start() + 4)
            if longer is not None and longer.end() > m.end():
                hidden.append(longer)
        return hidden

    def _with_offices_of_abbreviated(self, text: str, found: list[BodyMention]) -> list[BodyMention]:
        """``found`` with "the Director-General of WHO" read as the office whose full name is the
        title and the organization's other name ("Director-General of the World Health
        Organization"), in place of the organization's mention (E112): the title alone, followed by
        "of" and a name the data does not join to it, was no body at all."""
        result = found
        for b in found:
            if b.key is None or b.start < 8 or not _WRITTEN_ABBREVIATION.match(b.text):
                continue  # (only an abbreviation: "the Bureau of the Conference of the Parties" is written out)
            of = _OF_BEFORE.search(text, max(0, b.start - 12), b.start)
            if of is None:
                continue
            title = _TITLE_BEFORE_OF.search(text, max(0, of.start() - 60), of.start())
            if title is None:
                continue
            words = title["title"].split()
            office = None
            for first in range(len(words)):  # the longest title first: "Regional Director", "Director"
                said = _normal(" ".join(words[first:]))
                written = _normal(b.text).removeprefix("the ")
                for name in self.organization_names(b.key):
                    if name == written:
                        continue  # the full name as written: the names' own match, not another name's
                    office = self.by_name.get(f"{said} of the {name}") or self.by_name.get(f"{said} of {name}")
                    if office is not None:
                        break
                if office is not None:
                    start = title.start("title") + len(" ".join(words[:first])) + (1 if first else 0)
                    break
            if office is None or any(m.start < start < m.end for m in found):
                continue  # (the title inside another name: "the extended Bureau of ...")
            result = [m for m in result if not (start <= m.start < b.end)] + [BodyMention(start, b.end, text[start : b.end], office)]
        if result is not found:
            result.sort(key=lambda m: m.start)
        return result

    def organization_names(self, key: str) -> tuple[str, ...]:
        """The names a body is known by, lower case, without "the"."""
        names = self._names_of.get(key)
        if names is None:
            if not self._names_of:
                collected: dict[str, list[str]] = {}
                for name, owner in self.by_name.items():
                    collected.setdefault(owner, []).append(name.removeprefix("the "))
                self._names_of.update((owner, tuple(dict.fromkeys(ns))) for owner, ns in collected.items())
            names = self._names_of.setdefault(key, ())
        return names

    def _with_roles_served(self, text: str, lowered: str, found: list[BodyMention]) -> list[BodyMention]:
        """``found`` with "the Conference of the Parties to the Convention ... serving as the
        meeting of the Parties to the Protocol" read as the one body so named without the
        convention (`serving_as`), in place of the mentions inside it."""

        def name_at(shortened: str, start: int) -> tuple[int, str] | None:
            m = self.any_case.match(shortened, start)
            key = self.by_name.get(_normal(m.group(0))) if m is not None else None
            return None if m is None or key is None else (m.end(), key)

        served = serving_as_mentions(text, lowered, name_at)
        if not served:
            return found
        kept = [b for b in found if not any(s <= b.start < e for s, e, _ in served)]
        return kept + [BodyMention(s, e, text[s:e], key) for s, e, key in served]

    def _named_without_article(self, names_pattern: re.Pattern[str], text: str, lowered: bool) -> BodyMention | None:
        """"Secretariat is to compile ...", "Panel should report ...": a bullet or a clause told in
        short leaves out the article of the addressee it opens with (E103): the body "the X" names,
        found by matching "the " + the text's opening, the mention the text's own words."""
        probe = "the " + (text[:120].lower() if lowered else text[:120])
        m = names_pattern.match(probe)
        if m is None or m.end() <= 4 or not _DUTY_AFTER_A_BARE_NAME.match(text, m.end() - 4):
            return None
        key = self.by_name.get(_normal(m.group(0)))
        if key is None:
            return None
        end = m.end() - 4
        return BodyMention(0, end, text[:end], key)

    def _evidenced_homonym(self, name: str) -> str | None:
        """The one body the document gives evidence of among those carrying ``name``, if one is."""
        others = [k for k in self.homonyms.get(name.removeprefix("the "), ()) if k not in self.unevidenced]
        return others[0] if len(others) == 1 else None

    def _set_aside_name(self, written: str) -> bool:
        """Whether `find` drops a name as written: an abbreviation or a name that only describes,
        of a body of an organisation the document gives no evidence of, which no evidenced body
        carries too."""
        name = _normal(written)
        key = self.by_name.get(name)
        return (
            key is not None and key in self.unevidenced and (" " not in name or is_descriptive(name))
            and self._evidenced_homonym(name) is None
        )

    def _hidden_by_set_aside(
        self, pattern: re.Pattern[str], searched: str, text: str, candidates: list[re.Match[str]]
    ) -> list[re.Match[str]]:
        """The names a dropped name hid: the pattern finds names left to right without overlap,
        so "meeting of States parties", another treaty's meeting's alias that `find` drops where
        its organisation is not shown, hid "States parties to the Convention" that begins inside
        it. Each name that starts inside a dropped one is looked for again (none is, unless a
        user's reference file adds such a name)."""
        hidden: list[re.Match[str]] = []
        dropped = [m for m in candidates if self._set_aside_name(text[m.start() : m.end()])]
        while dropped:
            m = dropped.pop()
            position = m.start() + 1
            while (found := pattern.search(searched, position)) is not None and found.start() < m.end():
                hidden.append(found)
                if self._set_aside_name(text[found.start() : found.end()]):
                    dropped.append(found)
                position = found.start() + 1
        return hidden

    def _with_spread_plurals(self, text: str, found: list[BodyMention]) -> list[BodyMention]:
        """One plural noun spread over two names: "the Animals and Plants Committees" (the
        Animals Committee and the Plants Committee), "the First and Second Committees", "the
        Executive Boards of UNDP/UNFPA/UNOPS and of UNICEF" (the second mention is "of UNICEF",
        the Board of UNICEF, so that it reads as the first's fellow in a list). Each name the
        plural makes is read as a body where the reference data knows it by that name (a full
        name or alias, "Executive Board of UNICEF" or "UNICEF Executive Board"); a name it does
        not know stays unread, and mentions found inside the phrase give way to those it names."""
        spread: list[BodyMention] = []
        for m in _BEFORE_PLURAL.finditer(text):
            head = _singular(m["head"])
            parts = [(m.start("a"), m.end("a"), f"{m['a']} {head}"), (m.start("b"), m.end("head"), f"{m['b']} {head}")]
            spread += self._named(text, parts)
        for m in _PLURAL_OF.finditer(text) if _PLURAL_THEN_OF.search(text) else ():
            head = _singular(m["head"])
            # A name may have "and" inside ("the Economic and Social Council"): every "and" of
            # the words is tried as the one between the names, and the split naming most bodies kept
            best: list[BodyMention] = []
            for split in _AND_BETWEEN.finditer(text, m.start("names"), m.end("names")):
                a, b = text[m.start("names") : split.start()], text[split.end() : m.end("names")]
                # "Executive Board of UNICEF" or, as a name is also written, "UNICEF Executive Board";
                # "the High-level Committees on Management and on Programmes": the High-level
                # Committee on Management and the one on Programmes (E166)
                prep = m["prep"]
                b = b.removeprefix(prep + " ").lstrip()
                parts = [
                    (m.start("head"), split.start(), f"{head} {prep} {a}|{head} {prep} the {a}" + (f"|{a} {head}" if prep == "of" else "")),
                    (split.start("lead"), m.end("names"), f"{head} {prep} {b}|{head} {prep} the {b}" + (f"|{b} {head}" if prep == "of" else "")),
                ]
                named = self._named(text, parts)
                if len(named) > len(best):
                    best = named
            spread += best
        if not spread:
            return found
        kept = [b for b in found if not any(s.start <= b.start < s.end or b.start <= s.start < b.end for s in spread)]
        return kept + spread

    def _named(self, text: str, parts: list[tuple[int, int, str]]) -> list[BodyMention]:
        out = []
        for start, end, names in parts:
            key = next((k for name in names.split("|") if (k := self.by_name.get(_normal(name))) is not None), None)
            if key is not None and key not in self.unevidenced:
                out.append(BodyMention(start, end, text[start:end], key))
        return out


    def _names_as_written(self, text: str) -> Iterator[re.Match[str]]:
        """`_at_word_starts` of the one-word names and short names as written, as one pattern of
        them all would find them. Those written in lower case first ("committee", "secretariat",
        "advisory group": a user's reference files declare such short names) are tried only
        where one of them begins a word (`str.find`): in that one pattern, every "a", "c" or "s"
        of a paragraph stopped the regex engine. The two kinds open with different characters,
        so that at most one matches at a place, and the leftmost match is taken first."""
        if self.exact_lower is None:
            yield from _at_word_starts(self.exact_case, text)
            return
        # Most paragraphs hold none of these names anywhere: one plain `in` per name tells so
        # (the word starts' generators, one per name and paragraph, cost several times more).
        for name in self.lower_first:
            if name in text:
                break
        else:
            yield from _at_word_starts(self.exact_case, text)
            return
        starts = sorted({at for name in self.lower_first for at in _word_starts_of(name, text)})
        if not starts:
            yield from _at_word_starts(self.exact_case, text)
            return
        exact_lower, tried = self.exact_lower, 0  # ``starts`` before ``tried`` are behind the search

        def next_lower(position: int) -> re.Match[str] | None:
            nonlocal tried
            while tried < len(starts):
                if starts[tried] >= position and (m := exact_lower.match(text, starts[tried])) is not None:
                    return m
                tried += 1
            return None

        upper, lower = _next_at_word_start(self.exact_case, text, 0), next_lower(0)
        while upper is not None or lower is not None:
            m = upper if lower is None or (upper is not None and upper.start() < lower.start()) else lower
            assert m is not None
            yield m
            position = m.end() if m.end() > m.start() else m.start() + 1
            if upper is not None and upper.start() < position:
                upper = _next_at_word_start(self.exact_case, text, position)
            if lower is not None and lower.start() < position:
                lower = next_lower(position)

    def _of_its_parent(self, text: str, m: re.Match[str]) -> bool:
        """"the Committee of Experts of the Conference": a short name followed by "of" and the
        name or short name of its body's parent is that body (its full name, shortened)."""
        parents = self.parent_names.get(_normal(m.group(0)))
        of = _OF_THE.match(text, m.end())
        if not parents or of is None:
            return False
        words = text[of.end() : of.end() + 160].split()
        rest = " ".join(words).lower()
        for name in parents:
            if rest.startswith(name) and not rest[len(name) : len(name) + 1].isalnum():
                after = words[len(name.split()) : len(name.split()) + 1]
                # "of the Conference Centre": a longer name
                return not (after and after[0][:1].isupper())
        return False

    def _ends_another_name(self, text: str, start: int, short: str) -> bool:
        """Whether a short name is the last word of another proper name: "the Financial
        Mechanism", "the Durban Forum" are not "the Mechanism" or "the Forum" of the reference
        data (a body's own name before it, "the UNODC Executive Director", is no other name; nor is
        the head of the full name of a body of that short name, "the Permanent Forum" of the
        "Permanent Forum on Indigenous Issues", its name cut before "on")."""
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or before["word"] in _OPENING_WORDS:
            return False
        if _normal(before["word"]) in self.by_name:
            return False
        return not self._head_of_own_name(_normal(text[before.start("word") : start]) + " " + short)

    def _joined_to_another_name(self, text: str, start: int) -> bool:
        """Whether a known name of several words ends a longer proper name joined by "and":
        "the Finance and Audit Committee" is not the "Audit Committee" another organisation's
        reference data names ("the Bureau and Audit Committee", two names, and "Population and
        Development and General Assembly resolution", a list, are left as they are)."""
        if text[start - 5 : start] != " and ":
            return False
        before = _CAPITAL_AND_BEFORE.search(text, max(0, start - 40), start)
        if before is None or before["word"] in _OPENING_WORDS or before["word"].isupper() or before["word"] in _THINGS_NAMED_ALONE:
            return False
        word = _normal(before["word"])
        return word not in self.by_name and word not in self.shorts

    def _head_of_own_name(self, head: str) -> bool:
        """"permanent forum": the words of a full name before its first "on", "of", "for" ...,
        of a body whose short name ends them."""
        keys = set(self.shorts.get(head.rsplit(" ", 1)[-1], ()))
        if not keys:
            return False
        for name, key in self.by_name.items():
            if key in keys and head in name and (m := _NAME_HEAD.match(name)) is not None and m["head"] == head:
                return True
        return False


def _organisation_signs(bodies: tuple[Body, ...], shared: set[str]) -> tuple[OrganisationSigns, dict[str, str]]:
    """The signs of each organisation that users' reference files add bodies to, and the
    organisation of each added body. An organisation is a body with no parent and the bodies
    under it, joined with the others that name the same organisation ("IMO Assembly" and
    "Secretariat of the International Maritime Organization", "IMO Secretariat"). Names several
    bodies carry ("Conference of the Parties") and symbol prefixes several bodies share ("A")
    say nothing of one organisation; nor does a committee's own abbreviation ("LEG")."""
    by_key = {body.key: body for body in bodies}

    def top(key: str) -> str:
        seen = {key}
        while (parent := by_key[key].parent) is not None and parent in by_key and parent not in seen:
            key = parent
            seen.add(key)
        return key

    prefixes: dict[str, int] = {}
    for body in bodies:
        if body.symbol_prefix:
            prefixes[body.symbol_prefix] = prefixes.get(body.symbol_prefix, 0) + 1
    members: dict[str, list[Body]] = {}
    for body in bodies:
        members.setdefault(top(body.key), []).append(body)
    # "of the United Nations": an organisation every shipped body belongs to names none in particular
    shipped_names = [_normal(name) for body in bodies if not body.added for name in body.names]
    # "Secretary of the Governing Body": what a body is called for short ("Governing Body",
    # "Executive Board") names no organisation in particular either (E189)
    short_names = {_normal(body.short_name) for body in bodies if body.short_name}
    names: dict[str, set[str]] = {}
    written: dict[str, set[str]] = {}
    series: dict[str, set[str]] = {}
    for family, family_bodies in members.items():
        if not any(body.added for body in family_bodies):
            continue
        names[family], written[family], series[family] = set(), set(), set()
        for body in family_bodies:
            for name in body.names:
                normal = _normal(name)
                if " " in normal and normal not in shared and not is_descriptive(normal):
                    # "Conference of the Parties to the Convention" fits any treaty's: no sign
                    names[family].add(normal)
                    organisation_named = normal.rpartition(" of ")[2].removeprefix("the ")
                    if " of " in normal and " " in organisation_named and organisation_named not in shared and organisation_named not in short_names and not any(
                        organisation_named in other for other in shipped_names
                    ) and not is_descriptive(organisation_named):
                        names[family].add(organisation_named)  # "international maritime organization"
                    # "IMO Assembly", "Secretary-General of CITES": the organisation's abbreviation
                    written[family].update(_ABBREVIATION.findall(name))
                elif " " not in normal and body.parent is None and len(name.strip()) >= 3 and normal not in shared:
                    written[family].add(name.strip())  # "IMO", the organisation's own name
            if body.symbol_prefix and len(body.symbol_prefix) >= 2 and prefixes[body.symbol_prefix] == 1:
                series[family].add(body.symbol_prefix + "/")
    # Families that share an organisation's name or abbreviation are one organisation.
    joined = {family: family for family in names}

    def find(family: str) -> str:
        while joined[family] != family:
            family = joined[family]
        return family

    owner_of_sign: dict[str, str] = {}
    for family in sorted(names):
        for sign in sorted(names[family] | written[family]):
            other = owner_of_sign.setdefault(sign, family)
            if find(other) != find(family):
                joined[find(family)] = find(other)
    organisations: dict[str, list[str]] = {}
    for family in sorted(names):
        organisations.setdefault(find(family), []).append(family)
    organisation_of: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    lower_signs: set[str] = set()
    written_signs: set[str] = set()
    for organisation, families in organisations.items():
        for family in families:
            for sign in names[family]:
                owners.setdefault(sign, set()).add(organisation)
                lower_signs.add(sign)
            for sign in written[family] | series[family]:
                owners.setdefault(sign, set()).add(organisation)
                written_signs.add(sign)
            organisation_of.update({body.key: organisation for body in members[family] if body.added})
    signs = OrganisationSigns(
        re.compile(trie_pattern(sorted(lower_signs))) if lower_signs else None,
        re.compile(trie_pattern(sorted(written_signs))) if written_signs else None,
        {sign: tuple(sorted(keys)) for sign, keys in owners.items()},
    )
    return signs, organisation_of


# An abbreviation inside a longer name: a word of three capitals or more ("IMO", "CITES").
_ABBREVIATION = re.compile(r"\b[A-Z]{3,}\b")


# The capitalised word right before a name, after "the" ("Financial" of "the Financial
# Mechanism"; not "Recalling" of "Recalling Commission resolution 31/1"), and the words that
# open a phrase capitalised rather than name anything.
# ("established a Planning Group for ...", "its Drafting Committee": the name after an indefinite
# article or a possessive as well, E217)
_WORD_BEFORE = re.compile(r"\b(?:[Tt]he|an?|its|their)\s+(?:[A-Z][\w-]*\s+){0,3}?(?P<word>[A-Z][\w-]*)\s+$")
# The words of a full name before its first linking word: "permanent forum" of "permanent forum
# on indigenous issues"
_NAME_HEAD = re.compile(r"^(?:the\s+)?(?P<head>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:on|of|for|to|against|in)\s")
# "Finance and " before "Audit Committee": a capitalised word joined to the name by "and"
# (right after "the", "a", "an", "its": one name's words, not the end of a list of names)
_CAPITAL_AND_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?|[Ii]ts|[Tt]heir)\s+(?P<word>[A-Z][a-z][\w-]*)\s+and\s+$")
# "the Convention and General Assembly resolution 68/268": a word that names a treaty or a body on
# its own ends one item of a list, no first word of a name joined by "and"
_THINGS_NAMED_ALONE = frozenset({
    "Convention", "Protocol", "Agreement", "Charter", "Covenant", "Statute", "Treaty", "Constitution",
    "Conference", "Assembly", "Council", "Commission", "Committee", "Secretariat", "Organization",
})
# A clause that opens with its addressee and no article ("Secretariat is to compile", "Bureau
# requested to ...", "Panel was to report"), as bullets and briefing notes write it (E103)
_DUTY_AFTER_A_BARE_NAME = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:also\s+)?(?:to\s+(?!be\b)[a-z]|(?:requested|invited|encouraged|asked)\s+to\s)"
    r"|(?:requested|invited|encouraged|asked)\s+to\s)"
)
_OPENING_ARTICLE = re.compile(r"(?:The|A|An|Its|Their|This|That|These|Those)\s")
_OPENING_WORDS = frozenset({"The", "Its", "Their", "This", "That", "These", "Those", "Both", "A", "An", "Each", "Our", "His", "Her", "Also", "Further"})


def _next_at_word_start(pattern: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    """The first match of `_at_word_starts` from ``position``."""
    while (m := pattern.search(text, position)) is not None:
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            position = start + 1
            continue
        return m
    return None


def _word_starts_of(name: str, text: str) -> Iterator[int]:
    """Where ``name`` stands in ``text`` at the start of a word (as `_at_word_starts` asks)."""
    at = text.find(name)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            yield at
        at = text.find(name, at + 1)


def _at_word_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` as if the pattern began with ``\b``. Without the ``\b``, a
    pattern whose alternatives all begin with a letter lets the regex engine skip straight to
    the places where one of those letters stands (capitals, for names as written), instead of
    trying every position; a match that begins inside a word is passed over, and the search
    goes on from the next character, so nothing it covered is missed."""
    position = 0
    while (m := pattern.search(text, position)) is not None:
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            position = start + 1
            continue
        yield m
        position = m.end() if m.end() > start else start + 1


# What a described short name goes on with: "on human rights in the digital environment" (a topic in
# lower case; "to advise the Conference" is a purpose, with which a known group's history is told).
_DESCRIBED_AFTER = re.compile(r"\s+on\s+(?:the\s+)?[a-z]")
_GENERIC_WORDS = ("open-ended", "intergovernmental", "interim", "ad hoc", "standing")
_PLENARY_SESSION = re.compile(r"(?<=\s)(?i:plenary)\s+$")
_LONGER_NAME = re.compile(r"\s+(?:on|of|for|against)\s+(?:the\s+)?[A-Z]")
# "the report of the Secretary-General on the SAMOA Pathway", "a note by the Director-General on
# the Programme and Budget": the head of an organization, then what a paper of theirs is on; no
# post is called "Secretary-General on ..." (E169). A post named before "of the" keeps its longer
# name: "the Special Envoy of the Secretary-General on Myanmar" (not a paper: "Report of the").
_HEADS_NAMED_WITHOUT_TOPIC = frozenset({
    "secretary-general", "deputy secretary-general", "director-general", "executive director", "executive secretary", "administrator",
})
_TOPIC_AFTER = re.compile(r"\s+on\s")
_POST_OF_THE = re.compile(r"(?!(?:Report|Note|Statement|Message|Memorandum|Update|Letter)\b)[A-Z][\w-]*\s+(?:of|to)\s+the\s+$")


def _head_then_topic(text: str, m: re.Match[str]) -> bool:
    """Whether a head of organization's title is followed by the topic of a paper ("on ..."), not
    by the rest of a longer name."""
    return (
        _normal(m.group(0)) in _HEADS_NAMED_WITHOUT_TOPIC and _TOPIC_AFTER.match(text, m.end()) is not None
        and _POST_OF_THE.search(text, max(0, m.start() - 40), m.start()) is None
    )


def _normal(text: str) -> str:
    # the apostrophe as `graph.patterns.trie_pattern` matches it: curly or straight
    return " ".join(text.lower().replace("’", "'").split())


# A capital that begins a word: the "\b" before it is checked after it (a look-behind), so
# that the pattern opens with a character class and the regex engine skips straight to the
# capitals instead of trying every position (the same matches: a capital is a word character).
_CAPITAL_AT_WORD_START = r"[A-Z](?<!\w[A-Z])"
# The plural of a body's head noun ("Committees", "Boards", "Commissions", "Subsidiary Bodies").
_PLURAL_HEAD = re.compile(_CAPITAL_AT_WORD_START + r"[a-z]+(?:ie|[^s])s\b")
# "the Animals and Plants Committees", "the First and Second Committees": two capitalised words
# before one plural noun (a capitalised word may precede it: "the Animals and Plants Scientific
# Committees")
_BEFORE_PLURAL = re.compile(
    r"(?P<a>" + _CAPITAL_AT_WORD_START + r"[\w-]*)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w-]*)\s+(?P<head>(?:[A-Z][\w-]*\s+)?[A-Z][a-z]+(?:ie|[^s])s)\b"
)
# "the Executive Boards of UNDP/UNFPA/UNOPS and of UNICEF": the plural, then "of" two names; a
# name is up to six capitalised words or abbreviations (with "of", "the", "and" inside: "the
# Economic and Social Council")
_NAME_WORDS = r"[A-Z][\w/.-]*(?:\s+(?:(?:of|the|and|for|on)\s+)*[A-Z][\w/.-]*){0,5}"
_PLURAL_OF = re.compile(
    # ("(?:[A-Z][\w-]*\s+)?[A-Z][a-z]+" with its first capital taken out in front, so that the
    # pattern opens with it: the same words, tried in the same order)
    rf"(?P<head>{_CAPITAL_AT_WORD_START}(?:[\w-]*\s+[A-Z])?[a-z]+(?:ie|[^s])s)\s+(?P<prep>of|on|for)\s+(?:the\s+)?(?P<names>{_NAME_WORDS}\s+and\s+(?:(?P=prep)\s+)?(?:the\s+)?{_NAME_WORDS})(?![\w/])"
)
# What every match of _PLURAL_OF holds (its head's last word, then "of"): a text without it
# is not searched with the long pattern, which is tried at every capital
_PLURAL_THEN_OF = re.compile(r"[A-Z][a-z]+(?:ie|[^s])s\s+(?:of|on|for)\s")
# The "and" between the two names; the second name's mention opens at "of" ("and of UNICEF": the
# Board of UNICEF), so that it reads as the first's fellow in a list
_AND_BETWEEN = re.compile(r"\s+and\s+(?P<lead>(?:(?:of|on|for)\s+)?(?:the\s+)?)(?=[A-Z])")


def _singular(plural: str) -> str:
    """"Committees" -> "Committee", "Bodies" -> "Body" (of the last word)."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


# "Global Environment Outlook intergovernmental advisory group": a name whose capitalised topic
# comes first, its kind in lower case after it, which texts write the other way round too: "the
# intergovernmental advisory group on the Global Environment Outlook" (E182)
_TOPIC_THEN_KIND = re.compile(
    r"(?P<topic>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,5})\s+"
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,3}(?:group|committee|panel|board|forum|network|team|council|commission|body|mechanism))"
)


def _topic_last(name: str) -> tuple[str, ...]:
    """The name's other order ("intergovernmental advisory group on the Global Environment
    Outlook"), when it is a capitalised topic then a kind in lower case; else none."""
    m = _TOPIC_THEN_KIND.fullmatch(" ".join(name.split()))
    if m is None:
        return ()
    return (f"{m['kind']} on the {m['topic']}", f"{m['kind']} on {m['topic']}")


# "Security Council Committee established pursuant to resolution 1540 (2004)", "… Committee pursuant
# to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning …": after its parent's name, the
# body's short name, then the instrument(s) it was set up under, and perhaps its topic
_BY_ITS_INSTRUMENT = re.compile(
    r"(?:(?:established|set\s+up|created)\s+)?(?:pursuant\s+to|under|by)\s+(?:its\s+)?(?:resolutions?|decisions?)\s+\S.*?"
    r"(?P<topic>\s+(?:concerning|on)\s+.+)?",
    re.IGNORECASE,
)


def _named_by_their_instrument(body: Body, bodies: tuple[Body, ...]) -> tuple[str, ...]:
    """The names a body named after its parent and the instrument that set it up is written by
    without its parent's name, in its parent's own texts and in those of its fellows: "the
    Committee established pursuant to resolution 1540 (2004)", with and without its topic
    ("concerning counter-terrorism"). Its short name alone ("the Committee") is any committee the
    context means, often the document's own; these words name one (E300)."""
    parent = next((b for b in bodies if b.key == body.parent), None)
    if parent is None or not body.short_name:
        return ()
    short = _normal(body.short_name).removeprefix("the ")
    found: list[str] = []
    for name in map(_normal, body.names):
        for of in map(_normal, parent.names):
            head = f"{of} {short} "
            rest = name[len(head):] if name.startswith(head) else ""
            m = _BY_ITS_INSTRUMENT.fullmatch(rest)
            if m is not None:
                found.append(short + " " + rest)
                if m["topic"]:
                    found.append(short + " " + rest[: m.start("topic")])
    return tuple(found)



_SHORT_THEN_ITS_INSTRUMENT = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]*\s+" + _BY_ITS_INSTRUMENT.pattern, re.IGNORECASE)


def by_its_instrument_alone(written: str) -> bool:
    """"the Committee established pursuant to resolution 1540 (2004)": a body written by its short
    name and its instrument (`_named_by_their_instrument`), which a text writes that calls another
    committee, its own, "the Committee" alone: no sign that "the Committee" means this one (E300)."""
    return _SHORT_THEN_ITS_INSTRUMENT.fullmatch(" ".join(written.split())) is not None

# "ITC", "PBC", "OEWG", "CRC": a name of one word in capitals, an abbreviation several bodies may
# carry (the Inland Transport Committee's and the International Trade Centre's "ITC"), read as a
# short name of each carrier as a name of several words is (E215)
_ONE_WORD_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")


@lru_cache(maxsize=16)
def _matcher_for(bodies: tuple[Body, ...]) -> BodyMatcher:
    by_name: dict[str, str] = {}
    shorts: dict[str, list[str]] = {}
    for body in bodies:
        for name in body.names:
            by_name.setdefault(_normal(name), body.key)
    for body in bodies:
        for name in body.names:
            for other_order in _topic_last(name):
                by_name.setdefault(_normal(other_order), body.key)
        for without_parent in _named_by_their_instrument(body, bodies):
            by_name.setdefault(without_parent, body.key)
        if body.short_name:
            shorts.setdefault(_normal(body.short_name), []).append(body.key)
    # A name one body has and another takes as its short name ("Conference of the Parties", of
    # UNTOC's and of the CBD's Conference) says which body only in context: it is read as a
    # short name, which the document's author or the body named last decides (`resolve.Scope`).
    demoted: dict[str, str] = {}
    for name, keys in shorts.items():
        owner = by_name.get(name)
        if owner is not None and any(k != owner for k in keys):
            shorts[name] = [owner, *(k for k in keys if k != owner)]
            del by_name[name]
            demoted[name] = owner
    # "Bureau of the Council", one file's alias of a council's bureau: the words say only "the
    # Bureau of whichever Council the document means", as every organization's council's bureau is
    # called in its own documents. Where another body of that short name sits under a parent of that
    # short name, the alias, found as before, is read as a short name of both, which the context
    # decides (`BodyMatcher.relative_names`, E173).
    relative: dict[str, str] = {}
    for name, keys in _named_after_their_parent(bodies).items():
        owner = by_name.get(name)
        if owner is not None and owner in keys and len(keys) > 1:
            shorts[name] = [owner, *(k for k in keys if k != owner)]
            relative[name] = owner
    # "Panel of Experts", an alias of two sanctions committees' panels: which panel, the document
    # says (its author, the committee it names, `resolve.Scope.short`), not the file loaded first;
    # read as a short name of every body that carries it, as a demoted name is (E207)
    abbreviations = {_normal(n) for b in bodies for n in b.names if _ONE_WORD_ABBREVIATION.fullmatch(n.strip())}
    for name, carriers in _homonyms(bodies).items():
        owner = by_name.get(name)
        if (" " in name or name in abbreviations) and owner is not None and name not in demoted and name not in relative and not any(
            shipped_by_kind(b) for b in bodies if b.key == owner
        ):
            shorts[name] = list(dict.fromkeys([owner, *carriers, *shorts.get(name, ())]))
            del by_name[name]
            demoted[name] = owner
    shared, carried_by = _shared_names(bodies, shorts)
    # Names of several words are matched in any case ("Open-ended Interim Working Group");
    # a single word only as written, so that "Office" is not "office". Short names are
    # written capitalised when they stand for a body ("the Working Group").
    several = [n for n in by_name if " " in n]
    originals = {" ".join(n.split()) for b in bodies for n in b.names if " " not in n.strip()}
    originals |= {b.short_name for b in bodies if b.short_name and _normal(b.short_name) not in by_name}
    # a name of several words demoted to a short name is still found as its owner writes it: the
    # owner's "Group of Experts" (a DRC committee's group), another body's short name "group of
    # experts" (a 1540 committee's), is a short name in either case, which the context decides;
    # found only as the other body writes it, the owner's own documents lost it (E163)
    originals |= {
        " ".join(n.split()) for b in bodies for n in b.names if " " in n.strip() and demoted.get(_normal(n)) == b.key
    }
    # (the end: no word character after it, rather than a word boundary, so that a name ending in a
    # bracket is found: "Security Council Committee established pursuant to resolution 1540 (2004)",
    # "Working Group IV (Electronic Commerce)")
    any_case = re.compile(r"\b" + trie_pattern(several) + r"(?![\w-])", re.IGNORECASE)
    # not before a hyphen ("UN-Women" is no "UN"), but before a session's number ("IPCC-66")
    # (those written in lower case first apart: `BodyMatcher._names_as_written`)
    lower_first = sorted(name for name in originals if name[:1].islower())
    as_written = r"\b(?!-(?!\d{1,3}\b(?!-)))"
    exact_case = re.compile(trie_pattern(sorted(originals - set(lower_first))) + as_written)  # \b before: _at_word_starts
    exact_lower = re.compile(trie_pattern(lower_first) + as_written) if lower_first else None
    multiword = sorted({_normal(b.short_name) for b in bodies if b.short_name and " " in b.short_name})
    generic = re.compile(
        r"\b(?:open-ended|intergovernmental|interim|ad hoc|standing)\s+(?:(?:open-ended|intergovernmental|interim)\s+)*"
        r"(?P<short>" + trie_pattern(multiword) + r")\b(?!s\b)",
        re.IGNORECASE,
    )
    # The names in the trie are lower case already (normalised), so the same pattern without
    # IGNORECASE finds them in lower-cased text.
    lower_case = re.compile(any_case.pattern)
    homonyms = _homonyms(bodies)
    organisations, organisation_of = _organisation_signs(bodies, set(shared) | set(homonyms))
    kind_aliases = {
        _normal(n): body.key for body in bodies if shipped_by_kind(body) for n in body.names if generic_name(n)
    }
    return BodyMatcher(
        any_case, exact_case, by_name, shorts, generic, lower_case, numbering_finder(bodies), shared, carried_by,
        homonyms, _titled(bodies, shorts, by_name), organisations, organisation_of, demoted=demoted,
        short_forms=_short_forms(bodies), demoted_forms=_demoted_forms(bodies, demoted), parent_names=_parent_names(bodies), exact_lower=exact_lower,
        lower_first=tuple(lower_first), symbol_numbered=symbol_numbering(bodies),
        kind_aliases={n: k for n, k in kind_aliases.items() if by_name.get(n) == k},
        continued_by=_continued_names(by_name), numbered_members=numbered_members.numbered_members(bodies),
        relative_names=relative,
    )


def _continued_names(by_name: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each name of several words that begins another body's name, with the words that follow it
    there (sorted names: those that begin with "name " stand together after it)."""
    names = sorted(by_name)
    continued: dict[str, set[str]] = {}
    for name in names:
        if " " not in name:
            continue
        prefix = name + " "
        for longer in names[bisect.bisect_left(names, prefix) :]:
            if not longer.startswith(prefix):
                break
            if by_name[longer] != by_name[name]:
                continued.setdefault(name, set()).add(longer[len(prefix) :].split(" ", 1)[0])
    return {name: frozenset(words) for name, words in continued.items()}


# The capitalised word after a name: "Economic and Social Council" + " Forum"
_CAPITALISED_WORD_AFTER = re.compile(r" (?P<word>[A-Z][\w'’-]*)")


def _begins_a_longer_name(text: str, end: int, words: frozenset[str]) -> bool:
    """Whether a known name goes on, capitalised, into the first words of another body's longer
    name: "the Economic and Social Council Forum on Financing for Development Concludes ..." (a
    headline that cut the Forum's name short) names the Forum, not the Council (E155)."""
    m = _CAPITALISED_WORD_AFTER.match(text, end)
    return m is not None and _normal(m["word"]) in words


# "... to the Convention on Biological Diversity", "... of the United Nations": the capitalised words
# of a name (and the small words inside it) after "to the" or "of the"
_NAME_AFTER_TO_OF = re.compile(
    r"\s+(?:to|of)\s+the\s+(?P<name>[A-Z][\w'’-]*(?:(?:\s+(?:of|on|for|and|against|in|the|to))*\s+[A-Z][\w'’-]*)*)"
)


def _another_name_goes_on(text: str, end: int) -> bool:
    """Whether a generic name ending at ``end`` goes on into another body's name: "Conference of
    the Parties" + " to the Convention on Biological Diversity", "Secretariat" + " of the United
    Nations"; not " to the Convention" nor " to the Convention and the Protocols thereto", words that
    say again only what the body is (E115)."""
    m = _NAME_AFTER_TO_OF.match(text, end)
    return m is not None and not generic_name(m["name"])


def _parent_names(bodies: tuple[Body, ...]) -> dict[str, frozenset[str]]:
    by_key = {body.key: body for body in bodies}
    names: dict[str, set[str]] = {}
    for body in bodies:
        parent = by_key.get(body.parent or "")
        if body.short_name and parent is not None:
            words = {_normal(n).removeprefix("the ") for n in parent.names}
            if parent.short_name:
                words.add(_normal(parent.short_name))
            names.setdefault(_normal(body.short_name), set()).update(words)
    return {short: frozenset(words) for short, words in names.items()}


def _named_after_their_parent(bodies: tuple[Body, ...]) -> dict[str, list[str]]:
    """Each name made of generic words alone (`generic_name`) that some body's file gives it as a
    name or alias and that is its short name, "of (the)" and its parent's short name ("Bureau of
    the Council", "secretariat of the Board"), with every body whose own short name and parent's
    short name make the same words: the bodies those words may stand for (E173). A parent's short
    name of its own words ("Bureau of the IHP Council") names the parent, and is left out."""
    by_key = {body.key: body for body in bodies}
    forms: dict[str, list[str]] = {}
    for body in bodies:
        parent = by_key.get(body.parent or "")
        if body.short_name and parent is not None and parent.short_name:
            short, of = _normal(body.short_name), _normal(parent.short_name).removeprefix("the ")
            for form in (f"{short} of the {of}", f"{short} of {of}"):
                forms.setdefault(form, []).append(body.key)
    declared = {
        name for body in bodies for name in map(_normal, body.names) if body.key in forms.get(name, ()) and generic_name(name)
    }
    return {name: keys for name, keys in forms.items() if name in declared}


def _demoted_forms(bodies: tuple[Body, ...], demoted: dict[str, str]) -> dict[str, str]:
    """Each name of several words demoted to a short name (`_matcher_for`), as its owner writes
    it, with that owner: "Group of Experts", a geographical names body's short name, is also a
    sanctions committee's group's name (E163)."""
    return {
        " ".join(name.split()): body.key
        for body in bodies for name in body.names
        if " " in name.strip() and demoted.get(_normal(name)) == body.key
    }


def _short_forms(bodies: tuple[Body, ...]) -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for body in bodies:
        if body.short_name:
            forms.setdefault(body.short_name.strip(), []).append(body.key)
    return {form: tuple(keys) for form, keys in forms.items()}


def _titled(bodies: tuple[Body, ...], shorts: dict[str, list[str]], by_name: dict[str, str]) -> dict[str, tuple[str, ...]]:
    titled: dict[str, list[str]] = {}
    for body in bodies:
        if body.short_name:
            continue
        for name in body.names:
            title, of, _ = _normal(name).partition(" of ")
            if of and (title in shorts or title in by_name) and body.key not in shorts.get(title, ()) and by_name.get(title) != body.key:
                titled.setdefault(title, [])
                if body.key not in titled[title]:
                    titled[title].append(body.key)
    return {title: tuple(keys) for title, keys in titled.items()}


def _lineage(key: str, registry: BodyRegistry) -> list[str]:
    """``key`` and its parents, nearest first."""
    line = [key]
    while (parent := registry.bodies[line[-1]].parent) is not None and parent in registry and parent not in line:
        line.append(parent)
    return line


# The titles of the heads of secretariats ("executive secretary", "director-general", "executive
# director", "administrator", "registrar", "high commissioner"), as normalised short names: an
# officer each organization has one of, which its own documents call by the bare title (E292)
_HEAD_OF_A_SECRETARIAT = re.compile(
    r"(?:[a-z-]+ ){0,2}(?:secretary|director|administrator|registrar|commissioner|coordinator|head)(?:-general)?"
)


def _an_office(body: Body) -> bool:
    """Whether ``body`` is an officer, not an organ: it neither meets nor issues instruments."""
    return body.gathering_term is None and not body.issues_instruments


def _nearest(keys: list[str] | tuple[str, ...], lineage: list[str], registry: BodyRegistry) -> str | None:
    """The one body of ``keys`` that is a child of the nearest body of ``lineage`` that has any
    such child (the author's own before its parent's); None when none is, or when two are
    children of that same body. A sibling's child (another commission's secretariat) is not."""
    parents = {k: registry.bodies[k].parent for k in keys if k in registry}
    for ancestor in lineage:
        under = [k for k, parent in parents.items() if parent == ancestor]
        if under:
            return under[0] if len(under) == 1 else None
    return None


def _generic_named_bodies(matcher: BodyMatcher, registry: BodyRegistry) -> tuple[tuple[str, str], ...]:
    """The shipped bodies that a name of generic words names ("conference of the parties", "cop",
    "review mechanism": `BodyMatcher.kind_aliases`), each with its organization (the top of its line
    of parents) (E118). The same for every document of a load: kept while the aliases and the
    registry's bodies are the same objects."""
    kept = _GENERIC_NAMED.get(id(matcher.kind_aliases))
    if kept is not None and kept[0] is matcher.kind_aliases and kept[1] is registry.bodies:
        return kept[2]
    found = tuple((key, _top(key, registry)) for key in sorted(set(matcher.kind_aliases.values())) if key in registry)
    _GENERIC_NAMED.clear()  # (one load's matcher at a time)
    _GENERIC_NAMED[id(matcher.kind_aliases)] = (matcher.kind_aliases, registry.bodies, found)
    return found


_GENERIC_NAMED: dict[int, tuple[dict[str, str], object, tuple[tuple[str, str], ...]]] = {}


def _series_of_family_printed(top: str, registry: BodyRegistry, lowered: str) -> bool:
    """Whether a document (``lowered``) prints the symbol series of a body of organization ``top``
    ("ctoc/cop/2024/15"): a document of that organization (E118)."""
    return any(prints_series(series, lowered) for series in _series_by_organization(registry).get(top, ()))


def _made_series_by_organization(bodies: tuple[Body, ...]) -> dict[str, tuple[str, ...]]:
    """Each organization's bodies' symbol series, lower case and followed by "/" ("ctoc/cop/"),
    by the organization (the top of their line of parents, as `_top` finds it). It depends on
    the reference data alone, yet `_series_of_family_printed` walked every body and its line
    of parents per document: made once per registry (`_series_by_organization`)."""
    by_key = {body.key: body for body in bodies}
    collected: dict[str, list[str]] = {}
    for body in bodies:
        if not body.symbol_prefix:
            continue
        key, seen = body.key, {body.key}
        while (parent := by_key[key].parent) is not None and parent in by_key and parent not in seen:
            key = parent
            seen.add(key)
        collected.setdefault(key, []).append(body.symbol_prefix.lower() + "/")
    return {top: tuple(dict.fromkeys(series)) for top, series in collected.items()}


_series_by_organization: Callable[[BodyRegistry], dict[str, tuple[str, ...]]] = of_registry(_made_series_by_organization)


def _top(key: str, registry: BodyRegistry) -> str:
    """The body at the top of ``key``'s line of parents (itself, if it has none)."""
    seen = {key}
    while (parent := registry.bodies[key].parent) is not None and parent in registry and parent not in seen:
        key = parent
        seen.add(key)
    return key


def _homonyms(bodies: tuple[Body, ...]) -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for body in bodies:
        for name in {_normal(n).removeprefix("the ") for n in body.names}:
            owners.setdefault(name, []).append(body.key)
    return {name: tuple(keys) for name, keys in owners.items() if len(keys) > 1}


# "United Nations General Assembly resolution 78/171": a body named to cite its instrument is
# another body than the document's own.
_CITING_AFTER = re.compile(r"(?:'s|’s)?\s+(?:resolutions?|decisions?)\b")


_KIND_WORD_ONLY = re.compile(r"^\s*(?:[Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)?\s*$")


def _heads_a_line(text: str, start: int) -> bool:
    """Does the number at ``start`` open its line, after a kind word at most ("Resolution ")?"""
    line_start = text.rfind("\n", 0, start) + 1
    return _KIND_WORD_ONLY.match(text[line_start:start]) is not None


def _carried(sign: str, lowered: str) -> bool:
    """Does the document (lower-cased, ``lowered``) write ``sign`` other than to cite the body's
    instruments?"""
    position = lowered.find(sign)
    while position >= 0:
        if not _CITING_AFTER.match(lowered, position + len(sign)):
            return True
        position = lowered.find(sign, position + 1)
    return False


def _shared_names(
    bodies: tuple[Body, ...], shorts: dict[str, list[str]]
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Names of several words that more than one body carries as a name, an alias, a short
    name or the beginning of its full name, and for each of those bodies the signs that a document is its own: its other, longer
    names and its symbol prefix followed by "/" (all lower case, as `for_document` compares)."""
    owners: dict[str, list[str]] = {}
    for body in bodies:
        for name in {_normal(n) for n in (*body.names, body.short_name or "") if " " in n.strip()}:
            owners.setdefault(name, []).append(body.key)
    # A name that begins another body's full name is that body's too: "Conference of the
    # Parties" is what a climate convention's Conference calls itself as much as UNTOC's.
    full_names = [(_normal(n), body.key) for body in bodies for n in body.names]
    for name, keys in owners.items():
        # (not "Conference of the Parties serving as the meeting of the Parties to the Paris
        # Agreement": a body acting in another role is called by that role, "the CMA", never
        # "the Conference of the Parties" alone)
        keys += sorted({
            key for full, key in full_names
            if full.startswith(name + " ") and key not in keys and not full.startswith(" serving as ", len(name))
        })
    for name, keys in shorts.items():
        if " " in name:
            owners.setdefault(name, [])
            owners[name] += [k for k in keys if k not in owners[name]]
    # Only a body's name or alias: a short name ("Working Group") is the context's to decide
    # (`resolve.Scope.short`), whatever the document carries.
    names = {_normal(n) for body in bodies for n in body.names}
    shared = {name: tuple(keys) for name, keys in owners.items() if len(keys) > 1 and name in names}
    involved = {k for keys in shared.values() for k in keys}
    carried_by: dict[str, tuple[str, ...]] = {}
    for body in bodies:
        if body.key in involved:
            # Names of several words only: "COP" would be found in "scope" and "Copenhagen".
            signs = [_normal(n) for n in body.names if _normal(n) not in shared and " " in n.strip()]
            if body.symbol_prefix:
                signs.append(body.symbol_prefix.lower() + "/")
            carried_by[body.key] = tuple(signs)
    return shared, carried_by


# asked for every document (and again by its masthead and its reader)
body_matcher: Callable[[BodyRegistry], BodyMatcher] = of_registry(_matcher_for)


# --------------------------------------------------------------------------- instruments

# "decision IV/2": a session in Roman numerals, as meetings of the Parties number theirs
# "decision 91/I", "decision 89/III": a treaty body's decisions numbered in Roman numerals within
# the session (decisions only, numbers up to XXIX: "12/CP", "5/CMP.1" are no such number, and
# "resolution 186/XXXVIII" is a number before its session in Roman numerals)
_ROMAN_NUMBER = r"(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})(?![\w/])"
_NUM = rf"(?:(?:(?:[A-Z]{{1,4}}-)?\d{{1,4}}|{ROMAN})/\d{{1,3}}(?![\d/])|\d{{1,3}}/{_ROMAN_NUMBER})"
# In capitals too: a heading prints "DECISION 2027/18", "RESOLUTION 80/12"; and abbreviated, as a
# tracker's cell writes it: "GA res. 86/265", "SC res. 2282" is not (no session), "HRC dec. 55/115" (E290).
INSTRUMENT = re.compile(rf"\b(?P<kw>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?|[Rr]es\.|[Dd]ec\.)\s+(?P<num>{_NUM})")
_NUMBER = re.compile(rf"(?P<session>(?:[A-Z]{{1,4}}-)?\d{{1,4}}|{ROMAN})/(?P<number>\d{{1,3}}|{_ROMAN_NUMBER})")


_PART_LETTER = re.compile(r"\s[A-H](?=\s)")
# "resolutions 48/218 B and 54/244", "60/254 A, 61/275": a part's letter before the list goes on
_PART_LETTER_IN_LIST = re.compile(r"\s[A-H](?=,|\s+and\s)")


def _date_after(text: str, end: int) -> tuple[DateRange | None, int]:
    """The date of adoption written right after an instrument's number ("of 17 December 2026",
    "(dated 1 December 2028)"), and where it ends; (None, ``end``) when there is none."""
    # "resolution 86/248 B of 24 December 2031": the date of a lettered part's resolution
    lettered = _PART_LETTER.match(text, end)
    if lettered is not None and _OF_DATE_LEAD.match(text, lettered.end()):
        end = lettered.end()
    after = _OF_DATE_LEAD.match(text, end)
    if after is None or not _DAY_NEXT.match(text, after.end()):
        return None, end
    # in any way a date is written: "of 3 December 2023", "of December 3, 2023", "of 3.XII.2023"
    dates = find_dates(text[after.end() : after.end() + 48])
    if not dates or dates[0].start != 0:
        iso = date_opening(text[after.end() : after.end() + 48])  # "of 2021-12-17"
        if iso is None:
            return None, end
        dates = [iso]
    date_end = after.end() + dates[0].end
    if len(dates) > 1 and _DATES_LIST_GAP.fullmatch(text, date_end, after.end() + dates[1].start):
        # "resolutions 2371 (2017) and 2375 (2017), of 5 August and 11 September 2017": a date
        # each, in the list's order (`_dated_respectively`), not the first one the last number's
        return None, end
    if after["bracket"] is not None:
        if text[date_end : date_end + 1] != ")":
            return None, end
        date_end += 1
    return dates[0].value, date_end


# "resolution 55/25 of the General Assembly, of 15 November 2000", "decision 2004/19 of the Economic
# and Social Council of 21 July 2004": the issuer named after the number, then the date
_OF_THE_ISSUER = re.compile(r"\s+of\s+(?:the\s+)?")


def dates_after_issuers(text: str, refs: SentenceRefs) -> None:
    """Give an instrument the adoption date written after the body named right after its number
    ("resolution 55/25 of the General Assembly, of 15 November 2000"). Only an instrument named
    alone: after a list ("resolutions 5/1 and 5/2 of the Council of 3 May 2030") whose date it is
    is not said."""
    for i, mention in enumerate(refs.instruments):
        if mention.date is not None or not mention.first_in_list:
            continue
        following = refs.instruments[i + 1] if i + 1 < len(refs.instruments) else None
        if following is not None and not following.first_in_list:
            continue
        of = _OF_THE_ISSUER.match(text, mention.end)
        issuer = next((b for b in refs.bodies if b.start == of.end()), None) if of is not None else None
        if issuer is not None:
            mention.date, _ = _date_after(text, issuer.end)


# What stands between two dates of one list: "5 August and 11 September 2017", "3, 5 and 9 May"
_DATES_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# "..., of 5 August and 11 September 2017", "... dated 3 and 9 May 2030": what leads to a list's dates
_DATES_LEAD = re.compile(r",?\s+(?:of|dated|adopted\s+on)\s+(?=\d|[A-Z][a-z]+\s+\d)")


def _dated_respectively(mentions: list[InstrumentMention], text: str) -> None:
    """"Resolutions 2371 (2017) and 2375 (2017), of 5 August and 11 September 2017": a list of
    numbers followed by as many dates, joined as a list too, gives each number its date in
    order. Fewer or more dates than numbers say nothing of which is whose."""
    run: list[InstrumentMention] = []
    for mention in [*mentions, None]:
        if mention is not None and run and _NUMBERS_LIST_GAP.fullmatch(text, _year_end(text, run[-1].end), mention.start):
            run.append(mention)
            continue
        if len(run) > 1 and all(m.date is None for m in run):
            end = _year_end(text, run[-1].end)
            lead = _DATES_LEAD.match(text, end)
            if lead is not None:
                dates = find_dates(text[lead.end() : lead.end() + 30 * len(run)])
                listed = dates[:1] if dates and dates[0].start == 0 else []
                for d in dates[1:] if listed else ():
                    if not _DATES_LIST_GAP.fullmatch(text, lead.end() + listed[-1].end, lead.end() + d.start):
                        break
                    listed.append(d)
                if len(listed) == len(run) and all(d.value.start == d.value.end for d in listed):
                    for m, d in zip(run, listed):
                        m.date = d.value
        run = [mention] if mention is not None else []
    _dated_together(mentions, text)


def _dated_together(mentions: list[InstrumentMention], text: str) -> None:
    """"Council resolutions 5/1 and 5/2 of 18 June 2007": numbers of one session listed under
    one keyword with one day after the last are all of that day (a drafter dates each number
    that was adopted on another: "resolutions 60/251 of 15 March 2006 and 65/281 of 17 June
    2011"). Numbers of different sessions, or of different keywords, share nothing."""
    run: list[InstrumentMention] = []
    for mention in mentions:
        joined = bool(run) and mention.keyword_start == run[-1].keyword_start and _NUMBERS_LIST_GAP.fullmatch(
            text, _year_end(text, run[-1].end), mention.start
        ) is not None and "to" not in text[run[-1].end : mention.start]
        if not joined:
            run = []
        if mention.date is None:
            run.append(mention)
            continue
        if run and all(m.kind == mention.kind and m.session == mention.session and not m.same_date for m in run):
            day = mention.date
            if day.start == day.end:
                for m in run:
                    m.date = day
        run = []


def _year_end(text: str, end: int) -> int:
    """Where the bracketed year after a number ends ("2371 (2017)"), or ``end``."""
    year = _YEAR_AFTER.match(text, end)
    return year.end() if year else end


# What leads to the date: "of", "dated", ", dated", ", of" (set off: "resolution 1874 (2009), of
# 12 June 2009"), or a bracket ("(dated 1 December 2028)", "(adopted on 3 May 2030)", "(3 December
# 2023)"); a day (or a month, "of December 3, 2023") next.
_OF_DATE_LEAD = re.compile(r"(?:,?\s+dated|,?\s+of)\s+|(?P<bracket>\s*\((?:dated\s+|adopted\s+on\s+|of\s+)?)")
# "resolution 85/77 of the same date, entitled ...": the date told by the instrument before
_SAME_DATE = re.compile(r",?\s+of\s+the\s+same\s+(?:date|day)\b")
# "resolution 77/12 of 14 December, the Assembly ...": a day without its year (no digit after)
_YEARLESS_OF_DATE = re.compile(
    r",?\s+of\s+(?P<day>[12]\d|3[01]|0?[1-9])\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s+\d)"
)
_DAY_NEXT = re.compile(r"\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d")
# "resolution 78/3 (2023)": the year of adoption, in brackets after the number, as WHO and the
# Security Council cite any body's instruments; the title or date comes after it.
_YEAR_AFTER = re.compile(r"\s*\((?:19|20)\d{2}\)")
# "decision 84/2, was entitled "..."": the title in the sentence's predicate too
# Other drafting gives the quoted title after "titled", "on", "concerning", bare after a comma
# ("resolution 10/2, "Coastal data for all",") or in brackets ("resolution 10/2 ("...")"), and
# in single quotes ('...': the closing one is a quote, not an apostrophe, where the title's
# clause ends after it).
_ENTITLED = re.compile(
    # ("resolution 62/11 of 5 July 2030, which is entitled "..."": the relative clause's predicate)
    r"(?:,?\s+(?P<both>both\s+)?(?:(?:(?:which|that)\s+(?:is|was)|was|is|would\s+be)\s+)?(?:entitled|titled|headed|on|concerning|regarding|under\s+the\s+title|bearing\s+the\s+title|with\s+the\s+title)\s+"
    # ("resolution 69/313 of 27 July 2015 — entitled "..." —": the title set off by dashes, E155)
    r"|\s*(?:—|–|--)\s*(?:entitled|titled)\s+"
    # (a quoted operative paragraph, "resolution 10/2, "Requests the secretariat to ..."", is no title)
    r"|(?:,\s+|\s*\()(?=[“\"‘][A-Z])(?![“\"‘][A-Z][a-z]+s\s+(?:the|that|to|all|its|States|Member)\b))"
    r"(?:[“\"](?P<title>[^”\"]{3,400})[”\"]|‘(?P<single>[^”\"‘]{3,400}?)’(?=\s*[,;.:)]|\s*$|\s+(?:and|of|adopted|in|by|which)\b)"
    # straight single quotes ("entitled 'Coastal data'", as British drafting quotes), guillemets
    # and TeX's quotes: the same title; a straight one closes where the title's clause ends
    r"|'(?P<straight>[A-Z][^'\"“”‘’\n]{2,400}?)'(?=\s*[,;.:)]|\s*$|\s+(?:and|of|adopted|in|by|which)\b)"
    r"|«\s?(?P<guillemets>[^«»]{3,400}?)\s?»|``(?P<tex>[^`'\"]{3,400}?)'')"
)


# ", adopted at its seventy-eighth session, entitled "..."": where (or when) it was adopted, set off
# between the number (or its date) and the title (E135)
# ("decision BC-19/12, adopted on 18 May 2029 and entitled "...": the title joined by "and", E148)
_ADOPTION_ASIDE = re.compile(
    r",\s+(?:adopted|approved)\s+(?:at|during|on|in)\s+[^,;:\"“”()]{3,80}?(?:(?=,\s+(?:entitled|titled)\s)|\s+and(?=\s+(?:entitled|titled)\s))"
)


# " [draft: A/C.6/88/L.23] by recorded vote (149-3-14) [agenda item 108], entitled "..."": the
# Yearbook's notes on an adoption (bracketed draft and item, the vote) between the number and the title
_ADOPTION_NOTES = re.compile(
    # ("[draft: [A/C.6/88/L.23](https://undocs.org/…)]": a web page's link inside the note, as html2text writes it)
    # (cleaned of its link: "88/132 draft: [A/C.6/88/L.23] by recorded vote")
    r"(?:\s*\[(?:[^\[\]]|\[[^\[\]]{1,40}\](?:\([^()\s]{1,120}\))?){1,80}\]|\s+draft:?(?=\s*\[)|\s+(?:without\s+(?:a\s+)?vote|by\s+(?:a\s+)?(?:recorded\s+)?vote(?:\s+of\s+\d{1,3}\s+to\s+\d{1,3})?"
    r"(?:\s*\(\d{1,3}[-–]\d{1,3}[-–]\d{1,3}\))?|by\s+consensus|unanimously))+(?=,\s+(?:entitled|titled)\s)"
)


def _entitled_past_adoption(text: str, end: int) -> re.Match[str] | None:
    """The title quoted after an adoption aside (or the Yearbook's bracketed notes on the
    adoption) that follows the number at ``end``; the mention itself still ends at ``end``, so
    that the aside is read as the adoption it tells."""
    aside = _ADOPTION_ASIDE.match(text, end) or (_ADOPTION_NOTES.match(text, end) if "titled" in text[end : end + 200] else None)
    return _ENTITLED.match(text, aside.end()) if aside is not None else None


def _quoted_title(entitled: re.Match[str]) -> str:
    """The title an `_ENTITLED` match read, whichever quotes it stood in."""
    return next(t for t in (entitled[g] for g in ("title", "single", "straight", "guillemets", "tex")) if t).strip()

_LIST_NEXT = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<num>{_NUM})")
# Keywords without a number carry an issuer for the references that follow
# ("all previous General Assembly resolutions ..., including resolution 76/7").
BARE_KEYWORD = re.compile(r"\b(?:resolutions|decisions)\b(?!\s+(?:[A-Z]{1,4}-)?\d)")


@dataclass
class InstrumentMention:
    start: int  # the keyword (or the number, for later items of a list)
    end: int
    kind: InstrumentKind
    session: str
    number: str
    keyword_start: int  # where the keyword of its list starts
    first_in_list: bool = True
    date: DateRange | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None  # an unquoted title ("resolution 7/1, on ...")
    issuer: str | None = None  # filled by resolve
    # The body whose numbering convention the number is written in ("7/CP.30"): its issuer,
    # whatever the sentence says around it.
    numbered_by: str | None = None
    # "resolution 1472 (XIV)" read by default: a session only of a body that meets in sessions
    roman_bracketed: bool = False
    # "resolution 85/77 of the same date": adopted on the day of the instrument dated before it
    same_date: bool = False
    # "resolution 77/12 of 14 December" (a Yearbook's day without its year): (month, day), the
    # year left to the number once its issuer is known (`relate._day_the_number_dates`)
    yearless_day: tuple[int, int] | None = None
    # "Resolution 6/2029": read as written (session 6, number 2029), which only a body numbering
    # "{number}/{session}" writes (`resolve._in_issuers_order`); for any other issuer no instrument
    number_first_only: bool = False


# A number a body writes as a document symbol, with no word of an instrument in it
# ("ISBA/32/C/10", where "HSP/HA.2/Res.7" and "A/RES/812(XXVI)" say "Res"): its documents carry
# symbols of the same shape ("ISBA/32/C/4", a report): in brackets after what it is, or before a
# document's title, it is that document, unless the kind word names it ("decision ISBA/32/C/10").
_SYMBOL_SHAPED = re.compile(r"[A-Z]{2,}[A-Za-z.]*/")
_INSTRUMENT_WORD_IN_SYMBOL = re.compile(r"/(?:RES|DEC|Res|Dec|R|D)\b|\bRES\.|\bDEC\.", re.IGNORECASE)
_KIND_WORD_BEFORE = re.compile(r"\b(?:[Dd]ecisions?|[Rr]esolutions?|DECISIONS?|RESOLUTIONS?)\s+$")
_LIST_GAP_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+to\s+)$")


def _a_document_not_an_instrument(text: str, n: NumberedInstrument, previous: NumberedInstrument | None) -> bool:
    """A symbol-shaped number with no kind word before it (nor before the list it ends)."""
    written = text[n.start : n.end]
    if not _SYMBOL_SHAPED.match(written) or _INSTRUMENT_WORD_IN_SYMBOL.search(written):
        return False
    before = text[max(0, n.start - 40) : n.start]
    if _KIND_WORD_BEFORE.search(before):
        return False
    # "decisions ISBA/32/C/9 and ISBA/32/C/10": the list's kind word
    if previous is not None and _LIST_GAP_BEFORE.fullmatch(text, previous.end, n.start) is not None:
        return False
    # What says it is a document: its symbol in brackets after what it is ("the report ...
    # (ISBA/32/C/4)", "(ISBA/32/A/2–ISBA/32/C/5)"), or a document's title after it in a list
    # ("ISBA/32/C/4 – Report of the Chair"); a title of another kind leaves it a decision
    return before.rstrip().endswith(("(", "–", "-", "—")) or _DOCUMENT_TITLE_AFTER.match(text, n.end) is not None


_DOCUMENT_TITLE_AFTER = re.compile(
    r"\s*(?:[–—-]|\t|,)\s*(?:(?:(?:Annual|Draft|Provisional|Progress|Summary|Final|Interim)\s+)?"
    r"(?:[Rr]eport|[Nn]ote|[Ll]etter|[Ll]ist|[Aa]genda|[Aa]nnotations|[Ss]tatement|[Rr]ecord)s?\b"
    # ("ISBA/41/C/5 – Status of environmental data …: report of the Secretary-General": a topic, then
    # what the paper is after the colon, as UN titles put it, E228)
    r"|[^\n:;()]{3,200}?:\s+(?:(?:annual|progress|final|interim)\s+)?(?:[Rr]eport|[Nn]ote)\s+(?:of|by)\b)"
)


# "call 1 (212) 963-2791": a telephone number's country and area codes, which "{number}
# ({session})" reads as a resolution, run on into the local number
_TELEPHONE_TAIL = re.compile(r"[ \u00a0]?\d{3}[-–. ]\d{4}\b")


# the words of a span of years: two years and a dash, nothing else ("resolution 2087 (2013)" is no span)
_YEARS_SPAN = re.compile(r"\d{4}\s?[-–—]\s?\d{4}")


_DAYS_SPAN = re.compile(r"\d{1,2}\s?[-–—]\s?\d{1,2}")
_MONTH_AFTER = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _years_span(session: str, number: str) -> bool:
    """Whether a session and a number are two years, the later second ("2032-2034")."""
    return (
        len(session) == 4 and len(number) == 4 and session.isdigit() and number.isdigit()
        and 1900 <= int(session) < int(number) <= 2100
    )


def find_numbered_instruments(text: str, numbering: NumberingFinder) -> list[InstrumentMention]:
    found = numbering.find(text)
    if found and "(" in text:
        found = [n for n in found if _TELEPHONE_TAIL.match(text, n.end) is None]
    if found:
        # "the budget for 2032-2034": a span of years, not resolution 2034 of a body numbering
        # "{session}-{number}" (E138)
        found = [n for n in found if not (_years_span(n.session, n.number) and _YEARS_SPAN.fullmatch(text, n.start, n.end))]
        # "New York, 9-20 July 2001": a span of days before its month, not resolution 20 of a
        # ninth session
        found = [n for n in found if not (_DAYS_SPAN.fullmatch(text, n.start, n.end) and _MONTH_AFTER.match(text, n.end))]
    kept: list[NumberedInstrument] = []
    dropped = False
    for n in found:
        # the members of a range go with its first ("OFA/32/C/2–OFA/32/C/5": two documents)
        dropped = dropped if n.in_range else _a_document_not_an_instrument(text, n, kept[-1] if kept else None)
        if not dropped:
            kept.append(n)
    found = kept
    if found and "/" in text:
        # "document GC 51/9": the number after a symbol's prefix is the symbol's, not IFAD's
        # resolution 51 of session 9 (a template "{number}/{session}" reads any such pair)
        # ("Decisions EB 167/1 to EB 167/3": the members of a range whose first is kept go with it,
        # though their last number, written in its body's convention, reads as a symbol too)
        symbols = find_symbols(text)
        kept = []
        first_kept = False  # whether the number that opened the last range was kept
        for n in found:
            if n.in_range and first_kept or not any(s.start < n.start and n.end <= s.end for s in symbols):
                kept.append(n)
                first_kept = first_kept if n.in_range else True
            elif not n.in_range:
                first_kept = False
        found = kept
    mentions: list[InstrumentMention] = []
    for n in found:
        mention = InstrumentMention(n.start, n.end, n.kind, n.session, n.number, n.start, numbered_by=n.issuer)
        mention.first_in_list = not n.in_range  # "14.13", "14.14" of "Decisions 14.12 to 14.14"
        if mentions and (previous := mentions[-1]).end <= n.start and _PLURAL_KEYWORD.match(text, previous.keyword_start) and (
            _NUMBERS_LIST_GAP.fullmatch(text, previous.end, n.start)
        ):
            # "resolutions 1645 (2005) and 2282 (2016)": the later numbers of a convention's list
            # have the keyword of its first, as a default list's do (E219): the verb after it is
            # each one's act (`relate.acting` takes a list by its keyword)
            mention.keyword_start = previous.keyword_start
        # "Resolution XV.12 on wetland restoration": its title. The on-phrase after a list
        # ("Decisions 20.31 and 20.32 on ...") is the pair's subject, the title of neither.
        in_list = n.in_range or any(
            _NUMBERS_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(found, found[1:]) if n in (a, b)
        )
        if not in_list:
            _title_after_number(mention, text)
        mentions.append(mention)
    if len(mentions) > 1:
        _dated_respectively(mentions, text)
    return mentions


def _known_by_symbol(text: str, numbered: list[InstrumentMention], numbering: SymbolNumbering) -> list[InstrumentMention]:
    """"decision CD/2466, entitled "..."": the instruments named by a symbol of their body's
    series (`symbol_numbered`) that no convention read, with their date and title."""
    mentions = []
    for n in [*symbol_numbered_instruments(text, numbering), *instrument_symbols(text, numbering)]:
        if any(m.start < n.end and n.start < m.end for m in numbered):
            continue
        mention = InstrumentMention(n.start, n.end, n.kind, n.session, n.number, n.start, numbered_by=n.issuer)
        _title_after_number(mention, text)
        mentions.append(mention)
    return mentions


# What stands between two numbers of one list: "20.31 and 20.32", "XIV.6, XV.12".
_NUMBERS_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|-|–)\s*")


def _title_after_number(mention: InstrumentMention, text: str) -> None:
    """The title given after a number a body's own convention writes ("resolution WHA74.7
    (2021) on strengthening ...", "resolution EB158.R3 (2026), entitled "...""), as after
    "resolution 7/1": quoted after "entitled", or as what the instrument is "on"."""
    end = mention.end
    year = _YEAR_AFTER.match(text, end)
    if year:
        end = year.end()
    # "resolution 345 (XXXIV) of 17 December 2026 on ...", "C-33/DEC.7 (dated 1 December 2028)"
    date, end = _date_after(text, end)
    if date is not None:
        mention.date = date
    entitled = _ENTITLED.match(text, end)
    if entitled:
        mention.title = _quoted_title(entitled)
        mention.end = entitled.end()
        return
    if (past_adoption := _entitled_past_adoption(text, end)) is not None:
        mention.title = _quoted_title(past_adoption)
        return
    on_title = title_after(text, end)
    if on_title is not None:
        mention.title = on_title.title
        mention.title_span = (on_title.start, on_title.end)
        if mention.date is None:
            mention.date = bracketed_adoption_day(text, on_title.end)
        return
    _title_before_bracket(mention, text)


# (what a rule that reads a number of its own gives its mention: `rules.numbered_within_gatherings`)
title_after_number = _title_after_number


def _title_before_bracket(mention: InstrumentMention, text: str) -> None:
    """The title quoted before the number in brackets (`_TITLED_BEFORE_BRACKET`)."""
    if text[mention.start - 1 : mention.start] == "(" and (before := _TITLED_BEFORE_BRACKET.search(text, max(0, mention.start - 450), mention.start)):
        mention.title = before["title"].strip()


# "The resolution, entitled "Artificial intelligence for industry" (GC.24/Res.5), was adopted": a
# news story's title of the text it tells of, quoted before the number, which stands in brackets
_TITLED_BEFORE_BRACKET = re.compile(
    r"\b(?:resolution|decision|text)\s*,?\s+(?:entitled|titled)\s+[“\"](?P<title>[^”\"]{3,400})[”\"]\s*\($"
)


# "General Assembly resolution 1472 (XIV)", "resolutions 1721 (XVI) and 1962 (XVIII)": the number,
# then the session in Roman numerals in brackets after a space, as the General Assembly and the
# Economic and Social Council numbered their resolutions before 1976 and some councils still do.
# Only a Roman session: "resolution 2 (2024)" gives a year, "decision 5 (c)" a subparagraph; a
# body whose convention writes this shape reads it in that convention (`_read_in_convention`).
_ROMAN_BRACKETED = re.compile(
    # ("resolution 2150(XXI)": the bracket glued to the number, as some prints and OCR write it, E258)
    rf"\b(?P<kw>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?)\s+(?P<number>\d{{1,4}})\s?\((?P<session>{ROMAN})\)(?![\w/])"
    # "conclusion No. 126 (LXXXIII) – 2032": a conclusion of a body meeting in sessions (UNHCR's
    # Executive Committee), numbered in one series, its session in Roman numerals, the year after
    # a dash; a decision of the body, as its heading over the text reads (`rules.own_numbering`)
    rf"|\b(?P<conclusion>[Cc]onclusion|CONCLUSION)\s+No\.?\s*(?P<c_number>\d{{1,4}})\s?\((?P<c_session>{ROMAN})\)(?:\s*[–—-]\s*(?:19|20)\d\d)?(?![\w/])"
)
_ROMAN_BRACKETED_NEXT = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<number>\d{{1,4}})\s?\((?P<session>{ROMAN})\)(?![\w/])")


# "resolutions 1514 (XV) of 14 December 1960, containing the Declaration on ..., and 1654 (XVI)
# of 27 November 1961, by which ...": a plural keyword's list goes on past a phrase that describes
# a member (set off by commas, no other instrument in it), at "and" and the next number
_DESCRIBED_MEMBER = (
    r",\s+(?:containing|concerning)\b[^,;()]{1,200}?,\s+and\s+"
)
_DESCRIBED_MEMBER_THEN_ROMAN = re.compile(_DESCRIBED_MEMBER + rf"(?P<number>\d{{1,4}})\s?\((?P<session>{ROMAN})\)(?![\w/])")


# "decision B (74)", "decisions A (73) and B (74)": a decision lettered within its session, the
# session in figures in brackets after it, as the Economic Commission for Europe numbers its
# decisions (E144). A capital letter alone ("decision B (c)" is no number; "section B (2)" has no
# keyword); the issuer is read as for any number without one.
_LETTERED_BRACKETED = re.compile(r"\b(?P<kw>[Dd]ecisions?|DECISIONS?)\s+(?P<number>[A-Z])\s?\((?P<session>\d{1,3})\)(?![\w/])")
_LETTERED_BRACKETED_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<number>[A-Z])\s?\((?P<session>\d{1,3})\)(?![\w/])")


def _lettered_bracketed(text: str) -> list[InstrumentMention]:
    found: list[InstrumentMention] = []
    for m in _LETTERED_BRACKETED.finditer(text):
        item: re.Match[str] | None = m
        first = True
        while item is not None:
            mention = InstrumentMention(
                m.start() if first else item.start("number"), item.end(), "decision",
                item["session"], item["number"], m.start(), first,
            )
            _, after_date = _date_after(text, mention.end)
            _title_after_number(mention, text)
            found.append(mention)
            item = _LETTERED_BRACKETED_NEXT.match(text, after_date) if m["kw"][-1:] in "sS" else None
            first = False
    return found


def _roman_bracketed(text: str) -> list[InstrumentMention]:
    found: list[InstrumentMention] = []
    for m in _ROMAN_BRACKETED.finditer(text):
        if m["conclusion"] is not None:
            mention = InstrumentMention(
                m.start(), m.end(), "decision", str(roman_value(m["c_session"])), m["c_number"], m.start(), roman_bracketed=True
            )
            _title_after_number(mention, text)
            found.append(mention)
            continue
        kind: InstrumentKind = "resolution" if m["kw"].lower().startswith("res") else "decision"
        item: re.Match[str] | None = m
        first = True
        while item is not None:
            mention = InstrumentMention(
                m.start() if first else item.start("number"), item.end(), kind,
                str(roman_value(item["session"])), item["number"], m.start(), first, roman_bracketed=True,
            )
            _, after_date = _date_after(text, mention.end)
            _title_after_number(mention, text)  # its date, and a title "entitled" or "on ..."
            found.append(mention)
            item, first = _ROMAN_BRACKETED_NEXT.match(text, after_date), False
            if item is None and m["kw"][-1:] in "sS" and "," in text[after_date : after_date + 2]:
                item = _DESCRIBED_MEMBER_THEN_ROMAN.match(text, after_date)
    return found


def find_instruments(text: str) -> list[InstrumentMention]:
    found: list[InstrumentMention] = []
    if "(" in text and ")" in text and ("esolution" in text or "ecision" in text or "onclusion" in text or "ONCLUSION" in text):
        found = _roman_bracketed(text)
        if "ecision" in text and (lettered := _lettered_bracketed(text)):
            found = sorted(found + lettered, key=lambda m: m.start)
        if found and "/" not in text:
            return found
    if "/" not in text:  # every instrument number has one: most sentences are done here
        return found
    if "esolution" not in text and "ecision" not in text and "ESOLUTION" not in text and "ECISION" not in text and "es. " not in text and "ec. " not in text:
        # nor one of INSTRUMENT's keywords
        return found
    for m in INSTRUMENT.finditer(text):
        kind: InstrumentKind = "resolution" if m["kw"].lower().startswith("res") else "decision"
        pos = m.start("num")
        first = True
        num_text = m["num"]
        in_range: list[InstrumentMention] = []
        while True:
            num = _NUMBER.match(num_text)
            assert num is not None
            if kind == "resolution" and is_roman(num["number"]):
                break  # "resolution 186/XXXVIII": a number before its Roman session, not "91/III"
            mention = InstrumentMention(
                m.start() if first else pos, pos + len(num_text), kind,
                arabic_session(num["session"]), arabic_session(num["number"]), m.start(), first,
            )
            end = mention.end
            year = _YEAR_AFTER.match(text, end)
            if year:
                end = year.end()
            mention.date, end = _date_after(text, end)
            if mention.date is None and (same := _SAME_DATE.match(text, end)) is not None:
                mention.same_date, end = True, same.end()
            elif mention.date is None and (yearless := _YEARLESS_OF_DATE.match(text, end)) is not None:
                mention.yearless_day, end = (MONTHS[yearless["month"].lower()], int(yearless["day"])), yearless.end()
            list_goes_on = end  # where the next number of a list may follow
            entitled = _ENTITLED.match(text, end)
            if entitled:
                mention.title = _quoted_title(entitled)
                if entitled["both"] or m["kw"].endswith("s"):
                    # "resolutions 66/180 and 68/186, entitled ...": each is so entitled
                    _share_title(found, mention, text)
                end = entitled.end()
            elif (past_adoption := _entitled_past_adoption(text, end)) is not None:
                mention.title = _quoted_title(past_adoption)
            else:
                on_title = title_after(text, end)
                if on_title is not None:
                    # The mention ends before the title: "decision 4/4 of the Conference of
                    # the Parties, on ...", the issuer after the number, is read from there.
                    mention.title = on_title.title
                    mention.title_span = (on_title.start, on_title.end)
                    _share_title(found, mention, text)
                    list_goes_on = _date_after_title(found, mention, text, on_title.end)
                    if mention.date is None:
                        mention.date = bracketed_adoption_day(text, on_title.end)
                elif first:
                    _title_before_bracket(mention, text)
            mention.end = end
            for member in in_range:
                # "resolutions 5/3 to 5/5 of 22 October 2010": the date is every member's
                member.date = member.date or mention.date
                member.title = member.title or mention.title
            in_range = []
            found.append(mention)
            span = _RANGE_NEXT.match(text, end)
            if span is not None:
                between = range_between(mention, _NUMBER.match(span["num"]))
                if between is not None:
                    in_range = [mention]
                    for number in between:
                        found.append(InstrumentMention(
                            span.start("num"), span.end("num"), kind, mention.session, number, m.start(), False,
                        ))
                        in_range.append(found[-1])
                    pos = span.start("num")
                    num_text = span["num"]
                    first = False
                    continue
            nxt = _LIST_NEXT.match(text, end) or _LIST_NEXT.match(text, list_goes_on)
            if not nxt and (part := _PART_LETTER_IN_LIST.match(text, end)) is not None:
                # "resolutions 48/218 B and 54/244": the part's letter, then the list goes on (E241)
                nxt = _LIST_NEXT.match(text, part.end())
            if not nxt and m["kw"][-1:] in "sS" and "," in text[list_goes_on : list_goes_on + 2]:
                nxt = _DESCRIBED_MEMBER_THEN_NUMBER.match(text, list_goes_on)
            if not nxt:
                break
            pos = nxt.start("num")
            num_text = nxt["num"]
            first = False
    if ("/19" in text or "/20" in text) and _SLASH_YEAR.search(text) is not None:
        found += _numbers_before_a_year(text, found)
    found.sort(key=lambda i: i.start)
    if len(found) > 0 and "(" in text:
        found = _mixed_lists(text, found)
    if len(found) > 1:
        _dated_respectively(found, text)
    return found


# "resolutions 2150 (XXI) and 31/192", "resolutions 31/192, 1514 (XV) and 2150 (XXI)": a plural
# keyword's list going from the General Assembly's numbering until 1976 (the session in Roman
# numerals in brackets, `_roman_bracketed`) to the slash of later years, or back: each reader
# follows its own form only, and the list goes on at the next member of the other (E239)
_MIXED_NEXT = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?P<num>{_NUM})|(?P<number>\d{{1,4}})\s\((?P<session>{ROMAN})\)(?![\w/]))"
)
_PLURAL_KEYWORD = re.compile(r"(?:[Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)[sS]\b")


def _mixed_lists(text: str, found: list[InstrumentMention]) -> list[InstrumentMention]:
    """``found`` (in order) with the members of a plural keyword's list written in the other form
    than the member before them."""
    starts = {mention.start for mention in found}
    added: list[InstrumentMention] = []
    for mention in found:
        if _PLURAL_KEYWORD.match(text, mention.keyword_start) is None:
            continue
        current = mention
        while (nxt := _MIXED_NEXT.match(text, _date_after(text, current.end)[1])) is not None:
            start = nxt.start("num") if nxt["num"] else nxt.start("number")
            if start in starts:
                break  # read by its own form's reader: the list goes on from there
            if nxt["num"]:
                number = _NUMBER.match(nxt["num"])
                assert number is not None
                if current.kind == "resolution" and is_roman(number["number"]):
                    break
                current = InstrumentMention(
                    start, nxt.end(), current.kind, arabic_session(number["session"]), arabic_session(number["number"]),
                    current.keyword_start, False,
                )
            else:
                current = InstrumentMention(
                    start, nxt.end(), current.kind, str(roman_value(nxt["session"])), nxt["number"],
                    current.keyword_start, False, roman_bracketed=True,
                )
            current.date = _date_after(text, current.end)[0]
            starts.add(start)
            added.append(current)
    return sorted(found + added, key=lambda i: i.start) if added else found


# "Conference Resolution 6/2029", "resolutions 4/2027 and 12/2029": a number, then a year after
# the slash, which the default reading ("{session}/{number}", the number of three digits at most)
# does not take: only a body that numbers "{number}/{session}" by the year of its session writes
# it (FAO's Conference), and the sentence must name that body as the issuer
_NUMBER_BEFORE_YEAR = re.compile(
    r"\b(?P<kw>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?)\s+(?P<number>\d{1,3})/(?P<year>(?:19|20)\d\d)(?![\d/])"
)
# what every such number holds, found at C speed before the keyword pattern is tried ("/20" stands
# in most symbols: "A/2031/9")
_SLASH_YEAR = re.compile(r"(?<![\w/])\d{1,3}/(?:19|20)\d\d(?![\d/])")
_NEXT_BEFORE_YEAR = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<number>\d{1,3})/(?P<year>(?:19|20)\d\d)(?![\d/])")


def _numbers_before_a_year(text: str, found: list[InstrumentMention]) -> list[InstrumentMention]:
    """The numbers `_NUMBER_BEFORE_YEAR` reads, as written (session the number, number the year:
    `resolve._in_issuers_order` turns them for an issuer numbering so, and drops them for any
    other), with their date and title."""
    read: list[InstrumentMention] = []
    for m in _NUMBER_BEFORE_YEAR.finditer(text):
        if any(f.start <= m.start("number") < f.end for f in found):
            continue
        kind: InstrumentKind = "resolution" if m["kw"].lower().startswith("res") else "decision"
        item: re.Match[str] | None = m
        first = True
        while item is not None:
            mention = InstrumentMention(
                m.start() if first else item.start("number"), item.end(), kind, item["number"], item["year"],
                m.start(), first, number_first_only=True,
            )
            _title_after_number(mention, text)
            read.append(mention)
            item, first = _NEXT_BEFORE_YEAR.match(text, mention.end), False
    return read


_DESCRIBED_MEMBER_THEN_NUMBER = re.compile(_DESCRIBED_MEMBER + rf"(?P<num>{_NUM})")
_COMMA_OF_DATE = re.compile(rf",?\s+of\s+(?={DATE.pattern})")


def _date_after_title(found: list[InstrumentMention], titled: InstrumentMention, text: str, title_end: int) -> int:
    """Read the date given after an unquoted title and return where a list may go on.

    "resolutions 5/1, on institution-building ..., and 5/2, on the code of conduct ..., of
    18 June 2007": the date closing the list is the date of every member still without one,
    and the next bare number of the list ("and 5/2") follows the title, not the number."""
    of_date = _COMMA_OF_DATE.match(text, title_end)
    if of_date is None:
        return title_end
    date = DATE.match(text, of_date.end())
    dates = find_dates(date.group(0)) if date else []
    if date is None or not dates:
        return title_end
    titled.date = titled.date or dates[0].value
    for earlier in reversed(found):
        if earlier.keyword_start != titled.keyword_start:
            break  # another keyword opened another list
        earlier.date = earlier.date or titled.date
    return date.end()


# "resolutions 5/3 to 5/5", "decisions 10/1–10/4": a range within one session; a hyphen for the
# dash where a plain-text tool or a web page writes ASCII ("decisions 11/101 - 11/103",
# "resolutions 78/12-78/14"), as the conventions' ranges read it (`numbering._RANGE_SEPARATOR`,
# E224): the same session and a higher number after it still required (`range_between`) (E239)
_RANGE_NEXT = re.compile(rf"(?:\s+to\s+|\s*[–—-]\s*)(?P<num>{_NUM})")
_LONGEST_RANGE = 30


def range_between(first: InstrumentMention, last: re.Match[str] | None) -> list[str] | None:
    """The numbers strictly between the two ends of a range, or None when the two ends do
    not make one (another session, a descending or implausibly long run)."""
    if last is None or arabic_session(last["session"]) != first.session or not first.number.isdigit():
        return None
    low, high = int(first.number), int(arabic_session(last["number"]))
    if not 0 < high - low <= _LONGEST_RANGE:
        return None
    return [str(n) for n in range(low + 1, high)]


_LIST_GAP = re.compile(r"^\s*,?\s*(?:and\s+)?(?:its\s+|their\s+|the\s+)?(?:resolutions?\s+|decisions?\s+)?$")


def _share_title(found: list[InstrumentMention], titled: InstrumentMention, text: str) -> None:
    """"its resolutions 5/2 and 10/3 and its decisions 2/3 and 3/3 on the implementation of
    the Protocol": a title after a list is the title of every instrument of the list."""
    following = titled
    for earlier in reversed(found):
        if earlier.title or not _LIST_GAP.match(text[earlier.end : following.start]):
            break
        earlier.title = titled.title
        following = earlier


# --------------------------------------------------------------------------- gatherings

# A footnote's number may stand glued to the word, as raw `pdftotext` keeps it ("at its eighty-eighth
# session1 on the recommendation of", the note at the page's foot): the word is still the gathering's
_GATHERING_WORD = re.compile(r"\b(?P<kind>sessions?|meetings?)(?:\b|(?=\d{1,2}[\s,.;:)]))", re.IGNORECASE)
_GATHERING_WORD_LOWER = re.compile(_GATHERING_WORD.pattern)
# What precedes the word: "its eleventh", "the eighth, ninth and tenth", "a second", "its 111th
# to 113th" (`ORDINAL_RUN`).
# "its resumed eighty-fifth session", "its reconvened sixty-eighth session": the session itself,
# resumed (or reconvened); "its" still says whose (E96, E185)
# "the ninth and the tenth sessions", "its eighth, ninth and the tenth": the last ordinal of a list
# may repeat the determiner (E237)
_GATHERING_ORDINALS = re.compile(
    rf"(?:\b(?P<det>its|their|the|a|an)\s+(?:resumed\s+|reconvened\s+)?)?(?P<ords>\b{ORDINAL_RUN}(?:,?\s+and\s+the\s+{ORDINAL})?)\s+$",
    re.IGNORECASE,
)
# "at its current, eighty-ninth, session", "the present (seventy-second) session": the session
# the text is written at, its ordinal set off between "current" and the word
_SET_OFF_ORDINAL = re.compile(
    rf"\b(?P<det>its|their|the)\s+(?:current|present)\s*[,(]\s*(?P<ords>{ORDINAL_RUN})\s*[,)]\s+$", re.IGNORECASE
)
_ORD_SPLIT = re.compile(rf"{ORDINAL}", re.IGNORECASE)
# Between the ordinal and the word, what names no other gathering: a body that holds regular
# and special sessions numbers its regular ones in a sequence of their own, and may print the
# year ("seventieth (2026) regular session"). "special" is no such word: a special session is
# another sequence.
# "its seventieth (2026) regular session", "Fifty-Eighth (29th Ordinary) Session": a year, or
# the session's place in the series of ordinary ones, in brackets after the ordinal; capitalised
# in a gathering's name ("the 26th Ordinary Meeting of the Contracting Parties"). "its second
# open-ended meeting": a committee of permanent representatives (UNEP's, UN-Habitat's) numbers the
# meetings open to all members in a series the set keys as the committee's own (E211, u259)
_QUALIFIED = re.compile(
    r"(?<=\s)(?:\((?:19|20)\d\d\)\s+|\(\d{1,3}(?:st|nd|rd|th)\s+(?i:ordinary|extraordinary|regular)\)\s+)?(?:(?:[Rr]egular|[Oo]rdinary|[Aa]nnual|regional|Regional(?=\s+[A-Z])|[Ww]orking|[Oo]pen-ended"
    # "a third and final meeting": the last of a body's series, no other series (E235)
    r"|and\s+(?:final|last))\s+)?$"
)
# "shall hold a third meeting", "held a second session": the verb of a body holding its own gathering
_HOLD_BEFORE = re.compile(r"\b(?:hold|holds|held|holding)\s+$")
# "The twelfth plenary meeting of the judges", "the judges of the Dispute Tribunal, adopted at their
# eleventh plenary meeting": the members of a body who meet in plenary (E155)
_MEMBERS_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:judges|members|commissioners)\b")
_THEIR_MEMBERS_BEFORE = re.compile(r"\b(?:judges|members|commissioners)\s+of\s+(?:the\s+)?[A-Z][^.;]{0,120}\btheir\s+$")


def _plenary_of_members(text: str, window_start: int, word_end: int) -> bool:
    """Whether a numbered "plenary meeting" is one of a body's members: "of the judges" after it,
    or "their" before it after "the judges of" a body."""
    if _MEMBERS_AFTER.match(text, word_end):
        return True
    their = text.rfind(" their ", window_start, word_end)
    return their >= 0 and _THEIR_MEMBERS_BEFORE.search(text, max(0, their - 160), their + 7) is not None


# "of the Working Group", and "of the organization's General Conference" (a news story's word for
# the organization it named before: its organ's short name follows)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?i:organi[sz]ation)['’]s\s+)?")
# "the Director-General of WHO": "of" right before an organization's name, and the title before it
_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")
_WRITTEN_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
_TITLE_BEFORE_OF = re.compile(r"(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})$")
# "second regular session 2027", "the first regular session of 2028": a session named by its
# place in a year (executive boards of funds and programmes meet so), not the body's Nth session.
_YEAR_NAMED = re.compile(r"\s+(?:of\s+)?(?:19|20)\d\d\b")
# "the first regular session of the Executive Board, 2035": the year after the body's name, set
# off by a comma, in a title or a sentence that names the session in full
_YEAR_AFTER_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][^,.;:()\n]{2,80}?,\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)")
_YEAR_NAMED_REGULAR = re.compile(
    rf"\b(?P<ord>{ORDINAL})\s+regular\s+session(?:{_YEAR_NAMED.pattern}|{_YEAR_AFTER_BODY.pattern})", re.IGNORECASE
)


def year_named_regular_sessions(text: str) -> frozenset[int]:
    """The ordinals of the regular sessions ``text`` names by their place in a year ("first regular
    session 2035", "the second regular session of 2028", "the first regular session of the Executive
    Board, 2035"): a board that meets so (a fund's or programme's) numbers no series of sessions,
    and its masthead's "First regular session" is that session, not its first ever."""
    if "egular" not in text and "EGULAR" not in text:
        return frozenset()
    return frozenset(n for m in _year_named_regular_matches(text) if (n := ordinal_value(m["ord"])) is not None)


# the most words an ordinal of `_YEAR_NAMED_REGULAR` spans ("nine hundred and twenty first")
_ORDINAL_WORDS = 5


def _year_named_regular_matches(text: str) -> Iterator[re.Match[str]]:
    """`_YEAR_NAMED_REGULAR.finditer(text)`, tried only just before each "regular": every match
    holds one right after its ordinal (the ordinal's words and the space after them hold none), so
    it starts within the five words before that "regular", and each position there is tried in
    order, as `finditer` would (a search of the whole text was ~1 % of a corpus pass, P4)."""
    lowered = lower_document(text)
    if len(lowered) != len(text):  # a letter lowered to two ("İ"): positions differ, search it all
        yield from _YEAR_NAMED_REGULAR.finditer(text)
        return
    # (no letter but the capitals is read by IGNORECASE as a letter of "regular", and each is
    # lowered to it: the positions of "regular" in the lowered text are those of every case)
    done = 0
    hit = lowered.find("regular")
    while hit != -1:
        if hit >= done:
            start = hit
            while start > 0 and text[start - 1].isspace():
                start -= 1
            for word in range(_ORDINAL_WORDS):
                while start > 0 and not text[start - 1].isspace():
                    start -= 1
                if word < _ORDINAL_WORDS - 1:
                    while start > 0 and text[start - 1].isspace():
                        start -= 1
            for at in range(max(start, done), hit):
                if (m := _YEAR_NAMED_REGULAR.match(text, at)) is not None:
                    yield m
                    done = m.end()
                    break
        hit = lowered.find("regular", hit + 1)
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_YEAR_IN_BRACKETS = re.compile(r"\s+\((?:19|20)\d\d\)")


@dataclass
class GatheringMention:
    start: int
    end: int
    ordinals: list[int]
    word: GatheringKind
    determiner: str | None  # "its", "their", "the", "a"; "it" for "It met for the first time"
    numeral: bool  # "11th meeting": a plenary meeting inside a session
    of_body: BodyMention | None = None  # "... of the Working Group on Firearms"
    body: str | None = None  # filled by resolve
    abbreviated: bool = False  # "IPCC-66", "COP 18": the body's abbreviation and the number
    # "forty-fifth" of "forty-fourth session, Vienna, …; forty-fifth, New York, …": the gathering of
    # the same series named before it, whose body it takes (`_elliptic_gatherings`, E173)
    continues: GatheringMention | None = None
    open_ended: bool = False  # "its twelfth open-ended meeting" (`resolve._open_ended_namesake`, E211)


def lowered_for_patterns(text: str) -> str | None:
    """``text.lower()``, when a pattern of ASCII letters without IGNORECASE finds in it what
    the pattern with IGNORECASE finds in ``text``, at the same offsets (several times faster);
    else None. Lower-casing can lengthen the text ("İ" becomes two characters), and the
    regex engine takes "ſ" for an "s" and "ı" for an "i" where ``lower()`` does not."""
    lowered = text.lower()
    if len(lowered) != len(text) or "ſ" in lowered or "ı" in lowered:
        return None
    return lowered


def document_lowered_for_patterns(text: str) -> str | None:
    """`lowered_for_patterns` of a whole document, lower-cased once (`lowered.lower_document`)."""
    lowered = lower_document(text)
    if len(lowered) != len(text) or "ſ" in lowered or "ı" in lowered:  # as `lowered_for_patterns`
        return None
    return lowered


# "the Eightieth World Health Assembly", "THE SEVENTY-NINTH WORLD HEALTH ASSEMBLY": a body that
# names its sessions by an ordinal before its name. Written capitalised, as such names are.
_ORDINAL_BEFORE_NAME = re.compile(rf"(?:\b(?P<det>the|The|THE)\s+)?\b(?P<ord>{ORDINAL})\s+$", re.IGNORECASE)


# the word for a gathering right after a body's name, then no other noun ("the 80th Council meeting",
# not "the 80th Council meeting room")
_OWN_GATHERING_AFTER = re.compile(r"\s+(?P<word>meeting|session|Meeting|Session)\b(?!\s+(?:room|hall|records?|documents?|papers?)\b)")
_SITTING_AFTER = re.compile(r"\s+(?:plenar(?:y|ies)|meetings?|sittings?|sessions?|debates?|segments?|dialogues?|rounds?|parts?)\b", re.IGNORECASE)


def ordinal_named_sessions(text: str, bodies: list[BodyMention]) -> list[GatheringMention]:
    found = []
    for body in bodies:
        if body.key is None and body.short is None or body.start < 4 or not text[body.start - 1].isspace():
            continue
        before = text[max(0, body.start - 40) : body.start]
        if before.rstrip()[-2:].lower() not in _ORDINAL_ENDINGS:
            continue  # every ordinal ends in -st, -nd, -rd or -th: most names are done here
        m = _ORDINAL_BEFORE_NAME.search(before)
        # "the 29th Universal Postal Congress": a numeral before the body's whole name (not its
        # short name: "the 3rd Committee", "the 2nd Commission" name no session; nor before a
        # sitting's noun: "the 11th World Tidal Assembly plenary" is a plenary meeting)
        own_word = _OWN_GATHERING_AFTER.match(text, body.end) if m is not None and is_numeral(m["ord"]) else None
        if own_word is not None and m is not None:
            # "the 80th Council meeting will be held June 2-5, 2031", "the 5th Board session": a
            # numeral, the body's name (its short name too), then the word for its gathering (E165)
            value = ordinal_value(m["ord"])
            if value is not None:
                start = body.start - len(before) + m.start()
                word: GatheringKind = "meeting" if own_word["word"].lower() == "meeting" else "session"
                found.append(GatheringMention(start, own_word.end(), [value], word, (m["det"] or "").lower() or None, False, of_body=body))
            continue
        if m is None or body.key is None or not (
            m["ord"][:1].isupper()
            or is_numeral(m["ord"]) and body.short is None and not _SITTING_AFTER.match(text, body.end)
        ):
            continue
        value = ordinal_value(m["ord"])
        if value is None:
            continue
        start = body.start - len(before) + m.start()
        found.append(GatheringMention(
            start, body.end, [value], "session", (m["det"] or "").lower() or None, False, of_body=body,
        ))
    return found


# A first gathering told without an ordinal: "its inaugural meeting", "the inaugural session of
# the working group", and the verb "shall meet for the first time in Nairobi" (the mention is
# "for the first time", a meeting of the subject, as "its first meeting" is). The verb tells any
# meeting so: "met for the third time in Vienna" is its third meeting (E220).
# the ordinal of "for the third time" (`_nth_time` reads it)
_NTH = ORDINAL
_NTH_TIME = re.compile(rf"for\s+(?:the|a)\s+(?P<ord>{ORDINAL})\s+time", re.IGNORECASE)
_INAUGURAL = re.compile(
    r"\b(?:(?P<det>its|their|the|an?)\s+)?inaugural\s+(?P<kind>session|meeting)s?\b"
    # the subject a body ("which", "it", "the working group"), not "States will meet ..."
    r"|\b(?:which|it|group|experts|force|team|panel|committee|subcommittee|body|mechanism|forum|board|commission)"
    rf"\s+(?:shall|will|should|would|is\s+to)\s+(?:also\s+)?(?:meet|convene)\s+(?P<first_time>for\s+(?:the|a)\s+{_NTH}\s+time)\b"
    # "The expert group on pollution indicators met for the first time in Geneva": told in the
    # past, by a sentence that opens on its subject (no clause before it), or by the clause a
    # preamble's or a decision's "noting that" opens ("Notes that the Implementation Committee met
    # for the third time in Nairobi", E220)
    rf"|(?:^(?:\d{{1,3}}\.\s+)?|\b(?:[Nn]otes|[Nn]oting|[Rr]ecalls|[Rr]ecalling|[Ww]elcomes|[Ww]elcoming)\s+(?:with\s+\w+\s+)?that\s+)"
    rf"[Tt]he\s+[^,;:.()]{{3,120}}?\s+(?:met|convened)\s+(?P<first_time_past>for\s+(?:the|a)\s+{_NTH}\s+time)\b"
    # "The quantum working group was requested ... It met for the first time in Geneva on 4 July
    # 2032": the body the sentence before opened on (determiner "it": `resolve` reads whose)
    rf"|^(?-i:It|They)\s+(?:met|convened|gathered)\s+(?P<first_time_it>for\s+(?:the|a)\s+{_NTH}\s+time)\b",
    re.IGNORECASE,
)


def first_gatherings_without_ordinal(text: str, starts: dict[int, BodyMention]) -> list[GatheringMention]:
    """The first meeting or session, named by "inaugural" or "for the first time"; the Nth meeting
    told "for the Nth time"."""
    found: list[GatheringMention] = []
    if "naugural" not in text.lower() and _NTH_TIME.search(text) is None:
        # (every match holds "inaugural", whose letters IGNORECASE reads as no other letters than
        # their capitals, or a "for the Nth time" `_NTH_TIME` finds: `_INAUGURAL`'s alternatives,
        # tried at every position, for the sentences " time" let through, P4)
        return found
    for m in _INAUGURAL.finditer(text):
        if m["first_time_it"]:
            told, det = "first_time_it", "it"
        elif m["first_time"] or m["first_time_past"]:
            told, det = ("first_time" if m["first_time"] else "first_time_past"), "its"
        else:
            told = ""
        if told:
            nth = _NTH_TIME.match(m[told])
            value = ordinal_value(nth["ord"]) if nth else None
            if value:
                found.append(GatheringMention(m.start(told), m.end(told), [value], "meeting", det, False))
            continue
        kind: GatheringKind = "session" if m["kind"].lower() == "session" else "meeting"
        mention = GatheringMention(m.start(), m.end(), [1], kind, m["det"].lower() if m["det"] else None, False)
        of = _OF_THE.match(text, m.end())
        if of and of.end() in starts:
            mention.of_body = starts[of.end()]
            mention.end = mention.of_body.end
        found.append(mention)
    return found


_BORN_MODIFIER = re.compile(r"(?:expert|intersessional|inter-sessional|open-ended|ad\s+hoc|technical|advisory|regional|standing)\s+")


def link_gatherings_to_bodies(text: str, gatherings: list[GatheringMention], bodies: list[BodyMention]) -> None:
    """"the first meeting of the working group": a gathering followed by a body named after it
    (here a body the text created, whose mentions are found after the gatherings) is that
    body's."""
    starts = {b.start: b for b in bodies}
    for g in gatherings:
        if g.of_body is None and (of := _OF_THE.match(text, g.end)) is not None:
            # "the first meeting of the expert working group on X": a modifier the created body's
            # later mention leaves before its kind
            at = of.end() if of.end() in starts else (m.end() if (m := _BORN_MODIFIER.match(text, of.end())) else -1)
            if at in starts:
                g.of_body = starts[at]
                g.end = g.of_body.end


# "IPCC-66", "SBSTA 76", "COP-28": a session named by the body's abbreviation and its number, as
# meeting reports and bulletins write it. Glued by a hyphen or one space; not a symbol's part
# ("IPCC-66/Doc. 2", "SBSTA 76.3"), a year ("UNEP 2031") or a number's first figures.
_ABBREVIATED_SESSION = re.compile(r"(?:-| (?=\d{1,3}\b))(?P<n>\d{1,3})(?![\d/.\-]\w|\d|\s*\([IVXLC]+\))")


_NUMBER_THEN_BRACKET = re.compile(r"\b\d{1,4}\s*\($")


def _a_stranger_here(other: str, form: str, keys: list[str], registry: BodyRegistry, lowered: str) -> bool:
    """Whether the body ``other`` that carries the words ``form`` among its names is a stranger to
    a document (lower-cased, spaced ``lowered``) of the bodies ``keys``: none of them, nor under
    the same top body, and none of its other names, nor its symbol series, printed in it."""
    if other in keys or other not in registry:
        return False
    body = registry.bodies[other]
    top = _top(other, registry)
    if any(key in registry and _top(key, registry) == top for key in keys):
        return False
    names = [" ".join(n.lower().split()) for n in (*body.names, body.short_name or "") if n]
    if any(n != form and len(n) > len(form) and n in lowered for n in names):
        return False
    return not (body.symbol_prefix and body.symbol_prefix.lower() + "/" in lowered)


# `BodyMatcher.own_head_keys`' key of the abbreviation cut from the own body's short name ("ExCom")
_CUT_ABBREVIATION = "\x00cut"
# "ExCom 95": an abbreviation in mixed case, the series of the body's symbols (`own_body_names`)
_MIXED_CASE_ABBREVIATION = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")


def abbreviated_sessions(text: str, bodies: list[BodyMention]) -> list[GatheringMention]:
    """The sessions written as the body's abbreviation and number ("IPCC-66", "SBSTA 76"): the
    body's (the resolver keeps them only for a body that holds numbered sessions)."""
    found = []
    for body in bodies:
        written = text[body.start : body.end]
        if body.key is None or not (2 <= len(written) <= 8 and written.isalpha() and (written.isupper() or _MIXED_CASE_ABBREVIATION.match(written))):
            continue
        if body.start > 0 and text[body.start - 1] in "/-.":
            continue  # inside a symbol ("FCCC/SBSTA-2")
        m = _ABBREVIATED_SESSION.match(text, body.end)
        if m is None or int(m["n"]) == 0:
            continue
        if _NUMBER_THEN_BRACKET.search(text, max(0, body.start - 12), body.start):
            continue  # "Resolution 4 (EC-78)": the session is part of an instrument's number
        found.append(GatheringMention(
            body.start, m.end(), [int(m["n"])], "session", None, False, of_body=body, abbreviated=True,
        ))
    return found


# "CSP12", "MOP7", "COP15": a gathering written as an abbreviation with its number glued on, the
# abbreviation the document's own ("the Twelfth Conference of States Parties (CSP12)"). Not inside
# a symbol ("ATT/CSP12/2031/..."), nor a longer word or number ("H5N1", "COP15.3", "ISO9001").
# (The look-behind checked after the first capital, `[A-Z]{2,6}` split to let it: the pattern
# opens with a character class, which the regex engine skips to, rather than a look-behind tried
# at every position.)
_GLUED_ABBREVIATION = re.compile(r"(?P<abbr>[A-Z](?<![\w/.\-][A-Z])[A-Z]{1,5})(?P<n>\d{1,3})(?![\w/\-]|\.\w)")


def glued_abbreviated_sessions(text: str, found_before: tuple[GatheringMention, ...] | list[GatheringMention] = ()) -> list[GatheringMention]:
    """The gatherings written "CSP12": the abbreviation stands for no body of the reference data
    (its mention has no key), so the resolver keeps one only where the document defined the
    abbreviation, in brackets after a gathering of that number, or where it was defined before."""
    found = []
    for m in _GLUED_ABBREVIATION.finditer(text):
        n = int(m["n"])
        if n == 0 or m["n"].startswith("0"):
            continue
        abbreviation = BodyMention(m.start("abbr"), m.end("abbr"), m["abbr"], None)
        mention = GatheringMention(m.start(), m.end(), [n], "session", None, False, of_body=abbreviation, abbreviated=True)
        spelled = _SPELLED_OUT_BEFORE.search(text, max(0, m.start() - 160), m.start())
        # (a gathering found inside those words stays: the resolver joins the two when it is no
        # known body's, or defines the abbreviation by it when it is)
        inside = any(spelled is not None and spelled.start() <= f.start < m.start() for f in found_before)
        if spelled is not None and ordinal_value(spelled["ord"]) == n and text.startswith(")", m.end()) and not inside:
            # "the Ninth Conference of States Parties (CSP9)": the gathering spelled out, then its
            # abbreviation in brackets, is one mention from the ordinal to the closing bracket
            mention.start, mention.end = spelled.start(), m.end() + 1
            mention.determiner = (spelled["det"] or "").lower() or None
        found.append(mention)
    return found


# "the Ninth Conference of States Parties (", "the Eleventh Meeting of the Parties (": an ordinal and
# the capitalised words of a gathering's name, right before the bracket that abbreviates it
_SPELLED_OUT_BEFORE = re.compile(
    rf"(?:\b(?P<det>the|The)\s+)?\b(?P<ord>(?i:{ORDINAL}))\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|on|to|for|and|the)\s+)*[A-Z][\w'’-]*){{0,10}}\s*\($"
)


_A_DIGIT = re.compile(r"[0-9]")


# "the Committee's next meeting, its 332nd, would be held in New York", "its next session, its
# fifty-first, will open on": a gathering named by its place in the series, then its ordinal set off
# after it, the word not said again (E145)
_ORDINAL_IN_APPOSITION = re.compile(
    rf"\b(?:next|following|forthcoming|previous|last|coming)\s+(?P<word>meeting|session),\s+(?P<det>its|their)\s+"
    rf"(?P<ord>{ORDINAL})(?=\s*[,;)]|\s+(?:would|will|is|was|shall|to\s+be)\b)",
    re.IGNORECASE,
)


# ", its sixty-third from 12 to 14 May", "and its sixty-fourth in Geneva": an ordinal after "its",
# no gathering's word, then when or where (E166); "The seventy-third session was held in New York
# from … and the seventy-fourth from …": after "the", the first named with "the" too (E235)
_GAPPED_ORDINAL = re.compile(
    rf"(?:,\s*|;\s*|\s+and\s+)(?:and\s+)?(?P<det>its|their|the)\s+(?P<ord>{ORDINAL})(?=\s+(?:from|on|in|at)\s)",
)


def _gapped_gatherings(text: str, found: list[GatheringMention]) -> list[GatheringMention]:
    """The gatherings of a series named after its first by "its" and an ordinal alone, the word
    ("session", "meeting") said for the first one only, in words or figures as it was."""
    out = []
    for m in _GAPPED_ORDINAL.finditer(text):
        first = next(
            (
                g for g in reversed(found) if g.end <= m.start() and len(g.ordinals) == 1 and (
                    (g.determiner or "").lower() == m["det"] and g.of_body is None
                    # ("The thirtieth session of the Commission was held …, and the thirty-first from
                    # …", "held its thirtieth session …, and the thirty-first from …": after "the", the
                    # first named any way; the next is of the same body)
                    or m["det"] == "the" and (g.determiner or "").lower() in ("the", "its", "their")
                )
            ),
            None,
        )
        value = ordinal_value(m["ord"])
        if first is None or value is None or value <= first.ordinals[0] or any(f.start <= m.start("det") < f.end for f in found):
            continue
        out.append(GatheringMention(
            m.start("det"), m.end("ord"), [value], first.word, first.determiner, is_numeral(m["ord"]),
            continues=first if m["det"] == "the" else None,
        ))
    return out


# "forty-fourth session, Vienna, 6-10 November 2033; forty-fifth, New York, 6-10 April 2034": an
# ordinal alone after a semicolon or a comma, then its own place and days, as a schedule lists the
# sessions of one body after the first (E173)
_ELLIPTIC_ORDINAL = re.compile(
    rf"(?:;\s*|,\s*(?:and\s+)?|\s+and\s+)(?P<ord>{ORDINAL})(?=\s*,\s+{places.PLACE}\s*,\s+\d)"
)


def _elliptic_gatherings(text: str, found: list[GatheringMention]) -> list[GatheringMention]:
    """The next gatherings of a series listed after its first with their own place and days, the
    word ("session") said for the first only: of the first's body (`GatheringMention.continues`)."""
    out = []
    for m in _ELLIPTIC_ORDINAL.finditer(text):
        first = next((g for g in reversed(found) if g.end <= m.start() and len(g.ordinals) == 1), None)
        value = ordinal_value(m["ord"])
        if first is None or value is None or value <= first.ordinals[0] or any(f.start <= m.start("ord") < f.end for f in found):
            continue
        if not _PLACE_AND_DAYS_AFTER.match(text, first.end):
            continue  # the first must be listed with its place and days too
        out.append(GatheringMention(m.start("ord"), m.end("ord"), [value], first.word, None, is_numeral(m["ord"]), continues=first))
    return out


_PLACE_AND_DAYS_AFTER = re.compile(rf"\s*,\s+{places.PLACE}\s*,\s+\d")


# "The Committee has held two sessions, the first in Bonn in May 2031 and the second in Lima in June
# 2032": a body's whole series counted in the perfect ("has held", "had convened", "to date"), then
# each told by its place in that count, "the first" … "the second", with where or when (E258). The
# count is the body's own numbering only when it is the series so far: not "held two meetings in
# 2031, the first in …" (a count within a year, no perfect, nothing after the noun but the colon
# or the comma), not "has held two sessions this year".
_COUNTED_SERIES = re.compile(
    r"\b(?:(?P<aux>has|have|had)\s+(?:so\s+far\s+|thus\s+far\s+|now\s+|already\s+)?)?(?:held|convened)\s+"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+(?P<word>sessions|meetings)(?:\s+(?:to\s+date|so\s+far|since\s+its\s+(?:establishment|creation|inception)))?\s*[:,]\s*"
)
_COUNTED_MEMBER = re.compile(
    r"(?:(?<=[:,]\s)|(?<=[:,])|,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?P<det>the)\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?=\s*,?\s+(?:in|at|from|on|held)\s)"
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# (a count up to twelve: "The Environment Assembly has held six sessions, the first in Nairobi …"; G2)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def counted_series_gatherings(text: str, found: list[GatheringMention]) -> list[GatheringMention]:
    """"the first", "the second" of a body's sessions counted in the perfect before a colon or a
    comma (`_COUNTED_SERIES`): gatherings of the subject ("its"), the word the count said."""
    out: list[GatheringMention] = []
    for m in _COUNTED_SERIES.finditer(text):
        count = _COUNTS.get(m["count"]) or int(m["count"])
        stop = text.find(".", m.end())
        end = len(text) if stop < 0 else stop
        at = m.end()
        if m["aux"] is None and len(set(_A_YEAR.findall(text, at, end))) < 2:
            # "The Preparatory Committee held three sessions: the first in Vienna … 2033, the second
            # in Geneva … 2034": in the past simple the count is the series only when its members
            # span more than one year (E295); "held two meetings: the first in Bonn on 4 May 2031,
            # the second in Lima on 8 June 2031" may be a year's count, and is left alone
            continue
        for member in _COUNTED_MEMBER.finditer(text, at, end):
            value = ordinal_value(member["ord"])
            if value is None or value > count or any(f.start <= member.start("det") < f.end for f in found):
                continue
            out.append(GatheringMention(member.start("det"), member.end("ord"), [value], gathering_kind(m["word"][:-1]), "its", False))
    return out


def find_gatherings(text: str, bodies: list[BodyMention]) -> list[GatheringMention]:
    found = _ordinal_gatherings(text, bodies)
    if bodies and ("-" in text or " " in text):
        abbreviated = abbreviated_sessions(text, bodies)
        if abbreviated:
            found = sorted(found + abbreviated, key=lambda g: g.start)
    if _A_DIGIT.search(text):  # "CSP12": a number glued on (a C-level scan, not a Python loop)
        glued = [g for g in glued_abbreviated_sessions(text, found) if not any(f.start <= g.start < f.end for f in found)]
        if glued:
            found = sorted(found + glued, key=lambda g: g.start)
    if ", its " in text or ", their " in text:
        # "the Committee's next meeting, its 332nd, would be held ...": the ordinal in apposition
        named = [
            GatheringMention(m.start("det"), m.end("ord"), [value], gathering_kind(m["word"].lower()), m["det"].lower(), is_numeral(m["ord"]))
            for m in _ORDINAL_IN_APPOSITION.finditer(text)
            if (value := ordinal_value(m["ord"])) is not None and not any(f.start <= m.start("det") < f.end for f in found)
        ]
        if named:
            found = sorted(found + named, key=lambda g: g.start)
    if found and (" its " in text or " their " in text or " the " in text):
        # "its sixty-second session took place from …, its sixty-third from … and its sixty-fourth
        # from …": the next ones of the series, the word not said again (E166)
        gapped = _gapped_gatherings(text, found)
        if gapped:
            found = sorted(found + gapped, key=lambda g: g.start)
    if found and any(_PLACE_AND_DAYS_AFTER.match(text, g.end) for g in found):
        elliptic = _elliptic_gatherings(text, found)
        if elliptic:
            found = sorted(found + elliptic, key=lambda g: g.start)
    if " held " in text or " convened " in text:
        counted = counted_series_gatherings(text, found)
        if counted:
            found = sorted(found + counted, key=lambda g: g.start)
    if "naugural" in text or " time" in text or "NAUGURAL" in text or " TIME" in text:
        without = first_gatherings_without_ordinal(text, {b.start: b for b in bodies})
        if without:
            found = sorted(found + without, key=lambda g: g.start)
    return found


# "at its first session following Congress", "the second meeting after each session of the
# Conference": counted from an event that recurs, not the body's numbering (its first session
# ever is no such thing). "its first meeting after its establishment" or "after the entry into
# force" counts from the start: still the first.
_COUNTED_FROM_AN_EVENT = re.compile(
    r"\s+(?:following|after)\s+(?:each\s+|every\s+|the\s+(?:next\s+|following\s+|last\s+)?)?"
    r"(?:(?:[A-Z][a-z]+)(?!\s+(?:into|of\s+its))|(?:sessions?|meetings?|congress|conference|elections?)\b)"
    # "the first regular session since the resumed tenth session", "its first meeting since 2029":
    # counted from an earlier gathering or a year (E94)
    r"|\s+since\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:sessions?|meetings?|congress|conference)\b"
    r"|\s+since\s+(?:19|20)\d\d\b"
    # "the third session of the 2031-2032 biennium", "the second meeting of the cycle": counted
    # within a period of work, not in the body's series
    r"|\s+(?:of|in)\s+(?:the|this|each|every)\s+(?:(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\s+|current\s+|present\s+)?"
    r"(?:biennium|triennium|quadrennium|programme\s+cycle|work\s+cycle|reporting\s+cycle)\b"
    # "at the end of its second session of the year", "its first meeting of 2034": counted within
    # a year, not in the body's series (E242)
    r"|\s+of\s+(?:the|that|this|each|every)\s+year\b|\s+of\s+(?:19|20)\d\d\b(?!\s*[-–/]|\s+session)"
)


def _ordinal_gatherings(text: str, bodies: list[BodyMention]) -> list[GatheringMention]:
    found: list[GatheringMention] = []
    lowered = lowered_for_patterns(text)
    if lowered is not None:
        if "session" not in lowered and "meeting" not in lowered:
            return ordinal_named_sessions(text, bodies) if bodies else found
        # The same pattern on lower-cased text, without IGNORECASE, is much faster.
        words = _GATHERING_WORD_LOWER.finditer(lowered)
    else:
        words = _GATHERING_WORD.finditer(text)
    starts = {b.start: b for b in bodies}
    for word in words:
        if _YEAR_NAMED.match(text, word.end()):
            continue
        if text[word.start() - 8 : word.start()].lower() == "regular " and _YEAR_AFTER_BODY.match(text, word.end()):
            continue  # "the first regular session of the Executive Board, 2035"
        # Look back from the word: scanning every position for ordinals would be slow.
        window_start = max(0, word.start() - 160)
        ordinals_end = word.start()
        if text[ordinals_end - 2 : ordinals_end] in ("r ", "y ", ") ", "l ", "g ", "d ", "t "):
            # "its sixty-ninth regular session", "its seventieth (2026) regular session", "its
            # twenty-second regional meeting" (a body's meetings held in the regions, E102), "its
            # fifteenth working session" (a working group that calls its sessions so, E133), "the sixty-first
            # annual session of the Organization" (a body that meets once a year, E189), "its second
            # open-ended meeting" (E211), "its third and last meeting" (E235)
            qualified = _QUALIFIED.search(text, window_start, ordinals_end)
            if qualified is not None and qualified.start() == ordinals_end and word["kind"][:1] in "sS":
                # "its thirty-third plenary session": a body that calls its sessions plenary ones
                # (a "plenary meeting" is a sitting inside a session, read by the sitting rules)
                qualified = _PLENARY_SESSION.search(text, window_start, ordinals_end)
            elif (qualified is None or qualified.start() == ordinals_end) and word["kind"][:1] in "mM" and text[ordinals_end - 2 : ordinals_end] == "y ":
                # "the judges of the Dispute Tribunal, adopted at their eleventh plenary meeting",
                # "The twelfth plenary meeting of the judges": the numbered plenary meetings of a
                # body's members (a tribunal's judges), the body's gatherings; other plenary
                # meetings are sittings inside a session or a meeting, and not read here (E155)
                plenary = _PLENARY_SESSION.search(text, window_start, ordinals_end)
                if plenary is not None and _plenary_of_members(text, window_start, word.end()):
                    qualified = plenary
            ordinals_end = qualified.start() if qualified else ordinals_end
            open_ended = qualified is not None and text[qualified.start() : qualified.start() + 10].lower() == "open-ended"
        else:
            open_ended = False
        # Every ordinal ends in -st, -nd, -rd or -th right before the spaces before the word:
        # most words before "session" do not ("the session", "plenary meetings"), and the
        # search below is the costly part.
        before = text[window_start : ordinals_end]
        set_off = (
            _SET_OFF_ORDINAL.search(text, max(0, ordinals_end - 80), ordinals_end)
            if text[ordinals_end - 2 : ordinals_end] in (", ", ") ") and ("urrent" in before or "resent" in before) else None
        )
        if set_off is None and lowered is not None and (
            not before[-1:].isspace() or before.rstrip()[-2:].lower() not in _ORDINAL_ENDINGS
        ):
            continue
        m = set_off or _GATHERING_ORDINALS.search(text, window_start, ordinals_end)
        if m is None:
            continue
        ordinals_text = _ORD_SPLIT.findall(m["ords"])
        values = ordinal_run_values(m["ords"])
        if values is None or _COUNTED_FROM_AN_EVENT.match(text, word.end()):
            continue
        if m["det"] and m["det"].lower() in ("a", "an") and text[ordinals_end : word.start()].strip().lower() == "annual":
            continue  # "to hold a second annual session": a count of sessions in a year, no number of the series
        determiner = m["det"].lower() if m["det"] else None
        if determiner in ("a", "an") and _HOLD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "the Ad Hoc Expert Group shall hold a third and final meeting": the gathering a body
            # holds is its own, as "hold its third meeting" (E235)
            determiner = "its"
        mention = GatheringMention(
            m.start(), word.end(), values,
            "session" if word["kind"].lower().startswith("session") else "meeting",
            determiner,
            any(is_numeral(o) for o in ordinals_text),
            open_ended=open_ended,
        )
        of = _OF_THE.match(text, word.end())
        if of is None and text.startswith(" (", word.end()) and (year := _YEAR_IN_BRACKETS.match(text, word.end())) is not None:
            # "the 113th Session (2025) of the International Labour Conference": the year the
            # session met, in brackets between the session and its body
            of = _OF_THE.match(text, year.end())
        if of and of.end() in starts:
            body = starts[of.end()]
            mention.of_body = body
            mention.end = body.end
        elif (
            word.start() in starts and starts[word.start()].text[: word.end() - word.start()].lower() == word.group().lower()
            # "at its 15th Meeting": "Meeting" alone, a short name (SPLOS's), after "its" is the
            # subject's own gathering, not the Meeting's
            and not (starts[word.start()].end == word.end() and mention.determiner in ("its", "their"))
        ):
            # "the forty-fourth meeting of Chairs of the human rights treaty bodies": the body's own
            # name opens with the gathering word ("meeting of Chairs of ..."): its Nth gathering
            mention.of_body = starts[word.start()]
            mention.end = mention.of_body.end
        found.append(mention)
        if mention.of_body is not None and word["kind"].lower().endswith("s"):
            found.extend(_joint_sessions(text, mention, starts))
    if bodies:
        found += ordinal_named_sessions(text, bodies)
        found.sort(key=lambda g: g.start)
    return found


_AND_THE = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:of\s+)?(?:the\s+)?")


def _joint_sessions(text: str, first: GatheringMention, starts: dict[int, BodyMention]) -> list[GatheringMention]:
    """"the sixty-fourth sessions of the Subsidiary Body for Implementation and the Subsidiary
    Body for Scientific and Technological Advice": the same ordinal of each body named."""
    more = []
    end = first.end
    while (joined := _AND_THE.match(text, end)) is not None and joined.end() > end and joined.end() in starts:
        body = starts[joined.end()]
        more.append(GatheringMention(
            body.start, body.end, list(first.ordinals), first.word, first.determiner, first.numeral, of_body=body,
        ))
        end = body.end
    return more


def _named_by_other_body(
    text: str, mention: InstrumentMention, numbered_by: str | None, bodies: list[BodyMention]
) -> bool:
    """"General Assembly resolution 79/217": the body named right before the keyword issued the
    instrument; another body's convention that reads the same number ("{number}/{session}")
    does not hold for it."""
    if numbered_by is None:
        return False
    # "General Assembly resolutions 1514 (XV) ... and 1654 (XVI)": a list's later member is the
    # issuer's named before the list's keyword
    at = min(mention.start, mention.keyword_start)
    for b in bodies:
        if b.key is None or b.end > at or text[b.end : at].strip(" \t\u00a0'’s") != "":
            continue
        return b.key != numbered_by and not numbered_by.startswith(b.key + "/") and not b.key.startswith(numbered_by + "/")
    return False


def _another_kind_of_the_same_shape(text: str, plain: InstrumentMention, n: InstrumentMention) -> bool:
    """"resolution 65/182" in a report of a working group that numbers its decisions "15/1": the
    body's convention writes only the two numbers ("{session}/{number}", of decisions), and the
    keyword before them names another kind. The convention reads the digits of any instrument
    so shaped, the keyword says it is none of that body's: the default reading holds (whose
    resolution it is, the sentence or the document's default issuer tells, `resolve`)."""
    if plain.kind == n.kind or plain.keyword_start >= n.start:
        return False
    # the convention's match is the number alone: no keyword of its own was read with it
    written = text[n.start : n.end]
    return written[:1].isdigit() and written.replace(" ", "").replace("/", "").isalnum() and "/" in written


def _read_in_convention(
    plain: list[InstrumentMention],
    numbered: list[InstrumentMention],
    text: str = "",
    bodies: list[BodyMention] | None = None,
) -> list[InstrumentMention]:
    """"decisions BC-16/20 and SC-11/17": the default reading takes "BC-16" for a session
    (as of "S-30/1", a special session's), where a body's convention ("BC-{session}/{number}")
    reads session 16 of the Basel Conference. Where both read one number, the convention's
    reading holds, with what the default one found around it (the keyword, a date, a title);
    the numbered mentions left are those no keyword precedes ("BC-17/4: Work programme")."""
    left = []
    for n in numbered:
        overlapping = [m for m in plain if m.start <= n.start < m.end or n.start <= m.start < n.end]
        # "decisions X/1 to X/4": the members of a range share the last number's span; the one
        # of the same number is this one (not the first member, whose number it would overwrite)
        same = next((m for m in overlapping if m.number == n.number), overlapping[0] if overlapping else None)
        if same is None:
            # "General Assembly resolution 428 (V)": not the Security Council's "resolution
            # {number} ({session})", whose template reads the same shape
            if not (bodies and _named_by_other_body(text, n, n.numbered_by, bodies)):
                left.append(n)
            continue
        if bodies and _named_by_other_body(text, same, n.numbered_by, bodies):
            continue
        if _another_kind_of_the_same_shape(text, same, n):
            continue
        same.session, same.number, same.numbered_by = n.session, n.number, n.numbered_by
    return left


# a plural keyword ("resolutions", "decisions") at a list's keyword
# where a list may go on after its last number read by default: a comma or "and", then a digit
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=\d)")
# how much of the text after it a number of a convention may hold, with what follows it
_MEMBER_REACH = 48


def _lists_going_on(text: str, mentions: list[InstrumentMention]) -> Iterator[tuple[InstrumentMention, str, re.Match[str]]]:
    """The last member of each list of ``mentions`` that a plural keyword opens and that ends at a
    comma or "and" and a digit: the member, its keyword and a space ("resolutions "), the gap."""
    for n, mention in enumerate(mentions):
        if n + 1 < len(mentions) and mentions[n + 1].keyword_start == mention.keyword_start:
            continue  # not the list's last member
        keyword = _PLURAL_KEYWORD.match(text, mention.keyword_start)
        gap = _LIST_GOES_ON.match(text, _year_end(text, mention.end)) if keyword is not None else None
        if keyword is not None and gap is not None:
            yield mention, keyword.group(0) + " ", gap


def _members_in_another_convention(
    text: str, plain: list[InstrumentMention], numbered: list[InstrumentMention], numbering: NumberingFinder
) -> list[InstrumentMention]:
    """"by their concurrent resolutions 60/180 and 1645 (2005)", "resolutions 70/262 and 2282
    (2016)": one plural keyword lists the numbers of two organs, each in its own shape, the later
    one in a convention's ("{number} ({session})", the Security Council's) that the default list
    (`find_instruments`) does not read on to. Where a plural keyword's default list ends at a
    comma or "and" and a digit, the number there is read as if the keyword stood before it (the
    document's finder, with what it makes of the document's own numbers)."""
    found: list[InstrumentMention] = []
    for mention, lead, gap in _lists_going_on(text, plain):
        member = next(iter(numbering.find(lead + text[gap.end() : gap.end() + _MEMBER_REACH])), None)
        if member is None or member.start != 0 or member.end <= len(lead):
            continue
        end = gap.end() + member.end - len(lead)
        if any(m.start < end and gap.end() < m.end for m in [*numbered, *plain]):
            continue
        more = InstrumentMention(gap.end(), end, member.kind, member.session, member.number, mention.keyword_start, False, numbered_by=member.issuer)
        more.date, more.end = _date_after(text, end)
        found.append(more)
    return found


def _default_members_after_a_convention(text: str, numbered: list[InstrumentMention], plain: list[InstrumentMention]) -> list[InstrumentMention]:
    """"in resolutions 1645 (2005) and 60/180": the other way round from
    `_members_in_another_convention`, a convention's list ("{number} ({session})", the Security
    Council's) ends at a comma or "and" and a number the default reading takes ("60/180"), which
    no keyword precedes; the numbers from there are read as if the keyword stood before them (E219)."""
    found: list[InstrumentMention] = []
    for mention, lead, gap in _lists_going_on(text, numbered):
        if any(m.start <= gap.end() < m.end for m in [*numbered, *plain]):
            continue
        members = [m for m in find_instruments(lead + text[gap.end() : gap.end() + _MEMBER_REACH]) if m.keyword_start == 0]
        if not members or members[0].end <= len(lead):
            continue
        shift = gap.end() - len(lead)
        for member in members:
            member.start = max(member.start + shift, gap.end())
            member.end += shift
            member.keyword_start, member.first_in_list = mention.keyword_start, False
            member.title, member.title_span = None, None
        found += members
    return found


# --------------------------------------------------------------------------- all together


@dataclass
class SentenceRefs:
    bodies: list[BodyMention] = field(default_factory=list)
    instruments: list[InstrumentMention] = field(default_factory=list)
    gatherings: list[GatheringMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # bodies named in full inside an instrument's title: no reference, but the nearest namesake a
    # short name after them may stand for (`resolve.Scope.named_in_titles`, E261)
    in_titles: list[BodyMention] = field(default_factory=list)


# "resolutions 85/152 and 85/153, both adopted on 9 December 2030, the latter entitled "..."": the
# title of one of the two instruments just listed
_LATTER_OR_FORMER_ENTITLED = re.compile(r"(?:,|\s+and)\s+the\s+(?P<which>latter|former)\s+(?:being\s+)?entitled\s+[“\"](?P<title>[^”\"]{3,400})[”\"]")
# what may stand between the list and "the latter": its date or where it was adopted, one clause
_LIST_TO_LATTER = re.compile(
    r"^(?:,\s+(?:both\s+|each\s+)?(?:adopted|of|dated)\b[^,;.]{0,60})?(?:,\s+the\s+former\s+(?:being\s+)?entitled\s+[“\"][^”\"]{3,400}[”\"])?$"
)
_TWO_LISTED = re.compile(r"^\s*(?:,\s*)?and\s+$")


def _latter_or_former_entitled(text: str, instruments: list[InstrumentMention]) -> list[tuple[int, int]]:
    """Titles "the latter entitled" / "the former entitled" give the second or first of the two
    instruments listed right before; the spans of those titles."""
    spans = []
    for found in _LATTER_OR_FORMER_ENTITLED.finditer(text):
        before = [i for i in instruments if i.end <= found.start()]
        if len(before) < 2 or not _TWO_LISTED.match(text[before[-2].end : before[-1].start]):
            continue
        if not _LIST_TO_LATTER.match(text[before[-1].end : found.start()]):
            continue
        titled = before[-1] if found["which"] == "latter" else before[-2]
        if titled.title is None:
            titled.title = found["title"].strip()
            spans.append((found.start("title"), found.end("title")))
    return spans


def find_references(text: str, matcher: BodyMatcher, bodies: list[BodyMention] | None = None) -> SentenceRefs:
    """``bodies`` may be passed when the paragraph's were found already (offsets in ``text``)."""
    if bodies is None:
        bodies = matcher.find(text)
    instruments = find_instruments(text)
    numbered = find_numbered_instruments(text, matcher.numbering)
    symbol_numbered = matcher.symbol_numbered.among(matcher.unevidenced)
    if symbol_numbered.pattern is not None or symbol_numbered.own_symbols is not None:
        numbered += _known_by_symbol(text, numbered, symbol_numbered)
    if numbered and numbered[0].start == 0 and (listed := listed_title(text, matcher.numbering)) is not None:
        numbered[0].title = listed[1]  # "43 C/Resolution 26 – Bioethics programme", a related item
        numbered[0].title_span = (listed[0], len(text))
    if instruments and (mixed := _members_in_another_convention(text, instruments, numbered, matcher.numbering)):
        numbered = sorted(numbered + mixed, key=lambda i: i.start)
    if numbered and " and " in text and (after := _default_members_after_a_convention(text, numbered, instruments)):
        instruments = sorted(instruments + after, key=lambda i: i.start)
    if numbered:
        numbered = _read_in_convention(instruments, numbered, text, bodies)
        for n in numbered:
            on_title = title_after(text, n.end) if n.title is None and n.first_in_list else None
            if on_title is not None:
                # "resolution GC(68)/RES/11 on strengthening the Agency's ...": as after "7/1"
                n.title, n.title_span = on_title.title, (on_title.start, on_title.end)
                n.date = n.date or bracketed_adoption_day(text, on_title.end)
        instruments = sorted(instruments + numbered, key=lambda i: i.start)
    # A body name inside a title is part of the title, not a reference.
    quoted = [(i.start, i.end) for i in instruments if i.title and not i.title_span]
    quoted += [i.title_span for i in instruments if i.title_span]
    if "er entitled" in text and len(instruments) > 1:
        quoted += _latter_or_former_entitled(text, instruments)
    if quoted:
        # ("Decision 9 (EC-85) – Preparations for the twenty-first session of Congress": a session
        # the title names is still that body's; the body it is of stays a reference, E216)
        sessions_of = {
            g.of_body.start for g in find_gatherings(text, bodies)
            if g.of_body is not None and g.ordinals and any(s <= g.start < e for s, e in quoted)
        } if " of " in text else set()
        kept = [b for b in bodies if b.start in sessions_of or not any(s <= b.start < e for s, e in quoted)]
        in_titles = [b for b in bodies if b.key is not None and b not in kept]
        bodies = kept
    else:
        in_titles = []
    gatherings = find_gatherings(text, bodies)
    if matcher.year_named_regular and "egular" in text:
        # "First regular session" of a board whose document names it "the first regular session
        # 2035": no session of a numbered series
        gatherings = [g for g in gatherings if not _year_named_regular(text, g, matcher.year_named_regular)]
    return SentenceRefs(bodies, instruments, gatherings, find_dates(text), in_titles)


def _year_named_regular(text: str, g: GatheringMention, year_named: frozenset[int]) -> bool:
    return len(g.ordinals) == 1 and g.ordinals[0] in year_named and "regular" in text[g.start : g.end + 10].lower()


def shift(mentions: list[BodyMention], start: int, end: int) -> list[BodyMention]:
    """The mentions inside ``[start, end)``, with offsets relative to ``start``."""
    if start == 0:  # a paragraph's first sentence: the offsets stand (mentions are frozen)
        return [m for m in mentions if m.end <= end]
    return [
        BodyMention(m.start - start, m.end - start, m.text, m.key, m.short)
        for m in mentions
        if m.start >= start and m.end <= end
    ]


# `shortened_offices.shortenable_names` of a registry's bodies, made once per registry
_shortenable_names = of_registry(shortened_offices.shortenable_names)
# `initialled_names.initialled_bodies` of a registry's bodies, made once per registry
_initialled_bodies = of_registry(initialled_names.initialled_bodies)
