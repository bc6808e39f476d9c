"""Operative paragraphs numbered without a stop, their verb in capitals, as IMO, ICAO and other
specialized agencies print their resolutions: "1 ADOPTS the Guidelines ...", "3 ALSO DECIDES that
...". The number and the verb make such a line a paragraph of the text (not a footnote, not the
preamble's run-on after its comma); the verbs are listed, so that a footnote opening with an
abbreviation ("1 CITES CoP19 ...", "2 UNESCO ...") stays a footnote."""

from __future__ import annotations

OPERATIVE_VERBS_IN_CAPITALS = frozenset(
    "ADOPTS DECIDES REQUESTS INVITES URGES ENCOURAGES AGREES INSTRUCTS CALLS APPROVES ENDORSES WELCOMES NOTES "
    "TAKES RECOMMENDS AUTHORIZES REAFFIRMS EMPHASIZES STRESSES RESOLVES ACCEPTS EXPRESSES DIRECTS ESTABLISHES "
    "RECOGNIZES CONFIRMS AMENDS REVOKES SUPERSEDES APPEALS ALSO FURTHER".split()
)
_VERBS = "|".join(sorted(OPERATIVE_VERBS_IN_CAPITALS - {"ALSO", "FURTHER"}))
# The number and its spacing before such a verb (a pattern to embed; no groups)
NUMBER_BEFORE_CAPITAL_VERB = rf"\d{{1,3}}[ \t]+(?=(?:ALSO\s+|FURTHER\s+)?(?:{_VERBS})\b)"
