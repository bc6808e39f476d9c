"""Session context that E235, E237 and E238 left (E245; A1's largest family, `docs/briefs/first_sight_misses.md`).

- "its" before the body's name with a clause between: "At its eleventh session, in the light of the report of
  the Secretariat (X), the Commission adopted …" (the subject past an aside set off by commas, not the paper's
  author inside it: `resolve._subject_after_its_opening`); "Following its consideration of the report (X) at its
  seventy-eighth session, the General Assembly adopted …", "Having considered … at its …, the Assembly …" (an
  opening on the subject's own consideration: `resolve._CONSIDERED_AT_ITS_OPENING`, read by the adoption too);
- two papers considered in a resolution printed in a session report, the second on another body's meeting:
  "Having considered the note (X) and the report of the Working Group on its second meeting (Y)" sends both to
  the session (a gathering a paper is on is not one the paper went to: `relate._PAPER_ON_ITS_GATHERING`);
- a cover's session line, then its days, then its town alone on the next line (`document._town_alone`);
- "… in Vienna, Suva and Nairobi, respectively" for two sessions: a count of places that fits neither one nor
  the gatherings gives no place (`rules.held_respectively.miscounted`; before, the first went to both);
- "held its first meeting in Manila and its second in Apia": the verb and the word said once, no days
  (`relate.Reader.gapped_after_held_in`);
- "adopted resolution 78/211 on 19 December 2023 and, on the same day, resolution 78/212", "… and resolution
  78/212 on the same day", "…; on the same day, it adopted resolution 78/212"
  (`rules.joined_instrument_clauses.same_day_as_the_one_told_before`).

Near misses (tested): an evaluation "adopted by the Review Committee at its thirtieth meeting" (the agent's
gathering), the consideration by another body, an earlier paper "considered at its eleventh session", "on the
next day", "at a later date", a count of places that fits no list, a stranger described in lower case, the
session line's date of issue over a town.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, NOTE, in_resolution, in_sg_report, key, registry, stated

CD, WG = "ccr/committee-on-data", "ccr/wg-early-warning"


def facts(text: str, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="test", registry=registry())) if f[0] in relations}


def in_report(sentence: str) -> str:
    return ACTION_TAKEN.format(s=sentence)


# --- "its" before the body's name, a clause between


@pytest.mark.parametrize(
    "sentence",
    [
        "At its eleventh session, in the light of the report of the Secretariat (E/CN.21/2030/4), the Commission adopted resolution 11/3.",
        "At its eleventh session, following its consideration of the report of the Executive Secretary (E/CN.21/2030/4), the Commission"
        " adopted resolution 11/3.",
        "During its eleventh session, on the basis of the note by the Secretariat (E/CN.21/2030/4), the Commission adopted resolution 11/3.",
    ],
)
def test_aside_between_the_session_and_its_holder(sentence):
    found = facts(in_report(sentence), "adoptedAt", "submittedTo")
    assert ("adoptedAt", "ccr/res/11/3", "ccr#11") in found
    assert ("submittedTo", "E/CN.21/2030/4", "ccr#11") in found
    assert ("adoptedAt", "ccr/res/11/3", "ccr#12") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Following its consideration of the report of the Secretary-General (A/78/250) at its seventy-eighth session, the General"
        " Assembly adopted resolution 78/120.",
        "After its examination of the report of the Secretary-General (A/78/250) during its seventy-eighth session, the General"
        " Assembly adopted resolution 78/120.",
        "Having considered the report of the Secretary-General (A/78/250) at its seventy-eighth session, the General Assembly"
        " adopted resolution 78/120.",
        "Upon its review of the report of the Secretary-General (A/78/250) at its seventy-eighth session, the Assembly adopted"
        " resolution 78/120.",
    ],
)
def test_own_consideration_opening_the_sentence(sentence):
    assert in_sg_report(sentence, "adoptedAt") >= {("ga/res/78/120", "ga#78")}
    assert ("A/78/250", "ga#78") in in_sg_report(sentence, "submittedTo")


@pytest.mark.parametrize(
    "sentence",
    [
        # another body's consideration
        "Following the consideration by the Economic and Social Council of the report of the Secretary-General (A/78/250) at its"
        " 2023 session, the General Assembly adopted resolution 78/120.",
        # the agent's gathering (u243's shape)
        "Having considered the evaluation adopted by the Committee on Coastal Data at its ninth session, held in Vienna, and the"
        " recommendation of the Committee set out in its decision 9/2, the Commission adopted resolution 12/3.",
    ],
)
def test_consideration_by_another_body(sentence):
    found = facts(in_sg_report_text(sentence) if "General Assembly" in sentence else in_report(sentence), "adoptedAt")
    assert not any(s == "ga/res/78/120" and o == "ga#78" for _, s, o in found)
    assert not any(o.startswith(CD) for _, _, o in found)


def in_sg_report_text(sentence: str) -> str:
    from .phrasing import SG_REPORT

    return SG_REPORT.format(s=sentence)


# --- two papers considered, one on another body's meeting


@pytest.mark.parametrize(
    ("recital", "papers"),
    [
        ("Having considered the note by the Secretariat (E/CN.21/2031/4) and the report of the Working Group on Early Warning"
         " Systems on its second meeting (E/CN.21/2031/6),", {"E/CN.21/2031/4", "E/CN.21/2031/6"}),
        ("Having examined the report of the Working Group on Early Warning Systems on the work of its second meeting"
         " (E/CN.21/2031/6) and the note by the Secretariat (E/CN.21/2031/4),", {"E/CN.21/2031/4", "E/CN.21/2031/6"}),
        ("Having considered the report of the Secretariat (E/CN.21/2031/4) and the report of the Committee on Coastal Data on its"
         " ninth session (E/CN.21/2031/6),", {"E/CN.21/2031/4", "E/CN.21/2031/6"}),
        ("Having considered the report of the Committee on Coastal Data on its ninth session (E/CN.21/2031/6),", {"E/CN.21/2031/6"}),
    ],
)
def test_papers_on_meetings_sent_to_the_session(recital, papers):
    sent = {s for _, s, o in facts(in_resolution(recital, "1. Requests the Secretariat to report."), "submittedTo") if o == "ccr#12"}
    assert sent == papers


@pytest.mark.parametrize(
    "recital",
    [
        "Recalling the report of the Secretariat (E/CN.21/2030/4) considered at its eleventh session,",
        "Having considered at its eleventh session the report of the Working Group on Early Warning Systems on its second"
        " meeting (E/CN.21/2030/6),",
    ],
)
def test_papers_of_another_session_not_sent(recital):
    sent = {s for _, s, o in facts(in_resolution(recital, "1. Requests the Secretariat to report."), "submittedTo") if o == "ccr#12"}
    assert not sent


# --- a cover's days, then its town alone


@pytest.mark.parametrize(
    ("lines", "town"),
    [
        ("Thirteenth session\n8–12 March 2032\nNew York\n\n", "New York"),
        ("Thirteenth session\n\n8–12 March 2032\n\nGeneva\n\n", "Geneva"),
        ("Thirteenth session\n\n8 March–12 March 2032\n\nSuva, Fiji\n\n", "Suva"),
        # (the town first, read before)
        ("Thirteenth session\nNew York\n8–12 March 2032\n\n", "New York"),
    ],
)
def test_cover_days_then_town(lines, town):
    text = NOTE.replace("Thirteenth session\n\nNew York, 8–12 March 2032\n\n", lines) + "1. The Commission will consider the item.\n"
    found = facts(text, "heldIn", "heldOn", "submittedTo")
    assert ("heldIn", "ccr#13", town) in found
    assert ("heldOn", "ccr#13", "2032-03-08/2032-03-12") in found
    assert ("submittedTo", "E/CN.21/2032/4", "ccr#13") in found


def test_cover_date_of_issue_is_no_session_days():
    # the date of issue over a line that is no town: no place
    text = NOTE.replace("Thirteenth session\n\nNew York, 8–12 March 2032\n\n", "Thirteenth session\n\n8–12 March 2032\n\nAgenda\n\n")
    assert not facts(text + "1. The Commission will consider the item.\n", "heldIn")


def test_cop_cover_days_then_town():
    from .phrasing import COP_DECISION

    text = COP_DECISION.replace("Sixteenth meeting\nBridgetown, 8–12 November 2031\n", "Sixteenth meeting\n8–12 November 2031\nBridgetown\n")
    from .test_sessions_told_in_prose_and_split_lines import registry as _  # noqa: F401  (same phrasing data)
    from mandate_graph.graph.reference import load_registry

    from .phrasing import BASE, REFERENCE

    treaty = REFERENCE.parent / "phrasing_treaty.ttl"
    extraction = extract(text.format(s="Requests the secretariat to report."), source_key="test", registry=load_registry(BASE, [REFERENCE, treaty]))
    held = {(f.relation, key(f.object)) for f in extraction.facts if f.relation in ("heldIn", "heldOn")}
    assert ("heldIn", "Bridgetown") in held
    assert ("heldOn", "2031-11-08/2031-11-12") in held


# --- respectively, the counts differing


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee on Coastal Data held its ninth and tenth sessions in Vienna, Suva and Nairobi, respectively.",
        "The ninth and tenth sessions of the Committee on Coastal Data were held in Vienna, Suva and Nairobi, respectively.",
        "The Working Group on Early Warning Systems held its second, third and fourth meetings in Manila and Apia, respectively.",
        "The Committee on Coastal Data held its ninth and tenth sessions at Vienna, Suva and Nairobi respectively.",
    ],
)
def test_places_that_number_no_list_give_none(sentence):
    assert not facts(in_report(sentence), "heldIn")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Committee on Coastal Data held its ninth and tenth sessions in Vienna and Suva, respectively.",
         {(f"{CD}#9", "Vienna"), (f"{CD}#10", "Suva")}),
        ("The Committee on Coastal Data held its ninth and tenth sessions in Vienna.", {(f"{CD}#9", "Vienna"), (f"{CD}#10", "Vienna")}),
    ],
)
def test_places_that_fit_still_read(sentence, expected):
    assert {(s, o) for _, s, o in facts(in_report(sentence), "heldIn")} == expected


# --- the first …, the second …


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Working Group on Early Warning Systems held its first meeting in Manila and its second in Apia.",
         {(f"{WG}#1", "Manila"), (f"{WG}#2", "Apia")}),
        ("The Committee on Coastal Data held its ninth session in Vienna, its tenth in Suva and its eleventh in Nairobi.",
         {(f"{CD}#9", "Vienna"), (f"{CD}#10", "Suva"), (f"{CD}#11", "Nairobi")}),
        ("The first session of the Committee on Coastal Data was held in Bonn in May 2031 and the second in Lima in November 2032.",
         {(f"{CD}#1", "Bonn"), (f"{CD}#2", "Lima")}),
        ("The Committee on Coastal Data has met twice. The first session was held in Bonn in May 2031 and the second in Lima.",
         {(f"{CD}#1", "Bonn"), (f"{CD}#2", "Lima")}),
    ],
)
def test_first_then_second(sentence, expected):
    assert {(s, o) for _, s, o in facts(in_report(sentence), "heldIn")} >= expected


@pytest.mark.parametrize(
    "sentence",
    [
        "An expert group on tidal gauges held its first meeting in Manila and its second in Apia.",
        "The Working Group on Early Warning Systems held its first meeting in Manila and its second in 2032.",
    ],
)
def test_first_then_second_near_misses(sentence):
    assert not {(s, o) for _, s, o in facts(in_report(sentence), "heldIn") if s.endswith("#2") or o == "Apia"}


# --- on the same day


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly adopted resolution 78/211 on 19 December 2023 and, on the same day, resolution 78/212.",
        "On 19 December 2023 the General Assembly adopted resolution 78/211 and, on the same day, resolution 78/212.",
        "The Assembly adopted resolution 78/211 on 19 December 2023 and resolution 78/212 on the same day.",
        "The Assembly adopted resolution 78/211 on 19 December 2023; on the same day, it adopted resolution 78/212.",
        "The Assembly adopted resolution 78/211 on 19 December 2023 and, on that date, also resolution 78/212.",
    ],
)
def test_same_day(sentence):
    assert in_sg_report(sentence, "adoptedOn") == {("ga/res/78/211", "2023-12-19"), ("ga/res/78/212", "2023-12-19")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly adopted resolution 78/211 on 19 December 2023 and, on the next day, resolution 78/212.",
        "The Assembly adopted resolution 78/211 on 19 December 2023 and, at a later date, resolution 78/212.",
        "The Assembly adopted resolution 78/211 on 19 December 2023 and, on 20 December 2023, resolution 78/212.",
    ],
)
def test_same_day_near_misses(sentence):
    assert ("ga/res/78/212", "2023-12-19") not in in_sg_report(sentence, "adoptedOn")
