"""A mandate told in a relative clause on the instrument that gave it: "prepared in accordance
with resolution EUR/RC78/R2, which requested the Regional Director to present a framework",
"Recalling its resolution 11/2, which invited Member States to ...". The instrument named right
before ", which" asked the body named right after the verb."""

from __future__ import annotations

import re

# ", which requested the", ", which also invited": the verb right after the instrument's number
_WHICH_VERB = re.compile(
    r"\s*(?:\([^()]{1,40}\))?,\s+which\s+(?:also\s+|further\s+)?(?P<verb>requested|invited|urged|encouraged|called\s+upon|asked)\s+(?:the\s+)?"
)


def verb_after(text: str, instrument_end: int) -> re.Match[str] | None:
    """The relative clause's verb right after an instrument mention ending at ``instrument_end``."""
    if ", which " not in text[instrument_end : instrument_end + 60]:
        return None
    return _WHICH_VERB.match(text, instrument_end)
