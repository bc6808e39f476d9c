"""The verbs with which an instrument tasks a body, and the relation each verb stands for.

- "requests", "calls upon", "asks", "directs", "instructs", "mandates" (and "is mandated to"),
  "tasks", "charges ... with", "entrusts ... with", "authorizes ... to": the instrument asks the
  body to act (`requests`);
- "encourages", "urges", "exhorts", "appeals to": it presses the body to act (`encourages`);
- "invites": it invites the body (`invites`, which readers of the graph take as encouragement);
- "establishes", "decides to establish", "provided for the establishment of": it creates the
  body (`establishes`);
- "designates X to serve as / as the focal point": it gives the body a function (`requests`).

Three forms name the addressee. Active: the addressee follows the verb ("Calls upon States
parties to ..."). Passive: it precedes it ("States parties are encouraged to ...", "UNODC is
called upon to ..."). Recommendation: "The Secretariat should continue ...", the form of the
recommendations a body adopts and an instrument endorses and annexes; it asks the body to act.

Pure functions over a sentence's text; `relate.Reader.mandates` makes the facts.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass

from mandate_graph.loaders.extract.literal_starts import LiteralStarts
from mandate_graph.loaders.extract.lowered import lower_document
from mandate_graph.ontology.relations import verb_relations

# The head noun of a body's name, after "to set up the" / "to create the" (words between allowed).
_BODY_NOUN = (r"(?:group|committee|subcommittee|panel|body|board|mechanism|task\s+force|team|network|council|"
              r"commission|forum|platform|facility|fund|office|unit|partnership|bureau|secretariat|consultation)s?\b")

# a body's kind after at most a few words, none of them "of" ("a new committee", "the Committee
# on"; not "a meeting of the committee")
_FEW_WORDS_THEN_BODY = r"(?:(?!of\s)[\w’'-]+\s+){0,4}?" + _BODY_NOUN

# "in 2004 ", "the year before ", "two years later, ": when a body was set up, told between the
# participle and the instrument (lower case, as the pattern below reads)
_WHEN_BEFORE_BY = (
    r"(?:(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[a-z]+\s+)?\d{4}|the\s+(?:year|month|week|day)\s+(?:before|after|earlier)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+(?:years?|months?|weeks?)\s+(?:earlier|later|before|after)"
    r"|originally|initially|first|earlier|later|subsequently)\s*,?\s+)?"
)

# Lower-case: the reader matches on lower-cased text (see `references.lowered_for_patterns`).
# "directed" only before its object: "efforts directed at States parties" names no mandate.
# " at its eighty-sixth session by resolution", " by its decision": the instrument right after a verb
# whose object was named before it (`relate.Reader.established_by_instrument_after`)
_SESSION_THEN_BY = (
    r"\s+(?:at\s+(?:its|the)\s+[\w-]+\s+(?:(?:regular|special|resumed)\s+)?session\s*,?\s+)?(?:by|in|through|under)\s+"
    r"(?:its\s+|the\s+)?(?:resolution|decision)\b"
)
SESSION_THEN_BY = re.compile(_SESSION_THEN_BY, re.IGNORECASE)
# "Decides to urgently establish", "decided to formally set up": an adverb splitting the infinitive
# of the act that creates a body (E223); `relation_of` reads the verb without it
_SPLIT_BY = r"(?:[a-z]{3,}ly\s+)?"
_SPLITTING_ADVERB = re.compile(r"\bto [a-z]{3,}ly ")
MANDATE_VERB = re.compile(
    r"\b(?P<verb>requests|requested|encourages|encouraged|invites|invited|urges|urged|"
    r"(?:calls|called)\s+(?:up)?on|asks|"
    # "the Commission called for the Bureau to review ...": "for" with a body then "to" + a verb
    # ("called for the strengthening of ..." asks no body; `relate` checks the body comes first)
    r"(?:calls|called)\s+for(?=\s+(?:its|the|their)\s+(?:[\w,()-]+\s+){0,10}?to\s+[a-z])|asked|directs|instructs|entrusts|authorizes|authorises|appeals\s+to|appealed\s+to|"
    # a narrative's past: "by which it ... directed the Technical Secretariat to", "was further
    # entrusted, in the same decision, with", "instructed the Secretariat to"
    r"directed(?!\s+(?:at|to|towards?|against|by|in|through|for|from|on)\b)|instructed|entrusted|"
    # "the advisory group had been directed to present ...", "was also directed to report": the
    # passive with its task, an infinitive ("efforts were directed to the poorest" has none)
    # (the word first, its auxiliary looked behind after: most positions fail on the "d")
    r"directed(?=\s+to\s+(?!(?:the|a|an|its|their|all|this|that|these|those|such|each|every|any|other)\b)[a-z]+\b)"
    r"(?:(?<=been directed)|(?<=was directed)|(?<=were directed)|(?<=is directed)|(?<=are directed)|(?<=also directed)|(?<=further directed))|"
    # "Mandates the Working Group to ...": the verb only where it opens the paragraph ("the
    # mandates of the Working Group" is a noun)
    r"(?<=^)mandates|(?<=^also )mandates|(?<=^further )mandates|"
    # "... approves the agenda and mandates its Bureau to finalize ...", "the Council mandated the
    # Commission to assist ...": the verb with its addressee and task after it (the noun "the
    # mandates of" / "mandated activities" has neither)
    r"(?<=and )mandates(?=\s+(?:its|the|their)\s+(?:[\w,-]+\s+){1,10}?to\s+[a-z])|"
    r"mandated(?=\s+(?:its|the|their)\s+(?:[\w,-]+\s+){1,10}?to\s+[a-z])|"
    # "Resolution 77/12 (also) mandates the Secretary-General to ...": the present after an
    # instrument's number or bracketed year, its addressee and task after it (E168)
    # "adopted resolution 11/2, establishing the Committee on ...", "decision 5/2, requesting the
    # secretariat to ...": a participle set off right after the instrument's number tells what the
    # instrument did (E227)
    r"(?:(?<=\d, )|(?<=\d\), )|(?<=\d, thereby )|(?<=\d\), thereby ))(?:establishing|creating|setting\s+up|requesting|inviting|encouraging)\b|"
    # "adopted resolution 91/216 on agricultural technology, encouraging the Food and Agriculture
    # Organization ... to scale up ...": the participle set off after the instrument's title, with
    # its addressee named by an article and its task, an infinitive (E262)
    r"(?<=, )(?:requesting|inviting|encouraging|urging|calling\s+(?:up)?on|asking)"
    r"(?=\s+(?:the|its)\s+(?:[\w,()-]+\s+){1,16}?to\s+(?!(?:the|a|an|its|their|this|that|these|those)\b)[a-z]+\b)|"
    # ("Resolution 11/2 requires (required) the Committee on ... to report annually": the same task
    # laid on the body by the instrument, E227; "to be" tells of a thing done, no task of the body)
    r"(?:(?<=\d )|(?<=\) )|(?<=\d also )|(?<=\) also )|(?<=\d further )|(?<=\) further ))(?:mandates|requires|required)"
    r"(?=\s+(?:its|the|their)\s+(?:[\w,-]+\s+){1,10}?to\s+(?!be\b)[a-z])|"
    # "the Assembly requested a report from the Secretary-General": the paper asked for and its
    # writer after "from" (`relate` takes the body after "from" as the addressee, E168)
    r"requested(?=\s+(?:an?|the|its|further|annual|regular)\s+(?:[\w-]+\s+){0,4}?(?:reports?|study|studies|notes?|updates?|assessments?|analys[ie]s|reviews?)\s+"
    r"(?:(?:on|of|about)\s+[^.;()]{1,60}?\s+)?from\s+(?:the|its|their)\s)|"
    # "Tasks the Working Group with/to ...", "Charges the Committee with ...": verbs that are
    # nouns elsewhere ("the tasks of the Group", "charges for services"), so only where they
    # open the paragraph; "Exhorts" presses as "Urges" does
    r"(?<=^)(?:tasks|charges)|(?<=^also )(?:tasks|charges)|(?<=^further )(?:tasks|charges)|exhorts|exhorted|"
    # "the Commission tasked the Working Group with ...", "is tasked by the General Assembly, in
    # resolution 85/176, with ...": the past and the passive, with their "with"
    # ("... and tasked it with guiding ...": a pronoun for the body named before, E106)
    # ("by which the Assembly constituted it and charged it with examining ...": "charged" as
    # "tasked", its object and "with" after it; "was charged with fraud" has no object, E136)
    # ("tasked the Special Rapporteur and the Special Rapporteur on extrajudicial, summary or
    # arbitrary executions with": two addressees, the second's long name, before "with", E163)
    r"(?:tasked|charged)(?=\s+(?:(?:its|the|their)\s+(?:[\w,-]+\s+){1,18}?|(?:it|them)\s+)with\s)|"
    # ("tasked the Secretary-General to prepare ...": "to" and a verb for "with", E168; "tasked
    # the Committee to the Council" has none)
    r"tasked(?=\s+(?:(?:its|the|their)\s+(?:[\w,-]+\s+){1,18}?|(?:it|them)\s+)to\s+(?!(?:the|a|an|its|their|all|this|that|these|those|each|any|such)\b)[a-z]+\b)|(?:(?<=is )|(?<=are )|(?<=was )|(?<=were )|(?<=been ))tasked(?=[^.;]{0,160}?\swith\s)|"
    # "The Working Group is mandated to prepare ...": the passive of "Mandates"
    r"(?<=is )mandated(?= to )|(?<=are )mandated(?= to )|(?<=be )mandated(?= to )|(?<=hereby )mandated(?= to )|"
    # ("By resolution 77/12, the Secretary-General was mandated to prepare ...": its past)
    r"(?<=was )mandated(?= to )|(?<=were )mandated(?= to )|(?<=been )mandated(?= to )|"
    # ("The Secretary-General was mandated by General Assembly resolution 77/12 to prepare ...", "is
    # mandated under decision 5/2 to ...": the instrument between the passive and its task, as after
    # "was asked by", E183)
    r"(?:(?<=was )|(?<=were )|(?<=been )|(?<=is )|(?<=are ))mandated(?=\s+(?:by|in|under|through)\s[^.;:]{1,160}?\sto\s+(?!be\b)[a-z]+\b)|"
    # "Under the terms of resolution 77/12, the Secretary-General is required to report annually":
    # the passive "required" with its task, a verb ("is required to be submitted" tells of a paper,
    # "the resources required to implement" has no auxiliary, E192)
    r"(?:(?<=is )|(?<=are )|(?<=was )|(?<=were )|(?<=been )|(?<=be )|(?<=also )|(?<=further ))required(?=\s+to\s+(?!be\b|the\b|a\b|an\b|its\b|their\b)[a-z]+\b"
    r"|,?\s+(?:by|in|under|through)\s[^.;:]{1,160}?\sto\s+(?!be\b|the\b|a\b|an\b|its\b|their\b)[a-z]+\b)|"
    # ("repeated its request to", "renewed its request that the Secretary-General submit": the
    # request told again, its addressee after "to" or in a "that" clause as after "requested that")
    r"(?:reiterates|reiterated|renews|renewed|repeats|repeated)\s+its\s+(?:request|invitation|call|appeal)s?(?:\s+(?:up)?(?:to|on)|(?=\s+that\s))|"
    # "In resolution 84/41 the Assembly had made the same request of the Secretary-General", "the
    # CMA, in decision 5/CMA.12, made the same request of the Committee": a request told again
    r"(?:makes|made)\s+the\s+same\s+request\s+of|"
    # "Agrees to establish", "Resolves to convene an open-ended working group": as "Decides to"
    # ("Resolves to convene a high-level forum / an expert group meeting": an event, not a body)
    # "decided to form an intersessional expert group on ...": "form" as "establish"
    # ("Decides to re-establish an ad hoc working group", "to institute a standing committee": the same)
    # "The Ad Hoc Working Group, which the Assembly decided to re-establish at its eighty-sixth session
    # by resolution 86/312": the relative clause's object, the instrument after the verb (E153)
    r"(?:decided|agreed|resolved)\s+to\s+" + _SPLIT_BY + r"(?:re-?establish|establish|create|set\s+up|constitute)(?=" + _SESSION_THEN_BY + r")|"
    r"establishes|established|(?:decided|decides|agreed|agrees|resolved|resolves)(?:\s+also|\s+further)?\*{0,2}\s+to\s+" + _SPLIT_BY + r"(?:establish|create|set\s+up|constitute|form|re-?establish|institute|"
    r"convene(?!\s+an?\s+(?:[\w-]+\s+){0,3}?(?:forum|meeting|conference|workshop|seminar|dialogue|symposium|summit|event|round\s+table|retreat|briefing|session)s?\b))\b(?=\s+an?\s)|"
    # "resolves" / "1<tab>to continue ...;" / "2<tab>to set up a Partnership Group on ...": the verb
    # over its numbered or lettered items, one of them establishing (the ITU's print, E164)
    r"(?:decides|resolves)(?:\s+also)?\s+(?:(?:\d{1,2}|[a-z]\))\s+to\s[^;:]{1,300};\s+(?:and\s+)?){0,6}(?:\d{1,2}|[a-z]\))\s+to\s+"
    r"(?:establish|create|set\s+up|constitute|institute)\b(?=\s+an?\s)|"
    # "Decides to set up the Belém expert group on ...", "decided to create the open-ended working
    # group on ...": "the" before a body's name, as "to establish the" ("to create the conditions",
    # "to set up the website" name none); "decided to set up this expert group", a body named before (E169)
    r"(?:decided|decides|agreed|agrees|resolved|resolves)(?:\s+also)?\*{0,2}\s+to\s+" + _SPLIT_BY + r"(?:create|set\s+up|constitute|re-?establish)"
    r"(?=\s+(?:the|that|this)\s+(?:[\w’'-]+\s+){0,8}?" + _BODY_NOUN + r"|,\s+(?:under|within|as)\s)|"
    # "resolution 52/13, by which it created the standing working group ...": the active past after
    # "which it", as "by which it established"
    r"(?:(?<=which it )|(?<=which they )|(?<=whereby it ))(?:created|set\s+up)(?=\s+(?:an?|the)\s)|"
    # "the Committee on ..., which resolution 11/2 created, met twice": the instrument the subject of
    # the relative clause, the body its antecedent (`relate` reads the clause, E227)
    r"(?:(?<=\d )|(?<=\) )|(?<=\d had )|(?<=\) had ))(?:created|set\s+up)(?=\s*[,;.)])|"
    # "The Council created the mandate of the Independent Expert on ... by resolution 24/20",
    # "resolution 51/77, by which the Assembly created the mandate of the Special Representative
    # ...": creating the mandate of a post held by one person creates the post, whoever the
    # subject ("created the conditions for", "created a database" name no mandate)
    # ("by which the Assembly had created the post of the United Nations High Commissioner": the post)
    r"(?<!be )(?:created|creates|create)(?=\s+(?:the|a|an)\s+(?:new\s+)?(?:mandates?|posts?|positions?)\s+of\s)|"
    r"(?:decided|decides|agreed|agrees|resolved|resolves)(?:\s+also|\s+further)?\*{0,2}\s+to\s+" + _SPLIT_BY + r"establish|"
    # "under its terms the Committee would decide to establish ..., and would also request the
    # working group to ...": a summary record telling a draft's terms in the conditional
    # (`relate` reads a record's paragraph as the draft's text only once it tells its terms)
    # ("the Assembly would decide to re-establish, at its eighty-eighth session, an ad hoc working group")
    r"(?:(?<=would )|(?<=would also ))decide\s+to\s+(?:re-?)?establish|"
    r"(?:(?<=would )|(?<=would also )|(?<=would further ))(?:request|invite|urge|encourage|ask|instruct|direct|entrust)(?=\s+(?:the|its|their|all)\b)|"
    # "Decides to appoint, for a period of three years, a special rapporteur on the right to food",
    # "by which the Council decided to appoint an independent expert on ...": appointing a mandate
    # held by one person creates it, as "to establish the mandate of a Special Rapporteur" does
    # ("Decides to appoint the members of the Board", "appoints Ms. X as Chair" create nothing)
    r"(?:decided|decides|agreed|agrees|resolved|resolves)(?:\s+also)?\*{0,2}\s+to\s+appoint"
    r"(?=(?:,[^,;]{1,60},)?\s+an?\s+(?:new\s+)?(?:special\s+rapporteur|independent\s+expert)\b)|"
    # "By resolution 24/20, the Council appointed, for a period of three years, an Independent
    # Expert on ...": the act told in the past, the mandate with its indefinite article ("appointed
    # Ms. X as Special Rapporteur", "appointed the Special Rapporteur" name a person for a mandate
    # that exists, and so does "appointed a new Special Rapporteur")
    r"(?<![Tt]o )(?<!be )(?<=\w )(?:appointed|appoints)"
    r"(?=(?:,[^,;]{1,60},)?\s+an?\s+(?:special\s+rapporteur|independent\s+expert)\b)|"
    # "Agrees to / Decides on / Approves the establishment of an expert group ...": the noun
    # ("Welcomes the establishment of" tells of another's act, and is left out)
    # ("the Council decided on the creation of an open-ended working group", "decided upon the
    # setting up of a task force": other nouns of the act, E140)
    # ("Approves the establishment of the Committee on Coastal Data": a body named with "the", its
    # kind within a few words, E220; "the establishment of the modalities" names none)
    r"(?:(?:agreed|agrees)\s+to|(?:decided|decides)\s+(?:up)?on|approved|approves)\s+the\s+(?:establishment|creation|setting\s+up)\s+of"
    r"(?=\s+an?\s|\s+the\s+" + _FEW_WORDS_THEN_BODY + r")|"
    # "Decides that there shall be a Committee on Coastal Data, composed of ten experts": the
    # instrument brings the body into being by declaring it ("there shall be a review of", "a
    # meeting of the committee" name no new body: no "of" before the kind, E220)
    r"(?:decided|decides|agreed|agrees|resolved|resolves)(?:\s+also|\s+further)?\s+that\s+there\s+(?:shall|will|should)\s+be"
    r"(?=\s+(?:an?|the)\s+" + _FEW_WORDS_THEN_BODY + r")|"
    # "Decides that the Executive Board shall establish an ad hoc working group ...": the
    # decision establishes it through the body it charges
    r"(?<=shall )establish(?=\s+an?\s)|"
    # "was set up pursuant to resolution 9/4": the passive of "established"; "Decides that an
    # expert group ... shall be set up"
    r"(?<=was )set\s+up|(?<=were )set\s+up|(?<=been )set\s+up|(?<=shall be )set\s+up|"
    # "The Working Group on X, set up pursuant to paragraph 4 of resolution 11/2, held ...": the
    # participle set off after a name, as ", established pursuant to" is read (E198)
    r"(?:(?<=, )|(?<=\()|(?<=, first )|(?<=, originally )|(?<=, initially ))set\s+up(?=\s+(?:by|under|pursuant\s+to|in\s+accordance\s+with|through)\s)|"
    # "Decides that an open-ended working group on ... shall be formed", "shall be constituted",
    # "shall be created": other verbs of the family in the same passive
    r"(?<=shall be )(?:formed|constituted|created|instituted)|"
    # "decision 269 (2009), which brought the Working Group on X into existence", "called an
    # expert group into being": the phrase wrapped round the body it creates
    r"(?:brought|called)(?=\s+(?:the|an?)\s+[^,;.()]{3,150}?\s+into\s+(?:being|existence)\b)|"
    # "By its decision AC 38/2, the Committee set up a task force on ...": the active past told
    # of the instrument, a new body after it ("to set up a database" asks another to act)
    # ("The General Assembly, in resolution 65/182, set up the Working Group on ...": the instrument
    # set off by commas before the verb, E178)
    r"(?<![Tt]o )(?<!be )(?<=[\w,] )set\s+up(?=\s+an?\s)|"
    # "same decision set up the Steering Group on Statistics for the SDGs": "the" and a body's name
    # with its topic after "on" or "for" ("set up the website for" names no body, E144)
    # ("… by which the Assembly created the post of … and set up the Inter-Agency Standing Committee
    # under the Coordinator's chairmanship": the name ends the clause, E177)
    r"(?<![Tt]o )(?<!be )(?<=[\w,] )set\s+up(?=\s+the\s+(?:[\w’'-]+\s+){0,4}?" + _BODY_NOUN + r"(?:\s+(?:on|for|under|with|as)\s|\s*[,;.]|\s*$))|"
    # "Resolution 12/1 provided for the establishment of an expert group ...": the instrument
    # made the body's establishment its own
    r"(?:provided|provides)\s+for\s+the\s+establishment\s+of(?=\s+(?:an?|the|its)\s)|"
    # "Designates the Executive Secretary to serve as the focal point ...", "Designates X as the
    # secretariat of ...": the instrument gives a body a function to perform, a request by the
    # convention of the gold (schema: "requests ... the body to do something"). Only opening the
    # paragraph, or in the past with the function after it ("designated the Bureau to act as",
    # "was designated as"): "designated experts", "the designated national authority" are no act.
    r"(?<=^)designates|(?<=^also )designates|(?<=^further )designates|"
    r"designated(?=\s+(?:its|the|their)\s+(?:[\w,-]+\s+){1,10}?(?:to\s+(?:serve|act)\s+as|as\s+(?:the|its|their|an?)\s))|"
    r"(?:(?<=is )|(?<=are )|(?<=was )|(?<=were )|(?<=been ))designated(?=[^.;]{0,100}?\s(?:to\s+(?:serve|act)\s+as|as\s+(?:the|its|their|an?)\s))|"
    # "Assigns to the Bureau the task of reviewing ...", "assigned the Committee the responsibility
    # for ...": a task given ("Assigns high priority to" gives none)
    r"(?:assigns|assigned)(?=\s+(?:to\s+)?(?:its|the|their)\s+(?:[\w,-]+\s+){0,10}?the\s+(?:tasks?|responsibilit(?:y|ies)|role|functions?)\s+(?:of|for)\b)|"
    # "The Committee was created by resolution 3/2": another passive of "established"
    r"(?<=was )created|(?<=were )created|(?<=been )created|"
    # "The Mission was launched by resolution 2452 (2019)": a body launched by an instrument named
    # right after (E176; "the initiative was launched by the Secretary-General", "launched at the
    # Summit" name no instrument)
    # ("was launched in 2019 by Council resolution 2452 (2019)", "launched by the Council in its
    # resolution 2452 (2019)", "launched by the Commission in 2029 by its resolution 11/2": when, and
    # the issuer before "in its" or "by its", as the other verbs of the family are read, E239)
    r"(?:(?<=was )|(?<=were )|(?<=been )|(?<=was also ))launched(?=\s+" + _WHEN_BEFORE_BY + r"(?:by|under|pursuant\s+to|through)\s+(?:its\s+|the\s+)?"
    r"(?:(?!(?:in|on|at|after|following|with|and|its|the)\s)[\w-]+\s+){0,3}?(?:(?:in\s+\d{4}\s+)?(?:in|by|through)\s+(?:its|their)\s+)?(?:resolution|decision)s?\s+\S*\d)|"
    # "The Board of Trustees was also created by that resolution", "was also set up under it" (E158)
    r"(?:(?<=was also )|(?<=were also ))(?:created|set\s+up)|"
    # "Under that decision, an intersessional expert group on ... is constituted, open to all
    # Member States", "a task force is created": the present passive of the instrument's own act
    # ("is constituted of ten members", "is formed of": what it is made of, no act, E145)
    r"(?:(?<=is )|(?<=are ))(?:created|constituted|instituted|formed)(?=\s*[,.;]|\s+(?:by|under|in\s+accordance|pursuant|as\s+an?|with\s+effect)\b)|"
    r"(?:(?<=was )|(?<=were )|(?<=been ))(?:constituted|instituted)(?=\s*[,.;]|\s+(?:by|under|in\s+accordance|pursuant|as\s+an?)\b)|"
    # "the group is to report to the Committee at its eighth session", "under which the
    # Secretary-General was to remain actively engaged": what an instrument laid on a body, told
    # with "is to" / "was to" and the task's verb (E145; `relate` takes the body right before as
    # the addressee, as for a passive, and only where an instrument speaks)
    # ("is to remain a standing body", "was to remain in being": a body kept, no task: `relate`'s
    # standing rules read it)
    r"(?:(?<=is )|(?<=are )|(?<=was )|(?<=were ))to(?=\s+(?:also\s+|further\s+)?(?:report|remain(?!\s+(?:an?|the|as|in\s+(?:being|place|existence))\b)|submit|prepare|present|continue|consider|review|"
    r"examine|develop|assist|support|serve|undertake|conduct|monitor|keep|work|engage|service|provide|transmit|convene|coordinate|draft|elaborate|"
    r"finalize|finalise|complete|identify|facilitate|inform|advise|brief|update|follow)\b)|"
    # "The Committee was brought into being by the Conference through decision 1/COP.5", "was
    # called into existence by resolution 3/2": the passive of the phrase whose active is read below
    # (the instrument after it, `established_by_instrument_after`, says by what: E141)
    r"(?:(?<=was )|(?<=were )|(?<=been ))(?:brought|called)\s+into\s+(?:being|existence)|"
    # "By its resolution 62/11, the Council created an expert working group on ...": the active
    # past before a body of a kind bodies are created of
    # ("the Board brought into being a consultative group on ...", "constituted a panel",
    # "called into being a task force": other verbs of the family, E131)
    # ("the Council formed a working group of the Committee on ...", "instituted an expert group":
    # two more, E136)
    r"(?:created|constituted|formed|instituted|(?:brought|called)\s+into\s+being)(?=\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:working\s+group|expert\s+group|group\s+of\s+(?:[a-z][\w-]*\s+){0,2}experts|task\s+force|(?:advisory|consultative|contact|steering)\s+group|committee|subcommittee|panel|forum)\b)|"
    # "By its resolution 1526 (2004), the Council created the Monitoring Team to ...": the active
    # past before "the" and a body's head noun within a few words ("created the conditions for
    # the Committee to ..." names none: no "for", "of", "to" or "and" before the noun)
    r"(?<![Tt]o )(?<!be )created(?=\s+the\s+(?:(?!(?:for|of|to|and|by|in|on)\b)[\w’'-]+\s+){0,4}?" + _BODY_NOUN + r")|"
    # "the Working Group, which the Council created by its resolution 2026/12": the active past
    # with the instrument right after it, "by its resolution"
    # ("the Executive Directorate, which the Council created by resolution 1535 (2004)", "set up
    # under decision 4/2", "instituted through its resolution 7/1": the kind word right after, E136)
    # ("which the Council set up in resolution 41/3", "in accordance with its decision 4/2", "set up
    # in C-DEC 231/4": a number whose keyword is a code, as the reference data may declare it)
    r"(?:created|set\s+up|constituted|instituted|formed)(?=\s+(?:by|under|through|in|pursuant\s+to|in\s+accordance\s+with)\s+(?:(?:its|their)\s+)?(?:(?:resolution|decision)s?\b|[A-Za-z]{1,8}[.-][A-Za-z]{1,8}\s*\d))|"
    # "the Task Group on Gender, set up by decision IPCC-LX-7, will ...": the participle, as
    # ", established by decision ..." is
    # ("an Ad Hoc Committee on ..., created the year before by resolution 3349 (XXIX)": when, between, E136)
    # (matched on lower-cased text: the issuer's name before the kind word, "by General Assembly
    # resolution 65/182", "by the Council in its resolution 2001/45", in lower case, never "to";
    # "(created by ...)" in brackets as after a comma, E168)
    r"(?:(?<=, )|(?<=\())(?:created|set\s+up|constituted|instituted|formed)(?=\s+" + _WHEN_BEFORE_BY + r"(?:by|under|pursuant\s+to)\s+(?:(?:its|their|the)\s+)?(?:(?!to\b)[a-z][\w-]*\s+){0,6}(?:resolution|decision)s?\b)|"
    # "To request the Secretariat ...", "To urge ... and to request ...": a decision whose
    # operative paragraphs are infinitives after "decides:" (the verb opens the sentence, or
    # follows "and to" in it; `infinitive_opens` checks the sentence opened so)
    # ("To ask the Executive Committee to review ...": "ask" as "request", as WHO's and PAHO's
    # governing bodies write it)
    r"(?<=^to )(?:request|invite|urge|encourage|establish|ask)|(?<=and to )(?:request|invite|urge|encourage|ask)|"
    # "To also ask the Committee to ...", "To further request ...": an adverb between (E104)
    r"(?:(?<=^to also )|(?<=^to further ))(?:request|invite|urge|encourage|ask)|"
    # "Decides to request the Executive Secretary to ...", "the Commission decided to invite ...":
    # the instrument's own mandate, told through "decide"
    r"(?<=decides to )(?:request|invite|urge|encourage|ask)|(?<=decided to )(?:request|invite|urge|encourage|ask)|"
    # "Paragraphs 3 and 4 of resolution 12/1 (also) encourage the Bureau to ...": the plural present
    # right after an instrument's number or bracketed year (`relate` reads it only after a plural
    # "paragraphs ... of"; `plural_present`)
    r"(?:(?<=\d )|(?<=\) )|(?<=\d also )|(?<=\) also )|(?<=\d further )|(?<=\) further ))(?:request|invite|urge|encourage)(?=\s+(?:the|its|their|all|member|states)\b)|"
    # "the Council would extend the mandate ..., request the Special Rapporteur to ..., and request
    # the Office to ...": bare infinitives coordinated under one "would" (`relate` keeps them only
    # after a conditional verb of the same clause, `after_conditional`)
    r"(?:(?<=, )|(?<=, and )|(?<=\w and ))(?:request|invite|urge|encourage|ask)(?=\s+(?:the|its|their|all)\b))\b"
)
# Searched from the words a match begins with ("request", "encourage", ...): several times
# faster than the pattern, which opens with \b and look-behinds, tried at every word.
_MANDATE_VERB_STARTS = LiteralStarts(MANDATE_VERB)


def mandate_verbs_in(lowered: str) -> list[re.Match[str]]:
    """``MANDATE_VERB``'s matches in a lower-cased sentence, in order."""
    return list(_MANDATE_VERB_STARTS.finditer(lowered))


# A sentence that opens with an infinitive: the form of a decision's operative paragraphs
# ("1. To request ...", "(b) To invite ...").
_INFINITIVE_OPENS = re.compile(r"^\s*to\s+(?:also\s+|further\s+)?[a-z]+\b", re.IGNORECASE)


def infinitive_opens(sentence: str) -> bool:
    """Whether the sentence opens with an infinitive ("To request ...")."""
    return _INFINITIVE_OPENS.match(sentence) is not None


def after_decide(text_before_verb: str) -> bool:
    """"decides to" / "decided to" just before an infinitive ("Decides to request ..."), or the
    conditional of a summary record telling a draft's terms ("would also request")."""
    return text_before_verb[-11:].lower() in ("decides to ", "decided to ") or _WOULD_BEFORE.search(text_before_verb[-20:]) is not None


_WOULD_BEFORE = re.compile(r"\bwould\s+(?:also\s+|further\s+)?$")
# A bare infinitive after a comma or "and" (", request the ...", ", and invite the ..."): one of a
# series of verbs, whose first tells whose they are
_COORDINATED = re.compile(r"(?:,|\sand)\s+$")
# "would extend the mandate of X for three years, request X to ..., and ": a conditional verb of the
# clause, and no stop or semicolon after it, before the coordinated infinitive
_CONDITIONAL_BEFORE = re.compile(r"\bwould\s+(?:also\s+|further\s+)?(?!have\b|be\b|not\b)[a-z]+\b[^.;]*(?:,|\sand)\s+$")


# "A draft decision by which the Committee would have asked the Secretariat ... was withdrawn", "the
# Council could have requested": the conditional perfect tells what did not happen (E193)
_COUNTERFACTUAL_BEFORE = re.compile(r"\b(?:would|could|should|might)\s+(?:also\s+|further\s+)?(?:not\s+)?have\s+(?:also\s+|further\s+)?$")


def counterfactual(text_before_verb: str) -> bool:
    """Whether the verb after ``text_before_verb`` is told in the conditional perfect ("would have
    asked"): a mandate nobody laid."""
    return _COUNTERFACTUAL_BEFORE.search(text_before_verb[-40:]) is not None


def coordinated(text_before_verb: str) -> bool:
    """Whether a bare infinitive follows a comma or "and" (one of a series of verbs)."""
    return _COORDINATED.search(text_before_verb[-6:]) is not None


def after_conditional(text_before_verb: str) -> bool:
    """Whether a coordinated bare infinitive shares a conditional verb said before it in the clause:
    a report telling a draft's terms ("the Council would extend ..., request ... and invite ...")."""
    return _CONDITIONAL_BEFORE.search(text_before_verb[-400:]) is not None


# "Paragraphs 3 and 4 of", "Operative paragraphs 3 to 5 of the", "that paragraphs 2, 3 and 7 of":
# several paragraphs of one instrument, the subject of a plural verb.
_PLURAL_PARAGRAPHS_OF = re.compile(
    r"(?:^|\bthat\s+|[,;]\s+(?:and|while|whereas|but)\s+)(?:[Oo]perative\s+)?[Pp]aragraphs\s+[\w.()]+"
    r"(?:\s*(?:,|and|to|through|-|–)\s*[\w.()]+)+\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and|of|on|for)\s+){0,10}$"
)


def plural_present(verb: str, text_before_instrument: str) -> bool:
    """"encourage" after "Paragraphs 3 and 4 of resolution 12/1": the plural present, whose
    subject is several paragraphs of the instrument named just before the verb; not an
    infinitive of a sentence that is no infinitive clause ("and to request")."""
    return is_infinitive(verb) and _PLURAL_PARAGRAPHS_OF.search(text_before_instrument) is not None


def after_shall(text_before_verb: str) -> bool:
    """"shall" just before an infinitive: "Decides that the Board shall establish a working
    group" (the instrument charges a body to establish one; the decision establishes it)."""
    return text_before_verb[-6:].lower() == "shall "


def is_infinitive(verb: str) -> bool:
    """"request", "invite", "establish": the bare infinitive of an operative paragraph."""
    return verb.split()[0].lower() in ("request", "invite", "urge", "encourage", "establish", "ask")
# Every verb above contains one of these ("urging", "calling upon": E262's participles after a title,
# which "urge" and "lls u" miss, G3): a sentence without any names no mandate, and a
# substring test is much cheaper than the pattern. The common stems are looked for in each
# sentence; the rarer ones once in the whole document (`VerbIndex`): a dozen scans of every
# sentence would cost more than the rest of the rule.
COMMON_STEMS = ("request", "encourag", "invit", "establish")
RARE_STEMS = (
    "urge", "urging", "lls u", "lled u", "lls on", "lled on", "lling u", "lling on", "lls for", "lled for", "ask", "directs ", "instructs ", "reiterat", "renew", "repeat",
    "entrusts ", "directed", "instructed", "entrusted", "authoriz", "authoris", "appeals to", "appealed to", "mandates ", "mandated ", "tasks ", "charges ", "tasked ", "charged ", "exhort",
    "to create", "set up", "to convene", "to constitute", "to form", "to institute", "created", "designat", "provide", "assign",
    "constituted", "launched", "into being", "is to ", "are to ", "was to ", "were to ", "into existence", "instituted", "formed", "same request", "to appoint", "appointed", "appoints", "creation of", "setting up of", "setting up", "creating", "required", "requires ", "there shall be", "there will be", "there should be",
)


def _stems_by_opening(stems: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The stems grouped by their first four characters, each group with the longest opening its
    stems share ("lls " of "lls u", "lls on", "lls for"): the text is scanned once per opening,
    and each stem of the group tested only where its opening stands."""
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[:4], []).append(stem)
    return tuple((os.path.commonprefix(group), tuple(group)) for group in groups.values())


_RARE_STEM_OPENINGS = _stems_by_opening(RARE_STEMS)


class VerbIndex:
    """Where the rarer mandate verbs stand in a document's text, found once."""

    def __init__(self, text: str) -> None:
        lowered = lower_document(text)
        self.exact = len(lowered) == len(text)  # else offsets shift: scan each sentence instead
        positions: list[int] = []
        # every place a stem stands is one where its group's opening stands
        for opening, stems in _RARE_STEM_OPENINGS if self.exact else ():
            at = lowered.find(opening)
            while at >= 0:
                if len(stems) == 1 and stems[0] == opening:
                    positions.append(at)
                else:
                    positions += [at for stem in stems if lowered.startswith(stem, at)]
                at = lowered.find(opening, at + 1)
        self.positions = sorted(positions)

    def may_name_a_mandate(self, lowered: str, start: int) -> bool:
        """Whether the lower-cased sentence that starts at ``start`` in the text may hold a
        mandate verb (an ``or`` of ``in`` tests costs a fraction of ``any()``)."""
        if "request" in lowered or "encourag" in lowered or "invit" in lowered or "establish" in lowered:
            return True
        if not self.exact:
            return any(stem in lowered for stem in RARE_STEMS)
        i = bisect_left(self.positions, start)
        return i < len(self.positions) and self.positions[i] < start + len(lowered)


# Verb stem -> relation, from the one relation table (ontology/relations.py); longest first,
# so that "decides to establish" is read before a shorter stem could be.
_RELATION_OF_STEM = tuple(sorted(verb_relations().items(), key=lambda item: -len(item[0])))

# "be encouraged", "are also encouraged", "is further called upon", "was established".
# "was, in that resolution, requested", "were, by the same decision, invited": the instrument set
# off between the auxiliary and the participle (E130)
_PASSIVE_BEFORE = re.compile(
    r"\b(?P<aux>be|been|being|is|are|was|were)\s*(?:,\s+(?:in|by|under|through)\s+(?:that|the\s+same|this|the\s+said|the\s+latter|the\s+former)"
    r"\s+(?:resolution|decision|text)\s*,\s*"
    # "the Working Group was, by resolution 67/139 of 20 December 2012, requested": the
    # instrument itself, numbered (and dated), set off between the auxiliary and the verb
    r"|,\s+(?:in|by|under|through)\s+(?:(?:its|their)\s+)?(?:[\w’'-]+\s+){0,5}?(?:resolution|decision)\s+[^,;:()]{1,50}?\d[^,;:()]{0,30},\s*"
    r"|\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)

# "The Secretariat should continue", "UNODC should consider", "States parties should also".
SHOULD = re.compile(r"\s+should\s+(?:(?:also|further|continue\s+to|consider)\s+)?(?=[a-z])")


# the items between the verb and its establishing item, in `relation_of`'s lower case
_ITEMS_BEFORE_ESTABLISH = re.compile(r"^(decides|resolves) (?:(?:\d{1,2}|[a-z]\)) to [^;:]{1,300}; (?:and )?){0,6}(?:\d{1,2}|[a-z]\)) to establish$")


def relation_of(verb: str) -> str:
    """The relation a mandate verb stands for ("Calls upon" -> "requests"; "Reiterates its
    invitation to" -> "invites")."""
    verb = " ".join(verb.lower().replace("*", "").split()).replace(" also ", " ").replace(" further to ", " to ")  # "Decides* also to establish", "decides further to establish" (E250)
    verb = _SPLITTING_ADVERB.sub("to ", verb)  # "decides to urgently establish" (E223)
    # "Decides to create / set up / convene / constitute an open-ended working group": to establish it
    # ("decides to appoint a special rapporteur on ...": a mandate the appointment creates)
    verb = re.sub(r"\bto (?:create|set up|convene|constitute|form|appoint|re-?establish|institute)$", "to establish", verb)
    # "resolves 1 to continue ...; 2 to establish": the verb over its numbered items (E164)
    verb = _ITEMS_BEFORE_ESTABLISH.sub(r"\1 to establish", verb)
    if verb == "decide to establish":
        verb = "decides to establish"  # "would decide to establish": a draft's terms, told
    if verb in ("appointed", "appoints"):
        verb = "established"  # "appointed an independent expert on ...": a mandate the appointment creates
    if verb in ("create", "creates"):
        # "decided to create the mandate (the post) of ...": the bare verb matched before "the
        # mandate of" ("decided to" is not part of the match); was no stem at all, and raised
        verb = "establishes"
    if verb in ("set up", "created", "launched", "constituted", "instituted", "formed", "brought into being", "called into being", "brought into existence", "called into existence", "brought", "called"):
        verb = "established"
    if verb in ("designates", "designated"):
        verb = "requests"  # charged with a task
    if verb == "to":
        verb = "requests"  # "the group is to report": a task laid on it
    if verb.endswith((" there shall be", " there will be", " there should be")):
        verb = "establishes"  # "Decides that there shall be a Committee on ..."
    if verb.endswith((" the establishment of", " the creation of", " the setting up of")):
        verb = "establishes"  # "Approves the establishment of an expert group"
    if verb in ("establishing", "creating", "setting up"):
        verb = "established"  # "resolution 11/2, establishing the Committee": what the instrument did
    if verb in ("required", "requires"):
        verb = "requests"  # "the Secretary-General is required to report": a task laid on the body
    if verb.startswith(("designat", "assign")):
        verb = "requests"  # "Designates X to serve as the focal point", "Assigns to X the task of": asks X to act
    if verb.startswith(("made the same request", "makes the same request")):
        verb = "requests"
    if verb.startswith(("reiterat", "renew", "repeat")):
        verb = verb.split()[2]  # the noun: "request", "invitation", "call"
    for stem, relation in _RELATION_OF_STEM:
        if verb.startswith(stem):
            return relation
    raise ValueError(f"not a mandate verb: {verb!r}")


# Where the body given a function ends: "Designates X as the focal point", "X to serve as", "Assigns
# to X the task of": the words after it are the function, not more bodies
_FUNCTION_GIVEN = re.compile(r"\s(?:to\s+(?:serve|act)\s+as|as|the\s+(?:tasks?|responsibilit(?:y|ies)|role|functions?))\b", re.IGNORECASE)


_ENTRUSTED_WITH = re.compile(r"\s+with\s+(?=[a-z])")


def function_given_at(verb: str, text: str, verb_end: int) -> int | None:
    """Where the function starts after a verb that gives one ("designates", "assigns"), so that
    the bodies named in it are not taken for the body given it; None for other verbs."""
    if verb.lower().startswith("entrust"):
        # "Entrusts the Executive Secretary with servicing the Team of Specialists": the task after
        # "with" names bodies it is no addressee of
        entrusted = _ENTRUSTED_WITH.search(text, verb_end)
        return entrusted.start() if entrusted else None
    if not verb.lower().startswith(("designat", "assign")):
        return None
    m = _FUNCTION_GIVEN.search(text, verb_end)
    return m.start() if m else None


def is_present(verb: str, text_before_verb: str = "") -> bool:
    """"Requests", "Calls upon", "Decides to establish": an operative paragraph of the
    instrument speaking; "requested", "called upon": a report of what an instrument did, as is
    an infinitive after "decided to" ("the Council had decided to request ...")."""
    first = verb.split()[0].lower().rstrip("*")
    if is_infinitive(first) and text_before_verb[-11:].lower() == "decided to ":
        return False
    if first == "decide" and text_before_verb.endswith(("would ", "would also ", "would further ")):
        return True  # "the Assembly would decide to re-establish ...": a draft's terms, told (E153)
    return first.endswith("s") or first.startswith("decides") or is_infinitive(first)


def passive_auxiliary(text_before_verb: str) -> str | None:
    """"are" in "States parties are encouraged", "was" in "was established"; None when the
    verb is active. The text just before the verb is enough (the pattern is anchored at its end)."""
    m = _PASSIVE_BEFORE.search(text_before_verb[-100:])
    return m["aux"].lower() if m else None


@dataclass(frozen=True)
class Recommendation:
    """"<body> should <act>": where the body's name ends and where the task starts."""

    subject_end: int
    task_start: int


def recommendations(text: str) -> list[Recommendation]:
    """Each "should" that follows a name and opens a task, in order."""
    if " should " not in text:
        return []
    return [Recommendation(m.start(), m.end()) for m in SHOULD.finditer(text)]
