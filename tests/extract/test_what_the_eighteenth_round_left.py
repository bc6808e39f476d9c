"""What the eighteenth round's helpers left (E212, E215, E216), as general rules (E219).

- Two organs' numbers in one plural list, the later one in the default shape after a convention's
  ("The Security Council and the General Assembly, in resolutions 1645 (2005) and 60/180"): the list
  goes on past the convention's number (`references._default_members_after_a_convention`), a
  convention's list shares its keyword (`find_numbered_instruments`), and a default number after it
  takes no issuer from the convention's; "in its resolutions 2031/5 and 88/12" after two organs pairs
  them where the numbers' shapes (a year's, a session's) differ.
- "by their concurrent resolutions 70/262 and 2282 (2016), requested …": the verb after the organs'
  texts set off is each text's act (`relate._ISSUER_SET_OFF`).
- "the report … on the consultation conducted pursuant to Decision 70 (C38) (Document C41/12)": a
  paper on work done under a mandate, its symbol closing the mandate, is under it
  (`rules.documents.work_done_under`).
- "The Advisory Board on X, which the Commission established by its resolution 12/3, …": the body is
  the one named, whole; no second key without the name's first word (`new_bodies.described_after`).
- "The Tides Committee held … The Committee will …": "the Committee" is the body the document named in
  full, where the one the reference data calls "Committee" is never named
  (`resolve.Scope.named_in_full_last_before`).
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from mandate_graph.graph.reference import load_registry
from tests.extract.test_agency_session_numbering import _ISU_DECISION, _REFERENCE
from tests.support.extraction import BASE, facts as _agency_facts

from .phrasing import ACTION_TAKEN, in_sg_report, registry, stated

SC, GA, ECOSOC = "security-council", "ga", "ecosoc"


def _rep(sentence: str, *relations: str) -> set[tuple[str, str]]:
    extraction = extract(ACTION_TAKEN.format(s=sentence), source_key="test", registry=registry())
    return {(s, o) for r, s, o in stated(extraction) if r in relations and not s.startswith(("E/2031/31", "ccr#12"))}


# ---------------------------------------------------------------- two organs' numbers, the Council's first

@pytest.mark.parametrize(
    ("sentence", "relation", "pairs"),
    [
        ("The Security Council and the General Assembly, in resolutions 1645 (2005) and 60/180, requested the Secretary-General to report.",
         "requests", {(f"{SC}/res/2005/1645", "secretary-general"), (f"{GA}/res/60/180", "secretary-general")}),
        ("The Security Council and the General Assembly, by resolutions 2282 (2016) and 70/262, requested the Secretary-General to submit a report.",
         "requests", {(f"{SC}/res/2016/2282", "secretary-general"), (f"{GA}/res/70/262", "secretary-general")}),
        ("The Security Council and the Economic and Social Council, in resolutions 2282 (2016) and 2031/5, invited the General Assembly to consider the matter.",
         "invites", {(f"{SC}/res/2016/2282", GA), (f"{ECOSOC}/res/2031/5", GA)}),
        # the agent of a passive
        ("The Secretary-General was requested by the Security Council and the General Assembly, in resolutions 2282 (2016) and 70/262, to report.",
         "mentions", {("A/79/400", f"{SC}/res/2016/2282"), ("A/79/400", f"{GA}/res/70/262")}),
    ],
)
def test_a_default_number_after_a_conventions_list_is_its_own_organs(sentence, relation, pairs):
    found = in_sg_report(sentence, relation, "mentions")
    assert pairs <= found
    assert not any(s == f"{SC}/res/70/262" or o == f"{SC}/res/70/262" for s, o in found)


def test_a_conventions_list_shares_its_verb():
    sentence = "The Security Council, in resolutions 1645 (2005) and 2282 (2016), requested the Secretary-General to report."
    assert in_sg_report(sentence, "requests") == {(f"{SC}/res/2005/1645", "secretary-general"), (f"{SC}/res/2016/2282", "secretary-general")}


def test_a_default_number_after_the_councils_takes_no_issuer_from_it():
    # no organs set off before the keyword: 70/262 is not the Council's, whose numbers are never so shaped
    sentence = "The Security Council and the General Assembly requested, in resolutions 2282 (2016) and 70/262, the Secretary-General to report."
    found = in_sg_report(sentence, "mentions")
    assert ("A/79/400", f"{SC}/res/2016/2282") in found
    assert ("A/79/400", f"{SC}/res/70/262") not in found


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("The Economic and Social Council and the General Assembly, in its resolutions 2031/5 and 88/12, requested the Secretary-General to report.",
         {(f"{ECOSOC}/res/2031/5", "secretary-general"), (f"{GA}/res/88/12", "secretary-general")}),
        ("The General Assembly and the Economic and Social Council, by its resolutions 86/4 and 2032/11, have requested the Secretary-General to report.",
         {(f"{GA}/res/86/4", "secretary-general"), (f"{ECOSOC}/res/2032/11", "secretary-general")}),
    ],
)
def test_its_after_two_organs_pairs_numbers_of_two_shapes(sentence, pairs):
    assert in_sg_report(sentence, "requests") == pairs


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # one organ's list: its own, whatever the shapes
        ("The General Assembly, in its resolutions 2031/5 and 88/12, requested the Secretary-General to report.", f"{ECOSOC}/res/2031/5"),
        # "its" after two organs, numbers of one shape: no pairing
        ("The Economic and Social Council and the General Assembly, in its resolutions 88/11 and 88/12, requested the Secretary-General to report.",
         f"{ECOSOC}/res/88/11"),
    ],
)
def test_its_pairs_nothing_else(sentence, absent):
    assert not any(absent in pair for pair in in_sg_report(sentence, "requests", "mentions"))


def test_a_draft_of_two_organs_acts_on_nothing():
    sentence = ("The Security Council and the General Assembly, in draft resolutions 1645 (2005) and 60/180, proposed to establish a "
                "peacebuilding commission.")
    assert not in_sg_report(sentence, "establishes", "requests")


# ---------------------------------------------------------------- "by their concurrent resolutions" and a verb

@pytest.mark.parametrize(
    ("sentence", "relation", "pairs"),
    [
        ("The General Assembly and the Security Council, by their concurrent resolutions 70/262 and 2282 (2016), requested the Secretary-General "
         "to submit a report on peacebuilding.", "requests", {(f"{GA}/res/70/262", "secretary-general"), (f"{SC}/res/2016/2282", "secretary-general")}),
        ("The Security Council and the General Assembly, through their identical resolutions 2282 (2016) and 70/262, invited the Economic and "
         "Social Council to hold an annual meeting.", "invites", {(f"{SC}/res/2016/2282", ECOSOC), (f"{GA}/res/70/262", ECOSOC)}),
        ("The General Assembly and the Economic and Social Council, by their respective resolutions 77/12 and 2023/5, have requested the "
         "Secretary-General to prepare a report.", "requests", {(f"{GA}/res/77/12", "secretary-general"), (f"{ECOSOC}/res/2023/5", "secretary-general")}),
        ("The General Assembly and the Security Council, in the concurrent resolutions 70/262 and 2282 (2016) of 27 April 2016, requested the "
         "Secretary-General to report.", "requests", {(f"{GA}/res/70/262", "secretary-general"), (f"{SC}/res/2016/2282", "secretary-general")}),
    ],
)
def test_the_verb_after_concurrent_resolutions_is_each_ones_act(sentence, relation, pairs):
    assert in_sg_report(sentence, relation) == pairs


def test_concurrent_resolutions_establish_one_body():
    sentence = ("The General Assembly and the Economic and Social Council, in their concurrent resolutions 77/12 and 2023/5, decided to "
                "establish a joint task force on statistics.")
    found = in_sg_report(sentence, "establishes")
    assert {s for s, _ in found} == {f"{GA}/res/77/12", f"{ECOSOC}/res/2023/5"}
    assert len({o for _, o in found}) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb takes note of a proposal: nothing requested or created
        "The General Assembly and the Security Council, by their concurrent resolutions 70/262 and 2282 (2016), took note of the proposal to "
        "establish a peacebuilding fund.",
        # a partner consulted is not asked
        "The General Assembly and the Security Council, by their concurrent resolutions 70/262 and 2282 (2016), requested the Secretary-General, "
        "in consultation with the Economic and Social Council, to report.",
    ],
)
def test_concurrent_resolutions_near_misses(sentence):
    found = in_sg_report(sentence, "establishes", "requests", "invites")
    assert not any(s.endswith(("fund",)) or o.endswith("fund") for s, o in found)
    assert not any(o == ECOSOC for _, o in found)


# ---------------------------------------------------------------- a paper on work done under a mandate

_LETTERED = "having considered\n{item}\ndecides\n"


@pytest.fixture(scope="module")
def agencies(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("agencies") / "agencies.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


def _agency_mandates(item: str, agencies) -> set[tuple[str, str]]:
    from .phrasing import key

    text = _ISU_DECISION.format(year="2041", symbol="C41/90").replace("decides\n", _LETTERED.format(item=item))
    return {(key(s), key(o)) for s, o in _agency_facts(text, agencies, "pursuantTo")}


@pytest.mark.parametrize(
    "item",
    [
        "a) the report of the Secretary-General on the consultation\nconducted pursuant to Decision 70 (C38) (Document C41/12);",
        "a) the report of the Secretary-General on the survey of Member States\nundertaken in accordance with Decision 70 (C38) (Document C41/12);",
        "a) the report of the Secretary-General on the review carried out pursuant to Decision 70 (C38) (Document C41/12),",
        "a) the report of the Secretary-General on the consultation\nconducted pursuant to Decision 70 (C38) (Document C41/12);\n"
        "b) the report of the Chair of the Council Working Group on Orbital Slot Procedures (Document C41/15),",
    ],
)
def test_a_paper_on_work_done_under_a_mandate_is_under_it(item, agencies):
    assert _agency_mandates(item, agencies) == {("C41/12", "isu/council/dec/38/70")}


@pytest.mark.parametrize(
    "item",
    [
        # the symbol closes the report before the mandate is told of other work
        "a) the report of the Secretary-General on the consultation (Document C41/12), and the consultation conducted pursuant to Decision 70 (C38);",
        # a partner, no mandate
        "a) the report of the Secretary-General on the consultation conducted in consultation with the Orbital Coordination Bureau (Document C41/12);",
        # another paper between the mandate and the symbol
        "a) the report of the Secretary-General on the consultation conducted pursuant to Decision 70 (C38) and the proposal of Member States (Document C41/12);",
    ],
)
def test_a_mandate_the_symbol_does_not_close_is_no_papers(item, agencies):
    assert not _agency_mandates(item, agencies)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Assembly took note of the report of the Secretary-General on the survey conducted pursuant to resolution 77/12 (A/79/401).",
         {("A/79/401", "ga/res/77/12")}),
        ("Member States welcomed the report on the consultations held in accordance with resolution 77/12 (A/79/401).", {("A/79/401", "ga/res/77/12")}),
        # no paper: the consultations bear the symbol's bracket, nothing says a paper was under the mandate
        ("Member States welcomed the consultations undertaken in accordance with resolution 77/12 (A/79/401).", set()),
    ],
)
def test_work_done_under_a_mandate_in_a_report(sentence, expected):
    assert {pair for pair in in_sg_report(sentence, "pursuantTo") if pair[0] != "A/79/400"} == expected


# ---------------------------------------------------------------- a body named whole before its origin

BOARD = "ccr/advisory-board-on-coastal-finance"


@pytest.mark.parametrize(
    ("sentence", "instrument"),
    [
        ("The Advisory Board on Coastal Finance, which the Commission established by its resolution 12/3, will hold its third session in Bangkok.",
         "ccr/res/12/3"),
        ("The Advisory Board on Coastal Finance, which the Commission set up by its resolution 12/3, met in Bangkok.", "ccr/res/12/3"),
        ("The Commission welcomed the work of the Advisory Board on Coastal Finance, which the Commission established by its resolution 11/2.",
         "ccr/res/11/2"),
        ("The Commission recalled that it had established the Advisory Board on Coastal Finance by its resolution 11/2.", "ccr/res/11/2"),
    ],
)
def test_the_body_established_is_the_one_named_whole(sentence, instrument):
    assert _rep(sentence, "establishes") == {(instrument, BOARD)}


# ---------------------------------------------------------------- "the Committee" told back

@pytest.mark.parametrize(
    ("sentence", "gathering"),
    [
        ("The Tides Committee held its ninth meeting in Bangkok. The Committee will hold its tenth meeting in Manila.", "ccr/tides-committee#10"),
        ("The Chair of the Tides Committee said that the Committee would hold its tenth meeting in Manila.", "ccr/tides-committee#10"),
    ],
)
def test_the_committee_is_the_one_named_in_full(sentence, gathering):
    assert _rep(sentence, "heldIn") >= {(gathering, "Manila")}


def test_the_committee_asked_is_the_one_named_in_full():
    sentence = ("By its resolution 12/3, the Commission welcomed the work of the Tides Committee and requested the Committee to report at "
                "its tenth meeting.")
    assert _rep(sentence, "requests") == {("ccr/res/12/3", "ccr/tides-committee")}


@pytest.mark.parametrize(
    "sentence",
    [
        # the body the data calls "Committee" named in full: it, as before
        "The Chair of the Committee on Coastal Data presented the report of the Committee on its ninth session.",
        # no other committee named: the data's
        "The Commission considered the report of the Committee on its ninth session.",
        # two committees named together: neither (nor the data's, where that one holds sessions and they do not)
        "The Commission thanked the Tides Committee and the Currents Committee. The Committee held its ninth session in Manila.",
        # both named in full: the data's short name, as before
        "The Tides Committee and the Committee on Coastal Data met jointly. The Committee held its ninth session in Manila.",
    ],
)
def test_the_committee_of_the_reference_data_otherwise(sentence):
    assert ("ccr/committee-on-data#9", "ccr/committee-on-data") in _rep(sentence, "meetingOf")
