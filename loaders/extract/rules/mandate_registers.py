"""A register (or tracker) of mandates, as a secretariat keeps one in a spreadsheet: one row a
mandate, the instrument that gives it, the body it is addressed to and what that body is asked
to do in columns the header names ("Instrument | Adopted | Title | OP | Addressee | Action |
Report due | Status", "Resolution<tab>Addressee(s)<tab>Requested action<tab>Due"). The
instrument's cells are merged over the rows of its mandates, so a spreadsheet saves them on its
first row only; the action is told in the participle, the addressee standing in its own cell
before it: "Sub-Committee on X (NCSR)", "requested to review the standards".

This module tells the register's columns apart and turns a row's addressee and action into the
operative clause the instrument says ("requests the Sub-Committee on X (NCSR) to review the
standards"): the reader of a CSV export (`csv_tables`) writes it into the instrument's content
cell, which `decision_tables` reads as the instrument's operative paragraphs. An action that
gives no mandate ("noted", "(text deleted - no mandate)", "-") gives no clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Addressee", "Addressee(s)", "Addressees", "Addressed to", "Responsible body", "Body requested"
_ADDRESSEE_HEADER = re.compile(
    r"^(?:Addressee(?:\(s\)|s)?|Addressed\s+to|To\s+whom|"
    r"(?:Responsible|Lead|Concerned)\s+(?:body|bodies|entity|entities|organ|actor)|"
    r"(?:Body|Bodies|Entity|Entities|Organ|Actor)(?:\(s\)|s)?\s+(?:requested|invited|responsible|concerned|tasked|addressed))$",
    re.IGNORECASE,
)
# "Action", "Requested action", "Action requested", "Request", "Mandate given", "Task"
_ACTION_HEADER = re.compile(
    r"^(?:(?:Requested|Required|Expected)\s+action|Actions?(?:\s+(?:requested|required|called\s+for|expected))?|"
    r"Requests?|What\s+is\s+(?:requested|asked)|Tasks?|Mandate\s+given)$",
    re.IGNORECASE,
)
# "Report due", "Due", "Reporting to", "Report to", "Deadline", "Due at"
_DUE_HEADER = re.compile(
    r"^(?:Report(?:ing)?\s+(?:due|to|at|deadline|back(?:\s+to)?)|Due(?:\s+(?:at|by|date))?|Deadline|Timeline|Target\s+(?:session|meeting))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RegisterColumns:
    addressee: int
    action: int
    due: int | None


def register_columns(names: list[str]) -> RegisterColumns | None:
    """The addressee, action and due columns of a header naming an addressee and an action."""
    addressee = next((i for i, name in enumerate(names) if _ADDRESSEE_HEADER.match(name.strip())), None)
    action = next((i for i, name in enumerate(names) if _ACTION_HEADER.match(name.strip())), None)
    if addressee is None or action is None or addressee == action:
        return None
    due = next((i for i, name in enumerate(names) if _DUE_HEADER.match(name.strip())), None)
    return RegisterColumns(addressee, action, due)


def is_due_header(name: str) -> bool:
    return _DUE_HEADER.match(name.strip()) is not None


# The participle an action opens with, and the verb the instrument says it with. "both", "also",
# "each" may come first ("both invited to consider ..."). A bare "to report ..." is what the
# addressee is requested to do.
_PARTICIPLES = {
    "requested": "requests",
    "invited": "invites",
    "urged": "urges",
    "encouraged": "encourages",
    "called upon": "calls upon",
    "called on": "calls on",
    "asked": "asks",
    "instructed": "instructs",
    "directed": "directs",
    "mandated": "mandates",
    "authorized": "authorizes",
    "authorised": "authorises",
    "established": "establishes",
    "set up": "sets up",
    "created": "creates",
}
_ACTION = re.compile(
    r"^\s*(?:(?:both|all|each|also|further|hereby|thereby)\s+)*(?:(?P<participle>"
    + "|".join(p.replace(" ", r"\s+") for p in sorted(_PARTICIPLES, key=len, reverse=True))
    + r")\b|(?=to\s+[a-z]))",
    re.IGNORECASE,
)
# "established by OP 1 (ToR in annex)": what follows a body's establishment says where, not what
_CREATED = frozenset({"establishes", "sets up", "creates"})
_INFINITIVE = re.compile(r"\s*(?:,\s*)?(?=to\s+[a-z])")


@dataclass(frozen=True)
class ActionClause:
    verb: str  # the instrument's verb, in the present ("requests")
    at: int  # where the participle (or the bare infinitive) opens in the action cell
    rest: int | None  # where the rest of the clause ("to review ...") opens; None: nothing follows


def action_clause(action: str) -> ActionClause | None:
    """The instrument's verb for a register's action cell ("requested to review ..." →
    "requests", rest "to review ..."), None when the cell gives no mandate ("noted")."""
    m = _ACTION.match(action)
    if m is None:
        return None
    if m["participle"] is None:
        return ActionClause("requests", m.end(), m.end())
    verb = _PARTICIPLES[re.sub(r"\s+", " ", m["participle"].lower())]
    if verb in _CREATED:
        return ActionClause(verb, m.start("participle"), None)
    rest = _INFINITIVE.match(action, m.end())
    if rest is None:
        return None  # "requested" alone, "invited (see para. 4)": no task said
    return ActionClause(verb, m.start("participle"), rest.end())


# "(preamble recalls resolution X)", "(recalls decision Y)", "PP2 recalls ...": a note in the
# title cell of a mandate's row on what the instrument's preamble cites
_NOTE = re.compile(
    r"^\(?\s*(?:(?:the\s+)?preamble|PP\s*\d{1,2}|pp\.?\s*\d{1,2})?\s*(?P<verb>recall(?:s|ing)|cites?|citing|refers?\s+to|referring\s+to|recognizes|notes)\b",
    re.IGNORECASE,
)


def note_clause(note: str) -> tuple[int, int] | None:
    """Where the clause a note on the instrument's preamble says lies in the note
    ("(preamble recalls resolution X)" → "recalls resolution X"), None for any other note."""
    m = _NOTE.match(note)
    if m is None:
        return None
    end = len(note.rstrip())
    if note.lstrip().startswith("(") and note[:end].endswith(")"):
        end -= 1
    return (m.start("verb"), end) if end > m.start("verb") else None


def addressees(cell: str) -> list[tuple[int, int]]:
    """The spans of the bodies an addressee cell names, one each between semicolons
    ("Sub-Committee on X (III); Sub-Committee on Y (HTW)"); none for a dash."""
    spans = []
    start = 0
    for part in [*re.finditer(r";|\n", cell), None]:
        end = part.start() if part is not None else len(cell)
        piece = cell[start:end]
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        if stripped and re.search(r"[A-Za-z]", stripped):
            spans.append((start + lead, start + lead + len(stripped)))
        if part is not None:
            start = part.end()
    return spans
