"""Where a body usually meets, told once for the sessions the paragraph goes on to name (E158).

"The Board holds two sessions a year in Geneva. Its ninety-eighth session took place from 2 to 6
October 2033; ...": the session told after it, with its days and no place of its own, sat where the
body holds its sessions. Only a sentence that says so of its sessions in the present ("holds its
sessions in", "meets twice a year in", "usually meets in"), and only the sessions of that body whose
days the same paragraph gives: "The Board holds two sessions a year. Its 98th session took place in
Bangkok" keeps Bangkok; a session named elsewhere on the page is left alone.
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.rules.places import PLACE, is_place

_COUNT = r"(?:one|two|three|four|five|six|\d{1,2})"
# "The Board holds two sessions a year in Geneva", "The Committee meets twice a year in Vienna",
# "It normally holds its regular sessions in New York", "The Forum convenes annually in Rome"
_HABITUAL_VENUE = re.compile(
    r"^(?P<subject>(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the|to)\s+)*[A-Z][\w'’-]*){0,10}|It)\s+"
    r"(?:(?:usually|normally|generally|regularly|ordinarily|traditionally)\s+)?"
    r"(?:(?:holds|convenes)\s+(?:its\s+)?(?:" + _COUNT + r"\s+)?(?:(?:regular|ordinary|annual|formal)\s+)?(?:sessions?|meetings?)"
    r"|(?:meets|convenes|sits))"
    r"(?:\s+(?:a|per|each|every)\s+year|\s+annually|\s+(?:once|twice|" + _COUNT + r"\s+times)\s+(?:a|per|each|every)\s+year)?"
    rf"\s+in\s+(?P<place>{PLACE})\s*(?:[.;]|$)"
)


def habitual_venue(sentence: str) -> tuple[str, str] | None:
    """(the subject's words, the place) of a sentence that tells where a body holds its sessions."""
    if " in " not in sentence:
        return None
    m = _HABITUAL_VENUE.match(sentence.strip())
    if m is None or not is_place(m["place"]):
        return None
    return m["subject"], m["place"]
