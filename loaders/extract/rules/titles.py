"""An instrument's title given after its number: "resolution 7/1, on strengthening the
implementation of the Convention, the Conference decided ...".

UN documents give a title in two ways: quoted after "entitled" (read in `references`), and as
the subject the instrument is "on", unquoted. The unquoted title runs until the clause that
goes on with the sentence: a comma followed by the words that open a clause (", the
Conference requested", ", in which it decided", ", an open-ended working group was
established", ", to advise the Conference"), the sentence's verb in the passive ("is referred
to"), a semicolon, the sentence's end, or the next
instrument cited. Commas inside a title ("by Land, Sea and Air, supplementing the
Convention"; "firearms, their parts and components") do not end it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.loaders.extract.dates import DATE
from mandate_graph.loaders.extract.patterns import PREAMBLE_OPENER

# The head words of a body's or a treaty's name, which "on" and a name in capitals follow ("the
# Committee on Coastal Data", "the Convention on the Rights of the Child")
_NAME_HEADS = (
    "Convention", "Protocol", "Agreement", "Treaty", "Commission", "Subcommission", "Committee", "Subcommittee",
    "Group", "Forum", "Panel", "Conference", "Council", "Board", "Mechanism", "Platform", "Network",
)
_NO_NAME_HEAD_BEFORE = (
    "(?:" + "".join(f"(?<!{head})" for head in _NAME_HEADS) + r"|(?=\s+(?:on|concerning|regarding|relating\s+to)\s+(?!(?:the\s+)?[A-Z])))"
)
# Between the number and "on": the date, or the issuer named after the number.
_BEFORE_ON = re.compile(
    # a revision mark first: "Resolution Conf. 16.7 (Rev. CoP20), on Non-detriment findings"
    r"(?:\s*\((?:Rev|Corr|Amend)\.[^()]{0,20}\))?"
    # its adoption told first: "resolution 10/2, adopted on 12 March 2029, on coastal early warning"
    rf"(?:,\s+adopted\s+on\s+(?:{DATE.pattern})\s*,)?"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*|of|the|on|and|against|for|to)"
    r"(?:\s+(?:[A-Z][\w-]*|of|the|on|and|against|for|to))*?)?"
    # the issuer's abbreviation in brackets after its name: "Resolution 37 (Rev. Kigali, 2022) of
    # the World Telecommunication Development Conference (WTDC), on bridging ..." (E164)
    r"(?:\s+\([A-Z][A-Za-z-]{1,15}\))?"
    # where it was adopted, after the issuer: "decision 2029/6 of the Executive Board of X,
    # adopted at its annual session 2029, on the strategic plan"
    r"(?:,\s+adopted\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|at\s+(?:its|the)\s+[\w-]+(?:\s+[\w-]+){0,4}?))?"
    # a title in lower case, or capitalised as a heading ("on Cooperation and synergy"), not a
    # day or a month ("on Monday", "on 3 May")
    # ("concerning", "regarding", "relating to": the same subject, other words)
    # ("decision 7/2 of the Conference of the Parties to the Convention on Biological Diversity",
    # "resolution 2022/5 of the Commission on Crime Prevention and Criminal Justice": after a
    # body's or a treaty's head word, "on" and capitals go on with the issuer's name, E174)
    rf"(?:,|{_NO_NAME_HEAD_BEFORE})\s+(?:on|concerning|regarding|relating\s+to)\s+(?=[a-z]|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Behalf)\b)[A-Z][a-z])"
)
# The issuer's whole name set off by a comma before "on": "decision 15/9 of the Conference of the
# Parties to the Convention on Biological Diversity, on digital sequence information" (the "on"
# inside the name, "Convention on Biological Diversity", opens no title). Tried before the lazy
# issuer of `_BEFORE_ON`; the title after the comma in lower case, as such a title is written.
_ISSUER_THEN_COMMA_ON = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|on|and|against|for|to))*"
    r"(?:\s+\([A-Z][A-Za-z-]{1,15}\))?,\s+(?:on|concerning|regarding|relating\s+to)\s+(?=[a-z])"
)
# A dash (or two hyphens) between the number and a capitalised title, not a range of numbers
# ("resolutions 10/2–10/5") nor a clause in lower case
_DASH_BEFORE_TITLE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:[–—]|\s--?(?=\s))\s*(?=[A-Z][a-z])")
# Words after a comma that open the rest of the sentence, not more of the title.
_CLAUSE_AFTER_COMMA = (
    r"(?:the|an?|it|its|in|which|whereby|by|to|as|with|through|under|within|where|when|"
    r"inter\s+alia|\*inter\s+alia\*|adopted|called|held|[a-z]+ed|"
    # "Decision CE192(D3), on the admission of non-State actors, had been adopted ...": the verb of
    # the sentence whose subject the text is (E157)
    r"(?:had|has|have|was|were)\s+(?:been\s+|not\s+|also\s+)?[a-z]+(?:ed|en)|"
    # "The Committee, recalling resolution 68/268 on X, endorses ...": the main verb of the
    # sentence after the recital, in the third person (no title goes on with one)
    r"(?:also\s+|further\s+)?(?:endorses|decides|requests|invites|urges|welcomes|approves|adopts|"
    r"encourages|reaffirms|recommends|calls\s+upon|takes\s+note|notes|emphasizes|stresses|authorizes)|"
    # ", and recognizing that ...", ", and stressing ...": the preamble goes on with a participle
    r"and\s+(?:also\s+|further\s+)?[a-z]+ing|"
    # "resolution 91/216 on agricultural technology, encouraging the FAO to ...", "..., inviting
    # Member States to ...": a release tells what the text does with a participle of a mandate's
    # verb (a title's own participles are of its subject, ", including through ...") (E262)
    r"(?:also\s+|further\s+)?(?:encouraging|inviting|requesting|urging|calling\s+(?:up)?on|welcoming|establishing|creating|"
    r"deciding|deferring|endorsing|asking|reaffirming|stressing|emphasizing|approving|authorizing|recommending|"
    r"designating|directing|instructing|mandating|tasking)|"
    # "He said the hub had been approved in resolution 85/311, on the financing of X, and that the
    # Department was to report ...": the speaker's next "that" clause (E97)
    r"and\s+that|"
    # "Requests UNDP to align its reporting with resolution 87/233 on the quadrennial ... review of
    # operational activities for development of the United Nations system, and to present a midterm
    # review ...": the request's next task, an infinitive after ", and" (E283)
    r"and\s+(?:also\s+|further\s+)?to\s+[a-z]+\b|"
    # "Takes note of the report (X), prepared pursuant to decision 2029/4 on the revised evaluation
    # policy, and of the management commentaries thereon": the verb's next document (E283)
    # (", and the note by the Secretariat on the matter": the next of the papers a body has before it, G6)
    r"and\s+(?:also\s+)?(?:of\s+)?(?:the|its)\s+(?:[a-z-]+\s+){0,3}(?:reports?|notes?|commentar(?:y|ies)|comments|responses?"
    r"|statements?|observations|summar(?:y|ies)|annex(?:es)?|addend(?:um|a))\b|"
    # "funded from the resources approved in its resolution 88/255 A of 24 December 2033 on questions
    # relating to the budget, and from extrabudgetary resources": the verb's second source (E205)
    r"and\s+(?:also\s+)?(?:from|through|under)(?=\s+(?:the\s+)?[a-z])|"
    # "..., on the second review cycle, Having considered the report ...": the next preambular
    # paragraph, its line joined to this one, opens on a participle (or a preamble's adjective) in
    # capitals, which no title in lower case goes on with (E185)
    rf"(?-i:{PREAMBLE_OPENER})|"
    # "recalls decision 612 (C26) on the accessibility of meetings, and takes into account ...": the
    # subject's next verb in the third person, after "and"
    r"and\s+(?:also\s+|further\s+)?(?:takes\s+(?:into\s+account|note)|recalls|reaffirms|endorses|decides|requests|"
    r"invites|urges|welcomes|approves|encourages|recommends|notes|emphasizes|stresses|calls\s+upon))\b"
)
_TITLE_END = re.compile(
    rf",\s+{_CLAUSE_AFTER_COMMA}"
    # "recalls decision 402 (R31) on night trains and takes into account ...": the subject's next
    # verb after "and" without a comma (verbs that are no plural noun of a title: not "requests")
    r"|\s+and\s+(?:also\s+|further\s+)?(?:takes\s+(?:into\s+account|note\s+of)|recalls|reaffirms|welcomes|endorses|urges|invites|encourages|decides)\b"
    # (or the day it was adopted, in brackets after the title: "Dates of the next session (adopted
    # on 7 November 2031)", `adoption_days_after_titles.bracketed_adoption_day`)
    r"|[;:]|\.(?:\s|$)|\s*\((?:see\s|[A-Z]{1,5}/|(?=(?:[Aa]dopted|ADOPTED)(?:\s+without\s+a\s+vote)?\s+on\s+\d))|$"
    # or when it was adopted: "decision B.38/05 on regional presence on the last day of the
    # meeting", "... on 5 March 2032", "... on 05.03.2032" (E98)
    r"|\s+on\s+(?:the\s+(?:first|second|third|fourth|fifth|last|final|closing|opening|same|following|next|previous)\s+day\b"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,2}\.\d{1,2}\.\d{4}\b)"
    # the next instrument of a list: ", and resolution 69/196", " and its decision 3/3", in any
    # body's numbering: ", and resolution WHA77.2", " and decision EB156(4)"
    # (a resolution named inside the title, "on the implementation of resolution 79/226", ends none)
    # ("and decision VII/3": a Roman session before the number, as treaty bodies number them)
    # The keyword may be capitalised and the number written in the body's own way: ", and
    # Resolution XV.12" (Ramsar), ", and Resolution 14.16" (CMS), ", and resolution A.1173(33)" (IMO),
    # " and resolution C 7/2025" (a series and a space before the number: UPU, FAO, IFAD)
    # ("and its own decision 28/3": the issuer's own, said so)
    # (", and its resolution ICC-ASP/27/Res.5": a symbol of two series of capitals before its session)
    r"|(?:,\s+(?:and\s+)?|\s+and\s+)(?:its\s+(?:own\s+)?|the\s+)?(?:[Rr]esolutions?|[Dd]ecisions?)\s+(?:(?:[A-Z]{1,5}(?:[-.]|\s(?=\d{1,4}/))?)?\d|(?:[A-Z]{1,6}[-./]){2,3}\d|[IVXLC]{1,7}[/.]\d)"
    # or numbered with its session and series before the keyword: ", and 43 C/Resolution 30",
    # " and 219 EX/Decision 7" (UNESCO's organs)
    r"|(?:,\s+(?:and\s+)?|\s+and\s+)\d{1,3}\s+[A-Z]{1,4}/(?:[Rr]esolutions?|[Dd]ecisions?)\s+\d"
    # or the next of a list numbered in a body's own shape without its keyword: "decisions
    # CE192(D1), on the agenda, and CE192(D2), on ..." (E157)
    r"|,?\s+and\s+[A-Z]{1,5}\d{1,3}(?:\(|\.)[A-Z]?\d"
    # or the instruments it goes with: "and previous resolutions on this subject"
    r"|,?\s+and\s+(?:all\s+)?(?:its\s+|the\s+)?(?:previous|other|earlier|subsequent|related)\s+(?:resolutions|decisions)\b"
    # or named with its issuer: ", and of United Nations General Assembly resolution 79/243"
    r"|,?\s+and\s+(?:also\s+)?(?:of\s+|to\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){1,8}(?:resolutions?|decisions?)\s+(?:[A-Z]{1,4}-)?\d"
    # or another body's: ", and General Assembly resolution 79/226", " and Economic and Social
    # Council resolution 2026/15" (a body's name: capitalised words, with "and", "of", "the")
    # ("and World Health Assembly resolution WHA79.4": a number with its series' letters glued on)
    r"|,?\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the|for|on))*?\s+(?:resolutions?|decisions?)\s+(?:[A-Z]{1,4}-|[A-Z]{2,4}(?=\d)|[A-Z]{2,5}/[A-Z]{0,3})?\d"
    # "on global health and foreign policy, and the commitments made therein": what the
    # instrument holds besides, no part of its title
    r"|,\s+and\s+the\s+[a-z]+\s+(?:made|contained|set\s+out|taken|expressed|undertaken)\s+(?:therein|in\s+it)\b"
    # "the resources approved in resolution 89/262 on special subjects ..., and extrabudgetary
    # contributions": the money besides, the next item of the sentence's list (E272)
    r"|,\s+and\s+(?:(?:extrabudgetary|voluntary|other|additional|earmarked|in-kind)\s+){1,2}(?:contributions|resources|funds|funding)\b"
    # or its bare number: "resolutions 5/1, on institution-building ..., and 5/2, on ..."
    r"|,?\s+(?:and|or)\s+(?:[A-Z]{1,4}-)?\d{1,4}/\d{1,3}\b|,\s+(?:[A-Z]{1,4}-)?\d{1,4}/\d{1,3}\b"
    # or a Security Council's number with its year: "resolutions 1325 (2000) on women and peace and
    # security and 2272 (2016) on sexual exploitation ..." (E293)
    r"|,?\s+(?:and|or)\s+\d{1,5}\s*\((?:19|20)\d\d\)"
    # or the date of the instruments: "..., and 5/2, on the code of conduct, of 18 June 2007"
    rf"|,\s+of\s+(?={DATE.pattern})"
    # or the sentence's verb in the passive, the instrument its subject: "resolution 2026/18 ...
    # on the protection of civilians is referred to in ...", "... on X was adopted without a vote"
    r"|\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|further\s+|not\s+|now\s+)?[a-z]+(?:ed|en)\s+(?:to|in|by|as|at|on|with|without|for|under)\b"
    # or how it was adopted, told after an unquoted title: "adopted resolution 85/12 on coastal
    # fisheries without a vote", "... on X by a recorded vote of 120 to 5", "by consensus"
    # (or after a closing dash or comma: "resolution 85/12 – Coastal fisheries – without a vote")
    r"|(?:\s*[–—,])?\s+(?:without\s+(?:a\s+)?vote|by\s+consensus|by\s+(?:a\s+)?recorded\s+vote|by\s+\d{1,3}\s+votes|unanimously)\b"
    # or in brackets: "Resolution 85/12 – Coastal fisheries (adopted without a vote)"
    r"|\s*\((?=(?:[Aa]dopted|ADOPTED)\b)"
    # or the sentence's own verb in the past, the instrument its subject: "resolution 85/12 of
    # 14 December 2030 on coastal fisheries requested a report" (a title is a noun phrase)
    r"|\s+(?:also\s+|further\s+)?(?:requested|invited|encouraged|urged|called\s+(?:up)?on|mandated|asked|instructed|directed"
    r"|entrusted|tasked|decided|established|created|welcomed|endorsed|approved|reaffirmed|recalled|renewed|extended)"
    r"\s+(?:the|its|their|a|an|to|that)\b"
    # or a clause of its own, opening on a body's name with that body's instrument set off:
    # "decision 11/2 on the work programme, and the Human Rights Council, in resolution 55/20,
    # requested ..." (E74)
    r"|,?\s+(?:and|while|but|whereas)\s+(?:then\s+|later\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the|for|on)){0,8},"
    r"\s+(?:also\s+)?(?:in|by|through|under)\s+(?:its\s+|their\s+)?(?:[Rr]esolutions?|[Dd]ecisions?)\s"
    # or the next verb of the sentence's subject: "recalled its decision 2030/4 on the sponsorship
    # programme and mandated the Working Group to ...", "... and decided to establish ..."
    r"|\s+and\s+(?:also\s+|further\s+|then\s+)?(?:requested|invited|encouraged|urged|called\s+(?:up)?on|mandated|asked|instructed|directed"
    r"|entrusted|tasked|decided|agreed|welcomed|endorsed|approved|adopted|noted|took\s+note|reaffirmed|recalled|stressed|emphasized)"
    r"\s+(?:the|its|their|to|that|on|upon|of|with)\b"
)
# A title is a noun phrase: "on which", "on behalf of", "on the basis of" open none.
_NOT_A_TITLE = re.compile(
    r"^(?:which|whom|whose|it|them|this|that|these|those|its|their|his|her|behalf|the basis|the occasion|"
    r"the margins?|the understanding|an?\s+(?:\w+\s+)?basis|time|schedule|record)\b"
)
_MAX_TITLE = 400
# "report further, in accordance with resolution 88/196, on the implementation of the present
# recommendations": what is "present" is the text being read, never another instrument's title
_POINTS_AT_THIS_TEXT = re.compile(
    r"\b(?:the\s+present|this)\s+(?:report|recommendations?|note|document|study|paper|resolution|decision)\b", re.IGNORECASE
)
# after a colon, a subtitle in lower case that runs to the end of the line: "…: financial implications"
_SUBTITLE_AFTER_COLON = re.compile(r"\s+[a-z][^\n.;:]{2,200}$")
# "Recalling Resolution 15 (Cg-20) – Global Greenhouse Gas Watch: pre-operational phase, by which
# Congress requested …": a subtitle in lower case after the colon of a title after a dash, ended by
# a comma opening the sentence's next clause (`_TITLE_END`), not by the line's end (E247). A few
# words, no clause of their own: "…: the Council decided, in 2031, …" opens none ("the", "it" …).
_SUBTITLE_THEN_COMMA = re.compile(
    rf"\s+(?!{_CLAUSE_AFTER_COMMA})[a-z][a-z-]*(?:\s+(?!(?:[a-z]+ed|was|were|is|are|had|has|have)\b)[a-z][a-z-]*){{0,7}}(?=,)"
)


def _subtitle_before_a_clause(text: str, at: int) -> bool:
    subtitle = _SUBTITLE_THEN_COMMA.match(text, at)
    if subtitle is None:
        return False
    after = _TITLE_END.search(text, subtitle.end())
    return after is not None and after.start() == subtitle.end() and after.group().startswith(",")


# The capitalised word of a name just before " and": "Economic| and Social Council", "Trade| and Development"
_INSIDE_A_NAME = re.compile(r"(?:^|\s)[A-Z][a-z]+$")
_AND_A_NAME_GOES_ON = re.compile(r" and [A-Z][a-z]")
# (not the first half of a name in two, "United Nations Economic| and Social Council")
_NAME_OF_WORDS_BEFORE = re.compile(
    r"\b[A-Z][\w-]*\s+(?!(?:Economic|Trade|Food|Science|Drugs|Peace|Research|Training|Industrial|Oceans?|Water)\b)[A-Z][a-z][\w-]*$"
)
_AND_AN_ORGAN = re.compile(
    r",?\s+and\s+(?:the\s+)?(?:United\s+Nations\s+)?(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council"
    r"|Economic\s+and\s+Social\s+Council|Trusteeship\s+Council)\s+(?:resolutions?|decisions?)\b"
)


@dataclass(frozen=True)
class TitleMention:
    start: int
    end: int
    title: str


def title_after(text: str, position: int) -> TitleMention | None:
    """The title given as "on ..." right after an instrument's number ending at ``position``."""
    window = text[position : position + 160]
    if window[:2] == ", " and (comma_title := _comma_title(text, position)) is not None:
        return comma_title
    if (
        " on " not in window and "–" not in window and "—" not in window and " -" not in window
        and "concerning " not in window and "regarding " not in window and "relating to " not in window
    ):
        return None  # most references give no title: done cheaply
    # "Resolution 12 (Cg-19) – Global Greenhouse Gas Watch": a title after a dash
    on = (
        _ISSUER_THEN_COMMA_ON.match(text, position) or _BEFORE_ON.match(text, position)
        or _DASH_BEFORE_TITLE.match(text, position)
    )
    if on is None:
        return None
    start = on.end()
    end = _TITLE_END.search(text, start)
    dashed = on.re is _DASH_BEFORE_TITLE
    while dashed and end is not None and end.group() == ":" and (
        _SUBTITLE_AFTER_COLON.match(text, end.end()) or _subtitle_before_a_clause(text, end.end())
    ):
        # "GB.347/INS/6 - Decent work in the platform economy: preparations for the Conference":
        # a listed title's subtitle after its colon, in lower case to the line's end
        end = _TITLE_END.search(text, end.end())
    while end is not None and _INSIDE_A_NAME.search(text, max(start, end.start() - 40), end.start()) and _AND_A_NAME_GOES_ON.match(end.group()) and (
        # "on the Global Strategic Framework and General Assembly resolution 84/211": a principal
        # organ's whole name after "and" begins the next instrument's citation, inside no name
        not _AND_AN_ORGAN.match(end.group())
        # "in the WHO European Region and World Health Assembly resolution WHA79.4": two or more
        # capitalised words before "and" end a name of their own ("Economic and Social", "Trade
        # and Development" join one word to the next)
        and not _NAME_OF_WORDS_BEFORE.search(text, max(start, end.start() - 60), end.start())
    ):
        # "on progress in the implementation of Economic and Social Council resolution 2030/7":
        # an "and" inside a body's name ends no title
        end = _TITLE_END.search(text, end.start() + 1)
    stop = end.start() if end else len(text)
    title = " ".join(text[start:stop].split()).rstrip(",;: ")
    if len(title) > _MAX_TITLE or not title or _NOT_A_TITLE.match(title) or _POINTS_AT_THIS_TEXT.search(title):
        return None
    return TitleMention(start, stop, title)


# "Recalling Resolution A42-10, Consolidated statement of continuing ICAO policies ...;": a title in
# sentence case set off by a comma, running to the clause's end. Its first word is capitalised and
# no participle ("Recalling", "Adopted"), no article or pronoun opening a clause, and the next word
# is in lower case (a body's name, "General Assembly", an article, "Article 5", are not titles) and
# no verb (", Congress decided that ...": a clause); it ends the recital (";" or the text's end).
_COMMA_TITLE = re.compile(
    r",\s+(?!(?:The|This|That|These|Those|It|Its|Their|In|At|On|By|As|For|With|Which|Where|When|And|Or|Also|See|Para|Paragraph|Annex|Article|Section|Part|Rule|Chapter)\b)"
    r"(?P<title>[A-Z][a-z]{2,}(?<!ing)\s+(?!(?:[a-z]+ed|[a-z]+s|shall|will|would|may|must|can|should|was|were|had|have)\b)[a-z][^;:()\[\]]{8,}?)"
    # (or, set off by a second comma, before the clause's verb in the past: "Whereas the Assembly, by
    # Resolution A44-17, Consolidated statement of …, requested the Council to …", E228)
    r"\s*(?:;|$|,(?=\s+(?:also\s+|further\s+|then\s+|had\s+)*(?:requested|decided|invited|urged|encouraged|called\s+upon|directed|instructed|asked|established|adopted|endorsed|approved|recognized|reaffirmed|noted)\s))"
)


def _comma_title(text: str, position: int) -> TitleMention | None:
    m = _COMMA_TITLE.match(text, position)
    if m is None:
        return None
    clause = _TITLE_END.search(text, m.start("title"), m.end("title"))
    if clause is not None and clause.start() < m.end("title"):
        return None  # ", Consolidated statement of X, the Assembly decided": a clause, no title
    title = " ".join(m["title"].split()).rstrip(",;: ")
    if len(title) > _MAX_TITLE or re.search(r"\d{1,4}/\d|\bresolutions?\b|\bdecisions?\b", title, re.IGNORECASE):
        return None  # another instrument named in it: a list, not a title
    return TitleMention(m.start("title"), m.end("title"), title)


# "a draft decision on the programme of work for 2032–2034 (document X), which became decision
# XII/1", "a draft decision entitled "Y" (document X), which became decision XII/2", "a draft
# decision on Z (document X), adopting it without a vote as decision XII/3", "Adopting ... a draft
# decision on Z (document X), as decision XII/4": the draft's subject is the adopted text's title.
_DRAFT_BECAME = re.compile(
    r"\bdraft\s+(?P<kind>decision|resolution)\s+(?:on\s+(?P<on>[^()\"“”;]{3,200}?)|entitled\s+[\"“](?P<quoted>[^\"“”]{3,200})[\"”])\s*"
    r"\((?:documents?\s+)?[^()]{3,80}\)\s*,?\s+"
    r"(?:which\s+(?:became|was\s+adopted\s+as)|(?:adopting\s+it\s+)?(?:(?:without\s+a\s+vote|by\s+consensus|unanimously)\s+)?as)\s+"
)
# "adopted draft decision GEGN.2/2029/L.2, entitled "Exonyms ...", as orally revised, as decision
# 5/2", "draft resolution A/C.3/84/L.12 entitled "Y", without a vote, as resolution 84/150": the
# draft's symbol before its quoted title, what was done to it set off before the number
_NUMBERED_DRAFT_BECAME = re.compile(
    r"\bdraft\s+(?P<kind>decision|resolution)\s+(?:contained\s+in\s+(?:document\s+)?)?[A-Z][^\s,;()\"“”]{2,60},?\s+"
    r"entitled\s+[\"“](?P<quoted>[^\"“”]{3,200})[\"”]\s*,?\s+"
    r"(?:(?:as\s+(?:orally\s+)?(?:revised|amended|corrected)|without\s+a\s+vote|by\s+consensus|unanimously)\s*,?\s+)*as\s+"
)
# The action-taken narrative of a session's report: 'adopted the draft resolution entitled "Y" (see
# chap. I, sect. B, resolution 12/3)', 'draft resolution E/CN.21/2031/L.3, entitled "Y", as orally
# revised (resolution 12/3)', '..., entitled "Y", which became resolution 12/3': the draft's title,
# then where the report prints the text it became, or the number it took (E175)
_ENTITLED_DRAFT_POINTED = re.compile(
    r"\bdraft\s+(?P<kind>decision|resolution)\s+(?:[A-Z][^\s,;()\"“”]{2,60}\s*,?\s+)?entitled\s+[\"“](?P<quoted>[^\"“”]{3,200})[\"”]\s*,?\s*"
    r"(?:(?:as\s+(?:orally\s+)?(?:revised|amended|corrected)|without\s+a\s+vote|by\s+consensus|unanimously)\s*,?\s*)*"
    r"(?:(?:and\s+|which\s+)(?:became|was\s+adopted\s+as)\s+"
    r"|\(\s*(?:see\s+)?(?:(?:chap(?:ter)?s?\.?|sect(?:ion)?s?\.?|part|annex)\s+[\w.]+\s*,\s*)*)"
)
# A subject that speaks of something the sentence named before it ("the dates and venue of its
# thirteenth session") is not a title that stands on its own.
_PRONOUN = re.compile(r"\b(?:its|their|his|her)\b")


def draft_became(text: str) -> list[tuple[str, str, int]]:
    """(the title, the kind, where the adopted text's keyword starts) for each draft the sentence
    says became a numbered decision or resolution."""
    found = []
    for m in [*_DRAFT_BECAME.finditer(text), *_NUMBERED_DRAFT_BECAME.finditer(text), *_ENTITLED_DRAFT_POINTED.finditer(text)]:
        on = m.groupdict().get("on")
        title = (on or m["quoted"]).strip().rstrip(",")
        if on and _PRONOUN.search(title):
            continue
        if text[m.end() : m.end() + len(m["kind"])].lower() != m["kind"]:
            continue  # "as amended", "as decision": the adopted text named by its kind
        found.append((title, m["kind"], m.end()))
    return found


# A document's title that names the instrument it reports on: "Report of the Secretary-General on
# the implementation of General Assembly resolution 62/101 on ...", "the annual report on the
# status of implementation of ...", "E/C.19/2031/5 - Implementation of ... resolution 78/189 on
# ...", "Status of implementation of ...". The words after that instrument ("on the registration
# of space objects") are the rest of the document's title, not the instrument's own: the document
# is about the instrument, and an analyst checking the instrument's title would not find them. A
# verb ("to report on the implementation of resolution 10/2 on coastal data") opens no title: the
# noun is a document's only after a determiner or as a capitalised title word.
_DOCUMENT_NOUN = (
    r"(?:\b(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:report|note|review|study|update|overview|analysis)"
    r"|\b(?:Report|Note|Review|Study|Update|Overview|Analysis))\b"
)
_ISSUER_WORDS = r"(?:(?:the|its|their)\s+)?(?:[A-Z][\w-]*\s+(?:(?:and|of|the|for|on)\s+){0,2}){0,8}"
_IMPLEMENTATION_OF = (
    r"(?:on|of|concerning)\s+(?:the\s+)?(?:(?:progress|status)\s+(?:in|on|of)\s+(?:the\s+)?)?"
    # "Note by the Secretariat on follow-up to General Assembly resolution 84/154 on ..."
    r"(?:implementation\s+of|follow-up\s+to)\s+"
)
_NAMED_IN_A_DOCUMENT_TITLE = re.compile(
    rf"(?:{_DOCUMENT_NOUN}[^.;:()]{{0,160}}?\b{_IMPLEMENTATION_OF}"
    # a title that opens with the implementation (a capital: the title's first word)
    # ("Follow-up to General Assembly resolution 83/144 on road safety", a paper listed by its title)
    r"|\b(?:Implementation\s+of|Implementing|Follow-up\s+to|Status\s+of\s+(?:the\s+)?implementation\s+of"
    r"|Progress\s+(?:in|on)\s+the\s+implementation\s+of)\s+)"
    rf"{_ISSUER_WORDS}$"
)


def named_in_a_document_title(text: str, start: int) -> bool:
    """Whether the instrument named at ``start`` is what a document's title (quoted or not) says
    the document reports on: its own title is not what follows it there."""
    before = text[max(0, start - 240) : start]
    curly = before.count("“") > before.count("”")
    if curly or text.count('"', 0, start) % 2 == 1:
        return True  # inside a quotation: the title of another work
    return _NAMED_IN_A_DOCUMENT_TITLE.search(before) is not None


# The object of another instrument's on-title: "resolution 2026/15 on progress in the
# implementation of General Assembly resolution 79/226", "decision 10/2 on the follow-up to
# resolution 9/1".
_OBJECT_OF_A_TITLE = re.compile(rf"\b(?:implementation\s+of|follow-up\s+to|review\s+of)\s+{_ISSUER_WORDS}$")


def object_of_a_title(text: str, title_start: int, start: int) -> bool:
    """Whether the instrument named at ``start`` is what the on-title that opens at
    ``title_start`` is about (not the next instrument of a list the title ran into)."""
    return title_start <= start and _OBJECT_OF_A_TITLE.search(text, title_start, start) is not None
