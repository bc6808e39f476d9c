"""Which bodies an establishing participle speaks of, when the nearest name before it is not the
whole answer:

- an appositive: "The Committee, a standing committee of the Council established by the Council
  in its resolution 3 (II), considers ...": what the participle says of the appositive it says
  of the body the sentence opens with, not of the body the appositive's words name;
- two names joined: "the Agency and the Commission were established by resolution 302 (IV)":
  the plural auxiliary makes both the subject."""

from __future__ import annotations

import re

# ", a standing committee of the Council ", ", an intergovernmental body ": the appositive after
# the opening name, up to the participle (no other comma, bracket or clause in it)
# ", a subsidiary body of the Council, was ": set off by a second comma before a passive's auxiliary (E96)
_APPOSITIVE = re.compile(
    r"\s*,\s+an?\s+(?:(?:[\w’'-]+\s+){1,10}?|(?:[\w’'-]+\s+){0,10}?[\w’'-]+\s*,\s+(?:was|were|is|has\s+been|had\s+been)\s+)$"
)
_OPENING = re.compile(r"^(?:The\s+)?$")


def opens_appositive_before(text: str, name_start: int, name_end: int, verb_start: int) -> bool:
    """Whether the name at ``name_start``–``name_end`` opens the sentence and an appositive
    runs from its end right up to the verb at ``verb_start``."""
    if verb_start - name_end > 120 or _OPENING.match(text[:name_start]) is None:
        return False
    return _APPOSITIVE.match(text[name_end:verb_start]) is not None and "which" not in text[name_end:verb_start]


# "the Agency and the Commission were", "the Board and its Bureau have been": the last two names
# joined by "and" (a determiner or "its" before the second), then a plural passive's auxiliary
_JOINED = re.compile(r"^\s*,?\s+and\s+(?:the\s+|its\s+|their\s+)?$")
# ("The President of the Assembly and the President of the Council would be invited to ...": a
# modal's "be" has no number, the "and" makes the subject plural, E153)
_PLURAL_PASSIVE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:were|are|have\s+been|had\s+been|(?:would|shall|will|should)\s+(?:also\s+|further\s+)?be)\s+"
    r"(?:also\s+|jointly\s+|both\s+)?$"
)


def joined_subjects(text: str, first_end: int, second: tuple[int, int], verb_start: int) -> bool:
    """Whether the name ending at ``first_end`` is joined by "and" to the one spanning
    ``second`` as one plural subject of the passive verb at ``verb_start``."""
    return _JOINED.match(text[first_end : second[0]]) is not None and _PLURAL_PASSIVE.match(text[second[1] : verb_start]) is not None
