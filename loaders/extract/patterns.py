"""Regular expressions built from word lists: see `graph.patterns`, which look-ups share."""

from __future__ import annotations

from mandate_graph.graph.patterns import trie_pattern

__all__ = ["CAPITALISED_NAME", "DAY_OPENING", "ORGANS_OWN_TEXTS", "INSTRUMENT_PART_OF", "NEXT_RECITAL", "PREAMBLE_OPENER", "trie_pattern"]

# A body's name as a sentence writes it in capitals, up to seven words, its lower-case joints
# among them: "Assembly", "General Assembly", "Economic and Social Council", "Commission on Population
# and Development". Rules put it where a subject or an agent stands ("the request made by <name> to",
# "In resolution 77/12, <name> decided that").
CAPITALISED_NAME = r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|on|for)){0,6}"

# The part of an instrument named before it: "paragraph 5 of", "operative paragraph 3 (b) of",
# "paragraphs 65 to 84 of", "section II, paragraph 3, of", "paragraph 5 of the annex to". What an
# act told of the instrument ("came into being under paragraph 5 of resolution 28/14") was done by
# the instrument itself.
# "section I of" alone: a lettered or numbered section of a resolution ("in section I of its resolution
# 88/255 A", E205)
INSTRUMENT_PART_OF = (
    r"(?:(?:(?:section|part|chapter)\s+[A-Z0-9]{1,4},\s+)?(?:operative\s+)?(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?"
    r"(?:\s*(?:,|and|to)\s*\d{1,3}(?:\s*\([a-z]{1,4}\))?){0,3},?\s+of\s+(?:the\s+annex\s+to\s+)?"
    r"|(?:section|part|chapter)\s+[A-Z0-9]{1,4}\s+of\s+)"
)

# A day that opens a sentence and is set off by its comma: "On 14 June 2031, ", "Also on Monday,
# 3 May 2031, ", "On June 14, 2031, ", "On 3 May, " (a year the context gives). What the sentence
# goes on to tell happened that day: a meeting it names ("On 14 June 2031, at its 10811th meeting,
# the Council adopted ..."), an act its subject did by an instrument (E179).
DAY_OPENING = (
    r"(?:Also\s+on|On)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\s*,\s+"
)

# The word a preambular paragraph opens on, in capitals, a word in lower case after it: a participle
# ("Recalling", "Having considered", "Noting with concern") or one of the adjectives a preamble uses
# ("Mindful of", "Convinced that", "Deeply concerned"). Where a text saved one paragraph a line is
# read as one sentence (each paragraph ends on a comma), a comma (perhaps with a footnote's number
# glued to it: "the Convention,1") and this word begin the next paragraph: what the one before said
# (a title "on ...", a relative clause "in which it requested ...") ends there (E185).
PREAMBLE_OPENER = (
    r"(?:[A-Z][a-z]{2,}ing|Mindful|Aware|Convinced|Concerned|Deeply|Guided|Conscious|Determined|Alarmed|Cognizant)"
    r"(?=\s+[a-z])"
)
NEXT_RECITAL = r"[,;]\d{0,2}\s+" + PREAMBLE_OPENER

# What two organs' resolutions of one list are called when each adopted its own text of one matter
# ("by their concurrent resolutions 70/262 and 2282 (2016)", "in their respective resolutions"): after
# "their" or "the", before the plural keyword (E212, E219)
ORGANS_OWN_TEXTS = r"(?:concurrent|respective|identical|parallel|twin|joint)"
