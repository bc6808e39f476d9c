"""Where a session sat, told by its venue, a comma and the town, with no dates after them (E209, an empty
cell of the lead's grids): "The twelfth session of the Commission took place at the United Nations
Conference Centre, Bangkok." A venue before its town was read before dates ("..., Bangkok, from 10 to 14
March 2031") or before "in Bangkok"; without dates the venue had to be followed by "in" (`relate._PLACE_ONLY`,
and `relate._IN_PLACE` after "held its twelfth session"). The venue is tried first, so that "at United
Nations Headquarters, New York." is not read as a town named "United Nations Headquarters".

Frames: the "action taken" chapter of the invented Commission's report on its twelfth session and of an
invented treaty's Conference of the Parties (`test_actions_taken_in_session_reports`), and a report of the
Secretary-General to the General Assembly. Near misses: a venue with no town, its street or its room
after the comma, a town only offered."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report
from .test_actions_taken_in_session_reports import facts


@pytest.mark.parametrize(
    ("frame", "paragraph", "session", "town"),
    [
        ("ccr", "15. The twelfth session of the Commission took place at the United Nations Conference Centre, Bangkok.", "ccr#12", "Bangkok"),
        ("ccr", "15. The twelfth session of the Commission took place at the United Nations Conference Centre, Bangkok, Thailand.",
         "ccr#12", "Bangkok"),
        ("ccr", "15. The Commission held its twelfth session at the Vienna International Centre, Vienna.", "ccr#12", "Vienna"),
        ("ccr", "15. The Commission held its twelfth session at the United Nations Conference Centre, Rajadamnern Nok Avenue, Bangkok.",
         "ccr#12", "Bangkok"),
        ("ccr", "15. The twelfth session of the Commission will be held at the Centre International de Conférences Genève, Geneva.",
         "ccr#12", "Geneva"),
        ("ccr", "15. The Commission decided that its thirteenth session would take place at the United Nations Conference Centre, Bangkok.",
         "ccr#13", "Bangkok"),
        ("cop", "15. The fifteenth meeting of the Conference of the Parties took place at the Lloyd Erskine Sandiford Centre, Bridgetown.",
         "rs-cop#15", "Bridgetown"),
        ("cop", "15. The Conference of the Parties held its fifteenth meeting at the Lloyd Erskine Sandiford Centre, Bridgetown, Barbados.",
         "rs-cop#15", "Bridgetown"),
    ],
)
def test_the_session_sat_in_the_town_after_the_venue(frame, paragraph, session, town):
    assert (session, town) in facts(frame, paragraph, "heldIn")


@pytest.mark.parametrize(
    ("sentence", "session", "town"),
    [
        ("The seventy-ninth session of the General Assembly took place at United Nations Headquarters, New York.", "ga#79", "New York"),
        ("The fifty-sixth session of the Human Rights Council took place at the Palais des Nations, Geneva.", "hrc#56", "Geneva"),
        ("The Human Rights Council held its fifty-sixth session at the Palais des Nations, Geneva.", "hrc#56", "Geneva"),
    ],
)
def test_in_a_report_of_the_secretary_general(sentence, session, town):
    assert (session, town) in in_sg_report(sentence, "heldIn")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a venue and no town
        "15. The twelfth session of the Commission took place at the United Nations Conference Centre.",
        # the venue's street or room after the comma, no town
        "15. The twelfth session of the Commission took place at the United Nations Conference Centre, Rajadamnern Nok Avenue.",
        "15. The twelfth session of the Commission took place at the United Nations Conference Centre, Conference Room 3.",
        # a town only offered
        "15. Thailand offered to host the thirteenth session of the Commission at the United Nations Conference Centre, Bangkok.",
    ],
)
def test_near_misses_give_no_town(paragraph):
    assert facts("ccr", paragraph, "heldIn") == set()
