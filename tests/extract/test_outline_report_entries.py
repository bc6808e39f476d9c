"""A report listed on an outline deck's slide by its symbol and title, with the sessions it covers and
where it goes (E233, from the spent u284): "PT/PRF/2034/2 Report of the Council, covering its 30th,
31st and 32nd sessions" is the report of each (`_REPORT_COVERING` now takes the title's "Report"),
and "to be submitted to the General Assembly at its ninetieth session", a line at the same level
below it, is that entry going on (`slide_decks._PASSIVE_INFINITIVE`), not an item of its own. Near
miss: a same-level line that opens a clause of its own ("the secretariat will translate it"). Left:
"covering its 30th, 31st and 32nd meetings" of a board meeting in meetings (the list of meetings is
read as the last one only). Bodies: the invented `spent_u124.ttl` of E232's tests."""

from __future__ import annotations

import pytest

from .test_outline_decision_slides import PEAT
from .test_outline_decks import facts


def deck(o: dict[str, str], entry: str, below: str) -> str:
    return (
        "{body}: its annual report\n"
        "\tBriefing for members\n"
        "\tBonn, 3 May 2035\n"
        "Background\n"
        "\tThe {short} first discussed the report at its 32nd {term}\n"
        "Documents and calendar\n"
        "\tAnnual report\n"
        "\t\t" + entry + "\n"
        "\t\t" + below + "\n"
        "Questions\n"
        "\tThank you\n"
    ).format(**o)


ENTRY = "{prefix}/2034/2 Report of the {short}, covering its 30th, 31st and 32nd {term}s"
BELOW = "to be submitted to the General Assembly at its ninetieth session"


@pytest.mark.parametrize(
    ("entry", "below"),
    [
        (ENTRY, BELOW),
        (ENTRY.replace("Report of", "Annual report of"), BELOW.replace("to be submitted", "to be transmitted")),
        (ENTRY.replace(" Report", " – Report"), BELOW.replace("to be submitted", "to be formally submitted")),
    ],
)
def test_a_listed_report_covering_gatherings_and_sent_on(entry: str, below: str) -> None:
    o = PEAT
    symbol = f"{o['prefix']}/2034/2"
    found = facts(deck(o, entry.format(**o), below))
    for n in (30, 31, 32):
        assert ("reportOf", symbol, f"{o['key']}#{n}") in found
    assert ("submittedTo", symbol, "ga#90") in found


def test_a_same_level_clause_is_an_item_of_its_own() -> None:
    found = facts(deck(PEAT, ENTRY.format(**PEAT), "the secretariat will translate it into all official languages"))
    assert ("reportOf", "PT/PRF/2034/2", "peat-fund-council#31") in found
    assert not {f for f in found if f[0] == "submittedTo" and f[1] == "PT/PRF/2034/2"}

