"""E264: "Council resolution 52/4" in a report of the Human Rights Council whose paragraph named the
Economic and Social Council or the Security Council before it. The short name right before the kind word
is the document's own body's when that body is one of its namesakes, counts its sessions by ordinal and
has held the number's session (`resolve._own_short_issuer`); in prose "the Council" still names again
the namesake named last (E261's rule, untouched).

Near misses: a year for a session ("Council resolution 2005/1": the Economic and Social Council's, named
before), a session the document's body has not held yet, a body numbering by year (the Economic and Social
Council's own report), the issuer named in full."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import _in_frame

_HRC = (
    "A/HRC/61/42\nGeneral Assembly\nDistr.: General\n3 December 2036\n\nHuman Rights Council\nSixty-first session\n"
    "Agenda item 3\n\nReport of the Special Rapporteur on the right to food\n\n1. {s}\n"
)
_CND = (
    "E/CN.7/2037/4\nEconomic and Social Council\nDistr.: General\n3 December 2036\n\nCommission on Narcotic Drugs\n"
    "Eightieth session\nVienna, 8–12 March 2037\nItem 5 of the provisional agenda\n\nReport of the Executive Director\n\n1. {s}\n"
)
_ECOSOC = (
    "E/2037/61\nEconomic and Social Council\nDistr.: General\n3 May 2037\n\n2037 session\n25 July 2036–24 July 2037\n"
    "Agenda item 12\n\nReport of the Secretary-General\n\n1. {s}\n"
)


def mentioned(frame: str, sentence: str) -> set[str]:
    return {o for _, o in _in_frame(frame, sentence, ("mentions", "pursuantTo"))}


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        (
            _HRC,
            "The Economic and Social Council, in resolution 2005/1, asked for data. The present report is submitted pursuant to Council resolution 52/4.",
            "hrc/res/52/4",
        ),
        (
            _HRC,
            "The Security Council has discussed the matter since 2031; the Special Rapporteur reports under Council decision 58/112 and Council resolution 60/9.",
            "hrc/res/60/9",
        ),
        (
            _CND,
            "The Commission on the Status of Women, in its resolution 64/2, addressed the subject; the present report responds to Commission resolution 78/3.",
            "ecosoc/cnd/res/78/3",
        ),
    ],
)
def test_the_short_name_before_a_number_is_the_documents_own_body(frame: str, sentence: str, expected: str) -> None:
    assert expected in mentioned(frame, sentence)


@pytest.mark.parametrize(
    ("frame", "sentence", "expected", "not_expected"),
    [
        # a year for a session: the Economic and Social Council's, named before
        (
            _HRC,
            "The Economic and Social Council, in resolution 2005/1, asked for data. The report follows up on Council resolution 2005/1.",
            "ecosoc/res/2005/1",
            "hrc/res/2005/1",
        ),
        # a session the Council has not held yet: left to the namesake named
        (
            _HRC,
            "The Economic and Social Council, in resolution 2005/1, asked for data. The report looks ahead to Council resolution 72/4.",
            None,
            "hrc/res/72/4",
        ),
        # the issuer named in full
        (
            _HRC,
            "The present report is submitted pursuant to Economic and Social Council resolution 2036/12.",
            "ecosoc/res/2036/12",
            "hrc/res/2036/12",
        ),
        # the Economic and Social Council's own report: its sessions are years, not the number's
        (
            _ECOSOC,
            "The Human Rights Council, in resolution 52/4, asked for data; the report answers Council resolution 52/7.",
            "hrc/res/52/7",
            "ecosoc/res/52/7",
        ),
    ],
)
def test_other_shapes_keep_their_issuer(frame: str, sentence: str, expected: str | None, not_expected: str) -> None:
    found = mentioned(frame, sentence)
    assert not_expected not in found
    if expected is not None:
        assert expected in found
