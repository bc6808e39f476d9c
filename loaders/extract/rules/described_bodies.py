"""Instruments named only to describe a body: "The Council also requested the United Nations Mission
in South Sudan (UNMISS), established by resolution 1996 (2011) and whose mandate was most recently
renewed by resolution 3004 (2033), to assist the Committee, and encouraged the Panel and the
Commission on Human Rights, established by the Human Rights Council in its resolution 31/20, to
exchange information". The instruments after the participle or the relative clause on an addressee
say where the addressee comes from; they are not what acts. The verbs are still the act of the
instrument the text was telling of ("In resolution 3012 (2033), the Council ... The Council also
requested ..."), as they would be without the description.
"""

from __future__ import annotations

import re

# the description, ending right before the instrument's keyword (or its number)
_DESCRIBES = re.compile(
    # ", established by resolution", "(established by the Human Rights Council in its resolution",
    # ", which was set up under decision", ", first created pursuant to"
    r"(?:,|\()\s*(?:which\s+(?:was|were|had\s+been|has\s+been)\s+|and\s+)?(?:(?:first|originally|initially)\s+)?"
    r"(?:established|set\s+up|created|constituted|launched)\s+(?:by|under|pursuant\s+to|in|through)\s+"
    r"(?:the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6}\s+(?:in|by|through)\s+)?"
    # ", whose mandate was most recently renewed by resolution", "and whose mandate the Council
    # extended in resolution"
    r"|,?\s*(?:and\s+)?whose\s+mandate\s+(?:(?:was|has\s+been|had\s+been)\s+(?:most\s+recently\s+|last\s+|since\s+|also\s+)?"
    r"|the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6}\s+(?:most\s+recently\s+|last\s+)?)"
    r"(?:renewed|extended|established|set\s+out|defined|revised|adjusted|reviewed|expanded|broadened|strengthened)\s+(?:by|in|under|through)\s+"
    r"(?:the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6}\s+(?:in|by|through)\s+)?"
)
# between the description's words and the keyword: "its", "the", an issuer's name in capitals
_BEFORE_KEYWORD = re.compile(r"(?:(?:its|their|the)\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$")


def describes_a_body(text: str, keyword_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` is named in a description
    of a body ("…, established by resolution 1996 (2011)")."""
    window = text[max(0, keyword_start - 160) : keyword_start]
    if "stablished" not in window and "whose mandate" not in window and "set up" not in window and "created" not in window and (
        "constituted" not in window and "launched" not in window
    ):
        return False  # most instruments: no pattern tried
    for m in _DESCRIBES.finditer(window):
        if _BEFORE_KEYWORD.fullmatch(window, m.end()):
            return True
    return False
