"""Bodies born in the text: "Decides to establish an open-ended intergovernmental working group
on crimes that affect the environment to advise ...", "had decided to establish the Committee
of the Whole, the membership of which ...".

An instrument that establishes a body the reference data does not know creates it: the body
is named as written, and its later mentions ("the working group", "the expert group", "its
first meeting", the capitalised "Working Group on Crimes that Affect the Environment") mean it,
before any older body of the same kind. This module reads the words; `relate.Reader` mints the
body (`graph.identifiers.born_body_key`) and resolves the later mentions.

What a description is: an article, modifiers ("open-ended", "intergovernmental", "ad hoc"), the
kind of body ("working group", "committee", ...), and what it is on or for: "on <topic>" up to
the purpose or the clause that follows, or "to <purpose>" up to the clause's end; with "the",
only a description with its topic ("by which it established the standing open-ended working
group on ...") is one. Or a name in capitals with "the" ("the Committee of the Whole").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mandate_graph.graph.model import GatheringKind, gathering_kind
from mandate_graph.loaders.extract.literal_starts import LiteralStarts
from mandate_graph.loaders.extract.references import document_lowered_for_patterns

# The kinds of body an instrument creates. Group-like bodies hold meetings of their own.
# Not "a group of friends" nor "a group of States": informal groupings of States, which an
# instrument may speak of but creates as no body. "a Friends of the Chair group" (of a statistical
# commission) is one.
KINDS = (
    "working group", "expert group", "group of experts", "task force", "task team", "task group", "friends of the chair group",
    "advisory group", "consultative group",
    # "an open-ended scientific group on mercury monitoring", "a technical group on ..." (E102)
    "scientific group", "technical group",
    # "a technical subgroup on ocean accounts", "a sub-group on ...": a group set up under another
    # body, which meets as the group does
    "subgroup", "sub-group",
    # "an informal group on energy efficiency", "a contact group on the budget", "an open-ended
    # group of friends of the Chair" (E103): "group" with the word that says it is a body set up,
    # never alone ("the Group of 77", "the African Group", "regional groups" are groups of States)
    "informal group", "contact group", "drafting group", "group of friends of the chair",
    # ("a Sub-Committee on Water Scarcity": hyphenated, as FAO and IMO write their subsidiaries)
    "committee", "subcommittee", "sub-committee", "panel", "forum", "board", "mechanism", "negotiating body",
    "subsidiary body", "commission",
    # Mandates held by one person: "the mandate of a Special Rapporteur on ...".
    "special rapporteur", "independent expert",
    # the regional commissions' small expert bodies: "a Team of Specialists on ...", "a team of experts"
    "team of specialists", "team of experts",
    # WMO's constituent bodies' expert bodies: "the Expert Team on Public Weather Services"
    "expert team",
)
MEETING_KINDS = frozenset({
    "working group", "expert group", "group of experts", "task force", "task team", "task group", "friends of the chair group", "panel",
    "advisory group", "consultative group", "team of specialists", "team of experts", "expert team",
    "scientific group", "technical group", "subgroup", "sub-group",
    "informal group", "contact group", "drafting group", "group of friends of the chair",
})
_KIND = "|".join(sorted((k.replace(" ", r"\s+") for k in KINDS), key=len, reverse=True))
KIND_PATTERN = _KIND  # the kinds of body, as one alternation (any spacing)
_MODIFIER = (
    r"(?:open-ended|intergovernmental|ad\s+hoc|interim|standing|informal|technical|independent|"
    r"international|regional|high-level|special|expert|new|joint|negotiating|advisory|consultative|preparatory|steering|"
    # how a body works across others or between sessions: "an inter-agency task force", "an
    # intersessional working group", "a multi-stakeholder advisory group"
    r"inter-?agency|inter-?secretariat|inter-?sessional|multi-?stakeholder|tripartite|subregional|scientific|"
    # where science meets policy: "a science-policy panel on pollution prevention" (G4 r22)
    r"science-policy|"
    # what the body does after a conference or a review, before its kind: "an intergovernmental
    # follow-up committee on graduation support", "a follow-up mechanism", "a follow-up working group"
    r"follow-?up|"
    # whose members sit in it: "an open-ended Member State working group", "a Member State-led
    # task force", "a Member States' mechanism" (WHO's governing bodies' groups)
    r"member\s+states?(?:-led|-driven|['’])?|"
    # whom the body is of or for, in the possessive and in lower case: "a children's advisory group",
    # "a women’s caucus" (not "the Committee's working group": a name's owner)
    r"(?-i:[a-z]+['’]s))"
)
MODIFIER = _MODIFIER  # the words that only describe a kind of body (`kind_words`)
# "the Belém expert group on ...", "a Santiago network": a place or a person the body is named
# after, capitalised before the words that describe it.
# Capitalised even where the rest of the description is matched in any case.
# "Joint IMO/ILO Tripartite": two organizations' names joined by a slash are one word.
# "a Finance and Audit Committee": two capitalised words joined by "and" name one body
# ("a Global Greenhouse Gas Watch Coordination Board": a programme's name of four words and the
# board's role, six words in all, E251)
_NAMED_AFTER = r"(?:(?-i:[A-Z])[\w/-]*\s+(?:and\s+(?=(?-i:[A-Z])))?){1,6}"
# ", at its third session," or ", for a period of three years," between the verb and what it
# establishes.
# ", together with the Governing Body of the International Labour Office,": the partner that
# establishes it jointly, not the body established.
# ", under the Standing Committee,", ", within the Commission,": where it is placed, no body established.
# ", on an interim basis,", ", as a matter of priority,": how or when, no body either.
# ", under Article VI, paragraph 2, of the Constitution,", ", in accordance with rule 5, paragraph 1 (b), of
# its rules of procedure,": the provision it is set up under, its paragraph set off by commas of its own.
_PROVISION_PARAGRAPH = r",\s*(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s*,(?=\s*of\s)"
_ASIDE = re.compile(
    r"\s*,\s*(?:at|during|in|by|from|for|on|as|(?P<partner>(?:together|jointly)\s+with|with|under|within))\s"
    rf"(?:[^,;.]|{_PROVISION_PARAGRAPH}){{1,100}},"
)


def partner_aside(text: str, position: int) -> bool:
    """Whether the words after an establishing verb at ``position`` name a partner first
    (", together with the Governing Body of the ILO,"): the bodies named there are not
    established."""
    aside = _ASIDE.match(text, position)
    return aside is not None and aside["partner"] is not None
# "establish the mandate of a Special Rapporteur on ...": a mandate held by one person is
# established by establishing the post.
# "an intersessional group of legal experts", "a group of independent experts": a group of experts
# of a field, in lower case, is one (as "Group of Governmental Experts" in capitals is, E140)
_GROUP_OF_FIELD_EXPERTS = r"group\s+of\s+(?:(?!(?:the|a|an|its|their|and|or|of)\b)[a-z][\w-]*\s+){1,2}experts"
_GROUP_OF_FIELD_EXPERTS_OPENS = re.compile(_GROUP_OF_FIELD_EXPERTS)
# "commission of inquiry on ...", "panel of experts for ...": a kind, "of" and a word or two that
# say what the body is made of or does (no article: "working group of the Committee on ..." names
# the body it hangs under, E136), before its topic
_KIND_OF_WHAT = re.compile(
    rf"(?P<kind>{_KIND})\s+of\s+(?!(?:the|a|an|its|their)\b)[a-z][\w-]*(?:\s+(?!(?:on|for)\b)[a-z][\w-]*)?(?=\s+(?:on|for)\s)"
)
_DESCRIBED = re.compile(
    # ("establish the mandate of Special Rapporteur on ...": no article after "mandate of" when the
    # post's name in capitals follows)
    rf"(?:\s+|^)(?:the\s+mandate\s+of\s+)?(?P<article>(?:an?|the|its|their)\s+|(?<=mandate\sof\s)(?=(?-i:[A-Z])))(?P<name>(?P<modifiers>(?:{_NAMED_AFTER})?(?:{_MODIFIER}\s+)*)(?P<kind>{_KIND}|{_GROUP_OF_FIELD_EXPERTS}))\b",
    re.IGNORECASE,
)
# "the Committee of the Whole", "the Working Group on Environmental Crime": a proper name,
# its words capitalised but for the small ones between them.
_TITLE_KIND = "|".join(
    sorted((" ".join("-".join(p.capitalize() for p in w.split("-")) if w != "of" else w for w in k.split()) for k in KINDS), key=len, reverse=True)
)
TITLE_KIND_ONLY = _TITLE_KIND  # the kinds alone, in capitals ("Working Group", "Committee"), E190
# Written as a proper name, more words name a body than a description would trust ("a mission",
# "an office" are no bodies; "the Independent International Fact-Finding Mission on Venezuela",
# "the Analytical Support and Sanctions Monitoring Team", "the Group of Governmental Experts on ..."
# are); after "a"/"an" these alone ("an Expert Group on X" is a description, E144)
_PROPER_ONLY_KINDS_AFTER_A = (
    r"(?:Mission|Team|Office|Directorate|Network|Platform|Tribunal|Facility|Unit|Centre|Center"
    # ("the Technology Bank for the Least Developed Countries, which the Assembly brought into being
    # by its resolution 71/251", "the Adaptation Fund, established by decision 10/CP.7", "the
    # Institute for Training, set up by ...": a bank, a fund, an institute, E169)
    r"|Bank|Fund|Institute"
    # ("the Regional Conference on Digital Development in Latin America and the Caribbean", set up
    # "as a subsidiary body of the Commission": a conference written as a proper name, E286)
    r"|Conference(?=\s+on\s+[A-Z])"
    r"|Group\s+of\s+(?:[A-Z][\w-]*\s+){1,3}Experts)"
    # (not a word of a longer description: "the Santiago Network advisory group on ...")
    rf"(?!(?:\s+[a-z][\w-]*){{0,3}}\s+(?:{_KIND})\b)"
)
# "the Steering Group on Statistics for the SDGs", "the Coordination Group for Y": "Group" in a name
# with its topic in capitals after "on" or "for", after "the" (not "the Group of 77", "the African
# Group": groups of States; after "a", "an Expert Group on X" is read as a description, E144)
_PROPER_ONLY_KINDS = rf"(?:{_PROPER_ONLY_KINDS_AFTER_A}|(?<=[a-z] )Group(?=\s+(?:on|for)\s+(?:the\s+)?[A-Z]))"
# a kind of body written as a proper name's head ("Working Group", "Mechanism", "Fund"), E183
TITLE_KINDS = rf"(?:{_TITLE_KIND}|{_PROPER_ONLY_KINDS})"
_PROPER_NAME = (
    rf"\s+(?P<name>(?:[A-Z][\w-]*\s+)*?(?P<kind>{_TITLE_KIND}|{_PROPER_ONLY_KINDS})\b"
    # "on the Right to Development", "on Older Persons' Rights", "on Women's Health": "to" and a
    # possessive inside the name when a capitalised word goes on after them
    r"(?:\s+(?:(?:of|on|for|against|and|the|in|to)\s+)*[A-Z][\w-]*(?:['’]s?(?=\s+(?:(?:of|on|for|and|the|in|to)\s+)*[A-Z]))?)*)"
)
_PROPER = re.compile(r"\s+(?:the|its|their)" + _PROPER_NAME)
# "decides to establish a Regional Network of Disaster Statistics Focal Points": after "a", a kind
# that only a proper name makes a body ("a network", "a platform" alone are none) names one when
# capitalised words stand before it and a capitalised topic after it (E144); "a Regional Office"
# or "a Knowledge Platform" without what it is of or on stays a description of nothing
_PROPER_AFTER_A = re.compile(
    r"\s+an?\s+(?P<name>(?:[A-Z][\w-]*\s+){1,4}?(?P<kind>" + _PROPER_ONLY_KINDS_AFTER_A + r")\b"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|the|in)\s+)*[A-Z][\w-]*)*))"
)
# "The Independent Audit Advisory Committee, which the General Assembly set up by ...": a
# sentence that opens with the name, before a relative clause on the body
_PROPER_OPENING = re.compile(r"^The" + _PROPER_NAME)
# What the body is on ("on crimes that affect the environment") ends where its purpose or
# the next clause starts.
_TOPIC = re.compile(r"\s+(?:on|of|for)\s+(?=[a-zA-Z])")
# Nouns after which "to" is a preposition inside the topic, not a purpose: "a working group on
# follow-up to visit recommendations", "on responses to urgent actions", "on access to justice",
# "a special rapporteur on the right to food".
_TO_AS_PREPOSITION = "".join(
    rf"(?<!\b{noun})"
    for noun in ("follow-up", "follow up", "followup", "response", "responses", "access", "assistance",
                 "support", "contribution", "contributions", "approaches", "threats", "solutions",
                 "related", "relating", "pertaining", "respect", "relation", "regard", "reference",
                 # "a special rapporteur on the right to food", "on the right to development"
                 "right")
)
_TOPIC_END = re.compile(
    # "to advise the Conference" opens the purpose; "the right to a healthy environment" does not
    rf"{_TO_AS_PREPOSITION}\s+to\s+(?!(?:a|an|the|its|their|all|this|these|those|be)\b)(?=[a-z]+\b)|\s+(?:which|whose|with a view|in order|so as|was|were|is|are|has|had|shall|would|will)\b"
    # (a comma inside a series of words the topic joins, "on torture and other cruel, inhuman or
    # degrading treatment", is no end of it, E158)
    # ("on victim assistance, environmental remediation and international cooperation": a series of
    # two words or three before its "and", E265)
    r"|(?!,\s+(?:[a-z]+\s+){1,3}(?:or|and)\s+[a-z])[,;:(]|\.(?:\s|$)|$"
    # the closing quotation mark of a title that holds the name ("Report of the open-ended working
    # group on X", is included ...", E169)
    r"|(?<=\S)[\"”](?=[\s,.;:)]|$)"
    # what follows the name: its members ("composed of the members of the Board"), its mandate
    # or term ("with the mandate to", "for a period of two years"), the body it works under
    # ("under the Statistical Conference of the Americas", "under its auspices")
    r"|\s+(?:composed|consisting|comprised)\s+of\b|\s+comprising\b|\s+with\s+(?:the|a)\s+mandate\b"
    # ("for an initial period of twelve months", "for a further term of two years")
    r"|\s+for\s+(?:an?\s+(?:(?:initial|further|additional|first|second|limited|fixed|renewable)\s+)?(?:period|term)|the\s+(?:period|duration))\b|\s+open\s+to\s+(?:all|observers)\b"
    # (E277: "a working group on follow-up to views under the Optional Protocol", "on
    # communications under article 14 of the Convention": the treaty the topic falls under is
    # part of the topic, and of the name that tells it from another committee's working group)
    r"|\s+under\s+(?:(?:the\s+)?(?!(?-i:(?:Optional\s+)?Protocol|Convention|Covenant|Agreement|Statute)\b)(?-i:[A-Z])|(?:its|their|the)\s+auspices\b)"
    # what it is set up as: "a Working Group on Peacebuilding Financing as a subsidiary body of the
    # Commission", "an expert group on X as an advisory organ of the Board" (its standing, no part of its name)
    r"|\s+as\s+(?:an?|its|their|the)\s+(?:[a-z][\w-]*\s+){0,3}(?:body|bodies|organ|organs|mechanism|forum|entity)\b"
    # when it was set up: "a working group on resource mobilization at its thirty-ninth meeting" (E95)
    r"|\s+(?:at|during)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:session|meeting)s?\b"
    # (E289) a gathering it held: "the report of the expert working group on X on its sixth meeting",
    # "the advisory group on X held its ninth meeting in Entebbe"
    r"|\s+on\s+its\s+[\w-]+\s+(?:session|meeting)\b|\s+(?:held|holds|convened)\s+its\s"
    # or its year and day: "the mandate of an Independent Expert on X in 2013, by its resolution",
    # "in June 2013", "on 27 September 2013" (a topic holds no date)
    r"|\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}\b"
    r"|\s+on\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b"
    # (E265) a second body the same verb establishes: "an informal working group on universalization
    # and an informal working group on victim assistance" (`joined_after`)
    rf"|\s+and\s+an?\s+(?:{_MODIFIER}\s+)*(?:{_KIND})\b"
    # the paragraph's next verb: "... on adaptation finance and approves its terms of reference",
    # a narrative's "established an expert group on coastal erosion and requested the Executive
    # Secretary to ...", a summary's "establishes a working group on X and asks it to report"
    r"|\s+and\s+(?:also\s+|further\s+)?(?:approves|requests|asks|instructs|directs|entrusts|decides|invites|adopts|agrees|endorses|encourages|urges|"
    r"authorizes|welcomes|notes|designates|appoints|calls|requested|invited|urged|encouraged|called|asked|directed|instructed|"
    r"entrusted|authori[sz]ed|decided|endorsed|welcomed|adopted|approved|appointed|elected|mandated|tasked|tasks|charged)\b"
)
# "a Postal Payment Interoperability Group": two to five words in capitals, the last "Group" (not "a
# Group of Friends", "a Group of 77": what follows "Group" is no part of this name)
# Group", and its topic in capitals after "on" or "for": "a Partnership Group on Meaningful
# Connectivity" (E164)
_NAMED_GROUP = re.compile(
    r"\s+an?\s+(?P<name>(?:[A-Z][\w-]*\s+){1,4}Group(?!\s+of\b)"
    r"(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|the|in)\s+)*[A-Z][\w-]*)*)?)\b"
)
_MEMBERSHIP = re.compile(r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+[A-Za-z]", re.IGNORECASE)
# "a working group of five members of the Committee on X": how many sit on it, then what it is
# on; the name is the kind and the topic (E107)
_MEMBERSHIP_THEN_TOPIC = re.compile(
    r"\s+of\s+(?:up\s+to\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"(?:\s+[\w-]+){1,6}?(?=\s+(?:on|for)\s+[a-zA-Z])",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"\s+to\s+(?=[a-z])")
_PURPOSE_END = re.compile(r"[,;:(]|\.(?:\s|$)|$")
_MAX_NAME = 240


@dataclass(frozen=True)
class Described:
    """A body described after an establishing verb."""

    start: int
    end: int
    name: str  # as written, without the article: "open-ended working group on ..."
    kind: str  # "working group"
    core: str  # without the modifiers: "working group on ...", for its key and later mentions
    proper: bool  # a name in capitals ("the Committee of the Whole")

    @property
    def specific(self) -> bool:
        """Whether the words say which body: a name, or what it is on or for."""
        # "an Advanced Air Mobility Panel": words in capitals before the kind name it
        return self.proper or self.core.lower() != self.kind or (self.name != self.core and self.name[:1].isupper())


# "on geospatial information for climate resilience": what a described body is on or for
_TOPIC_LEAD = re.compile(r"^\s*on\s+(?:the\s+)?", re.IGNORECASE)


def topic_none_names(described: Described, names: list[tuple[str, ...]]) -> bool:
    """Whether the description says what the body is on ("an expert group on geospatial
    information for climate resilience") and no name of the bodies the words were read as
    holds that topic: a report telling that a body was set up describes a new one, not the
    body of the same kind the document named before ("the Expert Group on the Integration of
    Statistical and Geospatial Information")."""
    if described.proper or not described.core.lower().startswith(described.kind.lower()):
        return False
    rest = described.core[len(described.kind) :]
    lead = _TOPIC_LEAD.match(rest)
    if lead is None:
        return False
    topic = " ".join(rest[lead.end() :].lower().split())
    if len(topic) < 8:
        return False
    return not any(topic in " ".join(name.lower().split()) for body_names in names for name in body_names)


# "Decides to convene an expert group meeting on ...", "a working group session", "a panel
# discussion": the kind of body names an event held, not a body created.
_EVENT_AFTER_KIND = re.compile(
    rf"\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?(?:{_KIND})\s+"
    r"(?:meeting|session|discussion|dialogue|workshop|seminar|retreat|consultation|event|debate|segment)s?\b",
    re.IGNORECASE,
)


def names_an_event(text: str, position: int) -> bool:
    """Whether the words after an establishing verb ("convene", "set up") at ``position`` name
    an event ("an expert group meeting", "a panel discussion") rather than a body."""
    aside = _ASIDE.match(text, position)
    return _EVENT_AFTER_KIND.match(text, aside.end() if aside else position) is not None


# "decided to establish that working group", "set up this task force", "created the said panel": the
# kind after a demonstrative, with no topic of its own (E169)
_KIND_SAID_AGAIN = re.compile(
    rf"\s+(?:that|this|the\s+said|the\s+same|the)\s+(?:{_MODIFIER}\s+)*(?P<kind>{_KIND})\b(?!\s+(?:on|of|for)\s)", re.IGNORECASE
)
# where a description may begin before the verb: the space before an article
_BEFORE_AN_ARTICLE = re.compile(r"\s(?=(?:an?|the)\s)", re.IGNORECASE)


def named_again_by_kind(text: str, verb_end: int) -> Described | None:
    """The body an establishing verb ending at ``verb_end`` creates when it names it again by its
    kind ("by which the Assembly decided to establish that working group"): the last body of that
    kind the sentence described before the verb (an agenda item's title, "Report of the
    open-ended working group on the follow-up to ..."), when it says which body."""
    again = _KIND_SAID_AGAIN.match(text, verb_end)
    if again is None:
        return None
    kind = _kind(again["kind"])
    found = None
    for at in _BEFORE_AN_ARTICLE.finditer(text, 0, verb_end):
        described = described_after(text, at.start())
        if described is not None and described.kind == kind and described.end <= verb_end and described.specific and (
            found is None or described.start > found.end
        ):
            found = described
    return found


# " and an informal working group on ...": the next body a verb establishes, after the first
_JOINED = re.compile(r"\s+and(?=\s+an?\s)")


def joined_after(text: str, described: Described) -> Described | None:
    """(E265) The body described right after ``described`` and joined to it by "and a(n)": "to
    establish an informal working group on X and an informal working group on Y" establishes two."""
    joined = _JOINED.match(text, described.end)
    if joined is None:
        return None
    second = described_after(text, joined.end())
    return second if second is not None and second.specific else None


def described_after(text: str, position: int) -> Described | None:
    """The body an establishing verb ending at ``position`` creates, when the words say one."""
    aside = _ASIDE.match(text, position)
    at = aside.end() if aside else position
    proper = _PROPER.match(text, at)
    if proper and len(proper["name"].split()) > len(proper["kind"].split()):
        name = proper["name"]
        return Described(proper.start("name"), proper.start("name") + len(name), name, _kind(proper["kind"]), name, True)
    m = _DESCRIBED.match(text, at)
    if m is None and (named := _PROPER_AFTER_A.match(text, at)) is not None:
        # (a kind a description names, "a Regional Task Team on X", is read as one, below)
        name = named["name"]
        return Described(named.start("name"), named.end("name"), name, _kind(named["kind"]), name, True)
    if m is None and (group := _NAMED_GROUP.match(text, at)) is not None and not names_an_event(text, at):
        # "a Postal Payment Interoperability Group (PPIG)": a name in capitals ending on "Group",
        # a group that meets as a working group does
        name = group["name"]
        return Described(group.start("name"), group.end("name"), name, "working group", name, False)
    if m is None or names_an_event(text, at):
        return None
    end = m.end()
    topic = _TOPIC.match(text, end)
    membership = None  # the words on how many sit on it, between the kind and the topic
    # ("of 12 members on X": a number opens no topic of its own, E106)
    if (topic is not None or text.startswith(" of ", end)) and (membership := _MEMBERSHIP_THEN_TOPIC.match(text, end)) is not None:
        topic = _TOPIC.match(text, membership.end())  # "of five members of the Board on X": on X
    elif topic is not None and _MEMBERSHIP.match(text, topic.end()):
        topic = None  # "a committee of five Trustees": how many sit on it, not what it is on
    if m["article"].strip().lower() in ("the", "its", "their") and topic is None:
        # "the working group" is a body named before, not a new one; "established the standing
        # open-ended working group on ...", "established its working group on ... by decision 2
        # (108)" describe the body it establishes in full.
        return None
    if topic:
        stop = _TOPIC_END.search(text, topic.end())
        end = stop.start() if stop else len(text)
    else:
        purpose = _PURPOSE.match(text, end)
        if purpose:
            stop = _PURPOSE_END.search(text, purpose.end())
            end = stop.start() if stop else len(text)
    skipped = (membership.start(), membership.end()) if membership is not None and topic is not None else (end, end)
    name = " ".join((text[m.start("name") : skipped[0]] + text[skipped[1] : end]).split())
    if len(name) > _MAX_NAME:
        return None
    core = " ".join((text[m.start("kind") : skipped[0]] + text[skipped[1] : end]).split())
    owner = _OWNER_MODIFIER.search(m["modifiers"] or "")
    if owner is not None:
        # "a children's advisory group": whom it is for says which group, and is part of its name
        core = " ".join(text[m.start("modifiers") + owner.start() : end].split())
    if _TITLE_CASE.match(name) and (
        name.split()[0].lower() not in _MODIFIERS or m["article"].strip().lower() == "the"
        # ("a Regional Early Warning Coordination Board": a modifier first, then words in capitals
        # that no description uses, a name whole too; "an Intergovernmental Negotiating Committee"
        # is all description, E258)
        or any(word.lower() not in _MODIFIERS for word in (m["modifiers"] or "").split())
    ):
        # "an Advanced Air Mobility Panel": a name in capitals, known by it whole; so "the Advisory
        # Board on Coastal Finance, which the Commission established by ...": a name the definite
        # article gives is the body's whole name, its first word no modifier to drop (E219)
        core = name
    return Described(m.start("name"), end, name, _kind(m["kind"]), core, False)


_OWNER_MODIFIER = re.compile(r"(?<![\w'’])[a-z]+['’]s\s")
_TITLE_CASE = re.compile(r"^(?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|of|on|for|and|the|in))*$")
_MODIFIERS = frozenset(re.sub(r"[()?:\\]|s\+", " ", _MODIFIER).replace("|", " ").split())


# A name the text gives a body it describes, in brackets and quotes: "a group of up to five
# experts (“Panel of Experts”)", "(hereinafter “the Monitoring Team”)", "(referred to as the
# “Review Board”)".
_DEFINED_TERM = re.compile(
    r"\(\s*(?:herein(?:after)?\s+)?(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?[“\"](?:the\s+)?"
    r"(?P<name>[A-Z][^”\"()]{2,80}?)[”\"]\s*\)"
)


def defined_terms(text: str) -> list[Described]:
    """The bodies a text names by a defined term ("(“Panel of Experts”)"): a name in capitals
    whose last words are a kind of body and that says more than its kind."""
    found = []
    for m in _DEFINED_TERM.finditer(text):
        proper = _PROPER.match(" the " + m["name"])
        if proper is None or proper.end() != len(m["name"]) + 5:
            continue
        if len(proper["name"].split()) <= len(proper["kind"].split()):
            continue  # "(herein “the Committee”)": the kind alone names the body described
        name = proper["name"]
        found.append(Described(m.start("name"), m.end("name"), name, _kind(proper["kind"]), name, True))
    return found


_ARTICLE = re.compile(r"\b(?:an?|the)\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?:an?|the|its|their)\s", re.IGNORECASE)
# "Decides that an intergovernmental working group on ... shall be established": the decision
# speaking of the body it creates, in the passive.
# "a Port Safety Panel (PSP) shall be established": its acronym may stand between, or the short
# name the text defines for it ("(the “Group”)", "(hereinafter 'the Consultation')").
# (its acronym between, hyphenated too: "the Working Group on the Water Information Network System
# (IHP-WINS) was created by", E134)
_BEFORE_PASSIVE = re.compile(
    r"^\s*(?:\([A-Z][A-Za-z]{1,11}(?:-[A-Z][A-Za-z]{1,11})?\)\s*|\(\s*(?:herein(?:after)?\s+)?(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?[“\"'‘]"
    r"(?:the\s+)?[A-Z][^”\"’'()]{1,60}[”\"’']\s*\)\s*)?(?:,\s*)?(?:was|were|is|has\s+been|had\s+been|would\s+be|will\s+be|shall\s+be|is\s+to\s+be)\s+(?:\w+\s+)?$"
)


# "its Working Group on Communications, established by the Council in its resolution ...": a
# participle after a comma describes the body named before it.
# (", established by", or the participle opening a bracket: " (established by ...)")
_BEFORE_PARTICIPLE = re.compile(r"^\s*[,(]\s*$")


# "the Intergovernmental Negotiating Body established under decision SSA2(5)": no comma, but
# "under", "pursuant to" or "in accordance with" after the verb make it a participle too.
_REDUCED_PARTICIPLE = re.compile(r"^\s*$")


def described_before(text: str, verb_start: int, participle: bool = False, reduced: bool = False) -> Described | None:
    """The body described before a passive "was established" ("an open-ended working group
    on asset forfeiture was established"): a description that ends at the auxiliary.
    ``participle``: before ", established by ..."; ``reduced``: before "established under ..."."""
    window = max(0, verb_start - _MAX_NAME - 20)
    between = _REDUCED_PARTICIPLE if reduced else _BEFORE_PARTICIPLE if participle else _BEFORE_PASSIVE
    # "The Group of Human Rights Experts on Nicaragua was established by ...": a proper name opening
    # the sentence, before a participle or the passive
    opening = _PROPER_OPENING.match(text) if not reduced and window == 0 else None
    if opening is not None and len(opening["name"].split()) > len(opening["kind"].split()) and (
        between.match(text[opening.end("name") : verb_start])
    ):
        name = opening["name"]
        return Described(opening.start("name"), opening.end("name"), name, _kind(opening["kind"]), name, True)
    for article in (_POSSESSIVE if participle else _ARTICLE).finditer(text, window, verb_start):
        at = article.start() - 1 if article.start() > 0 else 0
        opens = article.start() == 0 or text[at : article.start()].isspace()
        described = described_after(text, at) if opens else None
        if described is not None and described.proper and _OWNER_OF.search(text, max(0, at - 40), at + 1):
            # "the Executive Council of the Basin Fund shall be established": a name after a name's
            # "of" is the owner in the longer name, not the body established ("the secretariat of
            # the Technology Bank ..., which the Assembly brought into being" is the Bank, E169)
            continue
        if described is not None and between.match(text[described.end : verb_start]):
            return described
    return None


_OWNER_OF = re.compile(r"\b[A-Z][\w-]*\s+of\s$")


# "the establishment of an ad hoc working group on regional presence was approved": the body set
# up told as the noun of the act, the act approved in the passive (E98)
_NOMINAL_ESTABLISHMENT = re.compile(r"\b[Tt]he\s+(?:establishment|creation|setting\s+up)\s+of(?=\s)")
# (its acronym or the short name the text defines for it may stand between: "(hereinafter “the
# data group”) was approved", E105)
_APPROVED_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z]{1,11}(?:-[A-Z][A-Za-z]{1,11})?\)|\s*\(\s*(?:herein(?:after)?\s+)?(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?[“\"'‘]"
    r"(?:the\s+)?[^”\"’'()]{1,60}[”\"’']\s*\))?"
    r"\s*,?\s+(?:was|were|has\s+been|had\s+been|is|are|would\s+be|will\s+be)\s+(?:also\s+)?"
    r"(?:approved|agreed(?:\s+(?:up)?on|\s+to)?|decided(?:\s+(?:up)?on)?|endorsed|authorized|authorised)\b"
)


def established_as_a_noun(text: str) -> list[tuple[Described, int]]:
    """The bodies whose establishment a sentence says was approved ("the establishment of an ad
    hoc working group on X was approved", "the creation of a task force on Y was agreed"), each
    with where its passive verb's auxiliary begins."""
    if "stablishment of" not in text and "reation of" not in text and "etting up of" not in text:
        return []  # most sentences: no pattern tried
    found = []
    for m in _NOMINAL_ESTABLISHMENT.finditer(text):
        described = described_after(text, m.end())
        if described is None:
            continue
        approved = _APPROVED_AFTER.match(text, described.end)
        if approved is not None:
            found.append((described, approved.start()))
    return found


# "the standing open-ended working group on improving the governance and financial situation of
# the ": a known body named next ends an unknown body's name, and is not the subject itself.
_NAME_GOES_ON = re.compile(
    r"\b(?:" + _KIND.lower() + r")\s+(?:on|for|of)\s+[^.;:()]*?\b(?:of|on|for|in|against|to)\s+(?:the\s+)?$"
)


def inside_unknown_name(text_before: str) -> bool:
    """Whether a body named right after ``text_before`` is only the end of the name of a body
    described in lower case before it ("... working group on the finances of the United
    Nations Office on Drugs and Crime was established")."""
    return _NAME_GOES_ON.search(text_before[-_MAX_NAME:]) is not None


# Every match of `said_to_gather`'s pattern holds these words, in any case: a document without
# one of them (lower-cased where that is exact: `lowered_for_patterns`) is not searched whole.
SAID_TO_GATHER_WORDS = ("hold", "first")  # "which" is optional


def said_to_gather(text: str, kind: str) -> GatheringKind | None:
    """What a body of a kind that need not meet holds, where the text says it: "a Committee on
    Tourism, which shall hold its first meeting" (or "which held its first session", told later), or in a later paragraph "Also decides that the
    committee on digital government shall hold its first session"; else None."""
    lowered = document_lowered_for_patterns(text)
    if lowered is not None and not (
        all(word in lowered for word in SAID_TO_GATHER_WORDS) or "first" in lowered and "held" in lowered
    ):
        return None
    if lowered is not None and kind.isascii():
        # the same pattern on the lower-cased document, without IGNORECASE (`lowered_for_patterns`),
        # searched from the kind's first word (`literal_starts`): the same first match
        said = next(_said_to_gather_lower(kind.lower()).finditer(lowered), None)
    else:
        said = re.search(_said_to_gather_pattern(kind), text, re.IGNORECASE)
    return gathering_kind(said.group(1).lower()) if said else None


def convened_first(text: str, kind: str) -> GatheringKind | None:
    """"REQUESTS the Regional Director to convene the first meeting of the advisory committee":
    someone is to convene the first meeting (or session) of a body of ``kind``, so it holds them;
    else None. (Beside `said_to_gather`, which a body says of itself.)"""
    if "first" not in text or "onvene" not in text:
        return None
    lowered = document_lowered_for_patterns(text)
    if lowered is not None and kind.isascii():
        # on the lower-cased document, without IGNORECASE (`lowered_for_patterns`), searched from
        # "convene" (`literal_starts`): the same first match
        said = next(_convened_first_lower(kind.lower()).finditer(lowered), None)
    else:
        said = re.search(_convened_first_pattern(kind), text, re.IGNORECASE)
    if said is None:
        # "to provide secretariat support to the Coordination Board and to convene its first
        # meeting": the body named right before "and to convene its first meeting" (E251)
        said = _convened_its_first(kind).search(text)
    return gathering_kind(said.group(1).lower()) if said else None


def _convened_first_pattern(kind: str) -> str:
    words = r"\s+".join(re.escape(w) for w in kind.split())
    return rf"\bconvene\s+the\s+first\s+(session|meeting)\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?{words}\b"


@lru_cache(maxsize=256)
def _convened_first_lower(kind: str) -> LiteralStarts:
    return LiteralStarts(re.compile(_convened_first_pattern(kind)))


@lru_cache(maxsize=256)
def _convened_its_first(kind: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(w) for w in kind.split())
    return re.compile(rf"\b{words}\s+and\s+(?:to\s+)?convene\s+its\s+first\s+(session|meeting)\b", re.IGNORECASE)


def _said_to_gather_pattern(kind: str) -> str:
    words = r"\s+".join(re.escape(w) for w in kind.split())
    return (
        rf"\b{words}[ \t]+(?:[\w-]+,?[ \t]+){{0,10}}?(?:which[ \t]+)?"
        # "which shall hold its first session", or told afterwards: "which held / has since held"
        rf"(?:(?:shall|will|would|is\s+to)[ \t]+hold|(?:has[ \t]+)?(?:since[ \t]+|already[ \t]+)?held)[ \t]+its[ \t]+first[ \t]+(session|meeting)\b"
    )


@lru_cache(maxsize=64)
def _said_to_gather_lower(kind: str) -> LiteralStarts:
    return LiteralStarts(re.compile(_said_to_gather_pattern(kind)))


def gathering_word(text: str, kind: str) -> GatheringKind:
    """What a body born in the text holds, as the document says it: "the working group held its
    first session" (a working group of a Council), else "meeting", as the working groups of a
    Conference of the Parties hold them."""
    lowered = document_lowered_for_patterns(text)
    if lowered is not None and kind.isascii():
        # on the lower-cased document, without IGNORECASE (`lowered_for_patterns`), searched from
        # the kind's first word and "report" (`literal_starts`): the same first match, and the
        # kind's pattern kept (a long one, that `re`'s cache of a long load lets go)
        said = next(_gathering_word_lower(kind.lower()).finditer(lowered), None)
    else:
        said = re.search(_gathering_word_pattern(kind), text, re.IGNORECASE)
    if said is None:
        return "meeting"
    return gathering_kind((said.group(1) or said.group(2) or said.group(3)).lower())


@lru_cache(maxsize=256)
def _gathering_word_lower(kind: str) -> LiteralStarts:
    return LiteralStarts(re.compile(_gathering_word_pattern(kind)))


def _gathering_word_pattern(kind: str) -> str:
    words = r"\s+".join(re.escape(w) for w in kind.split())
    return (
        # (a body just born holds its first few: "the working group during its forty-fifth
        # session" is the session of the body it works in)
        rf"\b{words}\s+(?:[a-z]+\s+){{0,3}}?(?:held|holds|hold|at|during|for)\s+its\s+(?:first|second|third|fourth|fifth|sixth|next|inaugural|[a-z]+(?:-[a-z]+)?(?<!th)(?<!-first)(?<!-second)(?<!-third))\s+(session|meeting)\b"
        # "a working group on tidal data, which shall hold its first session": the name's topic
        # and "which shall" between, on one line ("at its next session" so far off is another
        # body's)
        rf"|\b{words}[ \t]+(?:[\w-]+,?[ \t]+){{0,10}}?which[ \t]+(?:shall|will|would|is\s+to)[ \t]+hold[ \t]+its[ \t]+first[ \t]+(session|meeting)\b"
        # "the report of the working group on its third session": a report on its own gathering
        # (whatever its number: no other body's "its" stands between)
        rf"|\breports?\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?{words}\s+on\s+(?:the\s+work\s+of\s+)?its\s+[a-z]+(?:-[a-z]+)?\s+(session|meeting)\b"
    )


_GROUP_OF_SOME_EXPERTS = re.compile(r"group of (?:[\w-]+ ){1,3}experts")


def _kind(written: str) -> str:
    kind = " ".join(written.lower().split())
    if kind == "group":
        return "working group"  # "the Steering Group on X": a group that meets as a working group does
    # "Group of Governmental Experts": a group of experts, "the Group of Experts" after
    return "group of experts" if _GROUP_OF_SOME_EXPERTS.fullmatch(kind) else kind


# The word in capitals by which a text names a group it created after naming it in full.
_HEAD_NOUN = {k: "Group" for k in KINDS if k.endswith("group") or k.startswith("group ")} | {"task team": "Team", "expert team": "Team"}


@dataclass(frozen=True)
class LaterMention:
    start: int
    end: int
    written: str
    # a name drafting derives from the body's own (its topic before its kind, E117): a body the
    # reference data knows by the same words is that body, not the new one
    derived: bool = False


# ", of the Council", " of the Board of Trustees": the body a new body hangs under, at the end of its name
_UNDER_A_BODY = re.compile(r"\s+of\s+(?:the|its)\s+[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w-]*){0,6}$")




def name_under_a_known_body(name: str, by_name: dict[str, str]) -> tuple[str, str] | None:
    """"Sub-Committee on Water Scarcity of the Committee on Agriculture", "Task Force on Dune Data
    of the Commission on Coastal Resilience": a body born in the text named with the known body
    it hangs under; its own name is the words before "of the", its parent that body (name, key).
    None when the words after "of the" are no whole name of one known body ("Group of Friends of
    the Chair", "Committee of Experts of the Parties")."""
    under = _OF_A_BODY_AT_END.search(name)
    if under is None or len(name[: under.start()].split()) < 3:
        return None
    tail = " ".join(under["tail"].split()).lower()
    parent = by_name.get(tail) or by_name.get("the " + tail)
    return (name[: under.start()], parent) if parent is not None else None


# " of the Committee on Agriculture", " of COLU": a body's name or abbreviation closing a name
_OF_A_BODY_AT_END = re.compile(r"\s+of\s+(?:the\s+)?(?P<tail>[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w-]*){0,6})$")


_ARTICLE_RIGHT_BEFORE = re.compile(r"(?:^|(?<=\s))(?:the|its|this)\s+$")
_UNDER_A_BODY_BEFORE_TOPIC = re.compile(r"\s+of\s+(?:the|its)\s+[A-Z][\w-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w-]*){0,6}(?=\s+(?:on|for)\s+\S)")


# A kind drafting writes two ways: a "Group of Experts on ..." created is "the Expert Group" after,
# and an "expert group" is "the group of experts" (E117). Each kind with the other wording(s).
_KIND_WORDED_ALSO = {"group of experts": ("expert group",), "expert group": ("group of experts",)}


@lru_cache(maxsize=1024)
def _kind_of_what(core: str) -> tuple[str, str] | None:
    """`_KIND_OF_WHAT` over a born body's ``core`` (lowered, spaced once): its kind and the words
    it matched; once per body, not per sentence `later_mentions` is asked of (P4)."""
    of_what = _KIND_OF_WHAT.match(" ".join(core.lower().split()))
    return (of_what["kind"], of_what.group(0)) if of_what is not None else None


def later_mentions(text: str, kind: str, core: str, name: str = "") -> list[LaterMention]:
    """Where a body born earlier is named again: its name in any case ("Working Group on Crimes
    that Affect the Environment"), or its kind with "the"/"its"/"this" ("the working group")
    when no longer name follows ("the Working Group on Firearms" is another body; "the working
    group for adoption" is it, and so is "the Working Group on its fourth meeting"); by the
    initials of its ``name`` up to its kind ("the AHTEG")."""
    lowered = text.lower()
    head = _HEAD_NOUN.get(kind)
    acronym = _acronym(name or core, kind)
    # "The Assembly invited the group to share its findings": the head in lower case too (E106)
    head_said = head is not None and (head in text or head.lower() in lowered)
    kinds = (kind, *_KIND_WORDED_ALSO.get(kind, ()))
    if kind == "group of experts" and (field := _GROUP_OF_FIELD_EXPERTS_OPENS.match(core.lower())) is not None:
        # "an intersessional group of legal experts to assist ..." is "the group of legal experts"
        # after, its field said again (E140)
        kinds = (*kinds, " ".join(field.group(0).split()))
    if (of_what := _kind_of_what(core)) is not None and of_what[0] == kind:
        # "an independent international commission of inquiry on the Central Sahel" is "the
        # commission of inquiry" after, "a panel of experts on Mali" "the panel of experts": the
        # kind with what it is made of, its topic left out (E223)
        kinds = (*kinds, of_what[1])
    if all(k not in lowered for k in kinds) and not head_said and (acronym is None or acronym not in text):
        return []
    found: list[LaterMention] = []
    # "the ad hoc group" for "an ad hoc group of experts on ...": the modifiers of its own name
    # may stand before the head noun (E126)
    modifiers = _modifiers_before(name or core, head) if head_said and head is not None else ""
    if core.lower() != kind:
        # "an Ethics Advisory Committee of the Council" is "the Ethics Advisory Committee" after
        # (the body it hangs under, said once, is not repeated)
        under = _UNDER_A_BODY.search(core)
        cores = [core] + ([core[: under.start()]] if under is not None and len(core[: under.start()].split()) >= 2 else [])
        # "a working group of the Committee on new and emerging technologies" is "the working group
        # on new and emerging technologies" after: the body it hangs under, said between its kind
        # and its topic, is not repeated either (E136)
        between = _UNDER_A_BODY_BEFORE_TOPIC.match(core, len(kind)) if core.lower().startswith(kind) else None
        shortened = core[: between.start()] + core[between.end() :] if between is not None else None
        derived = _topic_first(core, kind)
        cores += derived
        from_kind = _from_its_kind(core, kind)
        cores += from_kind
        for name in cores:
            # each place the name stands, left to right and not overlapping, as a pattern of the
            # name alone finds them (`str.find`: no pattern escaped and looked up per sentence)
            needle = name.lower()
            start = lowered.find(needle) if needle else -1
            if not needle:  # (an empty pattern would stand everywhere: left as it was read)
                for m in re.finditer("", lowered):
                    if not any(f.start <= m.start() < f.end for f in found):
                        found.append(LaterMention(m.start(), m.end(), ""))
            while start >= 0:
                end = start + len(needle)
                if name in from_kind and _MORE_OF_A_NAME_AFTER.match(text, end) is not None:
                    pass  # (from its kind on, where no more of a name follows: "the Working Group on Coral Finance and Insurance" is another)
                elif not any(f.start <= start < f.end for f in found):
                    found.append(LaterMention(start, end, text[start:end], name in derived))
                start = lowered.find(needle, end)
        if shortened is not None:
            # (only after "the", "its", "this": "Intersessional working group on ..." opening a
            # line is the whole name with its modifiers, `opening_of_a_line`'s to read)
            needle = shortened.lower()
            start = lowered.find(needle)
            while start >= 0:
                end = start + len(needle)
                if _ARTICLE_RIGHT_BEFORE.search(lowered, max(0, start - 6), start) is not None and not any(f.start <= start < f.end for f in found):
                    found.append(LaterMention(start, end, text[start:end]))
                start = lowered.find(needle, end)
    for worded in kinds:
        if worded != kind and worded not in lowered:
            continue  # (the kind as written is looked for as before, across a line break too)
        for m in _named_again_by_kind(worded).finditer(lowered):
            if not any(f.start <= m.start("kind") < f.end for f in found):
                found.append(LaterMention(m.start("kind"), m.end("kind"), text[m.start("kind") : m.end("kind")]))
    if head is not None and head_said:
        # "the Group", "the Team", "the group": a group's head noun, alone, means it too (not "the
        # Group of 77", "the Group on Firearms", "the Team Leader", "the group of States")
        heads = f"{head}|{head.lower()}"
        for m in re.finditer(rf"\b(?:the|this|that|said)\s+{modifiers}(?P<head>{heads})\b(?!\s+(?:on|of|for)\s(?!its\s|their\s)|\s+[A-Z])", text):
            if not any(f.start <= m.start("head") < f.end for f in found):
                found.append(LaterMention(m.start("head"), m.end("head"), m["head"]))
    for tail in _tails_of_a_name(name or core, kind):
        # "the Coordination Board" for a "Global Greenhouse Gas Watch Coordination Board" created
        # before: the last words of a name in capitals, its kind among them, after an article (not
        # "the Coordination Board on X", nor "the Coordination Board Secretariat": a longer name)
        if tail in text:
            for m in re.finditer(rf"\b(?:the|its|this|that)\s+(?P<tail>{re.escape(tail)})\b(?!\s+(?:on|of|for)\s(?!its\s|their\s)|\s+[A-Z])", text):
                if not any(f.start <= m.start("tail") < f.end for f in found):
                    found.append(LaterMention(m.start("tail"), m.end("tail"), m["tail"]))
    if acronym is not None and acronym in text:
        # "the AHTEG" for an "Ad Hoc Technical Expert Group on ..." created before: the initials
        # of its kind and the capitalised words before it, as the text abbreviates it
        for m in re.finditer(rf"(?<![\w/-]){acronym}(?![\w/-])", text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(LaterMention(m.start(), m.end(), acronym))
    found.sort(key=lambda f: f.start)
    return found


_MODIFIERS_ONLY = re.compile(rf"(?:{_MODIFIER}\s+)+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _tails_of_a_name(name: str, kind: str) -> tuple[str, ...]:
    """The last words of a name written in capitals that ends on its ``kind`` ("Global Greenhouse
    Gas Watch Coordination Board", "board"), longer than the kind and shorter than the name, each
    opening on a capital: "Coordination Board", "Watch Coordination Board", … (E251)."""
    words = name.split()
    size = len(kind.split())
    if len(words) < size + 2 or " ".join(words[-size:]).lower() != kind or not all(w[:1].isupper() for w in words):
        return ()
    return tuple(" ".join(words[-n:]) for n in range(size + 1, len(words)))


@lru_cache(maxsize=4096)
def _modifiers_before(name: str, head: str) -> str:
    """A pattern of the modifiers that open ``name`` before its head noun ("ad hoc" of "an ad hoc
    group of experts on ..."), each optional in the order written; empty when none does."""
    lowered = " ".join(name.lower().split())
    lowered = re.sub(r"^(?:an?|the)\s+", "", lowered)
    at = lowered.find(head.lower())
    before = lowered[:at] if at > 0 else ""
    if not before or _MODIFIERS_ONLY.fullmatch(before) is None:
        return ""
    return "".join(rf"(?:(?i:{re.escape(word)})\s+)?" for word in before.split())


# "Working Group on Marine Litter": the topic of a body's name, a few words with no article or
# preposition of their own, which drafting also puts before the kind ("the Marine Litter Working
# Group", "the Ocean Acidification Expert Group" for a "Group of Experts on Ocean Acidification")
_TOPIC_OF_CORE = re.compile(r"\s+(?:on|for)\s+(?P<topic>[A-Za-z][\w-]*(?:\s+(?:and\s+)?[A-Za-z][\w-]*){0,3})$")
_NOT_IN_A_TOPIC = frozenset({"the", "a", "an", "of", "on", "for", "in", "to", "its", "their", "with", "by", "at", "from"})


# "Working Group on Restoration Finance": a kind of several words and its topic, from its kind on
_KIND_AND_TOPIC = re.compile(r"(?P<kind>\S+(?:\s+\S+)*?)\s+(?:on|for)\s+\S+(?:\s+\S+)+$")


# more words of a name after a name: "and Insurance", " of the Americas", "Bureau"
_MORE_OF_A_NAME_AFTER = re.compile(r"\s+(?:(?:and|of|for|on|in)\s+(?:the\s+)?)?[A-Z]")


def _from_its_kind(core: str, kind: str) -> tuple[str, ...]:
    """"the Working Group on Restoration Finance" for the "Ramsar Working Group on Restoration
    Finance" created before: a name in capitals whose kind (several words) follows a word of the
    organization or a qualifier is named again from its kind on, with its whole topic (E263);
    none when the core begins with its kind or the kind is one word with no modifier before it
    ("Committee on X" says too little)."""
    lowered = " ".join(core.lower().split())
    at = lowered.find(" " + kind + " ")
    if at < 0 or not core[:1].isupper():
        return ()
    if " " not in kind:
        # "the Expert Panel on Sand Governance" for the "Global Expert Panel on Sand Governance":
        # a kind of one word with the modifier before it says as much as a kind of two (G3)
        modifier = lowered.rfind(" ", 0, at)
        if modifier < 0 or not _ONE_MODIFIER.fullmatch(lowered, modifier + 1, at):
            return ()
        kind, at = lowered[modifier + 1 : at] + " " + kind, modifier
    rest = " ".join(core.split())[at + 1 :]
    tail = _KIND_AND_TOPIC.fullmatch(rest)
    if tail is None or " ".join(tail["kind"].lower().split()) != kind:
        return ()
    return (rest,)


_ONE_MODIFIER = re.compile(_MODIFIER, re.IGNORECASE)


@lru_cache(maxsize=4096)
def _topic_first(core: str, kind: str) -> tuple[str, ...]:
    """The names of a new body with its topic before its kind, in each wording of the kind
    ("Marine Litter Working Group" for "Working Group on Marine Litter"); none when the core is
    not its kind and a short topic (E117)."""
    topic = _TOPIC_OF_CORE.search(core)
    if topic is None or " ".join(core[: topic.start()].lower().split()) != kind:
        return ()
    words = topic["topic"].split()
    if any(w.lower() in _NOT_IN_A_TOPIC for w in words):
        return ()
    return tuple(f"{' '.join(words)} {worded}" for worded in (kind, *_KIND_WORDED_ALSO.get(kind, ())) if not worded.startswith("group of"))


_SHORTEST_ACRONYM = 3


@lru_cache(maxsize=None)
def _named_again_by_kind(kind: str) -> re.Pattern[str]:
    """"the working group", "this ad hoc technical expert group": the kind after a determiner, on
    the lower-cased text (the modifiers may be repeated before the kind); "the working group on
    firearms" would be another body."""
    words = r"\s+".join(re.escape(w) for w in kind.split())
    return re.compile(
        rf"\b(?:the|this|that|said)\s+(?P<kind>(?:{_MODIFIER}\s+)*{words})\b(?!\s+(?:on|of)\s(?!its\s|their\s)|\s+for\s+the\s)"
    )


@lru_cache(maxsize=4096)
def _acronym(core: str, kind: str) -> str | None:
    """The initials of a new body's name up to its kind, each word capitalised ("Ad Hoc Technical
    Expert Group on ..." gives "AHTEG"); None when a word there is not capitalised or the
    initials are too few to tell a body by."""
    words = core.split()
    kind_words = kind.split()
    for end in range(len(kind_words), len(words) + 1):
        if [w.lower() for w in words[end - len(kind_words) : end]] == kind_words:
            head = words[:end]
            if len(head) >= _SHORTEST_ACRONYM and all(w[:1].isupper() for w in head):
                return "".join(w[0] for w in head)
            return None
    return None


# "a standing expert group on radiation exposure data (hereinafter “the data group”)": the short
# words the text defines for a body it describes, in lower case too, by which it names it after
_TERM_DEFINED_AFTER = re.compile(
    r"\s*\(\s*(?:herein(?:after)?\s+)?(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?[“\"'‘](?:the\s+)?"
    r"(?P<term>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3})[”\"’']\s*\)"
)


def _name_written(text: str, name: str) -> Iterator[re.Match[str]]:
    """Where ``name``'s words stand in ``text`` in any case, spaces of any kind and length between
    them (the matches of their pattern with IGNORECASE, in order): on the lower-cased document
    without IGNORECASE where that finds the same (`lowered_for_patterns`, an ASCII name), the
    pattern then opening with a literal the regex engine skips ahead to; each name's pattern
    kept (a pattern made per body, per document, had `re`'s cache of a long load let others go)."""
    lowered = document_lowered_for_patterns(text)
    if lowered is not None and name.isascii():
        return _name_pattern(name.lower(), 0).finditer(lowered)
    return _name_pattern(name, re.IGNORECASE).finditer(text)


@lru_cache(maxsize=1024)
def _name_pattern(name: str, flags: int) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in name.split()), flags)


def defined_short_term(text: str, name: str) -> str | None:
    """The term a text defines in brackets right after the body named ``name`` (its words as
    `Described.name` gives them), "data group" of "(hereinafter “the data group”)"; None when
    none follows it."""
    if not name.split() or "(" not in text:
        return None
    for m in _name_written(text, name):
        defined = _TERM_DEFINED_AFTER.match(text, m.end())
        if defined is not None:
            return " ".join(defined["term"].split())
    return None


# "the United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS)": the acronym a
# text gives a body it creates, in brackets right after its name (two capitals at least, no space)
_ACRONYM_DEFINED_AFTER = re.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Za-z0-9.&-]{1,14})\s*\)")


def defined_acronym(text: str, name: str) -> str | None:
    """The acronym a text defines in brackets right after the body named ``name``, or None."""
    if not name.split() or "(" not in text:
        return None
    for m in _name_written(text, name):
        defined = _ACRONYM_DEFINED_AFTER.match(text, m.end())
        if defined is not None and sum(c.isupper() for c in defined["acronym"]) >= 2:
            return defined["acronym"]
    return None


def acronym_mentions(text: str, acronym: str) -> list[LaterMention]:
    """Where the acronym `defined_acronym` gives names the body again ("Requests UNITAMS to ...")."""
    if acronym not in text:
        return []
    return [
        LaterMention(m.start(), m.end(), acronym)
        for m in re.finditer(rf"(?<![\w/-]){re.escape(acronym)}(?![\w/-])", text)
        if not _ACRONYM_AS_A_MODIFIER.fullmatch(text[max(0, m.start() - 12) : m.start()] + "#" + text[m.end() : m.end() + 24].split(",")[0])
    ]


# "the IHP-WINS platform", "the UNITAMS budget": the acronym before a noun is that noun's, not a
# mention of the body (which "Requests UNITAMS to", "the RMT to report" are)
_ACRONYM_AS_A_MODIFIER = re.compile(
    r"(?s).*\b(?:the|a|an|its|their)\s+#\s+(?!(?:to|and|or|in|at|on|for|with|of|which|who|shall|will|would|should|is|was|are|were|has|had|may|must|can)\b)[a-z][\w-]*\b.*"
)


def opening_of_a_line(text: str, kind: str, name: str, term: str | None) -> list[LaterMention]:
    """"Joint working group, second meeting: ..." after "a joint working group of the two
    Sub-Committees on ... was created": a list's line that opens, with no article, on the body's
    short term or on its name up to its kind ("joint working group") names the body again."""
    lowered = text.lower()
    heads = [term] if term else []
    at = name.lower().find(kind)
    if at >= 0:
        heads.append(name[: at + len(kind)].removeprefix("a ").removeprefix("an ").removeprefix("the "))
    lead = _LINE_BULLET.match(text)
    start = lead.end() if lead is not None else 0
    for head in heads:
        if head and lowered.startswith(head.lower(), start) and not text[start + len(head) : start + len(head) + 1].isalnum():
            end = start + len(head)
            topic = _TOPIC_AFTER_HEAD.match(text, end)
            if topic is not None and name.lower().endswith(" " + " ".join(topic["topic"].lower().split())):
                # "Intersessional working group on reparatory justice: first meeting" after "an
                # intersessional working group of the Forum on reparatory justice": its topic too
                end = topic.end("topic")
            return [LaterMention(start, end, text[start:end])]
    return []


# a text browser's bullet before a list line's words ("• Joint working group, ...")
_LINE_BULLET = re.compile(r"[\u2022*·▪-]\s+")


# "<kind> on reparatory justice" up to the parting before a list line's gathering
_TOPIC_AFTER_HEAD = re.compile(r"\s+(?P<topic>(?:on|for)\s+[^:,;()–—]+?)(?=\s*(?:,|:|\s[-–—]))")


# "(IHP-WINS)" right after a body's name: its acronym, a hyphenated one too
def kind_on_acronym_mentions(text: str, kind: str, acronym: str) -> list[LaterMention]:
    """Where "the <kind> on <acronym>" ("the Working Group on IHP-WINS") names again the body
    whose acronym that is (`defined_acronym`): its kind, then what it is on by the acronym."""
    if acronym not in text:
        return []
    kind_words = r"\s+".join(re.escape(w) for w in kind.split())
    return [
        LaterMention(m.start("named"), m.end("named"), m["named"])
        for m in re.finditer(
            rf"\b(?i:the|this|that|its|said)\s+(?P<named>(?i:{kind_words})\s+(?:on|for|of)\s+{re.escape(acronym)})(?![\w-])", text
        )
    ]


def term_mentions(text: str, term: str) -> list[LaterMention]:
    """Where "the <term>" (``term`` as `defined_short_term` gives it) names the body again."""
    if term.lower() not in text.lower():
        return []
    words = r"\s+".join(re.escape(w) for w in term.split())
    return [
        LaterMention(m.start("term"), m.end("term"), m["term"])
        for m in re.finditer(rf"\b(?:the|this|that|said)\s+(?P<term>{words})\b", text, re.IGNORECASE)
    ]
