"""Two organs' concurrent instruments and a session's summary (E206): a plural keyword listing numbers
of two shapes ("their concurrent resolutions 60/180 and 1645 (2005), both of 20 December 2005"), the
day set off before two objects ("adopted, in identical terms and on the same day, 27 August 2030,
General Assembly resolution X and Security Council resolution Y"), a plural back reference ("By those
resolutions, they decided to establish ..."), what a body is set up "as", a participle that sends a
paper "pursuant to X and before" a session, Markdown's "--" in a double symbol, a masthead set in a
pandoc grid table, "the present summary", and a sitting's day that stays with its own sentence."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.symbols import find_symbols

from .phrasing import in_sg_report

GA_SC = {"ga/res/60/180", "security-council/res/2005/1645"}
PBC = "ga/peacebuilding-commission"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peacebuilding Commission was established by the General Assembly and the Security Council by their concurrent resolutions 60/180 and 1645 (2005), both of 20 December 2005.",
        "By their resolutions 60/180 and 1645 (2005), both of 20 December 2005, the General Assembly and the Security Council established the Peacebuilding Commission.",
    ],
)
def test_a_plural_keyword_lists_two_organs_numbers(sentence):
    assert in_sg_report(sentence, "establishes") == {(r, PBC) for r in GA_SC}
    assert in_sg_report(sentence, "adoptedOn") == {(r, "2005-12-20") for r in GA_SC}


def test_a_list_in_two_shapes_names_both():
    mentioned = in_sg_report(
        "The Security Council and the Assembly elaborated its mandate in the twin resolutions on sustaining peace, resolutions 70/262 and 2282 (2016).",
        "mentions",
    )
    assert {o for _, o in mentioned} >= {"ga/res/70/262", "security-council/res/2016/2282"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a singular keyword names one instrument: the number after "and" is no second one
        "The Commission was established by resolution 60/180 and 1645 (2005) members took part.",
        # a list of one shape stops where the text goes on with figures of another kind
        "The Fund was created by resolutions 60/180 and 61/12, and 1645 (2005) projects followed.",
    ],
)
def test_figures_after_a_list_are_no_instrument(sentence):
    assert not {o for _, o in in_sg_report(sentence, "mentions")} & {"security-council/res/2005/1645"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly and the Council adopted, in identical terms and on the same day, 27 August 2030, General Assembly resolution 84/297 and Security Council resolution 2935 (2030).",
        "The two organs adopted, on the same day, 27 August 2030, General Assembly resolution 84/297 and Security Council resolution 2935 (2030).",
        "The Assembly and the Council adopted, without a vote and on 27 August 2030, General Assembly resolution 84/297 and Security Council resolution 2935 (2030).",
    ],
)
def test_the_day_set_off_before_two_organs_instruments(sentence):
    assert in_sg_report(sentence, "adoptedOn") == {
        ("ga/res/84/297", "2030-08-27"), ("security-council/res/2030/2935", "2030-08-27"),
    }


def test_the_day_before_no_instrument_dates_nothing():
    assert in_sg_report(
        "The Assembly adopted, on the same day, 27 August 2030, the report of its Fifth Committee, which recalls resolution 84/297.", "adoptedOn"
    ) == set()


@pytest.mark.parametrize(
    ("sentence", "instruments"),
    [
        ("The Assembly and the Council adopted General Assembly resolution 84/297 and Security Council resolution 2935 (2030). "
         "By those resolutions, they decided to establish a working group on peacebuilding financing, and requested the Secretary-General to report.",
         {"ga/res/84/297", "security-council/res/2030/2935"}),
        ("The Assembly adopted resolutions 84/297 and 84/298. In these resolutions, it decided to establish a working group on peacebuilding "
         "financing and requested the Secretary-General to report.",
         {"ga/res/84/297", "ga/res/84/298"}),
        ("The Assembly adopted resolutions 84/297 and 84/298 on 27 August 2030. Under both resolutions, the Assembly decided to establish a working "
         "group on peacebuilding financing and requested the Secretary-General to report.",
         {"ga/res/84/297", "ga/res/84/298"}),
    ],
)
def test_a_plural_back_reference_speaks_for_each(sentence, instruments):
    assert in_sg_report(sentence, "requests") == {(i, "secretary-general") for i in instruments}
    assert {s for s, _ in in_sg_report(sentence, "establishes")} == instruments


def test_a_plural_back_reference_means_instruments_not_decisions_of_another_kind():
    # "those decisions" after two resolutions: no decision was named, nothing is meant
    assert in_sg_report(
        "The Assembly adopted resolutions 84/297 and 84/298. By those decisions, they requested the Secretary-General to report.", "requests"
    ) == set()


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("By resolution 84/297, the Assembly decided to establish a Working Group on Peacebuilding Financing as a subsidiary body of the Commission.",
         "ga/working-group-on-peacebuilding-financing"),
        ("By resolution 84/297, the Assembly established an expert group on water statistics as an advisory organ of the Statistical Commission.",
         "ga/expert-group-on-water-statistics"),
        # "as" without a body's standing is the topic's own word
        ("By resolution 84/297, the Assembly established a working group on women as agents of change.", "ga/working-group-on-women-as-agents-of-change"),
    ],
)
def test_what_a_body_is_set_up_as_is_no_part_of_its_name(sentence, body):
    assert in_sg_report(sentence, "establishes") == {("ga/res/84/297", body)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Deputy Secretary-General presented the report of the Secretary-General on the Fund (A/88/760), submitted pursuant to General Assembly "
        "resolution 86/265 and before the Assembly at its eighty-eighth session.",
        "The report on the Fund (A/88/760), prepared in accordance with resolution 86/265 and also before the General Assembly at its eighty-eighth session, was introduced.",
    ],
)
def test_the_participle_sends_the_paper_before_the_session(sentence):
    assert ("A/88/760", "ga#88") in in_sg_report(sentence, "submittedTo")
    assert ("A/88/760", "ga/res/86/265") in in_sg_report(sentence, "pursuantTo")


def test_before_an_act_is_not_before_a_session():
    sentence = "The report (A/88/760), prepared pursuant to resolution 86/265 and before its adoption by the Assembly at its eighty-eighth session, was introduced."
    assert ("A/88/760", "ga#88") not in in_sg_report(sentence, "submittedTo")


@pytest.mark.parametrize("dash", ["--", "–"])
def test_markdowns_double_dash_joins_a_double_symbol(dash):
    found = find_symbols(f"the Commission's report on its twenty-seventh session (A/88/745{dash}S/2034/133), which")
    assert [s.symbols for s in found] == [("A/88/745", "S/2034/133")]


def test_a_double_dash_joins_no_symbol_to_other_text():
    assert [s.symbols for s in find_symbols("See pages 12--14 of the report (A/88/745--see annex).")] == [("A/88/745",)]


GRID_MASTHEAD = (
    "+-----------------------------------+-----------------------------------+\n"
    "| **United Nations**                | **E/CN.3/2034/12**                |\n"
    "+-----------------------------------+-----------------------------------+\n"
    "| **Economic and Social Council**   | Distr.: General\\                  |\n"
    "| Statistical Commission            | 2 January 2034\\                   |\n"
    "| Sixty-fifth session               | Original: English                 |\n"
    "| New York, 3–6 March 2034          |                                   |\n"
    "+-----------------------------------+-----------------------------------+\n\n"
    "# Report of the Secretary-General on water statistics\n\n"
    "1.  The present report is submitted to the Commission.\n"
)


def test_a_grid_tables_masthead_sets_each_item_on_its_line():
    cleaned = clean(GRID_MASTHEAD)
    blocks = [cleaned.text[b.start : b.end] for b in cleaned.blocks]
    for item in ("Sixty-fifth session", "New York, 3–6 March 2034", "Distr.: General", "2 January 2034", "Original: English"):
        assert item in blocks
    assert "Statistical Commission" in " ".join(blocks)


def test_a_grid_tables_cell_of_prose_stays_one_paragraph():
    table = (
        "+--------------------------------------+------------------------------------+\n"
        "| Item                                 | Outcome                            |\n"
        "+======================================+====================================+\n"
        "| Water statistics                     | The Commission welcomed the report |\n"
        "|                                      | and requested the Division to      |\n"
        "|                                      | prepare a new handbook.            |\n"
        "+--------------------------------------+------------------------------------+\n"
    )
    cleaned = clean(table)
    blocks = [cleaned.text[b.start : b.end] for b in cleaned.blocks]
    assert any("welcomed the report and requested the Division to prepare a new handbook." in b for b in blocks)


def test_the_present_summary_is_the_document():
    sentence = ("In accordance with paragraph 14 of General Assembly resolution 84/297 and Security Council resolution 2935 (2030), the present summary "
                "will be transmitted to the General Assembly.")
    assert in_sg_report(sentence, "pursuantTo") == {("A/79/400", "ga/res/84/297"), ("A/79/400", "security-council/res/2030/2935")}


def test_this_summary_issued_as_another_document_is_that_one():
    sentence = "In accordance with resolution 84/297, this summary will be made available to the Assembly as document A/88/901."
    assert ("A/79/400", "ga/res/84/297") not in in_sg_report(sentence, "pursuantTo")


def test_a_sittings_day_stays_with_its_sentence():
    told = ("The Organizational Committee, at its 3rd meeting of the session, on 14 February 2034, had decided to invite the Presidents. "
            "The Chair looked forward to the meeting that the General Assembly decided, in its resolution 88/118, to convene during its ninetieth session.")
    assert in_sg_report(told, "adoptedOn") == set()
    same = "At its 52nd plenary meeting, on 14 December 2033, the General Assembly decided, in its resolution 88/118, to convene a high-level meeting."
    assert in_sg_report(same, "adoptedOn") == {("ga/res/88/118", "2033-12-14")}
