"""A document written in an office-holder's own voice: "in which the Security Council requested me
to report", "the Council asked me to convene", "I was requested to submit".

Reports and letters of the Secretary-General to the Security Council, and many reports of the
heads of programmes and of special procedures, speak in the first person: the "me" a mandate is
given to is the office the document is by. Who that is the document says in a heading: "Report
of the Secretary-General", "Note by the Executive Director", "Letter dated 1 June 2031 from the
Secretary-General addressed to the President of the Security Council". Only an **office** (a
post one person holds: Secretary-General, Executive Director, High Commissioner, Special
Rapporteur, ...) speaks so; "Report of the Committee" says "the Committee", never "me".

The voice lasts until another heading names another writer: an annex that is "Letter dated ...
from the Permanent Representative of ..." speaks in that representative's voice, which no
reference data keys, so there "me" is nobody the text names.
"""

from __future__ import annotations

import re

# Posts one person holds, as a body's name begins with them ("Executive Director of the United
# Nations Office on Drugs and Crime", "Special Rapporteur on the right to food").
OFFICE_TITLES = (
    "Secretary-General", "Deputy Secretary-General", "Under-Secretary-General", "Director-General",
    "Executive Director", "Executive Secretary", "Executive Head", "High Commissioner",
    "Commissioner-General", "Administrator", "Special Rapporteur", "Independent Expert",
    "Special Representative", "Special Envoy", "Special Adviser", "Special Coordinator",
    "Registrar", "Prosecutor", "Ombudsperson", "Ombudsman", "President", "Chair", "Chairperson",
    "Chairman", "Secretary", "Coordinator", "Director",
)
# ("United Nations High Commissioner for Human Rights": the organisation's name before the post)
_OFFICE = re.compile(r"(?:United\s+Nations\s+)?(?:%s)\b" % "|".join(re.escape(t) for t in sorted(OFFICE_TITLES, key=len, reverse=True)))

# "Report of the Secretary-General", "Note by the Executive Director", "Progress report of the
# High Commissioner", "Letter dated 1 June 2031 from the Secretary-General addressed to ...",
# "Identical letters dated ... from the Secretary-General addressed to ..."
_WRITER = re.compile(
    r"^\s*(?:(?:[A-Za-z][a-z-]+\s+){0,3}(?:[Rr]eport|[Nn]ote|[Ss]tatement|[Mm]essage|[Mm]emorandum|[Uu]pdate|[Bb]riefing)"
    r"\s+(?:of|by)"
    r"|(?:Identical\s+)?[Ll]etters?\s+dated\s+[^\n]{4,40}?\s+from)"
    r"\s+(?:the\s+)?(?=[A-Z])"
)
# The same words closing a title run on after its topic ("Situation in South Sudan" / "Report of
# the Secretary-General", pasted one paragraph a line and joined into one heading): the last such
# words, the writer's name after them to the heading's end
_WRITER_CLOSING = re.compile(
    r"\s(?:[Rr]eport|[Nn]ote|[Ss]tatement|[Mm]essage|[Mm]emorandum|[Uu]pdate|[Bb]riefing)\s+(?:of|by)\s+(?:the\s+)?(?=[A-Z][^.;:()]{0,80}$)"
)
# A heading opening a text in another voice: an annex, an appendix, an enclosure.
_OTHER_TEXT = re.compile(r"^\s*(?:Annex|Appendix|Enclosure|Attachment)\b")

# "me" anywhere; "I" as a sentence's subject, never a Roman numeral ("Annex I", "I. Introduction",
# "Part I of", "section I above"): a lower-case word follows it, and no numbered part's name goes before.
_ME = re.compile(r"\bme\b")
_I = re.compile(r"(?<![\w\-.])I\s+(?P<next>[a-z]+)\b")
_PARTS_NUMBERED = frozenset(
    "annex appendix part chapter section phase volume table category group schedule title article figure "
    "option tier list class type level stage book item box paragraph module pillar component".split()
)
_AFTER_A_NUMERAL = frozenset("of to and or above below in on at for by with from the a an as under hereto thereto".split())
def writer_named_at(heading: str) -> int | None:
    """Where the writer's name starts in a heading that says whose voice the text is in
    ("Report of the Secretary-General": at "Secretary-General"), or None."""
    m = _WRITER.match(heading)
    if m is None:
        m = _WRITER_CLOSING.search(heading)
    return m.end() if m is not None else None


def is_office(name: str) -> bool:
    """Whether a body's name (as the heading writes it, or its label) is a post one person holds."""
    return _OFFICE.match(name.strip()) is not None


def opens_another_text(heading: str) -> bool:
    """An annex or appendix heading: the text under it may be in another voice."""
    return _OTHER_TEXT.match(heading) is not None


def first_person(text: str) -> list[tuple[int, int]]:
    """Spans of the writer's pronouns that can be given a mandate: "me", and "I" as a subject."""
    spans = [(m.start(), m.end()) for m in _ME.finditer(text)]
    for m in _I.finditer(text) if "I " in text else ():
        before = text[max(0, m.start() - 20) : m.start()].split()
        if m["next"] in _AFTER_A_NUMERAL or (before and before[-1].lower().strip("(") in _PARTS_NUMBERED):
            continue
        spans.append((m.start(), m.start() + 1))
    return sorted(spans)
