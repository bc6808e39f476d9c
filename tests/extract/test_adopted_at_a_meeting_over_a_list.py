"""A list's lead-in that tells a numbered meeting's day and no kind of text (E298): "At its 7th
meeting, on 12 March 2038, the Commission adopted, by roll-call votes:" over entries "- decision
81/1, "Title";". Each entry is a text of the sentence's one adopting body, adopted at the session
its number carries and on the meeting's day (`rules.present_adoption.adopted_at_a_meeting`,
`relate.adopted_at_a_meeting_over_a_list`). A lead-in that adopts nothing, names a text itself
or ends without a colon gives no adoption to the entries."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import extract, shipped_registry, stated

CND = "The Commission on Narcotic Drugs held its eighty-first session in Vienna from 10 to 14 March 2038.\n\n"
GA = "The General Assembly held its ninety-second session in New York.\n\n"


def facts(text: str) -> set[tuple[str, str, str]]:
    found = stated(extract(text, source_key="test", registry=shipped_registry()))
    return {f for f in found if f[0] in ("adoptedAt", "adoptedOn")}


@pytest.mark.parametrize("lead, entries, issuer, session, day", [
    ("At its 7th meeting, on 12 March 2038, the Commission adopted, by roll-call votes:",
     '- decision 81/1, "Inclusion of A in Schedule I";\n- decision 81/2, "Inclusion of B in Schedule IV".',
     "ecosoc/cnd/dec/81", "ecosoc/cnd#81", "2038-03-12"),
    ("At its 5th meeting, held on 11 March 2038, the Commission on Narcotic Drugs adopted, without a vote:",
     "* decision 81/1, on the scheduling of A;\n* decision 81/2, on the scheduling of B.",
     "ecosoc/cnd/dec/81", "ecosoc/cnd#81", "2038-03-11"),
    ("At its 40th plenary meeting, on 3 November 2037, the General Assembly adopted:",
     '- resolution 92/1, "Cooperation with regional organizations";\n- resolution 92/2, "Oceans and the law of the sea".',
     "ga/res/92", "ga#92", "2037-11-03"),
])
def test_each_entry_is_adopted_at_its_session_on_the_meetings_day(lead: str, entries: str, issuer: str, session: str, day: str) -> None:
    frame = CND if issuer.startswith("ecosoc") else GA
    found = facts(frame + lead + "\n\n" + entries + "\n")
    for n in (1, 2):
        assert ("adoptedAt", f"{issuer}/{n}", session) in found
        assert ("adoptedOn", f"{issuer}/{n}", day) in found


@pytest.mark.parametrize("lead", [
    # no adoption: the Commission considered the drafts
    "At its 7th meeting, on 12 March 2038, the Commission considered:",
    # the lead-in names a text itself: its entries are no list of what was adopted
    "At its 7th meeting, on 12 March 2038, the Commission adopted decision 81/3 and noted:",
    # no colon: the sentence ends, the list below is no part of it
    "At its 7th meeting, on 12 March 2038, the Commission adopted, by roll-call votes, its report.",
])
def test_a_lead_in_that_lists_no_adoption_dates_no_entry(lead: str) -> None:
    found = facts(CND + lead + '\n\n- decision 81/1, "Inclusion of A in Schedule I";\n- decision 81/2, "Inclusion of B in Schedule IV".\n')
    assert not {f for f in found if f[1].endswith(("/81/1", "/81/2"))}
