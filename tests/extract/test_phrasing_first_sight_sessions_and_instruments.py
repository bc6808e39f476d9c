"""held_on, held_in, adopted_on and title at first sight (E65): the ways UN drafting writes a
session's dates and place and an instrument's date and title, from drafting practice —
"between 3 and 5 May", the dates alone in brackets after the session, weekdays set off by
commas ("from Monday, 3 May, to Wednesday, 5 May 2031"), a comma before the year, dates with a
Roman month ("3.V.2031"), "at the headquarters of <an organization's whole name> in Rome";
an instrument's date after "dated", in brackets, month first or dotted; a quoted title after
"titled", "on", "concerning", bare after a comma, in brackets, or in single quotes."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution

SPAN = "2031-05-03/2031-05-05"


@pytest.mark.parametrize("sentence, when", [
    ("The Commission held its eleventh session in Lisbon between 3 and 5 May 2031.", SPAN),
    ("The eleventh session of the Commission (3–5 May 2031) adopted resolution 11/2.", SPAN),
    ("The Commission held its eleventh session in Lisbon from Monday, 3 May, to Wednesday, 5 May 2031.", SPAN),
    ("The Commission held its eleventh session in Lisbon from 3 to 5 May, 2031.", SPAN),
    ("The Commission held its eleventh session in Lisbon on 3.V.2031.", "2031-05-03"),
    ("The eleventh session of the Commission was held at the headquarters of the Food and Agriculture Organization"
     " of the United Nations in Lisbon from 3 to 5 May 2031.", SPAN),
    # forms read before, kept
    ("The Commission held its 11th session in Lisbon from 3 to 5 May 2031.", SPAN),
    ("The eleventh session of the Commission (Lisbon, 3–5 May 2031) adopted resolution 11/2.", SPAN),
    ("The eleventh session of the Commission was held from 3 May to 4 June 2031 in Lisbon.", "2031-05-03/2031-06-04"),
    ("The Commission held its eleventh session in Lisbon from May 3 to 5, 2031.", SPAN),
])
def test_when_a_session_was_held(sentence: str, when: str) -> None:
    assert ("ccr#11", when) in facts(in_note(sentence), "heldOn")
    if "Lisbon" in sentence:
        assert ("ccr#11", "Lisbon") in facts(in_note(sentence), "heldIn")


def test_the_bracketed_day_after_an_adopting_session_is_the_adoption_day() -> None:
    text = in_note("The Commission recalled its resolution 11/2, adopted at its eleventh session (3 May 2031).")
    assert ("ccr#11", "2031-05-03") not in facts(text, "heldOn")


@pytest.mark.parametrize("recital, instrument, day", [
    ("Recalling General Assembly resolution 78/5 of 3.XII.2023,", "ga/res/78/5", "2023-12-03"),
    ("Recalling General Assembly resolution 78/5 dated 3 December 2023,", "ga/res/78/5", "2023-12-03"),
    ("Recalling General Assembly resolution 78/5, dated 3 December 2023,", "ga/res/78/5", "2023-12-03"),
    ("Recalling General Assembly resolution 78/5 of December 3, 2023,", "ga/res/78/5", "2023-12-03"),
    ("Recalling General Assembly resolution 78/5 (3 December 2023),", "ga/res/78/5", "2023-12-03"),
    # read before, kept
    ("Recalling its resolution 10/2 of 3 May 2030,", "ccr/res/10/2", "2030-05-03"),
    ("Recalling its resolution 10/2 (adopted on 3 May 2030),", "ccr/res/10/2", "2030-05-03"),
    ("Recalling General Assembly resolutions 78/5 of 3 December 2023 and 79/8 of 6 December 2024,", "ga/res/79/8", "2024-12-06"),
])
def test_an_instruments_date(recital: str, instrument: str, day: str) -> None:
    assert (instrument, day) in facts(in_resolution(recital), "adoptedOn")


@pytest.mark.parametrize("recital", [
    "Recalling General Assembly resolution 78/5 (2023),",
    "Recalling General Assembly resolution 78/5 (see A/78/PV.5, 3 December 2023),",
])
def test_no_date_of_the_instrument(recital: str) -> None:
    assert not {d for i, d in facts(in_resolution(recital), "adoptedOn") if i == "ga/res/78/5"}


TITLE = "Coastal data for all"


@pytest.mark.parametrize("recital, title", [
    ("Recalling its resolution 10/2, titled \u201cCoastal data for all\u201d,", TITLE),
    ("Recalling its resolution 10/2, \u201cCoastal data for all\u201d,", TITLE),
    ("Recalling its resolution 10/2 (\u201cCoastal data for all\u201d),", TITLE),
    ("Recalling its resolution 10/2, on \u201cCoastal data for all\u201d,", TITLE),
    ("Recalling its resolution 10/2, concerning coastal data for all,", "coastal data for all"),
    ("Recalling its resolution 10/2, regarding coastal data for all,", "coastal data for all"),
    ("Recalling its resolution 10/2, entitled \u2018Coastal data for all\u2019,", TITLE),
    ("Recalling its resolution 10/2, entitled \u2018Coastal States\u2019 data for all\u2019,", "Coastal States\u2019 data for all"),
    # read before, kept
    ("Recalling its resolution 10/2 of 3 May 2030, entitled \u201cCoastal data for all\u201d,", TITLE),
    ("Recalling its resolution 10/2 on coastal data for all,", "coastal data for all"),
])
def test_an_instruments_title(recital: str, title: str) -> None:
    assert ("ccr/res/10/2", title) in facts(in_resolution(recital), "title")


@pytest.mark.parametrize("recital", [
    # a quoted operative paragraph, a quotation in lower case, a defined short name
    "Recalling paragraph 3 of its resolution 10/2, \u201cRequests the secretariat to prepare a study\u201d,",
    "Recalling its resolution 10/2, \u201cthe Commission shall meet annually\u201d,",
    "Recalling its resolution 10/2, in which it decided \u201cto meet annually\u201d,",
    "Recalling its resolution 10/2 regarding which several States expressed concern,",
])
def test_no_title(recital: str) -> None:
    found = {t for i, t in facts(in_resolution(recital), "title") if i == "ccr/res/10/2"}
    assert not found, found


@pytest.mark.parametrize("sentence", [
    "The Commission adopted resolution 10/2 on 3 May 2030.",
    "The draft resolution was adopted as resolution 10/2 on 3 May 2030.",
    "In resolution 10/2, adopted by consensus on 3 May 2030, the Commission requested the secretariat to prepare a study.",
    "In resolution 10/2, adopted without a vote on 3 May 2030, the Commission requested the secretariat to prepare a study.",
    # read before, kept
    "At its 5th meeting, on 3 May 2030, the Commission adopted resolution 10/2.",
    "In its resolution 10/2 (adopted on 3 May 2030), the Commission requested the secretariat to prepare a study.",
    "Resolution 10/2 was adopted on 3 May 2030 by a recorded vote of 30 to 2, with 5 abstentions.",
])
def test_the_day_an_instrument_was_adopted(sentence: str) -> None:
    assert ("ccr/res/10/2", "2030-05-03") in facts(in_note(sentence), "adoptedOn")


@pytest.mark.parametrize("sentence", [
    # a span is a session's, not an adoption's day
    "The Commission adopted resolution 10/2 on 3 and 4 May 2030.",
    # the day of another verb
    "The Commission recalled resolution 10/2 on 3 May 2030.",
])
def test_no_day_of_adoption(sentence: str) -> None:
    assert not {d for i, d in facts(in_note(sentence), "adoptedOn") if i == "ccr/res/10/2"}


@pytest.mark.parametrize("paragraph", [
    "(3) Requests the secretariat to prepare a study;",
    "3) Requests the secretariat to prepare a study;",
    "3. Requests the secretariat to prepare a study;",
])
def test_an_operative_paragraph_numbered_in_brackets(paragraph: str) -> None:
    assert ("ccr/res/12/1", "ccr/secretariat") in facts(in_resolution("Recalling its resolution 10/2,", paragraph), "requests")


def test_a_bracketed_number_before_lower_case_is_no_paragraph_label() -> None:
    text = in_resolution("Recalling its resolution 10/2,", "3. Requests the secretariat to report on items (3) and (4);")
    assert ("ccr/res/12/1", "ccr/secretariat") in facts(text, "requests")


@pytest.mark.parametrize("sentence", [
    "The eleventh session of the Commission was hosted by the Government of Portugal in Lisbon from 3 to 5 May 2031.",
    "The eleventh session of the Commission, hosted by the Government of Portugal, was held in Lisbon from 3 to 5 May 2031.",
])
def test_a_session_hosted_by_a_government(sentence: str) -> None:
    assert ("ccr#11", SPAN) in facts(in_note(sentence), "heldOn")
    assert ("ccr#11", "Lisbon") in facts(in_note(sentence), "heldIn")
