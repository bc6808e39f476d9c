"""A report's account of a decision telling a body's duty with "is to": "The expert group is to
meet once before the sixth meeting of the Subsidiary Body and is to submit its conclusions to
that body", "The Working Groups are to report annually". Under a heading that names the decision
the account tells (`narrated_decisions`), the body that opens the sentence is asked by that
decision to do what follows "to" (E105). ("is to be held", "is to be submitted": a passive of
what happens, no duty of the subject's.)"""

from __future__ import annotations

import re

# after the subject: "is to meet", "are also to report" (not "is to be", "is to have been")
_IS_TO = re.compile(r"\s*,?\s+(?:is|are)\s+(?:also\s+|further\s+|then\s+)?to\s+(?!be\b|have\s+been\b)(?=[a-z])")
# what opens the sentence before the subject: "The", "Also, the", "3. The"
_OPENS_BEFORE_SUBJECT = re.compile(r"^(?:(?:Also|Further|Moreover|In\s+addition|Finally),?\s+)?[Tt]he\s+$")


def duty_after_subject(text: str, subject_start: int, subject_end: int) -> int | None:
    """Where the task begins ("meet once ...") when the body named at ``subject_start`` opens
    the sentence and "is to" / "are to" follows it; else None."""
    if " to " not in text or not _OPENS_BEFORE_SUBJECT.match(text[:subject_start]):
        return None
    m = _IS_TO.match(text, subject_end)
    return None if m is None else m.end()


# "Under the above-mentioned Assembly resolution, the working group is to ...", "By that decision,
# the Bureau is to ...": an opening that names the instrument (by number or back reference), set
# off by its comma, before the subject
_INSTRUMENT_OPENING_BEFORE_SUBJECT = re.compile(r"^(?:(?:Also|Further|Moreover),?\s+)?(?:In|By|Under|Through)\s+[^,;:]{3,120},\s+[Tt]he\s+$")


def duty_after_instrument_opening(text: str, subject_start: int, subject_end: int) -> int | None:
    """Where the task begins when the body at ``subject_start`` opens the clause right after an
    opening that names the instrument, and "is to" / "are to" follows it; else None."""
    if not _INSTRUMENT_OPENING_BEFORE_SUBJECT.match(text[:subject_start]):
        return None
    m = _IS_TO.match(text, subject_end)
    return None if m is None else m.end()
