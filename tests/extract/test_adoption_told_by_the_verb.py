"""An instrument's adoption told by the sentence's verb, not by a participle after its number:
"the Assembly, at its eightieth session, adopted resolution 80/12" (the session set off before
the verb), "the Commission adopted resolution 11/3 at its eleventh session" (after the object),
"Resolution 11/3 was adopted at the eleventh session of the Commission" (the passive),
"decisions 11/4 and 11/5 on ..., which were adopted at ..." (a list and its title), "resolution
11/3 of the Commission on Coastal Resilience, adopted at its eleventh session" (the issuer's name
between). The session must be the issuer's and may adopt the number (`_may_adopt`)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence, instrument, session", [
    ("The Commission recalls that the Commission, at its eleventh session, adopted resolution 11/3 on tsunami drills.",
     "ccr/res/11/3", "ccr#11"),
    ("Recalling further that the General Assembly, at its eighty-fourth session, adopted resolution 84/102,"
     " the Commission welcomed it.", "ga/res/84/102", "ga#84"),
    ("The General Assembly adopted resolution 84/102 at its eighty-fourth session.", "ga/res/84/102", "ga#84"),
    ("The Commission adopted decision 11/104 on sea-level data during its eleventh session.", "ccr/dec/11/104", "ccr#11"),
    ("Resolution 11/3 was adopted at the eleventh session of the Commission, held in Lisbon.", "ccr/res/11/3", "ccr#11"),
    ("Decision 10/2 had been adopted at the tenth session of the Commission on Coastal Resilience.", "ccr/dec/10/2", "ccr#10"),
])
def test_adoption_told_by_the_verb(sentence: str, instrument: str, session: str) -> None:
    assert (instrument, session) in facts(in_note(sentence), "adoptedAt")


@pytest.mark.parametrize("sentence", [
    "Recalling also decisions 11/4 and 11/5 on coastal mapping, adopted at the eleventh session of the Commission;",
    "Decisions 11/4 and 11/5, which were adopted at its eleventh session, are recalled by the Commission.",
])
def test_every_instrument_of_a_list_adopted(sentence: str) -> None:
    adopted = facts(in_note(sentence), "adoptedAt")
    assert {("ccr/dec/11/4", "ccr#11"), ("ccr/dec/11/5", "ccr#11")} <= adopted


@pytest.mark.parametrize("sentence", [
    # the session adopted another instrument, or is no session of the issuer's
    "The General Assembly adopted resolution 84/102, and the Commission, at its eleventh session, took note of it.",
    "The Commission adopted resolution 11/3 and, at its twelfth session, reviewed resolution 84/102 of the General Assembly.",
    # a resolution numbered by another session is not adopted at this one
    "The Commission, at its twelfth session, adopted resolution 11/3 again in a revised form.",
    # "adopted" governs no instrument here
    "The Commission adopted the report at its eleventh session and recalled resolution 11/3.",
])
def test_no_adoption_where_the_session_did_not_adopt_it(sentence: str) -> None:
    adopted = facts(in_note(sentence), "adoptedAt")
    assert ("ga/res/84/102", "ccr#11") not in adopted
    assert ("ccr/res/11/3", "ccr#12") not in adopted
    assert ("ccr/res/11/3", "ccr#11") not in adopted


# A gathering as the subject: "the 29th World Coastal Congress, held in Lisbon ..., adopted ...
# resolutions ...", "The Twenty-ninth World Coastal Congress adopted resolution 29/4".
@pytest.mark.parametrize("sentence", [
    "I have the honour to inform you that the 29th World Coastal Congress, held in Lisbon from 10 to 28 September 2029,"
    " adopted at its twelfth plenary meeting, on 26 September 2029, the resolutions reproduced in the annex, namely"
    " resolutions 29/4 and 29/5.",
    "The Twenty-ninth World Coastal Congress adopted resolutions 29/4 and 29/5 by consensus.",
])
def test_a_gathering_adopting_as_the_subject(sentence: str) -> None:
    # a letter of the Congress's bureau: a bare number is the Congress's
    letter = "World Coastal Congress\n\nInternational Bureau\n\nCircular letter\n\n3 October 2029\n\nMadam, Sir,\n\n" + sentence + "\n"
    adopted = facts(letter, "adoptedAt")
    assert {("wcc/res/29/4", "wcc#29"), ("wcc/res/29/5", "wcc#29")} <= adopted


@pytest.mark.parametrize("sentence", [
    # the gathering adopted something else, and the instrument is told in another clause
    "The Twenty-ninth World Coastal Congress adopted its report and recalled resolutions 29/4 and 29/5.",
    # the gathering is no subject of "adopted"
    "Delegates to the Twenty-ninth World Coastal Congress said the Commission adopted resolutions 29/4 and 29/5.",
])
def test_no_gathering_subject_adoption(sentence: str) -> None:
    letter = "World Coastal Congress\n\nInternational Bureau\n\nCircular letter\n\n3 October 2029\n\nMadam, Sir,\n\n" + sentence + "\n"
    adopted = facts(letter, "adoptedAt")
    assert ("wcc/res/29/4", "wcc#29") not in adopted
