"""Stage 4, resolving: which body, instrument or gathering a reference means.

- A body's short name ("the Working Group", "the Commission") means the body of that short
  name named last in the paragraph, else the body the section is about, else the document's
  author or its one subsidiary of that name.
- An instrument's issuer is named before it ("General Assembly resolution 70/1"), after it
  ("decision 4/4 of the Conference of the Parties"), by the subject its "its" stands for
  ("the Commission on Narcotic Drugs, through its resolution 65/2"; "In its resolution 10/6,
  ... the Conference requested"), or by the list or keyword it continues ("General Assembly
  resolutions 66/180 ... and resolution 69/196"). A bare reference belongs to the author.
- A session or meeting belongs to the body named with it ("of the Working Group on
  Firearms"), to the subject of "its", or to the body of the gathering named just before.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from mandate_graph.graph.model import unpadded_number
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract import dates
from mandate_graph.loaders.extract.descriptive_names import GENERIC_WORDS
from mandate_graph.loaders.extract.meetings_of_parties import gathering_body_of_group
from mandate_graph.loaders.extract.ordinals import ORDINAL_OR_WORD
from mandate_graph.loaders.extract.numbering import numbers_default_shape_as_decisions, spaced_lower, writes_number_first
from mandate_graph.loaders.extract.patterns import DAY_OPENING, INSTRUMENT_PART_OF, ORGANS_OWN_TEXTS
from mandate_graph.loaders.extract.rules import gathering_lines, kind_words, named_holders, own_body_names, report_authors
from mandate_graph.loaders.extract.rules.instrument_subjects import cited_by_subject_instrument
from mandate_graph.loaders.extract.references import (
    BARE_KEYWORD,
    BodyMatcher,
    BodyMention,
    GatheringMention,
    InstrumentMention,
    SentenceRefs,
)


@dataclass
class Scope:
    """What the text around a sentence has established."""

    registry: BodyRegistry
    matcher: BodyMatcher
    author: str | None
    focus: str | None = None  # the subsidiary body the section is about
    # "Report of the Committee against Torture" as the masthead's title of a document another body
    # issued (the Assembly's supplement A/80/44): a bare "the eightieth session" is that
    # committee's, not the issuer's
    reporting_body: str | None = None
    recent: list[str] = field(default_factory=list)  # bodies named in the paragraph, in order
    # the bodies the paragraph last named in full only in passing, after a preposition ("share its
    # findings with the Committee for Programme and Coordination"): a short name stands for such a
    # namesake only when the paragraph named no other one otherwise (`short`)
    in_passing: set[str] = field(default_factory=set)
    # the bodies the paragraph named in full inside an instrument's title ("resolution 36/7,
    # entitled "Methods of work of the Commission on the Status of Women""), each with the number
    # of `recent` bodies named before it: no reference, but a short name's nearest namesake where
    # the paragraph named the others only in passing (`short`, E261)
    named_in_titles: list[tuple[str, int]] = field(default_factory=list)
    # the bodies the paragraph last named in full not in passing (what a clause is about), E261
    named_as_subject: set[str] = field(default_factory=set)
    last_gathering_body: str | None = None
    default_issuer: str | None = None  # author, or the issuer of the instrument being quoted
    speaking: str | None = None  # the issuer of the instrument whose own text is being read
    # Bodies that issue instruments, in the order the document last named them: what an
    # ambiguous "Commission resolution 31/1" means (the Commission named last).
    named_issuers: list[str] = field(default_factory=list)
    # The bodies whose session or meeting the document reports on or is for (its masthead's):
    # their numbered meetings ("The Working Group, at its 2nd meeting, adopted") are sittings
    # inside that gathering.
    gathered_here: frozenset[str] = frozenset()
    # (body, ordinal, term) of the gatherings the masthead names: "The forty-fifth session will be
    # held ..." in a note for the forty-fifth session is that session, whoever the paragraph named
    masthead_gatherings: frozenset[tuple[str, int, str]] = frozenset()
    # the days the masthead gives each of them: a report to the General Assembly on a committee's
    # "Eightieth session (7–30 April 2025)" under "Official Records / Eightieth Session" names two
    # eightieth sessions, and the line's days say which it is
    masthead_gathering_days: frozenset[tuple[str, int, str, object]] = frozenset()
    # (body, ordinal) of the sessions the masthead writes in figures ("126th session (17 November–5
    # December 2033)" on a title page): a body that numbers its sessions so
    masthead_sessions_in_figures: frozenset[tuple[str, int]] = frozenset()
    # The issuer the document named with each instrument number ("By its resolution 86/266 ...,
    # the General Assembly"): a later bare "resolution 86/266" is the same instrument.
    numbered_issuers: dict[tuple[str, str, str], str] = field(default_factory=dict)
    # The shapes of the numbers the document named with their issuer, per issuer: True for a
    # session written as a year ("Council decision 2031/242"), False for a session number
    # ("General Assembly resolution 69/313"); `_issuer_whose_numbering_fits` (E155)
    numbering_shapes: dict[str, set[bool]] = field(default_factory=dict)
    # (kind, session, number) of the bare numbers given the default issuer before the document had
    # shown any number of that issuer's: `issuer_by_the_whole_numbering` looks at them again once
    # the whole document is read (E191)
    defaulted_unshown: set[tuple[str, str, str, str]] = field(default_factory=set)
    # "Revised estimates resulting from resolutions and decisions adopted by the Human Rights
    # Council at its eighty-third session": the session whose instruments the document's title says
    # it is about, by the ordinal its numbers open with ("83" → the Council): a bare "Resolution
    # 83/9" of the text is that body's, not the author's (E161)
    titled_sessions: dict[str, str] = field(default_factory=dict)
    # "the eighteenth session of the Conference of the Parties to the Convention to Combat
    # Desertification (COP 18)": the abbreviation a text defines for a body's sessions, and
    # that body, which "COP 18" means later in the text whatever other body "COP" may name
    abbreviations: dict[str, str] = field(default_factory=dict)
    # (word, ordinals) -> the bodies whose gathering of that number the part of the document being
    # read (a section, or an instrument's text) has named: "the sixteenth session" after "the
    # sixteenth session of the World Urban Forum" is the Forum's when no other body's was named
    gatherings_named_in_part: dict[tuple[str, tuple[int, ...]], set[str]] = field(default_factory=dict)
    # ... and in the whole document read so far
    gatherings_named: dict[tuple[str, tuple[int, ...]], set[str]] = field(default_factory=dict)
    # the whole document (its text as cleaned): `document_lowered` reads whether it names a body
    # in full anywhere
    document_text: str = ""
    # the bodies the document names by a full name or alias somewhere (not by a short name):
    # which of several bodies sharing a short name "the Committee" means when nothing nearer says
    named_in_full: frozenset[str] = frozenset()
    # ... and the index of the last heading before the paragraph being read that opens on each's
    # name: "the Committee" of a Repertoire's section on one of two committees (E163)
    named_in_full_at: dict[str, int] = field(default_factory=dict)
    # the bodies the document itself creates ("an advisory panel of five independent experts on
    # ..."): no stranger's, whatever their name as the reader keeps it (E106)
    born: set[str] = field(default_factory=set)
    # the document is the record of a sitting of the author's ("Summary record of the third
    # meeting"): the author is the one body its members speak of by a word of its name (E157)
    record_of_author: bool = False
    # the body the last sentence that opened on one named, across the paragraphs of the part being
    # read ("The Board was established in 1978 ..." / "The 97th session was held in New York ..."):
    # whose gathering a sentence that opens on "The Nth session was held" tells of
    subject_before: str | None = None
    # where the sentence being read starts in the document's cleaned text, and the bodies the
    # document named so far by where their mention starts (its end, the body, whether by a short
    # name): "The Group held its second session" is the body the text last named of that kind
    # (`_kind_named_last`, E190)
    position: int = 0
    named_at: dict[int, tuple[int, str, bool]] = field(default_factory=dict)
    # the body whose "plenary sessions" the document last numbered with its name ("the 80th plenary
    # session of the Conference"): a later "the 79th plenary session" in figures, no body named, is
    # that body's too (E144)
    plenary_series: str | None = None
    # the secretariat of the author's organization, where the reference data has none and the
    # shipped "Secretariat" is a stranger's to the document (`own_secretariat`, E115)
    own_secretariat: str | None = None
    # the top bodies (organizations) of the bodies the document names by a name of their own, not
    # by generic words alone (E115): a stranger's generic name is theirs where they are named
    organizations_named: frozenset[str] = frozenset()
    # `_of_a_stranger`'s answers for this document, per body and author (each "the Commission" of a
    # document asks again about the same few bodies, and the answer reads the whole text)
    _stranger_answers: dict[tuple[str, str | None], bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    # `own_organ_by_its_head`'s answers per organization and word ("" for none)
    _head_answers: dict[tuple[str, str], tuple[str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # `of_authors_organization`'s answers, with the bodies each was read from
    _organization_answers: dict[tuple[str, bool], tuple[Body, tuple[Body, ...], bool]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # the author and its parents as last read (`_authors_lineage`): one tuple while they are the
    # same bodies, so that a kept answer is checked by one identity test
    _lineage: tuple[Body, ...] = field(default=(), init=False, repr=False, compare=False)
    # the names of the lineage `_lineage` last gave, lower case, a line each (`_of_organization`)
    _lineage_names: tuple[tuple[Body, ...] | None, str] = field(default=(None, ""), init=False, repr=False, compare=False)

    def default_issuer_of(self, kind: str) -> str | None:
        """The issuer a bare number of ``kind`` means here: ``default_issuer``, except a
        "resolution" where that body's reference data numbers decisions in the default shape and
        no resolutions (`numbering.numbers_default_shape_as_decisions`): a working group's report
        recalling "resolution 65/182" cites its parent's resolution, not its own (it has none);
        the nearest body above it that issues instruments. A body with no such parent keeps the
        number (nothing says whose else it is)."""
        issuer = self.default_issuer
        if kind != "resolution" or issuer is None:
            return issuer
        body = self.registry.bodies.get(issuer)
        if body is None or body.parent is None or not numbers_default_shape_as_decisions(body):
            return issuer
        return self.registry.issuer_for(body.parent) or issuer

    @property
    def document_lowered(self) -> str:
        """The whole document in lower case, spaces collapsed (`numbering.spaced_lower`, kept for
        the last documents): made when a rule first asks, which few documents' do."""
        return spaced_lower(self.document_text)

    def short(self, mention: BodyMention) -> str | None:
        """The body a short name or descriptor stands for here."""
        name = mention.short or ""
        candidates = self.candidates(name)
        titled = tuple(k for k in self.matcher.titled.get(name, ()) if k not in self.matcher.unevidenced)
        headed = self.own_organ_by_its_head(mention, candidates)
        if not candidates and not titled:
            # ("the Executive Council" in a resolution of the World Meteorological Organization's,
            # the other organization whose council the data calls so not evidenced: that
            # organization's "Executive Council of ...", E213)
            return headed or self.organ_of_authors_organization(name)
        if candidates and kind_words.generic_name(name):
            # "the Conference" in a document of another treaty, or of no known author, that never
            # points to the crime convention's Conference: no candidate, whichever way below would
            # take it (the one top body of that short name, "a child" of no author) (E115)
            candidates = [k for k in candidates if not self._generic_stranger(name, k)]
            if not candidates and not titled:
                return headed
            if len(candidates) > 1:
                # "the group of experts" in a 1540 Committee document, a DRC sanctions committee's
                # group also called "Group of Experts" by a user's file: the generic words are the
                # group's whose own family (itself, or the bodies above it that it shares with no
                # other candidate) the document names, where it names some but not all (E163)
                candidates = self._of_families_named(candidates)
        if _written_in_lower_case(mention.text) and kind_words.kind_word_alone(mention.text) and (
            (again := self.kind_named_last_before(name, self.position + mention.start)) is not None
        ):
            # "Having considered the report of the effectiveness evaluation committee ..." / "2.
            # Requests the committee to prepare ...": the kind word in lower case names again the
            # body of that kind the text named last, not the body the data calls "the Committee"
            # in capitals (E195)
            return again
        named = [key for key in reversed(self.recent) if key in candidates or key in titled]
        if named:
            # the namesake the paragraph named last, but not one named only in passing when it named
            # another otherwise: "the Assembly invited the Committee to share its findings with the
            # Committee for Programme and Coordination. ... the Committee was requested" is the one
            # invited
            if not any(key in self.named_as_subject for key in named) and (titled_after := self._named_in_a_title_after(named[0], candidates)) is not None:
                # "adopted on the recommendation of the Commission on Narcotic Drugs ... before the
                # eightieth session of the Commission. Resolution 36/7, entitled "... of the
                # Commission on the Status of Women", was adopted; a proposal to hold the
                # eighty-first session of the Commission": where the paragraph named no namesake
                # in full as what a clause is about (only in passing, or told back by its short
                # name), the nearest full name, a title's too (E261)
                return titled_after
            return next((key for key in named if key not in self.in_passing), named[0])
        if candidates and (titled_here := [k for k, _ in self.named_in_titles if k in candidates]):
            # the paragraph named no namesake but inside a title: the nearest (E261)
            return titled_here[-1]
        if headed is not None:
            return headed
        if candidates and mention.text[:1].isupper() and (again := self.named_in_full_last_before(name, candidates)) is not None:
            return again
        if (own := self._own_head_noun(name, mention.text, candidates)) is not None:
            # "requests the expert working group to report to the Assembly at its sixth session" in
            # a resolution of the United Nations Habitat Assembly, the paragraph naming no other
            # assembly: the author, called by the noun its own name ends in (as "the Conference" in a
            # COP's decision), not the one body the data calls "the Assembly" (E211)
            return own
        if self.recent and len(candidates) > 1 and mention.text[:1].isupper():
            # "the Group called upon its Bureau": of the bodies of that name, the one under the body
            # the paragraph named last (its parent's own); an organ named so, in capitals ("the
            # Assembly decided to establish an open-ended working group": a new one, no organ's)
            below = [k for k in candidates if self.registry.bodies[k].parent == self.recent[-1]]
            if len(below) == 1:
                return below[0]
        if self.focus in candidates and not any(k in candidates for k in self.named_issuers):
            return self.focus
        if self.author in candidates:
            return self.author
        if self.reporting_body in candidates:
            # "the Committee" in the "Report of the First Committee" under the General Assembly's
            # masthead, in a section naming no committee (nor the one it is about) in full, the
            # report naming the General Committee too: the body whose report the document is
            return self.reporting_body
        # "the Conference" in a working group's note: the body the group belongs to.
        ancestor = self.registry.bodies[self.author].parent if self.author in self.registry.bodies else None
        while ancestor is not None:
            if ancestor in candidates:
                return ancestor
            ancestor = self.registry.bodies[ancestor].parent if ancestor in self.registry.bodies else None
        # "the Executive Director" in a document of the United Nations Environment Assembly of the
        # United Nations Environment Programme: the Executive Director of that Programme.
        own_office = self.own_office(name)
        if own_office is not None:
            return own_office
        if (organ := self.organ_of_authors_organization(name)) is not None and organ not in candidates:
            # "the Executive Council at its eighty-fourth session" in a decision of a regional
            # association of the World Meteorological Organization: the "Executive Council of the
            # World Meteorological Organization" (its short name "Council"), not another
            # organisation's body whose short name is "Executive Council"
            return organ
        children = [k for k in candidates if self.registry.bodies[k].parent == self.author]
        in_full = [k for k in candidates if k in self.named_in_full]
        if (
            len(in_full) > 1
            and any(k in children for k in in_full)
            and any(k not in children for k in in_full)
            and (first := self.the_one_named_in_full_first(in_full)) is not None
        ):
            # "the Commission" in an ECOSOC resolution on ESCAP's structure, which a user's data
            # loads with no parent, the ECE under the Council: of the bodies of that short name the
            # text names in full, the one it names first (E230), whoever's child it is; where none
            # is the author's child, the one named last before (an Assembly resolution noting a CND
            # and then a CCPCJ resolution: "the Commission at its seventy-first session" is the CCPCJ)
            return first
        if children and len(in_full) == 1 and in_full[0] not in children and mention.text[:1].isupper() and not any(
            k in self.named_in_full or _own_name(self.registry.bodies[k]) in self.document_lowered for k in children
        ):
            # "The report of the Advisory Committee on its fifty-ninth session is contained in
            # document X" in the ICSC's annual report, issued as an Assembly document, which named the
            # Commission's "Advisory Committee on Post Adjustment Questions" in full and never the
            # Assembly's own Advisory Committee: the one bearer of the short name the text named (E291);
            # written in capitals, as a name ("its secretariat" stays the author's own)
            return in_full[0]
        if len(children) == 1:
            return children[0]
        if len(children) > 1 and (one := self.the_one_here(children)) is not None:
            # "the Working Group" in a checklist headed "HUMAN RIGHTS COUNCIL" / "Working Group on
            # the Universal Periodic Review" / "Fifty-second session", the Council having another
            # working group: the one whose session the document is for, or the one it names in
            # full; not a working group of a body further up (the Assembly's), which nothing names
            return one
        if not children and self.author is not None:
            # "the Bureau" in a document the organisation itself issues (WFP's, whose Executive
            # Board has the only bureau under WFP): the one body of that name below the author
            below = [k for k in candidates if self._descends_from(k, self.author)]
            if len(below) == 1:
                return self._named_by_its_own_name_over(below[0], candidates) or below[0]
        # (several of the author's own by that name, none of them told apart above: never a body of
        # the author's parent's that the climb below would find alone at its level, as the General
        # Assembly's working group on another agency's financing is; a nearer generation holds several)
        # "the Executive Director" in a decision of UNICEF's Executive Board: the one of the
        # author's nearest family, a child of the body the author belongs to (of its parent's
        # parent, and so on up).
        ancestor = self.registry.bodies[self.author].parent if self.author in self.registry.bodies and len(children) < 2 else None
        if self.author is None and self.speaking in self.registry.bodies:
            # "4.2 Requests the Executive Director" among decision points forwarded by e-mail (no
            # author): the family of the board whose points they are decides, as an author's would
            ancestor = self.registry.bodies[self.speaking].parent
        seen: set[str] = set()
        while ancestor is not None and ancestor not in seen:
            seen.add(ancestor)
            relatives = [k for k in candidates if self.registry.bodies[k].parent == ancestor]
            if len(relatives) == 1:
                return relatives[0]
            if relatives:
                # "the Regional Director" in a resolution of WHO's Regional Committee for Europe,
                # the reference data knowing the Regional Directors for Europe, for Africa and for
                # the Eastern Mediterranean: the one whose qualifier the author's name holds (E112)
                qualified = self.qualified_as_author(relatives) or self.the_one_written_in_full(relatives)
                if qualified is not None:
                    return qualified
                break  # several of them: the context must say which
            ancestor = self.registry.bodies[ancestor].parent if ancestor in self.registry.bodies else None
        # "the Commission" in a General Assembly resolution, after "Commission on Crime
        # Prevention and Criminal Justice resolution 35/2": the one of them the text named last.
        named = [k for k in self.named_issuers if k in candidates]
        if named:
            return named[-1]
        if len(candidates) > 1 and (organ := self.organ_of_an_issuer_named(candidates)) is not None:
            return organ
        if self.focus in candidates:
            return self.focus
        if len(candidates) == 1:
            if kind_words.kind_word_alone(name) and candidates[0] not in self.born and _of_a_stranger(candidates[0], self) and (
                candidates[0] not in self.matcher.organisation_of
            ):
                # "the Forum", "the Bureau", "the Mechanism" in a document of another organization
                # than the one body's that shipped data calls so, which the document never names:
                # the document's own forum, bureau or mechanism, unknown to the reference data (E109)
                return None
            if _a_shipped_office_by_its_title(name, self.registry.bodies[candidates[0]]) and self._of_a_users_author() and (
                candidates[0] not in self.born and _of_a_stranger(candidates[0], self)
            ):
                # "asked the Executive Director to report" in the report of a commission, or the
                # minutes of a Board, that a user's file describes and that never names the Office
                # on Drugs and Crime: the officer of the document's own organization, whom the
                # reference data lacks, not the one shipped office of that title. The shipped
                # bodies' documents (the Assembly's, the crime conventions' conferences') keep the
                # office the shipped data declares by that title (E240)
                return None
            return candidates[0]
        across = self.across_organizations(name, candidates) if candidates else None
        if across is not None:
            return across
        # "the Executive Secretary" in a resolution of the Economic Commission for Africa, the
        # executive secretaries of the other regional commissions known too: the one whose
        # qualifier the author's name holds, when the document names none of them in full (E112)
        return (
            self.the_one_named_in_full(candidates)
            or (self.qualified_as_author(candidates) if len(candidates) > 1 else None)
            or self.the_one_named_in_full_last(candidates)
        )

    def organ_of_an_issuer_named(self, candidates: list[str]) -> str | None:
        """"the Council, at its 136th session" in an IMO Assembly resolution pasted into an e-mail
        (no author), the data knowing the Councils of ITU and of ICAO too: of the bodies of that
        short name, the one organ of the organization whose bodies the paragraph names or whose
        instrument speaks (the Assembly, its Maritime Safety Committee), when only one is; not a
        body at the top of its own line (the Security Council), which no family here holds (E263)."""
        here = {*self.named_issuers, *self.recent, *([self.speaking] if self.speaking else [])}
        families = {self.top(k) for k in here if k in self.registry.bodies}
        under = [k for k in candidates if self.registry.bodies[k].parent is not None and self.top(k) in families]
        return under[0] if len(under) == 1 else None

    def _of_a_users_author(self) -> bool:
        """Whether the document's author is a body a user's file adds (`Body.added`), or unknown."""
        author = self.registry.bodies.get(self.author or "")
        return author is None or author.added

    def _own_head_noun(self, name: str, written: str, candidates: list[str]) -> str | None:
        """The issuer of the instrument being read (else the author), when ``name``, a kind of body
        alone written with a capital ("Assembly"), is the noun its own name ends in and it is none of
        the bodies the data calls so."""
        if " " in name.strip() or not kind_words.generic_name(name) or not written.split()[-1][:1].isupper():
            return None
        noun = name.strip().lower()
        # ("the Committee had before it" in the "Report of the Sixth Committee" under the Assembly's
        # masthead, outside the draft it recommends: the Main Committee whose report it is, not the
        # General Committee the data calls "the Committee", E285)
        for key in (self.speaking or self.author, None if self.speaking else self.reporting_body):
            own = self.registry.bodies.get(key or "")
            if own is not None and key not in candidates and any(_head_noun(n) == noun for n in own.names):
                return key
        return None

    def kind_named_last_before(self, kind: str, at: int) -> str | None:
        """The known body the text named last before ``at`` whose name answers to the kind word
        ``kind``, when the text wrote that name in lower case ("committee" of "the effectiveness
        evaluation committee"): the word in lower case names it again. None when the last body of
        that kind was named in capitals ("the Working Group on X" over "the working group")."""
        for start in sorted(self.named_at, reverse=True):
            end, key, short = self.named_at[start]
            if start < at and key in self.registry.bodies and _answers(kind, self.registry.bodies[key]):
                written = self.document_text[start:end]
                return key if not short and written.islower() and " " in written.strip() else None
        return None

    def named_in_full_last_before(self, kind: str, candidates: list[str]) -> str | None:
        """"The Tides Committee held its ninth session in Bangkok. The Committee will hold its tenth
        session in Manila": the known body the document named last by a full name whose
        head noun is the kind word ``kind`` written in capitals, alone ("Committee"), where the bodies
        the data calls so (``candidates``: the Commission's "Committee on Coastal Data", short name
        "Committee") are none of it, nor the author's, the document's focus or the speaker's, and the
        document names none of them in full (E219, what E212 left): the body told back is the one the
        text named, not one the reference data loads under that short name."""
        words = kind.split()
        if not (
            kind_words.generic_name(kind) if len(words) == 1
            # "the Advisory Group" for the "Advisory Group on Early Warnings for All" the text named,
            # the data's "Advisory Group" another organisation's group it never names (E251): a
            # kind word after words of what the body does, the name's head
            # (the caller asks only of a name written in capitals; not a whole name of generic words,
            # "the Executive Council", "the General Assembly", which is an organ's own, E115)
            else len(words) <= 3 and kind_words.generic_name(words[-1]) and not kind_words.generic_name(kind)
        ):
            return None
        if any(k in (self.author, self.focus, self.speaking) for k in candidates):
            return None
        lowered = self.document_lowered
        named_later = any(k in self.named_in_full or _own_name(self.registry.bodies[k]) in lowered for k in candidates)
        if named_later and any(k == end_key_short[1] for end_key_short in self.named_at.values() for k in candidates):
            return None
        noun = kind.strip().lower()

        def headed(keys: Iterable[str]) -> set[str]:
            # (each key asked once: the document's full names repeat the same few bodies, P4)
            return {
                k for k in set(keys) if k not in candidates and (body := self.registry.bodies.get(k)) is not None and any(
                    _head_noun(n) == noun if len(words) == 1 else _head_phrase_ends(n, noun) for n in body.names
                )
            }

        # the paragraph's bodies so far (this sentence's among them), else those the document named in
        # full before (`record_named` records a sentence's after its bodies are resolved); one only:
        # "thanked the Tides Committee and the Currents Committee. … requested the Committee" names neither
        named = headed(self.recent) or headed(end_key_short[1] for end_key_short in self.named_at.values() if not end_key_short[2])
        if len(named) != 1:
            return None
        told = named.pop()
        if named_later and sum(1 for _, key, short in self.named_at.values() if key == told and not short) < 2:
            # a body the data calls so is named in full further on (the Executive Board of a fund in
            # the Board of Auditors' summary, paragraph 5): "the Board" before it is the body the
            # document has been about, named in full twice at least before it (E279)
            return None
        return told

    def _of_families_named(self, candidates: list[str]) -> list[str]:
        """Of several bodies a generic short name may stand for, those whose own family the
        document names by a full name or alias: an ancestor that is no ancestor of every candidate
        (the committee a group of experts assists, not the Council above both committees). All of
        them where the document names every family or none, where they are of one family (two
        task forces of one meeting of the parties, one of them named in full: the body named last
        says which), where one is right under the ancestors all share (the Assembly's working group
        among its subsidiaries' working groups), or of several organizations (E115's reading of
        strangers): the ways of `short` choose then, as before."""
        lineages = [self._line_up(k)[1:] for k in candidates]
        if len({line[-1] if line else k for k, line in zip(candidates, lineages)}) > 1:
            return candidates  # bodies of several organizations: E115's strangers, the ways of `short`
        shared = set.intersection(*(set(line) for line in lineages))
        if any(all(b in shared for b in line) for line in lineages):
            # a candidate right under the ancestors all share (the Assembly's own working group
            # among those of its subsidiaries'): no family of its own to be named or not
            return candidates
        named = [
            k for k, line in zip(candidates, lineages)
            if any(b in self.named_in_full for b in line if b not in shared)
        ]
        return named if named and len(named) < len(candidates) else candidates

    def _line_up(self, key: str) -> list[str]:
        """``key`` and its parent, its parent's parent, and so on up."""
        line = [key]
        parent = self.registry.bodies[key].parent if key in self.registry.bodies else None
        while parent is not None and parent not in line:
            line.append(parent)
            parent = self.registry.bodies[parent].parent if parent in self.registry.bodies else None
        return line

    def own_organ_by_its_head(self, mention: BodyMention, candidates: list[str]) -> str | None:
        """"the Conference" in a news story of an organization whose organ is called "General
        Conference" (its short name): the one body of the organization of the body the part is
        about (else of the author) whose short name ends on that capitalised word, where no body
        of that organization carries the word itself as its short name. Another organization's
        "Conference" (FAO's) is that one's only where the text names it."""
        name = mention.short or ""
        # (the body the part is about, else the author: a news story's author is often unknown or
        # guessed from another body it names, its lead's session is its subject)
        about = self.focus or self.author
        if about is None or not name or " " in name or not mention.text[:1].isupper():
            return None
        family = self.top(about)
        if any(self.top(k) == family for k in candidates):
            return None  # the organization has a body of that short name: the ways below choose
        if self.the_one_written_in_full(candidates) is not None:
            # "the Group" in the report of the "Joint Advisory Group on the International Trade
            # Centre" (short name "Group"), a part about the Trade and Development Board's decision:
            # the document names that body in full, not the Board's "Working Group" (E255)
            return None
        kept = self._head_answers.get((family, name))
        if kept is None:
            ending = " " + name
            owners = {
                k for short, keys in self.matcher.shorts.items() if short.endswith(ending)
                for k in keys if k not in self.matcher.unevidenced and self.top(k) == family
            }
            kept = self._head_answers[(family, name)] = (owners.pop() if len(owners) == 1 else "",)
        return kept[0] or None

    def qualified_as_author(self, candidates: list[str]) -> str | None:
        """Of several bodies of one organization sharing a short name and told apart by a
        qualifier ("Regional Director for Europe" / "for Africa"; "Executive Secretary of the
        Economic Commission for Africa" / "for Europe"), the one whose qualifier the author or a
        body it belongs to also carries ("Regional Committee for Europe"): the words a full name
        of it holds that no other candidate's name holds, all found among the words of the
        author's lineage. None when no candidate's, or more than one's, are."""
        lineage = self._authors_lineage()
        if not lineage:
            return None
        return _qualified_by(
            tuple(self.registry.bodies[k].names for k in candidates), tuple(body.names for body in lineage), tuple(candidates)
        )

    def _generic_stranger(self, name: str, key: str) -> bool:
        """Whether the short name ``name``, generic, is a shipped body's that the document does not
        point to (`generic_alias_of_a_stranger`'s test for a short name)."""
        return (
            key not in self.born and key not in self.matcher.organisation_of
            and _generic_shipped(name, key, self) and _of_a_stranger(key, self)
        )

    def _named_by_its_own_name_over(self, key: str, candidates: list[str]) -> str | None:
        """The one other of ``candidates`` that the document names by its own full name (the name
        the reference data gives it first), where it never names ``key`` so: "the Board" of a
        General Assembly report on the work of the "Advisory Board on Disarmament Matters" is
        that Board, not the board of trustees of a fund of the Assembly that a user's file adds
        and the report never names (E159): of bodies sharing a short name, the one the document
        is about."""
        lowered = self.document_lowered
        if _own_name(self.registry.bodies[key]) in lowered:
            return None
        named = [k for k in candidates if k != key and _own_name(self.registry.bodies[k]) in lowered]
        return named[0] if len(named) == 1 else None

    def the_one_here(self, candidates: list[str]) -> str | None:
        """Of several bodies sharing a name, the one whose gathering the document is for (its
        masthead's), else the one it names in full; None when neither tells one apart."""
        here = [k for k in candidates if k in self.gathered_here]
        return here[0] if len(here) == 1 else self.the_one_named_in_full(candidates)

    def the_one_named_in_full(self, candidates: list[str]) -> str | None:
        """"the Committee" in a letter of the Chair of the "Security Council Committee pursuant to
        resolution 1267 (1999)", where the reference data knows several committees of the Council:
        the one of them the document names in full, when it names only one."""
        named = [k for k in candidates if k in self.named_in_full]
        return named[0] if len(named) == 1 else None

    def the_one_named_in_full_first(self, candidates: list[str]) -> str | None:
        """"the Commission" in an ECOSOC resolution on ESCAP's structure that names ESCAP in its
        title and the ECE in full only in a later paragraph ("in consultation with the Economic
        Commission for Europe"): of the candidates the document names in full, the one whose full
        name the text writes first (E230): the body the text is about, met before any other."""
        first: list[tuple[int, str]] = []
        for k in candidates:
            if k not in self.named_in_full:
                continue
            found = [at for name in self.registry.bodies[k].names if " " in name and (at := _written_at(name, self.document_text)) is not None]
            if found:
                first.append((min(found), k))
        first.sort()
        return first[0][1] if len(first) == 1 or len(first) > 1 and first[0][0] < first[1][0] else None

    def _named_in_a_title_after(self, last: str, candidates: list[str]) -> str | None:
        """The candidate a title named in full after ``last`` was last named in `recent`, the
        nearest such; None where none was."""
        after = len(self.recent) - self.recent[::-1].index(last) if last in self.recent else 0
        found = [k for k, at in self.named_in_titles if at >= after and k in candidates and k != last]
        return found[-1] if found else None

    def the_one_written_in_full(self, candidates: list[str]) -> str | None:
        """"the Centre" in an information note of a regional commission's committee that speaks of
        "the Governing Council of the Asian and Pacific Centre for the Development of Disaster
        Information Management", the commission having two centres: of several bodies sharing a
        short name, the one whose own name the document writes, alone or inside a longer name (the
        body the document is about), where it writes one only (E207)."""
        named = [k for k in candidates if k in self.named_in_full]
        if not named:
            lowered = self.document_lowered
            named = [k for k in candidates if " " in _own_name(self.registry.bodies[k]) and _own_name(self.registry.bodies[k]) in lowered]
        return named[0] if len(named) == 1 else None

    def the_one_named_in_full_last(self, candidates: list[str]) -> str | None:
        """"the Committee" in section B of a Repertoire extract whose section A named another
        committee of the Council in full: of the candidates, the one a heading before this
        paragraph opens on last ("B. Committee established pursuant to resolution 2127 (2013) ..."),
        where nothing else tells them apart (E163): its section is about that body, and goes on
        with its short name. A body named in a section's text, or in a heading that is about
        something else ("Recommendations adopted by the Working Group on ..."), says nothing of
        the next section's "the Working Group" (a session report's section on a protocol)."""
        at = self.named_in_full_at
        named = sorted((at[k], k) for k in candidates if k in at)
        if not named or len(named) > 1 and named[-1][0] == named[-2][0]:
            return None  # none named before, or two in the same paragraph: nothing says which
        return named[-1][1]

    def _descends_from(self, key: str, ancestor: str) -> bool:
        return self.registry.descends_from(key, ancestor)

    def candidates(self, short: str) -> list[str]:
        """The bodies a short name may stand for in this document: those of the reference data
        that carry it, but not a body of an organisation the document gives no evidence of ("the
        Group" of a corruption convention's review group in a desertification decision)."""
        unevidenced = self.matcher.unevidenced
        return [k for k in self.matcher.standing_for(short) if k not in unevidenced]

    def across_organizations(self, name: str, candidates: list[str]) -> str | None:
        """A title several organizations' officers or organs carry ("the Secretary-General" of
        the United Nations, of IMO, of WMO): the one whose name says it is of the author's
        organization ("Secretary-General of the World Meteorological Organization" in a
        document of the "Executive Council of the World Meteorological Organization"); where
        none is, the body whose own name the title is (the United Nations "Secretary-General"),
        as the others are named so only inside their own organization."""
        tops = [self.top(k) for k in candidates]
        if len(set(tops)) < len(tops):
            return None  # several of one organization ("the Working Group"): the context must say
        own = [k for k in candidates if self.of_authors_organization(k, specific=True)]
        if len(own) == 1:
            return own[0]
        owner = candidates[0]  # `references._matcher_for` puts a body bearing the name first
        if own or name not in {" ".join(n.lower().split()) for n in self.registry.bodies[owner].names}:
            return None  # a short name only ("the Working Group"): the context must say which
        return owner


    def top(self, key: str) -> str:
        """The body at the top of ``key``'s line of parents: its organization."""
        seen = {key}
        while (body := self.registry.bodies.get(key)) is not None and body.parent is not None and body.parent not in seen:
            key = body.parent
            seen.add(key)
        return key

    def own_office(self, title: str) -> str | None:
        """The one body named ``title`` "of" the author's organization, if the reference data
        has one: "the Executive Director" in a document of the United Nations Environment
        Assembly of the United Nations Environment Programme is that Programme's. Never a body
        of an organization the document gives no evidence of: "General Assembly of the States
        Parties" to a heritage convention is no office of a law-of-the-sea meeting of States
        parties that writes "General Assembly resolution 85/71" (E96)."""
        unevidenced = self.matcher.unevidenced
        lineage = self._authors_lineage()  # (read once: nothing below changes the bodies)
        of_organization = self._of_organization
        own = [
            k for k in self.matcher.titled.get(title, ())
            # (the author's own name naming the organization specifically is evidence enough:
            # "secretariat of the Convention on Ozone Gardens" in its Conference's note)
            if (k not in unevidenced or of_organization(k, True, lineage)) and of_organization(k, False, lineage) and (of_organization(k, True, lineage) or self.below_authors_lineage(k))
        ]
        if len(own) > 1:
            # "the Executive Director" in a report to the "Executive Board of UNDP, UNFPA and UNOPS",
            # whose name names three organizations: the one whose organization the text is about
            # (the part's body) or that the paragraph named ("UNFPA - Annual report of the Executive Director") (E166)
            about = {self.focus, *self.recent}
            near = [k for k in own if self.registry.bodies[k].parent in about]
            return near[0] if len(near) == 1 else None
        return own[0] if len(own) == 1 else None

    def organ_of_authors_organization(self, name: str) -> str | None:
        """The one body whose whole name is ``name`` "of" an organisation a name of the author or
        of its parents names ("executive council" -> "Executive Council of the World
        Meteorological Organization", in a document of the "Congress of the World Meteorological
        Organization"'s regional association); None when none is, or several are."""
        found = set()
        lineage = self._authors_lineage()
        for body in lineage:
            # (the organization at the top of the line by its own names too: "the Executive Council" in
            # a resolution whose masthead names only "WORLD METEOROLOGICAL ORGANIZATION" over the
            # organ, E213)
            own = frozenset(" ".join(n.lower().split()) for n in body.names) if body is lineage[-1] else frozenset()
            for organization in _organizations_named_after_of(body.names) | own:
                key = self.matcher.by_name.get(f"{name} of the {organization}")
                if key is not None and key not in self.matcher.unevidenced:
                    found.add(key)
        return found.pop() if len(found) == 1 else None

    def below_authors_lineage(self, key: str) -> bool:
        """Whether the office ``key`` belongs to the author or to a body the author belongs to:
        "Secretary-General of the Conference" (the Conference on Disarmament's) names its
        organization by a word many bodies carry, and is no office of the Conference of the
        States Parties to another convention whose document says "the Secretary-General"."""
        lineage: set[str] = set()
        body = self.registry.bodies.get(self.author or "")
        while body is not None and body.key not in lineage:
            lineage.add(body.key)
            body = self.registry.bodies.get(body.parent or "")
        parent = self.registry.bodies[key].parent if key in self.registry.bodies else None
        return parent is not None and parent in lineage

    def of_authors_organization(self, key: str, specific: bool = False) -> bool:
        """Whether the organization a title of office names ("Executive Director of the United
        Nations Environment Programme") is named in a name of the author or of its parents;
        ``specific``: not by a short name several bodies carry ("of the Conference of the
        Parties", which names no one organization)."""
        return self._of_organization(key, specific, self._authors_lineage())

    def _authors_lineage(self) -> tuple[Body, ...]:
        """The author and its parents, up; the tuple of the last call while they are the same
        objects (`of_authors_organization`'s kept answers are then checked by one `is`)."""
        bodies = self.registry.bodies
        lineage: list[Body] = []
        body = bodies.get(self.author or "")
        seen: set[str] = set()
        while body is not None and body.key not in seen:
            seen.add(body.key)
            lineage.append(body)
            body = bodies.get(body.parent or "")
        last = self._lineage
        if len(last) == len(lineage) and all(map(operator.is_, last, lineage)):
            return last
        self._lineage = tuple(lineage)
        return self._lineage

    def _of_organization(self, key: str, specific: bool, lineage: tuple[Body, ...]) -> bool:
        """`of_authors_organization` with the author's lineage read by the caller (once for a
        list of bodies asked about)."""
        named = self.registry.bodies[key]
        # Asked again and again for the same few bodies (each "the Executive Director" of a
        # document): the answer is kept with the bodies it was read from, and given again while
        # they are the same objects (a body born in the text gains aliases as it is read).
        kept = self._organization_answers.get((key, specific))
        if kept is not None and kept[0] is named and (
            kept[1] is lineage or len(kept[1]) == len(lineage) and all(map(operator.is_, kept[1], lineage))
        ):
            return kept[2]
        organizations = _organizations_named_after_of(named.names)
        if specific:
            # nor by generic words alone: "of the States Parties", "of the Parties" (E96)
            organizations = frozenset(
                org for org in organizations
                if len(self.matcher.shorts.get(org, ())) < 2 and not _generic_words_only(org)
            )
        if self._lineage_names[0] is not lineage:
            self._lineage_names = (lineage, "\n".join(" ".join(n.lower().split()) for body in lineage for n in body.names))
        names = self._lineage_names[1]
        answer = any(_names_within(org, names) for org in organizations)
        self._organization_answers[(key, specific)] = (named, lineage, answer)
        return answer


# Words that join a qualifier to a name ("for the Eastern Mediterranean", "of the Convention"):
# no qualifier by themselves
_JOINING_WORDS = frozenset({"the", "of", "for", "to", "on", "in", "and", "at"})


@lru_cache(maxsize=4096)
def _written_in_lower_case(said: str) -> bool:
    """Is a mention ("the committee", "The committee", "working group") written in lower case, its
    article apart?"""
    words = " ".join(said.split())
    return words.removeprefix("the ").removeprefix("The ").islower()


def _spaced_lower_name(name: str) -> str:
    return " ".join(name.lower().split()).replace("’", "'")


def _written_at(name: str, text: str) -> int | None:
    """Where ``text`` first writes ``name`` (a body's full name), wrapped or not."""
    found = re.search(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", text)
    return found.start() if found is not None else None


def _own_name(body: Body) -> str:
    """A body's first name, as `numbering.spaced_lower` writes a document."""
    return _spaced_lower_name(body.name)


def _content_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w-]+", name.lower()) if w not in _JOINING_WORDS)


@lru_cache(maxsize=1024)
def _qualified_by(
    candidates_names: tuple[tuple[str, ...], ...], lineage_names: tuple[tuple[str, ...], ...], candidates: tuple[str, ...]
) -> str | None:
    """`Scope.qualified_as_author` on names: the candidate one of whose names has words no other
    candidate's names have (its qualifier: "europe"; "eastern", "mediterranean"), every one of
    them a word of the author's lineage's names, when exactly one candidate has such a name."""
    words = [frozenset().union(*(_content_words(n) for n in names)) for names in candidates_names]
    authors = frozenset().union(*(_content_words(n) for names in lineage_names for n in names))
    chosen: list[str] = []
    for i, names in enumerate(candidates_names):
        others = frozenset().union(*(w for j, w in enumerate(words) if j != i))
        for name in names:
            qualifier = _content_words(name) - others
            if qualifier and qualifier <= authors:
                chosen.append(candidates[i])
                break
    return chosen[0] if len(chosen) == 1 else None


@lru_cache(maxsize=4096)
def _organizations_named_after_of(names: tuple[str, ...]) -> frozenset[str]:
    """What a body's names say it is "of", lower case and without "the": "executive director of
    the united nations environment programme" -> "united nations environment programme". Asked
    for the same bodies in every document of a load: made once per set of names."""
    return frozenset(
        " ".join(org.lower().split()).removeprefix("the ")
        for name in names
        for _, of, org in [name.partition(" of ")]
        if of
    )


@lru_cache(maxsize=1024)
def _generic_words_only(organization: str) -> bool:
    """Whether an organization named after "of" is named by words any body's name may hold
    ("states parties", "the parties", "the conference"): it names no one organization."""
    words = re.findall(r"[\w-]+", organization)
    return bool(words) and all(word in GENERIC_WORDS for word in words)


@lru_cache(maxsize=8192)
def _names_within(organization: str, name: str) -> bool:
    """Whether ``name`` holds ``organization`` as whole words. The same pairs come back in
    every document of a load (the author's lineage, each title of office): the pattern is
    made and tried once per pair, not once per document. ``name`` may be several names a line
    each: ``organization`` (no line break in it) is then within one of them, the line breaks
    being word boundaries as the ends of a name are. A word that qualifies the words in the
    name is no naming of them: "Council of Administration" (the Postal Union's) is of no
    "Committee of Experts on Public Administration" (E107)."""
    return re.search(rf"(?:^|\(|\b(?:of|the|to|for|and)\s){re.escape(organization)}\b", name, re.MULTILINE) is not None


def body_key(mention: BodyMention, scope: Scope) -> str | None:
    if scope.speaking is not None and mention.key != scope.speaking:
        # In decision SC-12/3, "the Conference of the Parties", a short name the Basel and the
        # Stockholm conferences share, is the one speaking, whichever the document chose.
        speaker = scope.registry.bodies.get(scope.speaking)
        if speaker is not None and speaker.short_name and " ".join(mention.text.split()).lower() == speaker.short_name.lower():
            return scope.speaking
    if mention.key is None:
        return scope.short(mention)
    if mention.key is not None and generic_alias_of_a_stranger(mention, scope):
        # "an expert group on lunar operations ... the expert group should hold its first meeting"
        # in a space committee's report: not the crime convention's "expert group", which the
        # reference data also calls so, and which the document never names in full
        return _secretariat_in_place_of_a_strangers(mention, scope)
    if scope.speaking is None and scope.author is not None and mention.key != scope.author and _authors_short_name(mention, scope):
        # "Twenty-first meeting of the Conference of the Parties" under a CITES masthead, the CBD's
        # Conference named in full further down: a short name the author shares is the author's
        return scope.author
    if mention.key in scope.born and _author_named_since(mention, mention.key, scope):
        # "the Audit Committee had been set up by ... and its members were appointed by the
        # Executive Committee. The Committee had before it ...": the author, named after the body
        # created by a name that ends on the word, not the body created (E157)
        return scope.author
    if scope.matcher.titled and (title := " ".join(mention.text.lower().split()).removeprefix("the ")) in scope.matcher.titled:
        # "the Secretariat", a body's whole name that is a title of office: the author's own, if any
        return scope.own_office(title) or _own_of_shared_short_name(mention, mention.key, scope)
    return _own_of_shared_short_name(mention, mention.key, scope)


def _author_named_since(mention: BodyMention, born: str, scope: Scope) -> bool:
    """Whether a one-word name ("Committee") of a body born in the text is rather the author's,
    whose short name ends on that word ("Executive Committee"), named more lately than the body
    born (or the body born not named since the author was)."""
    author = scope.registry.bodies.get(scope.author) if scope.author is not None else None
    word = " ".join(mention.text.split()).removeprefix("the ").removeprefix("The ")
    if author is None or " " in word or not word[:1].isupper() or not (author.short_name or "").endswith(" " + word):
        return False
    recent = scope.recent
    if scope.author not in recent:
        # a new paragraph of a record: "Decision: The Committee adopted decision ..." is the
        # author's, the body born in a paragraph before not named again
        return scope.record_of_author and born not in recent
    last_author = len(recent) - 1 - recent[::-1].index(scope.author)
    return born not in recent[last_author:]


# The noun a body's name is the name of: its last word before what names whose or what it is ("of
# the ...", "to the ...", "for ..."), words before it ("United Nations Habitat Assembly": Assembly;
# "Governing Body of the International Labour Office": Body, not Office)
_HEAD_NOUN = re.compile(r"^(?:[\w-]+\s+)*?(?P<noun>[A-Z][\w-]*)(?=$|\s+(?:of|to|for|on|against|in)\s)")


_BEFORE_WHOSE = re.compile(r"\s+(?:of|to|for|on|against|in)\s")


@lru_cache(maxsize=4096)
def _head_phrase_ends(name: str, phrase: str) -> bool:
    """Whether a body's name, up to what names whose or what it is ("Advisory Group" of "Advisory
    Group on Early Warnings for All"), ends with ``phrase`` (lower case, several words)."""
    cut = _BEFORE_WHOSE.search(name)
    head = " ".join(name[: cut.start() if cut is not None else len(name)].lower().split())
    return head == phrase or head.endswith(" " + phrase)


@lru_cache(maxsize=4096)
def _head_noun(name: str) -> str | None:
    """The head noun of a body's name (`_HEAD_NOUN`), in lower case; once per name, not per mention."""
    head = _HEAD_NOUN.match(name)
    return head["noun"].lower() if head is not None else None


def _secretariat_in_place_of_a_strangers(mention: BodyMention, scope: Scope) -> str | None:
    """"Requests the Secretariat to ..." in a CITES resolution, the words matched as the shipped
    "Secretariat" (UNODC's), which the document does not point to: a user's secretariat the words
    name here (a title of office of the author's organization, E96; a secretariat whose name says it
    is the author's, E97), else the secretariat of the author's organization (`Scope.own_secretariat`),
    else none (a document of no known author). Another stranger's generic alias ("the expert
    group") names no body (E109, E115)."""
    body = scope.registry.bodies.get(mention.key or "")
    if body is None or (body.short_name or "").lower() != "secretariat":
        return None
    title = " ".join(mention.text.lower().split()).removeprefix("the ")
    own = scope.own_office(title) if scope.matcher.titled and title in scope.matcher.titled else None
    if own is None and (named := _own_of_shared_short_name(mention, body.key, scope)) != body.key:
        own = named
    return own or scope.own_secretariat


def _own_of_shared_short_name(mention: BodyMention, key: str, scope: Scope) -> str:
    """"the secretariat" matched as another organisation's alias (UNODC's "secretariat") in a
    document of the Meeting of the Parties to the Aarhus Convention: the one body of that short
    name whose full name says whose it is ("secretariat of the Aarhus Convention") and names the
    author's organisation, when the matched body is not of the author's line. Only the common
    noun in lower case: editors write "the secretariat" for a convention's or a body's own and
    capitalise "the Secretariat" (and an organ's name, "its Open-ended Working Group") where they
    mean an organ by name, which the name's own resolution answers."""
    # ("The secretariat is requested ...": the article's capital is the sentence's, the noun is
    # the common noun (E126))
    written = " ".join(mention.text.split()).removeprefix("the ").removeprefix("The ")
    if scope.author is None or key == scope.author or not written.islower():
        return key  # (a capital or no letter in the noun: an organ's name)
    bare = written
    sharing = scope.matcher.shorts.get(bare)
    if not sharing or len(sharing) < 2 or key not in sharing:
        return key
    if scope.of_authors_organization(key) or scope.below_authors_lineage(key):
        return key
    # Not a body of an organization the document gives no evidence of (E96's rule for
    # `Scope.own_office`), unless the author's own name names that organization as a whole name
    # ("secretariat of the Dunes Convention" in a document of the "Meeting of the Parties to the
    # Dunes Convention"); a user's "Secretariat of the United Nations" is no secretariat of the
    # "Conference of the Parties to the United Nations Convention against Corruption", whose name
    # holds "United Nations" only as the first words of the Convention's (E97).
    unevidenced = scope.matcher.unevidenced
    lineage = scope._authors_lineage()  # (once for the ~40 bodies "secretariat" may name)
    own = [
        k for k in sharing
        if k != key and scope._of_organization(k, True, lineage)
        and (k not in unevidenced or _authors_name_holds_whole(k, scope))
    ]
    return own[0] if len(own) == 1 else key


# A capitalised word after a name: the name goes on ("United Nations Convention", "United Nations
# Development Programme")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _authors_name_holds_whole(key: str, scope: Scope) -> bool:
    """Whether a name of the author (or of its parents) holds the organization that ``key``'s
    name says it is "of" as whole words that end a name there, not as the first words of a longer
    proper name."""
    organizations = {
        " ".join(org.split()).removeprefix("the ").removeprefix("The ")
        for name in scope.registry.bodies[key].names
        for _, of, org in [name.partition(" of ")]
        if of
    }
    seen: set[str] = set()
    body = scope.registry.bodies.get(scope.author or "")
    while body is not None and body.key not in seen:
        seen.add(body.key)
        for name in body.names:
            written = " ".join(name.split())
            if any(_names_as_a_whole(org, written) for org in organizations):
                return True
        body = scope.registry.bodies.get(body.parent or "")
    return False


@lru_cache(maxsize=8192)
def _names_as_a_whole(organization: str, name: str) -> bool:
    """Whether ``name`` holds ``organization`` (in any case) as whole words not followed by another
    capitalised word of the same name: "Meeting of the Parties to the Dunes Convention" holds "Dunes
    Convention"; "... to the United Nations Convention against Corruption" holds no "United Nations"."""
    return any(
        not _NAME_GOES_ON.match(name, m.end())
        for m in re.finditer(rf"\b{re.escape(organization)}\b", name, re.IGNORECASE)
    )


names_as_a_whole = _names_as_a_whole  # (`own_secretariat` asks the same of a user's secretariat)


def _root(key: str, scope: Scope) -> str:
    seen = {key}
    while (parent := scope.registry.bodies[key].parent if key in scope.registry.bodies else None) is not None and parent not in seen:
        key = parent
        seen.add(key)
    return key


def generic_alias_of_a_stranger(mention: BodyMention, scope: Scope) -> bool:
    """A mention in lower case ("expert group", "the advisory group") that is a name of a body of
    another organization than the author's, a body the document never names by its whole name.
    A kind of body and the words that only describe it ("the Expert Group", "ad hoc technical
    expert group") are so in any case, and in a document whose author is not known too (E109):
    any organization's body of that kind is called so, and a document that creates one does."""
    if mention.key is None or mention.key in scope.born:
        return False
    said = " ".join(mention.text.split()).removeprefix("the ")
    if not (mention.text.islower() and scope.author is not None and said.islower() and len(said.split()) <= 3):
        # (most mentions: a capital, which `said` keeps) E109's wider reading: a kind alone, in
        # capitals or in a document of no known author; not a user's body whose organization the
        # document shows otherwise (its series, its abbreviation)
        if not kind_words.kind_word_alone(said) and not _generic_shipped(said, mention.key, scope):
            return False
        if mention.key in scope.matcher.organisation_of and mention.key not in scope.matcher.unevidenced:
            return False
    return _of_a_stranger(mention.key, scope)


def _generic_shipped(said: str, key: str, scope: Scope) -> bool:
    """Whether ``said`` is a generic name ("Conference of the Parties", "COP", "the Review
    Mechanism", "the Secretariat") of a shipped body that has a name of its own or none but its
    kind (`kind_words.shipped_by_kind`): any treaty's or organization's body of that kind is called
    so in its own documents, so the words point to the shipped body only where the document
    points to it otherwise (E115)."""
    if not kind_words.generic_name(said):
        return False
    body = scope.registry.bodies.get(key)
    return body is not None and kind_words.shipped_by_kind(body)


def _a_shipped_office_by_its_title(name: str, body: Body) -> bool:
    """Whether ``name`` is the title alone of the officer ``body`` of the shipped data is
    ("Executive Director" of the "Executive Director of the United Nations Office on Drugs and
    Crime"): every organization has an officer so called, and the title says not whose. A user's
    file that adds such an officer (the Director of the Pan American Sanitary Bureau for the
    documents of its governing bodies) is the evidence the shipped data lacks (E240)."""
    title = " ".join(name.lower().split()).removeprefix("the ")
    return not body.added and bool(title) and any(n.lower().startswith(f"{title} of ") for n in body.names)


def _of_a_stranger(key: str, scope: Scope) -> bool:
    """Whether ``key`` is a body of another organization than the author's (of any, when the
    author is not known) that the document never names in full, nor its organization."""
    kept = scope._stranger_answers.get((key, scope.author))
    if kept is None:
        kept = scope._stranger_answers[(key, scope.author)] = _read_of_a_stranger(key, scope)
    return kept


def _read_of_a_stranger(key: str, scope: Scope) -> bool:
    if key not in scope.registry.bodies:
        return False
    root = _root(key, scope)
    if scope.author is not None and (scope.author not in scope.registry.bodies or root == _root(scope.author, scope)):
        return False
    if scope.author is not None and scope.of_authors_organization(key, specific=True):
        # a body whose name says it serves the author ("secretariat of the Conference of the Parties
        # to the United Nations Convention against Transnational Organized Crime") (E115)
        return False
    if root in scope.organizations_named:
        # "its Working Group on Firearms, established by the Conference in its decision 5/4": the
        # document names a body of that organization by its own name (E115)
        return False
    if scope.author is None and kind_words.served_body_named(key, scope.registry, scope.document_lowered):
        # ... or, in a document of no known author, a body the document names (E115)
        return False
    # the stranger's organization named anywhere (a joint document of two conventions): its own
    return not kind_words.organization_named(key, scope.registry, scope.document_lowered)


def _authors_short_name(mention: BodyMention, scope: Scope) -> bool:
    author = scope.registry.bodies.get(scope.author) if scope.author is not None else None
    if author is None or not author.short_name:
        return False
    said = " ".join(mention.text.split()).lower().removeprefix("the ")
    return said == author.short_name.lower()


# "with the", "to", "of the": a body named after a preposition, a complement (a partner, a recipient,
# an owner), not what the sentence is about
_IN_PASSING_BEFORE = re.compile(r"\b(?:with|to|from|for|of|among|between)\s+(?:the\s+)?$")


# "(COP)", "(SBI)": an abbreviation in brackets right after a body's name
_ABBREVIATION_DEFINED = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z]{0,6}[A-Z])\)")


def resolve_bodies(refs: SentenceRefs, scope: Scope, text: str | None = None) -> dict[int, str]:
    """Body key per mention start; unresolved mentions are left out. ``text``: the sentence, where
    what each body is to it (named in passing or not) is read."""
    keys: dict[int, str] = {}
    titled = iter(refs.in_titles)
    next_titled = next(titled, None)
    for index, mention in enumerate(refs.bodies):
        while next_titled is not None and next_titled.start < mention.start:
            # (a title's body before this mention, in the order the sentence names them, E261)
            scope.named_in_titles.append((next_titled.key or "", len(scope.recent)))
            next_titled = next(titled, None)
        key = body_key(mention, scope)
        if mention.key is None and mention.short and text is not None and index + 1 < len(refs.bodies):
            key = _office_of_the_next(mention, refs.bodies[index + 1], scope, text, key)
        if mention.key is not None and text is not None and _ITS_BEFORE.search(text, max(0, mention.start - 6), mention.start):
            key = _organ_of_its_owner(mention, refs.bodies[:index], keys, scope) or key
        if key is not None:
            keys[mention.start] = key
            if mention.key is not None and text is not None and _IN_PASSING_BEFORE.search(text, max(0, mention.start - 12), mention.start):
                scope.in_passing.add(key)
                scope.named_as_subject.discard(key)
            else:
                if mention.key is not None:
                    scope.named_as_subject.add(key)
                # (named in full otherwise, or by its short name: what the paragraph is about)
                scope.in_passing.discard(key)
            # A body named earlier in the sentence is what a short name later refers to.
            scope.recent.append(key)
            if text is not None and mention.key is not None and (defined := _ABBREVIATION_DEFINED.match(text, mention.end)) is not None and (
                defined["abbr"] != text[mention.start : mention.end]
            ):
                # "adopted by the Conference of the Parties (COP)": the abbreviation the text gives the
                # body, which "COP 39" writes its sessions with later, whatever body "COP" may name
                # elsewhere (E211)
                scope.abbreviations[defined["abbr"]] = key
            if mention.key is not None and scope.registry.bodies[key].issues_instruments:
                if key in scope.named_issuers:
                    scope.named_issuers.remove(key)
                scope.named_issuers.append(key)
    while next_titled is not None:
        scope.named_in_titles.append((next_titled.key or "", len(scope.recent)))
        next_titled = next(titled, None)
    return keys


def _organ_of_its_owner(mention: BodyMention, before: list[BodyMention], keys: dict[int, str], scope: Scope) -> str | None:
    """The body "its <name>" stands for: of the bodies the sentence named before (nearest
    first), the first that has an organ of that very name below it. "the Executive Board of
    UNDP, UNFPA and UNOPS ... invited the Audit Advisory Committee of UNFPA to brief it, and the
    Executive Board of UNICEF, in its decision 2035/9, requested its Audit Advisory Committee"
    is UNICEF's committee, not the name told back from UNFPA's (E274). None where no body
    named before has such an organ, or where two organs of that name are one body's."""
    written = " ".join(mention.text.lower().split())

    def named(parent: str) -> list[str]:
        return [c.key for c in scope.registry.children(parent) if any(" ".join(n.lower().split()) == written for n in c.names)]

    for earlier in reversed(before):
        owner = keys.get(earlier.start)
        if owner is None or owner not in scope.registry.bodies:
            continue
        organs = named(owner)
        # a governing organ's "its" is its organization's too: "the Executive Board of the
        # Mangrove Fund requested its Ethics Office" is the Fund's office, the Board's sibling (G5)
        body = scope.registry.bodies[owner]
        if not organs and body.parent in scope.registry.bodies and (body.gathering_term or body.issues_instruments):
            organs = [k for k in named(body.parent) if k != owner]
        if organs:
            return organs[0] if len(organs) == 1 else None
    return None


# "the Executive Secretary of the Commission": an office's short name, "of", the body it serves
_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+)?")


def _office_of_the_next(mention: BodyMention, owner: BodyMention, scope: Scope, text: str, key: str | None) -> str | None:
    """The body a short name followed by "of" and a body stands for (``key``: what it was read as
    alone). "Requests the Executive Secretary of the Commission to report", where the data knows
    several executive secretaries (of ESCAP, of a convention, of the ECE): the one of them that
    belongs to the body named right after "of" (itself a short name the document decides), where
    only one does. "continue as a standing working group of the Board" in a WFP Board's summary:
    never a working group of another organization (IFAD's, the one the data calls "Working
    Group"), which the body after "of" says it is not (E230). ``key`` where nothing says so."""
    if _OF_BETWEEN.fullmatch(text, mention.end, owner.start) is None:
        return key
    body = owner.key or scope.short(owner)
    if body is None or body not in scope.registry.bodies:
        return key
    below = [k for k in scope.candidates(mention.short or "") if scope.registry.bodies[k].parent == body]
    if len(below) == 1:
        return below[0]
    if key is not None and key in scope.registry.bodies and scope.top(key) != scope.top(body):
        return None
    return key


def _relative_clause_subject(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str], scope: Scope) -> str | None:
    """The body named right after "in which" / "by which" before ``g`` (the subject of the relative
    clause whose "it" and "its" ``g`` names), when it holds that kind of gathering and no semicolon
    ends the clause between."""
    for b in reversed(before):
        if _IN_WHICH_THE.search(text, max(0, b.start - 20), b.start) and ";" not in text[b.end : g.start]:
            body = bodies[b.start]
            return body if _holds(body, g, scope) else None
    return None


# "in which the", "by which": a relative clause on an instrument opens, its subject next
_IN_WHICH_THE = re.compile(r"\b(?:in|by|through|under)\s+which\s+(?:the\s+)?$")
_TO_IT_AT = re.compile(r"\bto\s+it\s*,?\s+(?:(?:for\s+(?:its\s+)?consideration\s+)?at|during|for)\s+$")
_WITH_IT_AT = re.compile(r"\bwith\s+it\s*,?\s+(?:at|during)\s+$")
# "8. Decides to review the functioning of the Committee at its fifty-first session", "Agrees to
# consider the report of the Board at its next session": an operative paragraph opening on the
# speaker's verb and an infinitive, no subject named; no one asked between (E202)
_SPEAKER_OPENS_TO = re.compile(r"^\s*(?:\d{1,3}\.\s+)?(?:(?:Also|Further)\s+[a-z]+s|[A-Z][a-z]+s)\s+to\s+[a-z]+\s")
_ASKS_BETWEEN = re.compile(r"\b(?:request|invite|ask|urge|encourage|call|instruct|direct|recommend)\w*\b", re.IGNORECASE)
# "the Committee invited the Working Group": the body that asks, right before its verb in the past
_ASKS_NEXT = re.compile(r"\s+(?:also\s+|further\s+)?(?:invited|requested|encouraged|urged|asked|called\s+upon)\s+(?:the\s+)?$")


def _asking_subject(text: str, before: list[BodyMention], bodies: dict[int, str]) -> str | None:
    """The body whose past mandate verb stands right before the next body named (its addressee)."""
    for subject, addressee in zip(before, before[1:]):
        if _ASKS_NEXT.fullmatch(text, subject.end, addressee.start):
            return bodies[subject.start]
    return None


_OF_BEFORE = re.compile(r"\s+of\s+$")
# "Recalling", "Reaffirming also", "Bearing in mind": a preambular paragraph's opening participle
_PARTICIPLE_OPENS = re.compile(r"(?:\d{1,3}\.\s+)?[A-Z][a-z]+ing\b")
# "its resolution", "its own resolution 73/6" (the issuer's own instrument, said so)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$")
_OWN_BEFORE = re.compile(r"(?:(?<=\bits\s)|(?<=\btheir\s))own\s+$")
_THE_SAME_BEFORE = re.compile(r"\bthe\s+same\s+$", re.IGNORECASE)
# "in section XVI, paragraph 2, of its", "under paragraph 4 of its": the part of the agent's own
# instrument it acted by, between the preposition and "its" (E185)
_THROUGH_ITS = re.compile(r"^\s*,?\s*(?:through|in|by|under)\s+(?:" + INSTRUMENT_PART_OF + r")?(?:its|their)\s+$")
# "the General Assembly, recalling its resolution 61/295", "the Council, reaffirming also its
# decision": the participle's subject is the body just before it, and "its" is that body's.
_PARTICIPLE_ITS = re.compile(r"^\s*,\s*(?:also\s+)?[a-z]+ing(?:\s+in\s+mind)?(?:\s+(?:also|further|in\s+particular))?\s+(?:its|their)\s+$")
# "which the Assembly had adopted in its resolution 39/46": the auxiliary of a past perfect too
# "which the General Assembly established by paragraph 28 of its resolution 65/182": the
# paragraph that acted, of the subject's own instrument
_VERB_BY_ITS = re.compile(
    r"^\s+(?:(?:had|has|have)\s+)?(?:also\s+|later\s+)?[a-z]+(?:ed|\s+up)\s+(?:by|in|through|under)\s+"
    r"(?:(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?(?:\s+(?:and|to)\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?)?\s+of\s+)?(?:its|their)\s+$"
)
# "In that resolution, the Assembly reaffirmed its resolution 59/209", "and the Council recalls also
# its decision 2030/4": a clause's subject, its verb, then "its": the subject's own instrument
_VERB_ITS = re.compile(
    r"^(?:\s*,\s*(?:in|by|through|under)\s+(?:its|their)\s+[^,;()]{3,80}?,)?"
    # ("The Council, in its resolution 2037/9 of 22 July 2037, reaffirmed its resolution 2031/4":
    # the subject's own instrument set off between it and its verb, E260)
    r"\s+(?:(?:had|has|have)\s+)?(?:also\s+|further\s+|again\s+)?[a-z]{3,}(?:ed|s)\s+(?:also\s+|further\s+|again\s+)?(?:its|their)\s+$"
)
# "requested in its", "had decided by its", "also asked in their": a verb of the subject's, then where
_VERB_IN_ITS = re.compile(
    r"^\s+(?:(?:had|has|have)\s+)?(?:also\s+|further\s+|again\s+)?(?:requested|decided|asked|called\s+for|agreed|mandated|invited|"
    r"stipulated|provided|recommended|specified|stressed|noted|recalled)\s+(?:in|by|under|through)\s+(?:its|their)\s+$"
)
_AS_THE = re.compile(r"\b(?:as|which|what)\s+(?:the\s+)?$", re.IGNORECASE)
# what opens the clause of that subject: the sentence, an opening phrase's comma, "and", "while"
_CLAUSE_SUBJECT_START = re.compile(r"(?:^|[,;]\s+|\b(?:and|while|whereas|that)\s+)(?:the\s+)?$", re.IGNORECASE)
# (", whose mandate the Commission created in its resolution 1985/33": the same subject, E158)
_WHICH_THE = re.compile(r"\b(?:which|whose\s+mandate)\s+(?:the\s+)?$")
_BY_BODY_OF = re.compile(r"^\s+of\s+$")
# ", by which the", ", in which the", ", whereby the": a relative clause on the instrument just
# cited, its subject next; the verb after the subject active ("had decided", "requested"), not a
# passive ("by which the Council was established": the body set up, not the issuer)
_BY_WHICH_THE = re.compile(r",\s+(?:(?:by|in|through|under)\s+which|whereby)\s+(?:the\s+)?$")
_ACTIVE_VERB_AFTER = re.compile(r"\s+(?!(?:was|were|is|are|be|been|being|(?:had|has|have)\s+been)\b)[a-z]{3,}\b")


def _subject_of_by_which(text: str, mention: InstrumentMention, refs: SentenceRefs, issuing: dict[int, str]) -> str | None:
    """The body issuing instruments that opens the relative clause right after the instrument
    (", by which the Assembly had decided …"), acting in it; else None."""
    for b in refs.bodies:
        if b.start < mention.end:
            continue
        if b.start - mention.end > 24:
            return None
        if b.start in issuing and _BY_WHICH_THE.fullmatch(text, mention.end, b.start) and _ACTIVE_VERB_AFTER.match(text, b.end):
            return issuing[b.start]
        return None
    return None


# ("General Assembly resolution S-23/2, annex, and resolution S-23/3, annex": the passage cited of
# the first, then the list goes on, E217)
_CONTINUES = re.compile(
    r"^(?:,\s*(?:annex(?:es)?|appendix|append\.|para(?:graph)?s?\.?|sect(?:ion)?\.?|chap(?:ter)?\.?)(?:\s+[IVXLC\d]+[a-z]?(?:\s+(?:and|to)\s+[IVXLC\d]+[a-z]?)?)?)?"
    r"\s*(?:,\s*)?(?:and|or|as well as|including)?\s*$"
)
# "its resolution 17/4 and its resolution 44/15": one possessive repeated after "and"
_AND_ITS_AGAIN = re.compile(r"\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:also\s+)?(?:its|their)\s+$")
# "..., the Conference", "resolution 68/2 the Commission", "..., the UN General Assembly" (the
# organisation's abbreviation before its organ's name, as the press writes it)
_SUBJECT_AFTER = re.compile(r"(?:,|\d)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?$")
_ADOPTED_BY = re.compile(r"\b(?:adopted|approved|proclaimed|endorsed)\s+by\s+(?:the\s+)?$")
# "the General Assembly, at its eighty-fourth session, adopted resolution 84/102": the session set
# off between the subject and its verb
# ("The Economic and Social Council, on 21 July 2023, adopted resolution 2023/5": the day set off)
_SUBJECT_ADOPTED = re.compile(
    r"(?:\s*,\s*(?:at|during)\s+(?:its|their)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:session|meeting)\s*,"
    r"|\s*,\s*on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,)?"
    r"\s+(?:also\s+)?(?:adopted|approved)"
    # ("The Council also adopted, at its ninety-sixth session, resolution 96/9": the session set
    # off after the verb, E275)
    r"(?:\s*,\s*(?:at|during)\s+(?:its|their|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:session|meeting)\s*,)?\s+(?:its\s+)?$"
)
_QUOTE = re.compile(r"[“\"][^”\"]*[”\"]")
# ", in 2015 (", " (see ": a bracket opening on an instrument, a year or day before it (E178)
_YEAR_THEN_BRACKET = r"(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*\(\s*(?:see\s+(?!also\b))?"
# "was established by the Human Rights Council in 2015 (resolution 28/16)": the passive's agent, then
# the instrument it acted by in brackets
_AGENT_THEN_BRACKET = re.compile(_YEAR_THEN_BRACKET + "$")
# "the General Assembly adopted in ", "the Council set up the Panel by ", "the Board took note of
# the outcome in its ": the subject's verb in the past, its object (no clause break, no second
# participle such as "contained", which would tell of another's act), then the preposition of the
# instrument it acted by
# ("The Council established the mandate of X in 2015 (resolution 28/16)": the instrument in brackets
# after the object, the year between, E178)
_VERB_OBJECT_BY = re.compile(
    r"\s+(?:(?:also|further|then|subsequently|later|had|has|have)\s+)*"
    r"(?:(?-i:[a-z]+ed)|took\s+note\s+of|set\s+up|made|gave|took)\b"
    r"(?:(?!\s(?-i:[a-z]+ed)\b)[^,;:.()\"“”]){0,100}?"
    r"(?:\s(?:in|by|through)\s+(?:its\s+|their\s+)?|" + _YEAR_THEN_BRACKET + ")"
)
_VERB_OBJECT_REACH = 160


def _subject_verb_by(before: str, ends: dict[int, BodyMention], issuing: dict[int, str]) -> str | None:
    """The issuing body whose past verb, after its object, reaches the instrument that
    ``before`` ends in front of ("which the General Assembly adopted in resolution ..."): the
    last one named before it (a body in the verb's object, "the Council set up the Panel by",
    issues nothing or is no subject)."""
    floor = max(0, len(before) - _VERB_OBJECT_REACH)
    subjects = [b for end, b in ends.items() if floor <= end < len(before)]
    if not subjects:
        return None
    subject = max(subjects, key=lambda b: b.end)
    if _VERB_OBJECT_BY.fullmatch(before, subject.end) is None:
        return None
    return issuing[subject.start]



def _agent_then_bracket(before: str, ends: dict[int, BodyMention], issuing: dict[int, str]) -> str | None:
    """The agent of a passive ("by the Human Rights Council") right before the bracket that
    ``before`` ends in, a year or a day between: the body that acted by the instrument cited (a
    bare number in brackets after it is that body's, not the document's own body's)."""
    floor = max(0, len(before) - 40)
    agents = [b for end, b in ends.items() if floor <= end < len(before) and _AGENT_THEN_BRACKET.fullmatch(before, end)]
    if not agents:
        return None
    agent = agents[-1]
    if _BY_BEFORE.search(before, max(0, agent.start - 12), agent.start) is None:
        return None
    return issuing[agent.start]


def _outside_quotes(text: str) -> str:
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)


# "tasked by the General Assembly, in resolution 85/176": the comma and "in" after the agent;
# "revised by the Commission by decision B (70)", "set up by the Council in resolution 12/4", "an
# invitation welcomed by the Conference in Resolution 4/2027": no comma, the agent acting through the
# instrument right after it (E144, E143)
_BY_BODY_IN = re.compile(r"(?:,\s+|\s+)(?:in|by|through|under)\s+(?:its\s+)?$")
# "the Economic and Social Council's request, in resolution 2031/12, that": the requester named in the
# possessive right before the request's noun and its instrument (E197)
_POSSESSIVE_REQUEST_IN = re.compile(
    r"['’]s\s+(?:requests?|mandates?|invitation)\s*,?\s+(?:(?:made|contained|set\s+out)\s+)?(?:in|by|under)\s+(?:its\s+)?$"
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


def _sibling_named_before(text: str, mention: InstrumentMention, refs: SentenceRefs, scope: Scope) -> str | None:
    """"Conference Resolution 7/2025" in a report of FAO's Council, whose resolutions read
    "Resolution 1/182" too: a short name several bodies share ("Conference") right before the
    keyword is the organ of the same organisation as the convention's body that numbers its
    instruments the same way, not the convention's body itself."""
    numbered_by = scope.registry.bodies.get(mention.numbered_by or "")
    before = text[: mention.keyword_start]
    stripped = before.rstrip()
    if numbered_by is None or numbered_by.parent is None or stripped == before:
        return None
    named = next((b for b in refs.bodies if b.end == len(stripped)), None)
    if named is None or named.key is not None or not named.short or named.short == (numbered_by.short_name or "").lower():
        return None
    templates = {n.template for n in numbered_by.numbering}
    siblings = [
        key for key in scope.candidates(named.short)
        if key != numbered_by.key and (body := scope.registry.bodies[key]).parent == numbered_by.parent
        and body.issues_instruments and templates & {n.template for n in body.numbering}
    ]
    return siblings[0] if len(siblings) == 1 else None


def _set_off_by_another(
    plain: str, mention: InstrumentMention, refs: SentenceRefs, ends: dict[int, BodyMention], issuing: dict[int, str]
) -> str | None:
    """"The General Assembly, for its part, in resolution 85/12 invited the Commission", "In
    resolution 85/12, the General Assembly invited ..." in the report of a commission whose own
    resolutions read "66/2" the default way too: the clause's subject, which the instrument is set
    off from, acted by it; the commission's convention, which reads any such number, does not
    say otherwise (E133). Only a number read as written (the default's order)."""
    if f"{mention.session}/{mention.number}" not in plain[mention.keyword_start : mention.end]:
        return None
    key = _subject_set_off_before(plain, mention, ends, issuing)
    if key is None and _IN_BARE.search(plain, max(0, mention.keyword_start - _IN_BARE_REACH), mention.keyword_start):
        key = _subject_after_opening(plain, mention, refs, issuing, bare=True)
    return key if key is not None and key != mention.numbered_by else None


def _parent_named_before(text: str, mention: InstrumentMention, ends: dict[int, BodyMention], issuing: dict[int, str]) -> str | None:
    """"Economic and Social Council decision 2027/231", "and Council decision 2027/231" in a
    page of the Council's Group of Experts, whose decisions read "decision 5/2" the default way
    too: the body above the one whose convention reads the number, named right before the
    keyword and issuing instruments itself, issued it (a body named so that is not above it is
    told apart when the number is read, `references._named_by_other_body`)."""
    numbered_by = mention.numbered_by or ""
    before = text[: mention.keyword_start]
    stripped = before.rstrip()
    body = ends.get(len(stripped))
    if body is None or stripped == before or (key := issuing.get(body.start)) is None:
        return None
    if not numbered_by.startswith(key + "/") or f"{mention.session}/{mention.number}" not in text[mention.keyword_start : mention.end]:
        return None  # only a parent, and only a number read as written ("2027/231", no template's order)
    return key


# "decision XIII/4 of the Conference of the Parties to the Vienna Convention", "decision 13/4,
# adopted by the Meeting of the Parties", "decision 13/4 of its Conference of the Parties"
_ISSUER_AFTER = re.compile(r"(?:\s+of\s+|\s*,?\s+(?:adopted|approved|taken)\s+by\s+)(?:the\s+|its\s+|their\s+)?")


def _issuer_named_after(text: str, mention: InstrumentMention, refs: SentenceRefs, issuing: dict[int, str]) -> str | None:
    """"decision XIII/4 of the Conference of the Parties to the Vienna Convention" in a record of the
    Meeting of the Parties, whose own decisions read "decision 13/4" too: the number is read in the
    convention of the document's body, but the issuing body named right after it ("of the …",
    ", adopted by the …") issued it. Not "decision 13/4 of 2029" (no body), nor the numbering body
    itself named so ("of the Conference", the document's own), nor a list's member: "decisions
    BC-17/4 and SC-12/3, adopted by the Conference of the Parties to the Basel Convention … and by
    the Conference of the Parties to the Stockholm Convention …, respectively" names one issuer
    for each."""
    after = _ISSUER_AFTER.match(text, mention.end)
    if after is None or not mention.first_in_list:
        return None
    following = next((m for m in refs.instruments if m.start > mention.start), None)
    if following is not None and not following.first_in_list:
        return None
    key = next((issuing[b.start] for b in refs.bodies if b.start == after.end() and b.start in issuing), None)
    return key if key is not None and key != mention.numbered_by else None


# "the General Assembly, recalling its resolution 2205 (XXI)", "the Council reaffirmed its
# resolution 1/182": "its" is the body named right before the verb; "established by the Council
# in its resolution 3 (II)", "the Assembly, in its resolution 302 (IV)", "which the Council set up
# in its resolution 17 (IV)": the agent right before "in its"
_SUBJECT_THEN_ITS = re.compile(
    r"\s*,?\s+(?:[a-z]+\s+){0,2}?(?:(?:recalling|reaffirming|recalled|reaffirmed|recalls|reaffirms|noting|noted|notes)\s+(?:also\s+|further\s+)?|in\s+)its\s+$"
)


def _subject_of_its(text: str, mention: InstrumentMention, ends: dict[int, BodyMention], issuing: dict[int, str]) -> str | None:
    """The issuer of "its resolution 2205 (XXI)" that another body's convention also reads
    ("{number} ({session})", a regional commission's): the subject the sentence names right
    before "recalling its", when it issues instruments."""
    before = text[: mention.keyword_start]
    for end, body in ends.items():
        if end <= len(before) and _SUBJECT_THEN_ITS.fullmatch(before, end):
            key = issuing.get(body.start)
            return key if key is not None and key != mention.numbered_by else None
    return None


def resolve_issuers(text: str, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> None:
    """Set ``issuer`` on each instrument mention, or leave it None when nobody can be named."""
    if not refs.instruments:
        return
    issuing = {
        start: key for start, key in bodies.items() if scope.registry.bodies[key].issues_instruments
    }
    # "Commission resolution 31/1": a short name several issuers share stands for the one the
    # document named last; when it named none of them, the issuer is unknown (not the author).
    unknown: set[int] = set()
    for b in refs.bodies:
        if b.start in bodies or b.key is not None or not b.short:
            continue
        candidates = [k for k in scope.candidates(b.short) if scope.registry.bodies[k].issues_instruments]
        if candidates:
            named = [k for k in scope.named_issuers if k in candidates]
            if named:
                issuing[b.start] = named[-1]
            else:
                unknown.add(b.end)
    ends = {b.end: b for b in refs.bodies if b.start in issuing}
    plain = _outside_quotes(text)
    keyword_issuer: dict[int, str] = {}
    # "General Assembly resolutions ..." without a number: later bare references inherit.
    # (BARE_KEYWORD opens with `\b`, tried at every position: its two words looked for first)
    if "resolutions" in text or "decisions" in text:
        for m in BARE_KEYWORD.finditer(text):
            before = text[: m.start()].rstrip()
            body = ends.get(len(before))
            if body is not None:
                keyword_issuer[m.start()] = issuing[body.start]
    paired = _organs_paired_with_numbers(plain, refs, ends, issuing) if len(refs.instruments) > 1 and " and " in plain else {}
    previous: InstrumentMention | None = None
    for mention in refs.instruments:
        issuer: str | None = None
        if mention.numbered_by is not None:
            mention.issuer = (
                paired.get(mention.start) or _speakers_own(plain, mention, scope) or _issuer_named_after(text, mention, refs, issuing)
                or _sibling_named_before(text, mention, refs, scope) or _subject_of_its(text, mention, ends, issuing)
                or _parent_named_before(text, mention, ends, issuing) or _set_off_by_another(plain, mention, refs, ends, issuing)
                or mention.numbered_by
            )
            previous = mention
            continue
        if mention.start in paired:
            # "The General Assembly and the Security Council, in resolutions 60/180 and 1645 (2005)"
            issuer = paired[mention.start]
            if issuer != scope.default_issuer:
                scope.numbered_issuers.setdefault((mention.kind, mention.session, mention.number), issuer)
        elif not mention.first_in_list and previous is not None and previous.numbered_by is None:
            issuer = previous.issuer
            if issuer is not None and scope.numbered_issuers.get((previous.kind, previous.session, previous.number)) == issuer:
                # "the Council adopted resolutions 83/7, 83/11 and 83/15": each number of the list
                # is the named issuer's, as its first is, when the document names it again bare
                # ("Resolution 83/15, entitled ...") (E161)
                scope.numbered_issuers.setdefault((mention.kind, mention.session, mention.number), issuer)
        else:
            before = text[: mention.keyword_start]
            stripped = before.rstrip()
            # "General Assembly resolution 70/1", "Conference resolution 7/1"
            body = ends.get(len(stripped))
            if body is not None and stripped != before:
                issuer = issuing[body.start]
                if body.key is None and (own := _own_short_issuer(mention, body, issuer, scope)) is not None:
                    issuer = own
                if body.key is None and _past_the_present_session(mention, issuer, scope):
                    # "Commission resolution 84/1" in the report of a commission on its twelfth
                    # session: the short name is another commission's, one the text does not name
                    # (E240)
                    mention.issuer = None
                    previous = mention
                    continue
            elif len(stripped) in unknown and stripped != before:
                mention.issuer = None
                previous = mention
                continue
            elif stripped != before and _named_issuer_unknown(stripped, refs, bodies):
                # "Commission on Human Rights resolution 2005/69": a name the reference data does
                # not know says whose it is, and it is not the document's body's (E167)
                mention.issuer = None
                previous = mention
                continue
            # "the Conference of the Parties ... adopted resolution 13/1": the subject adopted it
            if issuer is None:
                adopted = _SUBJECT_ADOPTED.search(before, max(0, len(before) - 80))
                if adopted and (subject := ends.get(adopted.start())) is not None:
                    issuer = issuing[subject.start]
            # "the adoption by the General Assembly of resolution 70/1"
            if issuer is None:
                of = _OF_BEFORE.search(before, max(0, len(before) - 12))
                if of and (adopter := ends.get(of.start())) is not None:
                    issuer = issuing[adopter.start]
            # "is tasked by the General Assembly, in resolution 85/176, with": the agent of a
            # passive, then the instrument it acted by set off by commas
            if issuer is None:
                by = _BY_BODY_IN.search(before, max(0, len(before) - 16))
                if by and (agent := ends.get(by.start())) is not None and _BY_BEFORE.search(before, max(0, agent.start - 12), agent.start):
                    issuer = issuing[agent.start]
            if issuer is None and "s " in before[-50:] and (possessive := _POSSESSIVE_REQUEST_IN.search(before, max(0, len(before) - 50))) is not None and (
                requester := ends.get(possessive.start())
            ) is not None:
                issuer = issuing[requester.start]
            # "decision 4/4 of the Conference of the Parties"
            if issuer is None:
                m_of = re.match(r"\s+of\s+(?:the\s+)?", text[mention.end :])
                if m_of:
                    at = mention.end + m_of.end()
                    for b in refs.bodies:
                        if b.start == at and b.start in issuing:
                            issuer = issuing[b.start]
            # "The General Assembly, in resolution 85/114, requested ...": the clause's subject,
            # the instrument set off after it, acted by it (also in a report of a body that
            # numbers its own instruments the same way)
            if issuer is None:
                issuer = _subject_set_off_before(plain, mention, ends, issuing)
            # "the declaration adopted by the General Assembly at its special session
            # (resolution S-32/1, annex)": the body that adopted what the brackets cite.
            if issuer is None and stripped.endswith("("):
                adopters = [
                    b for b in refs.bodies
                    if b.start in issuing and 0 <= mention.keyword_start - b.end < 200
                    and _ADOPTED_BY.search(text[max(0, b.start - 24) : b.start])
                ]
                if adopters:
                    issuer = issuing[adopters[-1].start]
            if issuer is None and (stripped.endswith("(") or stripped.endswith("(see")):
                issuer = _agent_then_bracket(before, ends, issuing)
            if issuer is None and previous is not None and previous.issuer and _AND_ITS_AGAIN.match(text, previous.end, mention.keyword_start) and (
                _ITS_BEFORE.search(text[max(0, previous.keyword_start - 20) : previous.keyword_start])
            ):
                # "recalled its resolution 17/4 and its resolution 44/15": the second "its" is the first's
                # (not after "General Assembly resolution 80/141 and its resolution": the first has no "its")
                issuer = previous.issuer
            if issuer is None and _ITS_BEFORE.search(before[-20:]):
                # "the report of the Statistical Commission …, and in particular its decision 66/104,
                # by which the Statistical Commission requested …": the body the relative clause
                # says acted by it is the issuer, whoever "its" seemed to be (E241)
                issuer = (
                    _subject_of_by_which(text, mention, refs, issuing) if ", " in text[mention.end : mention.end + 3] else None
                ) or _its_subject(plain, mention, refs, issuing, scope)
            if issuer is None and _THE_SAME_BEFORE.search(before[-20:]):
                # "In the same resolution 2030/21, the Council decided": the subject that follows
                issuer = _subject_after_opening(plain, mention, refs, issuing)
            # Searched from a little before the reference: from the text's start it made a
            # paragraph of N references cost N² (8,000 on a line: 23 s of CPU).
            if issuer is None and _IN_BARE.search(before, max(0, len(stripped) - _IN_BARE_REACH)):
                # "In resolution 85/160 on ..., adopted at its eighty-fifth session, the General
                # Assembly, recalling ..., tasked": the subject the opening phrase leads to
                issuer = _subject_after_opening(plain, mention, refs, issuing, bare=True)
            if issuer is None and _BY_BARE.search(before, max(0, len(stripped) - _IN_BARE_REACH)):
                # "By resolution 85/114, the General Assembly requested ...": the subject, when it acts
                issuer = _acting_subject_after_by(plain, mention, refs, issuing)
            if issuer is None and previous is not None and previous.issuer:
                # ("resolution 96/9, on the right to food, and decision 96/102": the list goes on
                # after the first item's unquoted title, E275)
                titled_end = previous.title_span[1] if previous.title_span and previous.end < previous.title_span[1] <= mention.keyword_start else None
                between = text[titled_end if titled_end is not None else previous.end : mention.keyword_start]
                if _CONTINUES.match(between) and previous.issuer != scope.default_issuer and previous.numbered_by is None:
                    issuer = previous.issuer
            if issuer is None:
                for start, key in keyword_issuer.items():
                    if start < mention.keyword_start:
                        issuer = key
            if issuer is None and (" in " in before[-12:] or " by " in before[-12:] or " through " in before[-16:] or "(" in before[-6:]):
                # "which the General Assembly adopted in resolution 35/63", "The Council set up the
                # Panel by resolution 12/4": the clause's subject acted by the instrument its verb
                # names after the verb's object (E135)
                issuer = _subject_verb_by(before, ends, issuing)
            if issuer is None and ", " in text[mention.end : mention.end + 3]:
                # "together with resolution 58/153 of 22 December 2003, by which the Assembly had
                # decided to continue the Office": the subject of the relative clause that tells
                # what the instrument did acted by it
                issuer = _subject_of_by_which(text, mention, refs, issuing)
            numbered = (mention.kind, mention.session, mention.number)
            if issuer is None and (named_before := scope.numbered_issuers.get(numbered)) is not None:
                # "in paragraph 9 of resolution 86/266" after "By its resolution 86/266 ..., the
                # General Assembly": the instrument the document named with its issuer before
                issuer = named_before
            opening = refs.instruments[0]
            if issuer is None and previous is not None and opening is not mention and opening.issuer and (
                cited_by_subject_instrument(text, opening.keyword_start, opening.end, mention.keyword_start)
            ):
                # "In its preamble, resolution 80/12 recalls resolutions 76/3 and 78/9": numbers the
                # instrument the sentence opens on cites are of its issuer's series
                issuer = opening.issuer
            if issuer is None and (titled := scope.titled_sessions.get(mention.session)) is not None:
                issuer = titled
            if issuer is None:
                fallback = _reporting_bodys_roman_count(text, mention, scope) or scope.default_issuer_of(mention.kind)
                issuer = _issuer_whose_numbering_fits(mention, fallback, scope)
                if issuer is not None and issuer == fallback and _never_so_numbered(mention, issuer, scope):
                    issuer = None
                if issuer is not None and issuer == fallback and _past_the_present_session(mention, issuer, scope):
                    issuer = _assembly_by_the_day(mention, scope)
                if issuer is not None and issuer == fallback and issuer not in scope.numbering_shapes and mention.session.isdigit():
                    scope.defaulted_unshown.add((issuer, mention.kind, mention.session, mention.number))
            else:
                if issuer != scope.default_issuer:
                    scope.numbered_issuers.setdefault(numbered, issuer)
                if mention.session.isdigit():
                    scope.numbering_shapes.setdefault(issuer, set()).add(_year_shaped(mention.session))
        mention.issuer = issuer
        _in_issuers_order(mention, scope)
        previous = mention


# A name right before the kind word ("Commission on Human Rights resolution", "Conference of the
# Parties decision"): capitalised words, joined by the small words of a body's name
_NAME_BEFORE_KIND = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|to|against|in|the)\s+)*[A-Z][\w’'-]*)+)$")
# the head nouns of a body's name
_BODY_HEAD_WORDS = frozenset(
    "Commission Council Committee Assembly Board Conference Forum Meeting Group Organization Organisation "
    "Court Authority Panel Bureau Parties Congress Summit Tribunal".split()
)


def _named_issuer_unknown(stripped: str, refs: SentenceRefs, bodies: dict[int, str]) -> bool:
    """Whether ``stripped`` (the text before an instrument's kind word) ends in a body's name of
    two words or more that no body resolved covers: an issuer the reference data does not know
    ("Commission on Human Rights"), or whose name says no one body here ("Conference of the
    Parties" in a report of the Secretary-General, a stranger's descriptive name)."""
    if not stripped[-1:].isalpha():
        return False
    named = _NAME_BEFORE_KIND.search(stripped, max(0, len(stripped) - 120))
    if named is None or not _BODY_HEAD_WORDS.intersection(re.split(r"[\s-]+", named["name"])):  # ("Sub-Commission")
        return False
    start, end = named.start("name"), len(stripped)
    return not any(b.start < end and start < b.end for b in refs.bodies if b.start in bodies)


# the key of the General Assembly in the shipped reference data
_GENERAL_ASSEMBLY = "ga"


# "S-8", "ES-10": a special or emergency special session, which a body numbering by session writes
_SPECIAL_SESSION = re.compile(r"E?S-\d{1,4}")


# "decision 111/II": the count after the session in Roman numbers
_ROMAN_COUNT = re.compile(r"\d/[IVXL]+\b")


def _reporting_bodys_roman_count(text: str, mention: InstrumentMention, scope: Scope) -> str | None:
    """"It also recalled decision 111/II" in a chapter of a committee's report under the Assembly's
    symbol (`Scope.reporting_body`): a bare decision counted in Roman numbers after its session, as
    treaty bodies number theirs and the Assembly never does, is the reporting committee's (E193)."""
    reporter = scope.reporting_body
    if reporter is None or reporter == scope.author or mention.kind != "decision" or not scope.registry.bodies[reporter].issues_instruments:
        return None
    return reporter if _ROMAN_COUNT.search(text, mention.start, mention.end) else None


def _never_so_numbered(mention: InstrumentMention, issuer: str, scope: Scope) -> bool:
    """Whether a bare number the document's body would take by default (no issuer named) has a
    shape that body never writes: letters before its session ("decision BC-16/1", another
    organization's series), or a year for a session ("resolution 2005/69") where the document
    showed that body's numbers with a session's number only ("General Assembly resolution 77/12";
    the masthead's ordinal session says nothing: a commission meeting in its "sixty-first session"
    numbers its resolutions "2028/1"). No issuer is better than the wrong one (E167)."""
    session = mention.session
    if "-" in session and not _SPECIAL_SESSION.fullmatch(session):
        return True
    return _year_shaped(session) and scope.numbering_shapes.get(issuer) == {False}


def _own_short_issuer(mention: InstrumentMention, body: BodyMention, issuer: str, scope: Scope) -> str | None:
    """"Council resolution 52/4" in a report of the Human Rights Council whose paragraph named the
    Economic and Social Council or the Security Council before: the short name right before the
    kind word is the document's own body's, when that body is one of the name's namesakes, counts
    its sessions as the number does (by ordinal, or by year) and has held the number's session;
    "Council resolution 2005/1" (a year for a session) stays the namesake named (E264)."""
    own = scope.default_issuer
    session = mention.session
    if own is None or own == issuer or not session.isdigit() or own not in scope.candidates(body.short or ""):
        return None
    present = [ordinal for key, ordinal, term in scope.masthead_gatherings if key == own and term == "session"]
    return own if present and _year_shaped(str(max(present))) == _year_shaped(session) and int(session) <= max(present) else None


def _past_the_present_session(mention: InstrumentMention, issuer: str, scope: Scope) -> bool:
    """Whether a number's session (written in digits, not a year) is above the session of
    ``issuer`` the masthead says the document is of or for: the report of a commission on its
    twelfth session that recalls "resolution 58/153" cannot cite the commission's resolution of a
    fifty-eighth session it has not held (E240)."""
    if not mention.session.isdigit() or _year_shaped(mention.session):
        return False
    present = [ordinal for body, ordinal, term in scope.masthead_gatherings if body == issuer and term == "session"]
    return bool(present) and int(mention.session) > max(present)


def _assembly_by_the_day(mention: InstrumentMention, scope: Scope) -> str | None:
    """The General Assembly, the issuer whose "resolution 58/153" the United Nations cites bare,
    for a number ``_past_the_present_session`` took from the document's body, unless its day says
    otherwise: the Assembly's Nth regular session sits from September of 1945 + N to September of
    the year after ("of 22 December 2003" fits its fifty-eighth); a day that fits no session of
    it ("resolution 84/1 of 19 May 2028") is another body's, whom the sentence does not name, so
    nobody's here (E240)."""
    assembly = _GENERAL_ASSEMBLY if _GENERAL_ASSEMBLY in scope.registry.bodies else None
    if assembly is None or mention.kind != "resolution" or mention.session.startswith("0"):
        return None
    day = mention.date.start if mention.date is not None else None
    if day is not None:
        opened = 1945 + int(mention.session)
        if not (dt.date(opened, 9, 1) <= day <= dt.date(opened + 1, 9, 30)):
            return None
    return assembly


def _year_shaped(session: str) -> bool:
    """Whether a number's session is a year ("2031" of "decision 2031/242"), as the bodies that
    number their instruments by year write it, not a session's number ("86" of "86/210")."""
    return len(session) == 4 and session[:2] in ("19", "20")


def _issuer_whose_numbering_fits(mention: InstrumentMention, issuer: str | None, scope: Scope) -> str | None:
    """The issuer of a bare number the sentence names no issuer of: ``issuer`` (the document's
    default), unless the document showed that body's numbers in the other shape only and one other
    body's in this number's shape. A press release of the Economic and Social Council ("Council
    decision 2031/242", numbered by year) recounting "resolution 86/210" after "General Assembly
    resolution 69/313" (numbered by session) cites the Assembly's resolution: a number whose shape
    is not the issuer's numbering belongs to the body whose numbering it fits (E155). Without
    evidence of both bodies' shapes the default stands."""
    if issuer is None or not mention.session.isdigit() or not scope.numbering_shapes:
        return issuer
    year = _year_shaped(mention.session)
    if scope.numbering_shapes.get(issuer) != {not year}:
        return issuer
    fitting = [other for other, shapes in scope.numbering_shapes.items() if other != issuer and shapes == {year}]
    return fitting[0] if len(fitting) == 1 else issuer


def issuer_by_the_whole_numbering(scope: Scope) -> dict[tuple[str, str, str, str], str]:
    """The bare numbers given the default issuer before the document had shown how that body numbers
    its instruments, whose shape the whole document then shows to be another body's: an evaluation
    under the Economic and Social Council's symbol that tells of "resolution 60/124" in one paragraph
    and of "the Council, in its resolution 2032/9" and "General Assembly resolution 86/261" in later
    ones cites the Assembly's (`_issuer_whose_numbering_fits`, whose evidence is then the whole
    document's, not only the part read before the number; E191). Each (issuer, kind, session,
    number) to re-key, with its issuer."""
    moved: dict[tuple[str, str, str, str], str] = {}
    for issuer, kind, session, number in scope.defaulted_unshown:
        year = _year_shaped(session)
        if scope.numbering_shapes.get(issuer) != {not year}:
            continue
        fitting = [other for other, shapes in scope.numbering_shapes.items() if other != issuer and shapes == {year}]
        if len(fitting) == 1:
            moved[(issuer, kind, session, number)] = fitting[0]
    return moved


def _in_issuers_order(mention: InstrumentMention, scope: Scope) -> None:
    """"By Resolution 3/185 of 5 December 2030, the Council endorsed ...": a number read the
    default way (session 3, number 185) whose issuer, named by the sentence, numbers its
    instruments number first ("Resolution {number}/{session}", `numbering.writes_number_first`):
    resolution 3 of its 185th Session. The reference file's convention was set aside for the
    document, which names the body only by its short name ("the Council"), so that another
    body's "resolution 79/168" is not read in it; the sentence's issuer is what tells. A number
    only that order reads ("Resolution 6/2029": the session a year) stays unread for any other
    issuer. Numbers are keyed as written (`Scope.numbered_issuers`) before this turn."""
    body = scope.registry.bodies.get(mention.issuer or "")
    if body is not None and body.numbering and mention.session.isdigit() and mention.number.isdigit() and writes_number_first(body, mention.kind):
        mention.session, mention.number = unpadded_number(mention.number), unpadded_number(mention.session)
    elif mention.number_first_only:
        mention.issuer = None


def _speakers_own(plain: str, mention: InstrumentMention, scope: Scope) -> str | None:
    """The body speaking in an instrument's preambular paragraph that cites "its own" instrument:
    "Recalling General Assembly resolution 47/191, by which the Assembly requested the Council to
    set up the Commission, and its own resolution 2029/14" (the Council's, whatever body was named
    last, and whichever convention of another body the number also reads in)."""
    if scope.speaking is None or scope.speaking not in scope.registry.bodies or not scope.registry.bodies[scope.speaking].issues_instruments:
        return None
    before = plain[: mention.keyword_start]
    if not _OWN_BEFORE.search(before, max(0, len(before) - 12)) or ";" in before or not _PARTICIPLE_OPENS.match(before):
        return None
    return scope.speaking


def _its_subject(
    plain: str, mention: InstrumentMention, refs: SentenceRefs, issuing: dict[int, str], scope: Scope
) -> str | None:
    # "the Commission on Narcotic Drugs, through its resolution 65/2"
    before_its = plain[: mention.keyword_start]
    if before_its.endswith("own "):
        if (speaker := _speakers_own(plain, mention, scope)) is not None:
            return speaker
        before_its = _OWN_BEFORE.sub("", before_its)  # "reaffirmed its own resolution 73/6"
    if "of " in before_its:
        for b in refs.bodies:
            if b.end <= mention.keyword_start and b.start in issuing and _ESTABLISHMENT_OF_BY_ITS.fullmatch(before_its, b.end) and (
                _CLAUSE_SUBJECT_START.search(before_its, max(0, b.start - 12), b.start)
            ):
                # "The General Assembly welcomed the establishment of the Human Rights Council by
                # its resolution 60/251": the subject of the verb, not the body set up (E168)
                return issuing[b.start]
    if "which it" in before_its or "that it" in before_its or "which they" in before_its:
        for b in refs.bodies:
            if b.end <= mention.keyword_start and b.start in issuing and _OBJECT_WHICH_IT_BY_ITS.fullmatch(before_its, b.end) and (
                _OPENING_SUBJECT.fullmatch(before_its, 0, b.start) or _CLAUSE_SUBJECT_START.search(before_its, max(0, b.start - 12), b.start)
            ):
                # "The General Assembly took note of the work of the Peacebuilding Commission, which
                # it had set up through its resolution 60/180": "it" is the clause's subject, not
                # the body named in its object
                return issuing[b.start]
    for b in reversed(refs.bodies):
        if b.end <= mention.keyword_start and b.start in issuing:
            if _THROUGH_ITS.match(before_its[b.end :]) or _PARTICIPLE_ITS.match(before_its[b.end :]):
                return issuing[b.start]
            if _VERB_ITS.match(before_its[b.end :]) and _CLAUSE_SUBJECT_START.search(before_its, max(0, b.start - 12), b.start):
                return issuing[b.start]
            if _VERB_IN_ITS.match(before_its[b.end :]) and (
                _AS_THE.search(before_its, max(0, b.start - 12), b.start) or _CLAUSE_SUBJECT_START.search(before_its, max(0, b.start - 12), b.start)
            ):
                # "as the Council requested in its resolution 58/21", "the Assembly decided in its
                # resolution 86/5": the subject of the verb right before "in its"
                return issuing[b.start]
            if _VERB_BY_ITS.match(before_its[b.end :]) and _WHICH_THE.search(before_its, max(0, b.start - 20), b.start):
                # "which the Council created by its resolution 2026/12": the relative clause's subject
                return issuing[b.start]
            if (
                _OPENING_SUBJECT.fullmatch(before_its, 0, b.start) or _CLAUSE_SUBJECT_START.search(before_its, max(0, b.start - 12), b.start)
            ) and _ACTED_BY_ITS.fullmatch(before_its, b.end):
                # "The Governing Council established the Committee as a subsidiary organ by its
                # decision 19/32": the subject the sentence opens on acted by its own instrument;
                # "..., and the Council later approved it in its decision 2031/214": so the
                # subject of a clause (E186)
                return issuing[b.start]
            break
    coordinated = _coordinated_verb_subject(before_its, refs, issuing) if " and " in before_its else None
    if coordinated is not None:
        return coordinated
    if " and " in before_its:
        for b in refs.bodies:
            if b.end > mention.keyword_start or b.start not in issuing:
                continue
            if (
                _OPENING_SUBJECT.fullmatch(before_its, 0, b.start) or _CLAUSE_SUBJECT_START.search(before_its, max(0, b.start - 12), b.start)
            ) and _CITED_THEN_AND_ITS.fullmatch(before_its, b.end):
                # "The Council also recalled General Assembly resolution 75/314 and its own resolution
                # 49/30": the last of the verb's objects, joined by "and", is the subject's own; so
                # after an opening phrase set off by a comma ("In the preamble of resolution 96/14,
                # the Council recalled ... and its own resolution 91/8", E275)
                return issuing[b.start]
    # "In its resolution 10/6, on ..., the Conference requested": the subject that follows
    return _subject_after_opening(plain, mention, refs, issuing) or scope.default_issuer_of(mention.kind)


# "welcomed (noted, recalled) the establishment of the Council by (paragraph 1 of) its resolution":
# a verb of the subject's, the noun of a body's origin and the body, then the subject's own instrument
_ESTABLISHMENT_OF_BY_ITS = re.compile(
    r"\s*,?\s+(?:(?:had|has|have)\s+)?(?:also\s+|further\s+)?[a-z]{3,}(?:ed|s)\s+(?:also\s+|further\s+)?the\s+"
    r"(?:establishment|creation|setting\s+up|institution|formation)\s+of\s+[^,;()]{3,150}?\s+(?:by|in|through|under)\s+"
    r"(?:(?:sub)?paragraphs?\s+\d{1,3}\s+of\s+)?(?:its|their)\s+$"
)
# "the Commission recalled resolution 2029/18 ... and reaffirmed its own resolution 73/6": a second
# verb joined by "and" to the subject's first, then "its"
_AND_VERB_ITS = re.compile(r"\band\s+(?:also\s+|further\s+)?[a-z]{3,}(?:ed|s)\s+(?:also\s+|further\s+)?(?:its|their)\s+$")
_SUBJECT_VERB = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:also\s+|further\s+)?[a-z]{3,}(?:ed|s)\b")


def _coordinated_verb_subject(before_its: str, refs: SentenceRefs, issuing: dict[int, str]) -> str | None:
    """The subject of the first verb of "the Commission recalled ... and reaffirmed its": the last
    issuing body before "and" that opens a clause and is followed right away by a verb, with no
    other clause (";", "which", "that") between it and "its"."""
    joined = _AND_VERB_ITS.search(before_its, max(0, len(before_its) - 60))
    if joined is None:
        return None
    for b in reversed(refs.bodies):
        if b.end > joined.start() or b.start not in issuing:
            continue
        if not _SUBJECT_VERB.match(before_its, b.end) or not _CLAUSE_SUBJECT_START.search(before_its, max(0, b.start - 12), b.start):
            continue
        between = before_its[b.end : joined.start()]
        if ";" in between or re.search(r"\b(?:which|that|who|whose)\b", between):
            return None
        return issuing[b.start]
    return None


# "The Council also recalled General Assembly resolution 75/314 and its": a citing verb right after
# the subject that opens the sentence, its objects in one list (no clause of another subject)
_CITED_THEN_AND_ITS = re.compile(
    r"\s+(?:also\s+|further\s+)?(?:recalled|recalls|reaffirmed|reaffirms|referred\s+to|refers\s+to|cited|cites|"
    r"took\s+note\s+of|takes\s+note\s+of)\s+(?:(?![;:]|\b(?:which|who|whose|that|while)\b)[^;:]){1,200}?,?\s+and\s+(?:also\s+)?(?:its|their)\s+"
)


# A sentence that opens on its subject ("The Governing Council ...", after a connective), then its
# verb in the past or present and the verb's object, then "by its" / "in its" (no relative clause
# or new clause between, whose subject "its" could be)
# ("In 2031 the Council ...": the comma after a year may be left out)
_OPENING_SUBJECT = re.compile(r"\s*(?:(?:In\s+\d{4}|Subsequently|Later|Thereafter|Earlier),?\s+)?[Tt]he\s+")
_ACTED_BY_ITS = re.compile(
    r"\s+(?:(?:also|further|later|then|since|thereafter|again|had|has|[a-z]{3,}ly)\s+){0,3}"
    r"(?:[a-z]{3,}ed|established|set\s+up|created|mandated|requested|decided|adopted|t(?:ook|aken)\s+note\s+of|took|made|gave)\b"
    r"(?:(?![;:]|\b(?:which|who|whose|that|and\s+the|while)\b)[^;:]){0,200}?\b(?:by|in|through|under)\s+its\s+"
)

# "The Human Rights Council reviewed the Expert Mechanism, which it had established by its resolution
# 6/36": the subject's verb and object, then a relative clause whose "it" is that subject, acting by
# "its" instrument (E264; G2 left it: "its" after a relative "it" went to the document's body)
_OBJECT_WHICH_IT_BY_ITS = re.compile(
    r"\s+(?:(?:also|further|later|then|again|has|had|[a-z]{3,}ly)\s+){0,3}(?!(?:is|was|were|are|has|had|have|been)\b)(?:[a-z]{3,}(?:ed|s)|took|made|set|held|gave|kept|began)\b"
    r"[^;:]{1,200}?,\s+(?:which|whom|that)\s+(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:(?:also|first|originally|initially|later|itself)\s+)?"
    r"(?:[a-z]{3,}ed|set\s+up|made)\s+(?:(?:(?!\b(?:which|who|whose|that|and\s+the)\b)[^;:,]){0,80}?\s+)?(?:by|in|through|under)\s+its\s+"
)

# An adverb of time set off before an opening phrase: "Most recently, in resolution 86/137",
# "More recently, in its resolution 86/176, the Assembly called upon" (E177)
_TIME_SET_OFF = r"(?:(?:Most|More)\s+recently|Subsequently|Later|Thereafter|Then|Finally|Lastly|Recently|In\s+(?:19|20)\d\d),\s+"
# "In its resolution 10/6", "By their decision 3/2", "In the same resolution 2030/21": an opening
# phrase whose instrument is the act of the subject named after it.
# "... and which, by its resolution 2028/19, ..., the Council decided": so inside a relative clause
# ("On 7 June 2022, by its resolution 2022/5, the Council ...": the day set off before it, E179)
# "At the same session, by resolution 55/3, the Council …", "During that meeting, through its
# decision 4/2, the Conference …": the gathering told back set off before the opening phrase, as a
# day is (G2: in a document of a third body the subject named after it is the issuer, E257's family)
_SESSION_TOLD_BACK = r"(?:Also\s+)?(?:[Aa]t|[Dd]uring)\s+(?:that|the\s+same)\s+(?:session|meeting)\s*,\s*"
# ("In paragraph 9 of its resolution 89/54, ..., the General Assembly requested": the paragraph
# cited before the subject's own instrument, E265)
_PARAGRAPH_OF = r"(?:(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?(?:\s*(?:,|and|to)\s*\d{1,3}(?:\s*\([a-z]{1,4}\))?){0,3}\s+of\s+)?"
_OPENING = re.compile(
    rf"(?:^|\bthat|\bwhich\s*,)[\s,]*(?:{DAY_OPENING}|{_SESSION_TOLD_BACK})?(?:Also\s+|{_TIME_SET_OFF})?(?:In|Through|By|Under)\s+{_PARAGRAPH_OF}(?:its|their|the\s+same)\s+$", re.IGNORECASE
)


# "In resolution 85/160, ...": the sentence opens on the bare number (no "its"); only "In": after
# "By resolution 2000/22, the Forum was established" the subject is what the instrument made.
# "Most recently, in resolution 86/137", "Subsequently, in resolution 68/3": an adverb of time
# set off before the opening phrase
# "said that in resolution 86/210 of 21 December 2031 the General Assembly had called on ...": a
# reported clause opens on the bare number in lower case after "that" (E155)
_IN_BARE = re.compile(
    rf"(?:^|[.;:]\s+|\bthat\s+)(?:In|(?:Also|Further(?:more)?,?|Moreover,)\s+in|{DAY_OPENING}in"
    r"|(?:(?:Most|More)\s+recently|Subsequently|Later|Thereafter|Then|Finally|Lastly|Recently|In\s+(?:19|20)\d\d),\s+in)\s+$"
    r"|\bthat\s+in\s+$"
)
_IN_BARE_REACH = 200  # characters before the reference's spaces: the longest opening with room for its spaces
# The subject's verb: a passive ("the Forum was established") is no act of the subject.
_PASSIVE_AFTER = re.compile(r"\s*(?:,\s*)?(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\b")


def _subject_after_opening(
    plain: str, mention: InstrumentMention, refs: SentenceRefs, issuing: dict[int, str], bare: bool = False
) -> str | None:
    if bare or _OPENING.search(plain[: mention.keyword_start]):
        for b in refs.bodies:
            if b.start >= mention.end and b.start in issuing and _SUBJECT_AFTER.search(plain[: b.start]):
                if bare and _PASSIVE_AFTER.match(plain, b.end):
                    return None
                return issuing[b.start]
    return None


# "By resolution 85/114, the General Assembly requested": "By" (or "Through", "Under") opening on a
# bare number acted on by the subject that follows, when that subject acts ("By resolution
# 2000/22, the Forum was established" names what the instrument made, not its issuer).
_BY_BARE = re.compile(
    rf"(?:^|[.;:]\s+|\bthat\s+)(?:{DAY_OPENING}|{_SESSION_TOLD_BACK})?(?:(?:Also|Further(?:more)?,?|Moreover,)\s+)?(?:By|by|Through|through|Under|under)\s+$"
)
# The subject's verb, in the active: an adverb or a session set off between ("the Assembly, at its
# eighty-fifth session, decided"), not an auxiliary of the passive
_ACTS_AFTER = re.compile(
    r"\s*(?:,\s*(?:at|during|in|on)\s[^,;:]{1,80},\s*)?(?:also\s+|further\s+|[a-z]{2,}ly\s+)?"
    r"(?!(?:is|was|were|are|be|been|being|has\s+been|had\s+been|have\s+been)\b)"
    r"(?:[a-z]{2,}(?:ed|es|s)|set|made|took|gave|began|(?:has|had|have)\s+[a-z]{2,}(?:ed|en|t|de))\b"
)


def _acting_subject_after_by(plain: str, mention: InstrumentMention, refs: SentenceRefs, issuing: dict[int, str]) -> str | None:
    """The issuer of "By resolution 85/114, [adopted on ...,] the General Assembly requested":
    the first body named after the opening phrase's comma, when it issues instruments and its
    verb follows it in the active."""
    for b in refs.bodies:
        if b.start < mention.end or not _SUBJECT_AFTER.search(plain[: b.start]):
            continue
        if b.start in issuing and _ACTS_AFTER.match(plain, b.end):
            return issuing[b.start]
        return None
    return None


# "The General Assembly, in resolution 85/114, requested", "and the Council, by resolution
# 2031/4 of 20 July 2031, decided": the clause opens on its subject, the instrument set off by
# commas after it.
# "The Human Rights Council, for its part, in resolution 57/11 encouraged": an aside set off
# before the instrument
_SUBJECT_SET_OFF = re.compile(
    r"\s*,\s+(?:(?:for\s+(?:its|their)\s+part|in\s+turn|in\s+its\s+turn|likewise|similarly|for\s+its\s+side)\s*,\s+)?"
    r"(?:also\s+)?(?:in|by|through|under)\s+$"
)
_CLAUSE_OPENS = re.compile(
    # ("Whereas the Assembly, by Resolution A44-17, requested": an agency's recital, E228)
    r"(?:^|[.;:]\s+|\b(?:and|but|while|[Ww]hereas|WHEREAS|that|when|where)\s+(?:then\s+|later\s+)?)(?:\d{1,3}\.\s+)?"
    # ("On 4 April 2023, the Human Rights Council, through resolution 52/1, ...": E179)
    rf"(?:(?:In\s+\d{{4}}|[A-Z][a-z]+),\s+|{DAY_OPENING})?(?:[Tt]he\s+)?$"
)
# The words after the set-off instrument: its verb in the passive ("The Committee, in resolution
# 12/3, was requested to ...") makes the subject its addressee, not its issuer.
_SET_OFF_THEN_PASSIVE = re.compile(r"[^,;:]{0,120},\s*(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\b")


# "The General Assembly and the Security Council, in resolutions 60/180 and 1645 (2005), established
# …", "… was established by the General Assembly and the Security Council, by their concurrent
# resolutions …": organs named together as the subject (or the agent), then one plural keyword set
# off; the organs and the numbers go in pairs, in order (E212)
_ORGANS_JOINED = re.compile(r"\s*,?\s+and\s+(?:the\s+)?$|\s*,\s+(?:the\s+)?$")
_ORGANS_SET_OFF = re.compile(
    r"\s*,?\s+(?:(?:also\s+|respectively\s+)?(?:in|by|through|under)\s+)(?:their\s+|the\s+|(?P<its>its\s+))?"
    rf"(?:{ORGANS_OWN_TEXTS}\s+)?$"
)


def _organs_paired_with_numbers(plain: str, refs: SentenceRefs, ends: dict[int, BodyMention], issuing: dict[int, str]) -> dict[int, str]:
    """The issuer of each member of a plural keyword's list (by its start) that organs named together
    right before it give in order (`_ORGANS_SET_OFF`): as many organs, each issuing, as numbers."""
    lists: dict[int, list[InstrumentMention]] = {}
    for mention in refs.instruments:
        lists.setdefault(mention.keyword_start, []).append(mention)
    paired: dict[int, str] = {}
    for keyword_start, members in lists.items():
        if len(members) < 2 or not plain.startswith(("resolutions", "decisions", "Resolutions", "Decisions"), keyword_start):
            continue
        set_off = _ORGANS_SET_OFF.search(plain, max(0, keyword_start - 60), keyword_start)
        last = ends.get(set_off.start()) if set_off is not None else None
        organs = [last] if last is not None else []
        while organs and (joined := _ORGANS_JOINED.search(plain, max(0, organs[0].start - 12), organs[0].start)) is not None and (
            earlier := ends.get(joined.start())
        ) is not None:
            organs.insert(0, earlier)
        keys = [issuing[organ.start] for organ in organs]
        if len(organs) != len(members) or len(set(keys)) != len(keys):
            continue
        if set_off is not None and set_off["its"] and len({_year_shaped(m.session) for m in members}) != len(members):
            # "The Economic and Social Council and the General Assembly, in its resolutions 2031/5
            # and 88/12": "its" after two organs pairs them only where the numbers' shapes differ
            # (a year's, a session's), as the two organs number theirs (E219)
            continue
        paired.update({member.start: key for member, key in zip(sorted(members, key=lambda m: m.start), keys)})
    return paired


def _subject_set_off_before(plain: str, mention: InstrumentMention, ends: dict[int, BodyMention], issuing: dict[int, str]) -> str | None:
    set_off = _SUBJECT_SET_OFF.search(plain, max(0, mention.keyword_start - 44), mention.keyword_start)
    if set_off is None or set_off.end() != mention.keyword_start:
        return None
    subject = ends.get(set_off.start())
    if subject is None or _CLAUSE_OPENS.search(plain, 0, subject.start) is None or _SET_OFF_THEN_PASSIVE.match(plain, mention.end):
        return None
    return issuing[subject.start]


# "its eighty-fifth", "its resumed 85th", "its one hundred and eighteenth" (E193): what "its" numbers
_ITS_NTH = rf"(?:its|their)\s+{ORDINAL_OR_WORD}(?:\s+\S+)?"
# ("In its twenty-seventh session, which opened on 1 January 2032, the Commission will ...")
# ("On 14 June 2031, at its 10811th meeting, the Council adopted ...": the day set off before it, E179)
# ("For its fifty-second session, the Committee had before it ...": the papers prepared for the
# subject's own session, E257)
_AT_ITS = re.compile(
    rf"^\s*(?:{DAY_OPENING})?(?:Also\s+)?(?:At|During|Since|In|For)\s+{_ITS_NTH}\s+(?:session|meeting)s?$", re.IGNORECASE
)
# "Meeting in Bangkok for its ninth session, the Committee on Coastal Data adopted", "Having met at
# Geneva for its sixtieth session, the Council ...": a participle of meeting opens the sentence; "its"
# is the subject's, named after the comma (E208)
_MET_FOR_ITS_OPENING = re.compile(
    rf"^\s*(?:{DAY_OPENING})?(?:Meeting|Convening|Sitting|Gathered|Assembled|Having\s+(?:met|convened|assembled|gathered))"
    rf"(?:\s+(?:in|at)\s+[A-Z][^,;:()]{{0,60}}?)?\s*,?\s+for\s+{_ITS_NTH}\s+(?:session|meeting)s?$"
)
# every match holds one of these words as written: a sentence holding none is not matched
_MET_FOR_ITS_WORDS = ("Meeting", "Convening", "Sitting", "Gathered", "Assembled", "Having")


def _met_for_its_opening(text: str, end: int) -> bool:
    """Whether ``text[:end]`` matches `_MET_FOR_ITS_OPENING` ("Meeting in Bangkok for its ninth session")."""
    return any(word in text for word in _MET_FOR_ITS_WORDS) and _MET_FOR_ITS_OPENING.match(text, 0, end) is not None


# "In its report on its fifty-eighth session (A/86/53), the Human Rights Council recommended":
# an opening phrase on the subject's own paper about its gathering; "its" is the subject's, named
# after the comma
_ITS_PAPER_ON_ITS_OPENING = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:Also\s+)?(?:In|Through|By|With|Under)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|note|letter|communication|submission|statement|summary|conclusions|recommendations)s?\s+(?:on|of|for|covering)\s+"
    rf"(?:the\s+work\s+of\s+)?{_ITS_NTH}\s+(?:session|meeting)s?$",
    re.IGNORECASE,
)
# "By its resolution 84/102, adopted at its eighty-fourth session, the Assembly decided", "By
# decision X/5, adopted at its tenth session, the Meeting of the Parties resolved": an opening
# phrase naming an instrument and where it was adopted; "its" is the subject's, named after it
# ("In decision 65/2, agreed (approved, endorsed, taken) at its sixty-fifth session, the Commission
# ...": any verb of the taking of an instrument, E186)
_ADOPTED_AT_ITS_OPENING = re.compile(
    # ('In its resolution 85/52, entitled "..." and adopted on 4 December 2030 at its eighty-fifth
    # session, the General Assembly requested': the title between)
    r"^\s*(?:Also\s+)?(?:By|In|Through|Under|With)\s+(?:its\s+|their\s+|the\s+same\s+)?[^;:]{0,200}?,\s+"
    r"(?:entitled\s+[“\"][^”\"]{1,240}[”\"],?\s+and\s+)?(?:which\s+was\s+)?"
    rf"(?:adopted|agreed(?:\s+upon)?|approved|endorsed|taken)\s+(?:on\s+[^,;]{{0,40}}?\s+)?(?:at|during)\s+{_ITS_NTH}\s+(?:session|meeting)s?$",
    re.IGNORECASE,
)


# "Following its consideration of the report (A/78/250) at its seventy-eighth session, the General
# Assembly adopted", "After its examination of …", "Having considered the report (X) at its
# seventy-eighth session, the Assembly …": an opening phrase on the subject's own consideration of a
# paper, ending on the gathering; "its" is the subject's, named after the comma, not the paper's
# author named inside (E245)
_CONSIDERED_AT_ITS_OPENING = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:Also\s+)?(?:(?:Following|After|Upon|On)\s+(?:its|their)\s+(?:consideration|examination|review|discussion)\s+of"
    r"|Having\s+(?:(?:also|further)\s+)?(?:considered|examined|reviewed|discussed)|After\s+(?:having\s+)?(?:considered|considering|examining|reviewing))"
    rf"\s(?:[^;:]{{0,300}}?\s)?(?:at|during)\s+{_ITS_NTH}\s+(?:session|meeting)s?$"
)
# "the evaluation adopted by the Review Committee at its thirtieth meeting": the agent's gathering, not
# the subject's
_AGENT_AT_ITS = re.compile(rf"\bby\s+(?:the\s+)?[A-Z][^,;:()]{{0,150}}?\s+(?:at|during)\s+{_ITS_NTH}\s+(?:session|meeting)s?$")
# after an opening that ends on the gathering, the subject right after the comma, or past an aside
# set off by commas that may name other bodies ("At its eleventh session, in the light of the report
# of the Secretariat (X), the Commission adopted", "At its twelfth session, held in Vienna, the
# Board", E245)
_TO_THE_SUBJECT = re.compile(r"\s*,\s+(?:[a-z][^;:]{0,300}?,\s+)?(?:[Tt]he\s+)?$")


def _opens_on_its_gathering(text: str, g: GatheringMention) -> bool:
    """Whether the sentence opens on the gathering "its" names, its subject after it: "At its
    126th Session, …", "By resolution 84/102, adopted at its eighty-fourth session, …", "Following
    its consideration of … at its seventy-eighth session, …"."""
    head = text[: g.end]
    return bool(_AT_ITS.match(head) or _ADOPTED_AT_ITS_OPENING.match(head) or _CONSIDERED_AT_ITS_OPENING.match(head))


def considering_opens_at(text: str, end: int) -> re.Match[str] | None:
    """The opening "Following its consideration of … at its seventy-eighth session" (or "Having
    considered … at its …") ending at ``end``, where the gathering ends, if the sentence opens so."""
    if "its" not in text[:end] or _AGENT_AT_ITS.search(text, max(0, end - 240), end) is not None:
        return None
    return _CONSIDERED_AT_ITS_OPENING.match(text, 0, end)


def _subject_after_considering(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str]) -> str | None:
    """The subject of a sentence opening on its own consideration of a paper at the gathering
    (`_CONSIDERED_AT_ITS_OPENING`), named right after the comma: its body, whatever body the paper's
    author is (E245)."""
    if considering_opens_at(text, g.end) is None:
        return None
    after = [b for b in refs.bodies if b.start >= g.end and b.start in bodies]
    subject = _subject_after_its_opening(text, g, after)
    return bodies[subject.start] if subject is not None and _TO_THE_SUBJECT.match(text, g.end, subject.start) else None


# "At its 126th session, it considered …", "At its tenth session, held in Nairobi from …, it adopted":
# the opening's subject is a pronoun
_PRONOUN_SUBJECT_AFTER = re.compile(r"(?:\s*\([^()]{0,200}\))?\s*,\s*(?:(?:held|convened)\b[^;()]{0,160}?,\s*)?(?:it|they)\s+(?!is\b|was\b|will\b)[a-z]")


def _pronoun_subjects_holder(text: str, g: GatheringMention, bodies: dict[int, str], scope: Scope) -> str | None:
    """"At its 126th session, it considered a further document (X) containing the assessment
    requested by the Assembly": a sentence opening on its gathering whose subject is "it" (or
    "they"): the body the paragraph named before the sentence (the one the sentence before opened on
    first), when it holds such gatherings; not a body named further on (E285)."""
    if scope.speaking is not None or not _PRONOUN_SUBJECT_AFTER.match(text, g.end):
        return None
    earlier = _named_before_the_sentence(scope, bodies)
    return earlier[-1] if earlier and _holds(earlier[-1], g, scope) else None


def _subject_after_its_opening(text: str, g: GatheringMention, after: list[BodyMention]) -> BodyMention | None:
    """The subject of a sentence that opens on its gathering (``after``: the bodies named after it):
    the first one right after the comma or past an aside set off by commas; else the first one."""
    return next((b for b in after if _TO_THE_SUBJECT.match(text, g.end, b.start)), after[0] if after else None)


# "of the Intergovernmental Conference on ...": a name in capitals after the gathering.
_OF_A_NAME = re.compile(r"\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]+")
# A group named just before "on its" / "at its" that no body of the reference data matched.
# "informal group ", "task force, ": a group's noun in lower case right before a bare ordinal gathering
_GROUP_RIGHT_BEFORE = re.compile(r"\b(?:group|task\s+force|team|panel)\s*,?\s+$")
_UNKNOWN_GROUP_BEFORE = re.compile(
    r"\b(?:working\s+group|expert\s+group|group\s+of\s+experts|task\s+force)\b[^,;.()]{0,240}?\s+(?:on|at|during)\s+$",
    re.IGNORECASE,
)


# "establish an open-ended working group on ...": the group named is born in the sentence
# "to the Statistical Commission at its": the body named is the one whose gathering it is
_TO_A_BODY_AT = re.compile(r"\b(?:to|before|with)\s+the\s+(?:[A-Z][\w-]*\s+)+(?:(?:of|on|for|and|the|in)\s+(?:[A-Z][\w-]*\s+)+)*at\s+(?:(?:its|their)\s*)?$")
_GROUP_BORN_BEFORE = re.compile(
    r"\b(?:establish|create|set\s+up|constitute|convene)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:working\s+group|expert\s+group"
    r"|group\s+of\s+experts|task\s+force)\b[^;.()]{0,240}?\s+(?:on|at|during|by)\s+$",
    re.IGNORECASE,
)


# "by which it had set up an informal working group on X at ", "whereby it established a task force
# on Y during ": a relative clause on an instrument, its subject "it", the group it set up; not past
# a second verb ("by which it established an expert group on X, and requested the Statistical
# Commission to review its terms at ": the body asked, `_addressee_holds_its`, E255)
_SET_UP_BY_WHICH_IT = re.compile(
    r"\b(?:which|whereby)\s+it\s+(?:had\s+|has\s+)?(?:established|created|set\s+up|constituted|convened)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:working\s+group|expert\s+group|group\s+of\s+experts|task\s+force)\b"
    r"(?:(?!\band\s+(?:had\s+)?(?:also\s+|further\s+)?[a-z]{3,}ed\s)[^;.()]){0,240}?\s+(?:at|during)\s+$",
    re.IGNORECASE,
)


def _setter_up_of_a_group(text: str, g: GatheringMention, scope: Scope) -> str | None:
    """The body whose gathering "its" names after a relative clause telling that "it" set up a
    group (a note recounting an earlier decision): the document's issuer, when it holds
    gatherings of that word; "its" is not the group's, which met later if at all."""
    window = text[max(0, g.start - 300) : g.start]
    if "which it " not in window and "whereby it " not in window:
        return None  # most gatherings are done here, before any pattern
    issuer = scope.default_issuer or scope.author
    known = scope.registry.bodies.get(issuer or "")
    if known is None or known.gathering_term != g.word:
        return None
    return issuer if _SET_UP_BY_WHICH_IT.search(window) else None


# "The task force held its first meeting ... and its second meeting", "the expert group will hold
# its second meeting": a
# group named in lower case (a description, not a name the reference data knows) holds it, not
# the document's author
_UNKNOWN_GROUP_HOLDS = re.compile(
    r"\b[Tt]he\s+(?:working\s+group|expert\s+group|group\s+of\s+experts|task\s+force)\b[^,;.()]{0,160}?\s+"
    r"(?:(?:will|would|shall|should|to)\s+hold|held|holds|has\s+held|convened|opened)\s+(?:[^;]*\s(?:and|then)\s+)?$"
)


# "the Security Council at its 9987th meeting", "the Executive Board, at its 158th session": the
# body named right before "at its".
# "the Committee's 430th meeting": the owner's name right before the ordinal (E130)
_POSSESSIVE_RIGHT_BEFORE = re.compile(r"(?:'s|’s)\s+")
# "; at its ", "; during their ": a clause after a semicolon opening on its gathering (E130)
_AT_ITS_AFTER_SEMICOLON = re.compile(r";\s+(?:[Aa]t|[Dd]uring)\s+$")
_COMMA_THEN_THE = re.compile(r"\s*,\s+(?:the\s+)?")
_BODY_AT_ITS = re.compile(r"^\s*,?\s*(?:at|during)\s+$", re.IGNORECASE)
# "the recommendations of the Standing Committee adopted at its 110th meeting", "the conclusions of
# the Working Party agreed at its 99th session": what the body named after "of" adopted, at its own
# gathering (the participle's agent left out is that body, E256)
_OF_BODY = re.compile(r"\bof\s+(?:the\s+|its\s+)?$")
_OF_BODY_ADOPTED_AT_ITS = re.compile(
    r"^\s*,?\s*(?:(?:as\s+)?(?:adopted|agreed(?:\s+upon)?|approved|formulated|made|reached|taken)\s+(?:at|during))\s+$"
)
# The sentence opens with the body: "The Council", "1. The Executive Board" (its subject).
# "would hold", "will reconvene at 10 a.m. on Monday, 24 February, for": a body's verb of holding
# or resuming its meetings, right before "its" (no other clause between)
# "The Committee's conclusions will be reflected in the report of its 141st Session": the report
# of a gathering in figures, "its" the body named last before (a sitting has no report of its own)
_REPORT_OF_ITS = re.compile(r"\b(?:[Rr]eports?|REPORTS?)\s+(?:of|on)\s+(?:the\s+work\s+of\s+)?$")
_BODY_HOLDS_ITS = re.compile(
    # ("the Joint FAO/WHO Expert Committee on Food Additives (JECFA) would hold its 104th meeting":
    # the body named last is the abbreviation in brackets after its name, its bracket closing, E271)
    r"^(?:\)|\s+\([A-Z][A-Za-z]{1,11}\))?\s+(?:(?:will|would|shall|is\s+to|was\s+to|is\s+scheduled\s+to)\s+)?"
    r"(?:holds?|held|(?:re)?convene[sd]?|meets?|met)\s+(?:[^;()]{0,60}?\s+for\s+)?$"
    # ("The Council concluded its 126th session (Geneva, ...)", "the Board opened its annual
    # session": the body whose session opens or closes is the one that holds it, E303)
    r"|^\s+(?:(?:will|would|shall|has|had)\s+)?(?:open(?:s|ed)?|conclude[sd]?|close[sd]?|ended|ends|completed|completes)\s+$"
)
# An opening phrase set off by a comma may stand before it ("For its consideration of the item, the
# Committee had before it, at its 14th meeting", "Under this item, the Board considered at its
# 180th session"): no body named in it (the one body before the gathering is the subject)
_SUBJECT_FIRST = re.compile(r"^\s*(?:\d{1,3}\.\s+)?(?:The\s+|the\s+)?$")
_SUBJECT_AFTER_OPENING = re.compile(r"^\s*(?:\d{1,3}\.\s+)?(?:[A-Z][^,;:()]{0,100},\s+)?(?:The\s+|the\s+)?$")
# "(X), which the Council considered at its 10652nd meeting", "the draft that the Board took up
# during its 180th session": the body is the subject of a relative clause whose verb is what the
# gathering did with the paper, right before "at its" (E140)
_WHICH_THE_BODY = re.compile(r"\b(?:which|that)\s+(?:the\s+)?$")
_VERBED_AT_ITS = re.compile(
    r"^\s+(?:had\s+|has\s+)?(?:also\s+|then\s+|later\s+|subsequently\s+)?"
    r"(?:considered|examined|discussed|reviewed|took\s+up|noted|took\s+note\s+of|debated|adopted|endorsed|approved)\s+"
    r"(?:at|during)\s+$"
)
_AT_BEFORE = re.compile(r"\b(?:at|during)\s+$")
# "the report of the Executive Committee on its 130th meeting", "Report of the Bureau on the work of
# its 12th meeting": the body a report is of, named right before "on its", holds the gathering (in
# figures too: a report is of a body's own gathering, never of a plenary sitting inside one)
_REPORT_OF_BODY_ON_ITS = re.compile(
    r"\b(?:[Rr]eports?|REPORTS?)\s+(?:of|by)\s+(?:the\s+)?(?P<body>[A-Z][^,;()]{2,120}?)\s+on\s+(?:the\s+work\s+of\s+)?(?:(?:its|their)\s+)?$"
)

_REPORT_OF_GROUP_ON_ITS = re.compile(
    r"\b(?:[Rr]eports?|REPORTS?)\s+(?:of|by)\s+(?:the\s+)?(?:(?:open-ended|expert|ad\s+hoc|standing|informal|intergovernmental)\s+)*"
    r"(?P<body>[a-z][^,;()]{2,160}?)\s+on\s+(?:the\s+work\s+of\s+)?(?:(?:its|their)\s+)?$"
)

# "held its 117th session", "will hold its 120th session", "covering its 117th to 119th
# sessions", "on its 117th session", "for its 119th session", "adopted at its 108th session": what
# is said of a body's own sessions (not "resolution 9/4 of its 98th session", a recital)
# ("decided that its 179th session should be convened ...", "Decides that its 222nd session be
# held ...": "should" and the bare subjunctive too)
_TO_BE_HELD = re.compile(
    r"\s+(?:(?:will|shall|should|would|is\s+to|was\s+to)\s+(?:be\s+(?:held|convened)|take\s+place)|be\s+(?:held|convened))\b"
)
_HOLDS_OR_COVERS = re.compile(
    # "preceded by the 101st session of the Executive Committee ..., and followed by its 102nd
    # session": a session that comes before or after another is a gathering, no sitting
    # "Accepts the offer of Morocco to host its 131st session": a host holds the body's session
    # "deferred a decision to its 353rd session", "until its 112th session": the session a
    # matter is put off to, or waits for
    r"\b(?:h[eo]ld|holds|holding|host(?:s|ed|ing)?|convened?|convenes|convening|cover(?:s|ing)?|resumed?|opened?|on|for|during|at|(?:followed|preceded)\s+by"
    r"|to|until|before|after)\s+(?:also\s+)?$",
    re.IGNORECASE,
)


_POSSESSIVE = re.compile(r"\w['’]s\b")


def _gathering_of_group(text: str, g: GatheringMention, scope: Scope) -> str | None:
    """"the thirtieth meeting of States parties to the Convention": the body the group named
    after the gathering holds it as (`meetings_of_parties`); the treaty may follow the group's
    name as the reference data writes it ("States parties" + " to the Optional Protocol")."""
    if g.of_body is None:
        return None
    treaty = _TREATY_AFTER.match(text, g.of_body.end)
    written = text[g.of_body.start : g.of_body.end] + (treaty[0] if treaty else "")
    if written[: len(g.word) + 4].lower() == g.word + " of ":
        # ("meeting of States parties" read as another treaty's "Meeting of States Parties")
        written = written[len(g.word) + 4 :]
    return gathering_body_of_group(scope.registry, written, g.word, scope.matcher.unevidenced)


_TREATY_AFTER = re.compile(r"(?:\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:Convention|Protocol|Agreement|Treaty)\b)?", re.IGNORECASE)


# "to hold its 105th session in Geneva from 12 to 30 May 2031, and its 106th session in
# September 2031": the next gathering of a series just named, joined by "and"
_AND_ITS_NEXT = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+$")


_AGENDA_FOR = re.compile(r"\bagenda\s+(?:for|of)\s+$")


def _agenda_for_the_next(text: str, g: GatheringMention, out: list[GatheringMention]) -> str | None:
    """The body of "the provisional agenda for its forty-first session" after "its fortieth
    session" of that body in the same clause: the agenda of the next session of the series."""
    if not out or len(g.ordinals) != 1:
        return None
    last = out[-1]
    if last.body is None or last.word != g.word or last.determiner != "its" or list(last.ordinals[-1:]) != [g.ordinals[0] - 1]:
        return None
    if last.end > g.start or g.start - last.end > 120 or ";" in text[last.end : g.start]:
        return None
    return last.body if _AGENDA_FOR.search(text, last.end, g.start) else None


def _next_of_the_same_series(
    text: str, g: GatheringMention, out: list[GatheringMention], refs: SentenceRefs, bodies: dict[int, str]
) -> str | None:
    """The body of the gathering named right before in the sentence, when ``g`` ("its 106th
    session") follows it after "and" with no other body named between: the same body's."""
    if g.determiner not in ("its", "their") or not out:
        return None
    last = out[-1]
    if last.body is None or last.word != g.word or last.determiner != g.determiner or last.end > g.start:
        return None
    if _AND_ITS_NEXT.search(text, last.end, g.start) is None or ";" in text[last.end : g.start]:
        return None
    if any(last.end <= b.start < g.start and b.start in bodies for b in refs.bodies):
        return None
    return last.body


def _abbreviation_in_brackets(text: str, before: list[BodyMention], bodies: dict[int, str]) -> bool:
    """Whether the body named last is the abbreviation in brackets right after the name of the
    same body ("the Joint FAO/WHO Expert Committee on Food Additives (JECFA)"), not another body
    named in a parenthesis ("The Commission (with the Executive Committee)")."""
    last = before[-1]
    return len(before) > 1 and text[: last.start].endswith(("(", " (")) and text[before[-2].end : last.start].strip() == "(" and (
        bodies.get(before[-2].start) == bodies.get(last.start)
    )


def _numbered_gathering_body(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body a gathering numbered in figures belongs to, or None where the figures number
    sittings inside a session or meeting ("At its 11th meeting, on 21 October 2022, the
    Conference adopted"). UN style writes a long series of a body's own gatherings in figures
    ("the Security Council at its 9987th meeting", "the Executive Board at its 158th
    session"), and then names the body right before "at its". Sittings inside a gathering are
    numbered in figures too: only the body's own kind of gathering counts (a body that holds
    sessions has no "meetings" of its own), and not in the report of one of its gatherings."""
    if g.of_body is not None and not g.abbreviated and " ".join(text[g.of_body.start : g.of_body.end].lower().split()) == g.word:
        # "the 5th Meeting" where a Meeting of States Parties is called "the Meeting": the
        # gathering's own word, not its body's name (a sitting, in figures)
        return None
    if g.of_body is not None:
        # "the 43rd session of the General Conference", "the 20th meeting of the Conference of the
        # Parties": the gathering of the body named after it, if that is the kind it holds
        body_of = bodies.get(g.of_body.start)
        known = scope.registry.bodies.get(body_of or "")
        if known is not None and known.gathering_term is None and body_of is not None and _sits_in_its_parents_sessions(body_of, g, scope):
            return body_of
        if known is not None and known.gathering_term is None:
            return _gathering_of_group(text, g, scope)
        return body_of if known is not None and known.gathering_term == g.word else None
    if g.determiner is None and (owner := next((b for b in refs.bodies if _POSSESSIVE_RIGHT_BEFORE.fullmatch(text, b.end, g.start)), None)):
        # "The Committee's 430th meeting was held in New York on ...": the gathering of the body
        # whose name owns it, if that is the kind it holds (E130)
        key = bodies.get(owner.start)
        known = scope.registry.bodies.get(key or "")
        return key if known is not None and known.gathering_term == g.word else None
    if g.determiner != "its" or g.of_body is not None:
        return None
    bare = _bare_kind_holder(text, g, refs, bodies, scope)
    before = [b for b in refs.bodies if b.end <= g.start and b.start in bodies]
    report_of = _REPORT_OF_BODY_ON_ITS.search(text, max(0, g.start - 200), g.start) if before else None
    if (considering := _subject_after_considering(text, g, refs, bodies)) is not None:
        # "Following its consideration of the report (X) at its 78th session, the Assembly" (E245)
        body = considering
    elif bare is not None:
        # "the cases that the Committee examined at its 422nd meeting", "The Committee, at its 110th
        # session": the body the text last named of that kind, or none (E190)
        named_last = _kind_named_last(text, bare, scope)
        if named_last is None:
            return None
        body = named_last
    elif (
        report_of is not None and report_of.start("body") == before[-1].start
        and scope.registry.bodies[bodies[before[-1].start]].gathering_term == g.word
    ):
        body = bodies[before[-1].start]
    elif (
        before and _BODY_AT_ITS.match(text[before[-1].end : g.start])
        and scope.registry.bodies[bodies[before[-1].start]].gathering_term == g.word
        and (addressee := _addressee_holds_its(text, g, before, bodies)) is not None
        and scope.registry.bodies[addressee].gathering_term is None
    ):
        # "ALSO REQUESTS the Director-General to bring the framework to the attention of the
        # Executive Board at its 172nd session": the addressee holds no sessions; the body right
        # before "at its" does
        body = bodies[before[-1].start]
    elif before and (possessor := _possessor_of_an_event_held(text, g, before, bodies)) is not None:
        # "the Security Council's annual open debate, held at its 11337th meeting" (E212)
        body = possessor
    elif before and (it := _it_of_a_relative_clause(text, g, before, bodies, scope)) is not None:
        body = it
    elif before and (asker := _asker_of_an_earlier_gathering(text, g, refs, before, bodies, scope)) is not None:
        # "... to make the arrangements for its 50th session at its 203rd session" (E202)
        body = asker
    elif before and (actor := _actor_of_a_deadline(text, g, before, bodies, scope)) is not None:
        body = actor  # "will report to the Commission no later than its eleventh session" (E258)
    elif before and (addressee := _addressee_holds_its(text, g, before, bodies)) is not None:
        body = addressee
    elif before and (subject := _subject_over_complement(text, g, before, bodies)) is not None:
        body = subject
    elif before and _BODY_AT_ITS.match(text[before[-1].end : g.start]):
        body = bodies[before[-1].start]
    elif before and _OF_BODY_ADOPTED_AT_ITS.match(text[before[-1].end : g.start]) and _OF_BODY.search(text, max(0, before[-1].start - 12), before[-1].start):
        body = bodies[before[-1].start]
    elif before and _BODY_HOLDS_ITS.match(text[before[-1].end : g.start]) and (
        not text.startswith(")", before[-1].end) or _abbreviation_in_brackets(text, before, bodies)
    ):
        # "the Special Committee would hold its 275th meeting", "The Committee will reconvene on
        # Monday for its 273rd meeting": the body named right before its holding (E97)
        body = bodies[before[-1].start]
    elif before and g.word == "session" and _REPORT_OF_ITS.search(text, max(0, g.start - 40), g.start) and (
        ";" not in text[before[-1].end : g.start]
    ):
        # "The Committee's conclusions are expected to be reflected in the report of its 141st
        # Session (CL 182/4)": the body named last before the report (E143)
        body = bodies[before[-1].start]
    elif _opens_on_its_gathering(text, g) or _met_for_its_opening(text, g.end):
        # "At its 126th Session, the Council adopted decision ...": the subject follows
        after = [b for b in refs.bodies if b.start >= g.end and b.start in bodies]
        opening_subject = _subject_after_its_opening(text, g, after)
        if (told := _pronoun_subjects_holder(text, g, bodies, scope)) is not None:
            body = told
        elif opening_subject is None or _stranger_holds_its(text, g, refs, bodies):
            return None
        else:
            body = bodies[opening_subject.start]
    elif before and _VERBED_AT_ITS.match(text[before[-1].end : g.start]) and _WHICH_THE_BODY.search(text, max(0, before[-1].start - 16), before[-1].start):
        # "(X), which the Council considered at its 10652nd meeting": the relative clause's subject
        body = bodies[before[-1].start]
    elif before and (named_again := _named_again_by_its_head(text, g, before[-1], bodies, scope)) is not None:
        # "The 409th Report of the Committee on Freedom of Association covers the cases that the
        # Committee examined at its 422nd meeting": the clause's subject is the body named just
        # before, called again by its head noun, which no reference data gives it (E188)
        body = named_again
    elif len(before) == 1 and _SUBJECT_AFTER_OPENING.match(text, 0, before[0].start) and _AT_BEFORE.search(text, max(0, g.start - 8), g.start):
        # "The Council considered an advance version at its 127th Session": the sentence's
        # subject, no other body named between it and the gathering
        body = bodies[before[0].start]
    elif (own := _own_long_series_alone(g, before, bodies, scope)) is not None:
        # "it covered the Committee's work from its 326th meeting", "the Committee's next meeting,
        # its 332nd" in the record of the 331st meeting: the record's body's, no other body that
        # meets in meetings named before (E145)
        return own
    else:
        return None
    if _dated_meeting_of_a_main_committee(text, g, body, scope):
        # "The Fifth Committee will take up the reports at its 4th meeting, on 7 October 2037"
        return body
    if scope.registry.bodies[body].gathering_term != g.word and _named_with_holding_parent(text, before, bodies, body, g, scope):
        return scope.registry.bodies[body].parent  # "to request its secretariat to present, at its 128th session" (E285)
    if scope.registry.bodies[body].gathering_term != g.word:
        # "requested the Office to prepare, for its 376th Session, a proposal" in the minutes of the
        # Governing Body's 373rd Session: the body read holds no sessions; the masthead's long
        # series does, near that number, and no other body named before holds such (E188)
        return _own_long_series_alone(g, before, bodies, scope)
    if body in scope.gathered_here and g.word == "meeting" and not _another_of_its_long_series(body, g, scope):
        return None  # a sitting of the gathering reported on; sittings are never "sessions"
    return body


def _reporting_bodys_own_meeting(g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """"Action on the item was taken at the 21st and 24th meetings", "At the 24th meeting, the
    representative of X introduced …" in the report of a body that meets in numbered meetings
    (a Main Committee's report to the plenary, "Report of the Second Committee"): "the Nth
    meeting", no body named with it nor before it but the reporter, is the reporter's own (E176).
    Not where the document is for or of one of its meetings (a sitting of that one)."""
    reporter = scope.reporting_body
    if reporter is None or g.determiner != "the" or g.of_body is not None or g.word != "meeting":
        return None
    if scope.registry.bodies[reporter].gathering_term != "meeting" or reporter in scope.gathered_here:
        return None
    if any(b.end <= g.start and bodies.get(b.start) not in (None, reporter) for b in refs.bodies):
        return None
    return reporter


# A meeting's sittings are few: "its 192nd meeting" in a note for the 193rd meeting of a body that
# meets in numbered meetings is the meeting before, not a sitting of this one.
_FEWEST_OF_A_LONG_SERIES = 50
_NEAR_IN_THE_SERIES = 10


def _own_long_series(g: GatheringMention, scope: Scope) -> str | None:
    """The body of the one masthead meeting of a long series (a body's 331st meeting) that the
    meeting ``g`` names is near in that series, if there is one."""
    owners = {own for own, ordinal, term in scope.masthead_gatherings if term == g.word}
    if len(owners) != 1:
        return None
    own = next(iter(owners))
    return own if _another_of_its_long_series(own, g, scope) else None


# "..., that the Committee examined at ", "which the Board considered during ": a relative clause whose
# subject is a body called by its head noun alone (`own_body_names.HEAD_NOUNS`), then its verb
_HEAD_NOUN_VERBED_AT_ITS = re.compile(
    r"\b(?:which|that)\s+the\s+(?P<noun>[A-Z][a-z]+)\s+(?:had\s+|has\s+)?(?:also\s+|then\s+|later\s+|subsequently\s+)?"
    r"(?:considered|examined|discussed|reviewed|took\s+up|noted|debated|adopted|endorsed|approved)\s+(?:at|during)\s+$"
)


def _named_again_by_its_head(text: str, g: GatheringMention, last: BodyMention, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body named last before ``g`` when the relative clause right before ``g`` calls it by
    its head noun ("the cases that the Committee examined at its 422nd meeting"), and no other
    body is named between."""
    clause = _HEAD_NOUN_VERBED_AT_ITS.search(text, last.end, g.start)
    key = bodies.get(last.start)
    if clause is None or key is None or clause["noun"] not in own_body_names.HEAD_NOUNS:
        return None
    body = scope.registry.bodies[key]
    return key if clause["noun"] in own_body_names.head_forms([*body.names, body.short_name or ""]) else None


def _own_long_series_alone(g: GatheringMention, before: list[BodyMention], bodies: dict[int, str], scope: Scope) -> str | None:
    """`_own_long_series`, when no other body holding gatherings of that word is named before ``g``."""
    own = _own_long_series(g, scope)
    if own is None or any(scope.registry.bodies[bodies[b.start]].gathering_term == g.word and bodies[b.start] != own for b in before):
        return None
    return own


# "decision 7.1 of ", "Decision points 4.1 of ": a kind word, the number, then "of" right before the gathering
_NUMBER_THEN_OF = re.compile(r"[A-Za-z]{1,12}(?:\s+points?)?\s+\d{1,4}(?:\.\d{1,3})?\s+of\s+")


def _gathering_in_an_instruments_number(text: str, g: GatheringMention, refs: SentenceRefs, scope: Scope) -> str | None:
    """"decision 7.1 of its 57th meeting", "decision 9.3 of the 61st meeting": a gathering that the
    instrument's number was read with (the mention runs over it: the point's meeting) is its
    issuer's, when the issuer holds that kind of gathering; whoever else "its" might stand for."""
    for m in refs.instruments:
        if m.start < g.start and g.end <= m.end and m.issuer is not None and m.issuer in scope.registry.bodies and (
            _NUMBER_THEN_OF.fullmatch(text, m.start, g.start)
        ):
            return m.issuer if scope.registry.bodies[m.issuer].gathering_term == g.word else None
    return None


def _another_of_its_long_series(body: str, g: GatheringMention, scope: Scope) -> bool:
    return any(
        own == body and term == g.word and ordinal > _FEWEST_OF_A_LONG_SERIES
        and all(abs(n - ordinal) <= _NEAR_IN_THE_SERIES for n in g.ordinals)
        for own, ordinal, term in scope.masthead_gatherings
    )


# "resolution 85/160 on ..., adopted at its eighty-fifth session": the session of the issuer of
# the instrument just cited (whoever the sentence's subject is).
# ("adopted at the second part of its resumed eighty-fifth session": a part of that session, E96)
_ADOPTED_AT_ITS = re.compile(
    r",?\s+(?:which\s+was\s+|as\s+)?adopted\s+(?:at|during)\s+(?:the\s+(?:first|second|third|fourth|final|last|resumed)\s+part\s+of\s+)?$"
)


# "which it had established by its resolution 60/251 at its sixtieth session", "set up through its
# decision 5/4 during its fifth meeting": the gathering right after an instrument that "its" (or
# "their") introduced is named by the same possessive, the issuer's; not the body named last before
# (G3: "reviewed the Human Rights Council, which it had established by its resolution 60/251 at its
# sixtieth session" was the Council's sixtieth)
_BY_ITS_INSTRUMENT = re.compile(r"\b(?:by|in|through|under)\s+(?:its|their)\s+$")
_RIGHT_AFTER_ITS_INSTRUMENT = re.compile(r"\s+(?:at|during)\s+$")


def _adopting_issuer(text: str, g: GatheringMention, refs: SentenceRefs, scope: Scope) -> str | None:
    if not _ADOPTED_AT_ITS.search(text, max(0, g.start - 40), g.start):
        return _issuer_of_its_instrument_right_before(text, g, refs, scope)
    before = [m for m in refs.instruments if m.end <= g.start]
    if not before or before[-1].issuer is None:
        return None
    cited = before[-1]
    end = cited.title_span[1] if cited.title_span is not None and cited.title_span[1] > cited.end else cited.end
    # only the instrument the clause follows: its number, date or unquoted title, then ", adopted"
    if not _ADOPTED_AT_ITS.match(text, end) and _ADOPTED_AT_ITS.search(text, end, g.start) is None:
        return None
    if g.start - end > 60:
        return None
    if any(end <= b.start and b.end <= g.start for b in refs.bodies):
        # "Resolution XVI.7, and the recommendations the Working Group adopted at its third
        # meeting": a body named between is the subject of "adopted", not the instrument's issuer;
        # "its" is the nearest body told (E263)
        return None
    issuer = cited.issuer
    body = scope.registry.bodies.get(issuer) if issuer is not None else None
    return issuer if body is not None and body.gathering_term == g.word else None


def _issuer_of_its_instrument_right_before(text: str, g: GatheringMention, refs: SentenceRefs, scope: Scope) -> str | None:
    """The issuer of the instrument "by its" names right before "at its" gathering ``g``
    (`_BY_ITS_INSTRUMENT`), when it holds gatherings of that word."""
    if not _RIGHT_AFTER_ITS_INSTRUMENT.search(text, max(0, g.start - 12), g.start):
        return None
    cited = next((m for m in reversed(refs.instruments) if m.end <= g.start), None)
    if cited is None or cited.issuer is None or not _RIGHT_AFTER_ITS_INSTRUMENT.fullmatch(text, cited.end, g.start):
        return None
    if not _BY_ITS_INSTRUMENT.search(text, max(0, cited.keyword_start - 16), cited.keyword_start):
        return None
    body = scope.registry.bodies.get(cited.issuer)
    return cited.issuer if body is not None and body.gathering_term == g.word else None


# "The Codex Alimentarius Commission, established by resolution 12/61 of the Conference ..., will
# hold its fifty-fourth session", "Working Group IV, which was composed of all States members of
# the Commission, held its seventy-sixth session": a clause set off by commas after the subject
# (a relative clause or a participle) names other bodies; the verb after it, and its "its", are
# the subject's.
_CLAUSE_THEN_HOLDS_ITS = re.compile(
    r"^(?:\s+(?:[IVX]{1,5}|\d{1,2})\b)?(?:\s*\([^()]{1,40}\))?\s*,\s*(?:which|who|[a-z]+ed)\b[^;:]{0,400},\s+(?:(?:also|then|subsequently)\s+)?"
    r"(?:(?:will|shall|would|is\s+to|was\s+to|is\s+(?:scheduled|expected)\s+to)\s+)?"
    r"(?:hold|held|holds|convene[sd]?|meet|meets|met|open(?:s|ed)?|conclude[sd]?|complete[sd]?|begin|began|begins)\s+(?:its|their)\s*$"
)


# "reported to the General Assembly on its", "has also reported to the Council on the work of its":
# the reporter, then the receiver, then the reporter's own gathering
_REPORTED_TO_ON_ITS = re.compile(
    r"\s*,?\s+(?:(?:has|had|have|will)\s+)?(?:also\s+|further\s+)?report(?:ed|s)?\s+to\s+[^;:.,()]{2,80}?\s+on\s+"
    r"(?:the\s+(?:work|outcome|results)\s+of\s+)?(?:its|their)\s*$"
)


def _reporter_to_receiver(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str]) -> str | None:
    """The body that "reported to" another "on its" gathering (`_REPORTED_TO_ON_ITS`)."""
    its = _its_end(text, g)
    for b in before:
        if b.start in bodies and _REPORTED_TO_ON_ITS.fullmatch(text, b.end, its):
            return bodies[b.start]
    return None


def _subject_past_clause(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str]) -> str | None:
    """The sentence's subject, when a clause set off by commas stands between it and the verb
    whose "its" names the gathering (`_CLAUSE_THEN_HOLDS_ITS`)."""
    first = before[0]
    if len(before) < 2 or not _SUBJECT_FIRST.match(text, 0, first.start):
        return None
    m = _CLAUSE_THEN_HOLDS_ITS.match(text[first.end : _its_end(text, g)])
    return bodies.get(first.start) if m is not None else None


# "Requests the Council to approve ... before the end of its 236th session", "calls upon the
# Committee on Freedom of Association to report ... at its 412th meeting": the body a request is
# addressed to is the subject of the infinitive, so "its" in that clause is the addressee's.
_ADDRESSEE_VERB = re.compile(
    r"\b(?:[Rr]equests?|[Rr]equested|[Ii]nvites?|[Ii]nvited|[Cc]alls?\s+upon|[Cc]alled\s+upon|[Uu]rges?|[Uu]rged|"
    r"[Ee]ncourages?|[Ee]ncouraged|[Dd]irects?|[Dd]irected|[Ii]nstructs?|[Ii]nstructed|[Aa]sks?|[Aa]sked|"
    r"REQUESTS|INVITES|CALLS\s+UPON|URGES|ENCOURAGES|DIRECTS|INSTRUCTS)"
    r"(?:\s+(?:also|further|again))?\s+(?:the\s+)?$"
)
_TO_VERB = re.compile(r"\s*,?\s+to\s+[a-z]")
# "at its", "before the end of its": when the addressee is to act, not "the report of the Working
# Group on its ninth session" (the group's own session, reported on)
# ("no later than its 253rd Session", "not later than its": a deadline the addressee is to meet, E228)
_WHEN_ITS = re.compile(
    r"\b(?:at|during|before|by|until|after|for|(?:no|not)\s+later\s+than)\s+(?:the\s+(?:end|start|beginning|close|opening)\s+of\s+)?(?:its|their)\s*$"
)
# A body after "of" is a complement ("the progress of the Working Group at its 58th meeting"):
# its name right before "at its" does not make the gathering its own when an addressee is there.
_OF_BEFORE_NAME = re.compile(r"\bof\s+(?:the\s+)?$")
# "on the work of the", "the proceedings of the", "the deliberations of": what a body did at its sessions
_WORK_OF_THE = re.compile(r"\b(?:work|proceedings|deliberations|discussions)\s+of\s+(?:the\s+)?$")


# "for its fiftieth session", "in preparation for its"; "at its", "during its"
_FOR_ITS = re.compile(r"\bfor\s+(?:its|their)\s*$")
_AT_ITS_BEFORE = re.compile(r"\b(?:at|during)\s+(?:its|their)\s*$")


def _asker_of_an_earlier_gathering(
    text: str, g: GatheringMention, refs: SentenceRefs, before: list[BodyMention], bodies: dict[int, str], scope: Scope
) -> str | None:
    """The asking body whose gathering "for its Nth session" is, where the addressee holds "its"
    (`_addressee_holds_its`) and acts "at its Mth session" later in the clause with M above N: an
    addressee does not prepare a session of its own that is already past ("The Conference requested
    the Council to make the arrangements for its fiftieth session at its 203rd session"), E202."""
    its = _its_end(text, g)
    if not g.ordinals or not _FOR_ITS.search(text, max(0, its - 12), its):
        return None
    addressee = _addressee_holds_its(text, g, before, bodies)
    if addressee is None:
        return None
    later = next((h for h in refs.gatherings if h.start > g.end and h.word == g.word and h.determiner == g.determiner), None)
    if later is None or not later.ordinals or min(later.ordinals) <= max(g.ordinals):
        return None
    if any(ch in text[g.end : later.start] for ch in ";:") or not _AT_ITS_BEFORE.search(text, max(0, _its_end(text, later) - 12), _its_end(text, later)):
        return None
    asker = _asking_subject(text, before, bodies)
    return asker if asker is not None and asker != addressee and _holds(asker, g, scope) else None


# "had asked FAO and WHO, at its fifty-sixth session, to prepare": a mandate verb after its subject,
# the addressees, then the gathering set off by commas right before the infinitive (E278)
_ASKED_AFTER_SUBJECT = re.compile(
    r"\s*,?\s+(?:(?:had|has|have)\s+)?(?:also\s+|further\s+)?(?:invited|requested|encouraged|urged|asked|called\s+upon)\s+(?:the\s+)?"
)
_SET_OFF_AT_ITS = re.compile(r",\s*(?:at|during)\s+(?:its|their)\s*$")
_THEN_TO_VERB = re.compile(r"\s*,\s+to\s+[a-z]")


def _asker_when_set_off(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str], scope: Scope) -> str | None:
    """The subject of "asked" (`_ASKED_AFTER_SUBJECT`) when "at its" gathering ``g`` is set off by
    commas between the addressees and their infinitive, the clause not ended between, and the
    subject holds that kind of gathering."""
    its = _its_end(text, g)
    if len(before) < 2 or not _SET_OFF_AT_ITS.search(text, max(0, its - 16), its) or not _THEN_TO_VERB.match(text, g.end):
        return None
    for subject, addressee in zip(before, before[1:]):
        if subject.start in bodies and _ASKED_AFTER_SUBJECT.fullmatch(text, subject.end, addressee.start):
            between = text[subject.end : its]
            if any(ch in between for ch in ";:") or ". " in between:
                return None
            key = bodies[subject.start]
            return key if _holds(key, g, scope) else None
    return None


def _addressee_holds_its(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str]) -> str | None:
    """The addressee of a request whose clause goes on to act "at its" gathering (`_ADDRESSEE_VERB`,
    `_WHEN_ITS`): only where every body named between the addressee and "its" is a complement
    after "of" (none a recipient: "Requests the Secretary-General to report to the Assembly at its
    eightieth session" stays the Assembly's) and the clause has not ended (no ";", ":" or stop)."""
    its = _its_end(text, g)
    if not _WHEN_ITS.search(text, max(0, its - 40), its):
        return None
    for index in range(len(before) - 1, -1, -1):
        addressee = before[index]
        if addressee.start not in bodies or not _ADDRESSEE_VERB.search(text, max(0, addressee.start - 40), addressee.start):
            continue
        if not _TO_VERB.match(text, addressee.end):
            return None
        if any(ch in text[addressee.end : its] for ch in ";:") or ". " in text[addressee.end : its]:
            return None
        later = before[index + 1 :]
        if all(_OF_BEFORE_NAME.search(text, max(0, b.start - 8), b.start) for b in later):
            return bodies[addressee.start]
        return None
    return None


# "(no / not) later than its": a deadline, the one who is to act meets it (E258)
_DEADLINE_ITS = re.compile(r"\b(?:no|not)\s+later\s+than\s+(?:its|their)\s*$")
# "to the Commission ", "to the Committee on Coastal Data ": the recipient named right before "its"
_TO_BEFORE_NAME = re.compile(r"\bto\s+(?:the\s+)?$")


def _actor_of_a_deadline(
    text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str], scope: Scope
) -> str | None:
    """"The Committee will report to the Commission no later than its eleventh session", "Requests
    the Working Group to submit its findings to the Committee no later than its fifth meeting": the
    deadline is the one who acts, the sentence's subject or the request's addressee, when it holds
    that kind of gathering (E258, what E237 left); the recipient named after "to" between stays a
    recipient ("at its" keeps the recipient's session: "to report to the Assembly at its eightieth
    session")."""
    its = _its_end(text, g)
    if len(before) < 2 or not _DEADLINE_ITS.search(text, max(0, its - 24), its):
        return None
    if not _TO_BEFORE_NAME.search(text, max(0, before[-1].start - 8), before[-1].start):
        return None
    actor = None
    for index in range(len(before) - 2, -1, -1):
        b = before[index]
        if b.start in bodies and _ADDRESSEE_VERB.search(text, max(0, b.start - 40), b.start) and _TO_VERB.match(text, b.end):
            actor = b
            break
    if actor is None and _SUBJECT_FIRST.match(text, 0, before[0].start):
        actor = before[0]
    if actor is None or actor.start not in bodies or any(ch in text[actor.end : its] for ch in ";:") or ". " in text[actor.end : its]:
        return None
    return bodies[actor.start] if _holds(bodies[actor.start], g, scope) else None


def _subject_over_complement(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str]) -> str | None:
    """"The Council will consider the report of the Board at its 82nd session": the body named
    right before "at its" is a complement after "of" (a report's author), so "its" is the
    sentence's subject's, the body it opens with; a report of a body's own session is said "on
    its" (`_WHEN_ITS` excludes it)."""
    if len(before) < 2 or not _SUBJECT_FIRST.match(text, 0, before[0].start):
        return None
    its = _its_end(text, g)
    if not _WHEN_ITS.search(text, max(0, its - 40), its) or any(ch in text[before[0].end : its] for ch in ";:"):
        return None
    if _ADOPTED_AT_ITS.search(text, max(0, g.start - 40), g.start):
        return None  # "resolution 12/61 of the Conference, adopted at its eleventh session": the issuer's
    if _WORK_OF_THE.search(text, max(0, before[-1].start - 40), before[-1].start) and not any(ch in text[before[-1].end : its] for ch in ",;:"):
        # "a factual report on the work of the Committee at its fifty-second and fifty-third sessions":
        # the work a body did at its sessions is the complement's own, not the subject's (E236)
        return None
    if all(
        _OF_BEFORE_NAME.search(text, max(0, b.start - 8), b.start) or _POSSESSIVE_AFTER.match(text, b.end)
        or _ISSUER_OF_THE_NUMBER_AFTER.match(text, b.end) for b in before[1:]
    ):
        # ("The Council was briefed on the Mission's work at its 10790th meeting": a body in the
        # possessive is a complement as one after "of" is, E176; so is the issuer named before an
        # instrument's number, "the estimates resulting from Human Rights Council resolution 96/14
        # at its 12th meeting", E276)
        return bodies.get(before[0].start)
    return None


# "the Security Council's annual open debate on peacebuilding, held at its 11337th meeting", "the
# Committee's expert panel, which was convened during its ninth session": an event named as a body's
# own (the body in the possessive opens its name), then the participle of its holding right before
# "at its": "its" is the possessor's, wherever the sentence's subject stands (E212)
_POSSESSED_EVENT_HELD_AT_ITS = re.compile(
    r"['’]s?\s+[^,;:()\n]{2,120}?,?\s+(?:which\s+was\s+|that\s+was\s+)?"
    r"(?:held|convened|organi[sz]ed|conducted|hosted)\s+(?:at|during|in\s+the\s+course\s+of)\s+$"
)


def _possessor_of_an_event_held(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str]) -> str | None:
    """The body in the possessive that opens the name of an event held at "its" gathering (see
    `_POSSESSED_EVENT_HELD_AT_ITS`), named last before ``g``."""
    if g.determiner != "its" or not before or not _POSSESSED_EVENT_HELD_AT_ITS.match(text, before[-1].end, g.start):
        return None
    return bodies.get(before[-1].start)


# "resolution 84/1, by which it established the Committee on X and decided to review its conference
# structure at its ninetieth session": "it", the relative clause's subject, acts in both coordinated
# verbs; the body the first verb acted on is its object (E212)
_WHICH_IT_VERBED_AND_VERBED = re.compile(
    r"\b(?:by|in|through|under)\s+which\s+it\s+(?:had\s+|has\s+)?(?:also\s+)?[a-z]+ed\b[^;:]*?"
    r"\band\s+(?:had\s+|has\s+)?(?:also\s+|further\s+|then\s+|later\s+)?[a-z]+ed\s+(?=[^;:]*$)"
)


def _it_of_a_relative_clause(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str], scope: Scope) -> str | None:
    """The holder of "its" gathering ``g`` told in the second of two verbs coordinated in a relative
    clause whose subject is "it" (`_WHICH_IT_VERBED_AND_VERBED`), no body named after the second verb:
    "it" is the speaker (a resolution's preamble) or the body the sentence opens on."""
    if g.determiner != "its" or not before:
        return None
    clause = _WHICH_IT_VERBED_AND_VERBED.search(text, max(0, g.start - 300), g.start)
    if clause is None or any(clause.end() <= b.start < g.start for b in before):
        return None
    it: str | None = None
    if scope.speaking is not None:
        it = scope.speaking
    elif _SUBJECT_FIRST.match(text, 0, before[0].start) and before[0].end <= clause.start():
        it = bodies.get(before[0].start)
    else:
        return None
    return it if it is not None and _holds(it, g, scope) else None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
# "Human Rights Council resolution 96/14": the body names the issuer of the number after it
_ISSUER_OF_THE_NUMBER_AFTER = re.compile(r"\s+(?:resolutions?|decisions?)\s+\d")


# "9. Takes note of the proposal that the Committee be replaced …, and decides to revert to the question
# at its twenty-fourth session": the speaker's second verb, coordinated after its first, opens a clause
# of its own whose "its" is the speaker's, whatever body the first clause named (E228)
_SPEAKER_OPENS = re.compile(r"^\s*(?:\d{1,3}\.\s+)?(?:(?:Also|Further)\s+)?[A-Z][a-z]+s\b")
_AND_SPEAKER_DECIDES_TO = re.compile(r",?\s+and\s+(?:also\s+|further\s+)?(?:decides|agrees|resolves)\s+to\s+[a-z]+\b")


def _speakers_coordinated_verb(text: str, g: GatheringMention, before: list[BodyMention], its: int) -> bool:
    if " and " not in text or _SPEAKER_OPENS.match(text) is None:
        return False
    decides = None
    for decides in _AND_SPEAKER_DECIDES_TO.finditer(text, 0, g.start):
        pass
    if decides is None or any(ch in text[decides.end() : its] for ch in ";:") or any(b.start >= decides.end() for b in before):
        return False
    return _WHEN_ITS.search(text, max(0, its - 40), its) is not None and not _ASKS_BETWEEN.search(text, decides.end(), its)


def _speaker_over_complement(text: str, g: GatheringMention, before: list[BodyMention]) -> bool:
    """Whether "its" of an operative paragraph that opens on the speaker's verb and an infinitive
    ("Decides to review the functioning of the Committee at its fifty-first session") is the
    speaker's: every body named before is a complement after "of" (or in the possessive), no one is
    asked between, and "its" tells when (`_WHEN_ITS`); the subject-named case is
    `_subject_over_complement`."""
    its = _its_end(text, g)
    if _speakers_coordinated_verb(text, g, before, its):
        return True
    opening = _SPEAKER_OPENS_TO.match(text)
    if opening is None or opening.end() > before[0].start:
        return False
    if not _WHEN_ITS.search(text, max(0, its - 40), its) or any(ch in text[: its] for ch in ";:"):
        return False
    if _ASKS_BETWEEN.search(text, 0, its) or _ADOPTED_AT_ITS.search(text, max(0, g.start - 40), g.start):
        return False
    return all(_OF_BEFORE_NAME.search(text, max(0, b.start - 8), b.start) or _POSSESSIVE_AFTER.match(text, b.end) for b in before)


def _report_of_body_in_a_title(text: str, g: GatheringMention, before: list[BodyMention], scope: Scope) -> str | None:
    """"resolution 85/152 on the report of the Commission on International Trade Law on the work of
    its sixty-third session": the body a report is of, named in an instrument's title (which holds
    no reference of its own, `find_references`), holds the gathering "its" names."""
    report_of = _REPORT_OF_BODY_ON_ITS.search(text, max(0, g.start - 200), g.start)
    if report_of is None or any(b.start == report_of.start("body") for b in before):
        return None
    named = scope.matcher.find(report_of["body"])
    if len(named) != 1 or named[0].key is None or named[0].start != 0 or named[0].end != len(report_of["body"]):
        return None
    known = scope.registry.bodies.get(named[0].key)
    return named[0].key if known is not None and known.gathering_term == g.word else None


# "the consideration by the General Assembly, at its ninetieth session, of its report on its": a
# body's consideration of a paper "its", the session the agent's own set off or not
_CONSIDERATION_BY_OF_ITS = re.compile(
    r"\b(?:consideration|examination|review)\s+by\s+(?:the\s+)?(?P<agent>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|for|and|the)){0,8})\s*,?"
    r"(?:\s+(?:at|during)\s+its\s+[\w-]+\s+(?:session|meeting)\s*,?)?\s+of\s+its\s+(?:[\w-]+\s+)?report\s+on\s+$"
)


def _subject_of_a_consideration_by(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str]) -> str | None:
    """"The Commission welcomes the consideration by the General Assembly, at its ninetieth
    session, of its report on its twenty-ninth session": the body named before "the consideration"
    (the subject), whose report and session they are; not the agent of the consideration, who
    reports on no session of its own to itself."""
    told = _CONSIDERATION_BY_OF_ITS.search(text, max(0, g.start - 200), g.start)
    if told is None:
        return None
    subject = [b for b in before if b.end <= told.start()]
    agent = [b for b in before if told.start("agent") <= b.start < told.end("agent")]
    if not subject or not agent or bodies[subject[-1].start] == bodies[agent[0].start]:
        return None
    return bodies[subject[-1].start]


def _reporting_body_on_its(text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str], scope: Scope) -> str | None:
    """"the report of the Commission on Crime Prevention and Criminal Justice on its thirty-second
    session", "... of the Open-ended Working Group on Ageing on its fourteenth session" after the
    text created the group: the body the report is of, named whole right before "on its", when it
    holds that kind of gathering or the text created it (E174)."""
    report_of = _REPORT_OF_BODY_ON_ITS.search(text, max(0, g.start - 200), g.start)
    if report_of is None:
        # (E289) "the report of the expert working group on X on its sixth meeting": a group the
        # text learnt, described in lower case
        report_of = _REPORT_OF_GROUP_ON_ITS.search(text, max(0, g.start - 240), g.start)
        if report_of is None:
            return None
    named = next((b for b in before if b.start == report_of.start("body") and b.end == report_of.end("body")), None)
    if named is None:
        return None
    key = bodies[named.start]
    if report_of.re is _REPORT_OF_GROUP_ON_ITS:
        return key if key in scope.born else None
    return key if _holds(key, g, scope) or key in scope.born else None


def _report_of_an_unknown_body(text: str, g: GatheringMention, before: list[BodyMention], scope: Scope) -> bool:
    """"the report of the Committee for Development Policy on its twenty-sixth session": whether the
    body the report is of, named in capitals, is none the reference data knows (no body is found
    within its name: "the Committee" alone may be a known body's short name, but a short name that
    the name runs on past, "Open-ended Working Group" of "Open-ended Working Group on Ageing",
    names no body the name is, E174)."""
    report_of = _REPORT_OF_BODY_ON_ITS.search(text, max(0, g.start - 200), g.start)
    if report_of is None or not _CAPITALISED_NAME.fullmatch(report_of["body"]):
        return False
    if any(report_of.start("body") <= b.start < report_of.end("body") for b in before):
        return False
    name = report_of["body"]
    return not any(found.key is not None or found.end - found.start == len(name) for found in scope.matcher.find(name))


def _named_holder(text: str, g: GatheringMention, bare: bool = False) -> tuple[int, int] | None:
    """Where the body's name in capitals whose gathering "its" is stands: the subject after "At/During
    its Nth session, ...", or the subject or agent right before "(,) at its" (E183); ``bare``: a kind
    word alone too ("At its third session, the Group adopted", E190)."""
    its_end = _its_end(text, g)
    if _AT_ITS.match(text[: g.end]) or _met_for_its_opening(text, g.end) or named_holders.clause_opens_at_its(text, its_end):
        return named_holders.subject_after_opening(text, g.end, bare)
    # ("The Advisory Board on Coastal Finance held its third session": the name opens the clause, its
    # verb follows, E198)
    return named_holders.name_right_before(text, its_end, bare) or named_holders.name_opens_clause(text, its_end)


# "resolution 12/61 of the Conference at its eleventh session", "decision 5/2 of the Committee, at
# its fifth meeting": an instrument "of" a body, then the session that body held (E278)
_INSTRUMENT_OF = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?of\s+(?:the\s+)?$")
_AT_ITS_RIGHT_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:at|during)\s+(?:its|their)\s*$")


def _issuer_of_the_instrument_before(
    text: str, g: GatheringMention, refs: SentenceRefs, before: list[BodyMention], bodies: dict[int, str], scope: Scope
) -> str | None:
    """The body named last before "at its" gathering ``g`` when an instrument is "of" it right
    before (`_INSTRUMENT_OF`) and it holds gatherings of that word."""
    last = before[-1]
    if not _AT_ITS_RIGHT_AFTER.fullmatch(text, last.end, _its_end(text, g)):
        return None
    cited = next((m for m in reversed(refs.instruments) if m.end <= last.start), None)
    if cited is None or not _INSTRUMENT_OF.fullmatch(text, cited.end, last.start):
        return None
    key = bodies[last.start]
    return key if _holds(key, g, scope) else None


def _known_named_holder(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body a known name in full stands for where the clause names it as the holder of "its"
    (`_named_holder`: the subject opening the clause with its verb, the subject or agent right
    before "(,) at its", the subject after an opening "At its"), when the name is that one mention,
    of a body with gatherings of its own (not one that sits in its parent's sessions, E169), E198."""
    named = _named_holder(text, g)
    if named is None and (reported := named_holders.report_of_name_before(text, _its_end(text, g))) is not None and not any(
        b.start < reported[0] for b in refs.bodies
    ):
        # ("Having considered the report of the Scientific Advisory Board at its Forty-Ninth
        # Session": no body named before the report; "Invites the Committee on X to consider the
        # report of the Team of Specialists at its thirty-second session" is the Committee's)
        named = reported
    if named is None and g.word == "session" and g.determiner == "its" and g.of_body is None:
        # "..., which the Board approved at its ninetieth regular session": the kind word alone the
        # reader took for a body named in full before that has no gathering term (the Board of
        # Auditors); a body with one reads as before (`_bare_kind_holder`)
        its_end = _its_end(text, g)
        opening = bool(_AT_ITS.match(text[: g.end]) or named_holders.clause_opens_at_its(text, its_end))
        bare = named_holders.bare_kind_holder(text, g.end if opening else its_end, opening)
        told = next((bodies[b.start] for b in refs.bodies if bare is not None and b.start == bare[0] and b.start in bodies), None)
        if told is not None and (body := scope.registry.bodies.get(told)) is not None and body.gathering_term is None and told in scope.named_in_full:
            return told
    if named is None:
        return None
    mention = next((b for b in refs.bodies if b.start == named[0] and b.end == named[1] and b.start in bodies), None)
    if mention is None:
        return None
    key = bodies[mention.start]
    known = scope.registry.bodies.get(key)
    if known is not None and known.gathering_term is None and g.word == "session" and g.determiner == "its":
        # "the report of the Scientific Advisory Board at its Forty-Ninth Session", "The Board of
        # Auditors, at its ninetieth regular session, approved": a body the reference data gives no
        # gathering term holds the session the clause names it as holding (E279)
        return key
    return key if known is not None and known.gathering_term in ("session", "meeting") else None


# "held its", "will hold its", "met for its": the body's own holding of the gathering said
_HELD_ITS = re.compile(r"\b(?:h[eo]ld|holds|holding|convened?|convenes|met\s+for)\s+(?:its|their)\s")


def _stranger_holds_its(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str]) -> bool:
    """Whether "its" of "At/During its Nth session, <name> ..." or "<name>, at its Nth session" is
    a body the clause names in capitals in which no mention found here (a known body's or one the
    text created) stands, E183. A name holding a known body's reads as before."""
    named = _named_holder(text, g) or named_holders.lower_case_name_holds(text, _its_end(text, g))
    if named is None:
        return False
    start, end = named
    # ("the Credentials Committee of the General Assembly at its seventy-seventh session": a known
    # body named inside, whose organ it is, may be the one "its" stands for; read as before)
    return not any(named[0] <= b.start < named[1] and b.start in bodies for b in refs.bodies)


# "Committee for Development Policy", "Panel on Tidal Rights": words in capitals, small words between
_CAPITALISED_NAME = re.compile(r"[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|the|in|to)\s+)*[A-Z][\w-]*)+")


def _bare_kind_holder(
    text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope
) -> tuple[int, int] | None:
    """Where the kind word alone whose gathering "its" is stands ("The Group held its second
    session", "The Committee, at its 110th session", "At its twelfth session, the Board"), when the
    reader resolved it to no body, or to one only by a short name of a body the document never
    names in full and does not speak for ("The Forum" of a report to the Assembly that names no
    forum); and no body is named between it and "its" but in a clause set off by commas (E190). A
    short name of a body the document names reads as before."""
    if g.determiner != "its" or g.of_body is not None:
        return None
    its_end = _its_end(text, g)
    opening = bool(_AT_ITS.match(text[: g.end]) or named_holders.clause_opens_at_its(text, its_end))
    held = named_holders.bare_kind_holder(text, g.end if opening else its_end, opening)
    if held is None:
        return None
    start, end = held
    if any(b.start < end and start < b.end and b.start in bodies and not (b.key is None and _unnamed(bodies[b.start], scope)) for b in refs.bodies):
        return None
    if not opening and any(end <= b.start < g.start and b.start in bodies for b in refs.bodies) and not _SET_OFF_AFTER_KIND.match(text, end):
        return None
    return held


def _unnamed(key: str, scope: Scope) -> bool:
    """Whether a body the reader took a short name for is of another organization than the
    document's own body's, and the document gives no sign of it (the one body the reference data
    calls "the Forum", in a report to the Assembly that names no forum; not "the Council" of the
    organization whose Conference writes, nor "the Conference" where the text names the treaty it
    is of, E115)."""
    if key in scope.named_in_full or key in scope.born:
        return False
    root = kind_words.root_of(key, scope.registry)
    own = (scope.author, scope.speaking, scope.reporting_body, scope.focus)
    if any(k is not None and kind_words.root_of(k, scope.registry) == root for k in own):
        return False
    return not kind_words.organization_named(key, scope.registry, scope.document_lowered)


# "The Group, which the Assembly established in 2029, held its": a clause set off after the kind word
_SET_OFF_AFTER_KIND = re.compile(r"\s*,\s+(?:which|who|established|set\s+up|created|composed|chaired|as)\b")


def _kind_named_last(text: str, held: tuple[int, int], scope: Scope) -> str | None:
    """The body a kind word alone stands for ("The Group", "The Committee"): the body the text last
    named whose name answers to it, when the reference data knows it or the text created it; None
    when that last one is a name in capitals nobody knows ("the Advisory Board on Fisheries" before
    "The Board"), and when the text named none, the document's own body only if it answers to the
    word (an Assembly's "The Assembly", "The Committee" of a committee's report the Assembly issues),
    else None: never a session of the document's body that the word does not name (E190)."""
    kind = text[held[0] : held[1]]
    at = scope.position + held[0]
    known_at, known = -1, None
    for start in sorted(scope.named_at, reverse=True):
        _, key, short = scope.named_at[start]
        if start < at and key in scope.registry.bodies and _answers(kind, scope.registry.bodies[key]) and not (short and _unnamed(key, scope)):
            known_at, known = start, key
            break
    document = scope.document_text
    word = re.compile(rf"\b{re.escape(kind)}\b")
    starts = sorted(scope.named_at)
    for hit in reversed(list(word.finditer(document, max(0, known_at), min(at, len(document))))):
        named = named_holders.name_around(document, hit.start(), hit.end())
        if named is None:
            continue
        if _recorded_within(starts, scope.named_at, *named):
            break  # a known body's name, read above
        return None  # a body nobody knows, named in capitals after the known one
    if known is not None:
        return known
    # the document's own body: the one whose text is read, whose report the masthead titles, the
    # section's, the author
    for own in (scope.speaking, scope.reporting_body, scope.focus, scope.author):
        if own is not None and own in scope.registry.bodies and _answers(kind, scope.registry.bodies[own]):
            return own
    return None


def _answers(kind: str, body: Body) -> bool:
    return any(named_holders.kind_answers(kind, name) for name in (*body.names, body.short_name or ""))


def _recorded_within(starts: list[int], named_at: dict[int, tuple[int, str, bool]], start: int, end: int) -> bool:
    """Whether a mention the reader resolved stands within ``start``..``end`` of the document."""
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end or index > 0 and named_at[starts[index - 1]][0] > start


def record_named(refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> None:
    """The bodies the sentence at ``scope.position`` names, by where they stand in the document."""
    for b in refs.bodies:
        key = bodies.get(b.start)
        if key is not None:
            scope.named_at[scope.position + b.start] = (scope.position + b.end, key, b.key is None)


def _its_end(text: str, g: GatheringMention) -> int:
    """Where the "its" before a gathering's ordinal ends (the gathering's own start when it
    includes its determiner)."""
    found = text.rfind("its", max(0, g.start - 6), g.start + 4)
    if found < 0:
        found = text.rfind("their", max(0, g.start - 8), g.start + 6)
        return found + 5 if found >= 0 else g.start
    return found + 3


_OFFICIAL_RECORDS_OF = re.compile(r"\bOfficial\s+Records\s+of\s+(?:the\s+)?$")


def _official_records_body(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str]) -> str | None:
    """The body of "Official Records of the <body>, <Nth> Session": named right before the comma."""
    if "Official" not in text:
        return None
    for b in refs.bodies:
        if b.start in bodies and 0 <= g.start - b.end <= 3 and text[b.end : g.start].strip() == "," and (
            _OFFICIAL_RECORDS_OF.search(text, max(0, b.start - 30), b.start)
        ):
            return bodies[b.start]
    return None


_SUBSIDIARY_BODIES = re.compile(r"\b(?:its\s+|the\s+)?subsidiary\s+(?:bodies|organs|committees)\b", re.IGNORECASE)


# between a gathering named in words and the abbreviation defined for it in brackets
_BRACKET_AFTER = re.compile(r"[^()]{0,40}?\(\s*")


# "to the Parties at their ...", "to the Contracting Parties at their ...": the Parties as they meet
_THE_PARTIES_AT_THEIR = re.compile(r"\bthe\s+(?:Contracting\s+|States\s+)?Parties\s+(?:at|during|to)\s+$")
_OF_THE_PARTIES = re.compile(r"\b(?:Meeting|Conference)\s+of\s+the\s+(?:Contracting\s+|States\s+)?Parties\b", re.IGNORECASE)


def _parties_meeting(text: str, g: GatheringMention, scope: Scope) -> str | None:
    """The document's own body, when it is the meeting or conference of the Parties, for "the
    Parties at their Nth meeting"."""
    if "Parties" not in text or _THE_PARTIES_AT_THEIR.search(text, max(0, g.start - 40), g.start) is None:
        return None
    own = scope.author
    body = scope.registry.bodies.get(own) if own is not None else None
    if body is None or not any(_OF_THE_PARTIES.search(name) for name in body.names):
        return None
    return own


# "the Board's", and the possessive relative "the Board, whose" (", whose twentieth meeting had been
# held in Santiago": the body set off before the comma holds it, E228)
_POSSESSIVE_END = re.compile(r"\s*(?:['’]s|,\s*whose)\s+$")


def _possessor_right_before(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body whose name ends right before "'s" (or ", whose") and the gathering's words, when it
    holds such gatherings."""
    if "s " not in text[max(0, g.start - 4) : g.start] and not text.startswith("whose ", g.start - 6):
        return None
    for b in refs.bodies:
        if b.end <= g.start and g.start - b.end <= 9 and b.start in bodies and _POSSESSIVE_END.fullmatch(text, b.end, g.start):
            key = bodies[b.start]
            # (a body the text created holds what the words say it holds, E198)
            return key if _holds(key, g, scope) or key in scope.born else None
    return None


def _stranger_possesses(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str]) -> bool:
    """"The Advisory Board on Coastal Finance's third session": a name in capitals right before "'s"
    and the gathering, in which no body the reader knows (or the text created) stands: a stranger's
    gathering, no one else's (E198)."""
    named = named_holders.name_before_possessive(text, g.start)
    return named is not None and not any(named[0] <= b.start < named[1] and b.start in bodies for b in refs.bodies)


def _named_before_the_sentence(scope: Scope, bodies: dict[int, str]) -> list[str]:
    """The bodies the paragraph named before this sentence (`Scope.recent` less the ones this
    sentence's mentions, ``bodies``, appended to it), the one the sentence before opened on last (E280)."""
    earlier = scope.recent[: max(0, len(scope.recent) - len(bodies))]
    if scope.subject_before is not None and scope.subject_before in earlier:
        # "The Committee, which the General Assembly set up by its resolution 60/248, will hold
        # ...": the body the sentence before opened on, not one named in its relative clause
        return [*earlier, scope.subject_before]
    return earlier


# "Its first meeting ...": the sentence opens with the possessive (a run-in heading may stand before it);
# or with "It" and a verb of holding ("It held its second session in Geneva", "It will convene its
# third session": the body the sentence before opened on, E177)
_ITS_OPENS_SENTENCE = re.compile(
    r"^\s*(?:\d{1,2}\.\s+)?(?:(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+)?Its"
    r"|It\s+(?:(?:has|had|will|then|also|subsequently)\s+){0,2}(?:held|holds?|convened|convenes?|opened|opens?|concluded)\s+its)\s$"
)


def resolve_gatherings(
    text: str, refs: SentenceRefs, bodies: dict[int, str], scope: Scope
) -> list[GatheringMention]:
    """Gatherings with their body set; plenary meetings within a session are dropped."""
    out: list[GatheringMention] = []
    last_body = scope.last_gathering_body
    previous: GatheringMention | None = None
    for g in refs.gatherings:
        if g.continues is not None:
            # "…; forty-fifth, New York, …": the series of the gathering listed before it (E173)
            if g.continues.body is not None and g.continues in out:
                g.body = g.continues.body
                out.append(g)
                previous = g
            continue
        line_body = None
        reported = False  # the body a report is of holds the gathering ("report of X on its ...")
        named_holds = False  # the clause names the known body whose "its" it is (E198)
        if g.of_body is None and g.determiner == "the" and g.start == 0 and scope.subject_before is not None and (
            _SAID_HELD_AFTER.match(text, g.end) and not any(b.start < g.end + 40 for b in refs.bodies)
            and _holds(scope.subject_before, g, scope)
        ):
            # "The Board was established in 1978 ..." / "The 97th session was held in New York from
            # 24 to 26 January 2032": the session of the body the text spoke of last, told in a
            # sentence that names no body
            line_body = scope.subject_before
        elif g.determiner == "it":
            # "The quantum working group was requested ... It met for the first time in Geneva": the
            # body the sentence before opened on, a body that meets (one the text created, too)
            subject = scope.subject_before
            if subject is None or subject not in scope.registry.bodies or (
                scope.registry.bodies[subject].gathering_term not in (None, g.word) or subject not in scope.born and not _holds(subject, g, scope)
            ):
                continue
            line_body = subject
        elif (
            g.determiner == "its" and g.of_body is None and not g.numeral and _ITS_OPENS_SENTENCE.match(text[: g.start + 4])
            and scope.subject_before is not None and scope.subject_before in scope.registry.bodies
            and not any(b.start < g.start for b in refs.bodies)
            and (scope.registry.bodies[scope.subject_before].gathering_term == g.word or scope.subject_before in scope.born)
        ):
            # "The Task Team works mainly by electronic means. Its first meeting will be held in
            # Niamey": the body the sentence before opened on, a body that meets (or one the text
            # created), when the sentence names no body before "Its"
            line_body = scope.subject_before
        elif g.of_body is None and g.determiner == "the" and (catalogued := _catalogue_author(text, g, refs, bodies, scope)) is not None:
            # "E/2032/24 — Statistical Commission: report on the sixty-third session": the session
            # of the body the catalogue's title names before its colon, whatever body the text
            # spoke of before
            line_body = catalogued
        elif g.of_body is None and g.determiner is None and (owner := _possessor_right_before(text, g, refs, bodies, scope)) is not None:
            # "in the course of that Sub-Committee's eighty-second session", "the Board's
            # seventy-third session": the body named in the possessive right before (E131)
            line_body = owner
            reported = owner in scope.born  # the words say what it holds (E198)
        elif g.of_body is None and g.determiner is None and any(mark in text[max(0, g.start - 4) : g.start] for mark in ("s ", "s' ", "s’ ")) and _stranger_possesses(text, g, refs, bodies):
            continue
        elif g.of_body is None and g.determiner is None:
            # "GHS Sub-Committee, sixty-third session: Geneva, 8-10 July 2032": a list line's body
            # opens it, whatever body the text spoke of before
            heads = [b for b in refs.bodies if b.end <= g.start and gathering_lines.opens_the_line(text, b.start, b.end, g.start, g.end)]
            if heads and heads[0].start in bodies:
                line_body = bodies[heads[0].start]
            elif heads or gathering_lines.unknown_kind_opens_the_line(text, g.start, g.end):
                # "Expert Panel, third session: Rome, ...": a body the reference data does not know
                # (nor the text's creations): no gathering of the body the text is about
                continue
        if (
            g.numeral and g.of_body is None and g.determiner == "the" and g.word == "session"
            and out and out[-1].numeral and out[-1].word == "session" and out[-1].of_body is not None
        ):
            # "The 170th session of the Executive Board was held ...; the 172nd session is
            # scheduled for ...": the next session in figures of the body just named
            g.body = out[-1].body
            out.append(g)
            previous = g
            continue
        if g.numeral and g.of_body is None and g.determiner == "the" and (
            said := next((o for o in reversed(out) if o.body is not None and o.word == g.word and o.ordinals == g.ordinals), None)
        ) is not None:
            # "The Programme Committee, at its 137th Session, had first proposed the evaluation
            # (report of the 137th Session, PC 137/REP)": the gathering the sentence named, said again (E143)
            g.body = said.body
            out.append(g)
            previous = g
            continue
        if g.numeral and _no_body_named(g) and g.determiner == "the" and (series := _masthead_series(text, g, refs, scope)) is not None:
            # "DECIDES FURTHER that the 83rd session shall be held ..." under an "81ST SESSION"
            # masthead: a session of the masthead's series, in figures
            g.body = last_body = series
            out.append(g)
            previous = g
            continue
        if g.of_body is None and g.determiner is None and line_body is None and len(g.ordinals) == 1 and "(" in text[max(0, g.start - 30) : g.start]:
            # "Statistical Commission decision 62/104 (62nd session, March 2031)": the session in
            # brackets right after a number that carries it is its issuer's (E144)
            line_body = _issuer_of_the_number_before(text, g, refs)
        if g.numeral and g.of_body is None and g.determiner == "the" and line_body is None and scope.plenary_series and (
            _PLENARY_SESSIONS_WORDS.search(text, g.start, g.end)
        ):
            # "Report of the 79th plenary session (ECE/CES/104)" after "80th plenary session of
            # the Conference": the series of plenary sessions the document numbered with its body
            line_body = scope.plenary_series
        if g.numeral and g.of_body is None and g.determiner == "the" and g.word == "meeting" and line_body is None and (
            own := _own_long_series(g, scope)
        ) is not None:
            # "at the 328th meeting, on 18 June 2031" in the record of a body's 331st meeting (a body
            # that meets in numbered meetings): another meeting of its series (E145)
            line_body = own
        if line_body is None and g.of_body is None and (numbered_by := _gathering_in_an_instruments_number(text, g, refs, scope)) is not None:
            # "decision 9.3 of the 61st meeting": the meeting the point's number was read with (E225)
            line_body = numbered_by
        if g.numeral and line_body is None and (reporter := _reporting_bodys_own_meeting(g, refs, bodies, scope)) is not None:
            line_body = reporter
        if g.numeral and g.of_body is None and g.determiner == "the" and g.word == "session" and line_body is None and (
            own := _masthead_session_in_figures(g, refs, bodies, scope)
        ) is not None:
            # "The 126th session was held from …" in the report whose title page names the body's
            # 126th to 128th sessions in figures: a session in figures is no sitting, and the one
            # series the masthead numbers near it is its own
            line_body = own
        if g.numeral and g.of_body is None and g.determiner not in ("its", "their") and line_body is None and not (
            g.determiner is None and any(_POSSESSIVE_RIGHT_BEFORE.fullmatch(text, b.end, g.start) for b in refs.bodies)
        ):
            continue
        if g.abbreviated and g.of_body is not None:
            written = text[g.of_body.start : g.of_body.end]
            if (
                previous is not None and previous.body is not None and previous.ordinals[-1:] == g.ordinals
                and _BRACKET_AFTER.fullmatch(text, previous.end, g.start)
            ):
                # "the sixty-sixth session of the Panel (IPCC-66)": the abbreviation defined
                scope.abbreviations[written] = previous.body
                continue
            if written not in scope.abbreviations and (own_series := _symbol_series_session(text, g, written, scope)) is not None:
                # "submitted to RC76", "RC77 will be held in Amman" in a document of the body whose
                # symbols are "EM/RC76/...": its session, as its own symbols write it
                g.body = own_series
                out.append(g)
                previous = g
                continue
            if written in scope.abbreviations:
                g.body = scope.abbreviations[written]
                if (
                    g.of_body.key is None and previous is not None and previous.body is None
                    and previous.ordinals == g.ordinals and _BRACKET_AFTER.fullmatch(text, previous.end, g.start)
                ):
                    # "the Sixth Meeting of States Parties (MSP6)", the words read as no gathering
                    # of a known body: one mention, from the ordinal to the closing bracket
                    g.start = previous.start
                    g.end += 1 if text.startswith(")", g.end) else 0
                out.append(g)
                previous = g
                continue
            named = bodies.get(g.of_body.start)
            if named is None and written.isupper() and written.lower() not in scope.matcher.homonyms and (
                aliased := scope.matcher.by_name.get(written.lower())
            ) is not None and scope.registry.bodies.get(aliased) is not None and scope.registry.bodies[aliased].gathering_term:
                # "CCEXEC111", "SBI62": the abbreviation glued to the number, which the matcher
                # finds as no word of its own; the one body that holds sessions the reference data
                # names so (E271)
                named = aliased
                if not (kind_words.generic_name(written) and kind_words.shipped_by_kind(scope.registry.bodies[aliased])):
                    g.body = aliased  # (an abbreviation of its own: no treaty's "COP" of any other)
                    out.append(g)
                    previous = g
                    continue
            if named is None or named != scope.author and (
                named not in scope.registry.bodies
                or " ".join(scope.registry.bodies[named].name.lower().split()) not in scope.document_lowered
            ) and not _abbreviation_of_one(written, named, scope):
                # "COP 18" of a text that never names the body "COP" stands for in full (another
                # treaty's conference, whose abbreviation is the same): a guess, left out
                continue
        previous = g
        body: str | None = None
        if line_body is not None:
            body = line_body
        elif g.numeral:
            body = _numbered_gathering_body(text, g, refs, bodies, scope)
            if body is None:
                body = _next_of_the_same_series(text, g, out, refs, bodies)
            if body is None and g.determiner == "its" and (adopter := _adopting_issuer(text, g, refs, scope)) is not None and (
                adopter not in scope.gathered_here or _another_of_its_long_series(adopter, g, scope)
            ):
                # "General Assembly resolution 51/77, by which the Assembly …, and its own resolution
                # 2427 (2018), adopted at its 8305th meeting": the meeting of the cited instrument's
                # issuer, whatever body was named last before "its" (a numbered meeting of a body
                # meeting in meetings; never a sitting of the gathering reported on)
                body = adopter
            # "held its 117th session", "its annual report covering its 117th to 119th sessions":
            # sittings inside a gathering are "meetings", never "sessions", so a session in
            # figures is the body's own wherever "its" is said (of a body that holds sessions,
            # checked below), as a session in words is
            if body is None and not (
                g.word == "session" and g.determiner in ("its", "their")
                and (
                    _HOLDS_OR_COVERS.search(text, max(0, g.start - 40), g.start) is not None
                    # "Decides that its 222nd session will be held at Headquarters": the subject of
                    # its own holding
                    or _TO_BE_HELD.match(text, g.end) is not None
                )
                # "the Council's decision at its 229th Session": "its" is the possessor's, which
                # the reference data may not name here; the speaker would be a wrong guess
                and _POSSESSIVE.search(text, max(0, g.start - 60), g.start) is None
            ):
                continue
        if body is not None:
            pass
        elif g.of_body is not None:
            body = bodies.get(g.of_body.start)
        elif g.determiner == "its" and (agenda_of := _agenda_for_the_next(text, g, out)) is not None:
            # "takes note of the report of the Commission on its fortieth session and approves the
            # provisional agenda for its forty-first session": the next session of the body whose
            # session the sentence named, not the approving subject's
            body = agenda_of
        elif g.determiner in ("its", "their") and (adopter := _adopting_issuer(text, g, refs, scope)) is not None:
            # a parenthesis on the instrument cited: the sessions named after it are not its issuer's
            g.body = adopter
            out.append(g)
            continue
        elif g.determiner in ("its", "their"):
            # The subject: the body named last before "its", else the first one after.
            before = [b for b in refs.bodies if b.end <= g.start and b.start in bodies]
            after_clause = [b for b in refs.bodies if b.start >= g.end and b.start in bodies][:1] if ";" in text[: g.start] else []
            if after_clause and _AT_ITS_AFTER_SEMICOLON.search(text, max(0, g.start - 16), g.start) and (
                _COMMA_THEN_THE.fullmatch(text, g.end, after_clause[0].start)
            ):
                # "The mandate has been renewed every year since; at its eighty-sixth session, the
                # Assembly adopted ...": the clause's subject follows, as after an opening "At its" (E130)
                body = bodies[after_clause[0].start]
            elif (considering := _subject_after_considering(text, g, refs, bodies)) is not None:
                # "Following its consideration of the report of the Secretary-General (X) at its
                # seventy-eighth session, the General Assembly adopted": the subject's (E245)
                body = considering
            elif g.determiner == "their" and (parties := _parties_meeting(text, g, scope)) is not None:
                # "to report to the Parties at their twelfth meeting": the Parties meet as the
                # meeting (or conference) of the Parties whose document this is, not as the body
                # named before (E99)
                body = parties
            elif scope.speaking is not None and min(g.ordinals, default=1) > 1 and (
                born := _GROUP_BORN_BEFORE.search(text, max(0, g.start - 300), g.start)
            ) and not (
                # "..., which shall report to the Statistical Commission at its fifty-sixth session":
                # the body it reports to, named between, holds it
                _TO_A_BODY_AT.search(text, max(born.start(), g.start - 120), g.start)
                and any(born.start() < b.start and b.end <= g.start for b in before)
            ):
                # "Decides to establish an open-ended working group on X, to negotiate
                # recommendations for endorsement at its fifty-seventh session": a group born in
                # the sentence has held no fifty-seventh session; "its" is the speaker's
                body = scope.speaking
            elif scope.speaking is None and (told_by := _setter_up_of_a_group(text, g, scope)) is not None:
                # "decision B.39/8, by which it had set up an informal working group on X at its
                # thirty-ninth meeting": the group held no meeting before it was set up (E95)
                body = told_by
            elif " on " in text[max(0, g.start - 30) : g.start] and (considered := _subject_of_a_consideration_by(text, g, before, bodies)) is not None:
                # "The Commission welcomes the consideration by the General Assembly, at its
                # ninetieth session, of its report on its twenty-ninth session": the agent of the
                # consideration holds the session set off; the paper and its session are the
                # subject's, named before "the consideration" (E291)
                body = considered
            elif " on " in text[max(0, g.start - 30) : g.start] and (reporter := _reporting_body_on_its(text, g, before, bodies, scope)) is not None:
                # "the report of the Open-ended Working Group on Ageing on its fourteenth session":
                # the body the report is of, named whole right before "on its", holds it (a body the
                # text created, too), never the sentence's subject or the author (E174)
                body, reported = reporter, True
            elif " on " in text[max(0, g.start - 30) : g.start] and (titled := _report_of_body_in_a_title(text, g, before, scope)):
                body = titled
            elif " on " in text[max(0, g.start - 30) : g.start] and _report_of_an_unknown_body(text, g, before, scope):
                # "took note of the report of the Committee for Development Policy on its
                # twenty-sixth session": a body the reference data does not know holds it, not the
                # body named before the report
                continue
            elif before and (issuer := _issuer_of_the_instrument_before(text, g, refs, before, bodies, scope)) is not None:
                # "established by Resolution 12/61 of the Conference of FAO at its eleventh
                # session": the body an instrument is "of", right before "at its", adopted it there;
                # not the sentence's subject (E278)
                body = issuer
            elif (bare := _bare_kind_holder(text, g, refs, bodies, scope)) is not None:
                # "The Group held its second session", "The Committee, at its 110th session": the
                # body the text last named of that kind, not the document's own body (E190)
                body = _kind_named_last(text, bare, scope)
                if body is None:
                    continue
                reported = named_holds = True  # the clause's words say what it held
            elif (named := _known_named_holder(text, g, refs, bodies, scope)) is not None:
                # "The Working Group on X, set up pursuant to Commission resolution 11/2, held its first
                # session", "The Committee on Contributions held its ninety-second session": the known
                # body the clause opens on (or names right before "at its"), whatever else it names
                # between and whether its reference data says "meeting" or "session" (E198)
                body, named_holds = named, True
            elif _stranger_holds_its(text, g, refs, bodies):
                # "At its twelfth session, held in Geneva ..., the Expert Mechanism on Fisheries
                # adopted", "The Advisory Board on Fisheries, at its twelfth session, recommended":
                # the gathering of a body neither the reference data nor the text knows, never the
                # document's own body's or its issuer's (E183)
                continue
            elif before and scope.speaking is not None and _TO_IT_AT.search(text, max(0, g.start - 40), g.start):
                # "Requests the Executive Secretary to report to it at its thirteenth session":
                # "it" is the body speaking, and so is "its"; in a relative clause on an instrument
                # cited ("resolution 89/158, in which the Assembly requested the Special Rapporteur to
                # report to it at its ninetieth session"), the clause's subject (E193)
                body = _relative_clause_subject(text, g, before, bodies, scope) or scope.speaking
            elif before and scope.speaking is None and _TO_IT_AT.search(text, max(0, g.start - 40), g.start) and (
                teller := _relative_clause_subject(text, g, before, bodies, scope) or _asking_subject(text, before, bodies)
            ) is not None:
                # "decision MC-12/10, by which the Conference requested the Bureau to report to it at
                # its thirteenth meeting": told of an instrument, "it" and "its" are the asker's, as
                # in the instrument's own voice above, never the asked body's (E253)
                body = teller
            elif before and scope.speaking is None and _WITH_IT_AT.search(text, max(0, g.start - 40), g.start):
                # "the Committee invited the Working Group to hold a joint meeting with it during
                # its thirty-first session": "it" and "its" are the one who asked, not the one asked
                asking = _asking_subject(text, before, bodies)
                if asking is None:
                    continue
                body = asking
            elif before and scope.speaking is not None and _speaker_over_complement(text, g, before):
                # "Decides to review the functioning of the Committee at its fifty-first session":
                # the Committee is a complement after "of"; "its" is the speaker's (E202)
                body = scope.speaking
            elif before and " to " in text and (reporter := _reporter_to_receiver(text, g, before, bodies)) is not None:
                # "The Commission reported to the Assembly on its sixty-third session": "its" is the
                # reporter's, the body it reported to stands between (E168)
                body = reporter
            elif before and (possessor := _possessor_of_an_event_held(text, g, before, bodies)) is not None:
                # "the Committee's expert panel, convened during its ninth session": the possessor's (E212)
                body = possessor
            elif before and (it := _it_of_a_relative_clause(text, g, before, bodies, scope)) is not None:
                # "by which it established the Committee on X and decided to review its structure at
                # its ninetieth session": "it"'s, the speaker's (E212)
                body = it
            elif before and (subject := _subject_past_clause(text, g, before, bodies)) is not None:
                body = subject
            elif before and (asker := _asker_of_an_earlier_gathering(text, g, refs, before, bodies, scope)) is not None:
                # "The Conference requested the Council to make the arrangements for its fiftieth
                # session at its 203rd session": the Council acts at its 203rd; a fiftieth session
                # of its own would be long past; "for its" is the asking body's (E202)
                body = asker
            elif before and (actor := _actor_of_a_deadline(text, g, before, bodies, scope)) is not None:
                body = actor  # "will report to the Commission no later than its eleventh session" (E258)
            elif before and (asker := _asker_when_set_off(text, g, before, bodies, scope)) is not None:
                # "the Commission had asked FAO and WHO, at its fifty-sixth session, to prepare a
                # report": set off before the infinitive, the session tells when the asker asked (E278)
                body = asker
            elif before and (addressee := _addressee_holds_its(text, g, before, bodies)) is not None:
                body = addressee
            elif before and (subject := _subject_over_complement(text, g, before, bodies)) is not None:
                body = subject
            elif (author := report_authors.author_before_its(text, _its_end(text, g) - 3, [(b.start, b.end) for b in before])) is not None:
                # "the report of the Committee to the General Assembly, covering its 161st session"
                body = bodies[before[author].start]
            elif before and (child := _subsidiary_named_with_its_parent(text, g, before, bodies, scope)) is not None:
                # "the Global Forum for Road Traffic Safety (WP.1) of the Inland Transport Committee,
                # including at its 110th session": the parent only says whose the body is; the
                # body it names holds the session (E272)
                body = child
            elif before:
                body = bodies[before[-1].start]
            elif _opens_on_its_gathering(text, g) or _ITS_PAPER_ON_ITS_OPENING.match(text[: g.end]):
                # "At its tenth session, held ..., the Conference adopted": the subject follows.
                after = [b for b in refs.bodies if b.start >= g.end and b.start in bodies]
                opening_subject = _subject_after_its_opening(text, g, after)
                body = bodies[opening_subject.start] if opening_subject is not None else None
                body = _pronoun_subjects_holder(text, g, bodies, scope) or body
            elif _UNKNOWN_GROUP_BEFORE.search(text, max(0, g.start - 300), g.start) or _UNKNOWN_GROUP_HOLDS.search(
                text, max(0, g.start - 200), g.start
            ):
                # "Report of the open-ended working group on ... on its second session": a group
                # the reference data does not know holds it, not the document's author.
                continue
            elif _unknown_subject_before(text, g, refs, bodies, scope):
                # "The Panel shall elect a Chair from among its members at its first meeting": the
                # subject is a body the reference data does not know, not the speaker
                continue
            elif _ITS_OPENS.match(text) and scope.speaking is None and (earlier := _named_before_the_sentence(scope, bodies)) and (
                earlier[-1] != scope.focus and _holds(earlier[-1], g, scope)
            ):
                # "Second meeting of the working group, held online. Its first meeting was held in
                # New York": the body the sentence before in the paragraph named last, when it
                # holds such gatherings (E107); not a body this sentence names after "Its" ("Its
                # report on its 118th and 119th sessions will be before the Fifth Committee", E280)
                body = earlier[-1]
            elif scope.focus is not None and scope.speaking is None and _ITS_OPENS.match(text):
                # "Its report on its seventy-seventh ... sessions" under the heading of a body, after
                # a sentence about it: the body the section is about, not the document's author
                body = scope.focus
            else:
                # "its eleventh meeting" in a working group's note: the group's; "its sixty-ninth
                # session" in a commission's resolution printed in a Council document: the commission's
                body = scope.speaking or scope.author
            if body is not None and before and not reported and not _holds(body, g, scope) and _named_with_holding_parent(text, before, bodies, body, g, scope):
                # "the discussion held in the Sixth Committee of the General Assembly during its
                # eighty-seventh session": a body that holds no sessions, named with its parent,
                # which does: the session it met in is the parent's (not a body named before)
                body = scope.registry.bodies[body].parent
            elif body is not None and before and not reported and not named_holds and not _holds(body, g, scope) and (
                holder := _nearest_holder(text, [b for b in before if b.start in bodies], bodies, g, scope)
            ) is not None:
                # "the Committee on Agriculture of FAO had discussed it at its thirty-first
                # session", "The Council may wish to request the Office ... to consider the
                # report at its sixty-fifth session": the body read holds no sessions; "its" is
                # the nearest one named before that does
                body = holder
        if body is None and g.of_body is None and (headed := _named_by_its_last_word(text, g, scope)) is not None:
            # "The fifty-ninth session of the Seminar will be held in Geneva" after "the International
            # Law Seminar": the one body the document names whose name ends on that word (E189); the
            # mention runs to the word, as one naming its body does
            body, g.end = headed
        if body is None and g.of_body is None and _OF_A_NAME.match(text, g.end):
            # "the second session of the Intergovernmental Conference on Ocean Noise": a body the
            # reference data does not know holds it, not the author nor the body named before
            continue
        if body is None and g.of_body is None and _official_records_body(text, g, refs, bodies) is not None:
            # "Official Records of the General Assembly, Eighty-sixth Session, Supplement No. 17":
            # the volume of a body's records a citation names, no gathering the text speaks of
            # (nor one of the author's, as a bare session would be)
            continue
        if body is None and g.of_body is None and g.determiner == "the" and (
            at_named := _named_right_before_at(text, g, refs, bodies, scope)
        ) is not None:
            # "submit its recommendations to the Board at the thirty-ninth meeting": the body
            # named right before "at the" holds it, not the group whose first meeting the
            # sentence before told (E98)
            body = at_named
        if body is None and g.of_body is None and last_body is None and g.determiner == "the" and not g.numeral and (
            len(named_bodies := scope.gatherings_named_in_part.get((g.word, tuple(g.ordinals)), set())) == 1
        ):
            # "to host the sixteenth session of the World Urban Forum; ... the host country
            # agreement for the sixteenth session": the one body whose session of that number the
            # part named
            body = next(iter(named_bodies))
        if body is None and g.of_body is None and last_body is None and (own := _masthead_gathering(text, g, refs, scope)) is not None:
            body = own
        if body is None and g.of_body is None and last_body is not None and (own := _masthead_gathering_after_another(g, last_body, scope)) is not None:
            # "... to the Conference at its twelfth session, together with the report on the
            # eighteenth session" in a note for the Group's eighteenth session: the masthead's
            body = own
        if body is None and g.of_body is None and last_body is not None and (own := _masthead_next_gathering(g, last_body, scope)) is not None:
            # "to convene the advisory group twice before the fifteenth meeting" in the record of
            # the Conference's fourteenth meeting, after a sentence on the twelfth meeting of the
            # Ozone Research Managers: the Conference's next meeting, not the Managers' fifteenth
            body = own
        if body is None and g.of_body is None and last_body is None and (speaker := _speaker_holds(g, refs, scope)) is not None:
            # "Requests its Bureau to organize, before the fifty-eighth session, ..." in the
            # Subcommittee's decision: the speaker's session, not that of a body its preamble cited
            body = speaker
        if body is None and g.of_body is None and (own := _masthead_previous_gathering(g, last_body, scope)) is not None:
            # "The agreed conclusions of the twenty-third session, held in Geneva ..." in the
            # annotated agenda of the Group's twenty-fourth session, after a sentence on the Board's
            # seventy-eighth: the masthead body's session before, not the Board's twenty-third (E135)
            body = own
        if body is None and g.of_body is None and g.determiner is None and _GROUP_RIGHT_BEFORE.search(text, max(0, g.start - 24), g.start):
            # "The informal group first meeting: Montreal, ...", "Informal group, first meeting": a
            # slide's short words for a group the reference data does not know (its noun in lower
            # case), not the body the page spoke of last (E100)
            continue
        if body is None and g.of_body is None and g.determiner == "the" and (
            met := _body_said_to_meet(text, g, refs, bodies)
        ) is not None:
            # "the Advisory Group had met four times since its establishment, the fourth meeting
            # having been held in Entebbe": the body the sentence says met (E97)
            body = met
        if body is None and g.of_body is None and g.determiner == "the" and (
            deciding := _term_set_by(text, g, scope)
        ) is not None:
            # "the Committee ... was extended until the ninth meeting": a term the deciding body
            # sets runs to its own meeting, not to that of a body named before (E105)
            body = deciding
        if body is None and g.of_body is None and last_body is None and g.determiner == "the" and not g.numeral and (
            len(named_bodies := scope.gatherings_named.get((g.word, tuple(g.ordinals)), set())) == 1
        ) and scope.focus not in named_bodies and not _holds_numbered(scope.focus, g, scope):
            # "the Board at its ninety-ninth session" in one part, "a background paper ... for the
            # ninety-ninth session" in another: the one body whose session of that number the
            # document named, when the part's own body is not known to hold it
            body = next(iter(named_bodies))
        if body is None and g.of_body is None and last_body is None and scope.focus is not None and (
            scope.focus not in scope.gatherings_named_in_part.get((g.word, tuple(g.ordinals[:1])), ())
        ) and (own := _masthead_gathering_after_another(g, scope.focus, scope)) is not None:
            # "the Working Group elected ... officers for the fifteenth and sixteenth sessions" in
            # the report of its fifteenth session, in a part that named the Human Rights Council:
            # the masthead's series, not that of the body the part is about, whose session of that
            # number the part never named (E133)
            body = own
        if body is None and g.of_body is None:
            body = last_body or scope.focus
            if (
                last_body is not None and scope.focus is not None and last_body != scope.focus
                and _REPORT_ON_THE.match(text[: g.start]) is not None
            ):
                # "The report on the eighty-ninth session ... is contained in A/86/38" after a
                # sentence that sent the Committee's report to the General Assembly: the report
                # series is the Committee's (the section's), not the receiver's named before
                body = scope.focus
            if body is None and scope.author and g.word == "meeting" and not g.numeral and text[g.end - 7 : g.end] == "Meeting" and (
                scope.registry.bodies[scope.author].gathering_term == "meeting"
            ):
                # "the fortieth Meeting" in a document of a body that meets in numbered Meetings
                # (the Meeting of States Parties): the capital says it is the body's own Meeting,
                # not a sitting
                body = scope.author
            if body is None and scope.reporting_body is not None and g.word == scope.registry.bodies[scope.reporting_body].gathering_term:
                body = scope.reporting_body
            if scope.author and g.word == "session" and (
                body is None
                # "Sessions of subsidiary bodies held since the fifty-third session": the session
                # of the body whose subsidiaries they are, not of the subsidiary a section names most
                or last_body is None and _SUBSIDIARY_BODIES.search(text, 0, g.start) is not None
            ):
                body = scope.author
        if body is None:
            continue
        if g.ordinals == [1] and g.determiner in ("its", "their") and body not in scope.born and (
            newborn := _born_named_before(g, refs, bodies, scope)
        ) is not None:
            # "the preparatory committee ..., which the Assembly established by its resolution
            # 88/232, and in which it requested the Secretary-General to support the committee ...,
            # including at its first session, to be held in New York": a body the text created holds
            # its first session, not the Assembly named between, whose first was long ago (E205)
            body, reported = newborn, True
        if not reported and body in scope.born and g.determiner in ("its", "their") and (named_at := _named_holder(text, g, bare=True) or named_holders.bare_kind_holder(text, _its_end(text, g), False)) is not None and (
            bodies.get(named_at[0]) == body
        ):
            # "At its fourteenth session, the Open-ended Working Group on X adopted", "The Group
            # adopted its report at its third session": a body the text created holds what the clause
            # says it held, as a report's title tells (E183, E190)
            reported = True
        term = scope.registry.bodies[body].gathering_term
        if term is None and (held := _gathering_of_group(text, g, scope)) is not None:
            body, term = held, g.word
        elif term != g.word and g.of_body is not None and (held := _gathering_of_group(text, g, scope)) is not None:
            # "the thirty-third meeting of States parties to the Convention", where another
            # treaty's meeting is called "Meeting of States Parties" and holds sessions: the
            # group's meeting, as if that name were not there (the treaty named after it is the
            # gathering's, as when the group is read)
            body, term = held, g.word
            if (treaty := _TREATY_AFTER.match(text, g.of_body.end)) is not None and treaty.end() > g.end:
                g.end = treaty.end()
        elif term is None and named_holds and g.word == "session":
            # (the body named as the holder, no gathering term in its data: `_known_named_holder`)
            term = g.word
        elif term is None and _numbers_its_gatherings(text, g, body, scope):
            term = g.word
        elif term is None and (_sits_in_its_parents_sessions(body, g, scope) or _dated_meeting_of_a_main_committee(text, g, body, scope)):
            term = g.word
        elif term is None and line_body is not None and body in scope.born:
            # "Joint working group, second meeting: ...", "It met for the first time": a body the
            # text created meets so
            term = g.word
        elif (reported or g.of_body is not None and not g.numeral and bodies.get(g.of_body.start) == body) and body in scope.born and term != g.word:
            # "the report of the working group on its fourteenth session": what a body the text
            # created holds, the report's words say (its "meeting" was a default, E174); the
            # document's copy of the reference data learns it, as a masthead's title teaches it;
            # so does "The third session of the Advisory Board on X was held in ..." (E198)
            term = g.word
            scope.registry.bodies[body] = replace(scope.registry.bodies[body], gathering_term=term)
        if term not in ("session", "meeting"):
            continue
        if g.numeral and g.word == "meeting" and term != "meeting":
            # "its 11th meeting": a plenary meeting inside a session; but a body that meets in
            # numbered meetings ("the 20th meeting of the Conference of the Parties" to CITES,
            # "its 34th meeting" of a committee) holds it as its gathering, and a body's long
            # series of sessions in figures ("the Executive Board at its 158th session") stays.
            continue
        if g.word == "meeting" and term == "session" and not (named_holds and not g.numeral and _HELD_ITS.search(text, max(0, g.start - 40), g.start + 4)):
            # a plenary meeting within a session, not a gathering of its own; but "The Committee on
            # Coastal Data held its ninth meeting": the body named says it held it (E198)
            continue
        if g.word == "session" and term == "meeting" and g.of_body is None and g.determiner == "the" and not g.numeral and body not in scope.born and (
            parent := scope.registry.bodies[body].parent
        ) is not None and parent in scope.registry.bodies and scope.registry.bodies[parent].gathering_term == "session":
            # "The General Committee recommends that the item be deferred to the eighty-eighth
            # session": a committee that meets in numbered meetings within its parent's sessions
            # (the General Assembly's General and Main Committees, a commission's Bureau) speaks of
            # the parent's session (E169); not a group the text created, whose parent is only the
            # body that set it up ("the data group ... at the seventy-ninth session" of the Committee)
            body, term = parent, "session"
        if g.word != term and g.of_body is None and not (named_holds and term in ("session", "meeting")):
            # "its third session" said of a body that holds meetings: another body; but not where the
            # clause names the body itself as the holder ("The Working Group on X held its first
            # session", "the Working Group held its first session" after it was named, E198)
            continue
        g.body = body
        last_body = body
        out.append(g)
        if g.of_body is not None and g.word == "session" and _PLENARY_SESSIONS_WORDS.search(text, g.start, g.of_body.start):
            scope.plenary_series = body
        scope.gatherings_named_in_part.setdefault((g.word, tuple(g.ordinals)), set()).add(body)
        scope.gatherings_named.setdefault((g.word, tuple(g.ordinals)), set()).add(body)
    for g in out:
        if g.open_ended and g.body is not None and (namesake := _open_ended_namesake(g.body, scope.registry)) is not None:
            # "the Committee of Permanent Representatives shall hold its twelfth open-ended meeting"
            # where the reference data knows the "open-ended Committee of Permanent Representatives"
            # as a body of its own (UNEP's): that body's twelfth meeting; else the committee's (E211)
            g.body = namesake
    scope.last_gathering_body = last_body
    return out


def _born_named_before(g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body the text created that the sentence names last before ``g``, if any."""
    born = [bodies[b.start] for b in refs.bodies if b.end <= g.start and bodies.get(b.start) in scope.born]
    return born[-1] if born else None


def _abbreviation_of_one(written: str, key: str, scope: Scope) -> bool:
    """Whether ``written`` ("CMP") is an abbreviation the reference data gives ``key`` alone, and
    not a shipped body's generic one, which any treaty's body of that kind is called ("COP",
    `kind_words.shipped_by_kind`): "CMP 29" is that body's 29th session though the text never names
    it in full (E211)."""
    body = scope.registry.bodies.get(key)
    return (
        body is not None and written.isupper() and scope.matcher.shorts.get(written.lower()) == [key]
        and not (kind_words.generic_name(written) and kind_words.shipped_by_kind(body)) and key not in scope.matcher.unevidenced
    )


def _open_ended_namesake(key: str, registry: BodyRegistry) -> str | None:
    """The body the reference data names "open-ended" + a name of ``key``'s, if there is one."""
    names = {"open-ended " + " ".join(n.split()).lower() for n in registry.bodies[key].names} if key in registry.bodies else set()
    # (each of ``names`` holds a hyphen, which no other character lowers to: a name without one is not normalised)
    return next((k for k, b in registry.bodies.items() if k != key and any("-" in n and " ".join(n.split()).lower() in names for n in b.names)), None)


# "The 97th session was held", "... took place", "... met": a gathering told as held
_SAID_HELD_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|will\s+be|is\s+to\s+be|has\s+been|had\s+been)\s+(?:held|convened)|took\s+place|(?:will\s+)?(?:take|takes)\s+place)\b"
)
_NEAR_THE_MASTHEADS = 5
# "to the Board at the", "before the Council during the": a body, then the gathering it holds
# (or "at the main part of the", "during the first part of the resumed": a part of the session, E280)
_AT_THE_AFTER_BODY = re.compile(
    r"\s+(?:at|during)\s+(?:the\s+)?(?:(?:main|first|second|third)\s+part\s+of\s+(?:the\s+)?(?:resumed\s+)?)?$"
)


# "Statistical Commission: report on the": a catalogue's title of a session report, its author
# before the colon
_AUTHOR_COLON_REPORT_ON = re.compile(r"\s*:\s+(?:annual\s+)?[Rr]eport\s+on\s+(?:the\s+work\s+of\s+)?(?:the\s+)?$")


def _catalogue_author(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body named right before ": report on the" that opens ``g``, when it holds that kind of
    gathering."""
    if ":" not in text[max(0, g.start - 40) : g.start]:
        return None
    before = [b for b in refs.bodies if b.end <= g.start and b.start in bodies]
    if not before or _AUTHOR_COLON_REPORT_ON.fullmatch(text, before[-1].end, g.start) is None:
        return None
    body = bodies[before[-1].start]
    return body if _holds(body, g, scope) else None


def _named_right_before_at(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body named right before "at the" that opens ``g``, when it holds that kind of gathering;
    or the subject of a relative clause whose verb is done "at the" gathering ("the working group,
    which the Committee had established at the sixty-fifth session"), when it holds it or meets
    within its parent's sessions (a Main Committee: `resolve_gatherings` then takes the parent's,
    E169; E191)."""
    before = [b for b in refs.bodies if b.end <= g.start and b.start in bodies]
    if not before:
        return None
    body = bodies[before[-1].start]
    known = scope.registry.bodies.get(body)
    parent = scope.registry.bodies.get(known.parent or "") if known is not None else None
    within_parents = known is not None and known.gathering_term == "meeting" and parent is not None and parent.gathering_term == g.word == "session"
    if _AT_THE_AFTER_BODY.fullmatch(text, before[-1].end, g.start) is not None:
        # "will be before the Fifth Committee at the main part of the ninety-second session": a Main
        # Committee sits in its parent's sessions, which `resolve_gatherings` then takes (E280)
        return body if _holds(body, g, scope) or within_parents and not g.numeral and body not in scope.born else None
    if _VERBED_AT_THE.fullmatch(text, before[-1].end, g.start) is None or _WHICH_THE_BODY.search(
        text, max(0, before[-1].start - 16), before[-1].start
    ) is None:
        return None
    return body if _holds(body, g, scope) or within_parents else None


# "had established at the", "set up during the": a relative clause's verb done at a gathering
_VERBED_AT_THE = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|first\s+|then\s+|later\s+|subsequently\s+)?"
    r"(?:[a-z]+ed|set\s+up|took\s+up|took\s+note\s+of|began|held)\s+(?:it\s+|them\s+)?(?:at|during)\s+(?:the\s+)?"
)



# "had met four times", "has met twice since", "met three times": a body's gatherings counted
_MET_AFTER = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:met|convened)\s+(?:\w+\s+times|twice|once)\b")


def _body_said_to_meet(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str]) -> str | None:
    """The one body that the sentence, before ``g``, says met a number of times."""
    met = [
        bodies[b.start] for b in refs.bodies
        if b.end <= g.start and b.start in bodies and _MET_AFTER.match(text, b.end) is not None
    ]
    return met[-1] if len(set(met)) == 1 else None


# "until the ninth meeting", "with a mandate up to the eighth session": the end of a term
_UNTIL_THE = re.compile(r"\b(?:until|till|up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def _term_set_by(text: str, g: GatheringMention, scope: Scope) -> str | None:
    """The body whose text (the speaker's, else the document's author's) sets a term that runs
    "until the Nth meeting" ``g``, when it holds such gatherings."""
    if _UNTIL_THE.search(text, max(0, g.start - 16), g.start) is None:
        return None
    deciding = scope.speaking or scope.author
    return deciding if deciding is not None and _holds(deciding, g, scope) else None


# "of the Seminar", "of the Tribunal": one word in capitals, no name going on after it
_OF_THE_LAST_WORD = re.compile(r"\s+of\s+the\s+(?P<word>[A-Z][a-z]{3,})\b(?!\s+(?:of|on|for)\b|\s+[A-Z]|-)")


def _named_by_its_last_word(text: str, g: GatheringMention, scope: Scope) -> tuple[str, int] | None:
    """The body "the Nth session of the <Word>" names, where no body is called "<Word>": the one
    body that holds such gatherings whose name, which the document writes in full, ends on that
    word ("the International Law Seminar" for "the Seminar"), and where the word ends; none where
    two or more do."""
    m = _OF_THE_LAST_WORD.match(text, g.end)
    if m is None:
        return None
    ending = " " + m["word"].lower()
    found = {
        body.key for body in scope.registry
        if body.gathering_term == g.word and body.key not in scope.matcher.unevidenced
        and any(name.lower().endswith(ending) and " ".join(name.lower().split()) in scope.document_lowered for name in body.names)
    }
    return (found.pop(), m.end()) if len(found) == 1 else None


def _holds_numbered(body: str | None, g: GatheringMention, scope: Scope) -> bool:
    """Whether the document named ``body``'s gathering of ``g``'s kind and number already."""
    return body is not None and any(body in scope.gatherings_named.get((g.word, (n,)), ()) for n in g.ordinals)


def _holds(body: str, g: GatheringMention, scope: Scope) -> bool:
    known = scope.registry.bodies.get(body)
    return known is not None and known.gathering_term == g.word


# "The Panel shall ...", "1. The Task Team will ...": a sentence that opens on its subject
_OPENS_ON_SUBJECT = re.compile(r"^(?:\d{1,3}\.\s+)?(?:The|the)\s+$")


def _unknown_subject_before(text: str, g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> bool:
    """The sentence opens on a body's short name that names no known body ("The Panel", or "The
    Expert Group" that is another organization's alias only: E109), and no body named after it
    stands before the gathering."""
    before = [b for b in refs.bodies if b.end <= g.start]
    return bool(before) and before[0].start not in bodies and (
        before[0].key is None or generic_alias_of_a_stranger(before[0], scope)
    ) and _OPENS_ON_SUBJECT.match(text[: before[0].start]) is not None and not any(
        b.start in bodies for b in before[1:]
    )


# between a body and its parent named after it: "(WP.1) of the", " of the", ", a subsidiary body of the"
# (the short name in brackets may be the body's mention itself: "(WP.1" then ") of the")
_OF_ITS_PARENT = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?,?\s+of\s+(?:the\s+)?")
# between the parent and "its": a comma, a short phrase that names no other body ("including at")
_PARENT_THEN_ITS = re.compile(r"\s*,?\s+(?:including\s+|notably\s+|in\s+particular\s+|especially\s+)?(?:at|during|for)\s+$")


def _subsidiary_named_with_its_parent(
    text: str, g: GatheringMention, before: list[BodyMention], bodies: dict[int, str], scope: Scope
) -> str | None:
    """"the Global Forum (WP.1) of the Inland Transport Committee, including at its 110th session":
    the body named right before "of" its parent (the reference data says so), which holds such
    gatherings itself, holds the one "its" names."""
    if len(before) < 2 or not _PARENT_THEN_ITS.fullmatch(text, before[-1].end, g.start):
        return None
    parent, child = bodies[before[-1].start], bodies[before[-2].start]
    known = scope.registry.bodies.get(child)
    if known is None or known.parent != parent or not _holds(child, g, scope):
        return None
    return child if _OF_ITS_PARENT.fullmatch(text, before[-2].end, before[-1].start) else None


def _named_with_holding_parent(text: str, before: list[BodyMention], bodies: dict[int, str], body: str, g: GatheringMention, scope: Scope) -> bool:
    """"the Sixth Committee of the General Assembly during its eighty-fifth session": a body named
    with its parent, which holds such sessions (the body itself holds none: it meets in the
    parent's); or told as the parent's organ, "its": "(b) To request its secretariat to present, at
    its 128th session, a methodology" under "The Commission decided:" — both "its" are the
    Commission's (E285)."""
    known = scope.registry.bodies.get(body)
    if known is None or known.parent is None or not _holds(known.parent, g, scope):
        return False
    return any(bodies[m.start] == body and (" of " in m.text or _ITS_RIGHT_BEFORE.search(text, max(0, m.start - 6), m.start)) for m in before)


_ITS_RIGHT_BEFORE = re.compile(r"\b[Ii]ts\s+$")


_JOINED_SUBJECTS = re.compile(r"\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?$")


def _nearest_holder(text: str, before: list[BodyMention], bodies: dict[int, str], g: GatheringMention, scope: Scope) -> str | None:
    """Of the bodies named before "its", the last that holds gatherings of the word said; none
    where it is joined to the next by "and" ("The Commission and the Working Group met at its
    40th session": whose, the words do not say)."""
    for index, mention in enumerate(before):
        if index + 1 < len(before) and _JOINED_SUBJECTS.fullmatch(text, mention.end, before[index + 1].start):
            return None
    for mention in reversed(before):
        if _holds(bodies[mention.start], g, scope) and not _asked_in_an_earlier_clause(text, mention, g):
            return bodies[mention.start]
    return None


# ", and requested", "and also invited": a mandate verb coordinated with one before it, whose
# subject is the first verb's
_COORDINATED_MANDATE_VERB = re.compile(
    r",?\s+and\s+(?:also\s+|further\s+)?(?:requested|invited|encouraged|urged|called\s+upon|asked|directed|instructed|"
    r"requests|invites|encourages|urges|calls\s+upon|asks|directs|instructs)\s+(?:the\s+)?"
)


def _asked_in_an_earlier_clause(text: str, mention: BodyMention, g: GatheringMention) -> bool:
    """Whether ``mention`` is the addressee of a mandate verb whose clause has ended before "its"
    ("the Assembly encouraged the Committee to ..., and requested the Secretary-General to report
    at its ninetieth session": the Committee is no subject of the second clause; "its" is the
    Assembly's, the subject of both verbs)."""
    return _ADDRESSEE_VERB.search(text, max(0, mention.start - 40), mention.start) is not None and (
        _COORDINATED_MANDATE_VERB.search(text, mention.end, g.start) is not None
    )


def _speaker_holds(g: GatheringMention, refs: SentenceRefs, scope: Scope) -> str | None:
    """The body whose instrument's text is being read, when "the fifty-eighth session" names no
    body and the sentence names none that holds such gatherings before it."""
    speaker = scope.speaking
    if speaker is None or g.numeral or g.determiner != "the" or speaker not in scope.registry.bodies:
        return None
    if scope.registry.bodies[speaker].gathering_term != g.word:
        return None
    if any(b.end <= g.start and b.key is not None and b.key in scope.registry.bodies
           and scope.registry.bodies[b.key].gathering_term is not None for b in refs.bodies):
        return None
    return speaker


# "the 83rd session shall be held at ...", "the 82nd session will take place in ..."
_SHALL_BE_HELD = re.compile(r"\s+(?:shall|will|would|should|is\s+to)\s+(?:be\s+(?:held|convened)|take\s+place)\b")
# "the 27th Ordinary Meeting, to be held in Tunis": the gathering, then where it is to meet
_TO_BE_HELD_AFTER = re.compile(r",?\s+(?:which\s+(?:is|will\s+be)\s+|that\s+will\s+be\s+)?to\s+be\s+(?:held|convened)\b")


def _no_body_named(g: GatheringMention) -> bool:
    """No body named after the gathering's word, or only the word itself read as a body's short
    name ("the 27th Ordinary Meeting": "Meeting" is what some bodies are called for short)."""
    return g.of_body is None or (
        g.of_body.key is None and g.of_body.end == g.end and g.of_body.text.lower() == g.word
    )


def _symbol_series_session(text: str, g: GatheringMention, written: str, scope: "Scope") -> str | None:
    """The author, when ``written`` ("RC") is the last part of its symbol prefix ("EM/RC"), which
    its symbols follow with the session's number ("EM/RC76/5"), and the sentence speaks of a
    gathering there ("submitted to RC76", "RC77 will be held"): "RC76" is its seventy-sixth
    session. ("The MSP6 guidelines" names no gathering: an abbreviation the document never
    defined stays unread there.)"""
    author = scope.registry.bodies.get(scope.author) if scope.author is not None else None
    prefix = author.symbol_prefix if author is not None else None
    if prefix is None or "/" not in prefix or author is None or author.gathering_term != "session":
        return None
    if prefix.rsplit("/", 1)[1] != written:
        return None
    if _BEFORE_A_GATHERING.search(text, max(0, g.start - 16), g.start) is None and _A_GATHERING_DOES.match(text, g.end) is None:
        return None
    return author.key


# "submitted to RC76", "at RC76", "before RC77": a preposition that takes a gathering
_BEFORE_A_GATHERING = re.compile(r"\b(?:at|to|before|during|by|since|until|for|from|after)\s+$")
# "RC77 will be held in Amman", "RC76 was held", "RC76 met": a gathering's own verbs
_A_GATHERING_DOES = re.compile(r"\s+(?:(?:will|shall|would|is|was|has\s+been)\s+(?:be\s+)?(?:held|convened|opened|closed)|met|took\s+place)\b")


# "decision 62/104 (", "resolution 12/3 (adopted at the ": what stands between an instrument's number
# and the session in brackets after it
_BRACKET_AFTER_NUMBER = re.compile(r"\s*\(\s*(?:adopted\s+(?:at|during)\s+(?:its\s+|the\s+)?)?$")


def _issuer_of_the_number_before(text: str, g: GatheringMention, refs: SentenceRefs) -> str | None:
    """The issuer of the instrument whose number stands right before the bracket that opens on
    ``g``, when the number carries that session ("decision 62/104 (62nd session, ...)")."""
    for mention in refs.instruments:
        if mention.end <= g.start and mention.issuer is not None and _BRACKET_AFTER_NUMBER.fullmatch(text, mention.end, g.start):
            return mention.issuer if mention.session == str(g.ordinals[0]) else None
    return None


# "plenary session", "plenary sessions": the words of a body's numbered full sessions (E144)
_PLENARY_SESSIONS_WORDS = re.compile(r"\b[Pp]lenary\s+[Ss]essions?\b")


def _masthead_series(text: str, g: GatheringMention, refs: SentenceRefs, scope: Scope) -> str | None:
    """The body whose sessions the masthead numbers in figures near this one ("the 83rd session"
    under "81ST SESSION"), in that body's own instrument, the sentence naming no body before it
    (a note's "the 15th session is scheduled for ..." names no body: not guessed). A meeting of
    a body that meets in numbered meetings likewise ("the 27th Ordinary Meeting, to be held in
    Tunis" under "26th Ordinary Meeting"), where the bodies named before hold no meetings of
    their own (the Steering Committee asked to prepare a review for it)."""
    if g.word not in ("session", "meeting") or len(g.ordinals) != 1 or scope.speaking is None:
        return None
    before = [b for b in refs.bodies if b.end <= g.start]
    if before and (g.word == "session" or not all(
        b.key is not None and b.key in scope.registry.bodies and not scope.registry.bodies[b.key].gathering_term for b in before
    )):
        return None
    if _SHALL_BE_HELD.match(text, g.end) is None and (g.word == "session" or _TO_BE_HELD_AFTER.match(text, g.end) is None):
        return None  # "Notes the 43rd session report": whose session, the words do not say
    owners = {
        body for body, ordinal, term in scope.masthead_gatherings
        if body == scope.speaking and term == g.word and ordinal != g.ordinals[0] and abs(ordinal - g.ordinals[0]) <= _NEAR_THE_MASTHEADS
    }
    return owners.pop() if len(owners) == 1 else None


def _masthead_session_in_figures(g: GatheringMention, refs: SentenceRefs, bodies: dict[int, str], scope: Scope) -> str | None:
    """The body whose sessions the masthead writes in figures, for "the 127th session" (or "the
    126th and 127th sessions") written in figures with no body named after it, when that body
    alone of the masthead's numbers sessions near it (`_NEAR_THE_MASTHEADS`) and the sentence
    names no other body that holds sessions ("the 130th session of the Board" names its own;
    "the Assembly ... at the 130th session" is left). A masthead that writes its session in words
    ("Thirteenth session") says nothing of "the 15th session" (whose, the words do not say)."""
    owners = {
        body for body, ordinal in scope.masthead_sessions_in_figures
        if all(abs(ordinal - n) <= _NEAR_THE_MASTHEADS for n in g.ordinals)
    }
    if len(owners) != 1:
        return None
    owner = owners.pop()
    for b in refs.bodies:
        key = bodies.get(b.start)
        if key is not None and key != owner and key in scope.registry.bodies and scope.registry.bodies[key].gathering_term == "session":
            return None
    return owner


def _masthead_gathering(text: str, g: GatheringMention, refs: SentenceRefs, scope: Scope) -> str | None:
    """The body whose gathering the masthead names, when the sentence speaks of "the" gathering
    of that number with no body named before it ("The forty-fifth session will be held at ...",
    the masthead's own line "Forty-fifth session" read again)."""
    if g.determiner not in ("the", None) or g.numeral or len(g.ordinals) != 1 or not scope.masthead_gatherings:
        return None
    if any(b.end <= g.start for b in refs.bodies):
        return None
    owners = {body for body, ordinal, term in scope.masthead_gatherings if ordinal == g.ordinals[0] and term == g.word}
    if len(owners) > 1 and refs.dates:
        # "Eightieth session (7–30 April 2025)": the one whose days the masthead gave so
        days = {d.value for d in refs.dates}
        owners = {body for body, ordinal, term, held in scope.masthead_gathering_days if body in owners and ordinal == g.ordinals[0] and held in days}
    return owners.pop() if len(owners) == 1 else None


def _masthead_gathering_after_another(g: GatheringMention, last_body: str, scope: Scope) -> str | None:
    """"the eighteenth session", bare, after another body's gathering in the sentence: the
    masthead's eighteenth session, when the masthead names one of that number, of another body
    than the one just named. A run that opens on the masthead's number ("officers for the
    fifteenth and sixteenth sessions" in the report of the fifteenth) goes on in its series."""
    if g.determiner != "the" or g.numeral or not g.ordinals or not scope.masthead_gatherings:
        return None
    if len(g.ordinals) > 1 and any(b - a != 1 for a, b in zip(g.ordinals, g.ordinals[1:])):
        return None
    owners = {body for body, ordinal, term in scope.masthead_gatherings if ordinal == g.ordinals[0] and term == g.word}
    if len(owners) != 1 or last_body in owners:
        return None
    return owners.pop()


def _masthead_next_gathering(g: GatheringMention, last_body: str, scope: Scope) -> str | None:
    """"the fifteenth meeting", bare, in a document of the masthead's fourteenth, after another
    body's gathering was named: the masthead body's next one, unless the part named the other
    body's gathering of that number or the one before it (then the series goes on there)."""
    if g.determiner != "the" or g.numeral or len(g.ordinals) != 1 or not scope.masthead_gatherings:
        return None
    n = g.ordinals[0]
    owners = {body for body, ordinal, term in scope.masthead_gatherings if ordinal + 1 == n and term == g.word}
    if len(owners) != 1 or last_body in owners:
        return None
    if any(last_body in scope.gatherings_named_in_part.get((g.word, (k,)), ()) for k in (n - 1, n)):
        return None
    return owners.pop()


def _masthead_previous_gathering(g: GatheringMention, last_body: str | None, scope: Scope) -> str | None:
    """"the twenty-third session", bare, in a document of the masthead's twenty-fourth: the
    masthead body's session before, unless the part named another body's gathering of that
    number or the one before it (then the series is that body's)."""
    if g.determiner != "the" or g.numeral or len(g.ordinals) != 1 or not scope.masthead_gatherings:
        return None
    n = g.ordinals[0]
    owners = {body for body, ordinal, term in scope.masthead_gatherings if ordinal - 1 == n and term == g.word}
    if len(owners) != 1 or last_body in owners:
        return None
    if last_body is not None and any(last_body in scope.gatherings_named_in_part.get((g.word, (k,)), ()) for k in (n - 1, n)):
        return None
    return owners.pop()


# "the Fourteenth Air Navigation Conference", "the Fourth World Conference on Women", "the 29th
# Universal Postal Congress": a body whose name is itself a gathering's noun, numbered by an ordinal
# before the name, is that series' Nth gathering even where the reference data gives the body no
# gathering term (it names the series, not what its sittings are called).
_GATHERING_NOUN_NAME = re.compile(r"\b(?:Conference|Congress|Summit|Assembly|Forum)\b")


def _sits_in_its_parents_sessions(body: str, g: GatheringMention, scope: Scope) -> bool:
    """"the 41st meeting of the Third Committee": a meeting in figures named with its body after
    "of", a body the reference data gives no gathering of its own whose parent holds sessions (a
    main committee of the Assembly, which sits in numbered meetings during the Assembly's
    sessions): that body's meeting. "at its 27th meeting" names no body and is left (E189)."""
    if g.determiner != "the" or g.of_body is None or g.start >= g.of_body.start:
        return False
    return _meets_in_its_parents_sessions(body, g, scope)


# The day a meeting was or will be held, told right after it: "at its 4th meeting, on 7 October 2037"
_ITS_DAY_AFTER = re.compile(r",?\s+(?:held\s+|to\s+be\s+held\s+)?on\s+(?:[A-Z][a-z]+,\s+)?\d{1,2}\s+" + dates.MONTH + r"\b")


def _dated_meeting_of_a_main_committee(text: str, g: GatheringMention, body: str, scope: Scope) -> bool:
    """"The Fifth Committee will take up the reports at its 4th meeting, on 7 October 2037": a
    meeting in figures, told with its day, of a body with a document series of its own (a main
    committee of the Assembly, "A/C.5") whose parent holds sessions; the committee's own numbered
    meeting, which its summary records number (E284). "at its 27th meeting" with no day stays
    unread (E189), and so does a bureau's meeting: a bureau has no document series."""
    known = scope.registry.bodies.get(body)
    return (
        g.determiner == "its" and known is not None and known.symbol_prefix is not None
        and _meets_in_its_parents_sessions(body, g, scope) and _ITS_DAY_AFTER.match(text, g.end) is not None
    )


def _meets_in_its_parents_sessions(body: str, g: GatheringMention, scope: Scope) -> bool:
    """A meeting in figures of ``body``, a body the reference data gives no gathering of its own
    whose parent holds sessions (a main committee of the Assembly)."""
    if g.word != "meeting" or not g.numeral:
        return False
    known = scope.registry.bodies.get(body)
    return known is not None and known.gathering_term is None and known.parent is not None and (
        (parent := scope.registry.bodies.get(known.parent)) is not None and parent.gathering_term == "session"
    )


def _numbers_its_gatherings(text: str, g: GatheringMention, body: str, scope: Scope) -> bool:
    if g.of_body is None or g.start >= g.of_body.start or g.of_body.short is not None:
        return False
    name = text[g.of_body.start : g.of_body.end]
    head = re.split(r"\s+(?:on|of|for|to|against|in)\s", name, maxsplit=1)[0]
    return _GATHERING_NOUN_NAME.search(head) is not None and _GATHERING_NOUN_NAME.search(scope.registry.bodies[body].name) is not None


# A sentence that opens on a report of a bare session: "The report on the eighty-ninth session".
_REPORT_ON_THE = re.compile(r"^(?:The|Its|Their)\s+(?:draft\s+)?report\s+(?:on|of)(?:\s+the)?\s*$")
# A sentence that opens with the possessive: "Its report on ...", "Their next session ...".
_ITS_OPENS = re.compile(r"^(?:Its|Their)\s")


def section_focus(mentions: list[BodyMention], scope: Scope, opening: str | None = None) -> str | None:
    """The subsidiary body a section is about: the one it names most often. Not a body the section
    names once only when it shares its short name with ``opening``, the body the document's opening
    is about (`opening_focus`), which this section never names: "the Committee" in the extract of
    the Committee on Environment and Development's report pasted under its covering note, told
    once that it meets "in alternate years with the Committee on Disaster Risk Reduction", is
    still the document's committee (E274)."""
    counts = focus_counts(mentions, scope)
    if not counts:
        return None
    key, times = counts.most_common(1)[0]
    if times == 1 and opening is not None and opening not in counts and _short_of(opening, scope) == _short_of(key, scope):
        return opening
    if times == 1 and _authors_head(key, scope):
        # "Decides to consider a joint working group with the Executive Board of UNICEF" in a
        # decision of the Executive Board of UNDP, UNFPA and UNOPS: a namesake of the author named
        # once is a partner, not what the text is about; its "Bureau of the Executive Board" is
        # the author's (E283)
        return opening
    return key


def _authors_head(key: str, scope: Scope) -> bool:
    """Whether the short name of ``key``, another body, is the head the author's own full name
    opens with ("Executive Board" of "Executive Board of UNDP, UNFPA and UNOPS")."""
    short = _short_of(key, scope)
    author = scope.registry.bodies.get(scope.author or "")
    if not short or author is None or author.key == key:
        return False
    return any(" ".join(name.lower().split()).startswith(short + " of ") for name in author.names)


def opening_focus(mentions: list[BodyMention], scope: Scope) -> str | None:
    """The body a document's opening section (masthead, covering note) is about: its focus when
    the opening names no other body of that short name (a joint agenda of two working groups
    opens on both, and is about neither alone)."""
    counts = focus_counts(mentions, scope)
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    short = _short_of(key, scope)
    return None if any(k != key and _short_of(k, scope) == short for k in counts) else key


def _short_of(key: str, scope: Scope) -> str:
    return (scope.registry.bodies[key].short_name or "").lower()


def focus_counts(mentions: list[BodyMention], scope: Scope) -> Counter[str]:
    """How often a section names each body that can be what it is about (`section_focus`)."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        body = scope.registry.bodies.get(mention.key or "")
        # Only subsidiaries that meet can be what "the Working Group" of a section means, and the
        # body whose report the document is a chapter of ("One hundred and nineteenth session" over
        # its paragraphs on "the Committee", not the other committee they name once, E193)
        if body and (body.parent is not None or body.key == scope.reporting_body) and body.short_name and body.gathering_term:
            if generic_alias_of_a_stranger(mention, scope):
                # "an ad hoc technical expert group on ...", "the expert group": the kind the
                # document's own body is, not another organization's group the section is about (E109)
                continue
            counts[body.key] += 1
    return counts
