"""How a text says that a document goes to a session or meeting, and under which mandate.

UN documents say it in a handful of ways, whatever the body:

- the receiving body is the subject: "the Conference will have before it a report ... (X)",
  "For its consideration of the item, the Working Group had before it the following:" (the
  documents then follow as a list);
- the receiver follows a verb: "(X) will be made available to the Conference at its eleventh
  session", "both reports are transmitted to the Conference for its consideration at ...",
  "the report was submitted to the Commission at its sixtieth session", "(X and Y,
  respectively) are before the Conference at its eleventh session";
- the document is the text itself: "The present note has been prepared to transmit to ...";
- an agenda lists under "Documentation" what each item will be considered with.

The mandate is a clause that governs the sentence: "In accordance with resolution 7/1, the
reports on those meetings will be made available ...", "Pursuant to resolution 12/4, a
background paper (X) has been prepared", "in accordance with paragraph 3 of resolution 10/4".

Everything here is a pure function of a sentence's text (and offsets in it); which session,
document or instrument a phrase means is decided by the reader (`relate`), which knows the
references and what the text said before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.loaders.extract.literal_starts import LiteralStarts
from mandate_graph.loaders.extract.patterns import CAPITALISED_NAME
from mandate_graph.loaders.extract.symbols import SymbolMention, find_symbols

# --------------------------------------------------------------------------- submission

# Each phrase is found from its keyword (a plain substring search, then a pattern anchored
# there), not by one pattern tried at every position of every sentence: most sentences hold none.
# "before it" / "before them": the receiver is the subject, with "will have", "had", "has"...
_BEFORE = re.compile(r"before\s+(?:(?P<it>it|them)\b|(?=the\b))")
_HAVE_BEHIND = re.compile(r"\b(?:(?:will|would|shall|may|is\s+to|are\s+to)\s+have|had|has|have)\s+$")
# "(X and Y, respectively) are before the Conference at its eleventh session"
# ("was also before the Committee", "were likewise before it": an adverb after the verb)
# ("which was laid before the Meeting at its thirteenth session", "were placed before the Board":
# a paper laid or placed before a body is before it)
# ("the report (X), submitted in compliance with that decision and laid before the Council at its
# ninety-first session": the participle after a comma or "and", the paper its subject)
_BE_BEHIND = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|further|likewise|again|then)\s+)?(?:(?:laid|placed)\s+)?$"
    r"|(?:,|\band)\s+(?:(?:also|subsequently|then)\s+)?(?:laid|placed)\s+$"
)
# "no proposal to that effect is", "nothing further was": a subject that denies any paper is before
# the receiver (the clause's own subject: no comma or "and" between)
_NOTHING_BEHIND = re.compile(r"(?:^|[,;]\s+|\band\s+|\bbut\s+)(?:no|nothing|none|neither)\b[^,;()]{0,50}$")
# "Also before the Commission was a note by ... (X)", "Before the Board were the reports ...": the
# verb after the receiver, "before" opening the sentence; the receiver follows the phrase
_OPENS_BEFORE = re.compile(r"(?:(?:also|further|in\s+addition)\s*,?\s+)?$")
# "the draft decisions before the Conference were contained in document X", "The reports before
# the Committee are set out in X": papers named by what they are, "before" the receiver, then where
# they are printed (a chair's words in a summary record)
_PAPERS_BEHIND = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}(?:decisions?|resolutions?|documents?|reports?|notes?|drafts?|proposals?|texts?|recommendations?|papers?)\s+$"
)
_THEN_CONTAINED_IN = re.compile(
    r"\s+the\s+[^,;()]{2,80}?\s+(?:was|were|is|are)\s+(?:(?:also|all)\s+)?(?:contained|set\s+out|reproduced|issued)\s+(?:in|as)\b"
)
# "The draft report now before the Committee (A/AC.154/L.94)", "the note currently before the
# Council (X)": papers named by what they are, "before" the receiver, their symbol in brackets right
# after it (E145)
_PAPERS_NOW_BEHIND = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}(?:decisions?|resolutions?|documents?|reports?|notes?|drafts?|proposals?|texts?|recommendations?|papers?|conclusions)"
    r"\s+(?:now|currently|presently)\s+$"
)
# "the report (A/88/760), submitted pursuant to resolution 86/265 and before the Assembly at its
# eighty-eighth session": the participle after the paper's bracketed symbol speaks for both its
# complements, the mandate and the session the paper is before (E206)
_PARTICIPLE_THEN_AND_BEHIND = re.compile(
    r"\)\s*,\s*(?:which\s+(?:was|is|were|are)\s+)?(?:submitted|presented|prepared|issued|transmitted|circulated)\b[^;()]{0,140}?\band\s+(?:also\s+)?$"
)
_RECEIVER_THEN_SYMBOL = re.compile(r"\s+the\s+[^,;()]{2,80}?\s*\((?=[a-z]{1,8}(?:\.\d+)?/)")
_RECEIVER_THEN_BE = re.compile(r"\s+the\s+[^,;()]{2,120}?\s+(?:was|were)\s+(?:also\s+)?(?:an?|the|two|three|four|several)\b")
# "made available to", "transmitted to", "transmit to", "submitted to", "will submit to", "presented formally to"
# The nouns too: "its submission to the Human Rights Council at its sixty-fourth session".
_SENT_VERBS = (
    "made available", "submitted", "submit", "presented", "transmitted", "transmit", "forwarded", "circulated",
    "submission", "transmission",
    # the active voice of a cover note: "the secretariat transmits to the Conference ...",
    # "The Executive Secretary submits ...", "transmitting to the Council"
    "submits", "transmits", "submitting", "transmitting", "forwards",
    # "will present his report (X) to the Assembly", "to introduce the note (X) to the Commission":
    # after an auxiliary only (`_AUXILIARY_BEFORE`), and with the paper between (E168)
    "present", "introduce", "presents", "introduces",
    # "Recalling … its report to the General Assembly at its eighty-ninth session (A/89/23)": the
    # report sent, a noun as "submission" is, after a determiner only (`_DETERMINER_BEFORE`: "to report
    # to the Assembly", "the Committee reports to" are the verb, a task or a habit, no paper)
    "report", "reports",
)
_NOUN_VERBS = ("report", "reports")
# the noun's receiver a numbered gathering ("to the General Assembly at its eighty-ninth session", "to
# the twelfth session of the Commission"): "its report to the Assembly (X)" says not when it was sent;
# ("its reports to the Assembly at its eighty-eighth and eighty-ninth sessions (X and Y,
# respectively)": two sessions, each paper its own, `relate._each_its_receiver`, E246)
_NOUN_RECEIVER = re.compile(
    r"\s+(?:the\s+[A-Z][^,;()]{2,100}?\s+at\s+(?:its|their)|the)\s+[\w-]+\s+"
    r"(?:(?:regular|ordinary|special|annual|plenary)\s+)?(?:session|meeting)\b"
    r"|\s+the\s+[A-Z][^,;()]{2,100}?\s+at\s+(?:its|their)\s+[\w-]+\s+and\s+[\w-]+\s+(?:(?:regular|ordinary|special|annual)\s+)?(?:sessions|meetings)\b"
)
# "its report", "their annual reports", "the final report": the noun's determiner and its adjectives
_DETERMINER_BEFORE = re.compile(
    r"\b(?:its|their|his|her|our|the|this|that|whose)\s+(?:(?:latest|last|previous|most\s+recent|recent|annual|biennial|"
    r"final|interim|preliminary|periodic|progress|special|comprehensive|consolidated|substantive|(?:[a-z]+-)?(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+){0,2}$"
)
# the verbs of `_SENT_VERBS` read only with an auxiliary before them and the paper between them and "to"
_AUXILIARY_VERBS = ("present", "introduce")
_SENT_TO = re.compile(
    r"(?:\s+\w+ly)?\s*,?\s+to\b(?!\s+(?:be|do|have|make|take|facilitate|assist|support)\b)"
)
# The object or a mandate between the verb and its receiver: "has the honour to submit the
# present report to the Commission", "submits document X to the Council", "is submitted pursuant
# to resolution 12/1 to the Commission", "transmit herewith to the Conference". Same clause
# (no ";", ":" or full stop), a few words, and "to" before a body's name (a capital) or a
# numbered gathering ("to the thirteenth session", "to its twelfth meeting").
_SENT_OBJECT_TO = re.compile(
    r"(?:[^;:.\n]|\.(?!\s)){1,90}?\s+to\s+(?=(?:the\s+|its\s+)(?:[A-Z]|[\w-]+\s+(?:session|meeting)\b))"
)
# what may stand there: the document (by its kind, its symbol or "the present ..."), a mandate
# or "herewith": "submitted her resignation to the Commission" sends no document
_SENT_OBJECT = re.compile(
    r"\b(?:reports?|notes?|documents?|papers?|study|studies|present|herewith|hereby|pursuant|accordance)\b|[A-Z]{1,6}/",
    re.IGNORECASE,
)
# "(X), which was tabled at the forty-sixth meeting of the Committee", "was laid before the Meeting at
# its eighteenth meeting": a document put before a gathering, the receiver after the verb (E138)
# ("(SSC/25/L.6) was introduced at the twenty-fifth session", "will be introduced at the present
# session": a draft put before a session by its sponsor, whatever became of it, E141)
# ("A draft decision ... (X) was discussed at the 304th meeting but not adopted", "was considered
# at its 330th meeting": a paper taken up at a gathering was before it, whatever became of it; said
# only of a paper named right before, as "introduced" is)
_TABLED_AT = re.compile(
    # ("is scheduled for consideration at the sixty-fourth session": the same, planned)
    r"\b(?:is|are|was|were|been|be)\s+(?:also\s+|formally\s+)?(?:tabled|laid|introduced|discussed|considered"
    r"|(?:tentatively\s+)?scheduled\s+for\s+(?:consideration|discussion|review))\s+(?:at|before)\s+"
    r"(?=(?:the\s+|its\s+)(?:[A-Z]|[\w-]+\s+(?:session|meeting)\b))"
    # ("was introduced by the representative of Argentina at the 41st meeting of the Third
    # Committee": the sponsor who introduced it between the verb and the gathering, E189; "be
    # considered by the Commission at" names the receiver, another phrase's)
    r"|\b(?:is|are|was|were|been|be)\s+(?:also\s+|formally\s+)?(?:tabled|introduced)\s+by\s+(?:the\s+|its\s+)?"
    r"(?:representatives?|delegations?|delegates?|observers?|Chair|Chairperson|Vice-Chair|Rapporteur|sponsors?|main\s+sponsor|facilitators?|co-facilitators)\b"
    r"[^;:()]{0,100}?\s+(?:at|before)\s+"
    r"(?=(?:the\s+|its\s+)(?:[A-Z]|[\w-]+\s+(?:session|meeting)\b))"
    # ("(X) will be introduced to the General Assembly at its eightieth session": the receiver
    # after "to", a body's name or a numbered gathering, E168)
    r"|\b(?:is|are|was|were|been|be)\s+(?:also\s+|formally\s+)?introduced\s+to\s+"
    r"(?=(?:the\s+|its\s+)(?:[A-Z]|[\w-]+\s+(?:session|meeting)\b))"
)
# "Consideration of the report (X) is scheduled for the eightieth session of the General Assembly",
# "The discussion of the note (X) by the Commission is tentatively scheduled for its ninth session":
# the paper's consideration, the sentence's subject, planned for a numbered gathering (E168)
_CONSIDERATION_SCHEDULED = re.compile(
    r"^(?:[Tt]he\s+)?(?:[Cc]onsideration|[Dd]iscussion|[Ee]xamination|[Rr]eview|[Ii]ntroduction|[Pp]resentation)\s+of\s+"
    r"(?:the|its|his|her|their|this|that|document)\b[^;:]{0,160}?\s(?P<verb>(?:is|are|has\s+been|have\s+been|was|were)\s+"
    r"(?:tentatively\s+|provisionally\s+)?scheduled\s+for)\s+(?=(?:the|its)\s+(?:[\w-]+\s+){1,3}?(?:session|meeting)\b)"
)
# "The Secretary-General will present his report (X) to the Assembly": the present of the verb after
# an auxiliary or "to" ("the present report to the Commission" is the adjective, E168)
_AUXILIARY_BEFORE = re.compile(r"\b(?:will|shall|would|should|may|to|also|hereby)\s+$")
# "Background paper X to be issued to the 80th plenary session", "(X) is issued to the twelfth
# meeting": a paper issued to a numbered gathering (not "issued to Member States": no gathering
# named right after, E144)
_ISSUED_TO_A_GATHERING = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?issued\s+to(?=\s+(?:the|its)\s+(?:[\w-]+\s+){1,3}(?:session|meeting)\b)"
)
# "Terms of reference (X) to go to the plenary", "(X) to go forward to the Council at its 75th session":
# a summary's telegraphic sending, said only of a document named right before (E144)
_TO_GO_TO = re.compile(r"\bto\s+go\s+(?:forward\s+)?to(?=\s+(?:the|its)\s)")
# what is introduced at a session is a paper: its symbol (or a bracket closing it) or its kind right
# before the verb ("(SSC/25/L.6) was", "Draft decision X/L.3 will be", "the draft resolution was")
_PAPER_INTRODUCED = re.compile(
    r"(?:\)|\b(?:drafts?|(?:decisions?|resolutions?|reports?|notes?|documents?|papers?|proposals?)|[A-Z]{1,6}/[\w./()-]+))\s*,?\s*"
    r"(?:(?:will|shall|would|may)\s+|(?:is|are)\s+to\s+)?$"
    # ("draft resolution X, entitled "...", which was introduced at": the draft's title, then the
    # relative clause on it, E189)
    r"|[”\"]\s*,\s*which\s+$"
)
_TAKEN_UP = re.compile(r"introduced|discussed|considered")
_INFINITIVE_AFTER = re.compile(r"to\s+(?:be|do|have|make|take|facilitate|assist|support)\b")
# "(X) was prepared for the thirteenth session of the Commission", "is issued for the Commission
# at its thirteenth session": a document made for a gathering, the receiver after "for"; told
# by its verb "to be" (a bare participle, "an earlier report (X) prepared for its twelfth
# session", describes a paper the sentence names for another reason)
_MADE_FOR = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(?:prepared|issued|submitted|made\s+available|compiled)\s+(?:\w+ly\s+)?for\s+(?=(?:the\s+|its\s+)(?:[A-Z]|[\w-]+\s+(?:session|meeting)\b))"
)
# "(X) will be considered by the Commission at its thirteenth session", "is to be examined by":
# a document's consideration to come, the receiver after "by"; the subject right before is a
# document (its symbol, or its kind: "the report", "the present note"), not what a document is
# about ("describes how the proposals will be considered by the Commission")
_DOCUMENT_RIGHT_BEFORE = re.compile(
    # ("The report (X), which will be considered by the Assembly", "(X), to be considered at": the
    # relative clause or the infinitive set off after the paper)
    r"(?:\)|\b(?:reports?|notes?|documents?|papers?|study|studies|[A-Z]{1,6}/[\w./-]+))\s*(?:,\s*(?:which|that)\s+|,?\s*)$"
)
# "The background note will be issued as UNAIDS/PCB (64)/32.14 and will be considered by the Board":
# the paper announced by its symbol, then, with "and", its consideration to come
_ISSUED_AS_THEN = re.compile(
    r"\b(?:be|is|are)\s+(?:issued|published|circulated|made\s+available)\s+(?:as|under\s+(?:the\s+)?symbol)\s+"
    r"[A-Z][\w./()-]*(?:\s[\w./()-]+){0,3}?\s+and\s+$"
)
_TO_BE_CONSIDERED_BY = re.compile(
    r"(?:\b(?:will|shall|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)|(?<=,\s)to)\s+be\s+(?:\w+ly\s+)?"
    r"(?:considered|examined|reviewed|discussed|debated|taken\s+up)\s+by\s+(?=(?:the\s+)?[A-Z])"
)

# "the report is to be considered at the sixteenth meeting", "(X) will be taken up at its ninth
# session": the gathering named right after "at" receives it, the subject right before is a
# document again (E148)
_TO_BE_CONSIDERED_AT = re.compile(
    r"(?:\b(?:will|shall|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)|(?<=,\s)to)\s+be\s+(?:\w+ly\s+)?"
    r"(?:considered|examined|reviewed|discussed|taken\s+up)\s+(?:at|during)\s+(?=(?:the|its|their)\s+(?:[\w-]+\s+){1,2}?(?:session|meeting)\b)"
)


# "The Commission, at its thirteenth session, will consider the report (X)", "the Commission
# may wish to consider": an agenda's future, the receiver its subject
_WILL_CONSIDER = re.compile(
    # "which the Working Group will take up at its sixteenth meeting" (E148)
    r"\b(?:will|shall|is\s+expected\s+to|are\s+expected\s+to|may\s+wish\s+to)\s+(?:also\s+|further\s+)?(?:consider|take\s+up)\b"
    # "The Commission decided to consider / agreed to take up the report (X) at its sixty-fourth
    # session": the receiver's later session, named after the paper
    r"|\b(?:decided|agreed|decides|agrees)\s+to\s+(?:also\s+|further\s+)?(?:consider|take\s+up|examine|review|discuss)\b"
    r"(?=[^;]{0,200}?\)\s*,?\s+at\s+its\s+(?!(?:current|present|this)\b)[\w-]+\s+(?:session|meeting)\b)"
    # "The Commission may wish to take note of the report (X)", "is invited to take note of",
    # "is invited to consider", "may wish to examine / review / discuss"
    r"|\b(?:may\s+wish|(?:is|are|will\s+be)\s+invited)\s+to\s+(?:also\s+|further\s+)?"
    r"(?:take\s+note\s+of|consider|examine|review|discuss)\b"
)


# "the secretariat prepared the present note for consideration by the Working Group at its
# thirteenth meeting", "submitted for the consideration of the Commission": the receiver follows
# ("For its consideration of the item": the subject's own; "of the item": no receiver)
_FOR_CONSIDERATION = re.compile(
    r"\b[Ff]or\s+(?:the\s+)?consideration\s+(?:by|of)(?=\s+(?:the\s+)?[A-Z])"
    # "submitted for the information of the Commission", "to facilitate the deliberations of the
    # Working Group", "for the attention of the Conference": the same receiver after the noun
    r"|\b(?:[Ff]or|to\s+(?:facilitate|assist|inform|support))\s+(?:the\s+|its\s+)?"
    r"(?:information|attention|deliberations?|review|discussions?)\s+(?:by|of)(?=\s+(?:the\s+)?[A-Z])"
)


# "the Committee adopted its agenda as set out in document X", "adopted its provisional agenda
# (X)", "adopted its agenda, as contained in document X": the agenda was before the session of the
# subject that adopted it ("its"; "The Panel adopted the provisional agenda (X) and the report of
# ...", a summary's list of what was approved, is left as before: u69's gold gives it nothing)
# ("adopted its provisional agenda and programme of work (X)", "its agenda and organization of work
# (X)": the one document that sets out both)
_ADOPTED_ITS_AGENDA = re.compile(
    r"\badopted\s+its\s+(?:(?:provisional|annotated|revised)\s+)*agenda"
    r"(?:\s+and\s+(?:(?:provisional|proposed|draft)\s+)?(?:programme|organi[sz]ation|plan)\s+of\s+work)?,?\s+"
    r"(?:(?:as\s+)?(?:set\s+out|contained|reproduced|issued)\s+in\s+(?:documents?\s+)?|(?=\())"
)


# "the Commission approved two draft resolutions for adoption by the Council:", "approved draft
# decision X/L.3", "approved the following draft decisions:": the drafts a body approved at its
# session (for another body to adopt, or as its own) were before that session, as drafts acted on
# or introduced at it are (the u295–u299 set's convention, "approved at the session (before it)").
# "adopted draft resolution X" is left to the adoption it tells: the older sets give the draft of
# an instrument adopted nothing (u2, u216, u221, u265).
_APPROVED_DRAFTS = re.compile(
    r"\bapproved\s+(?:the\s+following\s+|(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+|the\s+|a\s+)?"
    r"(?:revised\s+|further\s+)?draft\s+(?:resolutions?|decisions?)\b"
)


@dataclass(frozen=True)
class Submission:
    """A phrase that sends documents to a receiver.

    ``receiver_first``: the receiver is named before the phrase (its subject: "the Conference
    will have before it"); else it follows the phrase ("made available to the Conference").
    """

    start: int
    end: int
    receiver_first: bool
    # the paper sent is the clause's subject, named before the phrase ("(X) was introduced at ..."):
    # not a paper the sentence names after it
    paper_before: bool = False


def find_submissions(text: str) -> list[Submission]:
    # Most sentences send nothing anywhere: plain substring tests first (a sentence that opens
    # with one of these words sends nothing either: the auxiliary or subject comes first).
    if not (
        "before" in text or "Before" in text or "made available" in text or "submi" in text or "transmi" in text
        or text[:5] == "Submi"  # "Submitted to the Commission at its twelfth session": a note under a title (E126)
        or "present" in text or "report to" in text or "reports to" in text or "forwarded" in text or "circulated" in text or "consider " in text or "take up" in text
        or "take note of" in text or "consideration" in text or "consider" in text or " for " in text
        or "invited to" in text or "wish to" in text or "information of" in text or "deliberation" in text
        or "attention of" in text or "agenda" in text or "tabled" in text or "laid" in text or "introduce" in text or "discussed" in text
        or "issued to" in text or "scheduled for" in text or "go to" in text or "go forward to" in text or "d to take up" in text or "s to take up" in text
        # "(X) will be taken up / examined / reviewed / debated by the Commission at its ..."
        or "taken up" in text or "examined" in text or "reviewed" in text or "debated" in text
        or "approved" in text
    ):
        return []
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing moved the offsets (rare letters): read as is
        lowered = text
    found = []
    at = lowered.find("before")
    while at >= 0:
        m = _BEFORE.match(lowered, at) if at == 0 or not lowered[at - 1].isalnum() else None
        if m:
            behind = (_HAVE_BEHIND if m["it"] else _BE_BEHIND).search(lowered, max(0, at - 24), at)
            if behind and not m["it"] and _NOTHING_BEHIND.search(lowered, max(0, behind.start() - 60), behind.start()):
                pass  # "..., and no proposal to that effect is before the Committee": nothing is sent (E141)
            elif behind:
                end = m.end() if m["it"] else at + len("before")
                found.append(Submission(behind.start(), end, m["it"] is not None))
            elif not m["it"] and at < 24 and _OPENS_BEFORE.fullmatch(lowered, 0, at) and _RECEIVER_THEN_BE.match(lowered, at + 6):
                found.append(Submission(at, at + len("before"), False))
            elif not m["it"] and _PAPERS_BEHIND.search(lowered, max(0, at - 60), at) and _THEN_CONTAINED_IN.match(lowered, at + 6):
                found.append(Submission(at, at + len("before"), False))
            elif not m["it"] and _PAPERS_NOW_BEHIND.search(lowered, max(0, at - 70), at) and _RECEIVER_THEN_SYMBOL.match(lowered, at + 6):
                found.append(Submission(at, at + len("before"), False))
            elif not m["it"] and _PARTICIPLE_THEN_AND_BEHIND.search(lowered, max(0, at - 160), at):
                found.append(Submission(at, at + len("before"), False))
        at = lowered.find("before", at + 6)
    if "consider" in text or "take note of" in text or "invited to" in text or "wish to" in text or "take up" in text:
        found.extend(Submission(m.start(), m.end(), True) for m in _WILL_CONSIDER.finditer(lowered))
    if "consideration" in text or "information of" in text or "attention of" in text or "deliberation" in text or "review" in text or "discussion" in text:
        found.extend(Submission(m.start(), m.end(), False) for m in _FOR_CONSIDERATION.finditer(text))
    if " for " in text:
        found.extend(Submission(m.start(), m.end(), False) for m in _MADE_FOR.finditer(text))
    if "tabled" in text or "laid" in text or "introduced" in text or "discussed" in text or "considered" in text or "scheduled for" in text:
        found.extend(
            Submission(m.start(), m.end(), False, "introduced" in m.group(0)) for m in _TABLED_AT.finditer(text)
            # ("The item was introduced at ..., and the report (X) is ...": only a paper introduced,
            # its symbol or kind right before the verb)
            if not _TAKEN_UP.search(m.group(0)) or _PAPER_INTRODUCED.search(text, max(0, m.start() - 50), m.start())
        )
    if "scheduled for" in text and (scheduled := _CONSIDERATION_SCHEDULED.match(text)) is not None:
        found.append(Submission(scheduled.start("verb"), scheduled.end(), False, True))
    if "issued to" in text:
        found.extend(Submission(m.start(), m.end(), False) for m in _ISSUED_TO_A_GATHERING.finditer(text))
    if "go to" in text or "go forward to" in text:
        found.extend(
            Submission(m.start(), m.end(), False) for m in _TO_GO_TO.finditer(text)
            if _DOCUMENT_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        )
    if "agenda" in text and "adopt" in text:
        found.extend(Submission(m.start(), m.end(), True) for m in _ADOPTED_ITS_AGENDA.finditer(text))
    if "approved" in text and "draft" in text:
        found.extend(Submission(m.start(), m.end(), True) for m in _APPROVED_DRAFTS.finditer(lowered))
    if " be " in text and (" at " in text or " during " in text):
        found.extend(
            Submission(m.start(), m.end(), False) for m in _TO_BE_CONSIDERED_AT.finditer(text)
            if _DOCUMENT_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        )
    if " be " in text and " by " in text:
        found.extend(
            Submission(m.start(), m.end(), False) for m in _TO_BE_CONSIDERED_BY.finditer(text)
            if _DOCUMENT_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _ISSUED_AS_THEN.search(text, max(0, m.start() - 80), m.start())
        )
    for verb in _SENT_VERBS:
        at = lowered.find(verb)
        while at >= 0:
            after = at + len(verb)
            starts_word = at == 0 or not lowered[at - 1].isalnum()
            ends_word = after >= len(lowered) or not lowered[after].isalnum()
            if verb in _AUXILIARY_VERBS and not _AUXILIARY_BEFORE.search(lowered, max(0, at - 12), at) or (
                verb in _NOUN_VERBS and not _DETERMINER_BEFORE.search(lowered, max(0, at - 40), at)
            ):
                at = lowered.find(verb, after)
                continue
            m = _SENT_TO.match(lowered, after) if starts_word and verb not in ("present", "introduce", "presents", "introduces") else None
            if verb in _NOUN_VERBS:
                if m and _NOUN_RECEIVER.match(text, m.end()):  # (the noun's receiver right after "to")
                    found.append(Submission(at, m.end(), False))
            elif m:
                found.append(Submission(at, m.end(), False))
            elif (
                starts_word and ends_word and (gap := _SENT_OBJECT_TO.match(text, after))
                and not _INFINITIVE_AFTER.match(text, gap.end() - 3) and _SENT_OBJECT.search(text, after, gap.end())
            ):
                found.append(Submission(at, gap.end(), False))
            elif starts_word and ends_word and (pronoun := _PRONOUN_TO.match(text, after)) and len(_BRACKETED_SYMBOL.findall(text, 0, at)) == 1:
                # "considered the proposed budget (EB 2032/167/R.5) and decided to submit it to the
                # Governing Council at its fifty-sixth session": "it", the one paper the sentence
                # named in brackets before (E149)
                found.append(Submission(at, pronoun.end(), False))
            at = lowered.find(verb, after)
    return sorted(found, key=lambda s: s.start)


# "submit it to the Governing Council", "transmit them to its next session"
_PRONOUN_TO = re.compile(r"\s+(?:it|them)\s+to\s+(?=(?:the\s+|its\s+)(?:[A-Z]|[\w-]+\s+(?:session|meeting)\b))")
# a paper's symbol in brackets ("(EB 2032/167/R.5)", "(A/80/12)")
_BRACKETED_SYMBOL = re.compile(r"\((?:[Dd]ocuments?\s+)?[A-Z]{1,8}(?:\s\d{2,4})?[\w.-]*/[\w./-]+\)")


# In the report of a session, what someone "presented" or "introduced" (with no receiver named)
# was before that session: "The Chair ... presented the report on the eighth meeting ... (X)", "the
# Director of the Division ... introduced the report of the Secretary-General (X)", "the
# representative of Japan introduced draft resolution X" (whoever speaks: a person, an office).
_PRESENTED = re.compile(
    # ("Mr. X, introducing chapters VI to IX of the report of the Commission (X), recalled ...": a
    # speaker's participle in a summary record, and the chapters of the paper he introduced)
    r"\b(?:presented|introduced|presenting|introducing)\s+"
    r"(?:(?:chapters?|sections?|parts?)\s+[\dIVXLC]+(?:\s*(?:to|and|-|–)\s*[\dIVXLC]+)?\s+of\s+)?"
    r"(?:(?:the|a|an|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:reports?|notes?|papers?|summary)\b"
    r"|(?:the\s+|a\s+|revised\s+)?draft\s+(?:resolutions?|decisions?|conclusions)\b|[Dd]ocuments?\s)"
)
_TO_A_RECEIVER = re.compile(r"\bto\s+(?:the|its)\s+(?:[A-Z]|[\w-]+\s+(?:session|meeting)\b)")
# "The report of the Secretary-General (X) was introduced by the Director ...": the paper in
# brackets right before the passive
_PRESENTED_IN_THE_PASSIVE = re.compile(r"\)\s*,?\s+(?:was|were|had\s+been)\s+(?:also\s+|then\s+)?(?:introduced|presented)\b(?!\s+to\b)")
# "Document X was introduced by the secretariat", "Documents X and Y were presented by the Chair":
# the papers named by their symbols alone, the subject of the passive (E227)
_DOCUMENT_PRESENTED_IN_THE_PASSIVE = re.compile(
    r"\b[Dd]ocuments?\s+(?=[A-Z])[^;:()]{2,200}?\s+(?:was|were|had\s+been)\s+(?:also\s+|then\s+)?(?:introduced|presented)\b(?!\s+to\b)"
)


# ", which had been prepared pursuant to resolution X, by which the Council had asked the Director to
# submit a policy to the Governing Bodies": a relative clause after the paper, whose receiver is
# another paper's (E157)
_RELATIVE_AFTER = re.compile(r",\s+(?:which|(?:by|in|under)\s+which|whereby)\b")


def _clause_end(text: str, start: int, end: int) -> int:
    relative = _RELATIVE_AFTER.search(text, start, end)
    return relative.start() if relative is not None else end


def presentations(text: str) -> list[tuple[int, int]]:
    """The spans from each "presented the report ..." to the next (or the end), and for each
    "(X) was introduced by ..." the bracket that holds X (from its opening to its close)."""
    if "present" not in text and "introduc" not in text:
        return []
    found = list(_PRESENTED.finditer(text))
    spans = [
        (m.start(), end) for i, m in enumerate(found)
        # ("presented his report (X) to the General Assembly": a receiver named, which the sending rules read)
        if not _TO_A_RECEIVER.search(text, m.end(), _clause_end(text, m.end(), end := found[i + 1].start() if i + 1 < len(found) else len(text)))
    ]
    for m in _PRESENTED_IN_THE_PASSIVE.finditer(text):
        opening = text.rfind("(", 0, m.start())
        if opening >= 0 and ")" not in text[opening : m.start()]:
            spans.append((opening, m.start()))
    spans.extend(m.span() for m in _DOCUMENT_PRESENTED_IN_THE_PASSIVE.finditer(text))
    return spans


# The parts of one document: "X and X/Add.1, X/Add.2" are one report issued in parts.
_PART_OF = re.compile(r"^(?P<base>.+)/(?:Add|Corr)\.\d+$")


def parts_of_others(symbols: list[str]) -> set[str]:
    """The symbols in a list that are addenda or corrigenda of another symbol in it."""
    listed = set(symbols)
    return {s for s in symbols if (m := _PART_OF.match(s)) and m["base"] in listed}


# The receiver named after the phrase: a meeting or session within a few words ("to the
# Conference at its eleventh session", "to the eleventh session", "to the Conference, for its
# consideration at its eleventh session"), not one of another clause.
RECEIVER_REACH = 110
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s|\bwhich\b|\bwhere\b|\bwhile\b|\bbut\b")


def within_receiver_reach(text: str, phrase_end: int, position: int) -> bool:
    """Whether a reference at ``position`` can still be the receiver of a phrase ending at
    ``phrase_end``: close enough, and in the same clause."""
    if position < phrase_end or position - phrase_end > RECEIVER_REACH:
        return False
    return _CLAUSE_BREAK.search(text, phrase_end, position) is None


# A symbol that cites a passage ("(see CTOC/COP/2010/17, chap. II.D)", "E/2022/28, para. 4")
# points at a place in another document; it does not say that document is submitted.
_PASSAGE_AFTER = re.compile(r"^\s*,\s*(?:chap|chaps|para|paras|sect|annex|p|pp)\b\.?", re.IGNORECASE)


def cites_a_passage(text: str, symbol_end: int) -> bool:
    return bool(_PASSAGE_AFTER.match(text[symbol_end : symbol_end + 12]))


# The genre a session document names itself by in front of its kind word: "the present conference
# room paper", "this background paper", "the present information note", "the present progress
# report" (E186; read only after "present" or "this", never after a bare "the")
OWN_GENRE = r"(?:(?:[Cc]onference\s+room|[Bb]ackground|[Ii]nformation|[Ww]orking|[Pp]rogress|[Dd]iscussion|[Cc]oncept|[Ss]ynthesis)\s+)?"
# The words a document names itself by: "the present note", "the present report", and the genres
# of the documents a legislative organ has before it, "the present fascicle" (a section of the
# proposed programme budget), "the present memorandum" (the Secretary-General's to a General
# Committee), "the present addendum", "the present compendium" (E169)
OWN_KIND = r"(?:[Nn]ote|[Rr]eport|[Dd]ocument|[Pp]aper|[Ff]ascicle|[Mm]emorandum|[Aa]ddendum|[Cc]ompendium|[Pp]roceedings)"
# "the present summary" (a Chair's summary of a session) is the document itself; "this summary" is
# as often a summary the document announces, to be issued as another document (E206)
# "the present review", "the present evaluation", "the present study": what an oversight body's report
# (the JIU's, OIOS's) calls itself, only after "present" ("this review" may be one it describes, E251)
_OVERSIGHT_KIND = r"(?:[Rr]eview|[Ee]valuation|[Ss]tudy|[Aa]ssessment|[Aa]udit|[Ii]nspection|[Ss]urvey)"
_PRESENT_KIND = rf"(?:{OWN_KIND}|[Ss]ummary|{_OVERSIGHT_KIND})"
# "The present note has been prepared to transmit to ...": the document speaks of itself.
_SELF = re.compile(
    rf"\b(?:[Tt]he|[Tt]his)\s+present\s+(?:{OWN_GENRE}{_PRESENT_KIND}|[Ll]etter)\b|\b[Tt]he\s+present\s+annotations\b"
    # "This note is before ...", "This Note has also been circulated ...": the verb is the phrase's
    # ("This letter is sent in accordance with paragraph 4 of ...": a circular letter of itself)
    # ("This document and its supplement are submitted to ...": with the parts that go with it, E143)
    rf"|\b[Tt]his\s+(?:{OWN_GENRE}{OWN_KIND}|[Ll]etter)\b(?=\s+(?:and\s+its\s+(?:supplements?|addend(?:um|a))\s+(?=are\b|were\b|have\b|will\b))?"
    r"(?:is|are|was|were|has|have|will|covers|contains|sets|provides|also)\b)"
    # "The provisional timetable below is proposed for the consideration of the Commission": a
    # timetable (a programme of work) is the document that sets it out
    r"|\b[Tt]he\s+(?:(?:provisional|proposed|tentative|draft)\s+)?(?:timetable|programme\s+of\s+work|organization\s+of\s+work|schedule\s+of\s+meetings)"
    r"\s+(?:set\s+out\s+|reproduced\s+)?below\b(?=\s+(?:is|was|has|will)\b)"
)


_ABOUT_ITSELF = re.compile(
    # "The information contained in the present note is provided in accordance with ...": what
    # the document holds stands for the document
    rf"^(?:The\s+(?:information|data|analysis|proposals?)\s+(?:contained|presented|provided)\s+in\s+the\s+present\s+{OWN_KIND}\b"
    # "The present provisional agenda was approved by ... and has been prepared in accordance with"
    rf"|(?:[Tt]he|[Tt]his)\s+(?:present\s+)?(?:{OWN_GENRE}{OWN_KIND}|(?:(?:provisional|annotated)\s+)+agenda)\b(?!\s+(?:on|of|by)\b)"
    rf"|[Tt]he\s+present\s+(?:(?:system-wide|management|thematic|independent)\s+)?{_OVERSIGHT_KIND}\b(?!\s+(?:on|of|by)\b)"
    r"|(?:[Tt]he\s+present|[Tt]his)\s+[Ll]etter\b(?!\s+(?:on|of|by|from|to)\b)"
    # "The present annex responds to the request in ...": an annex issued under the report's
    # symbol ("A/87/34, annex III") is part of the document being read
    r"|(?:[Tt]he|[Tt]his)\s+present\s+[Aa]nnex\b(?!\s+(?:on|of|by|to)\b)"
    # "The present annotations have been prepared pursuant to ...": an annotated agenda's annotations
    r"|(?:[Tt]he|[Tt]hese)\s+present\s+annotations\b(?!\s+(?:on|of|by)\b))"
)


# "Prepared pursuant to decision 2028/4 and submitted to the Executive Body at its fiftieth session":
# a participle with no subject, a note under a document's title (a feed item's description, a
# cover page's line), tells of that document (E126)
_PARTICIPLE_ABOUT_ITSELF = re.compile(
    r"^(?:Prepared|Submitted|Issued|Compiled|Presented|Produced)\s+(?:(?:jointly|also)\s+)?"
    r"(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|under|as\s+(?:requested|mandated)\s+(?:in|by)|to\s+the)\s"
)


# "Mandate: resolution 11/2, para. 3.", "Legislative mandates: decisions 4/2 and 5/1", "Mandated by:
# …": a field of the document's own (under its title, in its summary box) that gives the instruments
# it answers, its subject left out as the participle's is (E209)
_MANDATE_FIELD = r"(?:(?:[Ll]egislative|[Rr]elevant)\s+)?(?:[Mm]andates?|[Mm]andate\s*\(s\)|[Mm]andated\s+by)\s*:"
_MANDATE_FIELD_OPENS = re.compile(rf"^{_MANDATE_FIELD}\s")


def is_mandate_field(text: str) -> bool:
    """Whether the sentence is a "Mandate: …" field of the document being read."""
    return text[:1] in "MLRm" and _MANDATE_FIELD_OPENS.match(text) is not None


# ... up to the next participle of the same clause: "[Prepared pursuant to] decision 2028/4 and s[ubmitted to]"
_PARTICIPLES_JOINED = re.compile(r"[^.;:]{0,120}?\s(?:and|,)\s+(?:(?:also|then|later)\s+)?\S", re.S)


def is_about_itself(text: str) -> bool:
    """A sentence whose subject is the document being read: "The present note, which ...,
    has been prepared pursuant to ...", "This report is submitted in accordance with ...",
    "Prepared pursuant to decision 2028/4 and submitted to ..."."""
    if text[:1] in "PSIC" and _PARTICIPLE_ABOUT_ITSELF.match(text) is not None or is_mandate_field(text):
        return True
    about = _ABOUT_ITSELF.match(text)
    return about is not None and ("present" in text[: about.end()] or text.startswith(("This", "this")))


# "The provisional agenda was prepared in accordance with Council decision 2031/237" in a document
# that is the provisional agenda ("Provisional agenda and annotations", "Annotated provisional
# agenda"): the document being read (E96); not "the provisional agenda for the next session"
_THE_AGENDA = re.compile(r"^(?:[Tt]he|[Tt]his)\s+(?:(?:provisional|annotated)\s+)+agenda\b(?!\s+(?:on|of|by|for|and)\b)")
# The document's own title in its masthead, capitalised as a title is: "Provisional agenda and
# annotations", "Annotated provisional agenda" (not "Item 2 of the provisional agenda"); the
# masthead's lines may be joined into one by the cleaning, so no line boundary is asked for
_AGENDA_TITLE = re.compile(r"\b(?:Annotated\s+provisional|Provisional(?:\s+annotated)?)\s+agenda\b(?!\s+(?:for|of)\b)")
# Only the masthead: a title is printed before the body of the document
_TITLE_CHARACTERS = 1500


def is_an_agenda(text: str) -> bool:
    """Whether the document's own title, in its masthead, says it is a provisional agenda."""
    return _AGENDA_TITLE.search(text, 0, _TITLE_CHARACTERS) is not None


# "Report of the Secretary-General", "Note by the Secretariat", "Oceans and the law of the sea: report of
# the Secretary-General": a title line saying which kind of paper the document is (E192)
# ("Note by the secretariat": a treaty's or a fund's secretariat, written in lower case, E209)
_TITLE_OF_KIND = re.compile(
    r"^[ \t]*(?:[^\n]{0,200}?[:–—]\s*)?(?P<kind>[Rr]eport|[Nn]ote|REPORT|NOTE)\s+(?:of|by|OF|BY)\s+(?:the|THE)\s+(?:[A-Z]|secretariat\b)[^\n.]{0,200}$",
    re.MULTILINE,
)


def titled_kinds(text: str) -> frozenset[str]:
    """The kinds of paper ("report", "note") the document's title lines, in its masthead, say it is."""
    return frozenset(m["kind"].lower() for m in _TITLE_OF_KIND.finditer(text, 0, _TITLE_CHARACTERS))


# "CHECKLIST OF DOCUMENTS", "List of documents", "Check-list of documents issued for the session":
# a title line of its own (E121)
_LIST_OF_DOCUMENTS_TITLE = re.compile(
    r"^[ \t]*(?:check[- ]?list|list|index)\s+of\s+(?:the\s+)?(?:session(?:'s)?\s+)?documents\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
# a draft ("A/HRC/WG.6/52/L.10", "ECE/EB.AIR/2031/L.2"): a text the session may adopt, which the
# list announces without its being submitted by anyone
_DRAFT_SYMBOL = re.compile(r"/L\.\d")
# "/RES/", "/DEC/": an instrument listed by its symbol ("for reference"), no document before the session
_INSTRUMENT_SYMBOL = re.compile(r"/(?:RES|DEC|Res|Dec)[./]")


def list_of_documents_title(text: str) -> int | None:
    """Where the document's own title, in its masthead, says it is a (check)list of the documents
    of a session; None when it does not."""
    m = _LIST_OF_DOCUMENTS_TITLE.search(text, 0, _TITLE_CHARACTERS)
    return m.start() if m is not None else None


# a row's item cell before its title ("-", "3", "4 (b)"); the language columns after it ("x x x x
# x x", "x p x x p x", "- - x - - -"); an adoption note closing the title ("(adopted by the
# Council on 9 October 2031)")
_ITEM_CELL = re.compile(r"\s*(?:[-–—]|\d{1,2}(?:\s*\([a-z]\))?)\s+(?=\S)")
_AVAILABILITY_MARKS = re.compile(r"(?:\s+[xXp✓*–-]){3,}\s*$")
_ADOPTION_NOTE = re.compile(r"\s*\((?P<note>(?:adopted|ADOPTED)\b[^()]{4,120})\)\s*$")


def listed_title(row: str) -> tuple[str, str | None] | None:
    """The title of a checklist's row after its symbol, without its item cell, its language
    columns and an adoption note closing it; and that note ("adopted by the Council on 9 October
    2031"), if any. None when no title is left."""
    item = _ITEM_CELL.match(row)
    title = row[item.end() :] if item is not None else row.lstrip()
    title = _AVAILABILITY_MARKS.sub("", title)
    note = _ADOPTION_NOTE.search(title)
    if note is not None:
        title = title[: note.start()]
    title = " ".join(title.split()).rstrip(" .;,")
    if not title or not title[0].isupper():
        return None
    return title, note["note"] if note is not None else None


def listed_before_the_session(symbol: str) -> bool:
    """Whether a symbol that opens a row of a list of documents is a document before the session
    the list is of: not a draft nor an instrument listed by its symbol."""
    return _DRAFT_SYMBOL.search(symbol) is None and _INSTRUMENT_SYMBOL.search(symbol) is None


# a row's symbol run on after the row above: a word or a closing bracket before it, a title's
# capital after it ("... States Parties CCM/MSP/2031/4 Request for an extension ...")
_ROW_END_BEFORE = re.compile(r"[\w)’'.]\s$")
_TITLE_AFTER = re.compile(r"\s+[A-Z]")
_NAMING_BEFORE = re.compile(r"\b(?:document|documents|in|and|see|of|to|or|under|by|with|see\s+also)\s$", re.IGNORECASE)


def rows_run_on(text: str, symbols: list[SymbolMention]) -> list[SymbolMention]:
    """The symbols after the first that open rows of a list of documents which a layout ran into
    one paragraph (pdftotext without layout joins "CCM/MSP/2031/3 Progress report on the ...
    Plan, submitted by the President" / "CCM/MSP/2031/4 Request for ..."): each stands after the
    end of the row before, not in a bracket nor named by a word of the title ("document X"), and
    a title in capitals follows it."""
    rows = []
    for symbol in symbols[1:]:
        before = text[max(0, symbol.start - 24) : symbol.start]
        if (
            _ROW_END_BEFORE.search(before) and not _NAMING_BEFORE.search(before)
            and _TITLE_AFTER.match(text, symbol.end) is not None
        ):
            rows.append(symbol)
    return rows


def agenda_is_itself(text: str, document_is_an_agenda: bool) -> bool:
    """A sentence whose subject is "the provisional agenda" in a document that is one."""
    return document_is_an_agenda and _THE_AGENDA.match(text) is not None


# "...; the present note has been prepared in accordance with that decision": a later clause
# whose subject is the document being read
# (", and the present report has been prepared in response": after a comma too, when the clause
# goes on with the verb of its making, E178)
_CLAUSE_ABOUT_ITSELF = re.compile(
    # ("…; this note is that report": "this" alone, E220)
    rf";\s+(?:and\s+)?(?:(?:the|this)\s+present|this)\s+{OWN_KIND}\b(?!\s+(?:on|of|by)\b)"
    rf"|,\s+and\s+(?:the|this)\s+present\s+{OWN_KIND}\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:prepared|submitted|issued|presented)\b"
)


def clause_about_itself(text: str) -> int | None:
    """Where a clause after a semicolon that has the document being read for its subject
    starts, when the sentence does not open with it."""
    clause = _CLAUSE_ABOUT_ITSELF.search(text)
    return clause.start() if clause is not None else None


# "the revised estimates will be submitted to the General Assembly", "would be included in the revised
# estimates to be submitted to the Assembly": a budget's paper to come, which the text names by no symbol
# (neither the draft resolution whose implications it counts nor the report that tells of it, E191)
_REVISED_ESTIMATES_SENT = re.compile(
    r"\b(?:the|any)\s+(?:related\s+|corresponding\s+|consequent\s+)?revised\s+estimates\s+"
    r"(?:(?:that\s+|which\s+)?(?:will|would|shall|are\s+to|is\s+to)\s+(?:also\s+)?be\s+|to\s+be\s+|are\s+(?:also\s+)?|were\s+)$"
)


def unnamed_paper_sent(text: str, phrase_start: int) -> bool:
    """Whether what a submission phrase sends is the revised estimates a budget's text announces,
    a paper with no symbol here: not any document the sentence names (E191)."""
    return "estimates" in text and _REVISED_ESTIMATES_SENT.search(text, max(0, phrase_start - 80), phrase_start) is not None


def speaks_of_itself(text: str, phrase_start: int) -> bool:
    """"The present note has been prepared to transmit to the Conference": the subject of the
    phrase is the document being read."""
    if text[:1] in "PSIC" and (participle := _PARTICIPLE_ABOUT_ITSELF.match(text)) is not None and (
        _PARTICIPLES_JOINED.fullmatch(text, participle.end(), phrase_start + 1) is not None or phrase_start == 0
    ):
        return True  # "Prepared pursuant to decision 2028/4 and submitted to ...": one subjectless clause
    # (the whole text is searched: the pattern looks ahead past the phrase's start for the verb)
    found = [m for m in _SELF.finditer(text, 0, min(len(text), phrase_start + 40)) if m.end() <= phrase_start]
    # ("... are contained in annex IV to the present report; the revised estimates will be submitted
    # to ...": a clause of its own after the semicolon, its own subject, E191)
    return bool(found) and phrase_start - found[-1].end() < 80 and ";" not in text[found[-1].end() : phrase_start]


# "The Secretary-General has the honour to transmit to the General Assembly the report of ...":
# a cover note's formula; the report transmitted is the document that carries it
# (a report or a note: "the text of decision 9/COP.18" is no document the letter is)
_HONOUR_TO_SEND = re.compile(
    r"\bha(?:s|ve)\s+the\s+honou?r\s+to\s+(?:transmit|submit|forward|present)\b[^.;:]{0,120}?"
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:report|note|study|review|assessment|summary)\b"
)


def sends_itself(text: str, phrase_start: int, phrase_end: int) -> bool:
    """The document being read is what the phrase sends: named as its object inside the phrase
    ("submit the present report to the Commission", "transmits the present note to"), right after
    it ("will have before it the present note"), or by a cover note's "has the honour to transmit"."""
    if _HONOUR_TO_SEND.search(text, max(0, phrase_start - 40), min(len(text), phrase_end + 160)):
        return True
    return any(phrase_start <= m.start() <= phrase_end + 2 for m in _SELF.finditer(text, phrase_start, min(len(text), phrase_end + 40)))


def it_continues_itself(text: str, phrase_start: int, previous: str | None) -> bool:
    """"This Note is submitted pursuant to ... It covers the period ... and is before the
    Conference": "It" opening the sentence after one whose subject was the document being read
    is that document, and the phrase is its clause."""
    if previous is None or not text.startswith("It ") or "." in text[:phrase_start] or ";" in text[:phrase_start]:
        return False
    return is_about_itself(previous) or any(m.start() < 40 for m in _SELF.finditer(previous))


# Documents named earlier, taken up again: "both reports are transmitted", "the report was
# submitted", "it will be before the Working Group", "the two papers".
_PLURAL_BACK = re.compile(
    r"\b(?:[Bb]oth|[Tt]hose|[Tt]hese|[Tt]he\s+two|[Tt]he)\s+(?:reports|notes|documents|papers)\b(?!\s+(?:on|of)\b)"
)
_SINGULAR_BACK = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:report|note|document|paper)\b(?!\s+(?:on|of|by)\b)|(?:^|[;,]\s*)[Ii]t\b)"
)


def taken_up_again(text: str, phrase_start: int) -> str | None:
    """"all" when the subject of the phrase is documents named before ("both reports"),
    "last" when it is one ("the report", "it"), else None. Only the words of the clause just
    before the phrase count."""
    clause_start = max(text.rfind(";", 0, phrase_start), text.rfind(",", 0, phrase_start), -1) + 1
    if phrase_start - clause_start > 60:
        clause_start = phrase_start - 60
    window = text[clause_start:phrase_start]
    if _PLURAL_BACK.search(window):
        return "all"
    if _SINGULAR_BACK.search(text[max(0, clause_start - 2) : phrase_start]):
        return "last"
    return None


# --------------------------------------------------------------------------- mandates

# "the Assembly's", "the Economic and Social Council's", "the Executive Board’s": a body named in the possessive
_POSSESSIVE_NAME = r"(?:[A-Z][\w-]*\s+(?:(?:and|of|on|for|the)\s+)*){0,5}[A-Z][\w-]*['’]s"
# The clause that gives a document or meeting its mandate. "paragraph 3 of" may stand between
# the phrase and the instrument; the instrument keyword ends the match.
_UNDER_MANDATE = re.compile(
    r"\b(?:[Ii]n\s+accordance\s+with|[Pp]ursuant\s+to|[Ii]n\s+line\s+with|[Aa]s\s+requested\s+(?:by|in)|"
    r"[Aa]s\s+mandated\s+by|[Ii]n\s+response\s+to|[Ii]n\s+(?:compliance|conformity)\s+with|[Ii]n\s+fulfilment\s+of|"
    # "in keeping with paragraph 4 of resolution 79/235", "in answer to the request in", "as the
    # Assembly had requested in resolution 85/148" (the requester named between, E145)
    r"[Ii]n\s+keeping\s+with|[Ii]n\s+answer\s+to|"
    # "as mandated by the Conference of the Parties in paragraph 2 of its decision 11/4": the
    # requester's name, however long, then "in" and the passage (E209)
    r"[Aa]s\s+(?:requested|mandated|called\s+for)\s+by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|on|for|the)){0,8}\s+in|"
    r"[Aa]s\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}(?:had\s+|has\s+)?(?:requested|asked|mandated|called\s+for)\s+(?:in|by)|"
    # "in pursuance of", "as called for by": older and rarer forms of the same
    r"[Ii]n\s+pursuance\s+of|"
    # "the progress report, which the secretariat prepared as required by decision 258 (2005)"
    r"[Aa]s\s+required\s+(?:by|in|under)|"
    # "an options note (X), drawn up to give effect to decision 5/CMA.12" (E138)
    r"\bto\s+give\s+effect\s+to|[Ii]n\s+implementation\s+of|"
    # "for the purpose of implementing paragraph 3 of General Assembly resolution 89/248, hereby
    # promulgates": a bulletin's formula, the gerund of "in implementation of" (E272)
    r"[Ff]or\s+the\s+purposes?\s+of\s+implementing|"
    # "will take place in Nairobi ..., as decided by the Assembly in its decision 9/3"; "was held in
    # Santiago ..., as agreed in decision III/1"
    r"[Aa]s\s+(?:decided|agreed(?:\s+(?:up)?on)?)\s+(?:by|in)|"
    # "responds to the request made by the Commission in its resolution 11/2"
    # ("(X), answering the request in resolution 86/195", "which responded to the request in", E176)
    r"\b[Rr]espond(?:s|ing|ed)?\s+to|\b[Aa]nswer(?:s|ing|ed)?(?=\s+the\s+requests?\b)|[Aa]s\s+called\s+for\s+(?:by|in)|"
    # "prepared under the mandate set out in resolution 12/1" ("under" alone is not enough:
    # "the Working Group established under resolution 12/1" names the body's origin)
    r"[Uu]nder(?=\s+the\s+mandates?\b)|"
    # "This report is the fifth submitted under resolution 77/12": "under" right after the verb of
    # a paper's issue; "prepared on the basis of resolution 77/12", "on the basis of the mandate in"
    # ("The session is convened (held) under resolution 77/12": a gathering's the same)
    r"(?:(?<=submitted )|(?<=prepared )|(?<=issued )|(?<=presented )|(?<=convened )|(?<=held ))under|[Oo]n\s+the\s+basis\s+of|"
    # "Mandate: resolution 11/2, para. 3": the document's own field naming its mandate (E209)
    rf"^{_MANDATE_FIELD}|"
    # "is submitted as a follow-up to resolution 77/12": right after the verb of a paper's issue only
    # ("the work carried out as a follow-up to decision 14/1" tells of the work, E178)
    # ("is submitted in follow-up to resolution 77/12", "prepared as follow-up to": the same, E209)
    r"(?:(?<=submitted )|(?<=prepared )|(?<=issued )|(?<=presented ))(?:as\s+(?:a\s+)?|in\s+)follow-up\s+to|"
    # "to be convened under the terms of Resolution A43-14", "under the provisions of decision 4/2"
    r"[Uu]nder\s+the\s+(?:terms|provisions)\s+of|"
    # the same in the words drafters also use: "further to", "in execution of",
    # "in application of", "in reply to", "as provided for in", "as envisaged in", "as foreseen in",
    # "as stipulated in", "as specified in", "as set out in", "as laid down in", "as directed by"
    # ("in follow-up to" is not among them: "the intersessional work carried out in follow-up to
    # decision 14/1 (X)" tells of the work, and X is the note on it)
    r"[Ff]urther\s+to|[Ii]n\s+(?:execution|application)\s+of|[Ii]n\s+reply\s+to|"
    r"[Aa]s\s+(?:provided\s+for|envisaged|foreseen|stipulated|specified|set\s+(?:out|forth)|laid\s+down)\s+(?:in|by)|"
    r"[Aa]s\s+directed\s+by|"
    # "prepared at the request of the General Assembly in its resolution 78/123", "is the
    # Secretary-General's response to resolution 78/123", "fulfils the request contained in",
    # "The present report, requested in resolution 78/123, covers ..." (the participle set off)
    r"[Aa]t\s+the\s+request\s+of|\b[Rr]esponse\s+to|\b[Ff]ulfil(?:l?s|ling)?(?=\s+the\s+(?:requests?|mandates?)\b)|"
    # a paper's own verbs of answering its mandate (E200): "The present note follows up on
    # resolution 11/2", "(X), which gives effect to decision 4/2", "implements (discharges, meets,
    # addresses, carries out) the request in" (the object a request or mandate: "addresses
    # resolution 11/2" tells of a topic), "The present note was requested by the Commission in" (the
    # passive right after the paper's noun; "The Secretary-General was requested in" is a request)
    r"\b[Ff]ollows\s+up(?:\s+on)?|\b[Gg]ives\s+effect\s+to|"
    r"\b(?:[Ii]mplements|[Dd]ischarges|[Mm]eets|[Aa]ddresses|[Cc]arries\s+out)(?=\s+the\s+(?:requests?|mandates?)\b)|"
    r"(?:(?<=note\s)|(?<=report\s)|(?<=paper\s)|(?<=study\s)|(?<=document\s))(?:is|was|has\s+been)\s+(?:also\s+)?"
    r"(?:requested|mandated|called\s+for)\s+(?:by|in)|"
    r"(?<=,\s)(?:requested|mandated|called\s+for)\s+(?:by|in)|"
    # "the report of the Secretary-General (A/79/401) requested in resolution 77/12": the participle
    # right after the paper's bracketed symbol (a symbol ends on a figure, E227)
    r"(?<=\d\)\s)(?:requested|mandated|called\s+for)\s+(?:by|in)|"
    # "The final report requested in Resolution 7/2031 is before the Conference as document X",
    # "the study called for by decision 4/2 (X)", "The report requested in resolution 78/123
    # (A/79/500) is before the Assembly": the paper named by its kind, then the participle
    # ("provides the information requested in resolution 77/12": what it gives, the participle after)
    r"\b(?:report|note|study|review|assessment|evaluation|analysis|plan|strategy|proposals?|update|paper|information)s?\s+"
    # ("the report of the Secretary-General called for in resolution 77/12 (X)": its author between, E227)
    rf"(?:(?:of|by)\s+(?:the\s+)?{CAPITALISED_NAME}\s+)?"
    r"(?:(?:also|specifically|first|originally)\s+)?(?:requested|called\s+for|mandated)\s+(?:by|in|under))\s+"
    # "Conference", "its", "paragraph 3 of", "the relevant provisions of": a few words, no clause break
    # ("article 10 (3) of the Optional Protocol and with decision": a treaty's article, then the instrument)
    r"(?:(?:[\w./()–-]+\s+){0,8}|(?:[\w./()–-]+\s+){1,7}and\s+with\s+"
    # "paragraph 15 (b) of General Assembly resolution 60/180 and paragraph 15 (b) of": the second
    # of two instruments, each with its paragraph
    # ("resolution 77/12, as well as resolution 78/5", "resolution 77/12, and decision 78/501": a
    # comma and "as well as" between the two, E178)
    # ("paragraph 15 of the annex to Human Rights Council resolution 5/1 and paragraph 5 of the annex
    # to Council resolution 16/21": the first one's paragraph of its annex, and the issuer's name, before
    # the number or after it, "resolution 3/2 of the Council on Tidal Affairs and paragraph 2 of ...")
    # ("paragraph 6 of decision FCTC/COP12(7) and paragraph 8 of": a number whose own bracket
    # closes it, E196)
    # ("General Assembly resolutions 91/205, 92/187 and 92/188 and Economic and Social Council
    # resolution 2037/9": the first a list of one body's instruments, its numbers joined, E260)
    r"|(?:[\w./()–-]+\s+){1,12}?(?:resolution|decision)s?\s+[\w./–-]+(?:(?:,|,?\s+and)\s+\d[\w./–-]*)*(?:\(\d{1,3}\)|\s+\(\d{4}\))?"
    r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|on|for|the))*)?,?\s+(?:and|as\s+well\s+as)\s+(?:[\w./()–-]+\s+){0,8}"
    # "article 21 of the Convention and paragraph 40 of General Assembly", "rule 12 of the rules of
    # procedure and": a treaty's article or a rule first, then the instrument (E193)
    r"|(?:articles?|rules?)\s+\d{1,3}(?:\s*\(\d{1,2}\))?\s+of\s+the\s+[^,;.:()]{2,60}?\s+and\s+(?:with\s+)?"
    r"(?:(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?\s+of\s+)?(?:[\w./()–-]+\s+){0,4}"
    # "the request made by the Commission in paragraph 6 of its", "the mandate contained in"
    # ("the Assembly's request, in resolution 77/12, that …": the requester in the possessive, E197)
    rf"|the\s+(?:{_POSSESSIVE_NAME}\s+)?(?:requests?|mandates?|invitation)\b[^;:.]{{0,120}}?\s+"
    # "section B, paragraph 4, of General Assembly": the part of the instrument set off by commas
    r"|(?:section|part|chapter)\s+[A-Z0-9]{1,4},\s+paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?,\s+of\s+(?:[\w./()–-]+\s+){0,6}"
    # "paragraph 15 (a) of the annex to Human Rights Council": a paragraph of the instrument's
    # annex, the issuer's name after it (E121)
    r"|(?:paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?\s+of\s+)?the\s+annex\s+to\s+(?:[\w./()–-]+\s+){0,6}"
    # or a text the instrument annexes: "paragraph 44 of the terms of reference of the Mechanism,
    # annexed to resolution 3/1", "the terms of reference set out (reproduced) in the annex to"
    r"|(?:(?:paragraphs?|sections?|articles?|part)\s+\S+\s+(?:and\s+\S+\s+)?of\s+)?the\s+[^,;.:]{3,80}?,?\s+"
    # (the issuer's name before the keyword: "annexed to General Assembly resolution 61/275")
    rf"(?:annexed|(?:contained|set\s+out|reproduced|included)\s+in\s+the\s+annex)\s+to\s+(?:its\s+|the\s+)?(?:{CAPITALISED_NAME}\s+)?)$"
)


# "In line with the mandate contained in resolution 11/2, the present report reviews ...": a
# sentence that opens with the mandate and goes on with the document as its subject.
_OPENS_WITH_MANDATE = re.compile(
    r"^(?:[Uu]nder\s+the\s+mandates?\b|[Ii]n\s+accordance\s+with|[Pp]ursuant\s+to|[Ii]n\s+line\s+with|[Aa]s\s+requested\s+(?:by|in)|"
    r"[Aa]s\s+mandated\s+by|[Ii]n\s+response\s+to|[Ii]n\s+compliance\s+with|[Ii]n\s+fulfilment\s+of|[Ii]n\s+pursuance\s+of|"
    # ("Further to resolution 77/12, the present report …", "In conformity (keeping) with", "In
    # implementation of": the synonyms `_UNDER_MANDATE` reads inside a sentence, E192)
    r"[Ff]urther\s+to|[Ii]n\s+(?:conformity|keeping)\s+with|[Ii]n\s+implementation\s+of)\b"
)
# "The present report, as mandated by resolution 11/2, reviews ...": the mandate set off by
# commas right after the document being read, its subject
_APPOSITIVE_MANDATE = re.compile(
    r"^(?:The|This)\s+(?:present\s+)?(?:note|report|document|paper)\s*,\s*(?:which\s+is\s+|which\s+has\s+been\s+"
    # "The present report, which I submit pursuant to resolution 77/12, covers ...", "which the
    # Secretary-General has the honour to transmit in accordance with", "which the secretariat
    # prepared in response to": the document's issue told by its writer in a relative clause (E212)
    r"|which\s+(?:I|we|the\s+secretariat|the\s+Secretariat|the\s+(?:[A-Z][\w-]*\s+){1,4})\s*(?:have\s+|has\s+|had\s+)?"
    r"(?:the\s+honour\s+to\s+)?(?:submit|present|prepare|issue|transmit)(?:s|ted|ed|d)?\s+)?"
    r"(?:as\s+mandated\s+by|as\s+requested\s+(?:by|in)|as\s+called\s+for\s+(?:by|in)|pursuant\s+to|in\s+accordance\s+with|"
    r"in\s+response\s+to|in\s+line\s+with|in\s+pursuance\s+of|in\s+compliance\s+with|in\s+fulfilment\s+of|"
    # "The present report, requested in resolution 78/123, covers ...": the participle alone
    r"requested\s+(?:by|in)|mandated\s+by|called\s+for\s+(?:by|in))\s"
)
# "The present report responds to the request in paragraph 14 of resolution 85/270", "This note
# responds to the requests contained in decision 7/2": the document being read answering a
# mandate (an annex is left: the symbol it stands under is seldom its own)
# "The note also responds to paragraph 9 of General Assembly resolution 85/172", "This report
# responds to Council decision 12/4": the paragraph or the instrument itself (E106)
# "OIOS conducted the evaluation pursuant to its mandate under General Assembly resolutions 48/218 B
# and 54/244", "The Inspectors undertook the present review in accordance with": the work the report
# gives account of, told bare ("the evaluation", no "of …" naming another), under its mandate (E241)
_CONDUCTED_ITSELF = re.compile(
    r"^(?:[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}|The\s+(?:[A-Z][\w-]*\s+){0,5}(?:[Ii]nspectors?|[Tt]eam|[Uu]nit|[Oo]ffice|[Bb]oard|[Pp]anel))\s+"
    r"(?:conducted|undertook|carried\s+out|performed)\s+(?:the|this)\s+(?:present\s+)?(?:evaluation|review|audit|inspection|assessment|study)\s+"
    r"(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|under)\s"
)
_RESPONDS_ITSELF = re.compile(
    r"^(?:The|This)\s+(?:present\s+)?(?:note|report|document|paper|annex)\s+(?:also\s+)?"
    # ("is the Secretary-General's response to resolution 78/123", "fulfils the request contained in")
    r"(?:(?:responds|is\s+(?:also\s+)?(?:submitted|issued)\s+in\s+response"
    r"|is\s+(?:also\s+)?(?:the\s+|a\s+)?(?:[A-Z][\w.-]*(?:[-\s][A-Z][\w.-]*)*['’]s\s+)?response)\s+to\s+|fulfil{1,2}s\s+"
    # "follows up on resolution 11/2", "gives effect to", "answers (implements, discharges, meets,
    # addresses, carries out) the request in", "fulfils the mandate given in" (E200)
    r"|follows\s+up\s+(?:on\s+)?|gives\s+effect\s+to\s+"
    r"|(?:answers|implements|discharges|meets|addresses|carries\s+out)\s+(?=the\s+(?:requests?|mandates?)\b)"
    # "The present note was requested by the Commission in resolution 11/2", "is mandated by" (E200)
    r"|(?:is|was|has\s+been)\s+(?:also\s+)?(?:requested|mandated|called\s+for)\s+"
    r"(?:by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}(?=in\s)|(?=in\s|by\s))"
    # "The present report provides the information requested by the Assembly in its resolution
    # 77/12", "contains the information called for in": what it gives is what was asked
    r"|(?:provides|contains|presents|gives|includes)\s+(?:the\s+)?information\s+(?:requested|called\s+for|sought)\s+"
    r"(?:by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}(?=in\s)|(?=in\s)))"
    # ("responds to the Assembly's request, in resolution 77/12, that": the requester in the
    # possessive, the instrument set off, E197)
    rf"(?:(?:the\s+(?:{_POSSESSIVE_NAME}\s+)?)?(?:requests?|mandates?)\s*,?\s+(?:in|of|made\s+in|contained\s+in|set\s+out\s+in|given\s+(?:to\s+\w+\s+)?(?:in|by)"
    r"|conferred\s+(?:(?:on|upon)\s+(?:the\s+|it\s+|him\s+|her\s+|them\s+)?(?:[\w-]+\s+)?)?(?:in|by)|entrusted\s+(?:to\s+(?:the\s+)?(?:[\w-]+\s+)?)?(?:in|by))\s"
    r"|by\s+(?:its\s+)?(?=(?:(?:the\s+)?[A-Z][\w-]*\s+){0,4}(?:resolution|decision)\s)"
    r"|(?:in\s+(?:its\s+)?)?(?:(?:operative\s+)?paragraphs?\s+\d|(?:(?:the\s+)?[A-Z][\w-]*\s+){0,4}(?:resolution|decision)\s+(?=\S*\d)))"
)
# ", I have the honour to", ", we have the honor to", ", the Secretary-General has the honour to"
_THEN_COVER_FORMULA = re.compile(r",\s+(?:I|[Ww]e|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+ha(?:ve|s)\s+the\s+honou?r\s+to\s+[a-z]")
# how far into the sentence the cover formula may come after the mandate that opens it
_COVER_FORMULA_REACH = 240
_THEN_ITSELF = re.compile(r",\s+(?:the|this)\s+(?:present\s+)?(?:[Nn]ote|[Rr]eport|[Dd]ocument|[Pp]aper)\b(?!\s+(?:on|of|by)\b)")
# "the Secretariat has prepared the present note", "the Secretariat hereby transmits": the
# writer naming the act of writing the document being read ("The Secretary-General, ... in
# accordance with paragraph 4 of General Assembly resolution 88/231, hereby promulgates the
# following:": a bulletin's or an administrative instruction's formula, E205)
_WRITES_ITSELF = re.compile(
    r"\b(?:prepared|submit|submits|submitted|transmit|transmits|present|presents|issued)\s+(?:(?:the|this)\s+present|this)\s+"
    r"(?:[Nn]ote|[Rr]eport|[Dd]ocument|[Pp]aper)\b|\bhereby\s+(?:submits|transmits|presents|promulgates)\b"
)
# Every match of `_WRITES_ITSELF` holds one of its verbs' stems or "hereby" as written (the
# pattern is case-sensitive): a sentence holding none is done with substring tests, not a
# search tried from every position (tests/extract/test_gates.py keeps the two together).
WRITES_ITSELF_WORDS = ("prepared", "submit", "transmit", "present", "issued", "hereby")
# searched from those words (`literal_starts`): the pattern opens with \b, tried at every word
_WRITES_ITSELF_STARTS = LiteralStarts(_WRITES_ITSELF)


# "Resolution 11/2 requested the Secretariat to prepare the present note", "In its resolution
# 78/12, the Assembly asked the Secretary-General to submit to it at its seventy-ninth session the
# present report": a request whose infinitive's object is the document being read, the instrument
# that made it its mandate (E200) ("requested the Secretariat to prepare a note" asks for a paper,
# not this one: no "a"/"an" between the infinitive and "the present")
_ASKS_FOR_ITSELF = re.compile(
    r"\b(?:requested|asked|mandated|invited|called\s+upon|instructed|tasked|directed|entrusted)\s+"
    r"[^,;.()]{0,80}?\bto\s+(?:(?:also|further)\s+)?"
    r"(?:prepare|submit|present|issue|produce|draw\s+up|compile|transmit|provide)\s+"
    r"(?:(?!\ban?\s)[^,;.()]){0,60}?\b(?:(?:the|this)\s+present|this)\s+(?:note|report|document|paper|study)\b"
)
# the participles and verbs of a preamble or a narrative that name an instrument only in passing
_RECALLED_BEFORE = re.compile(r"\b(?:[Rr]ecalling|recalled|[Nn]oting|noted|[Ww]elcoming|welcomed|[Rr]eaffirming|reaffirmed)\b[^,;]{0,40}$")


def asks_for_itself(text: str) -> int | None:
    """Where the request for the document being read starts ("requested the Secretariat to
    prepare the present note"), or None; the instruments named before it made the request."""
    if " to " not in text or "present" not in text and "this" not in text:
        return None
    found = _ASKS_FOR_ITSELF.search(text)
    return found.start() if found is not None else None


def recalled_in_passing(text: str, mention_start: int) -> bool:
    """Whether the instrument starting at ``mention_start`` is named after "recalling", "noting"
    in its clause: named in passing, not the one that speaks."""
    return _RECALLED_BEFORE.search(text, max(0, mention_start - 60), mention_start) is not None


def mandate_of_itself(text: str) -> bool:
    """A sentence that gives the document being read its mandate without opening with it as
    its subject: "As requested in paragraph 5 of resolution 11/2, the Secretariat has prepared
    the present note", "In line with ... resolution 11/2, the present report reviews ...",
    "Pursuant to ... resolution 11/2, the Secretariat hereby transmits ...", "The present report,
    as mandated by resolution 11/2, reviews ..."."""
    if text[:1] in "PSIC" and _PARTICIPLE_ABOUT_ITSELF.match(text) is not None or is_mandate_field(text):
        return True  # "Prepared pursuant to decision 2028/4.": a note under the document's title (E126)
    writes_itself = any(word in text for word in WRITES_ITSELF_WORDS) and _WRITES_ITSELF_STARTS.search(text) is not None
    if writes_itself or _APPOSITIVE_MANDATE.match(text) or _RESPONDS_ITSELF.match(text):
        return True
    if "the " in text and _CONDUCTED_ITSELF.search(text) is not None:
        return True
    if not _OPENS_WITH_MANDATE.match(text):
        return False
    comma = text.find(",")
    if comma > 0 and _RELATIVE_AFTER.match(text, comma) is not None:
        # "Pursuant to resolution 11/2, in which the Commission requested ... at its twelfth session,
        # the present note is submitted": a relative clause on the instrument, then the document
        # (E192); the clause ends at the last comma before the main clause's subject
        return _after_relative_clause(text, comma) is not None
    return comma > 0 and (
        _THEN_ITSELF.match(text, comma) is not None
        # "In accordance with paragraph 20 of Security Council resolution 3012 (2033), I have the
        # honour to inform you that ...": the letter's cover formula after its mandate (E189)
        or (formula := _THEN_COVER_FORMULA.search(text, comma, _COVER_FORMULA_REACH)) is not None and ";" not in text[: formula.start()]
    )


# the main clause after the opening mandate's relative clause: no ";" or full stop before it
_CLAUSE_STOPS = re.compile(r";|\.\s")


def _after_relative_clause(text: str, comma: int) -> re.Match[str] | None:
    """The document being read named as the main clause's subject after a relative clause that
    opens at ``comma`` ("…, by which the Commission requested a report, the present note …")."""
    stop = _CLAUSE_STOPS.search(text, comma)
    return _THEN_ITSELF.search(text, comma + 1, stop.start() if stop is not None else len(text))


# "complements the previous report submitted pursuant to resolution 76/3", "since my last report
# (S/2031/201), which was submitted pursuant to …": the mandate told on an earlier paper of the
# series, by a participle right after it, is that paper's, not the one being read's (E178)
_EARLIER_PAPERS_PARTICIPLE = re.compile(
    r"\b(?:previous|preceding|prior|last|earlier|former|latest|most\s+recent|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:(?:annual|progress|interim|periodic|special)\s+)?(?:reports?|notes?|updates?)\b(?:\s*\([^()]{2,40}\))?\s*,?\s*"
    r"(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:submitted|prepared|issued|presented)\s+"
    r"(?:[\w./()–-]+\s+){1,8}$"
)


def mandate_of_an_earlier_paper(text: str, keyword_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` is the mandate an earlier
    paper of the series was submitted under ("the previous report submitted pursuant to …")."""
    before = text[max(0, keyword_start - 200) : keyword_start]
    return ("submitted" in before or "prepared" in before or "issued" in before or "presented" in before) and (
        _EARLIER_PAPERS_PARTICIPLE.search(before) is not None
    )


# "The present report provides an update on …, as called for in paragraph 15 of resolution 77/12":
# the request set off by a comma after the clause, what the subject does answering it (E178)
_ASKED_FOR_AT_THE_END = re.compile(r",\s+as\s+(?:requested|called\s+for|mandated|required)\s+(?:by|in|under)\s[^;]*$")


def asked_for_at_the_end(text: str, start: int) -> bool:
    """Whether the clause from ``start`` ends on an "as requested in …" set off by a comma."""
    return "as " in text and _ASKED_FOR_AT_THE_END.search(text, start) is not None


# "held in Santiago ..., as agreed in decision III/1", "as decided by the Assembly in its decision
# 9/3": the instrument settled when and where the meeting sits, no mandate for its work
_SCHEDULED_BY = re.compile(r"\b[Aa]s\s+(?:decided|agreed(?:\s+(?:up)?on)?)\s+(?:by|in)\s+(?:[\w./()–-]+\s+){0,8}$")


def scheduled_by(text: str, keyword_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` is named as what settled the
    meeting's holding ("as agreed in decision III/1"): a mandate of the meeting, not of its report."""
    return _SCHEDULED_BY.search(text[max(0, keyword_start - 150) : keyword_start]) is not None


# "By decision 7/1, adopted on 28 April 2031, the Committee will hold its eighth session in Nairobi",
# "By its resolution 12/3, the Commission decided to hold its next session ...": the instrument opening
# the sentence fixed the holding of the session its subject holds (E145)
_BY_OPENS = re.compile(r"^(?:By|Under)\s+(?:its\s+|the\s+same\s+)?(?:[A-Z][\w-]*\s+){0,4}$")
_THEN_HOLDS_ITS = re.compile(
    # ("By decision 162/3, the Committee decided to hold its 163rd session": the decision's own
    # act, told, and no mandate the session is held under: u106, u98)
    r"[^;]{0,120}?,\s+(?:the\s+)?[A-Z][^,;]{0,80}?\s+(?:(?:will|would|shall|is\s+to)\s+(?:hold|convene)|held|convened)\s+(?:its\s+)?$"
)


def holding_by_instrument(text: str, keyword_start: int, gathering_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` opens the sentence ("By
    decision 7/1, ...") whose subject then holds the gathering named at ``gathering_start``."""
    if not text.startswith(("By ", "Under ")) or _BY_OPENS.match(text, 0, keyword_start) is None:
        return False
    return _THEN_HOLDS_ITS.match(text, keyword_start, gathering_start) is not None


# "decided to allocate the items in accordance with section IV by its decision 87/502": "by its"
# after the phrase's object names the instrument that did the act, not the mandate it was done
# under ("in accordance with the procedure established (set out) by its decision 4/2" is one, E169)
_BY_ITS_OWN_ACT = re.compile(r"\b(?!\w+ed\b|made\b|set\b|out\b|down\b|taken\b|given\b|laid\b)\w+\s+by\s+(?:its|their)\s+$")


def under_mandate(text: str, keyword_start: int) -> bool:
    """Whether the instrument whose keyword (or list) starts at ``keyword_start`` is named as
    the mandate of what the clause speaks of: "in accordance with [paragraph 3 of] resolution"."""
    before = text[max(0, keyword_start - 150) : keyword_start]
    return (
        bool(_UNDER_MANDATE.search(before)) and _BY_ITS_OWN_ACT.search(before) is None or _under_joined_mandate(text, keyword_start)
        or (" under " in before and _SUBMITTED_UNDER.search(before) is not None)
    )


# "the report of the Secretary-General on the consultation conducted pursuant to Decision 658 (C34)
# (Document C36/48)": a paper on work done under the mandate, its symbol closing the mandate: the
# work's mandate is the paper's, as "prepared pursuant to" gives it (E219). The paper's noun, "on"
# (or "of") and the work, then a participle of doing it right before the mandate's words, all in one
# clause (no ";", no bracket: no other paper's symbol between)
_WORK_DONE_UNDER = re.compile(
    r"\b(?:report|note|study|paper|update|summary|account)\b[^;()]{0,140}?\s(?:on|of|about)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"[^;()]{1,120}?\s(?:conducted|undertaken|carried\s+out|held|organi[sz]ed|convened|made|performed|launched)"
    r"\s+(?:\w+ly\s+)?$"
)


def work_done_under(text: str, keyword_start: int) -> bool:
    """Whether the mandate whose instrument's keyword starts at ``keyword_start`` governs work a
    paper named before it reports on (`_WORK_DONE_UNDER`)."""
    before = text[max(0, keyword_start - 320) : keyword_start]
    words = list(_UNDER_MANDATE.finditer(before))
    return bool(words) and _WORK_DONE_UNDER.search(before, 0, words[-1].start()) is not None


# "This report is presented to the Meeting of the Parties at its eleventh session under decision X/1",
# "The note was prepared under paragraph 3 of decision 2/4": "under" after a document's passive verb
# of its making or sending is its mandate ("under" alone is not: "the Working Group established
# under resolution 12/1" tells the body's origin) (E166)
_SUBMITTED_UNDER = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:submitted|presented|prepared|issued|transmitted)\b"
    r"[^.;()]{0,100}?\s+under\s+(?:(?:sub)?paragraphs?\s+[\w()]+\s+of\s+)?(?:its\s+|the\s+|their\s+)?(?:[A-Z][\w-]*\s+){0,5}"
    r"(?:(?:decision|resolution)\s+)?$"
)


# "in accordance with resolution 913 (X), by which the Assembly established the Committee, and with
# paragraph 12 of Assembly resolution 85/91": a second mandate joined by "and with" after the first
# one's relative clause (E105)
# ("in accordance with rule 153 of the rules of procedure and with the procedures set out in General
# Assembly resolution 41/213": a second mandate joined without a comma, the procedures an
# instrument sets out standing for it, E146)
_AND_WITH_BEFORE = re.compile(
    r",?\s+and\s+with\s+(?:(?:sub)?paragraphs?\s+[\w()]+\s+of\s+"
    r"|the\s+(?:procedures?|provisions?|arrangements?|rules?|guidelines?|modalities)\s+(?:set\s+out|laid\s+down|established|contained|provided\s+for)\s+in\s+)?"
    r"(?:[\w./()–-]+\s+){0,4}$"
)
_WITH_OPENS_MANDATE = re.compile(r"\b[Ii]n\s+(?:accordance|conformity|compliance|line)\s+with\s")


def _under_joined_mandate(text: str, keyword_start: int) -> bool:
    if " and with " not in text[max(0, keyword_start - 80) : keyword_start]:
        return False
    joined = _AND_WITH_BEFORE.search(text, max(0, keyword_start - 80), keyword_start)
    if joined is None:
        return False
    opened = list(_WITH_OPENS_MANDATE.finditer(text, max(0, joined.start() - 300), joined.start()))
    return bool(opened) and not re.search(r";|\.\s", text[opened[-1].end() : joined.start()])


# A meeting held under a mandate is said to be held ("held", "to be held", "convened", "met").
# "In accordance with decision 2002/206, the Commission will ... open its thirty-fifth session": a
# session opened under a mandate is held under it.
# "In accordance with Council decision 2002/206, the Commission opened its thirty-ninth session
# immediately after the closure of the thirty-eighth", "will convene its fourteenth session pursuant
# to ...": a body opening or convening its session holds it (E247)
_HELD_WORDS = re.compile(r"\b(?:held|hold|holding|convened|convene|convenes|took\s+place|take\s+place|met|meet|open|opens|opened)\b")
# "to convene its first meeting in Nairobi": the meeting convened is held there
# "shall meet for the first time in Bonn": the mention is "for the first time"
# "the offer of the Government of Barbados to host the forty-third session ... in Bridgetown": a
# host holds the session where the sentence says
# ("met for its ninth session in Bangkok", "convened for its": the session a body meets for, E208)
# ("to convene the group's first session in New York": the body named in the possessive, E262)
_HELD_BEFORE = re.compile(
    r"\b(?:held|hold|holds|convened|convene|convenes|meet|meets|open|opens|opened|host|hosts|hosted|hosting)\s+"
    r"(?:(?:its|their|the)\s+|the\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s)\s+)?$"
    r"|\b(?:met|meet|meets|convened|convene|convenes|reconvened|assembled|gathered)\s+(?P<met_for>for)\s+(?:(?:its|their)\s+)?$"
)
_HELD_AFTER = re.compile(
    r"\s*,?\s*(?:(?:was|were|is|are|(?:will|would|shall|should)\s+be|to\s+be|had\s+been|has\s+been)\s+)?"
    r"(?:(?:scheduled|expected|planned)\s+to\s+be\s+)?(?:held|convened)\b"
)


def says_held(text: str) -> bool:
    return bool(_HELD_WORDS.search(text))


# "Thailand offered to host the ninth session of the Committee ... in Bangkok", "has offered to host",
# "The Committee may wish to hold its ninth session in Bangkok", "is invited to hold", "could host": an
# offer, a wish or a suggestion is no session held or settled (E204, as E197's town that "offered to
# host"). The verb that settles it stands: "decided to hold", "agreed to convene", "accepted the offer
# of Thailand to host" (the noun "offer", its acceptance before it).
_ONLY_OFFERED = re.compile(
    r"\b(?:(?:offer(?:s|ed|ing)|wish(?:es|ed|ing)?|propos(?:es|ed|ing)|would\s+like)\s+to"
    r"|(?:is|are|was|were|be|been)\s+(?:invited|willing|ready|prepared)\s+to|could|might|may)\s+(?:also\s+)?$"
)


# "to host COP 21, CMO 12 and ": the verb, then the items of a list of gatherings before the one read
# (no other clause between: "offers to host it, and that the fifth session ... would" is no list)
_HOST_THEN_LIST = re.compile(
    r"\b(?:host|hold)\s+(?:(?:its|their|the)\s+)?"
    r"(?:(?!\b(?:it|them|that|which|unless|would|will|shall|should|was|were|is|are|be)\b)[^.;:()]){0,100}$"
)


def only_offered_before(text: str, start: int) -> bool:
    """Whether the gathering at ``start`` (or the list it ends) is what a town or a body only offered,
    wished or proposed to host or hold ("Kenya offered to host COP 21, CMO 12 and CMG 10, to be held
    in Nairobi from ...": no session held, E204's rule for the clause after the list, E211)."""
    window = max(0, start - 140)
    verb = _HOST_THEN_LIST.search(text, window, start)
    return verb is not None and _ONLY_OFFERED.search(text[max(0, verb.start() - 40) : verb.start()]) is not None


# "The Commission considered whether the Working Group should hold its fourth meeting in Bangkok", "asked
# if the Committee could meet in Suva": a question put, no gathering held or settled there (E251); not
# once a clause settles it after the question ("…, and decided that it shall hold …")
_ASKED_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:(?!\b(?:decided|decides|agreed|agrees|that)\b)[^.;:]){0,160}$")


def asked_whether_before(text: str, start: int) -> bool:
    """Whether the gathering at ``start`` is inside a question the sentence puts ("considered whether
    X should hold its fourth meeting in Bangkok"): where and when it is held is not told."""
    return ("whether" in text or " if " in text) and _ASKED_WHETHER.search(text, max(0, start - 170), start) is not None


# the verb right before a gathering it is about: "host the ", "convene for its ", "meet for its "
_VERB_BEFORE_GATHERING = re.compile(r"\b[a-z]+\s+(?:for\s+)?(?:(?:its|their|the)\s+)?$")


def only_offered(text: str, start: int) -> bool:
    """Whether the gathering named at ``start`` is what an offer, a wish or a proposal is about
    ("offered to host the ninth session", "may wish to convene for its ninth session", E204)."""
    verb = _VERB_BEFORE_GATHERING.search(text, max(0, start - 40), start)
    return verb is not None and offered_before(text, verb.start())


def offered_before(text: str, verb_start: int) -> bool:
    """Whether the verb of holding or meeting at ``verb_start`` is only offered, wished or proposed
    ("is invited to meet at Bonn for its", "could host")."""
    return _ONLY_OFFERED.search(text, max(0, verb_start - 40), verb_start) is not None


# "It was proposed that the Committee hold its ninth session in Bangkok", "recommended that the Board
# convene its": the bare verb of a proposal's "that" clause settles nothing (E204's proposals, E208)
_PROPOSED_THAT = re.compile(r"\b(?:propos|suggest|recommend)(?:ed|es|s|ing|als?|ions?|ations?)?\s+that\s+[^;:.]{0,100}$")
_BARE_HOLDING = re.compile(r"(?:hold|convene|meet|host|open)\b")


def held_here(text: str, start: int, end: int) -> bool:
    """Whether the meeting named at ``text[start:end]`` is the one the sentence says is held:
    "the Group held its seventeenth session", "the seventeenth session was held"."""
    before = max(0, start - 40)
    verb = _HELD_BEFORE.search(text[before:start])
    if verb is not None and verb["met_for"] and not text.startswith(("its ", "their "), start) and not verb.group(0).endswith(("its ", "their ")):
        verb = None  # "The Bureau met for the ninth session of the Committee": not the Committee meeting
    if verb is not None and _BARE_HOLDING.match(verb.group(0)) and _PROPOSED_THAT.search(text, max(0, before + verb.start() - 120), before + verb.start()):
        verb = None
    if verb is not None and _ONLY_OFFERED.search(text[max(0, before + verb.start() - 40) : before + verb.start()]) is None:
        return True
    return bool(_HELD_AFTER.match(text, end))


# "The session was held in accordance with Economic and Social Council decision 2029/208", "The
# meeting was convened pursuant to decision VIII/7", "This session is organized under resolution
# 12/3": the gathering the document is of (a session report's, a meeting report's), named by its
# kind alone, was held under the instruments named after the phrase.
# "The four-day session, held at Headquarters in New York from 22 to 25 April 2032, was convened
# pursuant to Council decision 2031/242": its length before, where and when set off between (E155)
# "The reconvened session was convened pursuant to Council decision 2033/245": the session the report
# is of, its part resumed (or reconvened) named so (E185)
# "It was convened by the Secretary-General in accordance with article 319 ... and paragraph 49 of
# General Assembly resolution 89/66" right after "The forty-fifth Meeting of States Parties ... was
# held ...": "It" for the gathering the sentence before said was held, the convener set off by "by"
# before the mandate (E235; `the_gathering_held_under` gives the word "it")
_THE_GATHERING_HELD_UNDER = re.compile(
    r"^(?:(?:The|This)\s+(?:present\s+|current\s+|resumed\s+|reconvened\s+)?(?:(?:[a-z]+|\d{1,2})-(?:day|week)\s+)?(?P<word>[Ss]ession|[Mm]eeting)"
    r"(?:\s*,\s+(?:held|which\s+(?:was|is)\s+held|meeting|convened)\s[^,;()]{3,120},)?|(?P<it>It))\s+"
    r"(?:was|is|will\s+be|has\s+been|is\s+being|was\s+being)\s+"
    r"(?:held|convened|organized|organised)\s+(?:by\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.-]*){0,5}\s+)?(?:in\s+accordance\s+with|in\s+keeping\s+with|pursuant\s+to|under|as\s+(?:mandated|requested)\s+(?:by|in))\s"
)


# "In accordance with decision 7 (EC-80), the session will close on 19 June 2028", "Pursuant to
# resolution 12/3, the meeting will be convened ...": the mandate opens the sentence, the
# gathering named by its kind alone after the comma is held (opened, closed) under it.
_UNDER_THEN_THE_GATHERING = re.compile(
    r"^(?:In\s+accordance\s+with|In\s+keeping\s+with|Pursuant\s+to|In\s+pursuance\s+of|As\s+(?:mandated|decided)\s+(?:by|in))\s"
    r"(?P<mandate>[^;]{3,250}?),\s+the\s+(?:present\s+|current\s+|resumed\s+|reconvened\s+)?(?P<word>session|meeting)\s+"
    r"(?:(?:will|shall|would|is\s+to)\s+(?:be\s+(?:held|convened|opened|closed)|open|close|convene|take\s+place)|"
    r"(?:was|is\s+being|will\s+be)\s+(?:held|convened|opened|closed))\b"
)

# "Article 18 of the Convention and decision RC-14/3 of the Conference of the Parties, in
# accordance with which the meeting was held": the mandate first, the gathering held under it in
# a relative clause (a form's "Convened under" field, E127)
_MANDATE_UNDER_WHICH = re.compile(
    r"^(?P<mandate>[^;]{3,250}?),?\s+(?:in\s+accordance\s+with|in\s+keeping\s+with|pursuant\s+to|under)\s+which\s+the\s+(?:present\s+|current\s+)?"
    r"(?P<word>[Ss]ession|[Mm]eeting)\s+(?:was|is|will\s+be|has\s+been)\s+(?:held|convened|organized|organised)\b"
)


# "The Committee is convened in accordance with Commission resolution 87/4 ...", "The Board will
# be convened pursuant to decision 12/3": a body, not its gathering, said to be convened under a
# mandate; in a note for one of its sessions (`the_body_convened_under`), that session is.
# ("The Committee was established in accordance with ..." and "The Committee meets in accordance
# with ..." say nothing of one session: only "convened" does.)
_THE_BODY_CONVENED_UNDER = re.compile(
    r"^(?:The|This)\s+(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|the|to)\s+)*[A-Z][\w-]*){0,10})\s+"
    r"(?:is|was|will\s+be|has\s+been|is\s+being|is\s+to\s+be)\s+convened\s+"
    r"(?:in\s+accordance\s+with|pursuant\s+to|under|in\s+pursuance\s+of|as\s+(?:mandated|requested|decided)\s+(?:by|in))\s"
)
# where the mandate's words end: a relative clause or a second clause tells of something else
_MANDATE_CLAUSE_ENDS = re.compile(r";|,?\s+(?:by|in|under)\s+which\b|,?\s+whereby\b")


def the_body_convened_under(text: str) -> tuple[str, int, int] | None:
    """The name of a body a sentence says is convened under a mandate, and where the mandate's
    words start and end; None when it says no such thing."""
    m = _THE_BODY_CONVENED_UNDER.match(text)
    if m is None or m["name"].split()[-1].lower() in ("session", "meeting", "sessions", "meetings"):
        return None
    end = _MANDATE_CLAUSE_ENDS.search(text, m.end())
    return m["name"], m.end(), end.start() if end else len(text)


def the_gathering_held_under(text: str) -> tuple[str, int, int] | None:
    """The kind of gathering ("session", "meeting"; "it" for the pronoun standing for the gathering
    the sentence before said was held) a sentence says was held under a mandate without naming
    it, and where the mandate's words start and end; None when it says no such thing."""
    m = _THE_GATHERING_HELD_UNDER.match(text)
    if m:
        # "The Meeting was convened ...": a body meeting in Meetings capitalises its gathering's kind
        return (m["word"] or "it").lower(), m.end(), len(text)
    m = _UNDER_THEN_THE_GATHERING.match(text) or _MANDATE_UNDER_WHICH.match(text)
    return (m["word"].lower(), m.start("mandate"), m.end("mandate")) if m else None


# --------------------------------------------------------------------------- agendas

_DOCUMENTATION = re.compile(r"^\s*Documentation\b\s*:?\s*")


def is_documentation_heading(heading: str | None) -> bool:
    return heading is not None and _DOCUMENTATION.fullmatch(heading) is not None


def ends_with_documentation(text: str) -> bool:
    """A paragraph that ends with the heading "Documentation" a layout ran into it (a Word
    export without blank lines), or is that heading; or a short line that announces a list of
    the documents before a session ("Documents before the Meeting:", "Documents submitted to the
    Commission:"), which its colon kept from being read as a heading."""
    if text.strip(" :.") == "DOCUMENTATION":
        return True  # the heading in capitals, as a table's caption prints it
    if text.rstrip(" :.").endswith("Documentation") and (
        len(text) < 20 or text.rstrip(" :.")[:-len("Documentation")].rstrip()[-1:] in ".;:)"
    ):
        return True
    return len(text) < 120 and _LIST_HEADING.match(text.strip()) is not None


# "IV. Documentation for the segment", "3. Documentation for the session", "B. Documentation": a
# section of a note for a session headed by its documentation, a "Symbol | Title" table below (E149)
_DOCUMENTATION_SECTION = re.compile(
    r"^\s*(?:(?:[IVX]{1,5}|\d{1,2}|[A-H])\.\s+)?Documentation(?:\s+(?:for|of)\s+the\s+"
    r"(?:segment|session|item|meeting|dialogue|panels?|high-level\s+segment|special\s+session|debate))?\s*:?\s*$"
)


def documentation_section(heading: str | None) -> bool:
    """Whether ``heading`` heads a note's section that lists the documentation of the session or of
    a part of it ("IV. Documentation for the segment")."""
    return heading is not None and _DOCUMENTATION_SECTION.match(heading) is not None


# "Documents before the Meeting:", "List of documents before the Commission at its thirteenth
# session:", "Documents submitted to the Working Group" on a line of their own
# how such a list says the documents went to the session: "before", "submitted to", "made
# available to", and "issued for", "prepared for", "considered at", "considered by"
DOCUMENTS_WENT_TO = (
    r"(?:before|submitted\s+to|made\s+available\s+to|issued\s+for|prepared\s+for|considered\s+(?:at|by))"
)
# "Documents considered" alone (a record's list of them, the body's own record): before its meeting
# ("Main documents before the Committee", a form's label: the list's most important ones, E127)
_LIST_HEADING = re.compile(
    rf"^(?:List\s+of\s+)?(?:(?:[Mm]ain|[Pp]rincipal|[Kk]ey|[Oo]ther|[Aa]dditional|[Ss]upporting|[Bb]ackground)\s+)?[Dd]ocuments\s+(?:{DOCUMENTS_WENT_TO}\s+"
    r"(?:the|its)\s+[^.;]*?|considered)\s*:?$"
)


def heads_a_list_of_documents(text: str) -> bool:
    """"Documents before the Commission", "List of documents submitted to the Board", "DOCUMENTS
    CONSIDERED AT THE SESSION": a heading over the documents a session had, no document's own title
    (`document.read_masthead` ends the masthead there, E258)."""
    text = text.strip()
    return len(text) < 120 and (_LIST_HEADING.match(text) is not None or _LIST_OF_DOCUMENTS_BEFORE.match(text) is not None)


# "Documentation: E/CN.21/2032/5; E/CN.21/2032/6", "Documents: report of the Executive Secretary
# (X); note by the Secretariat (Y)": the label, its colon, then the entries on the same line
_DOCUMENTATION_RUN_IN = re.compile(r"^\s*(?:Documentation|Documents)\s*:\s*\S[^\n]*?[A-Z]{1,6}/")


def documentation_run_in(text: str) -> bool:
    """"Documentation: X; Y", or a list's heading that says where its documents went run into
    them ("Main documents before the Committee: X (...); Y; Z", a form's field, E127)."""
    if _DOCUMENTATION_RUN_IN.match(text) is not None:
        return True
    heading = _LIST_RUN_IN.match(text)
    return heading is not None and _RUN_IN_SYMBOL.match(text, heading.end()) is not None


# the first entry right after the colon: a symbol ("X/Y/1"), no title of a document
_RUN_IN_SYMBOL = re.compile(r"\s*[A-Z][A-Za-z.]*/")


def documentation_entry(text: str, heading: str | None) -> bool:
    """A listed document under an agenda item's "Documentation" (the heading may have been
    run into the first entry when a PDF line break was the only separator)."""
    return is_documentation_heading(heading) or bool(_DOCUMENTATION.match(text) or _LIST_RUN_IN.match(text)) or (
        heading is not None and _LIST_OF_DOCUMENTS_BEFORE.search(heading) is not None
    )


# A timetable's or an agenda's table: "| Date | Time | Meeting | Agenda item | Subject | Documents |".
# The documents column lists what is before the session the timetable is for, item by item.
_DOCUMENTS_COLUMN = re.compile(r"(?:Working\s+)?(?:Documents?|Documentation|Document\s+symbols?|Symbols?\s+of\s+documents)", re.IGNORECASE)
_ITEM_COLUMN = re.compile(r"(?:(?:Agenda\s+)?item(?:\s+No\.?)?|Agenda|Subject|Title\s+of\s+(?:the\s+)?item)", re.IGNORECASE)
# "Adoption of the report", "Adoption of the draft report of the session": the item whose document
# is the report of the session the agenda is for (not "Adoption of the report of the Committee")
ADOPTION_OF_THE_REPORT = re.compile(
    r"\s*(?:Consideration\s+and\s+)?[Aa]doption\s+of\s+the\s+(?:draft\s+)?(?:final\s+)?report(?:\s+(?:of|on)\s+(?:the|this)\s+(?:session|meeting))?\s*\.?\s*$"
)
# "REP31/CAC (draft)": the draft of the session's own report, distributed while it sits
DRAFT_AFTER = re.compile(r"\s*\(\s*draft\s*\)", re.IGNORECASE)


# A list's column headings printed as a line of their own above its rows ("Symbol Agenda item",
# "Symbol  Title", "Document symbol | Title | Agenda item"): the symbol's column, then others
_COLUMN_HEADINGS_LINE = re.compile(
    r"^[|\s]*(?:Document\s+)?[Ss]ymbols?(?:[|\s]+(?:Title|Agenda\s+item|Item|Subject|Languages?|Date|Status|Document))+[|\s]*$"
)


def column_headings_of_a_list(heading: str | None) -> bool:
    """Whether a heading line is the column headings of a list of documents ("Symbol Agenda
    item"): the list under it is still the one the heading above it named ("List of documents
    issued for the eighty-sixth session"), not a new section (E191)."""
    return heading is not None and _COLUMN_HEADINGS_LINE.match(heading) is not None


def documents_column(header: list[str]) -> int | None:
    """The documents column of a table's header row that also names agenda items or subjects
    (a timetable, an agenda laid out as a table); None for any other header."""
    names = [name.strip("*_ ") for name in header]
    if not any(_ITEM_COLUMN.fullmatch(name) for name in names):
        return None
    return next((i for i, name in enumerate(names) if _DOCUMENTS_COLUMN.fullmatch(name)), None)


# What follows a symbol on a masthead's or a running head's line ("E/CN.21/2032/4 Page 3",
# "A/80/123 General Assembly Distr.: General") is no document's title.
_NOT_A_TITLE = re.compile(
    r"\s*(?:Page\b|Distr\b|Original\b|General\s+Assembly\b|Security\s+Council\b|Economic\s+and\s+Social\b|\d+/\d+\b|\d+\s*$)"
)


def documentation_column_line(text: str, first_symbol_start: int, first_symbol_end: int) -> bool:
    """A line of a "Documentation" list a PDF's layout printed in two columns: the symbol alone,
    or with its title (or the title above run into it by a page break), not a running head."""
    return first_symbol_start > 0 or not _NOT_A_TITLE.match(text, first_symbol_end)


# "Documents before the Meeting: Report of ... (X) Note by ... (Y)": the list's heading run into
# its entries (single line breaks only)
_LIST_RUN_IN = re.compile(
    rf"^\s*(?:List\s+of\s+)?(?:(?:[Mm]ain|[Pp]rincipal|[Kk]ey|[Oo]ther|[Aa]dditional|[Ss]upporting|[Bb]ackground)\s+)?[Dd]ocuments\s+(?:{DOCUMENTS_WENT_TO}\s+(?:the|its)\s+[^.;:]{{2,80}}|considered\s*):"
)


# "List of documents before the Meeting of the Parties", "Documents submitted to the Commission at
# its twelfth session": an annex listing what the session had before it.
# ("DOCUMENTS CONSIDERED AT THE SESSION (decision 38/101)": a digest's section heading in capitals,
# which names no session by its ordinal: "… AT THE TWELFTH SESSION" is another's, whose ordinal the
# capitals hide from the gathering reader, so none is sent anywhere)
_LIST_OF_DOCUMENTS_BEFORE = re.compile(
    rf"\b(?:[Dd]ocuments\s+{DOCUMENTS_WENT_TO}"
    rf"|DOCUMENTS\s+(?i:{DOCUMENTS_WENT_TO})(?![^()]*?(?:\d|[A-Z]+(?:TH|ST|ND|RD))\s+(?:SESSION|MEETING)\b))\b"
)


# --------------------------------------------------------------------------- footnotes

# A footnote that only points at documents: "CTOC/COP/WG.6/2024/4, paras. 14–21.", "A/1 and
# B/2, respectively." (the symbols themselves are taken out before this is tried).
_BARE_CITATION = re.compile(
    r"^\s*(?:\d{1,3}\s+|\*{1,3}\s*)?"  # the note's number, where the layout kept it
    r"[\s,;]*(?:(?:and|See|see)[\s,]*)*"
    r"(?:(?:paras?|chaps?|sects?|annex|annexes|p|pp)\.?\s*[\w.–-]+(?:\s*(?:,|and|to)\s*[\w.–-]+)*[\s,;]*)*"
    r"(?:respectively)?[\s.]*$"
)
# Session documents that are not reports: conference room papers, drafts, information notes.
_NOT_A_REPORT = re.compile(r"/(?:CRP|L|INF|NGO|WP|RES|DEC|PRST)\b")
# The sentence a report's footnote hangs on speaks of what a meeting adopted or reported.
_OUTCOME = re.compile(r"\b(?:adopted|recommendations|conclusions|reports?)\b")


def bare_citation(text: str, symbol_spans: list[tuple[int, int]]) -> bool:
    """Whether a footnote is nothing but document symbols, with passages or "respectively"."""
    rest, last = [], 0
    for start, end in symbol_spans:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    remainder = " ".join(rest)
    if not symbol_spans or not _BARE_CITATION.match(remainder):
        return False
    return "respectively" in remainder or any(cites_a_passage(text, end) for _, end in symbol_spans)


# "1 Official Records of the Economic and Social Council, 2027, Supplement No. 11 (E/2027/31)."
# and "2 UNEP/CHW/OEWG.14/15.": a note that only gives a document (a session's report as the
# Official Records print it, or the symbol alone), with no passage of it. ("1 Document EB178/3.",
# "2 See document A/HRC/60/27.": the word before the symbol, as WHO's notes print it)
_ONLY_THE_DOCUMENT = re.compile(
    r"^\s*(?:\d{1,3}/?\s+|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}\s*|\[\d{1,3}\]\s*|\^\d{1,3}\s*|\*{1,3}\s*)?[\s,;]*(?:(?:See|see)\s+(?:the\s+)?)?"
    r"(?:(?:[Dd]ocument|[Dd]oc\.)\s+)?"
    r"(?:Official\s+Records\s+of\s+the\s+[A-Z][^()]{3,120}?,\s+Supplement\s+No\.\s*\d{1,3}[A-Z]?(?:\s*\([^()]*\))?\s*[\s(]*)?"
    r"[\s().;,]*$"
)


def only_the_document(text: str, symbol_spans: list[tuple[int, int]]) -> bool:
    """Whether a footnote gives one document and nothing else: its symbol alone, or the Official
    Records' supplement that prints it ("Official Records of ..., Supplement No. 11 (X)")."""
    if len(symbol_spans) != 1:
        return False
    start, end = symbol_spans[0]
    return _ONLY_THE_DOCUMENT.match(text[:start] + " " + text[end:]) is not None


def may_be_report(symbol: str) -> bool:
    return not _NOT_A_REPORT.search(symbol)


def speaks_of_outcome(text: str) -> bool:
    return bool(_OUTCOME.search(text))


# --------------------------------------------------------------------------- documents told by description

# "The annotated provisional agenda was prepared pursuant to paragraph 14 of resolution 85/98",
# "the report of the Rapporteur for follow-up ..., prepared pursuant to decision 2 (117)", "The
# report of the Secretary-General on the subject is submitted pursuant to Council resolution
# 2030/21": a document named by what it is, not by its symbol, under a mandate; the list of
# documents of the same part of the text gives its symbol (`describes`).
_DESCRIBED_UNDER_MANDATE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?!present\b|same\b|said\b)(?P<desc>(?:[\w'’-]+\s+){0,3}?(?P<head>report|note|agenda|study|review|compilation|plan)\b"
    r"(?P<rest>[^;:()\[\]]{0,240}?))\s*,?\s+(?:(?:which\s+)?(?:was|is|has\s+been|had\s+been|will\s+be|is\s+being)\s+)?"
    r"(?:prepared|submitted|issued|presented)\s+(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|"
    r"as\s+requested\s+(?:by|in)|as\s+mandated\s+by)\s"
)
_DESCRIPTION_STOP_WORDS = frozenset(
    "the of on for to and in at by with a an its their this that subject item matters related".split()
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_DOCUMENT_KINDS = frozenset(("report", "note", "agenda", "study", "review", "compilation", "plan"))


@dataclass(frozen=True)
class DescribedDocument:
    """A document a sentence names by description under a mandate: the description ("report
    of the Rapporteur for follow-up ..."), where it starts, and where the mandate's words end."""

    description: str
    start: int
    mandate_at: int


def described_under_mandate(text: str) -> list[DescribedDocument]:
    return [DescribedDocument(m["desc"], m.start(), m.end()) for m in _DESCRIBED_UNDER_MANDATE.finditer(text)]


# "introduced the annual report of the Centre for 2035 (": the words a sentence describes a
# document by right before its symbol in brackets, from an article on, its kind word among them
_DESCRIBED_BEFORE_SYMBOL = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|its|their)\s+(?P<desc>(?:[\w'’-]+\s+){0,4}?(?:report|note|study|review|compilation|plan)\b[^;:()\[\]]{0,120}?)\s*\(\s*(?:\[\d{1,3}\])?$"
)


def described_before_symbol(text: str, symbol_start: int) -> str | None:
    """The description right before a symbol in brackets ("the annual report of the Centre for
    2035 (X)": "annual report of the Centre for 2035"), where it says more than its kind word (a
    bare "the report (X)" describes any report); None otherwise."""
    m = _DESCRIBED_BEFORE_SYMBOL.search(text, max(0, symbol_start - 180), symbol_start)
    if m is None or _ANOTHER_OF_A_SERIES.match(m["desc"]):
        return None
    return m["desc"] if says_more_than_its_kind(m["desc"]) else None


# "The previous report of the Secretary-General (A/87/312)": a paper told as another one of its
# series than the one the text is about; a later "the report of the Secretary-General" is not it (E155)
_ANOTHER_OF_A_SERIES = re.compile(r"(?:previous|preceding|prior|earlier|last|former)\b", re.IGNORECASE)


def says_more_than_its_kind(description: str) -> bool:
    """Whether a description has a word besides its kind word and small words ("annual report",
    not "report" or "the report on that"): enough to name one document again (E261)."""
    return any(w.lower() not in _DESCRIPTION_STOP_WORDS and w.lower() not in _DOCUMENT_KINDS for w in _WORD.findall(description))


# "note by the secretariat" of "note by the secretariat on the organization of ...": what kind of
# document and whose, before what it is on
_KIND_AND_AUTHOR = re.compile(r"^(?P<kind>(?:report|note)\s+(?:by|of)\s+the\s+[\w-]+(?:\s+[A-Z][\w-]*){0,4})(?=\s+(?:on|concerning|regarding)\b)", re.IGNORECASE)
_ROW_BULLET = re.compile(r"^[\s•·*▪◦–-]*")


def same_kind_and_author(description: str, row: str) -> bool:
    """Whether a listed row opens with the kind and author a description gives ("a note by the
    secretariat on the organization of ..." and "Note by the secretariat on the expert working
    group ... (X)"), whatever each says the document is on."""
    kind = _KIND_AND_AUTHOR.match(description)
    if kind is None:
        return False
    bullet = _ROW_BULLET.match(row)
    opening = row[bullet.end() :] if bullet is not None else row
    return " ".join(opening.lower().split()).startswith(" ".join(kind["kind"].lower().split()) + " ")


def describes(description: str, title: str) -> bool:
    """Whether a listed document's title (or its row) is the document a description names: its
    kind word, and every name in it (the capitalised words: "Secretary-General", "Executive
    Secretary", "Commission"), or, when it names no one, every word that says what it is
    ("annotated provisional agenda")."""
    words = _WORD.findall(description)
    if not words:
        return False
    listed = {w.lower() for w in _WORD.findall(title)}
    names = [w for w in words if w[0].isupper()]
    needed = names or [w for w in words if w.lower() not in _DESCRIPTION_STOP_WORDS]
    kind = next((w.lower() for w in words if w.lower() in _DOCUMENT_KINDS), None)
    return kind is not None and kind in listed and all(w.lower() in listed for w in needed)


# "The Conference on Disarmament submits its annual report on its 2031 session to the General
# Assembly", "The Board presents its report to the Council": the body sends its own report; in
# a report of that body with no other document named, the report is the document being read
_SENDS_ITS_OWN_REPORT = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:The\s+)?(?P<subject>[A-Z][^,;:()]{2,120}?)\s+(?:hereby\s+)?(?:submits|transmits|presents|submitted|transmitted|presented)\s+"
    r"(?:herewith\s+)?its\s+(?:(?:annual|final|biennial|periodic|substantive|first|second|third)\s+)?report\b"
)


def sends_own_report(text: str) -> int | None:
    """Where the subject of "<Body> submits its annual report ... to ..." ends, when a sentence
    opens so; the caller checks the subject is the document's author."""
    if "its" not in text or "report" not in text:
        return None
    m = _SENDS_ITS_OWN_REPORT.match(text)
    return m.end("subject") if m is not None else None


# "The present report is also issued as document A/86/27", "This note has also been circulated
# under the symbol E/CN.21/2031/9": the document being read has that symbol too
_ALSO_ISSUED_AS = re.compile(
    r"\b(?:is|are|(?:has|have)\s+(?:also\s+)?been|was|will\s+(?:also\s+)?be)\s+(?:also\s+)?(?:issued|circulated|published|distributed)\s+"
    r"(?:also\s+)?(?:as|under\s+(?:the\s+)?symbol)\s+(?:document\s+)?$"
)


# "(Also issued as A/89/12/Add.1, to be submitted to the General Assembly at its eighty-ninth
# session)", "Also circulated under the symbol E/2036/45": a note with no subject under the title, in
# the masthead: the document being read, under a second symbol (E256)
_MASTHEAD_NOTE_ALSO_AS = re.compile(
    r"^\(?\s*(?:[Aa]lso\s+(?:issued|published|circulated|distributed)|(?:[Ii]ssued|[Pp]ublished|[Cc]irculated)\s+also)\s+"
    r"(?:as|under\s+(?:the\s+)?symbol)\s+(?:document\s+)?$"
)


# the same note in brackets run on after the title's line, which has no stop ("Report of the
# Secretary-General (Also issued as A/91/65)"; "[Also circulated as …]"): G2
_BRACKETED_NOTE_ALSO_AS = re.compile(
    r"[(\[]\s*(?:[Aa]lso\s+(?:issued|published|circulated|distributed)|(?:[Ii]ssued|[Pp]ublished|[Cc]irculated)\s+also)\s+"
    r"(?:as|under\s+(?:the\s+)?symbol)\s+(?:document\s+)?$"
)


def masthead_note_also_as(text: str, symbol_start: int, at: int) -> bool:
    """Whether ``text``, a sentence starting at ``at`` in the cleaned text, is a masthead's note
    "(Also issued as X …)" whose first symbol, at ``symbol_start``, is the document's own; the note
    may run on after the title's line in brackets."""
    if at >= _TITLE_CHARACTERS:
        return False
    if text[:1] in "(AaICP" and _MASTHEAD_NOTE_ALSO_AS.match(text[:symbol_start]) is not None:
        return True
    return _BRACKETED_NOTE_ALSO_AS.search(text, max(0, symbol_start - 80), symbol_start) is not None


# A line of the masthead ending on a note's star ("Report of the Secretary-General*", "United
# Nations<tab>E/CN.3/2037/2*", "Item 3 of the provisional agenda*"), no other star on the line (an
# emphasis "*Note by the Secretariat*" opens with one): the starred note at the first page's foot is
# the masthead's (E264)
_STARRED_HEAD_LINE = re.compile(r"^[^*\n]*[\w.)\]]\\?\*[ \t]*(?:$|\t)", re.MULTILINE)
_STAR_MARK = re.compile(r"(?<=[\w.)\]])\\?\*(?![\w*])")
# how far into the text the first page's foot may lie (a page of pdftotext -layout is about 4,000
# characters; its notes stand after the body's first paragraphs)
_FIRST_PAGE_CHARACTERS = 8000


def starred_note_also_as(original: str, note_at: int, text: str, symbol_start: int) -> bool:
    """Whether ``text``, a starred footnote at ``note_at`` of the ``original`` text, is the
    masthead's note "* Also issued as X" (no subject of its own): the note stands in the masthead,
    or on the first page of a masthead with a line ending on the star."""
    if note_at >= _FIRST_PAGE_CHARACTERS or _MASTHEAD_NOTE_ALSO_AS.match(text[:symbol_start].lstrip("*\\ ")) is None:
        return False
    # the note is the last star's before it: a masthead line's, or (a note right under the title,
    # as a bracketed one is) none; a star after a paper listed in the body is that paper's note
    marks = [m.start() for m in _STAR_MARK.finditer(original, 0, note_at)]
    if not marks:
        return note_at < _TITLE_CHARACTERS
    return marks[-1] < _TITLE_CHARACTERS and _STARRED_HEAD_LINE.match(original, original.rfind("\n", 0, marks[-1]) + 1) is not None


def also_issued_as(text: str, symbol_start: int, at: int = _TITLE_CHARACTERS) -> bool:
    """Whether a sentence about the document being read (or the masthead's note under its title,
    the sentence starting at ``at``) says it is also issued under the symbol that starts at
    ``symbol_start``."""
    if masthead_note_also_as(text, symbol_start, at):
        return True
    return is_about_itself(text) and _ALSO_ISSUED_AS.search(text, max(0, symbol_start - 60), symbol_start) is not None


# ------------------------------------------------------------------ gatherings a report is not of

# "the report of the pre-sessional working group for the session (X)": prepared for that session,
# not its report; "Report of the Office ... on the review of the implementation of recommendations
# made by the Committee at its sixty-ninth session (X)": the session when something else (not the
# report) was made or adopted. What stands between "report of" and the gathering says so.
_FOR_THE_GATHERING = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+|each\s+)?$")
_WHEN_ANOTHER_THING_WAS_DONE = re.compile(
    r"\b(?!reports?\s)[a-z]+\s+(?:made|adopted|taken|agreed|reached|formulated|expressed|decided)\s+"
    r"(?:by\s+[^,;()]{1,80}?\s+)?(?:at|during)\s+(?:its\s+|their\s+|the\s+)?$"
)


# "a report of the Subcommittee on its work since the thirty-first session (X)", "on progress
# made after its tenth meeting": the period after that gathering, not its report (E96)
_SINCE_THE_GATHERING = re.compile(r"\b(?:since|after|following)\s+(?:the\s+|its\s+|their\s+|that\s+)?$")


# "the report of the Special Rapporteur to the Council at its seventy-sixth session (X)": the
# session the report went to, not the one it reports (E146)
_TO_THE_RECEIVER_AT = re.compile(
    r"\bto\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){0,8}\s*,?\s+(?:at|during)\s+(?:its\s+|their\s+|the\s+)?$"
)


# "his report on the implementation of the resolutions of the tenth session (X)", "a report on the
# follow-up to the decisions adopted at its ninth meeting": the gathering whose texts the report follows
# up, not the one it reports on (E191)
_TEXTS_OF_THE_GATHERING = re.compile(
    r"\b(?:resolutions|decisions|resolutions\s+and\s+decisions|decisions\s+and\s+resolutions)\s+"
    r"(?:(?:adopted|taken|made)\s+)?(?:of|at|by|during)\s+(?:its\s+|their\s+|the\s+)?$"
)


def named_as_no_reported_gathering(between: str) -> bool:
    """Whether the words between "report of/on" and a gathering name it as the one the report was
    prepared for, the one at which something other than the report was done, the one after
    which the period the report covers began, or the one the report went to."""
    return (
        _FOR_THE_GATHERING.search(between) is not None
        or " to " in between and _TO_THE_RECEIVER_AT.search(between) is not None
        or _WHEN_ANOTHER_THING_WAS_DONE.search(between) is not None
        or _SINCE_THE_GATHERING.search(between) is not None
        or ("resolutions" in between or "decisions" in between) and _TEXTS_OF_THE_GATHERING.search(between) is not None
    )


_FOR_THE_MEETING = re.compile(r"\bfor\s+(?:the|that|this)\s+(?:meeting|session)\b(?!\s+of)")
_THE_MEETING_SAID = re.compile(r"\b(?:the|that|this)\s+(?:meeting|session)\b(?!\s+of)")


def prepared_for_the_meeting(between: str) -> bool:
    """"report of the pre-sessional working group for the session": every "the session" between
    "report of" and the symbol is the one the report was prepared for."""
    said = len(_THE_MEETING_SAID.findall(between))
    return said > 0 and len(_FOR_THE_MEETING.findall(between)) == said


def opens_with_a_symbol(text: str, series: frozenset[str]) -> bool:
    """Whether the line opens with a document's symbol ("EC-81/Doc. 1(1) Provisional agenda")."""
    if "/" not in text[:40]:
        return False
    found = find_symbols(text[:80], series)
    return bool(found) and found[0].start == 0
