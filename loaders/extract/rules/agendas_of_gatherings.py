"""The agendas of named gatherings, said to be in documents: "The agendas of the 126th, 127th and
128th sessions, as adopted by the Committee, are contained in documents CERD/C/126/1, CERD/C/127/1
and CERD/C/128/1, respectively", "The provisional agenda for the twelfth session is set out in
document E/CN.21/2031/1". An agenda is before the gathering it is the agenda of: each document was
before its gathering, paired in the order both are named (as many documents as gatherings, or one
of each). A document the sentence names elsewhere ("... together with the note (X)") is not paired.
"""

from __future__ import annotations

import re

_AGENDAS_IN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:provisional|annotated|revised|adopted)\s+)*agendas?\s+(?:of|for)\s+"
    r"(?P<of>(?:the|its|their)\s+[^;:()]{3,160}?(?:sessions?|meetings?)(?:\s+of\s+(?:the\s+)?[A-Z][^;:(),]{2,100}?)?)"
    # ", as adopted by the Committee,"
    r"(?:\s*,\s*as\s+adopted(?:\s+by\s+(?:the\s+)?[A-Z][\w -]{0,80}?)?(?:\s+at\s+[^,;]{2,60}?)?\s*,)?"
    r"\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:(?:also|respectively)\s+)?"
    r"(?:contained|set\s+out|reproduced|issued|published|circulated)\s+(?:in|as|under)\s+(?:the\s+)?(?:symbols?\s+|documents?\s+)?"
    r"(?=[A-Z])"
)
# what the symbols' run may hold between two of them: ", ", " and ", ", and "
_SYMBOL_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def agendas_in_documents(text: str) -> list[tuple[int, int, int]]:
    """Each agenda phrase of ``text``: where the gatherings it is of are named (start, end of the
    "of" part) and where the documents' symbols begin."""
    if "agenda" not in text:
        return []
    return [(m.start("of"), m.end("of"), m.end()) for m in _AGENDAS_IN.finditer(text)]


def symbols_run(text: str, symbols: list[tuple[int, int]], first: int) -> list[int]:
    """The indexes of ``symbols`` (start, end, in order) that form one run from ``first`` on
    ("A, B and C, respectively")."""
    run: list[int] = []
    end = first
    for index, (start, stop) in enumerate(symbols):
        if start < first:
            continue
        if run and not _SYMBOL_JOIN.fullmatch(text, end, start):
            break
        if not run and start != first:
            break
        run.append(index)
        end = stop
    return run
