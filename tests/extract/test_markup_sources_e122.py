"""Documents that arrive as their source markup, read as the text a reader sees (E122, from the
spent u136, u137, u139): a reStructuredText report whose instrument is named through a
substitution and whose footnote says where it was adopted; on the invented commission of
tests/data/phrasing.ttl and invented wording."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note

# --------------------------------------------------------------------------- notes saying where

_CITED = "In the period under review, the Commission implemented resolution 11/4 of 14 March 2031{mark} and reported on it."


@pytest.mark.parametrize(
    ("mark", "note"),
    [
        (" ¹", "¹ Adopted at the eleventh session of the Commission, 5th plenary meeting."),
        (",¹", "¹ Adopted without a vote at the eleventh session of the Commission."),
        ("[2]", "[2] Adopted by consensus at the eleventh session of the Commission on Coastal Resilience."),
    ],
)
def test_a_note_on_an_instrument_says_at_which_session_it_was_adopted(mark: str, note: str) -> None:
    text = in_note(_CITED.format(mark=mark)) + "\n__________________\n" + note + "\n"
    assert ("ccr/res/11/4", "ccr#11") in facts(text, "adoptedAt")


@pytest.mark.parametrize(
    "note",
    [
        "¹ Adopted at the twelfth session of the Commission.",  # 11/4 is the eleventh session's
        "¹ Adopted at the eleventh session of the Economic and Social Council.",  # not its issuer
    ],
)
def test_a_note_naming_a_session_the_instrument_was_not_adopted_at_adopts_nothing(note: str) -> None:
    text = in_note(_CITED.format(mark=" ¹")) + "\n__________________\n" + note + "\n"
    assert not facts(text, "adoptedAt")


def test_a_note_on_other_words_says_nothing_of_the_instrument() -> None:
    text = in_note("In the period under review, the Commission implemented resolution 11/4 and reported on its progress.¹") + (
        "\n__________________\n¹ Adopted at the eleventh session of the Commission.\n"
    )
    assert ("ccr/res/11/4", "ccr#11") not in facts(text, "adoptedAt")


# --------------------------------------------------------------------------- reStructuredText

_REPORT = """.. Source of {symbol} as kept by the secretariat.

:Symbol: {symbol}
:Date: 2031-07-20

.. |{name}| replace:: {replaced}

Report of the Secretary-General
===============================

#. The present note is submitted pursuant to {before}|{name}| of 14 March 2031 [#f1]_. By
   |{name}|, the Commission requested the Bureau to report on tidal data.

.. rubric:: Footnotes

.. [#f1] Adopted at the eleventh session of the Commission.
"""


@pytest.mark.parametrize(
    ("name", "replaced", "before"),
    [
        ("R4", "resolution 11/4", "Commission "),
        ("res 11-4", "Commission resolution 11/4", ""),
        ("CRES", "resolution 11/4", ""),
    ],
)
def test_a_restructured_text_report_names_its_mandate_through_a_substitution(name: str, replaced: str, before: str) -> None:
    text = _REPORT.format(symbol=NOTE_SYMBOL, name=name, replaced=replaced, before=before)
    assert ("ccr/res/11/4", "2031-03-14") in facts(text, "adoptedOn")
    assert ("ccr/res/11/4", "ccr#11") in facts(text, "adoptedAt")
    assert ("ccr/res/11/4", "ccr/bureau") in facts(text, "requests")
